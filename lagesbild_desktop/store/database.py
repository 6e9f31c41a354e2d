"""Opening the database file: checks, pragmas, migrations, first-time creation.

`open_database()` is the one way in, for the program and the tests alike. A
file that is not ours, damaged, or written by a newer program is refused
before SQLite is allowed to write to it.
"""

import os
import sqlite3
import time
from pathlib import Path

from lagesbild_desktop.errors import DatabaseRefused, EnvironmentProblem
from lagesbild_desktop.store import migrations, settings
from lagesbild_desktop.store.backup import backup_to
from lagesbild_desktop.store.connection import BUSY_TIMEOUT_MS, Store, integrity_problem, refuse
from lagesbild_desktop.store.errors import environment_problem, os_message, refuse_unusable_path
from lagesbild_desktop.store.fileheader import APPLICATION_ID, HeaderProblem, read_header
from lagesbild_desktop.store.fileuri import connect_readonly, sqlite_path
from lagesbild_desktop.store.identity import ensure_own_identity
from lagesbild_desktop.store.network import is_network_path

SHARED_SETTING = "shared_file"
# The files put beside the database have names up to this much longer (.senaste-utbyte.skrivs,
# .ersatt-DATE-TIME-N.db, -journal): a name that leaves no room for them is refused up front.
DATABASE_ROOM = 32
RESTORED_SETTING = "restored_at"


