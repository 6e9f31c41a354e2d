"""Measures of the action plan and their follow-ups: queries and audited changes.

A measure's areas are kept as area uids and its responsible organisations as names, both as JSON
lists; a follow-up names its measure by the measure's uid (db/migrations/0006).
"""

import json
import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit, versions
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "measure"
FOLLOW_UP_ENTITY = "follow_up"
_SELECT = ("SELECT id, uid, title, description, areas, priority_field, place, responsible, start_date, end_date,"
           " term, goal, next_follow_up, recorded_by, recorded_at, version, vv, vv_next FROM measures")
_FOLLOW_UPS = ("SELECT id, uid, measure, followed_on, status, comment, who, recorded_by, recorded_at, vv"
               " FROM follow_ups")


class Measure(NamedTuple):
    id: int
    uid: str
    title: str
    description: str
    areas: tuple[str, ...]  # area uids
    priority_field: int | None
    place: str
    responsible: tuple[str, ...]
    start: str
    end: str | None
    term: str
    goal: str
    next_follow_up: str | None
    recorded_by: str = ""
    recorded_at: str = ""
    version: int = 0  # one more at every change: a window compares it before it saves an edit
    vv: str = ""  # the version of everything but the next follow-up
    vv_next: str = ""  # the next follow-up's own version ("" while it was never set)

    def value(self) -> dict:
        return {"uid": self.uid, "title": self.title, "description": self.description, "areas": list(self.areas),
                "priority_field": self.priority_field, "place": self.place, "responsible": list(self.responsible),
                "start": self.start, "end": self.end, "term": self.term, "goal": self.goal,
                "next_follow_up": self.next_follow_up, "vv": self.vv, "vv_next": self.vv_next}

    def plan(self) -> tuple:
        """What the plan says, the next follow-up aside (the part versioned by vv)."""
        return (self.title, self.description, self.areas, self.priority_field, self.place, self.responsible,
                self.start, self.end, self.term, self.goal)


class FollowUp(NamedTuple):
    id: int
    uid: str
    measure: str  # the measure's uid
    date: str
    status: str
    comment: str
    who: str
    recorded_by: str = ""
    recorded_at: str = ""
    vv: str = ""

    def value(self) -> dict:
        return {"uid": self.uid, "measure": self.measure, "date": self.date, "status": self.status,
                "comment": self.comment, "who": self.who, "vv": self.vv}


def _measure(row) -> Measure:
    return Measure(*row[:4], tuple(json.loads(row[4])), row[5], row[6], tuple(json.loads(row[7])), *row[8:])


def get(conn: sqlite3.Connection, measure_id: int) -> Measure | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", [measure_id]).fetchone()
    return _measure(row) if row else None


def by_uid(conn: sqlite3.Connection, uid: str) -> Measure | None:
    row = conn.execute(f"{_SELECT} WHERE uid = ?", [uid]).fetchone()
    return _measure(row) if row else None


def all_measures(conn: sqlite3.Connection) -> list[Measure]:
    return [_measure(row) for row in conn.execute(f"{_SELECT} ORDER BY start_date, id")]


def exchange_rows(conn: sqlite3.Connection) -> list[tuple]:
    """("id", *the registry's fields) of every measure, lists decoded."""
    return [(m.id, *m.value().values()) for m in (_measure(row) for row in conn.execute(f"{_SELECT} ORDER BY id"))]


def follow_ups(conn: sqlite3.Connection, measure_uid: str | None = None) -> list[FollowUp]:
    """Oldest first (by date, then by when recorded); all of them, or one measure's."""
    where, args = ("WHERE measure = ?", [measure_uid]) if measure_uid else ("", [])
    return [FollowUp(*row) for row in conn.execute(f"{_FOLLOW_UPS} {where} ORDER BY followed_on, recorded_at, id",
                                                   args)]


def orphaned_follow_ups(conn: sqlite3.Connection) -> list[FollowUp]:
    """Follow-ups whose measure is not here."""
    return [FollowUp(*row) for row in conn.execute(
        f"{_FOLLOW_UPS} WHERE measure NOT IN (SELECT uid FROM measures) ORDER BY id")]


def follow_ups_by_measure(conn: sqlite3.Connection) -> dict[str, list[FollowUp]]:
    """Every follow-up, by its measure's uid, each measure's oldest first (as follow_ups() orders them)."""
    found: dict[str, list[FollowUp]] = {}
    for follow_up in follow_ups(conn):
        found.setdefault(follow_up.measure, []).append(follow_up)
    return found


def follow_up_by_uid(conn: sqlite3.Connection, uid: str) -> FollowUp | None:
    row = conn.execute(f"{_FOLLOW_UPS} WHERE uid = ?", [uid]).fetchone()
    return FollowUp(*row) if row else None


def follow_up_rows(conn: sqlite3.Connection) -> list[tuple]:
    return [(f.id, *f.value().values()) for f in (FollowUp(*row) for row in conn.execute(f"{_FOLLOW_UPS} ORDER BY id"))]


def _summary(measure: Measure) -> str:
    return f"Åtgärd «{measure.title}»"


def _follow_up_summary(conn: sqlite3.Connection, follow_up: FollowUp) -> str:
    measure = by_uid(conn, follow_up.measure)
    return f"Uppföljning {follow_up.date} av «{measure.title if measure else follow_up.measure[:8]}»"


def _new_uid() -> str:
    import uuid  # at the first measure, not with the window

    return str(uuid.uuid4())


