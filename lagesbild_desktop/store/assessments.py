"""Weekly assessments (one grade per area and ISO week): queries and audited changes."""

import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import Conflict
from lagesbild_desktop.store.areas import Area

if TYPE_CHECKING:
    from lagesbild_desktop.store.database import Store

ENTITY = "assessment"
TRACKED = ("area_id", "year", "week", "grade", "note")
_SELECT = (
    "SELECT s.id, s.area_id, a.name, s.iso_year, s.iso_week, s.grade, s.note, s.recorded_by,"
    " s.recorded_at, s.version FROM assessments s JOIN areas a ON a.id = s.area_id"
)


class Assessment(NamedTuple):
    """One stored grade (a tuple: a year of 130 areas is 6,760 of them, built on every grid switch)."""

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


def cell_id(area_id: int, year: int, week: int) -> int:
    """The row id of an area-week (the schema's CHECK holds the same formula)."""
    return (year * 100 + week) * 100_000 + area_id


class Change(NamedTuple):
    action: str  # create | update | delete | unchanged
    old: Assessment | None
    new: Assessment | None


def get(conn: sqlite3.Connection, area_id: int, year: int, week: int) -> Assessment | None:
    row = conn.execute(f"{_SELECT} WHERE s.id = ?", [cell_id(area_id, year, week)]).fetchone()
    return Assessment(*row) if row else None


def for_year(conn: sqlite3.Connection, year: int) -> list[Assessment]:
    # In id order (week by week); callers index the rows themselves, and sorting costs more than reading.
    rows = conn.execute(f"{_SELECT} WHERE s.id BETWEEN ? AND ?", [cell_id(0, year, 0), cell_id(99_999, year, 99)])
    return [Assessment(*row) for row in rows]


def grid_for_year(conn: sqlite3.Connection, year: int) -> list[tuple[int, int, int, int]]:
    """(area id, week, grade, version) of every grade of the year: just what the year grid draws."""
    return conn.execute("SELECT area_id, iso_week, grade, version FROM assessments WHERE id BETWEEN ? AND ?",
                        [cell_id(0, year, 0), cell_id(99_999, year, 99)]).fetchall()


def for_week(conn: sqlite3.Connection, year: int, week: int) -> list[Assessment]:
    rows = conn.execute(f"{_SELECT} WHERE s.id BETWEEN ? AND ?",
                        [cell_id(0, year, week), cell_id(99_999, year, week)])
    return [Assessment(*row) for row in rows]


def all_rows(conn: sqlite3.Connection) -> list[Assessment]:
    return [Assessment(*row) for row in conn.execute(f"{_SELECT} ORDER BY s.id")]


def _summary(area: Area, year: int, week: int) -> str:
    return f"{area.name} {year} v{week}"


def check_version(current: Assessment | None, expected_version: int | None) -> None:
    """expected_version: the version the caller saw (0 = it saw no grade); None skips the check."""
    if expected_version is None:
        return
    found = current.version if current else 0
    if found != expected_version:
        raise Conflict("Bedömningen har ändrats av någon annan sedan den visades", current)


def save(store: "Store", area: Area, year: int, week: int, grade: int, note: str | None, context: str,
         expected_version: int | None = None) -> Change:
    """Create or change the area-week's grade and note (None: keep the note); inside a transaction."""
    conn = store.conn
    old = get(conn, area.id, year, week)
    check_version(old, expected_version)
    if note is None:
        note = old.note if old else ""
    if old and old.grade == grade and old.note == note:
        return Change("unchanged", old, old)
    who, when = osenv.current_user(), osenv.now_iso()
    audit = _audit()
    head = audit.next_entry(conn)
    # The version is the number of the audit entry that records this write: it never repeats,
    # not even when a cell is deleted and made again, so a stale window always notices.
    version = head[0]
    if old is None:
        row_id = cell_id(area.id, year, week)
        conn.execute(
            "INSERT INTO assessments (id, area_id, iso_year, iso_week, grade, note, recorded_by, recorded_at,"
            " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row_id, area.id, year, week, grade, note, who, when, version],
        )
    else:
        row_id = old.id
        conn.execute(
            "UPDATE assessments SET grade = ?, note = ?, recorded_by = ?, recorded_at = ?, version = ? WHERE id = ?",
            [grade, note, who, when, version, old.id],
        )
    new = Assessment(row_id, area.id, area.name, year, week, grade, note, who, when, version)
    action = "create" if old is None else "update"
    audit.append(store, action=action, entity=ENTITY, entity_id=new.id, summary=_summary(area, year, week),
                 old=old.value() if old else None, new=new.value(), context=context, at=when, head=head)
    return Change(action, old, new)


BATCH_FIELDS = ("id", "area_id", "year", "week", "grade", "note")


def create_many(store: "Store", cells: list[tuple[int, int, int, int, str]], context: str) -> int:
    """New area-weeks as (area id, year, week, grade, note), none stored yet, written in one go and
    audited in one entry; inside a transaction. For imports: a city's ten years are some 60,000
    cells, and an entry per cell would cost more than reading the workbook."""
    if not cells:
        return 0
    who, when = osenv.current_user(), osenv.now_iso()
    # In id order: SQLite appends to its table instead of inserting all over it.
    rows = sorted((cell_id(area_id, year, week), area_id, year, week, grade, note)
                  for area_id, year, week, grade, note in cells)
    version = _audit().append_batch(store, ENTITY, BATCH_FIELDS, rows, f"{len(rows)} bedömningar", context, when)
    store.conn.executemany(
        "INSERT INTO assessments (id, area_id, iso_year, iso_week, grade, note, recorded_by, recorded_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(*row, who, when, version) for row in rows])
    return len(cells)


def delete(store: "Store", area: Area, year: int, week: int, context: str,
           expected_version: int | None = None) -> Change:
    old = get(store.conn, area.id, year, week)
    check_version(old, expected_version)
    if old is None:
        return Change("unchanged", None, None)
    store.conn.execute("DELETE FROM assessments WHERE id = ?", [old.id])
    _audit().append(store, action="delete", entity=ENTITY, entity_id=old.id, summary=_summary(area, year, week),
                 old=old.value(), new=None, context=context)
    return Change("delete", old, None)


def _audit():
    # Imported on the first write (hashing and JSON are not needed to show the window).
    from lagesbild_desktop.store import audit

    return audit
