"""The numbered schema migrations in db/migrations/, applied with sqlite-utils.

Each file NNNN_name.sql is one migration; sqlite-utils records applied ones in
its `_sqlite_migrations` table, and PRAGMA user_version carries the number of
the newest one so that a file from a newer program can be recognised from its
header alone (store/fileheader.py), before anything is opened.
"""

import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import NamedTuple

from lagesbild_desktop.paths import migrations_dir

MIGRATION_SET = "lagesbild"
_FILE_PATTERN = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class MigrationFile(NamedTuple):
    number: int
    name: str  # file name without .sql, as recorded in _sqlite_migrations
    sql: str


@cache
def migration_files() -> tuple[MigrationFile, ...]:
    found = []
    for path in sorted(Path(migrations_dir()).iterdir()):
        match = _FILE_PATTERN.match(path.name)
        if match:
            found.append(MigrationFile(int(match.group(1)), path.stem, path.read_text("utf-8")))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration files are not numbered 1..n without gaps: {numbers}")
    return tuple(found)


def latest_version() -> int:
    return len(migration_files())


def split_statements(sql: str) -> list[str]:
    """Split a script into statements (executescript() would commit the open transaction)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in buffer.splitlines()
    ):
        raise RuntimeError(f"incomplete SQL statement at the end of a migration: {buffer[:80]!r}")
    return statements


def _migrations():
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for migration in migration_files():

        def run(db, migration=migration):
            for statement in split_statements(migration.sql):
                db.conn.execute(statement)
            # What SQL alone cannot do; loaded only when a migration runs, not at every start.
            from lagesbild_desktop.store.upgrades import after_migration

            after_migration(migration.number, db.conn)
            db.conn.execute(f"PRAGMA user_version = {migration.number}")

        migrations(name=migration.name)(run)
    return migrations


def applied_names(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
    )
    return [name for (name,) in rows]


def unknown_applied(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the file that this program does not know (a newer program wrote it)."""
    known = {m.name for m in migration_files()}
    return [name for name in applied_names(conn) if name not in known]


def pending(conn: sqlite3.Connection) -> list[MigrationFile]:
    done = set(applied_names(conn))
    return [m for m in migration_files() if m.name not in done]


def apply_pending(conn: sqlite3.Connection) -> int:
    """Apply all pending migrations inside the caller's transaction; returns how many ran."""
    import sqlite_utils

    todo = pending(conn)
    if todo:
        _migrations().apply(sqlite_utils.Database(conn, execute_plugins=False))
    return len(todo)
