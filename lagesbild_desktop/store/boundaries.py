"""The areas' boundaries for the map: one per area, audited (db/migrations/0009).

The area's id is the record's id, as a grade's area-week is its: a boundary is the area's shape, and an
area has one (a new file replaces it). The polygons are stored as JSON, read back as lists."""

import json
import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "area_boundary"
_SELECT = "SELECT area_id, polygons, source, recorded_by, recorded_at, vv FROM area_boundaries"


class AreaBoundary(NamedTuple):
    area_id: int
    polygons: list
    source: str
    recorded_by: str = ""
    recorded_at: str = ""
    vv: str = ""

    def value(self) -> dict:
        return {"area_id": self.area_id, "polygons": self.polygons, "source": self.source, "vv": self.vv}


def _boundary(row) -> AreaBoundary:
    return AreaBoundary(row[0], json.loads(row[1]), *row[2:])


def get(conn: sqlite3.Connection, area_id: int) -> AreaBoundary | None:
    row = conn.execute(f"{_SELECT} WHERE area_id = ?", [area_id]).fetchone()
    return _boundary(row) if row else None


def any_boundary(conn: sqlite3.Connection) -> bool:
    """Whether any area has a boundary (without reading the polygons)."""
    return conn.execute("SELECT 1 FROM area_boundaries LIMIT 1").fetchone() is not None


def all_boundaries(conn: sqlite3.Connection) -> dict[int, AreaBoundary]:
    return {row[0]: _boundary(row) for row in conn.execute(f"{_SELECT} ORDER BY area_id")}


def exchange_rows(conn: sqlite3.Connection) -> list[tuple]:
    """(id, area_id, polygons, source, vv) of every boundary: the id is the area's."""
    return [(row[0], row[0], json.loads(row[1]), row[2], row[5]) for row in conn.execute(f"{_SELECT} ORDER BY area_id")]


def _json(polygons: list) -> str:
    return json.dumps(polygons, separators=(",", ":"))


def save(store: Store, area_id: int, polygons: list, source: str, what: str, context: str, *,
         version: "str | Advance | None" = None) -> AreaBoundary:
    """Store the area's boundary (new, or replacing the one it had) and log it; the same shape from the same
    file writes nothing. `what` names it in the log ("Gräns Vinsta")."""
    conn = store.conn
    old = get(conn, area_id)
    if old is not None and (old.polygons, old.source) == (polygons, source) and version is None:
        return old
    version = version if version is not None else Advance(old.vv if old else "")
    head = audit.next_entry(conn)
    who, when = osenv.current_user(), osenv.now_iso()
    vv = resolve(conn, version, head[0])
    conn.execute("INSERT INTO area_boundaries (area_id, polygons, source, recorded_by, recorded_at, vv)"
                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (area_id) DO UPDATE SET polygons = excluded.polygons,"
                 " source = excluded.source, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,"
                 " vv = excluded.vv", [area_id, _json(polygons), source, who, when, vv])
    new = AreaBoundary(area_id, polygons, source, who, when, vv)
    audit.append(store, action="update" if old else "create", entity=ENTITY, entity_id=area_id, summary=what,
                 old=old.value() if old else None, new=new.value(), context=context, at=when, head=head)
    return new
