"""Incidents (dated events with a category and a severity): queries and audited changes."""

import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit, versions
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "incident"
TRACKED = ("uid", "area_id", "date", "category", "severity", "place", "description", "place_uid", "time", "vv")
_SELECT = (
    "SELECT i.id, i.area_id, a.name, i.occurred_on, i.iso_year, i.iso_week, i.category, i.severity,"
    " i.place, i.description, i.recorded_by, i.recorded_at, i.version, i.uid, i.vv, i.place_uid, i.time_of_day"
    " FROM incidents i JOIN areas a ON a.id = i.area_id"
)


class Incident(NamedTuple):
    """One stored incident (a tuple, like Assessment: built in thousands per year)."""

    id: int
    area_id: int
    area: str
    date: str
    year: int
    week: int
    category: str
    severity: str  # stored code: minor | worrying | serious | critical
    place: str
    description: str
    recorded_by: str
    recorded_at: str
    version: int
    uid: str = ""  # the same in every database (the id is this database's own)
    vv: str = ""
    place_uid: str | None = None  # a registered place (store/places.py); the free text `place` stays
    time: str | None = None  # the time of day, "HH:MM", when known

    def value(self) -> dict:
        return {"uid": self.uid, "area_id": self.area_id, "area": self.area, "date": self.date,
                "category": self.category, "severity": self.severity, "place": self.place,
                "description": self.description, "place_uid": self.place_uid, "time": self.time, "vv": self.vv}


def get(conn: sqlite3.Connection, incident_id: int) -> Incident | None:
    row = conn.execute(f"{_SELECT} WHERE i.id = ?", [incident_id]).fetchone()
    return Incident(*row) if row else None


def by_uid(conn: sqlite3.Connection, uid: str) -> Incident | None:
    row = conn.execute(f"{_SELECT} WHERE i.uid = ?", [uid]).fetchone()
    return Incident(*row) if row else None


def for_week(conn: sqlite3.Connection, year: int, week: int) -> list[Incident]:
    rows = conn.execute(
        f"{_SELECT} WHERE i.iso_year = ? AND i.iso_week = ? ORDER BY i.occurred_on, i.id", [year, week]
    )
    return [Incident(*row) for row in rows]


def critical_cells(conn: sqlite3.Connection, year: int) -> set[tuple[int, int]]:
    """(area id, week) of the year's critical incidents."""
    rows = conn.execute("SELECT area_id, iso_week FROM incidents WHERE iso_year = ? AND severity = 'critical'",
                        [year])
    return set(rows)


def for_cell(conn: sqlite3.Connection, area_id: int, year: int, week: int) -> list[Incident]:
    rows = conn.execute(f"{_SELECT} WHERE i.iso_year = ? AND i.iso_week = ? AND i.area_id = ? ORDER BY i.occurred_on",
                        [year, week, area_id])
    return [Incident(*row) for row in rows]


def for_year(conn: sqlite3.Connection, year: int) -> list[Incident]:
    rows = conn.execute(f"{_SELECT} WHERE i.iso_year = ? ORDER BY i.occurred_on, i.id", [year])
    return [Incident(*row) for row in rows]


def between(conn: sqlite3.Connection, first: str, last: str) -> list[Incident]:
    """Incidents dated first..last (ISO dates, both included), by calendar date rather than ISO week."""
    rows = conn.execute(f"{_SELECT} WHERE i.occurred_on BETWEEN ? AND ? ORDER BY i.occurred_on, i.id", [first, last])
    return [Incident(*row) for row in rows]


def all_rows(conn: sqlite3.Connection) -> list[Incident]:
    return [Incident(*row) for row in conn.execute(f"{_SELECT} ORDER BY i.id")]


def _summary(incident: Incident) -> str:
    return f"Händelse {incident.date} {incident.area} ({incident.category})"


def insert(store: Store, draft: Incident, context: str, *, version: "str | Advance | None" = None) -> Incident:
    """Insert `draft` (its id, recorded_* and version are ignored; a uid is made unless it has one);
    must run inside a transaction. An incident made again after a deletion gets the id it had."""
    conn = store.conn
    when = osenv.now_iso()
    import uuid  # at the first incident, not with the window

    uid = draft.uid or str(uuid.uuid4())
    buried = versions.unbury(conn, ENTITY, uid)
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(buried.vv if buried else ""), head[0])
    local_id = buried.local_id if buried else versions.next_local_id(conn, "incidents", ENTITY)
    conn.execute(
        "INSERT INTO incidents (id, area_id, occurred_on, iso_year, iso_week, category, severity, place,"
        " description, recorded_by, recorded_at, uid, vv, place_uid, time_of_day)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [local_id, draft.area_id, draft.date, draft.year, draft.week, draft.category, draft.severity, draft.place,
         draft.description, osenv.current_user(), when, uid, vv, draft.place_uid, draft.time],
    )
    new = get(conn, local_id)
    audit.append(store, action="create", entity=ENTITY, entity_id=new.id, summary=_summary(new), old=None,
                 new=new.value(), context=context, at=when, head=head)
    return new


def update(store: Store, old: Incident, changed: Incident, context: str, *,
           version: "str | Advance | None" = None) -> Incident:
    conn = store.conn
    when = osenv.now_iso()
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(old.vv), head[0])
    conn.execute(
        "UPDATE incidents SET area_id = ?, occurred_on = ?, iso_year = ?, iso_week = ?, category = ?,"
        " severity = ?, place = ?, description = ?, recorded_by = ?, recorded_at = ?, version = version + 1,"
        " vv = ?, place_uid = ?, time_of_day = ? WHERE id = ?",
        [changed.area_id, changed.date, changed.year, changed.week, changed.category, changed.severity,
         changed.place, changed.description, osenv.current_user(), when, vv, changed.place_uid, changed.time,
         old.id],
    )
    new = get(conn, old.id)
    audit.append(store, action="update", entity=ENTITY, entity_id=old.id, summary=_summary(new),
                 old=old.value(), new=new.value(), context=context, at=when, head=head)
    return new


def delete(store: Store, old: Incident, context: str, *, version: "str | Advance | None" = None) -> None:
    """Delete the incident, leaving a tombstone so that the deletion travels."""
    versions.delete_logged(store, entity=ENTITY, table="incidents", local_id=old.id, key=old.uid, value=old.value(),
                           base=old.vv, summary=_summary(old), context=context, version=version)


def draft(**fields) -> Incident:
    """An unsaved incident, for insert()."""
    blank = Incident(0, 0, "", "", 0, 0, "", "", "", "", "", "", 0, "", "", None, None)
    return blank._replace(**fields)



def weeks_between(conn: sqlite3.Connection, first: tuple[int, int], last: tuple[int, int]) -> list[tuple]:
    """(area id, year, week) of every incident from week `first` to week `last`, both (year, week)."""
    return conn.execute("SELECT area_id, iso_year, iso_week FROM incidents WHERE iso_year * 100 + iso_week"
                        " BETWEEN ? AND ?", [first[0] * 100 + first[1], last[0] * 100 + last[1]]).fetchall()
