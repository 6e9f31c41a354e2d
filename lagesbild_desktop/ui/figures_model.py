"""The table of one source and period in the key figures view: its measures against the same period a year
earlier (Tabell 3, with a subtotal per group), the values typed in place, and a last empty row for a
measure not in the table yet.

The model only shows and collects; the view writes (services.key_figures) and reloads the model.
"""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from lagesbild_desktop.domain.key_figures import ComparisonRow, format_number
from lagesbild_desktop.services.key_figures import SheetRow

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# The unit comes before the value: in the empty row it is typed (Tab) before the value that saves the row.
GROUP, MEASURE, AREA, UNIT, VALUE, PREVIOUS, CHANGE, CHANGE_PCT = range(8)
NEW_ROW_FIELDS = (GROUP, MEASURE, AREA, UNIT)  # typed in the empty row before its value


def unit_in_words(unit: str) -> str:
    return {"antal": translate("FiguresView", "antal"), "procent": translate("FiguresView", "procent")}.get(unit, unit)


class FiguresModel(QAbstractTableModel):
    # (row, column, the text typed): the view writes it to the database, or says why not
    typed = Signal(int, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SheetRow] = []
        self.years = ("", "")
        self.new_row = {GROUP: "", MEASURE: "", AREA: "", UNIT: "antal"}  # the empty row, as typed so far

    def show(self, rows: list[SheetRow], year: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.years = (str(year), str(year - 1))
        self.endResetModel()

    @staticmethod
    def row_key(row: ComparisonRow) -> tuple:
        """Which row it is across a reload (a sum by its group: its name says whether it is partial)."""
        return (row.group, "" if row.subtotal else row.measure, row.area, row.subtotal)

    def same_rows(self, rows: list[SheetRow]) -> bool:
        return [self.row_key(item.row) for item in rows] == [self.row_key(item.row) for item in self.rows]

    def update_rows(self, rows: list[SheetRow], editing: QModelIndex | None = None) -> None:
        """New values for the same rows, without a reset: an editor open in another cell stays open, and the
        cell being edited is left out of the change (Qt would put the stored value back into its editor, over
        what is being typed)."""
        self.rows = rows
        last_row, last_column = self.rowCount() - 1, self.columnCount() - 1
        if editing is None or not editing.isValid():
            self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_column))
            return
        row, column = editing.row(), editing.column()
        for first, last in (((0, 0), (row - 1, last_column)), ((row + 1, 0), (last_row, last_column)),
                            ((row, 0), (row, column - 1)), ((row, column + 1), (row, last_column))):
            if first[0] <= last[0] and first[1] <= last[1]:
                self.dataChanged.emit(self.index(*first), self.index(*last))

    def forget_new_row(self) -> None:
        self.new_row = {GROUP: "", MEASURE: "", AREA: "", UNIT: "antal"}
        last = self.rowCount() - 1
        self.dataChanged.emit(self.index(last, 0), self.index(last, self.columnCount() - 1))

    def is_new_row(self, row: int) -> bool:
        return row == len(self.rows)

    def comparison(self, row: int) -> ComparisonRow | None:
        return self.rows[row].row if 0 <= row < len(self.rows) else None

    # -- Qt's model --------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("FiguresView", "Grupp"), translate("FiguresView", "Mått"),
                translate("FiguresView", "Område"), translate("FiguresView", "Enhet"),
                self.years[0] or translate("FiguresView", "Värde"),
                self.years[1] or translate("FiguresView", "Året före"),
                translate("FiguresView", "Förändring"), translate("FiguresView", "Förändring %"))[section]

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, column = index.row(), index.column()
        if self.is_new_row(row):
            return base | Qt.ItemFlag.ItemIsEditable if column in (*NEW_ROW_FIELDS, VALUE) else base
        if not self.rows[row].row.subtotal and column in (VALUE, UNIT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if self.is_new_row(row):
            return self._new_row_data(column, role)
        shown = self.rows[row].row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(shown, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= VALUE and column != UNIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and shown.subtotal:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE and not shown.subtotal:
            return translate("FiguresView", "Skriv ett tal och tryck Enter; töm cellen för att ta bort värdet")
        return None

    def _new_row_data(self, column: int, role):
        if role == Qt.ItemDataRole.EditRole:
            return self.new_row.get(column, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            typed = self.new_row.get(column, "")
            if column == MEASURE and not typed:
                return translate("FiguresView", "(nytt mått: skriv här)")
            return unit_in_words(typed) if column == UNIT else typed
        if role == Qt.ItemDataRole.ForegroundRole and column == MEASURE and not self.new_row[MEASURE]:
            from PySide6.QtGui import QColor

            return QColor("#6B6B6B")
        return None

    @staticmethod
    def _text(row: ComparisonRow, column: int, editing: bool) -> str:
        if column == GROUP:
            return row.group
        if column == MEASURE:
            return row.measure
        if column == AREA:
            return row.area or ("" if row.subtotal else translate("FiguresView", "hela stadsdelen"))
        if column == UNIT:
            return row.unit if editing else unit_in_words(row.unit)
        if column == VALUE:
            if editing:  # every decimal the value has: Enter on an untouched editor changes nothing
                return "" if row.value is None else f"{row.value:.12g}".replace(".", ",")
            return format_number(row.value)
        if column == PREVIOUS:
            return format_number(row.previous)
        if column == CHANGE:
            if row.change is None:
                return "–"
            return ("+" if row.change > 0 else "") + format_number(row.change)
        return "–" if row.change_pct is None else format_number(row.change_pct, 1)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = "" if value is None else str(value)
        row, column = index.row(), index.column()
        if self.is_new_row(row) and column in NEW_ROW_FIELDS:
            self.new_row[column] = " ".join(text.split())
            return True  # the editor shows what was typed; the cell is drawn again when it closes
        self.typed.emit(row, column, text)
        return True
