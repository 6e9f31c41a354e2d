"""The settings that describe the district (its name), audited and carried by exchange files.

The other settings (zoom, shared file, replica id …) belong to this workstation or this file and
never travel. Each district setting has a fixed number: its entity id in the audit log.
"""

import sqlite3
from typing import NamedTuple

from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "setting"
TRACKED = ("key", "value", "vv")
# The settings that travel, and their entity ids: the district's name, and when a place recurs ("N/M": at
# least N incidents within M weeks, services/places.py).
NUMBERS = {"district": 1, "place_recurrence": 2}


SUMMARIES = {"district": "Stadsdelens namn", "place_recurrence": "Återkommande plats (händelser/veckor)"}


class DistrictSetting(NamedTuple):
    id: int
    key: str
    value: str
    vv: str

    def logged(self) -> dict:
        return {"key": self.key, "value": self.value, "vv": self.vv}


def all_settings(conn: sqlite3.Connection) -> list[DistrictSetting]:
    keys = list(NUMBERS)
    rows = conn.execute(f"SELECT key, value, vv FROM settings WHERE key IN ({', '.join('?' * len(keys))})"
                        " AND vv IS NOT NULL", keys)
    return sorted((DistrictSetting(NUMBERS[key], key, value, vv) for key, value, vv in rows), key=lambda s: s.id)


def get(conn: sqlite3.Connection, key: str) -> DistrictSetting | None:
    row = conn.execute("SELECT value, vv FROM settings WHERE key = ? AND vv IS NOT NULL", [key]).fetchone()
    return DistrictSetting(NUMBERS[key], key, row[0], row[1]) if row else None


def save(store: Store, key: str, value: str, context: str, *,
         version: "str | Advance | None" = None) -> DistrictSetting:
    conn = store.conn
    old = get(conn, key)
    if old is not None and old.value == value and version is None:
        return old
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(old.vv if old else ""), head[0])
    conn.execute("INSERT INTO settings (key, value, vv) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                 " value = excluded.value, vv = excluded.vv", [key, value, vv])
    new = DistrictSetting(NUMBERS[key], key, value, vv)
    audit.append(store, action="update" if old else "create", entity=ENTITY, entity_id=new.id,
                 summary=SUMMARIES.get(key, f"Inställning {key}"),
                 old=old.logged() if old else None, new=new.logged(), context=context, head=head)
    return new
