"""Turning SQLite's errors into messages a user can act on."""

import errno
import sqlite3

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
}


def os_message(exc: OSError) -> str:
    """The operating system's complaint in Swedish (its own text is English)."""
    return _OS_MESSAGES.get(exc.errno, exc.strerror or str(exc))
