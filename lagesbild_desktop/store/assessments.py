"""Weekly assessments (one grade per area and ISO week): queries and audited changes."""

import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.versions import advance
from lagesbild_desktop.errors import Conflict
from lagesbild_desktop.store import audit, versions
from lagesbild_desktop.store.areas import Area
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance

ENTITY = "assessment"
TRACKED = ("area_id", "year", "week", "grade", "note", "vv")
_SELECT = (
    "SELECT s.id, s.area_id, a.name, s.iso_year, s.iso_week, s.grade, s.note, s.recorded_by,"
    " s.recorded_at, s.version, s.vv FROM assessments s JOIN areas a ON a.id = s.area_id"
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
    vv: str = ""

    def value(self) -> dict:
        return {"area_id": self.area_id, "area": self.area, "year": self.year, "week": self.week,
                "grade": self.grade, "note": self.note, "vv": self.vv}


def key_of(area_uid: str, year: int, week: int) -> str:
    """The area-week in every database (the local row id holds the local area id)."""
    return f"{area_uid}/{year}/{week}"


def parse_key(key: object) -> tuple[str, int, int] | None:
    """(area uid, year, week) of a key made by key_of; None for anything else."""
    parts = key.rsplit("/", 2) if isinstance(key, str) else []
    if len(parts) != 3 or not (parts[1].isdigit() and parts[2].isdigit()) or not parts[0]:
        return None
    return parts[0], int(parts[1]), int(parts[2])


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


def graded_from(conn: sqlite3.Connection, area_id: int, year: int) -> tuple[int, int | None]:
    """How many grades the area has from `year` on, and the first year of them (None: none)."""
    count, first = conn.execute("SELECT count(*), min(iso_year) FROM assessments WHERE area_id = ? AND iso_year >= ?",
                                [area_id, year]).fetchone()
    return count, first


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


def save(store: Store, area: Area, year: int, week: int, grade: int, note: str | None, context: str,
         expected_version: int | None = None, version: "str | Advance | None" = None) -> Change:
    """Create or change the area-week's grade and note (None: keep the note); inside a transaction.

    version: the version vector of the result, for merges (default: this write on top of the last).
    """
    conn = store.conn
    old = get(conn, area.id, year, week)
    check_version(old, expected_version)
    if note is None:
        note = old.note if old else ""
    if old and old.grade == grade and old.note == note and version is None:
        return Change("unchanged", old, old)
    who, when = osenv.current_user(), osenv.now_iso()
    key = key_of(area.uid, year, week)
    known = versions.write_context(conn, ENTITY, key)
    head = known.head
    # The version is the number of the audit entry that records this write: it never repeats,
    # not even when a cell is deleted and made again, so a stale window always notices.
    number = head[0]
    chosen = version if version is not None else Advance(old.vv if old else known.buried or "")
    vv = chosen if isinstance(chosen, str) else _advance(chosen.base, known.replica, number)
    if old is None:
        if known.buried is not None:  # made again after a deletion: the tombstone goes
            versions.forget(conn, ENTITY, key)
        row_id = cell_id(area.id, year, week)
        conn.execute(
            "INSERT INTO assessments (id, area_id, iso_year, iso_week, grade, note, recorded_by, recorded_at,"
            " version, vv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row_id, area.id, year, week, grade, note, who, when, number, vv],
        )
    else:
        row_id = old.id
        conn.execute(
            "UPDATE assessments SET grade = ?, note = ?, recorded_by = ?, recorded_at = ?, version = ?, vv = ?"
            " WHERE id = ?",
            [grade, note, who, when, number, vv, old.id],
        )
    new = Assessment(row_id, area.id, area.name, year, week, grade, note, who, when, number, vv)
    action = "create" if old is None else "update"
    audit.append(store, action=action, entity=ENTITY, entity_id=new.id, summary=_summary(area, year, week),
                 old=old.value() if old else None, new=new.value(), context=context, at=when, head=head)
    return Change(action, old, new)


BATCH_FIELDS = ("id", "area_id", "year", "week", "grade", "note", "vv")


def create_many(store: Store, cells: list[tuple[Area, int, int, int, str]], context: str) -> int:
    """New area-weeks as (area, year, week, grade, note), none stored yet, written in one go and
    audited in one entry; inside a transaction. For imports: a city's ten years are some 60,000
    cells, and an entry per cell would cost more than reading the workbook."""
    if not cells:
        return 0
    conn = store.conn
    who, when = osenv.current_user(), osenv.now_iso()
    head = audit.next_entry(conn)
    buried = {stone.key: stone for stone in versions.tombstones(conn, ENTITY)}
    plain = versions.after(conn, "", head[0])
    rows = []
    for area, year, week, grade, note in cells:
        key = key_of(area.uid, year, week)
        stone = buried.get(key)
        if stone is not None:  # made again after a deletion: the new version follows the deletion's
            versions.forget(conn, ENTITY, key)
        vv = versions.after(conn, stone.vv, head[0]) if stone is not None else plain
        rows.append((cell_id(area.id, year, week), area.id, year, week, grade, note, vv))
    # In id order: SQLite appends to its table instead of inserting all over it.
    rows.sort()
    number = audit.append_batch(store, ENTITY, BATCH_FIELDS, rows, f"{len(rows)} bedömningar", context, when,
                                head=head)
    conn.executemany(
        "INSERT INTO assessments (id, area_id, iso_year, iso_week, grade, note, vv, recorded_by, recorded_at,"
        " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(*row, who, when, number) for row in rows])
    return len(cells)


def delete(store: Store, area: Area, year: int, week: int, context: str,
           expected_version: int | None = None, version: "str | Advance | None" = None) -> Change:
    """Delete the area-week's grade, leaving a tombstone so that the deletion travels."""
    conn = store.conn
    old = get(conn, area.id, year, week)
    check_version(old, expected_version)
    if old is None:
        return Change("unchanged", None, None)
    versions.delete_logged(store, entity=ENTITY, table="assessments", local_id=old.id,
                           key=key_of(area.uid, year, week), value=old.value(), base=old.vv,
                           summary=_summary(area, year, week), context=context, version=version)
    return Change("delete", old, None)


def _advance(base: str, replica: str, number: int) -> str:
    return advance(base, replica, number)



def grades_between(conn: sqlite3.Connection, first: tuple[int, int], last: tuple[int, int]) -> list[tuple]:
    """(area id, year, week, grade) of every grade from week `first` to week `last`, both (year, week)."""
    return conn.execute("SELECT area_id, iso_year, iso_week, grade FROM assessments"
                        " WHERE iso_year * 100 + iso_week BETWEEN ? AND ?",
                        [first[0] * 100 + first[1], last[0] * 100 + last[1]]).fetchall()
