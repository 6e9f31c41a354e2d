"""The window's side of a bug (crash.py): a dialog that says what happened and where the report is.

Installed as sys.excepthook by ui/app.py, so an exception nobody expected — in a slot, a timer, a
worker's result — is not lost in a windowed program without a console. The window stays open: every
change is already saved, and the user may go on or close.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lagesbild_desktop import crash

translate = QCoreApplication.translate


class CrashDialog(QDialog):
    def __init__(self, error: BaseException, report: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("CrashDialog", "Ett fel i programmet"))
        self.report = report
        where = (translate("CrashDialog", "En rapport om felet har sparats i {path}. Skicka den gärna till IT.")
                 .format(path=report) if report else
                 translate("CrashDialog", "Rapporten kunde inte sparas; den skrevs till programmets utdata."))
        text = QLabel(translate("CrashDialog", "Något gick fel i programmet ({kind}: {error}). Det var inte något du "
                                               "gjorde fel.\n\nDet som redan har sparats är sparat: varje ändring "
                                               "skrivs till databasen i samma stund som den görs.\n\n{where}").format(
            kind=type(error).__name__, error=error, where=where), self)
        text.setWordWrap(True)
        text.setObjectName("crashText")
        self.copy_button = QPushButton(translate("CrashDialog", "&Kopiera rapporten"), self)
        self.copy_button.setObjectName("copyCrashReport")
        self.copy_button.setEnabled(report is not None)
        self.copy_button.clicked.connect(self.copy_report)
        close = QPushButton(translate("CrashDialog", "&Stäng"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.resize(640, 260)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(crash.report_text(self.report))
        self.copy_button.setText(translate("CrashDialog", "Kopierad"))


def show_crash(dialog: CrashDialog) -> None:
    """Shown modally (tests answer this instead)."""
    dialog.exec()


def install(database: Path | None) -> None:
    """Every uncaught exception from here on: a report, the dialog, and a line on stderr."""
    previous = sys.excepthook

    def hook(kind, error, trace):
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        report = crash.write_report(error, database, "fönstret")
        print(crash.command_line_message(error, report), file=sys.stderr)
        if QApplication.instance() is not None:
            show_crash(CrashDialog(error, report, QApplication.activeWindow()))

    sys.excepthook = hook