def _connect(path: Path, *, shared: bool) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write goes through
    # Store.transaction(), so nothing is ever left uncommitted by accident.
    conn = sqlite3.connect(sqlite_path(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL is not safe on network shares (SQLite's wal.html): use the rollback journal there.
    mode = "delete" if shared else "wal"
    actual = _set_journal_mode(conn, mode)
    if actual.lower() != mode:
        conn.close()
        raise EnvironmentProblem(
            f"Databasen kunde inte ställas i läget '{mode}' (den är öppen i ett annat läge på en annan dator?)"
        )
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _set_journal_mode(conn: sqlite3.Connection, mode: str) -> str:
    # Changing the journal mode needs the file to itself, and SQLite does not wait
    # for that through the busy timeout: retry while another program opens it too.
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def inspect_existing(path: Path, *, verify: bool = True) -> bool:
    """Refuse a foreign, damaged or future-version file without modifying it.

    Returns whether the user marked the file as shared between workstations.
    verify=False leaves out the page-by-page integrity check; the caller then
    runs Store.verify_integrity() before it writes anything.
    """
    try:
        header = read_header(path)
    except HeaderProblem as problem:
        raise refuse(path, str(problem)) from None
    except OSError as exc:
        raise EnvironmentProblem(f"Databasen {path} kunde inte läsas: {os_message(exc)}") from exc
    if header.application_id != APPLICATION_ID:
        # Only an empty, untouched SQLite file may become ours.
        blank = (header.page_count or 1) <= 1 and header.user_version == 0 and header.application_id == 0
        if not blank or not _inspect(path, lambda conn: _count(conn, "sqlite_master") == 0):
            raise refuse(path, "den är en SQLite-databas från ett annat program, inte en Lägesbild-databas")
        return False
    if header.user_version > migrations.latest_version():
        raise refuse(
            path,
            f"den är skapad av en nyare version av Lägesbild (schemaversion {header.user_version}, "
            f"detta program kan version {migrations.latest_version()}). Uppdatera programmet",
        )
    return _inspect(path, lambda conn: _check_ours(conn, verify))


def _count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _check_ours(conn: sqlite3.Connection, verify: bool) -> bool:
    if verify and (problem := integrity_problem(conn)):
        raise HeaderProblem(problem)
    # The header read earlier misses changes still in the WAL; ask SQLite too.
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if migrations.unknown_applied(conn) or version > migrations.latest_version():
        raise HeaderProblem("den är skapad av en nyare version av Lägesbild. Uppdatera programmet")
    try:
        marked = settings.get(conn, SHARED_SETTING)
    except sqlite3.OperationalError:  # a blank file being initialised has no settings yet
        return False
    return marked == "1"


def _inspect(path: Path, examine):
    """Run `examine(conn)` on a connection that cannot change the file.

    Read-only, unless a crash left something SQLite must repair before anyone
    reads: a hot journal (rollback-journal mode) or a WAL index to rebuild (WAL
    mode; a read-only connection then reports "readonly"). That repair is
    SQLite's normal recovery and needs a writable connection. A read-only
    connection to a WAL-mode file creates empty -wal/-shm files; if the file is
    refused they are removed again.
    """
    journal = path.with_name(path.name + "-journal")
    hot_journal = journal.exists() and journal.stat().st_size > 0
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    try:
        try:
            return _examine(path, examine, writable=hot_journal)
        except _NeedsRecovery:
            return _examine(path, examine, writable=True)
    except DatabaseRefused:
        wal, shm = sidecars
        if not any(existed) and (not wal.exists() or wal.stat().st_size == 0):
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)
        raise


class _NeedsRecovery(Exception):
    """A read-only look found the file waiting for SQLite's crash recovery."""


def _examine(path: Path, examine, *, writable: bool):
    try:
        conn = (sqlite3.connect(sqlite_path(path), timeout=BUSY_TIMEOUT_MS / 1000) if writable
                else connect_readonly(path, BUSY_TIMEOUT_MS / 1000))
    except sqlite3.Error as exc:
        raise refuse(path, f"den kunde inte öppnas ({exc})") from exc
    try:
        return examine(conn)
    except HeaderProblem as problem:
        raise refuse(path, str(problem)) from None
    except sqlite3.OperationalError as exc:
        if not writable and "readonly" in str(exc).lower():
            raise _NeedsRecovery from exc
        problem = environment_problem(exc)
        if problem:
            raise problem from exc
        raise refuse(path, f"den är skadad ({exc})") from exc
    except sqlite3.DatabaseError as exc:
        raise refuse(path, f"den är skadad ({exc})") from exc
    finally:
        conn.close()


def _decide_shared(path: Path, requested: bool | None, marked: bool) -> bool:
    if requested is not None:
        return requested
    return marked or os.environ.get("LAGESBILD_SHARED") == "1" or is_network_path(path)


def open_database(path: Path | str, *, shared: bool | None = None, create: bool = True,
                  verify: bool = True, claim_identity: bool = True) -> Store:
    """Open (or create) the database at `path`, migrated to the current schema.

    verify=False: the window opens before the integrity check, which it runs right
    after its first paint and before it handles any key press (see ui/app.py).
    claim_identity=False: only reading follows, so a copied file is left as it is (a backup opened to
    be checked must not change); what writes or sends anything claims an id of its own first.
    """
    path = Path(path)
    refuse_unusable_path(path, "Databasen", room=DATABASE_ROOM)
    if path.is_dir():
        raise DatabaseRefused(f"{path} är en mapp, inte en databasfil")
    if not path.exists():
        if not create:
            raise DatabaseRefused(f"Databasen {path} finns inte")
        _create(path)
    if not _writable(path):
        return _open_read_only(path, verify)
    marked_shared = inspect_existing(path, verify=verify)
    is_shared = _decide_shared(path, shared, marked_shared)
    try:
        conn = _connect(path, shared=is_shared)
    except sqlite3.Error as exc:
        raise (environment_problem(exc) or refuse(path, str(exc))) from exc
    store = Store(conn, path, is_shared)
    try:
        _migrate(store)
        store.rules = _kinds_rules
        if verify and claim_identity:  # else the caller does it after verify_integrity(), before writing
            store.identity_note = ensure_own_identity(store)
    except BaseException:
        store.close()
        raise
    return store


def _kinds_rules(entity: str, value: dict, context: str) -> None:
    """The registry's rules for every audited write (loaded at the first write, not with the window)."""
    from lagesbild_desktop.store.kinds import guard

    guard(entity, value, context)


def _writable(path: Path) -> bool:
    """The file can be written, and so can its folder (SQLite writes its journal or WAL beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(path: Path, verify: bool) -> Store:
    """A file on a read-only disk or without write permission: what only reads works, nothing writes.

    Nothing is changed: no journal mode, no migration (a file from an older version must be upgraded
    where it can be written), no identity. A write is refused by SQLite and said as such.
    """
    inspect_existing(path, verify=verify)
    try:
        conn = connect_readonly(path, BUSY_TIMEOUT_MS / 1000)
        conn.isolation_level = None
        pending = migrations.pending(conn)
    except sqlite3.Error as exc:
        raise (environment_problem(exc) or refuse(path, str(exc))) from exc
    if pending:
        conn.close()
        raise EnvironmentProblem(f"Databasen {path} är från en äldre version och behöver uppgraderas, men filen går "
                                 "inte att skriva (skrivskyddad fil eller disk). Kopiera den dit den kan skrivas, "
                                 "eller be IT om behörighet")
    store = Store(conn, path, shared=False)
    store.read_only = True
    return store


def bring_up_to_date(store: Store) -> None:
    """Apply the migrations an open database lacks (after an older backup was restored into it)."""
    _migrate(store)


def _migrate(store: Store) -> None:
    todo = migrations.pending(store.conn)
    if not todo:
        return
    if migrations.applied_names(store.conn):
        # An existing database gets a copy before its schema changes.
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        backup_to(store.conn, store.path.with_name(f"{store.path.stem}.fore-uppgradering-v{version}.db"))
    with store.transaction() as conn:
        migrations.apply_pending(conn)
        if not store.setting("created_at"):
            _seed(store)


def _seed(store: Store) -> None:
    from lagesbild_desktop.store import seeding  # only when a database is made: not at every start

    seeding.seed(store)


def _create(path: Path) -> None:
    """Create a new database atomically: built aside, then renamed into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(f"Mappen {path.parent} kunde inte skapas: {os_message(exc)}") from exc
    temp = path.with_name(f".{path.name}.skapas-{os.getpid()}")
    try:
        temp.unlink(missing_ok=True)
        conn = sqlite3.connect(sqlite_path(temp), isolation_level=None)
        conn.execute("PRAGMA user_version").fetchone()  # the file is made only at the first statement
    except (OSError, sqlite3.Error) as exc:
        why = os_message(exc) if isinstance(exc, OSError) else "mappen går inte att skriva i"
        raise EnvironmentProblem(f"Databasen {path} kan inte skapas: {why}") from exc
    try:
        conn.execute("PRAGMA journal_mode = delete")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(conn, path, shared=False)
        with store.transaction():
            migrations.apply_pending(conn)
            _seed(store)
        conn.close()
        _fsync_file(temp)
        _move_into_place_unless_exists(temp, path)
        _fsync_dir(path.parent)
    except BaseException:
        conn.close()
        raise
    finally:
        temp.unlink(missing_ok=True)


def _move_into_place_unless_exists(temp: Path, path: Path) -> None:
    """Never replace a database another program created meanwhile (it may already hold grades)."""
    try:
        if os.name == "posix":
            os.link(temp, path)  # fails if path exists; the temp name is removed by the caller
        else:
            os.rename(temp, path)  # on Windows rename fails if the target exists
    except FileExistsError:
        pass


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows cannot flush a read-only handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
