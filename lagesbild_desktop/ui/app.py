"""Starting the GUI (PySide6 is imported only here, so the command line stays fast)."""

import argparse
import sys
import time

_STARTED = time.perf_counter()


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lagesbild_desktop.errors import LagesbildError
    from lagesbild_desktop.services import maintenance
    from lagesbild_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Lägesbild")
    try:
        store = maintenance.open_store(getattr(args, "db", None),
                                       shared=True if getattr(args, "shared", False) else None)
    except LagesbildError as error:
        QMessageBox.critical(None, "Lägesbild", error.message)
        print(f"lagesbild: {error.message}", file=sys.stderr)
        return error.exit_code
    try:
        maintenance.daily_backup(store)
    except LagesbildError as error:  # a failed backup must not stop the meeting; it is shown in the window
        backup_problem = error.message
    else:
        backup_problem = None
    window = MainWindow(store, backup_problem=backup_problem)
    if getattr(args, "smoke_test", False):
        window.first_paint.connect(lambda: _report_first_paint(app))
    window.show()
    code = app.exec()
    store.close()
    return code


def _report_first_paint(app) -> None:
    print(f"Första ritning efter {(time.perf_counter() - _STARTED) * 1000:.0f} ms")
    app.quit()
