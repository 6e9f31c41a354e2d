"""Opening, checking, backing up and restoring the database file."""

import datetime as dt
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import DatabaseRefused, EnvironmentProblem, InvalidInput
from lagesbild_desktop.paths import default_db_path
from lagesbild_desktop.store import audit, identity, journal, settings
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.database import (
    DATABASE_ROOM,
    RESTORED_SETTING,
    SHARED_SETTING,
    bring_up_to_date,
    inspect_existing,
    open_database,
)
from lagesbild_desktop.store.errors import refuse_unusable_path
from lagesbild_desktop.store.fileuri import connect_readonly
from lagesbild_desktop.store.identity import ensure_own_identity
from lagesbild_desktop.store.network import is_network_path
from lagesbild_desktop.store.outputs import OUTPUT_ROOM, refuse_database_target

if TYPE_CHECKING:
    from lagesbild_desktop.store.integrity import CheckReport


def open_store(path: Path | str | None = None, *, shared: bool | None = None, create: bool = True,
               verify: bool = True, claim_identity: bool = True) -> Store:
    return open_database(Path(path) if path else default_db_path(), shared=shared, create=create, verify=verify,
                         claim_identity=claim_identity)


def ensure_identity(store: Store) -> str | None:
    """Give a copied database file an id of its own for exchanges; what to tell the user, if anything."""
    return ensure_own_identity(store)


def check_database(store: Store) -> "CheckReport":
    """File, audit chain, data against the log, and the log against the newest automatic backup."""
    return _integrity().check(store.conn, anchor=_anchor_backup(store))


def _anchor_backup(store: Store) -> Path | None:
    """The newest automatic backup taken after the last restore (an older one may hold more entries)."""
    restored_at = store.setting(RESTORED_SETTING)
    for candidate in reversed(_backup().auto_backups(store.path)):
        taken = dt.datetime.fromtimestamp(candidate.stat().st_mtime).astimezone()
        if restored_at is None or taken > dt.datetime.fromisoformat(restored_at):
            return candidate
    return None


def backup_database(store: Store, out: Path | str) -> Path:
    out = Path(out)
    refuse_unusable_path(out, "Säkerhetskopian", room=OUTPUT_ROOM)
    if out.is_dir():
        raise InvalidInput(f"{out} är en mapp: ange ett filnamn för säkerhetskopian")
    refuse_database_target(out, database=store.path, backup=True)  # an older backup may be replaced
    return _backup().backup_to(store.conn, out)


def automatic_backups(store: Store) -> tuple[Path, list[Path]]:
    """The folder of the automatic backups, and those in it, oldest first."""
    return _backup().auto_backup_dir(store.path), _backup().auto_backups(store.path)


def daily_backup(store: Store) -> Path | None:
    """The automatic backup of the day (the newest 10 are kept), made when the program starts."""
    return _backup().auto_backup(store.conn, store.path, osenv.today())


class RestoreResult(NamedTuple):
    restored_from: Path
    previous_kept_at: Path | None


def restore_database(db_path: Path | str | None, source: Path | str) -> RestoreResult:
    """Replace the database with a checked backup; the replaced file is kept aside.

    Works also when the current database is damaged and cannot be opened:
    that is when a restore is needed most.
    """
    db_path = Path(db_path) if db_path else default_db_path()
    source = Path(source)
    refuse_unusable_path(db_path, "Databasen", room=DATABASE_ROOM)
    refuse_unusable_path(source, "Säkerhetskopian")
    if not source.is_file():
        raise InvalidInput(f"Säkerhetskopian {source} finns inte")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise InvalidInput("Filen att återställa från är databasen själv")
    _check_backup(source)
    try:
        store = open_store(db_path, create=False)
    except DatabaseRefused:
        kept = _move_aside(db_path, _kept_name(db_path))
        source_conn = connect_readonly(source)
        try:
            _backup().backup_to(source_conn, db_path)
        finally:
            source_conn.close()
        store = open_store(db_path)  # brings an older backup's schema up to date
        try:
            _record_restore(store, source, kept)
        finally:
            store.close()
        return RestoreResult(source, kept)
    try:
        return restore_open_database(store, source, checked=True)
    finally:
        store.close()


def restore_open_database(store: Store, source: Path | str, *, checked: bool = False) -> RestoreResult:
    """The window's restore: the open database takes a checked backup's contents in place.

    From before the current contents are copied aside until the restore is in the log, this
    connection holds the file alone: no other program can write a grade that would then be in
    neither the copy nor the restored file, nor read a half-restored one. While another window
    or computer has the file open in WAL mode, nothing is changed and the user is told to close it.
    """
    source = Path(source)
    refuse_unusable_path(source, "Säkerhetskopian")
    if not source.is_file():
        raise InvalidInput(f"Säkerhetskopian {source} finns inte")
    if source.resolve() == store.path.resolve():
        raise InvalidInput("Filen att återställa från är databasen själv")
    if not checked:
        _check_backup(source)
    with _held_alone(store):
        kept = _backup().backup_to(store.conn, store.path.with_name(_kept_name(store.path)))
        _backup().replace_contents(source, store.conn)
        bring_up_to_date(store)
        _record_restore(store, source, kept)
    return RestoreResult(source, kept)


