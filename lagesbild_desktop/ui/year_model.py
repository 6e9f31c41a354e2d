"""The year grid as a Qt table model: areas down, ISO weeks across, one grade per cell."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.services.weeks import GridCell, YearGrid, cell_details
from lagesbild_desktop.store.assessments import Assessment
from lagesbild_desktop.ui.theme import FOCUS_COLOUR, grade_fill, grade_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

CRITICAL_ROLE = Qt.ItemDataRole.UserRole + 1  # True where the area-week had a critical incident
CURRENT_WEEK_ROLE = Qt.ItemDataRole.UserRole + 2  # True in the column of this week


class YearGridModel(QAbstractTableModel):
    def __init__(self, store, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.store = store  # for the details of one cell (tooltip, editor), read when asked for
        self.lang = lang
        self.grid: YearGrid | None = None
        self.current_week: int | None = None  # marked when the grid shows the running year
        self.row_ids: list[int] = []  # area id of each row
        self.critical_cells: set[tuple[int, int]] = set()
        self.focused: tuple[int, int] | None = None  # (row, column) of the view's current cell, for painting
        self.fills = {level.value: grade_fill(level.value) for level in shipped.scale()}  # grade -> fill
        self.inks = {level.value: grade_text(level.value) for level in shipped.scale()}  # grade -> digit colour

    def set_grid(self, grid: YearGrid, current_week: int | None) -> None:
        self.beginResetModel()
        self.grid, self.current_week = grid, current_week
        # What painting needs, reachable without data() calls: the delegate reads these directly,
        # since it runs for every visible cell (over a thousand) on every repaint.
        self.row_ids = [area.id for area, _ in grid.rows]
        row_of = {area_id: row for row, area_id in enumerate(self.row_ids)}
        self.critical_cells = {(row_of[area_id], week - 1) for area_id, week in grid.critical if area_id in row_of}
        self.endResetModel()

    # -- lookups used by the view -----------------------------------------------------------------

    def area_at(self, row: int):
        return self.grid.rows[row]

    def grid_cell(self, index: QModelIndex) -> GridCell | None:
        """The grade and its version as the grid read them (a write expects this version)."""
        area, _ = self.grid.rows[index.row()]
        return self.grid.cells.get((area.id, index.column() + 1))

    def details(self, index: QModelIndex) -> tuple[Assessment | None, list]:
        area, _ = self.grid.rows[index.row()]
        return cell_details(self.store, area.id, self.grid.year, index.column() + 1)

    def index_of(self, area_id: int, week: int) -> QModelIndex:
        for row, (area, _) in enumerate(self.grid.rows):
            if area.id == area_id:
                return self.index(row, week - 1)
        return QModelIndex()

    # -- QAbstractTableModel --------------------------------------------------------------------------

    # A flat table (no children under a cell); Qt asks these for every painted cell.
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.row_ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.grid.weeks

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        found = self.grid_cell(index)
        week = index.column() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return str(found.grade) if found else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(self.fills[found.grade]) if found else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(self.inks[found.grade]) if found else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(index, found)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, found)
        if role == CRITICAL_ROLE:
            return (index.row(), index.column()) in self.critical_cells
        if role == CURRENT_WEEK_ROLE:
            return week == self.current_week
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.grid.rows[section][1]
            return None
        week = section + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return str(week)
        if role == Qt.ItemDataRole.FontRole and week == self.current_week:
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)  # the current week, marked without colour
            return font
        if role == Qt.ItemDataRole.ForegroundRole and week == self.current_week:
            return QColor(FOCUS_COLOUR)  # a fresh object: Qt takes the returned value over
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = translate("YearGridModel", "vecka {week}").format(week=week)
            return text + (" " + translate("YearGridModel", "(innevarande vecka)") if week == self.current_week else "")
        return None

    # -- texts ----------------------------------------------------------------------------------------

    def _spoken(self, index: QModelIndex, found: GridCell | None) -> str:
        _, name = self.grid.rows[index.row()]
        words = (
            shipped.scale().level(found.grade).label(self.lang) if found else translate("YearGridModel", "ej bedömd")
        )
        text = translate("YearGridModel", "{area}, vecka {week}: {grade}").format(
            area=name, week=index.column() + 1, grade=words
        )
        if self.data(index, CRITICAL_ROLE):
            text += ", " + translate("YearGridModel", "kritisk händelse")
        return text

    def _tooltip(self, index: QModelIndex, shown: GridCell | None) -> str:
        lines = [self._spoken(index, shown)]
        found, incidents = self.details(index)
        if found:
            lines.append(shipped.scale().level(found.grade).definition(self.lang))
            if found.note:
                lines.append(translate("YearGridModel", "Anteckning: {note}").format(note=found.note))
        for incident in incidents:
            severity = Severity.from_code(incident.severity)
            name = severity.name_en if self.lang == "en" else severity.name_sv
            lines.append(
                " · ".join(
                    p for p in (incident.date, incident.category, name, incident.place, incident.description) if p
                )
            )
        return "\n".join(lines)
