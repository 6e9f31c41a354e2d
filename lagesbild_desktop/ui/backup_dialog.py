"""Backups from the window: the automatic ones listed, a copy made on demand, and a restore.

Officials cannot be expected to restore from a command prompt. A restore replaces every
grade with an older state, so it asks first, keeps the replaced contents aside, and is
written into the (restored) change log like any other change.
"""

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import maintenance
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.busy import busy


class BackupDialog(QDialog):
    restored = Signal(object)  # maintenance.RestoreResult, after the database took a backup's contents

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.folder, _listed = maintenance.automatic_backups(store)
        about = QLabel(self.tr("Programmet gör en säkerhetskopia första gången det startas varje dag och "
                               "sparar de tio senaste i {folder}.").format(folder=self.folder), self)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(self.tr("Automatiska säkerhetskopior, nyast först"))
        self.backups.itemActivated.connect(lambda _item: self.restore_chosen())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make = QPushButton(self.tr("&Gör en säkerhetskopia nu…"), self)
        make.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Återställ den valda…"), self)
        self.restore_button.clicked.connect(self.restore_chosen)
        from_file = QPushButton(self.tr("Återställ från en &fil…"), self)
        from_file.clicked.connect(self.restore_from_file)
        close = QPushButton(self.tr("Stäng"), self)
        close.clicked.connect(self.reject)
        for button in (make, self.restore_button, from_file, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (make, self.restore_button, from_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        self.backups.clear()
        for path in reversed(maintenance.automatic_backups(self.store)[1]):
            item = QListWidgetItem(self._describe(path), self.backups)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.restore_button.setEnabled(self.backups.count() > 0)
        if self.backups.count():
            self.backups.setCurrentRow(0)
            self.backups.setFocus()

    def _describe(self, path: Path) -> str:
        try:
            when = dt.date(*(int(part) for part in path.stem.rsplit("-", 3)[-3:])).isoformat()
        except ValueError:
            when = path.name
        return self.tr("{when} · {size} kB").format(when=when, size=max(1, path.stat().st_size // 1024))

    # -- asked of the user (tests answer these instead) -----------------------------------------

    def choose_backup_target(self) -> str:
        suggested = Path.home() / f"{self.store.path.stem}-{dt.date.today().isoformat()}.db"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Spara säkerhetskopia"), str(suggested),
                                                    self.tr("Lägesbild-databas (*.db)"))
        return path

    def choose_backup_source(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Välj säkerhetskopia att återställa"),
                                                    str(self.folder),
                                                    self.tr("Lägesbild-databas (*.db);;Alla filer (*)"))
        return path

    def confirm_restore(self, source: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Återställ säkerhetskopia"),
            self.tr("Alla bedömningar, händelser och texter ersätts med dem i {name}. Det som sparats efter "
                    "kopian finns kvar i en undansparad fil bredvid databasen, och återställningen skrivs in i "
                    "ändringsloggen.\n\nStäng programmet på andra datorer som använder samma fil först.\n\n"
                    "Återställa nu?").format(name=source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- actions -------------------------------------------------------------------------------

    def make_backup(self) -> None:
        target = self.choose_backup_target()
        if not target:
            return
        try:
            with busy():
                written = maintenance.backup_database(self.store, target)
        except LagesbildError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Säkerhetskopia sparad: {path}").format(path=written))

    def restore_chosen(self) -> None:
        item = self.backups.currentItem()
        if item is not None:
            self.restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def restore_from_file(self) -> None:
        source = self.choose_backup_source()
        if source:
            self.restore(Path(source))

    def restore(self, source: Path) -> None:
        if not self.confirm_restore(source):
            return
        try:
            with busy():
                result = maintenance.restore_open_database(self.store, source)
        except LagesbildError as error:
            self.message.setText(self.tr("Inget återställdes: {reason}").format(reason=error.message))
            return
        except (sqlite3.Error, OSError) as error:  # a full disk while copying aside, say: shown, not lost
            self.message.setText(self.tr("Inget återställdes: {reason}").format(reason=str(error)))
            return
        self.message.setText(self.tr("Återställd från {source}. Det som ersattes finns i {kept}.").format(
            source=result.restored_from.name, kept=result.previous_kept_at))
        self.restored.emit(result)
        self.refresh()