def insert(store: Store, draft: Measure, context: str, *, version: "str | Advance | None" = None,
           version_next: "str | Advance | None" = None) -> Measure:
    """Insert `draft` (its id, recorded_* and versions are ignored; a uid is made unless it has one);
    must run inside a transaction."""
    conn = store.conn
    when = osenv.now_iso()
    uid = draft.uid or _new_uid()
    buried = versions.unbury(conn, ENTITY, uid)
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(buried.vv if buried else ""), head[0])
    if version_next is None:
        version_next = Advance("") if draft.next_follow_up is not None else ""
    vv_next = resolve(conn, version_next, head[0])
    local_id = buried.local_id if buried else versions.next_local_id(conn, "measures", ENTITY)
    conn.execute(
        "INSERT INTO measures (id, uid, title, description, areas, priority_field, place, responsible, start_date,"
        " end_date, term, goal, next_follow_up, recorded_by, recorded_at, vv, vv_next)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [local_id, uid, draft.title, draft.description, _json(draft.areas), draft.priority_field, draft.place,
         _json(draft.responsible), draft.start, draft.end, draft.term, draft.goal, draft.next_follow_up,
         osenv.current_user(), when, vv, vv_next])
    new = get(conn, local_id)
    audit.append(store, action="create", entity=ENTITY, entity_id=new.id, summary=_summary(new), old=None,
                 new=new.value(), context=context, at=when, head=head)
    return new


def update(store: Store, old: Measure, changed: Measure, context: str, *,
           version: "str | Advance | None" = None, version_next: "str | Advance | None" = None) -> Measure:
    """Change a measure. Without versions given (a change typed here) each part that changed gets a new
    version on top of its own: the plan, and the next follow-up."""
    conn = store.conn
    when = osenv.now_iso()
    head = audit.next_entry(conn)
    if version is None:
        version = Advance(old.vv) if changed.plan() != old.plan() else old.vv
    if version_next is None:
        version_next = Advance(old.vv_next) if changed.next_follow_up != old.next_follow_up else old.vv_next
    vv, vv_next = resolve(conn, version, head[0]), resolve(conn, version_next, head[0])
    conn.execute(
        "UPDATE measures SET title = ?, description = ?, areas = ?, priority_field = ?, place = ?, responsible = ?,"
        " start_date = ?, end_date = ?, term = ?, goal = ?, next_follow_up = ?, recorded_by = ?, recorded_at = ?,"
        " version = version + 1, vv = ?, vv_next = ? WHERE id = ?",
        [changed.title, changed.description, _json(changed.areas), changed.priority_field, changed.place,
         _json(changed.responsible), changed.start, changed.end, changed.term, changed.goal, changed.next_follow_up,
         osenv.current_user(), when, vv, vv_next, old.id])
    new = get(conn, old.id)
    audit.append(store, action="update", entity=ENTITY, entity_id=old.id, summary=_summary(new), old=old.value(),
                 new=new.value(), context=context, at=when, head=head)
    return new


def delete(store: Store, old: Measure, context: str, *, version: "str | Advance | None" = None) -> None:
    """Delete the measure, leaving a tombstone so that the deletion travels (its follow-ups are deleted
    by the caller, each with its own tombstone)."""
    versions.delete_logged(store, entity=ENTITY, table="measures", local_id=old.id, key=old.uid, value=old.value(),
                           base=old.vv, summary=_summary(old), context=context, version=version)


def insert_follow_up(store: Store, draft: FollowUp, context: str, *,
                     version: "str | Advance | None" = None) -> FollowUp:
    conn = store.conn
    when = osenv.now_iso()
    uid = draft.uid or _new_uid()
    buried = versions.unbury(conn, FOLLOW_UP_ENTITY, uid)
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(buried.vv if buried else ""), head[0])
    local_id = buried.local_id if buried else versions.next_local_id(conn, "follow_ups", FOLLOW_UP_ENTITY)
    conn.execute("INSERT INTO follow_ups (id, uid, measure, followed_on, status, comment, who, recorded_by,"
                 " recorded_at, vv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 [local_id, uid, draft.measure, draft.date, draft.status, draft.comment, draft.who,
                  osenv.current_user(), when, vv])
    new = follow_up_by_uid(conn, uid)
    audit.append(store, action="create", entity=FOLLOW_UP_ENTITY, entity_id=new.id,
                 summary=_follow_up_summary(conn, new), old=None, new=new.value(), context=context, at=when,
                 head=head)
    return new


def update_follow_up(store: Store, old: FollowUp, changed: FollowUp, context: str, *,
                     version: "str | Advance | None" = None) -> FollowUp:
    conn = store.conn
    when = osenv.now_iso()
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(old.vv), head[0])
    conn.execute("UPDATE follow_ups SET measure = ?, followed_on = ?, status = ?, comment = ?, who = ?,"
                 " recorded_by = ?, recorded_at = ?, vv = ? WHERE id = ?",
                 [changed.measure, changed.date, changed.status, changed.comment, changed.who, osenv.current_user(),
                  when, vv, old.id])
    new = follow_up_by_uid(conn, old.uid)
    audit.append(store, action="update", entity=FOLLOW_UP_ENTITY, entity_id=old.id,
                 summary=_follow_up_summary(conn, new), old=old.value(), new=new.value(), context=context, at=when,
                 head=head)
    return new


def delete_follow_up(store: Store, old: FollowUp, context: str, *, version: "str | Advance | None" = None) -> None:
    versions.delete_logged(store, entity=FOLLOW_UP_ENTITY, table="follow_ups", local_id=old.id, key=old.uid,
                           value=old.value(), base=old.vv, summary=_follow_up_summary(store.conn, old),
                           context=context, version=version)


def _json(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def draft(**fields) -> Measure:
    """An unsaved measure, for insert()."""
    blank = Measure(0, "", "", "", (), None, "", (), "", None, "kort", "", None)
    return blank._replace(**fields)


def follow_up_draft(**fields) -> FollowUp:
    blank = FollowUp(0, "", "", "", "planerad", "", "")
    return blank._replace(**fields)
