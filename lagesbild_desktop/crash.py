"""A bug shows itself: an unexpected exception is written to a crash report and said to be one.

Every error the program expects is one of its own types (errors.py), with a message for the user.
Anything else is a bug: it is never dressed up as a disk or file problem. The report says what
happened (the traceback), with what (program, Python, Qt, SQLite and system versions) and what the
database's log says was done last; it goes to the user's data folder, where IT can pick it up. No
text a user typed is in it (the log's summaries name areas and weeks, never notes).
"""

import datetime as dt
import platform
import sqlite3
import sys
import traceback
from pathlib import Path

REPORT_FOLDER = "kraschrapporter"
EXIT_CODE = 70  # EX_SOFTWARE (sysexits.h): the program failed, not the input or the environment
SAFE = ("Det som redan har sparats är sparat: varje ändring skrivs till databasen i samma stund som den görs.")


def report_folder() -> Path:
    from lagesbild_desktop.paths import default_db_path

    return default_db_path().parent / REPORT_FOLDER


def _versions() -> list[str]:
    from lagesbild_desktop import __version__

    lines = [f"Lägesbild Desktop {__version__}", f"Python {sys.version.split()[0]} ({platform.platform()})",
             f"SQLite {sqlite3.sqlite_version}"]
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        lines.append(f"Qt {qt.qVersion()}, PySide6 {sys.modules['PySide6'].__version__}")
    return lines


def _last_entries(database: Path | None, count: int = 10) -> list[str]:
    """The database's newest log entries; whatever goes wrong reading them, the report is still written."""
    try:
        if database is None or not database.exists():
            return []
        # Imported here, inside the try: the report is written even when one of these is what broke.
        from lagesbild_desktop.store.audit import newest_first
        from lagesbild_desktop.store.fileuri import connect_readonly

        conn = connect_readonly(database, timeout=1)
        try:
            rows = [(entry_id, at, user, action, summary, context)
                    for entry_id, at, user, action, _entity, _id, summary, _old, _new, context
                    in newest_first(conn, count)]
        finally:
            conn.close()
    except Exception as exc:  # noqa: BLE001 - the report of one bug must not fail on another
        return [f"(ändringsloggen kunde inte läsas: {type(exc).__name__}: {exc})"]
    return ["\t".join(str(item) for item in row) for row in rows]


def write_report(error: BaseException, database: Path | None = None, where: str = "") -> Path | None:
    """The report's file, or None if even that could not be written (then the text goes to stderr)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "\n".join([
        f"Kraschrapport {stamp}{' – ' + where if where else ''}", "", *_versions(), "",
        "Fel:", "".join(traceback.format_exception(type(error), error, error.__traceback__)), "",
        f"Databas: {database or '–'}", "Senaste posterna i ändringsloggen (nyast först):",
        *(_last_entries(database) or ["–"]), ""])
    try:
        folder = report_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"krasch-{stamp}.txt"
        number = 1
        while path.exists():
            number += 1
            path = folder / f"krasch-{stamp}-{number}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        print(text, file=sys.stderr)
        return None


def report_text(path: Path | None) -> str:
    try:
        return path.read_text(encoding="utf-8") if path else ""
    except OSError:
        return ""


def command_line_message(error: BaseException, path: Path | None) -> str:
    where = f" Rapporten: {path}" if path else " Rapporten skrevs på stderr ovan."
    return (f"lagesbild: ett fel i programmet (inte i det du angav): {type(error).__name__}: {error}. {SAFE}{where}")
