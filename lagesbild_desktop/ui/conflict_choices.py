"""The table of an exchange file's conflicts, where the user chooses per record which value holds.

Each row is one conflict: both values in words, and the choice as the cell's text ("Avgör senare",
"Behåll värdet här", "Ta filens värde"), so a screen reader reads the choice with the row. The
choice is edited in place with the keyboard (F2, Enter, or typing its first letter opens the list;
arrows choose; Enter keeps) or the mouse (a double click).
"""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lagesbild_desktop.services.exchange import FILE, HERE

translate = QCoreApplication.translate
KEY_ROLE = Qt.ItemDataRole.UserRole  # column 0: the conflict's key
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # column 1: None (later), HERE or FILE


def choices() -> list[tuple[str, str | None]]:
    return [(translate("ConflictChoices", "Avgör senare"), None),
            (translate("ConflictChoices", "Behåll värdet här"), HERE),
            (translate("ConflictChoices", "Ta filens värde"), FILE)]


class _ChoiceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget | None:
        if index.data(CHOICE_ROLE + 1) is False:  # a conflict no choice settles (two areas, one name)
            return None
        editor = QComboBox(parent)
        editor.setAccessibleName(translate("ConflictChoices", "Val"))
        for label, value in choices():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(CHOICE_ROLE))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), CHOICE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ConflictChoices(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.setObjectName("importConflicts")
        self.setAccessibleName(self.tr("Konflikter mellan filen och databasen"))
        self.setHorizontalHeaderLabels([self.tr("Konflikt"), self.tr("Val")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed)
        self.setItemDelegateForColumn(1, _ChoiceDelegate(self))

    def keyPressEvent(self, event) -> None:
        # Enter opens the choice (rather than pressing the dialog's default button behind it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            opened = index.isValid() and index.column() == 1 and self.edit(
                index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
            if opened:
                return
        super().keyPressEvent(event)

    def show_conflicts(self, conflicts) -> None:
        self.setRowCount(len(conflicts))
        self.setVisible(bool(conflicts))
        later = choices()[0][0]
        for row, conflict in enumerate(conflicts):
            item = QTableWidgetItem(conflict.text)
            item.setData(KEY_ROLE, conflict.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(conflict.text)
            self.setItem(row, 0, item)
            choice = QTableWidgetItem(later if conflict.choosable else self.tr("Byt namn först"))
            choice.setData(CHOICE_ROLE, None)
            choice.setData(CHOICE_ROLE + 1, conflict.choosable)
            choice.setToolTip(self.tr("Välj med F2 eller Enter, piltangenterna och Enter"))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            choice.setFlags(flags | Qt.ItemFlag.ItemIsEditable if conflict.choosable else flags)
            self.setItem(row, 1, choice)
        # Wide enough for the longest choice, with the list's arrow, in any language and text size.
        labels = [label for label, _ in choices()] + [self.tr("Byt namn först")]
        widest = max(self.fontMetrics().horizontalAdvance(label) for label in labels)
        self.setColumnWidth(1, widest + 3 * self.fontMetrics().height())
        if conflicts:
            self.setCurrentCell(0, 1)

    def choose(self, row: int, value: str | None) -> None:
        """Set a row's choice (what the editor does; for scripts that make the guide's pictures)."""
        item = self.item(row, 1)
        item.setData(CHOICE_ROLE, value)
        item.setText(next(label for label, choice in choices() if choice == value))

    def chosen(self) -> dict[str, str]:
        """The conflicts decided: key -> HERE or FILE."""
        made = {}
        for row in range(self.rowCount()):
            value = self.item(row, 1).data(CHOICE_ROLE)
            if value is not None:
                made[self.item(row, 0).data(KEY_ROLE)] = value
        return made
