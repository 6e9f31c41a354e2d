"""The journal mode (WAL for a local file, the rollback journal for a shared one) and holding the file
alone. SQLite changes either only while no other program has the file open: FileInUse says it did."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class FileInUse(Exception):
    """Another program (a window, another computer) has the file open: nothing was changed."""


def journal_mode(conn: sqlite3.Connection) -> str:
    return conn.execute("PRAGMA journal_mode").fetchone()[0].lower()


def switch_journal_mode(conn: sqlite3.Connection, wanted: str) -> None:
    """Put the file in journal mode `wanted` ("wal" or "delete") now, or raise FileInUse."""
    if journal_mode(conn) == wanted:
        return
    try:
        switched = conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0].lower()
    except sqlite3.OperationalError as exc:
        raise FileInUse(str(exc)) from exc
    if switched != wanted:
        raise FileInUse(f"the file stayed in journal mode {switched}")


@contextmanager
def held_alone(conn: sqlite3.Connection) -> Iterator[None]:
    """This connection alone may read or write the file until the block ends, or FileInUse.

    Rollback journal in exclusive locking mode: the lock taken by the first write is kept. (The
    backup API also cannot change the page size of a WAL database.) WAL comes back afterwards.
    """
    wal = journal_mode(conn) == "wal"
    try:
        if wal and conn.execute("PRAGMA journal_mode = delete").fetchone()[0].lower() != "delete":
            raise FileInUse("the file stayed in WAL mode")
        conn.execute("PRAGMA locking_mode = exclusive")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        _let_go(conn, wal)
        raise FileInUse(str(exc)) from exc
    except FileInUse:
        _let_go(conn, wal)
        raise
    try:
        yield
    finally:
        _let_go(conn, wal)


def _let_go(conn: sqlite3.Connection, wal: bool) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA locking_mode = normal")
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the lock goes with the next read
        if wal:
            conn.execute("PRAGMA journal_mode = wal")
    except sqlite3.OperationalError:
        pass  # another program came in first: the file stays in rollback mode until it is next opened
