"""The settings table: one value per key (the shared mark, the replica id, when it was restored...).

The district's name, exchanged with versions like a record, is written by store/district.py.
"""

import sqlite3


def get(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set `key` to `value`, inside the caller's transaction."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
