"""Which audit entries tell what a record is now: for a database's own log, or an exchange file's.

A record's state is its newest entry of its own (or the newest import batch that created it), and
then every "update" batch after it (the schema upgrade's uids and versions). The map is built from
the entries' ids and kinds alone; the values are read only for the records that need them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from lagesbild_desktop.store.audit import BATCH_ID


def newest_entries(rows: Iterable[tuple]) -> dict[str, dict[int, list[int]]]:
    """entity -> entity id -> the ids of the entries that make the record's state, oldest first.

    rows: (id, action, entity, entity_id, new_value) in id order; new_value is read for batches only
    (it may be None for the others). A batch whose value cannot be read counts for nothing here: the
    chain check or the record check then finds what is wrong with it.
    """
    newest: dict[str, dict[int, list[int]]] = {}
    for entry_id, action, entity, entity_id, value in rows:
        note_newest(newest, entry_id, action, entity, entity_id, value)
    return newest


def note_newest(newest: dict, entry_id: int, action: str, entity: str, entity_id: int, value: str | None) -> None:
    """newest_entries() one entry at a time (for a loop that reads every entry anyway)."""
    records = newest.get(entity)
    if records is None:
        records = newest[entity] = {}
    if entity_id != BATCH_ID:
        records[entity_id] = [entry_id]
        return
    for record_id in batch_record_ids(value):
        if action == "create":
            records[record_id] = [entry_id]
        elif record_id in records:
            records[record_id].append(entry_id)


def batch_record_ids(value: str | None) -> list[int]:
    try:
        rows = json.loads(value)["rows"] if value else []
        return [row[0] for row in rows if isinstance(row, list) and row and type(row[0]) is int]
    except (ValueError, TypeError, KeyError, RecursionError):  # RecursionError: nested too deep to be a batch
        return []


class Logged:
    """What the log says a record became: its action, value, context, and who and when."""

    __slots__ = ("action", "at", "context", "entry_id", "new", "os_user")

    def __init__(self, entry_id: int, action: str, new: dict | None, context: str, os_user: str, at: str):
        self.entry_id, self.action, self.new, self.context, self.os_user, self.at = (
            entry_id, action, new, context, os_user, at)


class ParsedEntry:
    """One entry with its new value read; a batch's rows are found by record id."""

    __slots__ = ("action", "at", "batch_rows", "context", "entity_id", "fields", "id", "new", "os_user")

    def __init__(self, entry_id: int, action: str, value: str | None, context: str, os_user: str, at: str,
                 entity_id: int):
        self.id, self.action, self.context, self.os_user, self.at, self.entity_id = (
            entry_id, action, context, os_user, at, entity_id)
        self.batch_rows: dict[int, list] | None = None
        self.fields: list[str] = []
        try:
            new = json.loads(value) if value else None
        except (ValueError, RecursionError):
            new = None
        self.new = new if isinstance(new, dict) else None
        if entity_id == BATCH_ID and self.new is not None:
            fields, rows = self.new.get("fields"), self.new.get("rows")
            if isinstance(fields, list) and isinstance(rows, list):
                self.fields = fields[1:]
                self.batch_rows = {row[0]: row for row in rows if isinstance(row, list) and row
                                   and type(row[0]) is int}


def logged_state(record_id: int, chain: list[int], entry: Callable[[int], ParsedEntry]) -> Logged | None:
    """The record's state from its chain of entries; None if an entry cannot be read as one."""
    state: Logged | None = None
    for entry_id in chain:
        parsed = entry(entry_id)
        if parsed.entity_id != BATCH_ID:
            state = Logged(entry_id, parsed.action, parsed.new, parsed.context, parsed.os_user, parsed.at)
            continue
        row = (parsed.batch_rows or {}).get(record_id)
        if row is None:
            return None
        patch = dict(zip(parsed.fields, row[1:], strict=False))
        if parsed.action == "create":
            state = Logged(entry_id, "create", patch, parsed.context, parsed.os_user, parsed.at)
        elif state is not None:
            state = Logged(entry_id, state.action, {**(state.new or {}), **patch}, state.context, state.os_user,
                           state.at)
    return state
