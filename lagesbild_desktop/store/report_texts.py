"""The reports' own texts: priority fields per year, participants and summary per week (audited)."""

import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from lagesbild_desktop import osenv

if TYPE_CHECKING:
    from lagesbild_desktop.store.database import Store

FIELD_ENTITY, WEEK_ENTITY = "priority_field", "week_note"
FIELD_TRACKED = ("year", "field", "needs_measures", "comment")
WEEK_TRACKED = ("year", "week", "participants", "summary")


class PriorityField(NamedTuple):
    id: int
    year: int
    field: int
    needs_measures: bool
    comment: str
    recorded_by: str
    recorded_at: str

    def value(self) -> dict:
        return {"year": self.year, "field": self.field, "needs_measures": self.needs_measures,
                "comment": self.comment}


class WeekNote(NamedTuple):
    id: int
    year: int
    week: int
    participants: str
    summary: str
    recorded_by: str
    recorded_at: str

    def value(self) -> dict:
        return {"year": self.year, "week": self.week, "participants": self.participants, "summary": self.summary}


def fields_of_year(conn: sqlite3.Connection, year: int) -> dict[int, PriorityField]:
    rows = conn.execute("SELECT id, iso_year, field, needs_measures, comment, recorded_by, recorded_at"
                        " FROM priority_fields WHERE iso_year = ?", [year])
    return {row[2]: PriorityField(row[0], row[1], row[2], bool(row[3]), *row[4:]) for row in rows}


def all_fields(conn: sqlite3.Connection) -> list[PriorityField]:
    rows = conn.execute("SELECT id, iso_year, field, needs_measures, comment, recorded_by, recorded_at"
                        " FROM priority_fields ORDER BY id")
    return [PriorityField(row[0], row[1], row[2], bool(row[3]), *row[4:]) for row in rows]


def week_note(conn: sqlite3.Connection, year: int, week: int) -> WeekNote | None:
    row = conn.execute("SELECT id, iso_year, iso_week, participants, summary, recorded_by, recorded_at"
                       " FROM week_notes WHERE id = ?", [year * 100 + week]).fetchone()
    return WeekNote(*row) if row else None


def all_week_notes(conn: sqlite3.Connection) -> list[WeekNote]:
    rows = conn.execute("SELECT id, iso_year, iso_week, participants, summary, recorded_by, recorded_at"
                        " FROM week_notes ORDER BY id")
    return [WeekNote(*row) for row in rows]


def save_field(store: "Store", year: int, field: int, needs: bool, comment: str, context: str) -> PriorityField:
    old = fields_of_year(store.conn, year).get(field)
    if old is not None and (old.needs_measures, old.comment) == (needs, comment):
        return old  # nothing changed: nothing written, nothing logged
    who, when = osenv.current_user(), osenv.now_iso()
    row_id = year * 10 + field
    store.conn.execute(
        "INSERT INTO priority_fields (id, iso_year, field, needs_measures, comment, recorded_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET needs_measures = excluded.needs_measures,"
        " comment = excluded.comment, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
        [row_id, year, field, int(needs), comment, who, when])
    new = PriorityField(row_id, year, field, needs, comment, who, when)
    _audit().append(store, action="update" if old else "create", entity=FIELD_ENTITY, entity_id=row_id,
                    summary=f"Prioriterat område {field} {year}", old=old.value() if old else None,
                    new=new.value(), context=context, at=when)
    return new


def save_week_note(store: "Store", year: int, week: int, participants: str, summary: str, context: str) -> WeekNote:
    old = week_note(store.conn, year, week)
    if old is not None and (old.participants, old.summary) == (participants, summary):
        return old
    who, when = osenv.current_user(), osenv.now_iso()
    row_id = year * 100 + week
    store.conn.execute(
        "INSERT INTO week_notes (id, iso_year, iso_week, participants, summary, recorded_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET participants = excluded.participants,"
        " summary = excluded.summary, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
        [row_id, year, week, participants, summary, who, when])
    new = WeekNote(row_id, year, week, participants, summary, who, when)
    _audit().append(store, action="update" if old else "create", entity=WEEK_ENTITY, entity_id=row_id,
                    summary=f"Veckomöte {year} v{week}", old=old.value() if old else None, new=new.value(),
                    context=context, at=when)
    return new


def _audit():
    from lagesbild_desktop.store import audit

    return audit
