"""Incidents (dated events with a category and a severity): queries and audited changes."""

import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from lagesbild_desktop import osenv

if TYPE_CHECKING:
    from lagesbild_desktop.store.database import Store

ENTITY = "incident"
TRACKED = ("area_id", "date", "category", "severity", "place", "description")
_SELECT = (
    "SELECT i.id, i.area_id, a.name, i.occurred_on, i.iso_year, i.iso_week, i.category, i.severity,"
    " i.place, i.description, i.recorded_by, i.recorded_at, i.version"
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

    def value(self) -> dict:
        return {"area_id": self.area_id, "area": self.area, "date": self.date, "category": self.category,
                "severity": self.severity, "place": self.place, "description": self.description}


def get(conn: sqlite3.Connection, incident_id: int) -> Incident | None:
    row = conn.execute(f"{_SELECT} WHERE i.id = ?", [incident_id]).fetchone()
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


def insert(store: "Store", draft: Incident, context: str) -> Incident:
    """Insert `draft` (its id, recorded_* and version are ignored); must run inside a transaction."""
    when = osenv.now_iso()
    cursor = store.conn.execute(
        "INSERT INTO incidents (area_id, occurred_on, iso_year, iso_week, category, severity, place,"
        " description, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [draft.area_id, draft.date, draft.year, draft.week, draft.category, draft.severity, draft.place,
         draft.description, osenv.current_user(), when],
    )
    new = get(store.conn, cursor.lastrowid)
    _audit().append(store, action="create", entity=ENTITY, entity_id=new.id, summary=_summary(new), old=None,
                 new=new.value(), context=context, at=when)
    return new


def update(store: "Store", old: Incident, changed: Incident, context: str) -> Incident:
    when = osenv.now_iso()
    store.conn.execute(
        "UPDATE incidents SET area_id = ?, occurred_on = ?, iso_year = ?, iso_week = ?, category = ?,"
        " severity = ?, place = ?, description = ?, recorded_by = ?, recorded_at = ?, version = version + 1"
        " WHERE id = ?",
        [changed.area_id, changed.date, changed.year, changed.week, changed.category, changed.severity,
         changed.place, changed.description, osenv.current_user(), when, old.id],
    )
    new = get(store.conn, old.id)
    _audit().append(store, action="update", entity=ENTITY, entity_id=old.id, summary=_summary(new),
                 old=old.value(), new=new.value(), context=context, at=when)
    return new


def delete(store: "Store", old: Incident, context: str) -> None:
    store.conn.execute("DELETE FROM incidents WHERE id = ?", [old.id])
    _audit().append(store, action="delete", entity=ENTITY, entity_id=old.id, summary=_summary(old),
                 old=old.value(), new=None, context=context)


def draft(**fields) -> Incident:
    """An unsaved incident, for insert()."""
    blank = Incident(0, 0, "", "", 0, 0, "", "", "", "", "", "", 0)
    return blank._replace(**fields)


def _audit():
    # Imported on the first write (hashing and JSON are not needed to show the window).
    from lagesbild_desktop.store import audit

    return audit
