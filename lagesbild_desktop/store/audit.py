"""The hash-chained audit log.

Every entry's hash covers the previous entry's hash and the entry's own
content. Changing or deleting an entry with another tool breaks the chain at
that entry; `verify_chain` names it. The last entry for each record must also
match the record as it stands (`store/integrity.py`), which catches edits of
the data themselves and removal of the newest entries.
"""

import json
import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Any

from lagesbild_desktop import osenv
from lagesbild_desktop.store.connection import Store

GENESIS_HASH = "0" * 64
# Made once: json.dumps() with options builds a new encoder on every call, and this runs on every write.
_VALUE_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_ENTRY_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_FIELDS = ("id", "at", "os_user", "action", "entity", "entity_id", "summary", "old_value", "new_value",
           "context")
_HASHED = len(_FIELDS)
ENTRY_FIELDS = (*_FIELDS, "prev_hash", "hash")  # an entry as it is stored and exchanged


@cache
def _sha256():
    import hashlib  # it loads OpenSSL (4 MB): at the first write or check, not with the window

    return hashlib.sha256


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return _VALUE_ENCODER.encode(value)


def entry_hash(prev_hash: str, entry: dict) -> str:
    content = _ENTRY_ENCODER.encode([entry[name] for name in _FIELDS])
    return _sha256()((prev_hash + "\n" + content).encode("utf-8")).hexdigest()


def row_hash(prev_hash: str, row) -> str:
    """entry_hash() of an entry given as a row whose first columns are the hashed fields, in their order
    (an exchange file's log): verifying a whole log is then no slower than reading it."""
    content = _ENTRY_ENCODER.encode(row[:_HASHED])
    return _sha256()((prev_hash + "\n" + content).encode("utf-8")).hexdigest()


def append(
    store: Store,
    *,
    action: str,
    entity: str,
    entity_id: int,
    summary: str,
    old: dict | None,
    new: dict | None,
    context: str = "",
    at: str | None = None,
    head: tuple[int, str] | None = None,
) -> int:
    """Add one entry; must run inside the caller's write transaction.

    head: what next_entry() returned earlier in the same transaction (saves reading it twice).
    """
    conn = store.conn
    assert conn.in_transaction, "audit entries are written in the same transaction as the change"
    if store.rules is not None and new is not None and action != "delete" and entity_id != BATCH_ID:
        store.rules(entity, new, context)  # no record breaks its kind's rules, whichever way it came
    entry_id, prev_hash = head or next_entry(conn)
    entry = {
        "id": entry_id,
        "at": at or osenv.now_iso(),
        "os_user": osenv.current_user(),
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "summary": summary,
        "old_value": to_json(old),
        "new_value": to_json(new),
        "context": context,
    }
    conn.execute(
        "INSERT INTO audit_log (id, at, os_user, action, entity, entity_id, summary, old_value, new_value,"
        " context, prev_hash, hash) VALUES (:id, :at, :os_user, :action, :entity, :entity_id, :summary,"
        " :old_value, :new_value, :context, :prev_hash, :hash)",
        {**entry, "prev_hash": prev_hash, "hash": entry_hash(prev_hash, entry)},
    )
    return entry["id"]


BATCH_ID = 0  # entity_id of an entry that records many new records of one kind at once (an import)


def append_batch(store: Store, entity: str, fields: tuple[str, ...], rows: list[tuple], summary: str,
                 context: str, at: str, head: tuple[int, str] | None = None, action: str = "create") -> int:
    """One "create" entry for many new records (an import of thousands of grades), returns its id.

    Its entity_id is BATCH_ID and its new value is {"fields": [...], "rows": [[record id, ...], ...]}:
    one hash covers them all, and `latest_entries` reads it as one entry per record.
    action "update": the rows give only some fields (the first is always the record id) and the
    rest of each record stays as its earlier entry left it (the schema upgrade that gave every area
    and incident its uid and version).
    """
    return append(store, action=action, entity=entity, entity_id=BATCH_ID, summary=summary, old=None,
                  new={"fields": list(fields), "rows": rows}, context=context, at=at, head=head)


def next_entry(conn: sqlite3.Connection) -> tuple[int, str]:
    """(id, previous hash) of the entry the next append() in this transaction will write."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)


def last_id(conn: sqlite3.Connection) -> int:
    """The newest entry's id (0 for an empty log)."""
    return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def between(conn: sqlite3.Connection, first: int, last: int) -> list[tuple]:
    """The entries first..last in id order: id, action, entity, entity_id, old value, new value (decoded)."""
    rows = conn.execute("SELECT id, action, entity, entity_id, old_value, new_value FROM audit_log"
                        " WHERE id BETWEEN ? AND ? ORDER BY id", [first, last])
    return [(*row[:4], json.loads(row[4]) if row[4] else None, json.loads(row[5]) if row[5] else None)
            for row in rows]


