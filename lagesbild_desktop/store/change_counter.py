"""SQLite's data_version: the counter that moves when another connection commits to the file.

Windows poll it to notice changes from elsewhere (a second window, another workstation on a
shared file). The look must never wait for a lock: the window stays live during a meeting.
"""

import sqlite3

from lagesbild_desktop.store.connection import BUSY_TIMEOUT_MS


class ConnectionClosed(Exception):
    """The connection was closed (the window is going away): stop looking."""


def peek_data_version(conn: sqlite3.Connection) -> int | None:
    """The file's change counter, or None while it cannot be read (another program holds it
    alone, as a restore does; a network share that is away)."""
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            return conn.execute("PRAGMA data_version").fetchone()[0]
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.ProgrammingError as closed:
        raise ConnectionClosed from closed
    except sqlite3.Error:
        return None
