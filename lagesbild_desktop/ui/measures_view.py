"""The action plan ("Åtgärder", Alt+4): every measure in a sortable, filterable table, keyboard first.

Enter opens a measure with its follow-ups, U follows it up, Ctrl+N makes a new one, Delete removes one
after a question. Beside the table: the selected measure's effect in words, and its areas' weekly
grades with the measure's period shaded (pyqtgraph, loaded when the first measure is shown).
"""

import datetime as dt
from html import escape as _escape

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.measures import STATUS_EN, STATUSES, effect_in_words, effect_weeks
from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import measures
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.events import DataEvents
from lagesbild_desktop.ui.modal import run_modal

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class MeasuresView(QWidget):
    def __init__(self, store: Store, events: DataEvents, year: int, lang: str = "sv", parent: QWidget | None = None,
                 prompts=None):
        super().__init__(parent)
        self.setObjectName("measuresView")
        self.setAccessibleName(self.tr("Åtgärder"))
        self.store, self.events, self.lang, self.prompts = store, events, lang, prompts
        self.open_dialog = run_modal  # tests answer dialogs instead of blocking
        self.confirm = lambda text: QMessageBox.question(self, self.tr("Ta bort åtgärd"), text) == \
            QMessageBox.StandardButton.Yes
        self.chart = None  # made when the first measure is shown

        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        more = QHBoxLayout()  # a second row: the filters fit a 1280-pixel projector at the larger zoom
        self.year = self._filter(filters, self.tr("&År"), "measureYear")
        self.year.addItem(self.tr("Alla år"), None)
        for number in range(year + 1, year - 6, -1):
            self.year.addItem(str(number), number)
        self.year.setCurrentIndex(self.year.findData(year))
        self.status = self._filter(filters, self.tr("&Status"), "measureStatus")
        self.status.addItem(self.tr("Alla"), None)
        for status in STATUSES:
            self.status.addItem(self._status_name(status), status)
        self.area = self._filter(filters, self.tr("O&mråde"), "measureArea")
        self.field = self._filter(more, self.tr("&Prioriterat område"), "measureField")
        self.field.addItem(self.tr("Alla"), None)
        for item in PRIORITY_FIELDS:
            self.field.addItem(f"{item.number}. {item.name_sv}", item.number)
        self.responsible = self._filter(more, self.tr("Ansva&rig"), "measureResponsible")
        self.new_button = QPushButton(self.tr("&Ny åtgärd"), self)
        self.new_button.setObjectName("newMeasure")
        self.new_button.clicked.connect(self.new_measure)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        more.addStretch(1)
        layout.addLayout(filters)
        layout.addLayout(more)

        body = QHBoxLayout()
        self.model = QStandardItemModel(0, 9, self)
        self.model.setHorizontalHeaderLabels([self.tr("Nr"), self.tr("Åtgärd"), self.tr("Status"), self.tr("Områden"),
                                              self.tr("Prio"), self.tr("Ansvariga"), self.tr("Start"),
                                              self.tr("Slut"), self.tr("Nästa uppföljning")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("measuresTable")
        self.table.setAccessibleName(self.tr("Åtgärdsplanen"))
        self.table.setAccessibleDescription(self.tr("Enter öppnar åtgärden, U följer upp, Ctrl+N ny åtgärd, "
                                                    "Delete tar bort"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(60)  # widths from the first rows: quick with hundreds of measures
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wide = header.fontMetrics().horizontalAdvance("Hässelby villastad") + 12
        for column, width in ((1, wide * 3 // 2), (3, wide), (5, wide)):  # long texts: shortened, in full on hover
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("Nr") + 16)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.open_measure())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        body.addWidget(self.table, 2)
        side = QVBoxLayout()
        self.effect = QLabel(self)
        self.effect.setObjectName("effectText")
        self.effect.setWordWrap(True)
        self.effect.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.effect)
        self.side = side
        side.addStretch(1)
        body.addLayout(side, 1)
        layout.addLayout(body, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("measuresEmpty")
        layout.addWidget(self.empty)

        for sequence, action in ((QKeySequence("Ctrl+N"), self.new_measure), (QKeySequence("U"), self.follow_up),
                                 (QKeySequence(Qt.Key.Key_Delete), self.delete_measure)):
            QShortcut(sequence, self.table, action, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_measure, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._fill_choices()
        for combo in (self.year, self.status, self.area, self.field, self.responsible):
            combo.currentIndexChanged.connect(self.reload)
        events.changed.connect(self._data_changed)
        self.reload()

    def _status_name(self, status: str) -> str:
        return STATUS_EN[status] if self.lang == "en" else status

    def _filter(self, row: QHBoxLayout, label: str, name: str) -> QComboBox:
        text = QLabel(label, self)
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Narrow enough for a 1280-pixel projector; the open list shows the long names in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.setAccessibleName(label.replace("&", ""))
        text.setBuddy(combo)
        row.addWidget(text)
        row.addWidget(combo)
        return combo

    def _fill_choices(self) -> None:
        """The areas and responsibles to filter by (again after a change elsewhere), keeping the choice."""
        for combo, names in ((self.area, [a.name for a in area_store.all_areas(self.store.conn)]),
                             (self.responsible, [r.name for r in measures.list_responsibles(self.store)])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Alla"), None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)

    def _data_changed(self) -> None:
        self._fill_choices()
        self.reload()

    # -- the table ------------------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current_id()
        try:
            found = measures.list_measures(self.store, year=self.year.currentData(), status=self.status.currentData(),
                                           area=self.area.currentData(), responsible=self.responsible.currentData(),
                                           priority_field=self.field.currentData())
        except LagesbildError as error:  # a filter naming an area removed elsewhere meanwhile
            self.empty.setText(error.message)
            found = []
        self.model.removeRows(0, self.model.rowCount())
        for item in found:
            m = item.measure
            cells = [(str(m.id), m.id), (m.title, m.title.casefold()),
                     (self._status_name(item.status), STATUSES.index(item.status)),
                     (", ".join(item.area_names), ", ".join(item.area_names).casefold()),
                     (str(m.priority_field or "–"), m.priority_field or 9), (", ".join(m.responsible), None),
                     (m.start, m.start), (m.end or "–", m.end or "9999"),
                     (m.next_follow_up or "–", m.next_follow_up or "9999")]
            row = []
            for text, key in cells:
                cell = QStandardItem(text)
                cell.setToolTip(text)
                cell.setData(m.id, ID_ROLE)
                cell.setData(text.casefold() if key is None else key, SORT_ROLE)
                row.append(cell)
            self.model.appendRow(row)
        self.empty.setText(self.tr("{count} åtgärder").format(count=len(found)) if found
                           else self.tr("Inga åtgärder med dessa val. Ctrl+N lägger till en."))
        if not self.select(chosen) and found:
            self.table.setCurrentIndex(self.proxy.index(0, 1))
        if not found:
            self.effect.setText("")

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, measure_id: int | None) -> bool:
        if measure_id is None:
            return False
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == measure_id:
                self.table.setCurrentIndex(self.proxy.index(row, 1))
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.current_id()
        if chosen is None:
            self.effect.setText("")
            return
        try:
            shown = measures.view(self.store, chosen)
        except LagesbildError:
            return
        found = measures.effect_of(self.store, shown)
        self.effect.setText(f"<b>{_escape(shown.measure.title)}</b><br>"
                            + _escape(effect_in_words(found, bool(shown.measure.areas))))
        self.effect.setAccessibleName(effect_in_words(found, bool(shown.measure.areas)))
        QTimer.singleShot(0, lambda: self._draw(shown, found))  # the table is shown first, the chart after

    # -- the chart --------------------------------------------------------------------------------------

    def _draw(self, shown, found) -> None:
        from lagesbild_desktop.ui.measure_chart import MeasureChart  # pyqtgraph: when a chart is first drawn

        if self.chart is None:
            self.chart = MeasureChart(self)
            self.side.insertWidget(1, self.chart, 1)
        measure = shown.measure
        # Half a year before its start to a year after it (as far as the weeks have come), the measure's own
        # period shaded; the effect's weeks are named in the text beside.
        start, today = dt.date.fromisoformat(measure.start), osenv.today()
        _before, period = measures.effect_window(shown, today, 52)
        _before, shown_weeks = effect_weeks(start, None, today, 52)  # also the weeks after it ended
        ids = {area.uid: area.id for area in area_store.all_areas(self.store.conn)}
        self.chart.show_measure(self.store, {ids[uid] for uid in measure.areas if uid in ids}, start,
                                len(shown_weeks), len(period))

    # -- actions ------------------------------------------------------------------------------------------

    def new_measure(self) -> None:
        from lagesbild_desktop.ui.measure_dialog import MeasureDialog

        dialog = MeasureDialog(self.store, osenv.today(), area=self.area.currentData(),
                               priority_field=self.field.currentData(), parent=self, prompts=self.prompts)
        if self.open_dialog(dialog) and dialog.saved is not None:
            self.events.announce()
            self.select(dialog.saved.id)

    def open_measure(self) -> None:
        from lagesbild_desktop.ui.measure_dialog import MeasureDialog

        chosen = self.current_id()
        if chosen is None:
            return
        dialog = MeasureDialog(self.store, osenv.today(), measure_id=chosen, parent=self, prompts=self.prompts)
        if self.open_dialog(dialog):
            self.events.announce()
        self.select(chosen)

    def follow_up(self) -> None:
        from lagesbild_desktop.ui.measure_dialog import FollowUpDialog

        chosen = self.current_id()
        if chosen is None:
            return
        if self.open_dialog(FollowUpDialog(self.store, chosen, osenv.today(), self, self.prompts)):
            self.events.announce()
        self.select(chosen)

    def delete_measure(self) -> None:
        chosen = self.current_id()
        if chosen is None:
            return
        shown = measures.view(self.store, chosen)
        if not self.confirm(self.tr("Ta bort åtgärden «{title}» och dess {count} uppföljningar? Borttagningen "
                                    "loggas.").format(title=shown.measure.title, count=len(shown.follow_ups))):
            return
        measures.delete_measure(self.store, chosen, context="fönstret")
        self.events.announce()