OPEN_ELSEWHERE = ("Återställningen kunde inte göras medan databasen är öppen i ett annat fönster eller på en annan "
                  "dator; stäng dem och försök igen. Databasen är oförändrad")


@contextmanager
def _held_alone(store: Store):
    """This connection alone has the file until the block ends (store/journal.held_alone), or the user
    is told to close the other windows."""
    try:
        with journal.held_alone(store.conn):
            yield
    except journal.FileInUse as in_use:
        raise EnvironmentProblem(f"{OPEN_ELSEWHERE} ({in_use})") from in_use


def _kept_name(db_path: Path) -> str:
    """A new name beside the database for the contents a restore replaces (never an earlier one's)."""
    stamp = osenv.now().strftime("%Y%m%d-%H%M%S")
    name, number = f"{db_path.stem}.ersatt-{stamp}.db", 1
    while db_path.with_name(name).exists():
        number += 1
        name = f"{db_path.stem}.ersatt-{stamp}-{number}.db"
    return name


def _move_aside(db_path: Path, name: str) -> Path | None:
    """Rename an unusable database (and its journal files) out of the way, keeping it for inspection."""
    if not db_path.exists():
        return None
    kept = db_path.with_name(name)
    for suffix in ("-wal", "-shm", "-journal"):
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            sidecar.rename(kept.with_name(kept.name + suffix))
    db_path.rename(kept)
    return kept


def _record_restore(store: Store, source: Path, kept: Path | None) -> None:
    """The restore itself goes into the (restored) audit log, and marks older backups as no anchor."""
    with store.transaction() as conn:
        settings.put(conn, RESTORED_SETTING, osenv.now().isoformat())  # full precision: compared with file times
        audit.append(store, action="update", entity="database", entity_id=1, summary="Databasen återställd",
                     old={"file": str(kept) if kept else None}, new={"file": str(source)},
                     context="återställning från säkerhetskopia")
        # The restored log is shorter than the one it replaced: under the same id, the writes that follow
        # would repeat numbers other workstations have already seen for other writes.
        identity.renew(store, "återställd från säkerhetskopia")


def _check_backup(source: Path) -> None:
    """The backup must be a whole Lägesbild database whose data agree with its log.

    It is checked as a copy brought up to the current schema, so that a backup made by an
    older version (fewer tables) is checked like a current one; the backup itself is not touched.
    """
    import tempfile

    try:
        inspect_existing(source)
    except DatabaseRefused as refused:
        raise DatabaseRefused(refused.message.replace("Databasen", "Säkerhetskopian", 1)) from None
    conn = connect_readonly(source)
    try:
        if not audit.is_lagesbild_log_present(conn):
            raise DatabaseRefused(f"Säkerhetskopian {source} är ingen Lägesbild-databas")
        with tempfile.TemporaryDirectory() as folder:
            copy = _backup().backup_to(conn, Path(folder) / source.name)
            checked = open_database(copy, create=False)
            try:
                report = _integrity().check(checked.conn)
            finally:
                checked.close()
    except sqlite3.Error as exc:
        raise DatabaseRefused(f"Säkerhetskopian {source} kan inte läsas ({exc}); inget har ersatts") from exc
    finally:
        conn.close()
    if not report.ok:
        raise DatabaseRefused(
            f"Säkerhetskopian {source} klarar inte kontrollen ({report.problems[0]}); inget har ersatts"
        )


SHARED_ELSEWHERE = ("Databasen är öppen i ett annat fönster eller på en annan dator. Stäng dem först: läget "
                    "(delad eller lokal) byts för alla som använder filen. Inget har ändrats")


def set_shared(store: Store, shared: bool) -> bool:
    """Mark the file as shared between workstations (rollback journal instead of WAL), or not; logged.

    The journal mode changes at once, here, which SQLite allows only while no other program has the
    file open: while one does, nothing is changed (otherwise every later writer would wait for it and
    fail). Returns whether anything changed."""
    was = store.setting(SHARED_SETTING) == "1"
    wanted = "delete" if shared or is_network_path(store.path) else "wal"
    try:
        journal.switch_journal_mode(store.conn, wanted)
    except journal.FileInUse as in_use:
        raise EnvironmentProblem(SHARED_ELSEWHERE) from in_use
    store.shared = wanted == "delete"
    if was == shared:
        return False
    with store.transaction() as conn:
        settings.put(conn, SHARED_SETTING, "1" if shared else "0")
        audit.append(store, action="update", entity="database", entity_id=1,
                     summary="Delad fil (nätverksenhet)" if shared else "Lokal fil",
                     old={"shared": was}, new={"shared": shared}, context="shared on" if shared else "shared off")
    return True


def _integrity():
    from lagesbild_desktop.store import integrity  # only for `check` and `restore`

    return integrity


def _backup():
    from lagesbild_desktop.store import backup  # after the first paint, or for a command

    return backup
