"""An open database: the connection, its one way to write (Store.transaction), its settings.

Every module of store/ works on a Store; this module depends on none of them, so each can import
it at the top (store/database.py, which opens files and makes Stores, needs the others).
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lagesbild_desktop.errors import DatabaseRefused
from lagesbild_desktop.store import settings
from lagesbild_desktop.store.errors import environment_problem

BUSY_TIMEOUT_MS = 10_000


def refuse(path: Path, reason: str) -> DatabaseRefused:
    return DatabaseRefused(f"Databasen {path} kan inte användas: {reason}. Filen har inte ändrats.")


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    result = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    return None if result == ["ok"] else "den är skadad (" + "; ".join(result[:3]) + ")"


class Store:
    """An open database: the connection and how to write through it safely."""

    def __init__(self, conn: sqlite3.Connection, path: Path, shared: bool):
        self.conn = conn
        self.path = path
        self.shared = shared
        # Set when opening found this file to be a copy of another database: what to tell the user.
        self.identity_note: str | None = None
        self.read_only = False  # opened from a file that cannot be written: only reading works
        # The record kinds' rules (store/kinds.py guard), checked at every audited write whatever its entrance:
        # (entity, logged value, logged context) -> raises InvalidInput. None: not checked (an upgrade's rows).
        self.rules = None
        # Told (first, last audit entry) after every outermost transaction that wrote audit entries: the
        # window keeps each as a step that Ctrl+Z undoes. None: nobody listens (and nothing is counted).
        self.on_commit = None

    def transaction(self) -> "Transaction":
        """One all-or-nothing write; durable on disk when the block ends.

        BEGIN IMMEDIATE takes the write lock up front, so two programs writing
        at once wait for each other (busy timeout) instead of failing halfway.
        Nested use becomes a savepoint of the outer transaction.
        """
        return Transaction(self.conn, self.on_commit)

    def verify_integrity(self) -> None:
        """The page-by-page check that open_database(verify=False) left for later; before any write."""
        try:
            problem = integrity_problem(self.conn)
        except sqlite3.DatabaseError as exc:
            problem = f"den är skadad ({exc})"
        if problem:
            raise refuse(self.path, problem)

    def setting(self, key: str, default: str | None = None) -> str | None:
        return settings.get(self.conn, key, default)

    def close(self) -> None:
        self.conn.close()


@contextmanager
def one_snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Reads that must see one state of the file (another program may commit meanwhile): one read
    transaction, or the caller's transaction if one is open. Nothing is written."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")


def _last_entry(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


class Transaction:
    """Context manager behind Store.transaction() (a class: it runs on every single write)."""

    __slots__ = ("conn", "nested", "on_commit", "mark")

    def __init__(self, conn: sqlite3.Connection, on_commit=None):
        self.conn = conn
        self.nested = conn.in_transaction
        self.on_commit = None if self.nested else on_commit
        self.mark = 0

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("SAVEPOINT nested" if self.nested else "BEGIN IMMEDIATE")
            if self.on_commit is not None:
                self.mark = _last_entry(self.conn)
        except sqlite3.Error as exc:
            raise (environment_problem(exc) or exc) from exc
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        conn = self.conn
        if self.nested:
            if exc_type is not None:
                conn.execute("ROLLBACK TO SAVEPOINT nested")
            conn.execute("RELEASE SAVEPOINT nested")
            return
        if exc_type is None:
            try:
                last = _last_entry(conn) if self.on_commit is not None else 0
                conn.execute("COMMIT")
                if last > self.mark:
                    self.on_commit(self.mark + 1, last)
                return
            except sqlite3.Error as error:
                self._rollback()
                raise (environment_problem(error) or error) from error
        self._rollback()
        if isinstance(exc, sqlite3.Error) and (problem := environment_problem(exc)):
            raise problem from exc
        # any other exception propagates unchanged

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
