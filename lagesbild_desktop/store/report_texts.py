"""The reports' own texts: priority fields per year, participants and summary per week (audited)."""

import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

FIELD_ENTITY, WEEK_ENTITY = "priority_field", "week_note"
FIELD_TRACKED = ("year", "field", "needs_measures", "comment", "vv")
WEEK_TRACKED = ("year", "week", "participants", "summary", "vv_participants", "vv_summary")
WEEK_TEXTS = ("participants", "summary")  # each travels on its own, with its own version


class PriorityField(NamedTuple):
    id: int
    year: int
    field: int
    needs_measures: bool
    comment: str
    recorded_by: str
    recorded_at: str
    vv: str = ""

    def value(self) -> dict:
        return {"year": self.year, "field": self.field, "needs_measures": self.needs_measures,
                "comment": self.comment, "vv": self.vv}


class WeekNote(NamedTuple):
    id: int
    year: int
    week: int
    participants: str
    summary: str
    recorded_by: str
    recorded_at: str
    vv_participants: str = ""
    vv_summary: str = ""

    def value(self) -> dict:
        return {"year": self.year, "week": self.week, "participants": self.participants, "summary": self.summary,
                "vv_participants": self.vv_participants, "vv_summary": self.vv_summary}


def fields_of_year(conn: sqlite3.Connection, year: int) -> dict[int, PriorityField]:
    rows = conn.execute("SELECT id, iso_year, field, needs_measures, comment, recorded_by, recorded_at, vv"
                        " FROM priority_fields WHERE iso_year = ?", [year])
    return {row[2]: PriorityField(row[0], row[1], row[2], bool(row[3]), *row[4:]) for row in rows}


def all_fields(conn: sqlite3.Connection) -> list[PriorityField]:
    rows = conn.execute("SELECT id, iso_year, field, needs_measures, comment, recorded_by, recorded_at, vv"
                        " FROM priority_fields ORDER BY id")
    return [PriorityField(row[0], row[1], row[2], bool(row[3]), *row[4:]) for row in rows]


def week_note(conn: sqlite3.Connection, year: int, week: int) -> WeekNote | None:
    row = conn.execute("SELECT id, iso_year, iso_week, participants, summary, recorded_by, recorded_at,"
                       " vv_participants, vv_summary FROM week_notes WHERE id = ?", [year * 100 + week]).fetchone()
    return WeekNote(*row) if row else None


def all_week_notes(conn: sqlite3.Connection) -> list[WeekNote]:
    rows = conn.execute("SELECT id, iso_year, iso_week, participants, summary, recorded_by, recorded_at,"
                        " vv_participants, vv_summary FROM week_notes ORDER BY id")
    return [WeekNote(*row) for row in rows]


def save_field(store: Store, year: int, field: int, needs: bool, comment: str, context: str, *,
               version: "str | Advance | None" = None) -> PriorityField:
    old = fields_of_year(store.conn, year).get(field)
    if old is not None and (old.needs_measures, old.comment) == (needs, comment) and version is None:
        return old  # nothing changed: nothing written, nothing logged
    version = version if version is not None else Advance(old.vv if old else "")
    return _save_logged(store, "priority_fields", FIELD_ENTITY, PriorityField, old,
                        f"Prioriterat område {field} {year}", context,
                        lambda number: {"vv": resolve(store.conn, version, number)},
                        id=year * 10 + field, iso_year=year, field=field, needs_measures=needs, comment=comment)


def save_week_note(store: Store, year: int, week: int, participants: str, summary: str, context: str, *,
                   versions: dict[str, "str | Advance"] | None = None) -> WeekNote:
    """Store both texts; only a text that changed gets a new version (versions: a merge's, per text)."""
    old = week_note(store.conn, year, week)
    if old is not None and (old.participants, old.summary) == (participants, summary) and not versions:
        return old
    texts = {"participants": participants, "summary": summary}

    def new_versions(number: int) -> dict:
        made = {}
        for text in WEEK_TEXTS:
            before = getattr(old, f"vv_{text}") if old else ""
            chosen = (versions or {}).get(text)
            if chosen is None:
                changed = texts[text] != (getattr(old, text) if old else "")
                chosen = Advance(before) if changed else before
            made[f"vv_{text}"] = resolve(store.conn, chosen, number)
        return made

    return _save_logged(store, "week_notes", WEEK_ENTITY, WeekNote, old, f"Veckomöte {year} v{week}", context,
                        new_versions, id=year * 100 + week, iso_year=year, iso_week=week,
                        participants=participants, summary=summary)


def _save_logged(store: Store, table: str, entity: str, record, old, what: str, context: str, versioned, /,
                 **columns):
    """Insert or update one row (its columns in the record's order, then who and when, then its
    version columns from `versioned(entry number)`) and log the change.

    The table and column names come from this module, never from input."""
    head = audit.next_entry(store.conn)
    who, when = osenv.current_user(), osenv.now_iso()
    values = {**columns, "recorded_by": who, "recorded_at": when, **versioned(head[0])}
    names = ", ".join(values)
    updates = ", ".join(f"{name} = excluded.{name}" for name in values if name != "id")
    store.conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(values))})"
                       f" ON CONFLICT(id) DO UPDATE SET {updates}",
                       [int(value) if isinstance(value, bool) else value for value in values.values()])
    new = record(*values.values())
    audit.append(store, action="update" if old else "create", entity=entity, entity_id=columns["id"],
                 summary=what, old=old.value() if old else None, new=new.value(), context=context, at=when,
                 head=head)
    return new

