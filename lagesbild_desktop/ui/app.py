"""Starting the GUI. The command line imports this module (and PySide6) only to open the window or
to draw a picture, so that its other commands stay fast."""

import argparse
import os
import sys
import time

_STARTED = time.perf_counter()


def choose_language(requested: str | None) -> str:
    """--lang wins; otherwise English for an English system locale, Swedish for everything else."""
    if requested:
        return requested
    from PySide6.QtCore import QLocale

    return "en" if QLocale.system().language() == QLocale.Language.English else "sv"


def install_translators(app, lang: str) -> list:
    """The program's own strings (written in Swedish) and Qt's standard buttons in the chosen language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from lagesbild_desktop.paths import resources_dir

    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    if lang != "sv":
        candidates.append((f"lagesbild_{lang}", str(resources_dir() / "translations")))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def no_display() -> bool:
    """Linux without X11 or Wayland (a server, CI): Qt would abort with an English message."""
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def ensure_platform(headless_ok: bool) -> str | None:
    """Use Qt's offscreen platform where that is enough; returns an error text where it is not."""
    import os

    if no_display():
        if headless_ok:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        else:
            return "ingen skärm hittades (varken X11 eller Wayland); starta programmet på skrivbordet"
    return None


def start_week(year_text: str | None, week_text: str | None):
    """The ISO week the meeting opens on: --year/--week, else the current week."""
    from lagesbild_desktop import osenv
    from lagesbild_desktop.domain.isoweek import validate_week, week_of

    today = week_of(osenv.today())
    if year_text is None and week_text is None:
        return today
    year = year_text if year_text is not None else today.year
    week = week_text if week_text is not None else (today.week if int(str(year)) == today.year else 1)
    return validate_week(year, week)


def window_icon():
    """The program's icon (resources/icons, drawn by tools/make_icon.py) for its windows and the task bar."""
    from PySide6.QtGui import QIcon

    from lagesbild_desktop.paths import resources_dir

    return QIcon(str(resources_dir() / "icons" / "lagesbild.png"))


def run_gui(args: argparse.Namespace) -> int:
    from lagesbild_desktop.errors import DatabaseRefused, LagesbildError

    try:  # bad --year/--week is reported like every other bad input, before any window opens
        year, week = start_week(getattr(args, "year", None), getattr(args, "week", None))
    except LagesbildError as error:
        print(f"lagesbild: {error.message}", file=sys.stderr)
        return error.exit_code

    problem = ensure_platform(headless_ok=getattr(args, "smoke_test", False))
    if problem:
        print(f"lagesbild: {problem}", file=sys.stderr)
        return 3

    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.services import maintenance
    from lagesbild_desktop.ui.main_window import MainWindow
    from lagesbild_desktop.ui.settings import UiSettings
    from lagesbild_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Lägesbild")
    lang = choose_language(getattr(args, "lang", None))
    install_translators(app, lang)
    settings = UiSettings()
    apply_theme(app, point_size=settings.point_size)
    smoke_test = getattr(args, "smoke_test", False)

    def refused(error: LagesbildError) -> int:
        print(f"lagesbild: {error.message}", file=sys.stderr)
        if not smoke_test:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "Lägesbild", error.message)
        return error.exit_code

    try:
        # The page-by-page check runs right after the first paint (below), before any key is handled.
        store = maintenance.open_store(getattr(args, "db", None) or None, verify=False,
                                       shared=True if getattr(args, "shared", False) else None)
    except LagesbildError as error:
        return refused(error)
    import sqlite3

    from lagesbild_desktop.ui import crash_dialog

    crash_dialog.install(store.path)  # a bug from here on is reported and shown, not lost
    try:
        window = MainWindow(store, year=year, week=week, lang=lang, settings=settings)
    except sqlite3.DatabaseError as error:
        store.close()
        return refused(DatabaseRefused(f"Databasen {store.path} kan inte användas: den är skadad ({error})"))
    outcome = {"code": 0}

    def after_first_paint() -> None:
        if smoke_test:  # measures and leaves: it writes nothing, so it needs no check and no backup
            print(f"Första ritning efter {(time.perf_counter() - _STARTED) * 1000:.0f} ms", flush=True)
            # Nothing to save and the database is closed cleanly: skip tearing down every widget and
            # module one by one (packaging checks and benchmarks run this many times).
            store.close()
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:  # a windowed program on Windows has neither
                    stream.flush()
            os._exit(0)
        app.setWindowIcon(window_icon())  # after the first paint: loading it is not worth a later start
        # Runs inside the paint's own event, so no key press can be handled (and written) before it.
        try:
            store.verify_integrity()
            identity_note = maintenance.ensure_identity(store)
        except LagesbildError as error:
            window.hide()
            outcome["code"] = refused(error)
            app.exit(outcome["code"])
            return
        if identity_note:
            window.recorder.failed.emit(identity_note)
        # The day's backup waits until the window is up: the meeting must not wait for it.
        try:
            maintenance.daily_backup(store)
        except LagesbildError as error:
            window.recorder.failed.emit(error.message)

    window.first_paint.connect(after_first_paint)
    if getattr(args, "smoke_test", False):
        window.show()
    else:
        window.showMaximized()  # the room reads it from a projector: use the whole screen
    window.raise_()
    window.activateWindow()
    window.meeting.focus_row(0)  # digits typed right away grade the first area
    code = app.exec()
    window.close()
    window.deleteLater()
    store.close()
    return outcome["code"] or code
