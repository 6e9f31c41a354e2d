"""Undo and redo of any change, whatever its kind, read from the audit log.

A change the window made is a step: the audit entries it wrote (first..last). Undoing it writes, for
every record the step touched, the value the record had before the step (or removes a record the step
made, or makes again one it removed), on top of the record's current version: an undo is itself an
audited change that travels to other workstations. Redo is the undo of the undo. Nothing else is kept:
the log is the only memory, so an undo after a restart of the window is not possible, and never needed.

If someone else (another window, a merged exchange file) changed a record since the step, the undo
says so before it writes (ChangedSince), and writes over it only when asked to.
"""

from __future__ import annotations

from typing import NamedTuple

from lagesbild_desktop.domain import records
from lagesbild_desktop.domain.personnummer import KEPT_ON_PURPOSE
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.store import audit, kinds
from lagesbild_desktop.store import versions as version_store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.kinds import BY_ENTITY, Kind
from lagesbild_desktop.store.versions import Advance


class Step(NamedTuple):
    first: int  # the step's first audit entry
    last: int  # and its last
    what: str  # in words, for the status line: "borttagning av nyckeltal Bedrägeri …"


class ChangedSince(InvalidInput):
    """Records the step touched were changed since by someone else: undo only if the user says so."""

    def __init__(self, titles: list[str]):
        shown = ", ".join(titles[:3]) + (f" och {len(titles) - 3} till" if len(titles) > 3 else "")
        super().__init__(f"{shown} har ändrats av någon annan sedan dess")
        self.titles = titles


class _Record(NamedTuple):
    kind: Kind
    local_id: int
    before: dict | None  # the value before the step (None: the record did not exist)
    left: dict | None  # what the step left: the newest entry's new value (a deletion: {"vv", "key"})
    deleted: bool  # the step ended by deleting it


def mark(store: Store) -> int:
    """Where the log stands: the entries after it are the next step's."""
    return audit.last_id(store.conn)


def step_since(store: Store, mark_before: int) -> Step | None:
    """The step the entries after `mark_before` make, or None if nothing was written."""
    last = audit.last_id(store.conn)
    if last <= mark_before:
        return None
    return Step(mark_before + 1, last, _in_words(_records(store, mark_before + 1, last)))


def _records(store: Store, first: int, last: int) -> list[_Record]:
    """Each record the entries touched, in the order first touched: before the first, after the last."""
    found: dict[tuple[str, int], _Record] = {}
    for _entry, action, entity, entity_id, old, new in audit.between(store.conn, first, last):
        kind = BY_ENTITY.get(entity)
        if kind is None:
            continue  # not a record (the database's identity)
        touched = _batch_rows(new) if entity_id == audit.BATCH_ID else [(entity_id, old, new)]
        for local_id, before, after in touched:
            key = (entity, local_id)
            earlier = found.get(key)
            found[key] = _Record(kind, local_id, earlier.before if earlier else before, after, action == "delete")
    return list(found.values())


def _batch_rows(batch: dict | None) -> list[tuple[int, None, dict]]:
    """The records a batch entry (an import) made: each was new."""
    if not batch or "rows" not in batch:
        return []
    fields = batch["fields"][1:]
    return [(row[0], None, dict(zip(fields, row[1:], strict=False))) for row in batch["rows"]]


def _in_words(touched: list[_Record]) -> str:
    if not touched:
        return ""
    for entity in dict.fromkeys(record.kind.entity for record in touched):  # a name changed: one for another
        made = [r for r in touched if r.kind.entity == entity and r.before is None and not r.deleted]
        gone = [r for r in touched if r.kind.entity == entity and r.deleted and r.before is not None]
        if len(made) == 1 and len(gone) == 1:
            kind = made[0].kind
            said = f"namnbyte av {kind.label} {_title(kind, gone[0].before)} → {_title(kind, made[0].left)}"
            return said + (f" (och {len(touched) - 2} till)" if len(touched) > 2 else "")
    record = touched[-1] if touched[-1].deleted else touched[0]
    value = record.before if record.deleted or record.left is None else record.left
    title = _title(record.kind, value or {})
    if record.deleted:
        said = f"borttagning av {record.kind.label} {title}"
    elif record.before is None:
        said = f"ny {record.kind.label} {title}"
    else:
        said = f"ändring av {record.kind.label} {title}"
    return said + (f" (och {len(touched) - 1} till)" if len(touched) > 1 else "")


def _title(kind: Kind, value: dict) -> str:
    try:
        return kind.title(value)
    except (KeyError, TypeError, ValueError):
        return ""


def revert(store: Store, step: Step, *, context: str, overwrite: bool = False) -> Step:
    """Put back what `step` changed; returns the step this wrote (whose revert is the redo).
    All or nothing; ChangedSince (nothing written) if someone else changed a record since, unless
    overwrite."""
    with store.transaction():
        conn = store.conn
        touched = _records(store, step.first, step.last)
        plan = []
        others = []
        held: dict[str, dict[int, dict]] = {}  # each kind read once (an import's step touches thousands)
        for record in touched:
            entity = record.kind.entity
            if entity not in held:
                held[entity] = kinds.held(conn, record.kind)
            current = held[entity].get(record.local_id)
            stone = version_store.tombstone_of(conn, record.kind.entity, record.local_id) if current is None else None
            if not _as_left(record, current, stone):
                others.append(f"{record.kind.label} {_title(record.kind, current or record.before or {})}".strip())
            if record.before is None and current is not None and not record.kind.deletable \
                    and record.kind.blank is None:
                raise InvalidInput(f"Det går inte att ångra: {record.kind.label} "
                                   f"{_title(record.kind, current)} kan inte tas bort (byt namn eller avveckla)")
            plan.append((record, current, stone))
        if others and not overwrite:
            raise ChangedSince(others)
        start = audit.last_id(conn)
        for record, current, stone in reversed(plan):
            _put_back(store, record, current, stone, context)
        last = audit.last_id(conn)
        return Step(start + 1, last, step.what) if last > start else Step(step.first, step.last, step.what)


def _as_left(record: _Record, current: dict | None, stone) -> bool:
    """The record is as the step left it (nobody wrote it since)."""
    if record.deleted or record.left is None:
        return current is None and (stone is None or record.left is None or stone.vv == record.left.get("vv"))
    if current is None:
        return False
    return all(current.get(vv_field) == record.left.get(vv_field) for vv_field, _ in record.kind.units.values())


def _put_back(store: Store, record: _Record, current: dict | None, stone, context: str) -> None:
    kind = record.kind
    if record.before is None:  # the step made it: it goes (or is emptied)
        if current is None:
            return
        if kind.deletable:
            kind.delete(store, current, Advance(current[kind.units[""][0]] if "" in kind.units else ""), context)
            return
        wanted = current | kind.blank
    else:
        wanted = dict(record.before) | ({"id": current["id"]} if current else {})
    chosen = {unit: Advance(current[vv_field] if current is not None else (stone.vv if stone else ""))
              for unit, (vv_field, _) in kind.units.items()}
    if any(records.is_personal(problem) for problem in kind.problems(wanted, False)):
        context = f"{context}; {KEPT_ON_PURPOSE}"  # it was kept on purpose before the step: so it is again
    kind.write(store, current, wanted, chosen, context)
