"""Outputs (exports, reports, exchange files, pictures, backups) never land on a database.

A file written over the database, over one of SQLite's files beside it (-wal, -shm, -journal), or
over another Lägesbild database that is open, destroys committed grades; SQLite cannot notice (its
own file is replaced from outside). Every writer asks here first, before it writes anything.
"""

import os
from pathlib import Path

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.store.fileheader import APPLICATION_ID, FileHeader, HeaderProblem, read_header
from lagesbild_desktop.store.identity import is_in_place

SIDE_FILES = ("-wal", "-shm", "-journal")
OUTPUT_ROOM = 20  # an output is written beside itself under a longer name first (.NAME.skrivs-PID)


def _header(path: Path) -> FileHeader | None:
    """A Lägesbild database's header (nothing is opened); None for any other file."""
    try:
        header = read_header(path) if path.is_file() else None
    except (OSError, HeaderProblem):
        return None
    return header if header is not None and header.application_id == APPLICATION_ID else None


def _is_database(path: Path) -> bool:
    return _header(path) is not None


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _owner(target: Path) -> Path | None:
    """The database `target` is, or is one of the side files of."""
    for suffix in SIDE_FILES:
        base = target.with_name(target.name[: -len(suffix)]) if target.name.endswith(suffix) else None
        if base is not None and _is_database(base):
            return base
    return target if _is_database(target) else None


def _open_now(database: Path) -> bool:
    """A WAL database has its -wal and -shm while a program has it open (one in rollback mode, a shared
    file, leaves no trace between writes: is_in_place() tells that one from a backup)."""
    header = _header(database)
    return header is not None and header.wal and any(
        database.with_name(database.name + suffix).exists() for suffix in SIDE_FILES)


def refuse_database_target(out: Path | str, *, database: Path | None = None, backup: bool = False) -> None:
    """Raise InvalidInput (exit 2) if writing `out` would overwrite a database or one of its files.

    database: the database the command has open (refused under any name that reaches it).
    backup: a backup may replace an older backup (a database no one has open), nothing else.
    """
    target = Path(out)
    if target.exists() and not target.is_file() and not target.is_dir():
        # A device (/dev/null, a printer port), a named pipe or a socket: renamed over, it would be gone.
        raise InvalidInput(f"{target} är ingen vanlig fil (en enhet eller liknande): välj ett filnamn. Inget har "
                           "skrivits")
    if database is not None:
        for suffix in ("", *SIDE_FILES):
            own = database.with_name(database.name + suffix)
            if target.absolute() == own.absolute() or _same(target, own):
                raise InvalidInput(f"{target} är {'databasen' if not suffix else 'en av databasens filer'} som "
                                   "används: välj ett annat filnamn. Inget har skrivits")
    owner = _owner(target)
    if owner is None:
        return
    if owner != target:
        raise InvalidInput(f"{target} hör till Lägesbild-databasen {owner.name} (SQLite:s fil bredvid den): välj ett "
                           "annat filnamn. Inget har skrivits")
    if not backup:
        raise InvalidInput(f"{target} är en Lägesbild-databas: välj ett annat filnamn. Inget har skrivits")
    if _open_now(owner):
        raise InvalidInput(f"{target} är en Lägesbild-databas som är öppen: välj ett annat filnamn. Inget har "
                           "skrivits")
    if is_in_place(owner):  # someone's database (open or not), not an older backup
        raise InvalidInput(f"{target} är en Lägesbild-databas som används, inte en säkerhetskopia: välj ett annat "
                           "filnamn. Inget har skrivits")
