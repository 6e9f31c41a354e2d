"""Areas: queries and audited changes."""

import sqlite3
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.areas import swedish_sort_key

if TYPE_CHECKING:
    from lagesbild_desktop.store.database import Store

ENTITY = "area"
TRACKED = ("name", "first_year", "retired_from_year", "explicit_order", "former_names")
_COLUMNS = "id, name, sort_key, explicit_order, first_year, retired_from_year"
# Explicitly placed areas first in their order, then the rest in Swedish alphabetical order.
_ORDER = "ORDER BY explicit_order IS NULL, explicit_order, sort_key"


class Area(NamedTuple):
    id: int
    name: str
    sort_key: str
    explicit_order: int | None
    first_year: int
    retired_from_year: int | None

    def value(self, former: list[tuple[str, int]] | None = None) -> dict:
        """What the audit log records of an area (former names: see `value_of`)."""
        return {"name": self.name, "first_year": self.first_year, "retired_from_year": self.retired_from_year,
                "explicit_order": self.explicit_order, "former_names": [list(item) for item in former or []]}


def value_of(conn: sqlite3.Connection, area: Area) -> dict:
    return area.value(former_names(conn, area.id))


def all_areas(conn: sqlite3.Connection) -> list[Area]:
    return [Area(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM areas {_ORDER}")]


def areas_in_year(conn: sqlite3.Connection, year: int) -> list[Area]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM areas WHERE first_year <= ?"
        f" AND (retired_from_year IS NULL OR retired_from_year > ?) {_ORDER}",
        [year, year],
    )
    return [Area(*row) for row in rows]


def by_id(conn: sqlite3.Connection, area_id: int) -> Area | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM areas WHERE id = ?", [area_id]).fetchone()
    return Area(*row) if row else None


def find(conn: sqlite3.Connection, name: str) -> Area | None:
    """By current name (exact, then ignoring case and spacing), then by a former name."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM areas WHERE name = ?", [name]).fetchone()
    if row:
        return Area(*row)
    wanted = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    areas = all_areas(conn)
    for area in areas:
        if unicodedata.normalize("NFC", area.name).casefold() == wanted:
            return area
    # Python's casefold, not SQLite's lower(): lower() leaves Å, Ä and Ö alone.
    history = conn.execute("SELECT area_id, name FROM area_name_history ORDER BY id DESC").fetchall()
    for area_id, former in history:
        if unicodedata.normalize("NFC", former).casefold() == wanted:
            return by_id(conn, area_id)
    return None


def name_history(conn: sqlite3.Connection) -> dict[int, list[tuple[str, int]]]:
    """area id -> its former names with the last year of each, oldest first (one query for all areas)."""
    history: dict[int, list[tuple[str, int]]] = {}
    for area_id, name, until in conn.execute("SELECT area_id, name, until_year FROM area_name_history ORDER BY id"):
        history.setdefault(area_id, []).append((name, until))
    return history


def former_names(conn: sqlite3.Connection, area_id: int) -> list[tuple[str, int]]:
    """(name, last year it was used) for each earlier name, oldest first."""
    rows = conn.execute(
        "SELECT name, until_year FROM area_name_history WHERE area_id = ? ORDER BY id", [area_id]
    )
    return [(name, until) for name, until in rows]


def insert(store: "Store", name: str, first_year: int, context: str) -> Area:
    cursor = store.conn.execute(
        "INSERT INTO areas (name, sort_key, first_year, created_at) VALUES (?, ?, ?, ?)",
        [name, swedish_sort_key(name), first_year, osenv.now_iso()],
    )
    area = by_id(store.conn, cursor.lastrowid)
    _audit().append(store, action="create", entity=ENTITY, entity_id=area.id, summary=f"Område {name}",
                 old=None, new=area.value(), context=context)
    return area


def _update(store: "Store", area: Area, summary: str, context: str, *statements: tuple[str, list]) -> Area:
    """Run the statements on one area and log its value before and after."""
    old = value_of(store.conn, area)
    for sql, params in statements:
        store.conn.execute(sql, params)
    changed = by_id(store.conn, area.id)
    _audit().append(store, action="update", entity=ENTITY, entity_id=area.id, summary=summary, old=old,
                    new=value_of(store.conn, changed), context=context)
    return changed


def set_order(store: "Store", area: Area, position: int | None, context: str) -> Area:
    return _update(store, area, f"Område {area.name}", context,
                   ("UPDATE areas SET explicit_order = ? WHERE id = ?", [position, area.id]))


def rename(store: "Store", area: Area, new_name: str, until_year: int, context: str) -> Area:
    return _update(
        store, area, f"Område {area.name} → {new_name}", context,
        ("INSERT INTO area_name_history (area_id, name, until_year, renamed_at, renamed_by) VALUES (?, ?, ?, ?, ?)",
         [area.id, area.name, until_year, osenv.now_iso(), osenv.current_user()]),
        ("UPDATE areas SET name = ?, sort_key = ? WHERE id = ?", [new_name, swedish_sort_key(new_name), area.id]),
    )


def retire(store: "Store", area: Area, from_year: int | None, context: str) -> Area:
    return _update(store, area, f"Område {area.name}", context,
                   ("UPDATE areas SET retired_from_year = ? WHERE id = ?", [from_year, area.id]))


def _audit():
    # Imported on the first write (hashing and JSON are not needed to show the window).
    from lagesbild_desktop.store import audit

    return audit
