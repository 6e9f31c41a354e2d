"""The key figures view (Alt+7): a table per source and period, typed from the keyboard, against the same
period a year earlier (Tabell 3), with the chosen measure's bars by year and per area.

Typing is keyboard first: a digit starts editing a value, Enter saves it and goes to the next row, an
emptied value is deleted (asked first), and the last row takes a measure not in the table yet (Tab from
group to measure to area to value). "Samma period ett år senare" lists last year's measures with empty
values, ready for this year's figures. Every write is checked against the version shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.domain.key_figures import (
    Period,
    a_year_from,
    format_number,
    parse_period,
    parse_unit,
    parse_value,
    period_in_words,
    series_by_year,
)
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import key_figures
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.figures_model import (
    AREA,
    GROUP,
    MEASURE,
    NEW_ROW_FIELDS,
    UNIT,
    VALUE,
    FiguresModel,
    unit_in_words,
)
from lagesbild_desktop.ui.modal import show_on_top

NEW = ("\x00new",)  # the cursor's place on the empty last row, kept across a reload


class _Delegate(QStyledItemDelegate):
    """In the empty row, Enter after the group, measure, area or unit goes on to the next of them, as Tab
    does: the row is one entry, saved by its value."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        editor.setProperty("onward", index.model().is_new_row(index.row()) and index.column() in NEW_ROW_FIELDS)
        return editor

    def eventFilter(self, editor, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and editor.property("onward")):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class FigureTable(QTableView):
    """Enter saves the value and goes down to the next row that takes one, as in a spreadsheet; Tab goes
    right."""

    editor_closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.delegate = _Delegate(self)  # kept here: the view does not own a Python delegate
        self.setItemDelegate(self.delegate)
        # After Qt has closed the editor its own way (moving the cursor inside closeEditor upsets Qt's
        # bookkeeping of the editor being closed); the editor itself is gone by then, so only the hint goes.
        self.itemDelegate().closeEditor.connect(
            lambda _editor, hint: QTimer.singleShot(0, lambda: self._closed(hint)))

    def _closed(self, hint) -> None:
        current, model = self.currentIndex(), self.model()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and current.isValid() \
                and not model.is_new_row(current.row()):
            for row in range(current.row() + 1, model.rowCount()):
                below = model.index(row, current.column())
                if below.flags() & Qt.ItemFlag.ItemIsEditable:  # past a group's sum
                    self.setCurrentIndex(below)
                    break
        self.editor_closed.emit()


