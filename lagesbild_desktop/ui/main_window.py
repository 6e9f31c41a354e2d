"""The main window (a plain first version: the district's areas and the database in use)."""

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from lagesbild_desktop.services import areas
from lagesbild_desktop.store.database import Store


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    first_paint = Signal()  # emitted once, after the window has been drawn for the first time

    def __init__(self, store: Store, backup_problem: str | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        district = store.setting("district", "")
        self.setWindowTitle(tr("Lägesbild") + (f" — {district}" if district else ""))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(tr("Områden"), central)
        layout.addWidget(heading)
        self.area_list = QListWidget(central)
        self.area_list.setObjectName("areaList")
        self.area_list.setAccessibleName(tr("Områden"))
        self.area_list.addItems([area.name for area in areas.list_areas(store, areas.current_year())])
        heading.setBuddy(self.area_list)
        layout.addWidget(self.area_list)
        self.setCentralWidget(central)
        message = tr("Databas: %1").replace("%1", str(store.path))
        if backup_problem:
            message += " · " + tr("Säkerhetskopian misslyckades: %1").replace("%1", backup_problem)
        self.statusBar().showMessage(message)
        self.resize(900, 600)
        self._painted = False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._painted:
            self._painted = True
            self.first_paint.emit()
        return handled
