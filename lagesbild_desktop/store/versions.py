"""This database's replica id, the version vector of a local write, and tombstones of deleted records.

See domain/versions.py for what a version vector is. A write made here advances the version it
was made on by this database's id and the number of the audit entry that records it.
"""

import json
import sqlite3
from typing import NamedTuple

from lagesbild_desktop.domain import versions
from lagesbild_desktop.store import audit, settings
from lagesbild_desktop.store.audit import GENESIS_HASH
from lagesbild_desktop.store.connection import Store

REPLICA_SETTING = "replica_id"


def replica(conn: sqlite3.Connection) -> str:
    """Read in the writing transaction itself: a restore on another computer may have changed it."""
    made = settings.get(conn, REPLICA_SETTING)
    if made is None:
        raise RuntimeError("the database has no replica id (migration 0005 sets one)")
    return made


class WriteContext(NamedTuple):
    """What one write needs to know, read in one statement (a grade is written at every key press)."""

    head: tuple[int, str]  # (id, previous hash) of the audit entry this write will add
    replica: str
    buried: str | None  # the version of the record's tombstone, if it was deleted before


def write_context(conn: sqlite3.Connection, kind: str, key: str) -> WriteContext:
    row = conn.execute(
        "SELECT (SELECT value FROM settings WHERE key = ?), (SELECT id FROM audit_log ORDER BY id DESC LIMIT 1),"
        " (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),"
        " (SELECT vv FROM tombstones WHERE kind = ? AND key = ?)", [REPLICA_SETTING, kind, key]).fetchone()
    replica, last_id, last_hash, buried = row
    if replica is None:
        raise RuntimeError("the database has no replica id (migration 0005 sets one)")
    return WriteContext((last_id + 1, last_hash) if last_id else (1, GENESIS_HASH), replica, buried)


def after(conn: sqlite3.Connection, base: str, entry_id: int) -> str:
    """The version of a write made here, recorded by audit entry `entry_id`, on top of version `base`."""
    return versions.advance(base, replica(conn), entry_id)


class Tombstone(NamedTuple):
    kind: str
    key: str
    local_id: int
    vv: str
    value: dict | None


def tombstone(conn: sqlite3.Connection, kind: str, key: str) -> Tombstone | None:
    row = conn.execute("SELECT kind, key, local_id, vv, value FROM tombstones WHERE kind = ? AND key = ?",
                       [kind, key]).fetchone()
    return _tombstone(row) if row else None


def tombstone_of(conn: sqlite3.Connection, kind: str, local_id: int) -> Tombstone | None:
    row = conn.execute("SELECT kind, key, local_id, vv, value FROM tombstones WHERE kind = ? AND local_id = ?",
                       [kind, local_id]).fetchone()
    return _tombstone(row) if row else None


def tombstones(conn: sqlite3.Connection, kind: str) -> list[Tombstone]:
    rows = conn.execute("SELECT kind, key, local_id, vv, value FROM tombstones WHERE kind = ? ORDER BY local_id",
                        [kind])
    return [_tombstone(row) for row in rows]


def _tombstone(row) -> Tombstone:
    return Tombstone(row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] else None)


def bury(conn: sqlite3.Connection, kind: str, key: str, local_id: int, vv: str, value: dict | None) -> None:
    conn.execute("INSERT INTO tombstones (kind, key, local_id, vv, value) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT (kind, key) DO UPDATE SET local_id = excluded.local_id, vv = excluded.vv,"
                 " value = excluded.value",
                 [kind, key, local_id, vv, json.dumps(value, ensure_ascii=False) if value is not None else None])


def unbury(conn: sqlite3.Connection, kind: str, key: str) -> Tombstone | None:
    """Remove the tombstone of a record made again; returns it (its version is the new one's base)."""
    found = tombstone(conn, kind, key)
    if found is not None:
        forget(conn, kind, key)
    return found


def forget(conn: sqlite3.Connection, kind: str, key: str) -> None:
    conn.execute("DELETE FROM tombstones WHERE kind = ? AND key = ?", [kind, key])


def next_local_id(conn: sqlite3.Connection, table: str, kind: str, id_column: str = "id") -> int:
    """A local id never used before by a record of this kind, alive or deleted.

    SQLite would reuse the id of the newest row once it is deleted; a reused id would make two
    records one in the audit log. (The table name comes from the record kinds, never from input.)
    """
    row = conn.execute(f"SELECT max(coalesce((SELECT max({id_column}) FROM {table}), 0),"
                       " coalesce((SELECT max(local_id) FROM tombstones WHERE kind = ?), 0))", [kind]).fetchone()
    return row[0] + 1


class Advance(NamedTuple):
    """A write made here on top of version `base` (a typed change, or a conflict the user settled):
    its version is `base` plus this write. A plain string is a version taken as it is (a merge)."""

    base: str


NEW = Advance("")  # the first write of a record that never existed here


def resolve(conn: sqlite3.Connection, version: "str | Advance", entry_id: int) -> str:
    return after(conn, version.base, entry_id) if isinstance(version, Advance) else version


def delete_logged(store: Store, *, entity: str, table: str, local_id: int, key: str, value: dict, base: str,
                  summary: str, context: str, version: "str | Advance | None" = None, id_column: str = "id") -> str:
    """Delete a record of a kind that can be deleted, leave its tombstone so that the deletion travels,
    and log it with the deletion's version and key (a tombstone in an exchange file must be what its
    entry says). The version is `version`, or a write here on top of `base`. The table name comes from
    the store modules, never from input."""
    conn = store.conn
    head = audit.next_entry(conn)
    vv = resolve(conn, version if version is not None else Advance(base), head[0])
    conn.execute(f"DELETE FROM {table} WHERE {id_column} = ?", [local_id])
    bury(conn, entity, key, local_id, vv, value)
    audit.append(store, action="delete", entity=entity, entity_id=local_id, summary=summary, old=value,
                 new={"vv": vv, "key": key}, context=context, head=head)
    return vv
