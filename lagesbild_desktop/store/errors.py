"""Turning SQLite's errors into messages a user can act on."""

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
