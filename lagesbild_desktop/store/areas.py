"""Areas: queries and audited changes."""

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.areas import swedish_sort_key
from lagesbild_desktop.store import audit

if TYPE_CHECKING:
    from lagesbild_desktop.store.database import Store

ENTITY = "area"
TRACKED = ("name", "first_year", "retired_from_year")
_COLUMNS = "id, name, sort_key, explicit_order, first_year, retired_from_year"
# Explicitly placed areas first in their order, then the rest in Swedish alphabetical order.
_ORDER = "ORDER BY explicit_order IS NULL, explicit_order, sort_key"


@dataclass(frozen=True)
class Area:
    id: int
    name: str
    sort_key: str
    explicit_order: int | None
    first_year: int
    retired_from_year: int | None

    def value(self) -> dict:
        return {"name": self.name, "first_year": self.first_year, "retired_from_year": self.retired_from_year}


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
    wanted = " ".join(name.split()).casefold()
    areas = all_areas(conn)
    for area in areas:
        if area.name.casefold() == wanted:
            return area
    row = conn.execute(
        "SELECT area_id FROM area_name_history WHERE lower(name) = lower(?) ORDER BY id DESC LIMIT 1", [name]
    ).fetchone()
    return by_id(conn, row[0]) if row else None


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
    audit.append(store, action="create", entity=ENTITY, entity_id=area.id, summary=f"Område {name}",
                 old=None, new=area.value(), context=context)
    return area


def rename(store: "Store", area: Area, new_name: str, until_year: int, context: str) -> Area:
    store.conn.execute(
        "INSERT INTO area_name_history (area_id, name, until_year, renamed_at, renamed_by) VALUES (?, ?, ?, ?, ?)",
        [area.id, area.name, until_year, osenv.now_iso(), osenv.current_user()],
    )
    store.conn.execute("UPDATE areas SET name = ?, sort_key = ? WHERE id = ?",
                       [new_name, swedish_sort_key(new_name), area.id])
    renamed = by_id(store.conn, area.id)
    audit.append(store, action="update", entity=ENTITY, entity_id=area.id,
                 summary=f"Område {area.name} → {new_name}", old=area.value(), new=renamed.value(),
                 context=context)
    return renamed


def retire(store: "Store", area: Area, from_year: int | None, context: str) -> Area:
    store.conn.execute("UPDATE areas SET retired_from_year = ? WHERE id = ?", [from_year, area.id])
    changed = by_id(store.conn, area.id)
    audit.append(store, action="update", entity=ENTITY, entity_id=area.id, summary=f"Område {area.name}",
                 old=area.value(), new=changed.value(), context=context)
    return changed
