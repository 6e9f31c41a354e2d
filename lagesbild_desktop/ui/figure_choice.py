"""The report dialog's choice of key figures: the year's sources, each with its measures, checked with the
space bar; a source's box checks or clears all its measures (Qt's automatic tristate)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from lagesbild_desktop.services import key_figures
from lagesbild_desktop.store.connection import Store

MEASURE_ROLE = Qt.ItemDataRole.UserRole


class FigureChoiceTree(QTreeWidget):
    changed = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("reportFigures")
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Nyckeltal i årssammanställningen"))
        self.itemChanged.connect(lambda _item, _column: self.changed.emit())

    def show_year(self, year: int) -> None:
        """The sources and measures of figures touching the year (and the year before, compared with it);
        what was unchecked stays unchecked."""
        cleared = {(item.parent().text(0), item.text(0)) for item in self._measures()
                   if item.checkState(0) == Qt.CheckState.Unchecked}
        self.blockSignals(True)
        self.clear()
        held: dict[str, list[str]] = {}
        for figure in key_figures.figures(self.store, year=year):
            held.setdefault(figure.source, [])
            if figure.measure not in held[figure.source]:
                held[figure.source].append(figure.measure)
        for source, measures in held.items():
            top = QTreeWidgetItem(self, [source])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            for measure in measures:
                item = QTreeWidgetItem(top, [measure])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked if (source, measure) in cleared
                                   else Qt.CheckState.Checked)
        self.expandAll()
        self.blockSignals(False)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def _measures(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(row).child(index) for row in range(self.topLevelItemCount())
                for index in range(self.topLevelItem(row).childCount())]

    def choice(self) -> key_figures.FigureChoice:
        """All checked: every figure (also sources and measures added since); else the checked measures."""
        items = self._measures()
        checked = [item for item in items if item.checkState(0) == Qt.CheckState.Checked]
        if len(checked) == len(items):
            return key_figures.ALL_FIGURES
        pairs = frozenset((item.parent().text(0), item.text(0)) for item in checked)
        return key_figures.FigureChoice(frozenset(source for source, _measure in pairs), pairs)
