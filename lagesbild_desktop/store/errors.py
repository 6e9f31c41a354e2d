"""Turning SQLite's errors into messages a user can act on."""

import contextlib
import errno
import os
import shutil
import sqlite3
from pathlib import Path

from lagesbild_desktop.errors import EnvironmentProblem


def environment_problem(exc: sqlite3.Error) -> EnvironmentProblem | None:
    """The user-facing error for an environment failure, or None if it looks like a bug."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(
            "Databasen är upptagen av ett annat fönster eller en annan dator. Försök igen om en stund."
        )
    if "full" in text:
        return EnvironmentProblem("Disken är full: inget har sparats. Frigör utrymme och försök igen.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return EnvironmentProblem("Databasfilen är skrivskyddad: inget har sparats. Kontrollera behörigheten.")
    if "disk i/o" in text or "unable to open" in text:
        return EnvironmentProblem(
            "Databasfilen kunde inte läsas eller skrivas (diskfel eller borttappad nätverksenhet)."
        )
    return None


_OS_MESSAGES = {
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EEXIST: "det finns redan en fil med det namnet",
    errno.EISDIR: "det är en mapp",
    errno.ENOTDIR: "en del av sökvägen är en fil, inte en mapp",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "enheten är skrivskyddad",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.ELOOP: "sökvägen går i cirkel (symboliska länkar)",
    errno.EINVAL: "ogiltigt filnamn",
}


def os_message(exc: OSError) -> str:
    """The operating system's complaint in Swedish (its own text is English)."""
    return _OS_MESSAGES.get(exc.errno, exc.strerror or str(exc))


def where_it_cannot_be_written(path: Path) -> str:
    """Why a file could not be made at `path`, when the library that failed did not say (Qt, SQLite)."""
    folder = path.parent
    if not folder.is_dir():
        return "mappen finns inte"
    if not os.access(folder, os.W_OK):
        return "mappen går inte att skriva i"
    with contextlib.suppress(OSError):
        usage = shutil.disk_usage(folder)
        if usage.total and usage.free < 1024 * 1024:  # (a system folder like /proc has no size at all)
            return "disken är full"
    return "filen kunde inte skapas där (mappen går inte att skriva i, eller disken är full)"


def refuse_unusable_path(path: Path, what: str, *, room: int = 0) -> None:
    """EnvironmentProblem when a path a user gave cannot even be looked up (a name too long, links in a
    circle, a folder that may not be looked into): said before anything is done, not found halfway.
    room: the program puts files beside it whose names are up to that many characters longer."""
    probes = [path]
    if room and path.name:
        probes.append(path.with_name(path.name + "x" * room))
    for probe in probes:
        try:
            os.stat(probe)
        except (FileNotFoundError, NotADirectoryError):
            continue  # not there (yet): for the caller to decide
        except (OSError, ValueError) as exc:  # ValueError: a NUL character in the name
            reason = os_message(exc) if isinstance(exc, OSError) else "ogiltigt tecken i namnet"
            if probe is not path and isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
                reason = f"namnet är för långt (programmet lägger filer med {room} tecken längre namn bredvid)"
            raise EnvironmentProblem(f"{what} {path} kan inte användas: {reason}") from exc
