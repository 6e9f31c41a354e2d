"""Registered places: queries and audited changes (db/migrations/0010).

A place has a uid, the same in every database; its name, area, kind, coordinates, notes, the year it was
retired from, and the years it is "prioriterad" with a reason, change. Incidents point at a place by its
uid (incidents.place_uid)."""

import json
import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit, versions
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "place"
_SELECT = ("SELECT p.id, p.uid, p.name, p.area_id, a.name, p.kind, p.lat, p.lon, p.notes, p.retired_from_year,"
           " p.priorities, p.recorded_by, p.recorded_at, p.vv FROM places p JOIN areas a ON a.id = p.area_id")


class Place(NamedTuple):
    id: int
    uid: str
    name: str
    area_id: int
    area: str
    kind: str
    lat: float | None
    lon: float | None
    notes: str
    retired_from_year: int | None
    priorities: dict  # {"2025": "reason"}
    recorded_by: str = ""
    recorded_at: str = ""
    vv: str = ""

    def value(self) -> dict:
        return {"uid": self.uid, "name": self.name, "area_id": self.area_id, "kind": self.kind, "lat": self.lat,
                "lon": self.lon, "notes": self.notes, "retired_from_year": self.retired_from_year,
                "priorities": self.priorities, "vv": self.vv}


def _place(row) -> Place:
    return Place(*row[:10], json.loads(row[10]), *row[11:])


def all_places(conn: sqlite3.Connection) -> list[Place]:
    return [_place(row) for row in conn.execute(f"{_SELECT} ORDER BY p.name COLLATE NOCASE, p.id")]


def by_uid(conn: sqlite3.Connection, uid: str) -> Place | None:
    row = conn.execute(f"{_SELECT} WHERE p.uid = ?", [uid]).fetchone()
    return _place(row) if row else None


def exchange_rows(conn: sqlite3.Connection) -> list[tuple]:
    """(id, uid, name, area_id, kind, lat, lon, notes, retired_from_year, priorities, vv) of every place."""
    return [(p.id, p.uid, p.name, p.area_id, p.kind, p.lat, p.lon, p.notes, p.retired_from_year, p.priorities, p.vv)
            for p in (_place(row) for row in conn.execute(f"{_SELECT} ORDER BY p.id"))]


def draft(**fields) -> Place:
    blank = Place(0, "", "", 0, "", "annat", None, None, "", None, {})
    return blank._replace(**fields)


def _summary(place: Place) -> str:
    return f"Plats {place.name} ({place.area})"


def save(store: Store, wanted: Place, context: str, *, version: "str | Advance | None" = None) -> Place:
    """A new place (no uid yet: one is made, or the uid of one deleted before) or a change to one; logged.
    Unchanged: nothing written. Must run inside a transaction."""
    conn = store.conn
    old = by_uid(conn, wanted.uid) if wanted.uid else None
    if old is not None and old.value() | {"vv": ""} == wanted.value() | {"vv": ""} and version is None:
        return old
    if old is None:
        import uuid  # at the first place, not with the window

        uid = wanted.uid or str(uuid.uuid4())
        buried = versions.unbury(conn, ENTITY, uid)
        base = buried.vv if buried else ""
        place_id = buried.local_id if buried else versions.next_local_id(conn, "places", ENTITY)
    else:
        uid, base, place_id = old.uid, old.vv, old.id
    head = audit.next_entry(conn)
    who, when = osenv.current_user(), osenv.now_iso()
    vv = resolve(conn, version if version is not None else Advance(base), head[0])
    conn.execute("INSERT INTO places (id, uid, name, area_id, kind, lat, lon, notes, retired_from_year, priorities,"
                 " recorded_by, recorded_at, vv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO UPDATE SET name = excluded.name, area_id = excluded.area_id,"
                 " kind = excluded.kind, lat = excluded.lat, lon = excluded.lon, notes = excluded.notes,"
                 " retired_from_year = excluded.retired_from_year, priorities = excluded.priorities,"
                 " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, vv = excluded.vv",
                 [place_id, uid, wanted.name, wanted.area_id, wanted.kind, wanted.lat, wanted.lon, wanted.notes,
                  wanted.retired_from_year, json.dumps(wanted.priorities, sort_keys=True, ensure_ascii=False), who,
                  when, vv])
    new = by_uid(conn, uid)
    audit.append(store, action="update" if old else "create", entity=ENTITY, entity_id=new.id,
                 summary=_summary(new), old=old.value() if old else None, new=new.value(), context=context,
                 at=when, head=head)
    return new
