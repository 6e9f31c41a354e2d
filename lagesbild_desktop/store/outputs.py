"""Outputs (exports, reports, exchange files, pictures, backups) never land on a database.

A file written over the database, over one of SQLite's files beside it (-wal, -shm, -journal), or
over another Lägesbild database that is open, destroys committed grades; SQLite cannot notice (its
own file is replaced from outside). Every writer asks here first, before it writes anything.
"""

import os
from pathlib import Path

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.store.fileheader import APPLICATION_ID, HeaderProblem, read_header

SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_database(path: Path) -> bool:
    """A Lägesbild database, by its header alone (nothing is opened)."""
    try:
        return path.is_file() and read_header(path).application_id == APPLICATION_ID
    except (OSError, HeaderProblem):
        return False


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


def _in_use(database: Path) -> bool:
    """Open somewhere: a WAL database has its -wal/-shm while open; a rollback journal while it writes."""
    journal = database.with_name(database.name + "-journal")
    return any(database.with_name(database.name + suffix).exists() for suffix in ("-wal", "-shm")) or (
        journal.exists() and journal.stat().st_size > 0)


def refuse_database_target(out: Path | str, *, database: Path | None = None, backup: bool = False) -> None:
    """Raise InvalidInput (exit 2) if writing `out` would overwrite a database or one of its files.

    database: the database the command has open (refused under any name that reaches it).
    backup: a backup may replace an older backup (a database no one has open), nothing else.
    """
    target = Path(out)
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
    if _in_use(owner):
        raise InvalidInput(f"{target} är en Lägesbild-databas som är öppen: välj ett annat filnamn. Inget har "
                           "skrivits")
