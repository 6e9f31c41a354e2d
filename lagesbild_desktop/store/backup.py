"""Backups through SQLite's online backup API: consistent even while the program writes."""

import contextlib
import datetime as _dt
import os
import re
import sqlite3
from pathlib import Path

from lagesbild_desktop.errors import EnvironmentProblem
from lagesbild_desktop.store.errors import os_message, where_it_cannot_be_written
from lagesbild_desktop.store.fileuri import connect_readonly, sqlite_path

AUTO_BACKUP_DIR = "sakerhetskopior"
AUTO_BACKUP_KEEP = 10


def backup_to(conn: sqlite3.Connection, out: Path) -> Path:
    """Copy the open database to `out`: written aside, flushed, then renamed into place."""
    out = Path(out)
    temp = out.with_name(f".{out.name}.skrivs-{os.getpid()}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temp.unlink(missing_ok=True)
        dest = sqlite3.connect(sqlite_path(temp), isolation_level=None)
        try:
            conn.backup(dest)
            # A backup is a standalone file: rollback journal, not WAL beside it.
            dest.execute("PRAGMA journal_mode = delete")
        finally:
            dest.close()
        fd = os.open(temp, os.O_RDWR)  # Windows cannot flush a read-only handle
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise EnvironmentProblem(f"Säkerhetskopian {out} kunde inte skrivas: {os_message(exc)}") from exc
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise EnvironmentProblem(f"Säkerhetskopian {out} kunde inte skrivas: {where_it_cannot_be_written(temp)}") \
            from exc
    return out


def auto_backup_dir(db_path: Path) -> Path:
    return db_path.parent / AUTO_BACKUP_DIR


def _auto_pattern(db_path: Path) -> re.Pattern:
    return re.compile(re.escape(db_path.stem) + r"-\d{4}-\d{2}-\d{2}\.db$")


def auto_backups(db_path: Path) -> list[Path]:
    """The automatic backups of this database, oldest first."""
    folder = auto_backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _auto_pattern(db_path)
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def auto_backup(conn: sqlite3.Connection, db_path: Path, today: _dt.date,
                keep: int = AUTO_BACKUP_KEEP) -> Path | None:
    """Today's automatic backup, unless it exists already; keeps the newest `keep` of them."""
    folder = auto_backup_dir(db_path)
    target = folder / f"{db_path.stem}-{today.isoformat()}.db"
    if target.exists():
        return None
    backup_to(conn, target)
    for old in auto_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def replace_contents(source: Path, conn: sqlite3.Connection) -> None:
    """Overwrite the open database with the contents of `source` (one backup-API step)."""
    src = connect_readonly(source)
    try:
        src.backup(conn)
    finally:
        src.close()
