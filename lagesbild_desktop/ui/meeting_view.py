"""Meeting mode ("Veckomöte"): one week, all areas, top to bottom, made for the projector.

A digit grades the focused area and moves on to the next one; Tab reaches
the note and the incident button. Everything is saved at once.
"""

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop import osenv, shipped
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import week_dates
from lagesbild_desktop.services import measures, weeks
from lagesbild_desktop.services.weeks import AreaWeek
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.events import DataEvents
from lagesbild_desktop.ui.grade_selector import GradeSelector
from lagesbild_desktop.ui.modal import run_modal
from lagesbild_desktop.ui.recorder import Cell, Recorder
from lagesbild_desktop.ui.theme import FOCUS_COLOUR
from lagesbild_desktop.ui.week_note_box import WeekNoteBox
from lagesbild_desktop.ui.zoom import emphasise

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

COLUMNS = 5  # area, last week, suggestion, grade boxes, grade in words; note and incidents on a second line


class RowBackground(QWidget):
    """Behind a row: marks the area being graded, large and clear for the room."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.current = False

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def paintEvent(self, event) -> None:
        if not self.current:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS_COLOUR, 3))
        painter.setBrush(self.palette().alternateBase())
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)


class AreaRow:
    """The widgets of one area in the meeting grid (placed in the view's grid layout)."""

    def __init__(self, view: "MeetingView", index: int):
        self.view = view
        self.data: AreaWeek | None = None
        parent = view.rows_widget
        self.background = RowBackground(parent)
        self.name = QLabel(parent)
        self.name.setIndent(10)  # clear of the frame that marks the current row
        emphasise(self.name, 1.25)
        self.last = QLabel(parent)
        self.last.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.suggestion = QLabel(parent)
        self.selector = GradeSelector(view.lang, parent)
        self.chosen = QLabel(parent)
        self.note = QLineEdit(parent)
        self.note.setPlaceholderText(translate("MeetingView", "Anteckning"))
        self.incidents = QLabel(parent)
        self.measures = QLabel(parent)  # the area's active measures: a count, titles on hover
        self.measures.setObjectName("areaMeasures")
        self.add_incident = QPushButton("+", parent)
        self.add_incident.setToolTip(translate("MeetingView", "Ny händelse"))
        self.add_incident.setMaximumWidth(self.add_incident.fontMetrics().height() * 3)
        grid = view.grid
        # Two lines per area, so that the projector zoom grows the rows downwards (scrolling
        # like a document) instead of pushing columns off the right edge.
        row = 1 + index * 2  # row 0 holds the column headings
        grid.addWidget(self.background, row, 0, 2, COLUMNS)
        for column, widget in enumerate((self.name, self.last, self.suggestion, self.selector, self.chosen)):
            grid.addWidget(widget, row, column)
        note_box = QHBoxLayout()
        note_box.setContentsMargins(self.name.indent(), 0, 0, 6)
        note_box.addWidget(self.note)
        grid.addLayout(note_box, row + 1, 0, 1, 3)
        incident_box = QHBoxLayout()
        incident_box.setContentsMargins(0, 0, 8, 6)
        incident_box.addWidget(self.incidents, 1)
        incident_box.addWidget(self.measures)
        incident_box.addWidget(self.add_incident)
        grid.addLayout(incident_box, row + 1, 3, 1, 2)
        # The version of the cell when the typing of a note began: the note is written against
        # that version, so a change made elsewhere meanwhile is asked about, not overwritten.
        self._note_base_version: int | None = None
        self._shown_cell: tuple | None = None
        self.note.textEdited.connect(self._note_edited)
        self.selector.chosen.connect(self._grade_chosen)
        self.selector.clear_requested.connect(self._clear)
        self.note.editingFinished.connect(self._note_done)
        self.add_incident.clicked.connect(self._new_incident)

    def widgets(self) -> list[QWidget]:
        return [
            self.background,
            self.name,
            self.last,
            self.suggestion,
            self.selector,
            self.chosen,
            self.note,
            self.incidents,
            self.measures,
            self.add_incident,
        ]

    def remove(self) -> None:
        for widget in self.widgets():
            widget.setParent(None)
            widget.deleteLater()

    @property
    def cell(self) -> Cell:
        return Cell(self.data.area.name, self.view.year, self.view.week)

    @property
    def version(self) -> int:
        return self.data.current.version if self.data.current else 0

    def show(self, data: AreaWeek) -> None:
        self.data = data
        shown_cell = (data.area.id, self.view.year, self.view.week)
        new_cell = shown_cell != self._shown_cell
        self._shown_cell = shown_cell
        view, lang = self.view, self.view.lang
        scale = shipped.scale()
        current = data.current
        self.name.setText(data.name)
        self.last.setText(str(data.last_week.grade) if data.last_week else "–")
        last_words = (
            scale.level(data.last_week.grade).label(lang)
            if data.last_week
            else translate("MeetingView", "ingen bedömning")
        )
        self.last.setAccessibleName(
            translate("MeetingView", "{area}, förra veckan: {grade}").format(area=data.name, grade=last_words)
        )
        self.last.setToolTip(last_words)
        reason = _reason(view, data.suggestion)
        self.suggestion.setText(f"{data.suggestion.grade} · {reason}")
        self.suggestion.setAccessibleName(
            translate("MeetingView", "{area}, förslag: {grade}, {reason}").format(
                area=data.name, grade=scale.level(data.suggestion.grade).label(lang), reason=reason
            )
        )
        grade = current.grade if current else None
        self.selector.set_grade(grade)
        words = scale.level(grade).label(lang) if grade else translate("MeetingView", "ej bedömd")
        self.selector.setAccessibleName(
            translate("MeetingView", "{area}, vecka {week}: {grade}").format(
                area=data.name, week=view.week, grade=words
            )
        )
        self.chosen.setText(words)
        if new_cell or self._note_base_version is None:  # never replace text that is being typed
            self.note.setText(current.note if current else "")
            self._note_base_version = None
        self.note.setEnabled(current is not None)  # a note belongs to a grade: grade first
        self.note.setAccessibleName(translate("MeetingView", "Anteckning {area}").format(area=data.name))
        recurring = self.view.recurring.get(data.area.id, [])
        flagged = "; ".join(translate("MeetingView", "{place} återkommer ({count} händelser på {weeks} veckor)").format(
            place=name, count=count, weeks=self.view.recurrence[1]) for name, count in recurring)
        self.incidents.setText(_incident_summary(view, data) + (f" · ⚑ {flagged}" if flagged else ""))
        self.incidents.setAccessibleName(self.incidents.text().replace("⚑ ", ""))
        self.incidents.setToolTip("\n".join(_incident_line(view, incident) for incident in data.incidents))
        self.add_incident.setAccessibleName(translate("MeetingView", "Ny händelse i {area}").format(area=data.name))
        active = self.view.active_measures.get(data.area.uid, [])
        titles = ", ".join(item.measure.title for item in active)
        self.measures.setText(translate("MeetingView", "Åtgärder: {count}").format(count=len(active)) if active
                              else "")
        self.measures.setToolTip(titles)
        described = (translate("MeetingView", "{area}: {count} aktiva åtgärder: {titles}").format(
            area=data.name, count=len(active), titles=titles) if active
            else translate("MeetingView", "{area}: inga aktiva åtgärder").format(area=data.name))
        self.measures.setAccessibleName(described)
        self.selector.setAccessibleDescription(
            translate("MeetingView", "Skriv 1–5 för att bedöma, Delete för att ta bort, A för ny åtgärd, "
                                     "U för att följa upp en åtgärd") + (f". {described}" if active else ""))

    def set_current(self, current: bool) -> None:
        self.background.set_current(current)

    def _grade_chosen(self, grade: int) -> None:
        if self.view.recorder.set_grade(self.cell, grade, self.version) is not None:
            self.view.focus_after(self.view.rows.index(self))

    def _clear(self) -> None:
        if self.data.current is not None:
            self.view.recorder.clear(self.cell, self.version, self.data.name)

    def _note_edited(self, _text: str) -> None:
        if self._note_base_version is None:
            self._note_base_version = self.version

    def _note_done(self) -> None:
        """Enter or leaving the field: store the note typed since the field was shown."""
        current = self.data.current if self.data else None
        if current is None or self._note_base_version is None:
            return
        text = self.note.text().strip()
        base, self._note_base_version = self._note_base_version, None
        if text == current.note and base == current.version:
            return
        recorder = self.view.recorder
        if recorder.set_note(self.cell, current.grade, text, base) is None:
            if recorder.last_refusal == "personal_data":
                self._note_base_version = base  # the text stays for the user to correct
                return
            self.view.reload()  # the stored value stands: show it

    def _new_incident(self) -> None:
        from lagesbild_desktop.ui.incident_dialog import IncidentDialog  # not needed for the first paint

        dialog = IncidentDialog(
            self.view.store,
            self.data.area.name,
            self.data.name,
            self.view.year,
            self.view.week,
            osenv.today(),
            self.view.lang,
            self.view,
            self.view.recorder.prompts,
        )
        if self.view.open_dialog(dialog):
            self.view.events.announce()


def _severity_name(view: QWidget, severity: Severity, count: int = 1) -> str:
    if view.lang == "en":
        return severity.name_en
    return severity.name_sv if count == 1 else severity.plural_sv


def _reason(view: QWidget, suggestion) -> str:
    """The most severe count behind the suggestion, short enough for the column: '2 allvarliga'."""
    if not suggestion.counts:
        return translate("MeetingView", "inga händelser")
    severity, count = suggestion.counts[0]
    return f"{count} {_severity_name(view, severity, count)}"


def _incident_summary(view: QWidget, data: AreaWeek) -> str:
    if not data.incidents:
        return translate("MeetingView", "Händelser: inga")
    worst = max(Severity.from_code(i.severity) for i in data.incidents)
    return translate("MeetingView", "Händelser: {count}, värst {severity}").format(
        count=len(data.incidents), severity=_severity_name(view, worst)
    )


def _incident_line(view: QWidget, incident) -> str:
    name = _severity_name(view, Severity.from_code(incident.severity))
    parts = [incident.date, incident.category, name, incident.place, incident.description]
    return " · ".join(part for part in parts if part)


class MeetingView(QWidget):
    progress = Signal(str)  # "vecka 10 · 9 av 9 områden bedömda", for the status line

    def __init__(
        self,
        store: Store,
        recorder: Recorder,
        events: DataEvents,
        year: int,
        week: int,
        lang: str = "sv",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("weekEntry")
        self.setAccessibleName(self.tr("Veckomöte"))
        self.store, self.recorder, self.events, self.lang = store, recorder, events, lang
        self.year, self.week = year, week
        self.rows: list[AreaRow] = []
        self.recurring: dict[int, list[tuple[str, int]]] = {}  # area id -> places that recur up to this week
        self.recurrence = (3, 4)  # at least N incidents within M weeks, as the district set it
        self.progress_text = ""  # the latest "vecka 10 · 9 av 9 områden bedömda"
        self.open_dialog = run_modal  # tests answer dialogs instead of blocking

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.set_week(*weeks.previous_week(self.year, self.week)))
        self.heading = QLabel(self)
        self.heading.setObjectName("weekHeading")
        emphasise(self.heading, 1.5)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.set_week(*weeks.next_week(self.year, self.week)))
        top.addWidget(self.heading, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        outer.addLayout(top)

        self.rows_widget = QWidget(self)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        headings = [
            self.tr("Område"),
            self.tr("Förra"),
            self.tr("Förslag"),
            self.tr("Bedömning"),
            "",
        ]
        for column, text in enumerate(headings):
            label = QLabel(text, self.rows_widget)
            emphasise(label)
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(4, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own on the way through the week
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.rows_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.scroll = scroll
        outer.addWidget(scroll, 1)
        # The incidents of the area being graded, spelled out for the room (UI.md).
        self.details = QLabel(self)
        self.details.setObjectName("incidentDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.details)
        self.week_note = WeekNoteBox(store, recorder, self)
        outer.addWidget(self.week_note)
        # The measures whose follow-up is due by the week's end: gone through at the end of the meeting.
        self.due_label = QLabel(self.tr("Åtgärder att följa upp denna vecka (Enter följer upp):"), self)
        self.due_list = QListWidget(self)
        self.due_list.setObjectName("dueMeasures")
        self.due_list.setAccessibleName(self.tr("Åtgärder att följa upp denna vecka"))
        self.due_label.setBuddy(self.due_list)
        self.due_list.itemActivated.connect(lambda item: self.follow_up_measure(item.data(Qt.ItemDataRole.UserRole)))
        outer.addWidget(self.due_label)
        outer.addWidget(self.due_list)
        self.active_measures: dict = {}  # area uid -> the measures active in the week shown
        self._current_row = 0

        QShortcut(
            QKeySequence(Qt.Key.Key_PageUp),
            self,
            self.previous_button.click,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_PageDown),
            self,
            self.next_button.click,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QApplication.instance().focusChanged.connect(self._focus_changed)
        events.changed.connect(self.reload)
        self.reload()

    # -- data ---------------------------------------------------------------------------------------

    def set_week(self, year: int, week: int) -> None:
        self.commit_note()  # a note being typed belongs to the week it was typed in
        self.week_note.commit()
        self.year, self.week = year, week
        self.reload()
        self.focus_row(0)

    def commit_note(self) -> None:
        for row in self.rows:
            if row.note.hasFocus() or row._note_base_version is not None:
                row._note_done()

    def focus_after(self, index: int) -> None:
        """After a grade: the next area; after the last one, the next-week button, so that one
        digit too many grades nothing."""
        if index + 1 < len(self.rows):
            self.focus_row(index + 1)
        else:
            self.next_button.setFocus(Qt.FocusReason.TabFocusReason)

    def reload(self) -> None:
        overview = weeks.week_overview(self.store, self.year, self.week)
        self._load_measures()
        from lagesbild_desktop.services.places import recurrence, recurring_in_week  # read with the week's data

        self.recurring = recurring_in_week(self.store, self.year, self.week)
        self.recurrence = recurrence(self.store)
        area_ids = [item.area.id for item in overview]
        if [row.data.area.id for row in self.rows if row.data] != area_ids:
            self._rebuild(len(overview), area_ids)
        for row, item in zip(self.rows, overview, strict=True):
            row.show(item)
        previous, following = weeks.previous_week(self.year, self.week), weeks.next_week(self.year, self.week)
        self.previous_button.setText(self.tr("‹ v{week}").format(week=previous.week))
        self.previous_button.setAccessibleName(self.tr("Föregående vecka, vecka {week}").format(week=previous.week))
        self.next_button.setText(self.tr("v{week} ›").format(week=following.week))
        self.next_button.setAccessibleName(self.tr("Nästa vecka, vecka {week}").format(week=following.week))
        self.heading.setText(
            self.tr("Vecka {week} {year} · {span}").format(
                week=self.week, year=self.year, span=weeks.week_span(self.year, self.week)
            )
        )
        self._show_details()
        self.week_note.show_week(self.year, self.week)
        done = sum(1 for item in overview if item.current)
        self.progress_text = self.tr("vecka {week} · {done} av {total} områden bedömda").format(
            week=self.week, done=done, total=len(overview)
        )
        self.progress.emit(self.progress_text)

    def _rebuild(self, count: int, area_ids: list[int]) -> None:
        focused_row = self._row_of(QApplication.focusWidget())
        focused_area = self.rows[focused_row].data.area.id if focused_row is not None and self.rows[
            focused_row].data else None
        for row in self.rows:
            row.remove()
        self.rows = [AreaRow(self, index) for index in range(count)]
        if focused_area in area_ids:  # the same area keeps the focus, wherever its row is now
            focused_row = area_ids.index(focused_area)
        chain = [widget for row in self.rows for widget in (row.selector, row.note, row.add_incident)]
        chain += [self.week_note.participants, self.week_note.summary, self.due_list]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if focused_row is not None:
            self.focus_row(min(focused_row, count - 1))

    # -- measures -----------------------------------------------------------------------------------

    def _load_measures(self) -> None:
        monday, sunday = week_dates(self.year, self.week)
        self.active_measures, due = measures.week_measures(self.store, monday, sunday)
        self.due_list.clear()
        for item in due:
            text = self.tr("{title} – uppföljning {date} ({areas})").format(
                title=item.measure.title, date=item.measure.next_follow_up, areas=", ".join(item.area_names) or "–")
            entry = QListWidgetItem(text, self.due_list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
        self.due_label.setVisible(bool(due))
        self.due_list.setVisible(bool(due))
        self.due_list.setMaximumHeight(self.due_list.sizeHintForRow(0) * min(len(due), 4) + 6 if due else 0)

    def keyPressEvent(self, event) -> None:
        """A and U on an area's grade boxes (which pass on every key but digits and Delete): a new measure
        for the area, and a follow-up of one of its measures."""
        row = self._row_of(QApplication.focusWidget())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if row is not None and plain and QApplication.focusWidget() is self.rows[row].selector:
            if event.key() == Qt.Key.Key_A:
                self.add_measure(row)
                return
            if event.key() == Qt.Key.Key_U:
                self.follow_up_area(row)
                return
        super().keyPressEvent(event)

    def add_measure(self, row: int) -> None:
        from lagesbild_desktop.ui.measure_dialog import MeasureDialog

        data = self.rows[row].data
        _monday, sunday = week_dates(self.year, self.week)
        dialog = MeasureDialog(self.store, min(osenv.today(), sunday), area=data.area.name, parent=self,
                               prompts=self.recorder.prompts)
        if self.open_dialog(dialog):
            self.events.announce()

    def follow_up_area(self, row: int) -> None:
        """Follow up the area's active measure; with several, the user picks one first."""
        data = self.rows[row].data
        active = self.active_measures.get(data.area.uid, [])
        if not active:
            self.details.setText(self.tr("{area} har inga aktiva åtgärder att följa upp (A lägger till en)").format(
                area=data.name))
            return
        chosen = active[0].id
        if len(active) > 1:
            # Numbered: two measures may have the same title.
            titles = [f"{item.measure.title} (nr {item.id})" for item in active]
            title, ok = self.choose_item(self.tr("Följ upp"), self.tr("Vilken åtgärd i {area}?").format(
                area=data.name), titles)
            if not ok:
                return
            chosen = active[titles.index(title)].id
        self.follow_up_measure(chosen)

    def follow_up_measure(self, measure_id: int) -> None:
        from lagesbild_desktop.ui.measure_dialog import FollowUpDialog

        _monday, sunday = week_dates(self.year, self.week)
        dialog = FollowUpDialog(self.store, measure_id, min(osenv.today(), sunday), self, self.recorder.prompts)
        if self.open_dialog(dialog):
            self.events.announce()

    def choose_item(self, title: str, label: str, items: list[str]) -> tuple[str, bool]:
        from PySide6.QtWidgets import QInputDialog

        return QInputDialog.getItem(self, title, label, items, 0, False)

    # -- focus --------------------------------------------------------------------------------------

    def focus_row(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        self.rows[index].selector.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll.ensureWidgetVisible(self.rows[index].selector)

    def _row_of(self, widget: QWidget | None) -> int | None:
        for index, row in enumerate(self.rows):
            if widget in row.widgets():
                return index
        return None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        current = self._row_of(new)
        if current is None:
            return
        self._current_row = current
        for index, row in enumerate(self.rows):
            row.set_current(index == current)
        self._show_details()

    def _show_details(self) -> None:
        if not self.rows or self.rows[min(self._current_row, len(self.rows) - 1)].data is None:
            self.details.clear()
            return
        data = self.rows[min(self._current_row, len(self.rows) - 1)].data
        if not data.incidents:
            self.details.setText(self.tr("Inga händelser i {area} v{week}").format(area=data.name, week=self.week))
            return
        lines = "\n".join(_incident_line(self, incident) for incident in data.incidents)
        self.details.setText(self.tr("Händelser i {area} v{week}:").format(area=data.name, week=self.week) + "\n"
                             + lines)