class FiguresView(QWidget):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, events, year: int, lang: str, parent: QWidget | None, prompts):
        super().__init__(parent)
        self.setObjectName("figuresView")
        self.store, self.events, self.year, self.lang, self.prompts = store, events, year, lang, prompts
        self.period: Period | None = None
        # What the table shows: every write goes to these, whatever has been typed in the boxes since.
        self.shown_source, self.shown_period = "", None
        self._figures = []  # the source's figures, read once per reload, for the charts
        self._stale = False  # a reload waits for the editor open in the table to close

        layout = QVBoxLayout(self)
        choices = QHBoxLayout()
        self.source = QComboBox(self)
        self.source.setObjectName("figureSource")
        self.source.setEditable(True)  # a new source by its name: kept once a value is saved under it
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source.setMinimumContentsLength(12)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("figurePeriod")
        self.period_box.setEditable(True)  # "jan–okt 2025", "2025-01-01–2025-10-31", "2025"
        self.period_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period_box.setMinimumContentsLength(12)
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # The boxes take the room there is (a projector's 1280 pixels are enough for the window).
        for label, box, name, stretch in ((self.tr("&Källa:"), self.source, self.tr("Källa"), 3),
                                          (self.tr("&Period:"), self.period_box, self.tr("Period (t.ex. jan–okt 2025)"),
                                           2)):
            text = QLabel(label, self)
            text.setBuddy(box)
            box.setAccessibleName(name)
            choices.addWidget(text)
            choices.addWidget(box, stretch)
        self.next_year = QPushButton(self.tr("Samma period ett år &senare"), self)
        self.next_year.setObjectName("figureNextYear")
        self.next_year.setToolTip(self.tr("Visar förra årets mått med tomma värden, att skriva årets siffror i"))
        self.import_button = QPushButton(self.tr("&Importera nyckeltal…"), self)
        self.import_button.setObjectName("figureImport")
        choices.addWidget(self.next_year)
        choices.addWidget(self.import_button)
        layout.addLayout(choices)

        self.model = FiguresModel(self)
        self.table = FigureTable(self)
        self.table.setObjectName("figureTable")
        self.table.setAccessibleName(self.tr("Nyckeltal: perioden mot samma period året före"))
        self.table.setAccessibleDescription(self.tr("Skriv ett tal och tryck Enter. Tom cell tar bort värdet. "
                                                    "Sista raden: ett nytt mått."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEASURE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        self.message = QLabel(self)
        self.message.setObjectName("figureMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        from lagesbild_desktop.ui.figure_charts import AreaBarsPlot, YearBarsPlot  # pyqtgraph: with the view

        charts = QHBoxLayout()
        self.year_chart = YearBarsPlot(self)
        self.area_chart = AreaBarsPlot(self)
        charts.addWidget(self.year_chart, 1)
        charts.addWidget(self.area_chart, 1)
        layout.addLayout(charts, 2)

        self.source.activated.connect(lambda _index: self._source_chosen())
        # Enter, or leaving the box: what it says is what the table shows (never a name left half typed).
        self.source.lineEdit().editingFinished.connect(self._source_typed)
        self.period_box.activated.connect(lambda _index: self._period_chosen())
        self.period_box.lineEdit().editingFinished.connect(self._period_typed)
        self.next_year.clicked.connect(self.show_next_year)
        self.import_button.clicked.connect(self.open_import)
        self.model.typed.connect(self._typed)
        self.table.editor_closed.connect(self._editor_closed)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._draw_charts())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self._delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        events.changed.connect(self._data_changed)
        self._fill_sources()
        self._source_chosen()

    # -- choosing the source and period --------------------------------------------------------------------

    def _fill_sources(self) -> None:
        if self.source.lineEdit().hasFocus():
            return  # a name being typed is not overwritten by a change from elsewhere
        chosen = self.source.currentText()
        names = key_figures.sources_in_order(self.store)
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems(names)
        if chosen:
            self.source.setCurrentText(chosen)
        self.source.blockSignals(False)

    def _fill_periods(self, keep: Period | None) -> None:
        if self.period_box.lineEdit().hasFocus() and keep is not None and keep == self.shown_period:
            return  # a period being typed is not overwritten by a change from elsewhere
        found = key_figures.periods(self.store, self.source_name())
        if keep is not None and keep not in found:
            found.insert(0, keep)  # a period typed and not stored yet stays chosen
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in found:
            self.period_box.addItem(str(period), period)
            self.period_box.setItemData(self.period_box.count() - 1, period_in_words(period),
                                        Qt.ItemDataRole.ToolTipRole)
        self.period_box.setCurrentIndex(found.index(keep) if keep in found else 0 if found else -1)
        self.period_box.blockSignals(False)
        self.period = keep if keep is not None else (found[0] if found else None)

    def source_name(self) -> str:
        return " ".join(self.source.currentText().split())

    def _source_chosen(self) -> None:
        self._fill_periods(None)
        self.reload()

    def _source_typed(self) -> None:
        if self.source_name() != self.shown_source:
            self._source_chosen()

    def _period_typed(self) -> None:
        shown = str(self.shown_period) if self.shown_period else ""
        if self.period_box.currentText().strip() != shown:
            self._period_chosen()

    def _period_chosen(self) -> None:
        text = self.period_box.currentText().strip()
        index = self.period_box.findText(text)
        try:
            period = self.period_box.itemData(index) if index >= 0 else parse_period(text)
        except LagesbildError as error:
            self._fail(error.message)
            self.period_box.setEditText(str(self.shown_period) if self.shown_period else "")  # what is shown
            return
        self.show_period(period)

    def show_period(self, period: Period) -> None:
        self._fill_periods(period)
        self.reload()

    def show_next_year(self) -> None:
        if self.period is not None:
            after = Period(a_year_from(self.period.start, 1), a_year_from(self.period.end, 1))
            self.show_period(after)
            self.table.setFocus()

    # -- the table ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        source, period = self.source_name(), self.period
        rows = key_figures.sheet(self.store, source, period) if source and period else []
        if (source, period) == (self.shown_source, self.shown_period) and self.model.same_rows(rows):
            editing = self.table.currentIndex() if self.table.state() == QAbstractItemView.State.EditingState \
                else None
            self.model.update_rows(rows, editing)  # new values in the same rows: the cursor and an editor stay
        elif self.table.state() == QAbstractItemView.State.EditingState:
            self._stale = True  # rows come or go: after the editor has closed, not under it
            return
        else:
            place = self._place() if (source, period) == (self.shown_source, self.shown_period) else ()
            self.model.show(rows, period.start.year if period else self.year)
            self._go_to(place)
        self.shown_source, self.shown_period = source, period
        self._stale = False
        self._figures = key_figures.figures(self.store, source=source) if source else []
        if period is None:
            self.message.setText(self.tr("Skriv en period (t.ex. jan–okt 2025) och tryck Enter, eller importera "
                                         "nyckeltal."))
        elif not rows:
            self.message.setText(self.tr("Inga nyckeltal för {period}. Skriv mått och värde i sista raden."
                                         ).format(period=period_in_words(period)))
        else:
            counted = sum(1 for row in rows if not row.row.subtotal and row.row.value is not None)
            self.message.setText(self.tr("{source}, {period} mot samma period året före: {count} värden"
                                         ).format(source=source, period=period_in_words(period), count=counted))
        self.message.setStyleSheet("")
        self._draw_charts()

    def _editor_closed(self) -> None:
        if self._stale:
            QTimer.singleShot(0, self._refresh)

    def _place(self) -> tuple:
        index = self.table.currentIndex()
        if not index.isValid():
            return ()
        row = self.model.comparison(index.row())
        key = NEW if row is None else self.model.row_key(row)
        return (key, index.column())

    def _go_to(self, place: tuple) -> None:
        if not place:
            target = self.model.index(0, VALUE)
        else:
            key, column = place
            found = next((number for number, item in enumerate(self.model.rows)
                          if self.model.row_key(item.row) == key), len(self.model.rows))
            target = self.model.index(found, column)
        self.table.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _data_changed(self) -> None:
        self._refresh()

    # -- writing -------------------------------------------------------------------------------------------

    def _typed(self, row: int, column: int, text: str) -> None:
        # Written after the editor has closed (and Enter has moved the cursor): the reload keeps the cursor.
        shown = self.model.rows[row] if row < len(self.model.rows) else None
        new_row = dict(self.model.new_row)
        QTimer.singleShot(0, lambda: self._write(shown, new_row, column, text))

    def _write(self, shown, new_row: dict, column: int, text: str) -> None:
        source, period = self.shown_source, self.shown_period
        if not source or period is None:
            self._fail(self.tr("Välj källa och period först"))
            return
        empty = text.strip() in ("", "-", "–")
        try:
            if shown is None:
                if empty:
                    return
                if not new_row[MEASURE]:
                    self._fail(self.tr("Skriv måttet i den sista raden först, sedan värdet"))
                    return
                if self._in_table(new_row):
                    self._fail(self.tr("{measure} finns redan i tabellen: skriv värdet i dess rad").format(
                        measure=new_row[MEASURE]))
                    return
                unit = new_row[UNIT] or "antal"
                if text.strip().endswith("%") and parse_unit(unit) == "antal":
                    unit = "procent"  # "47 %" is a share
                made = key_figures.add_figure(self.store, source=source, measure=new_row[MEASURE],
                                              group=new_row[GROUP], area=new_row[AREA], start=period.start,
                                              end=period.end, value=text, unit=unit, context=self._context(),
                                              shown_version="")
                self.model.forget_new_row()
                self._said_saved(made)
            else:
                row = shown.row
                if column == UNIT:
                    if not text.strip():
                        self._fail(self.tr("Skriv enheten: antal eller procent"))
                        return
                    if row.value is None:
                        self._fail(self.tr("Enheten sparas med värdet: skriv värdet först"))
                        return
                    text_value, unit = row.value, text
                elif empty:
                    if row.value is not None:
                        self._delete(shown)
                    return
                else:
                    text_value, unit = text, row.unit
                if (parse_value(text_value, parse_unit(unit)), parse_unit(unit)) == (row.value, row.unit):
                    return  # nothing changed (an editor opened and closed): nothing to save or log
                made = key_figures.add_figure(self.store, source=source, measure=row.measure, group=row.group,
                                              area=row.area, start=period.start, end=period.end, value=text_value,
                                              unit=unit, context=self._context(), shown_version=shown.version)
                self._said_saved(made)
        except LagesbildError as error:
            self._fail(error.message)
            self._refresh()
        # Saved: _said_saved announced the change, and the view read it again then (_data_changed).

    def _in_table(self, new_row: dict) -> bool:
        wanted = (" ".join(new_row[GROUP].split()).casefold(), " ".join(new_row[MEASURE].split()).casefold(),
                  " ".join(new_row[AREA].split()).casefold())
        return any((item.row.group.casefold(), item.row.measure.casefold(), item.row.area.casefold()) == wanted
                   for item in self.model.rows if not item.row.subtotal)

    def _delete(self, shown) -> None:
        row, period = shown.row, self.shown_period
        what = f"{row.measure}{f' {row.area}' if row.area else ''} {period_in_words(period)} " \
               f"({format_number(row.value)} {unit_in_words(row.unit)})"
        if not self.prompts.confirm_delete(self, self.tr("nyckeltalet {what}").format(what=what)):
            self._refresh()
            return
        key_figures.delete_figure(self.store, source=self.shown_source, measure=row.measure, group=row.group,
                                  area=row.area, start=period.start, end=period.end, context=self._context(),
                                  shown_version=shown.version)
        self.events.announce()  # the view reads the database again (_data_changed)
        self.saved.emit(self.tr("Borttaget: {what}").format(what=what))

    def _delete_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.comparison(index.row())
        if row is not None and not row.subtotal and row.value is not None:
            self._write(self.model.rows[index.row()], {}, VALUE, "")

    def _said_saved(self, made) -> None:
        self.events.announce()
        self.saved.emit(self.tr("Sparat: {measure} {period}: {value} {unit}").format(
            measure=made.measure, period=period_in_words(self.shown_period), value=format_number(made.value),
            unit=unit_in_words(made.unit)))

    def _refresh(self) -> None:
        self._fill_sources()
        self._fill_periods(self.period)
        message = (self.message.text(), self.message.styleSheet())
        failed = bool(message[1])
        self.reload()
        if failed:  # the reason a value was not saved stays in sight
            self.message.setText(message[0])
            self.message.setStyleSheet(message[1])

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #C5221F; font-weight: bold;")
        self.failed.emit(text)

    def _context(self) -> str:
        return "fönstret: nyckeltal"

    # -- charts ----------------------------------------------------------------------------------------------

    def _draw_charts(self) -> None:
        source = self.shown_source
        row = self.model.comparison(self.table.currentIndex().row())
        if row is None or row.subtotal or not source:
            bars = series_by_year(self._figures, source) if source else []
            self.year_chart.show_bars(bars, self.tr("{source}: summan av de mått som finns alla år"
                                                    ).format(source=source))
        else:
            place = f", {row.area}" if row.area else ""
            self.year_chart.show_bars(series_by_year(self._figures, source, row.measure, row.area),
                                      self.tr("{measure}{place} per år").format(measure=row.measure, place=place))
        if row is None or self.shown_period is None:
            self.area_chart.show_areas([], self.shown_period, self.tr("Välj ett mått för värdena per område"))
            return
        by_area = [item.row for item in self.model.rows if item.row.area and not item.row.subtotal
                   and (item.row.group, item.row.measure) == (row.group, row.measure)]
        title = (self.tr("{measure} per område").format(measure=row.measure) if by_area
                 else self.tr("{measure}: inga värden per område").format(measure=row.measure))
        self.area_chart.show_areas(by_area, self.shown_period, title)

    # -- importing -------------------------------------------------------------------------------------------

    def open_import(self):
        from lagesbild_desktop.ui.figure_import_dialog import FigureImportDialog

        dialog = FigureImportDialog(self.store, self)
        dialog.imported.connect(self._imported)
        self.import_dialog = show_on_top(dialog)
        return dialog

    def _imported(self, text: str, source: str) -> None:
        self.events.announce()  # the lists of sources and periods are read again (_data_changed)
        self.saved.emit(text)
        if source:
            self.source.setCurrentText(source)  # what came in is shown
        self._source_chosen()

