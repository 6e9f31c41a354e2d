"""Opening, checking, backing up and restoring the database file."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import DatabaseRefused, EnvironmentProblem, InvalidInput
from lagesbild_desktop.paths import default_db_path
from lagesbild_desktop.store import backup, integrity
from lagesbild_desktop.store.database import SHARED_SETTING, Store, inspect_existing, open_database
from lagesbild_desktop.store.fileuri import connect_readonly


def open_store(path: Path | str | None = None, *, shared: bool | None = None, create: bool = True) -> Store:
    return open_database(Path(path) if path else default_db_path(), shared=shared, create=create)


def check_database(store: Store) -> integrity.CheckReport:
    return integrity.check(store.conn)


def backup_database(store: Store, out: Path | str) -> Path:
    out = Path(out)
    if out.resolve() == store.path.resolve():
        raise InvalidInput("Säkerhetskopian kan inte skrivas över själva databasen: välj ett annat filnamn")
    if out.is_dir():
        raise InvalidInput(f"{out} är en mapp: ange ett filnamn för säkerhetskopian")
    return backup.backup_to(store.conn, out)


def daily_backup(store: Store) -> Path | None:
    """The automatic backup of the day (the newest 10 are kept), made when the program starts."""
    return backup.auto_backup(store.conn, store.path, osenv.today())


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path


def restore_database(db_path: Path | str | None, source: Path | str) -> RestoreResult:
    """Replace the database with a checked backup; the replaced contents are kept aside."""
    db_path = Path(db_path) if db_path else default_db_path()
    source = Path(source)
    if not source.is_file():
        raise InvalidInput(f"Säkerhetskopian {source} finns inte")
    if source.resolve() == db_path.resolve():
        raise InvalidInput("Filen att återställa från är databasen själv")
    _check_backup(source)
    store = open_store(db_path)
    try:
        stamp = osenv.now().strftime("%Y%m%d-%H%M%S")
        kept = backup.backup_to(store.conn, db_path.with_name(f"{db_path.stem}.ersatt-{stamp}.db"))
        try:
            backup.replace_contents(source, store.conn)
        except sqlite3.Error as exc:
            raise EnvironmentProblem(f"Återställningen misslyckades, databasen är oförändrad: {exc}") from exc
    finally:
        store.close()
    open_store(db_path).close()  # brings an older backup's schema up to date
    return RestoreResult(source, kept)


def _check_backup(source: Path) -> None:
    try:
        inspect_existing(source)
    except DatabaseRefused as refused:
        raise DatabaseRefused(refused.message.replace("Databasen", "Säkerhetskopian", 1)) from None
    conn = connect_readonly(source)
    try:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone()
        if not exists:
            raise DatabaseRefused(f"Säkerhetskopian {source} är ingen Lägesbild-databas")
        report = integrity.check(conn)
    finally:
        conn.close()
    if not report.ok:
        problems = report.file_problems + report.chain_problems + report.data_problems
        raise DatabaseRefused(
            f"Säkerhetskopian {source} klarar inte kontrollen ({problems[0]}); inget har ersatts"
        )


def set_shared(store: Store, shared: bool) -> None:
    """Mark the file as shared between workstations (rollback journal instead of WAL from the next start)."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [SHARED_SETTING, "1" if shared else "0"],
        )
