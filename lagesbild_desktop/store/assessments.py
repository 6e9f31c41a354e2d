"""Weekly assessments (one grade per area and ISO week): queries and audited changes."""

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.areas import Area

if TYPE_CHECKING:
    from lagesbild_desktop.store.database import Store

ENTITY = "assessment"
TRACKED = ("area_id", "year", "week", "grade", "note")
_SELECT = (
    "SELECT s.id, s.area_id, a.name, s.iso_year, s.iso_week, s.grade, s.note, s.recorded_by,"
    " s.recorded_at, s.version FROM assessments s JOIN areas a ON a.id = s.area_id"
)


@dataclass(frozen=True)
class Assessment:
    id: int
    area_id: int
    area: str
    year: int
    week: int
    grade: int
    note: str
    recorded_by: str
    recorded_at: str
    version: int

    def value(self) -> dict:
        return {"area_id": self.area_id, "area": self.area, "year": self.year, "week": self.week,
                "grade": self.grade, "note": self.note}


@dataclass(frozen=True)
class Change:
    action: str  # create | update | delete | unchanged
    old: Assessment | None
    new: Assessment | None


def get(conn: sqlite3.Connection, area_id: int, year: int, week: int) -> Assessment | None:
    row = conn.execute(
        f"{_SELECT} WHERE s.area_id = ? AND s.iso_year = ? AND s.iso_week = ?", [area_id, year, week]
    ).fetchone()
    return Assessment(*row) if row else None


def for_year(conn: sqlite3.Connection, year: int) -> list[Assessment]:
    rows = conn.execute(f"{_SELECT} WHERE s.iso_year = ? ORDER BY s.area_id, s.iso_week", [year])
    return [Assessment(*row) for row in rows]


def all_rows(conn: sqlite3.Connection) -> list[Assessment]:
    return [Assessment(*row) for row in conn.execute(f"{_SELECT} ORDER BY s.id")]


def _summary(area: Area, year: int, week: int) -> str:
    return f"{area.name} {year} v{week}"


def save(store: "Store", area: Area, year: int, week: int, grade: int, note: str, context: str) -> Change:
    """Create or change the area-week's grade and note; must run inside a transaction."""
    conn = store.conn
    old = get(conn, area.id, year, week)
    if old and old.grade == grade and old.note == note:
        return Change("unchanged", old, old)
    who, when = osenv.current_user(), osenv.now_iso()
    if old is None:
        conn.execute(
            "INSERT INTO assessments (area_id, iso_year, iso_week, grade, note, recorded_by, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [area.id, year, week, grade, note, who, when],
        )
    else:
        conn.execute(
            "UPDATE assessments SET grade = ?, note = ?, recorded_by = ?, recorded_at = ?,"
            " version = version + 1 WHERE id = ?",
            [grade, note, who, when, old.id],
        )
    new = get(conn, area.id, year, week)
    action = "create" if old is None else "update"
    audit.append(store, action=action, entity=ENTITY, entity_id=new.id, summary=_summary(area, year, week),
                 old=old.value() if old else None, new=new.value(), context=context)
    return Change(action, old, new)


def delete(store: "Store", area: Area, year: int, week: int, context: str) -> Change:
    old = get(store.conn, area.id, year, week)
    if old is None:
        return Change("unchanged", None, None)
    store.conn.execute("DELETE FROM assessments WHERE id = ?", [old.id])
    audit.append(store, action="delete", entity=ENTITY, entity_id=old.id, summary=_summary(area, year, week),
                 old=old.value(), new=None, context=context)
    return Change("delete", old, None)
