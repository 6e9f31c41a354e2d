"""The main window: a side list of views, the views, and the status line."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.database import RESTORED_SETTING
from lagesbild_desktop.ui.events import DataEvents
from lagesbild_desktop.ui.meeting_view import MeetingView
from lagesbild_desktop.ui.modal import show_on_top
from lagesbild_desktop.ui.prompts import Prompts
from lagesbild_desktop.ui.recorder import Recorder
from lagesbild_desktop.ui.settings import DEFAULT_POINT_SIZE, UiSettings
from lagesbild_desktop.ui.steps import Steps
from lagesbild_desktop.ui.zoom import set_point_size

ZOOM_STEP = 2
MAP, LAGESBILD, FIGURES = 4, 5, 6  # rows of the view list (Alt+5, Alt+6, Alt+7)


class MainWindow(QMainWindow):
    first_paint = Signal()  # emitted once, after the window has been drawn for the first time

    def __init__(self, store: Store, *, year: int, week: int, lang: str = "sv", settings: UiSettings | None = None,
                 prompts: Prompts | None = None, backup_problem: str | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.store, self.lang = store, lang
        self.settings = settings or UiSettings()
        self.prompts = prompts or Prompts()
        self._show_district()
        self.events = DataEvents(store.conn, self)
        self._restored_at = store.setting(RESTORED_SETTING)
        self.events.changed.connect(self._data_changed)
        self.undo_stack = QUndoStack(self)
        self.recorder = Recorder(store, self.events, self.undo_stack, self.prompts, self, lang)
        self.steps = Steps(store, self.events, self.undo_stack, self.prompts, self)
        self.recorder.steps = self.steps  # a grade is its own step (the recorder's)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Vyer"))
        self.navigation.addItems([self.tr("Veckomöte"), self.tr("Årsöversikt"), self.tr("Diagram"),
                                  self.tr("Åtgärder"), self.tr("Karta"), self.tr("Lägesbild"),
                                  self.tr("Nyckeltal")])
        self._fit_navigation()
        self.stack = QStackedWidget(central)
        self.meeting = MeetingView(store, self.recorder, self.events, year, week, lang, self.stack)
        self.stack.addWidget(self.meeting)
        self.year_view = None  # built when first shown: the meeting is what opens
        self.charts_view = None  # likewise (and pyqtgraph is loaded only then)
        self.measures_view = None  # likewise
        self.lagesbild_view = None  # likewise
        self.figures_view = None  # likewise
        self.map_view = None  # likewise
        self._start_year = year
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.show_view)
        self.navigation.setCurrentRow(0)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedStatus")
        self.progress_label = QLabel(self)
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.recorder.saved.connect(self._saved)
        self.recorder.failed.connect(self._failed)
        self.steps.saved.connect(self._saved)
        self.steps.failed.connect(self._failed)
        self.meeting.progress.connect(self.progress_label.setText)
        self.progress_label.setText(self.meeting.progress_text)  # the meeting read its week already
        if backup_problem:
            self._failed(self.tr("Säkerhetskopian misslyckades: {problem}").format(problem=backup_problem))
        else:
            self.saved_label.setText(self.tr("Databas: {path}").format(path=store.path))

        self.report_dialog = None
        self.import_dialog = None  # the last one opened (it deletes itself when closed)
        self.guide_view = None  # the user guide, when open (F1)
        self.backup_dialog = None
        self.names_dialog = None
        self._add_menu()

        if QApplication.font().pointSize() != self.settings.point_size:
            set_point_size(self, self.settings.point_size)  # the zoom chosen last time
        self._painted = False
        self.resize(1280, 800)

    def _add_shortcuts(self) -> None:
        """Ctrl+Z/Ctrl+Y undo and redo, Ctrl+Plus/Minus zoom, Alt+1–5 views; platform keys included.

        Each key combination gets exactly one shortcut: the same keys twice would make Qt
        treat both as ambiguous and run neither.
        """
        wanted = [
            (QKeySequence.keyBindings(QKeySequence.StandardKey.Undo), self.undo_stack.undo),
            ([*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")], self.undo_stack.redo),
            ([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+="),
              QKeySequence("Ctrl++")], lambda: self.zoom(ZOOM_STEP)),
            ([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")],
             lambda: self.zoom(-ZOOM_STEP)),
            ([QKeySequence("Ctrl+0")], lambda: self.zoom(DEFAULT_POINT_SIZE - self.settings.point_size)),
            ([QKeySequence("Alt+1")], lambda: self.navigation.setCurrentRow(0)),
            ([QKeySequence("Alt+2")], lambda: self.navigation.setCurrentRow(1)),
            ([QKeySequence("Alt+3")], lambda: self.navigation.setCurrentRow(2)),
            ([QKeySequence("Alt+4")], lambda: self.navigation.setCurrentRow(3)),
            ([QKeySequence("Alt+5")], lambda: self.navigation.setCurrentRow(4)),
            ([QKeySequence("Alt+6")], lambda: self.navigation.setCurrentRow(5)),
            ([QKeySequence("Alt+7")], lambda: self.navigation.setCurrentRow(6)),
        ]
        taken: set[str] = set()
        for sequences, action in wanted:
            for sequence in sequences:
                text = sequence.toString()
                if text and text not in taken:
                    taken.add(text)
                    QShortcut(sequence, self, action, context=Qt.ShortcutContext.WindowShortcut)

    def _add_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._action(file_menu, self.tr("&Rapporter och utskrift…"), "openReports", self.open_reports, "Ctrl+P")
        self._action(file_menu, self.tr("&Importera från Excel eller CSV…"), "openImport", self.open_import, "Ctrl+I")
        self._action(file_menu, self.tr("&Exportera året till Excel eller CSV…"), "exportYear", self.export_year,
                     "Ctrl+E")
        self._action(file_menu, self.tr("Spara &utbytesfil till en annan dator…"), "exportExchange",
                     self.export_exchange_file)
        self._action(file_menu, self.tr("&Säkerhetskopior och återställning…"), "openBackups", self.open_backups)
        self._action(file_menu, self.tr("Stadsdelens &namn…"), "districtName", self.change_district)
        self._action(file_menu, self.tr("&Listor med namn…"), "openNames", self.open_names)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("A&vsluta"), "quit", self.close, "Ctrl+Q")
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._action(help_menu, self.tr("&Användarguide"), "openGuide", self.open_guide, "F1")

    @staticmethod
    def _action(menu, text: str, name: str, slot, shortcut: str | None = None):
        action = menu.addAction(text)
        action.setObjectName(name)  # tests and the screen reader find it by this
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def open_names(self):
        """Responsible organisations, sources and kinds of places: rename, retire, remove."""
        from lagesbild_desktop.ui.names_dialog import NamesDialog

        dialog = NamesDialog(self.store, self.prompts, self)
        dialog.changed.connect(lambda _said: self.events.announce())
        self.names_dialog = show_on_top(dialog)
        return dialog

    def open_backups(self):
        from lagesbild_desktop.ui.backup_dialog import BackupDialog

        self.meeting.commit_note()
        self.meeting.week_note.commit()  # what was just typed is in the copy, and is kept aside on a restore
        dialog = BackupDialog(self.store, self)
        dialog.restored.connect(self._after_restore)
        self.backup_dialog = show_on_top(dialog)
        return dialog

    def _after_restore(self, result) -> None:
        self.events.announce()  # every view reads the restored data (and _data_changed forgets the undo steps)
        self.saved_label.setText(self.tr("Återställd från {name}").format(name=result.restored_from.name))

    def _show_district(self) -> None:
        district = self.store.setting("district", "")
        self.setWindowTitle(self.tr("Lägesbild") + (f" — {district}" if district else ""))

    def _data_changed(self) -> None:
        self._show_district()  # a merge or another window may have renamed the district
        if self.report_dialog is not None:
            self.report_dialog.fields.reload_unless_edited()
        restored_at = self.store.setting(RESTORED_SETTING)
        if restored_at != self._restored_at:  # restored here, or in another window or on another computer
            self._restored_at = restored_at
            # Undoing a change made before the restore would write into the restored data: forget them.
            self.undo_stack.clear()
            self.saved_label.setText(self.tr("Databasen har återställts från en säkerhetskopia"))

    def open_guide(self):
        from lagesbild_desktop.ui.guide_view import GuideView

        self.guide_view = show_on_top(GuideView(self))
        return self.guide_view

    def open_reports(self):
        """The report dialog, on the year and week the meeting shows."""
        from lagesbild_desktop.ui.report_dialog import ReportDialog

        self.meeting.commit_note()
        self.meeting.week_note.commit()  # the weekly report shows what was just typed
        if self.report_dialog is None:
            self.report_dialog = ReportDialog(self.store, self.prompts, self.meeting.year, self.meeting.week,
                                              self.lang, self)
            self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_dialog.destroyed.connect(self._report_dialog_gone)
        self.report_dialog.show()
        self.report_dialog.raise_()
        self.report_dialog.activateWindow()
        return self.report_dialog

    def open_import(self):
        from lagesbild_desktop.ui.import_dialog import ImportDialog

        self.meeting.commit_note()
        dialog = ImportDialog(self.store, self)
        dialog.done_importing.connect(lambda _count: self.events.announce())
        show_on_top(dialog)
        dialog.path.setFocus(Qt.FocusReason.OtherFocusReason)  # type or paste the file's path at once
        self.import_dialog = dialog
        return dialog

    def choose_export_file(self, year: int) -> str:
        """Where to export (tests answer this instead); "" when cancelled."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exportera {year}").format(year=year), str(Path.home() / f"lagesbild_{year}.xlsx"),
            self.tr("Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)"))
        return path

    def choose_exchange_file(self) -> str:
        """Where to write the exchange file (tests answer this instead); "" when cancelled."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Spara utbytesfil"),
                                                    str(Path.home() / "lagesbild_utbyte.json"),
                                                    self.tr("Utbytesfil (*.json)"))
        return path

    def ask_district_name(self, current: str) -> str | None:
        """The district's name as the user types it (tests answer this instead); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Stadsdelens namn"),
                                        self.tr("Stadsdelens namn (i rapporter och bilder; följer med "
                                                "utbytesfiler):"), text=current)
        return name if ok else None

    def change_district(self) -> None:
        from lagesbild_desktop.errors import LagesbildError
        from lagesbild_desktop.services.district import set_district

        name = self.ask_district_name(self.store.setting("district", "") or "")
        if name is None:
            return
        try:
            saved = set_district(self.store, name, context="fönstret")
        except LagesbildError as error:
            self._failed(error.message)
            return
        self.events.announce()
        self._saved(self.tr("Stadsdelens namn sparat: {name}").format(name=saved))

    def export_exchange_file(self) -> None:
        """Everything in the database, for another workstation to merge (Arkiv → Importera there)."""
        from lagesbild_desktop.errors import LagesbildError
        from lagesbild_desktop.services import exchange

        path = self.choose_exchange_file()
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            out = exchange.export_exchange(self.store, path)
        except LagesbildError as error:
            self._failed(error.message)
            return
        self._saved(self.tr("Utbytesfil sparad: {path}").format(path=out))

    def export_year(self) -> None:
        """The meeting's year as xlsx (grid, legend, long form) or CSV, chosen by the file name."""
        from lagesbild_desktop.errors import LagesbildError
        from lagesbild_desktop.services import exporting

        year = self.meeting.year
        path = self.choose_export_file(year)
        if not path:
            return
        make = exporting.export_csv if path.lower().endswith(".csv") else exporting.export_xlsx
        if not path.lower().endswith((".csv", ".xlsx")):
            path += ".xlsx"
        try:
            out = make(self.store, year, path)
        except LagesbildError as error:
            self._failed(error.message)
            return
        self._saved(self.tr("{year} exporterat till {path}").format(year=year, path=out))

    def _report_dialog_gone(self) -> None:
        self.report_dialog = None

    # -- views --------------------------------------------------------------------------------------

    def show_view(self, row: int) -> None:
        if (self.lagesbild_view is not None and self.stack.currentWidget() is self.lagesbild_view and row != LAGESBILD
                and not self.lagesbild_view.leave()):
            self.navigation.blockSignals(True)  # a text that could not be saved keeps its view on screen
            self.navigation.setCurrentRow(LAGESBILD)
            self.navigation.blockSignals(False)
            return
        if row == 1 and self.year_view is None:
            from lagesbild_desktop.ui.year_view import YearView

            self.year_view = YearView(self.store, self.recorder, self.events, self.meeting.year, self.lang,
                                      self.stack, week=self.meeting.week)
            self.stack.addWidget(self.year_view)
        if row == 2 and self.charts_view is None:
            from lagesbild_desktop.ui.charts_view import ChartsView

            self.charts_view = ChartsView(self.store, self.events, self.meeting.year, self.lang, self.stack)
            self.charts_view.week_clicked.connect(self.show_cell)
            self.charts_view.failed.connect(self._failed)
            self.stack.addWidget(self.charts_view)
        if row == 3 and self.measures_view is None:
            from lagesbild_desktop.ui.measures_view import MeasuresView

            self.measures_view = MeasuresView(self.store, self.events, self.meeting.year, self.lang, self.stack,
                                              self.prompts)
            self.stack.addWidget(self.measures_view)
        if row == MAP and self.map_view is None:
            from lagesbild_desktop.ui.map_view import MapView

            self.map_view = MapView(self.store, self.events, self.meeting.year, self.meeting.week, self.lang,
                                    self.stack, self.prompts)
            self.map_view.saved.connect(self._saved)
            self.map_view.failed.connect(self._failed)
            self.map_view.area_chosen.connect(self.show_area)
            self.stack.addWidget(self.map_view)
        if row == LAGESBILD and self.lagesbild_view is None:
            from lagesbild_desktop.ui.lagesbild_view import LagesbildView

            self.lagesbild_view = LagesbildView(self.store, self.events, self.meeting.year, self.lang, self.stack,
                                                self.prompts)
            self.lagesbild_view.saved.connect(self._saved)
            self.lagesbild_view.failed.connect(self._failed)
            self.stack.addWidget(self.lagesbild_view)
        if row == FIGURES and self.figures_view is None:
            from lagesbild_desktop.ui.figures_view import FiguresView

            self.figures_view = FiguresView(self.store, self.events, self.meeting.year, self.lang, self.stack,
                                            self.prompts)
            self.figures_view.saved.connect(self._saved)
            self.figures_view.failed.connect(self._failed)
            self.stack.addWidget(self.figures_view)
        widget = {0: self.meeting, 1: self.year_view, 2: self.charts_view, 3: self.measures_view,
                  MAP: self.map_view, LAGESBILD: self.lagesbild_view, FIGURES: self.figures_view}[row]
        self.stack.setCurrentWidget(widget)
        if row == 0:
            self.meeting.focus_row(0)
        elif row == 1:
            self.year_view.table.setFocus()
        elif row == 3:
            self.measures_view.table.setFocus()
        elif row == MAP:
            self.map_view.canvas.setFocus()
        elif row == LAGESBILD:
            self.lagesbild_view.sections.setFocus()
        elif row == FIGURES:
            self.figures_view.table.setFocus()

    def show_year_grid(self):
        self.navigation.setCurrentRow(1)
        return self.year_view

    def show_area(self, area_id: int, year: int, week: int, in_meeting: bool) -> None:
        """An area chosen on the map: its row in the meeting (the week's grades), else its cell in the grid."""
        if not in_meeting:
            self.show_cell(area_id, year, week)
            return
        self.navigation.setCurrentRow(0)
        if (self.meeting.year, self.meeting.week) != (year, week):
            self.meeting.set_week(year, week)
        rows = [row.data.area.id if row.data else None for row in self.meeting.rows]
        if area_id in rows:
            self.meeting.focus_row(rows.index(area_id))

    def show_cell(self, area_id: int, year: int, week: int) -> None:
        """A week clicked in a chart: that cell in the year grid."""
        self.show_year_grid().go_to(area_id, year, week)

    # -- status and zoom ----------------------------------------------------------------------------

    def _saved(self, text: str) -> None:
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(text)

    def _failed(self, text: str) -> None:
        self.saved_label.setStyleSheet("color: #C5221F; font-weight: bold;")
        self.saved_label.setText(text)

    def zoom(self, step: int) -> None:
        self.settings.point_size = self.settings.point_size + step
        set_point_size(self, self.settings.point_size)

    def _fit_navigation(self) -> None:
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.navigation.item(row).text())
                     for row in range(self.navigation.count()))
        self.navigation.setMaximumWidth(widest + 24)
        self.navigation.setMinimumWidth(widest + 24)  # a wide view beside it never cuts the names

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the zoom: the view list grows with its text
            self.navigation.setMaximumWidth(16777215)
            self.navigation.setMinimumWidth(0)
            self._fit_navigation()

    def closeEvent(self, event) -> None:
        self.meeting.commit_note()  # text still being typed when the window closes is kept
        self.meeting.week_note.commit()
        view = self.lagesbild_view
        if view is not None and not view.leave() and not self.prompts.confirm_discard(self, view.place.in_words()):
            event.ignore()  # a text that could not be saved is not thrown away with the window unasked
            return
        if self.report_dialog is not None:
            self.report_dialog.close()  # waits for a report being made
        self.events.stop()  # nothing more to read once the window is closed
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._painted:
            self._painted = True
            self.first_paint.emit()
            # Keys are handled from here on: the shortcuts come with the first picture, not before it.
            self._add_shortcuts()
        return handled
