"""The year grid ("Årsöversikt"): the picture officials know from the printed summary."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR, week_of
from lagesbild_desktop.services import weeks
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.cell_dialog import CellDialog
from lagesbild_desktop.ui.events import DataEvents
from lagesbild_desktop.ui.grid_delegate import GridDelegate
from lagesbild_desktop.ui.legend import Legend
from lagesbild_desktop.ui.modal import run_modal
from lagesbild_desktop.ui.recorder import Cell, Recorder
from lagesbild_desktop.ui.year_model import YearGridModel
from lagesbild_desktop.ui.zoom import emphasise


class GridTable(QTableView):
    """The table with spreadsheet keys: digits grade, Delete clears, Enter opens the cell."""

    grade_typed = Signal(QModelIndex, int)
    clear_requested = Signal(QModelIndex)
    open_requested = Signal(QModelIndex)
    year_step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        text, key = event.text(), event.key()
        # Only plain keys edit: Alt+2 is a view switch, and a held-down digit must not repeat.
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and text in {"1", "2", "3", "4", "5"} and index.isValid():
            if not event.isAutoRepeat():
                self.grade_typed.emit(index, int(text))
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid():
            if not event.isAutoRepeat():
                self.clear_requested.emit(index)
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.open_requested.emit(index)
        elif key == Qt.Key.Key_PageUp:
            self.year_step.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.year_step.emit(1)
        else:
            super().keyPressEvent(event)


class YearSpinBox(QSpinBox):
    """Page Up/Page Down step one year, as they do in the grid (a spin box would jump ten)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.stepBy(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.stepBy(1)
        else:
            super().keyPressEvent(event)


def fit_grid(table: QTableView) -> None:
    """Cell sizes from the font, so that the zoom scales the grid with everything else.

    The weeks share the width (the whole year in view, like the printed grid) but
    never get narrower than two digits; below that the grid scrolls.
    """
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header.setMinimumSectionSize(max(header.fontMetrics().horizontalAdvance("53"), metrics.horizontalAdvance("5"))
                                 + 2)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.7))
    delegate = table.itemDelegate()
    if hasattr(delegate, "set_font"):
        delegate.set_font(table.font())


class YearView(QWidget):
    def __init__(self, store: Store, recorder: Recorder, events: DataEvents, year: int, lang: str = "sv",
                 parent: QWidget | None = None, week: int | None = None):
        super().__init__(parent)
        self.setObjectName("yearView")
        self.store, self.recorder, self.lang = store, recorder, lang
        self.start = (year, week)  # the cell the grid opens on: the meeting's week
        self.open_dialog = run_modal  # tests answer dialogs instead of blocking
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        emphasise(self.title, 1.5)
        top.addWidget(self.title, 1)
        previous = QPushButton(self.tr("‹ Föregående år"), self)
        previous.setAccessibleName(self.tr("Föregående år"))
        self.year_selector = YearSpinBox(self)
        self.year_selector.setObjectName("yearSelector")
        self.year_selector.setRange(MIN_YEAR, MAX_YEAR)
        self.year_selector.setAccessibleName(self.tr("År"))
        self.year_selector.setValue(year)
        following = QPushButton(self.tr("Nästa år ›"), self)
        following.setAccessibleName(self.tr("Nästa år"))
        previous.clicked.connect(lambda: self.year_selector.stepBy(-1))
        following.clicked.connect(lambda: self.year_selector.stepBy(1))
        for widget in (previous, self.year_selector, following):
            top.addWidget(widget)
        layout.addLayout(top)

        self.model = YearGridModel(store, lang, self)
        self.table = GridTable(self)
        self.table.setObjectName("yearGrid")
        self.table.setAccessibleName(self.tr("Årsöversikt"))
        self.table.setModel(self.model)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.delegate = GridDelegate(self.table)  # kept here: the view does not own a Python delegate
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the grid for the year buttons and the views
        self.table.setCornerButtonEnabled(False)  # "select all" means nothing here
        corner = self.table.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Områden och veckor"))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A little smaller than the body text, so that all 53 weeks fit across like the printed grid.
        emphasise(self.table, 0.9, bold=False)
        emphasise(self.table.horizontalHeader(), 0.7, bold=False)
        fit_grid(self.table)
        self.table.grade_typed.connect(self._grade_typed)
        self.table.clear_requested.connect(self._clear)
        self.table.open_requested.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.year_step.connect(self.year_selector.stepBy)
        layout.addWidget(self.table, 1)
        self.legend = Legend(lang, self)
        layout.addWidget(self.legend)
        self.year_selector.valueChanged.connect(self.show_year)
        events.changed.connect(self.reload)
        self.show_year(year)

    @property
    def year(self) -> int:
        return self.year_selector.value()

    def show_year(self, year: int) -> None:
        if self.year_selector.value() != year:
            self.year_selector.setValue(year)  # comes back here through valueChanged
            return
        self.reload()

    def reload(self) -> None:
        current = self.table.currentIndex()
        # The cursor stays on its area, not on its row: an area added above it (by another window or
        # workstation) must not move the next digit to a neighbour.
        area_id = self.model.area_at(current.row())[0].id if current.isValid() else None
        today = week_of(osenv.today())
        grid = weeks.year_grid(self.store, self.year)
        self.model.set_grid(grid, today.week if today.year == self.year else None)
        self.title.setText(self.tr("Årsöversikt {year} · {weeks} veckor").format(year=self.year, weeks=grid.weeks))
        kept = self.model.index_of(area_id, min(current.column(), grid.weeks - 1) + 1) if area_id else None
        if kept is not None and kept.isValid():
            self.table.setCurrentIndex(kept)
        elif current.isValid() and current.row() < self.model.rowCount():  # its area is gone from this year
            self.table.setCurrentIndex(self.model.index(current.row(), min(current.column(), grid.weeks - 1)))
        elif self.model.rowCount():
            start_year, start_week = self.start
            if start_year == self.year and start_week:
                column = start_week - 1
            else:
                column = (today.week - 1) if today.year == self.year else 0
            self.table.setCurrentIndex(self.model.index(0, min(column, grid.weeks - 1)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.model.focused = (current.row(), current.column()) if current.isValid() else None

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            fit_grid(self.table)

    def go_to(self, area_id: int, year: int, week: int) -> None:
        """Show one cell (from a chart's week, for instance) with the keyboard on it."""
        self.show_year(year)
        index = self.model.index_of(area_id, week)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.setFocus()

    # -- edits --------------------------------------------------------------------------------------

    def _cell(self, index: QModelIndex) -> tuple[Cell, str]:
        area, name = self.model.area_at(index.row())
        return Cell(area.name, self.year, index.column() + 1), name

    def _version(self, index: QModelIndex) -> int:
        found = self.model.grid_cell(index)
        return found.version if found else 0

    def _grade_typed(self, index: QModelIndex, grade: int) -> None:
        cell, _ = self._cell(index)
        self.recorder.set_grade(cell, grade, self._version(index))

    def _clear(self, index: QModelIndex) -> None:
        if self.model.grid_cell(index) is None:
            return
        cell, name = self._cell(index)
        self.recorder.clear(cell, self._version(index), name)

    def _open(self, index: QModelIndex) -> None:
        cell, name = self._cell(index)
        current, incidents = self.model.details(index)
        dialog = CellDialog(self.recorder, cell, name, current, incidents, self.lang, self)
        self.open_dialog(dialog)
