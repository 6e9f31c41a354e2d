"""Where the program finds its shipped files and keeps the user's data.

`resources/` and `db/` sit at the top of the source tree. An installed wheel
carries them inside the package (see pyproject.toml) and a frozen build
(PyInstaller) unpacks them beside the executable, so each is looked for in
those three places.
"""

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "Lagesbild"
APP_AUTHOR = "Lagesbild"
DB_FILENAME = "lagesbild.db"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR / name)  # installed wheel
    found.append(_PACKAGE_DIR.parent / name)  # source tree / editable install
    return found


@cache
def shipped_dir(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Programfilerna saknar mappen '{name}' (installationen är ofullständig)")


def resources_dir() -> Path:
    return shipped_dir("resources")


def migrations_dir() -> Path:
    return shipped_dir("db") / "migrations"


def guide_path() -> Path:
    """The user guide (Markdown with its screenshots beside it in screenshots/)."""
    return shipped_dir("docs") / "anvandarguide.md"


def default_db_path() -> Path:
    """The database used when no --db is given: the user's data directory.

    LAGESBILD_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get("LAGESBILD_DATA_DIR")
    if override:
        return Path(override) / DB_FILENAME
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / DB_FILENAME


def exchange_marks_dir() -> Path:
    """Where the program notes, per database id, the last log entry its exchange files handed out: in the
    user's profile, apart from the database's folder, so that a folder backup put back (the database and
    the note beside it together) cannot take it back too. Windows: the roaming profile (%APPDATA%), the
    database being in the local one. LAGESBILD_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("LAGESBILD_DATA_DIR")
    if override:
        return Path(override) / "utbyten"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR, roaming=True)) / "utbyten"