def hash_of(conn: sqlite3.Connection, entry_id: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [entry_id]).fetchone()
    return row[0] if row else None


def all_entries(conn: sqlite3.Connection) -> list[tuple]:
    """The whole log in id order, each entry with ENTRY_FIELDS."""
    return conn.execute(f"SELECT {', '.join(ENTRY_FIELDS)} FROM audit_log ORDER BY id").fetchall()


def newest_first(conn: sqlite3.Connection, count: int) -> list[tuple]:
    """The newest `count` entries, newest first: id, at, os_user, action, entity, entity_id, summary,
    old_value, new_value, context."""
    return conn.execute(f"SELECT {', '.join(_FIELDS)} FROM audit_log ORDER BY id DESC LIMIT ?",
                        [max(count, 0)]).fetchall()


def what_each_entry_touched(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """Per entry in id order: id, action, entity, entity_id, and a batch entry's new value (the records
    it names); what services/exchange/logindex.py indexes."""
    return conn.execute("SELECT id, action, entity, entity_id, CASE WHEN entity_id = 0 THEN new_value END "
                        "FROM audit_log ORDER BY id")


def is_lagesbild_log_present(conn: sqlite3.Connection) -> bool:
    """Whether the file has an audit log at all (a Lägesbild database; not some other SQLite file)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone() \
        is not None


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    message: str  # Swedish


def verify_chain(conn: sqlite3.Connection) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    expected_prev, expected_id = GENESIS_HASH, 1
    conn_factory = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(f"SELECT {', '.join(_FIELDS)}, prev_hash, hash FROM audit_log ORDER BY id")
        for row in rows:
            entry = dict(row)
            entry_id = entry["id"]
            if entry_id != expected_id:
                gap = f"{expected_id}" if entry_id == expected_id + 1 else f"{expected_id}–{entry_id - 1}"
                problems.append(ChainProblem(entry_id, f"loggpost {gap} saknas (borttagen)"))
            elif entry["prev_hash"] != expected_prev:
                problems.append(ChainProblem(
                    entry_id, f"loggpost {entry_id}: kedjan är bruten, föregående post har ändrats"))
            if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
                problems.append(ChainProblem(entry_id, f"loggpost {entry_id} har ändrats i efterhand"))
            expected_prev, expected_id = entry["hash"], entry_id + 1
    finally:
        conn.row_factory = conn_factory
    return problems


@dataclass(frozen=True)
class LoggedState:
    id: int
    action: str
    new: dict | None
    os_user: str
    at: str


def latest_entries(conn: sqlite3.Connection, entity: str) -> dict[int, LoggedState]:
    """entity_id -> the newest audit entry of each record of that kind (a batch counts for each of its records)."""
    rows = conn.execute(
        "SELECT a.entity_id, a.id, a.action, a.new_value, a.os_user, a.at FROM audit_log a"
        " JOIN (SELECT entity_id, max(id) AS id FROM audit_log WHERE entity = ? AND entity_id != ?"
        " GROUP BY entity_id) m ON a.id = m.id",
        [entity, BATCH_ID],
    )
    latest = {
        entity_id: LoggedState(entry_id, action, json.loads(value) if value else None, user, at)
        for entity_id, entry_id, action, value, user, at in rows
    }
    # The literal 0 (not a parameter) lets SQLite use the partial index of migration 0004.
    batches = conn.execute("SELECT id, action, new_value, os_user, at FROM audit_log"
                           f" WHERE entity = ? AND entity_id = {BATCH_ID} ORDER BY id", [entity])
    for entry_id, action, value, user, at in batches:
        apply_batch(latest, entry_id, action, json.loads(value) if value else {}, user, at)
    return latest


def apply_batch(latest: dict[int, LoggedState], entry_id: int, action: str, batch: dict, user: str,
                at: str) -> None:
    """Read one batch entry (in id order) into `latest`, as one entry per record it names.

    A "create" batch gives each record its whole value. An "update" batch gives some fields of records
    an earlier entry created; the record keeps who wrote it and when from that entry (the batch only
    added what a schema upgrade derived)."""
    fields = batch.get("fields", [])[1:]
    for row in batch.get("rows", []):
        known = latest.get(row[0])
        if known is not None and known.id > entry_id:
            continue
        patch = dict(zip(fields, row[1:], strict=False))
        if action == "create":
            latest[row[0]] = LoggedState(entry_id, "create", patch, user, at)
        elif known is not None:  # a deleted record's patch gives its tombstone's version
            latest[row[0]] = LoggedState(entry_id, known.action, {**(known.new or {}), **patch}, known.os_user,
                                         known.at)
