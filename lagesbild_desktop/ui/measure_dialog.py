"""A measure of the action plan in a dialog: made new or changed, with its follow-ups; and the
follow-up dialog. Both save through services.measures; an edit is written against the version shown."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.measures import STATUSES, effect_in_words
from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import measures
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.modal import save_cancel_buttons
from lagesbild_desktop.ui.text_saving import vet_personal_data

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDate(_qdate(day))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a box to tick, and the date."""

    def __init__(self, label: str, day: str | None, default: dt.date, parent: QWidget):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(label, self)
        self.date = _date_edit(self, dt.date.fromisoformat(day) if day else default)
        self.given.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        self.given.toggled.connect(self.date.setEnabled)
        self.date.setAccessibleName(label)
        row.addWidget(self.given)
        row.addWidget(self.date, 1)

    def value(self) -> str:
        return self.date.date().toString("yyyy-MM-dd") if self.given.isChecked() else ""


def _checklist(parent: QWidget, name: str, items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    """A list of (shown text, value) to tick with Space; compact, and read by a screen reader."""
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    for text, value in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
    widget.setMaximumHeight(widget.sizeHintForRow(0) * 5 + 6 if items else 40)
    return widget


def _ticked(widget: QListWidget) -> list[str]:
    return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked]


class MeasureDialog(QDialog):
    """A new measure (for `area`, if given), or the measure `measure_id` with its follow-ups."""

    def __init__(self, store: Store, today: dt.date, *, measure_id: int | None = None, area: str | None = None,
                 priority_field: int | None = None, parent: QWidget | None = None, prompts=None):
        super().__init__(parent)
        self.setObjectName("measureDialog")
        self.store, self.prompts, self.today = store, prompts, today
        self.saved = None
        shown = measures.view(store, measure_id) if measure_id is not None else None
        measure = shown.measure if shown else None
        self.version = measure.version if measure else None
        self.measure_id = measure_id
        self.setWindowTitle(self.tr("Åtgärd: {title}").format(title=measure.title) if measure
                            else self.tr("Ny åtgärd") + (f" – {area}" if area else ""))
        form = QFormLayout(self)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 90)  # room for the effect's sentences
        self.title = QLineEdit(measure.title if measure else "", self)
        names = [a.name for a in area_store.all_areas(store.conn)]
        chosen_areas = set(shown.area_names) if shown else ({area} if area else set())
        self.areas = _checklist(self, self.tr("Områden"), [(name, name) for name in names], chosen_areas)
        self.field = QComboBox(self)
        self.field.addItem(self.tr("Inget"), None)
        for item in PRIORITY_FIELDS:
            self.field.addItem(f"{item.number}. {item.name_sv}", item.number)
        wanted_field = measure.priority_field if measure else priority_field
        self.field.setCurrentIndex(wanted_field or 0)
        self.place = QLineEdit(measure.place if measure else "", self)
        known = [r.name for r in measures.list_responsibles(store)]
        for name in measure.responsible if measure else ():
            if name not in known:
                known.append(name)  # no longer in the list, but still this measure's
        self.responsible = _checklist(self, self.tr("Ansvariga"), [(name, name) for name in known],
                                      set(measure.responsible) if measure else set())
        self.new_responsible = QPushButton(self.tr("Ny organisation…"), self)
        self.new_responsible.setObjectName("newResponsible")
        self.new_responsible.clicked.connect(self.add_responsible)
        responsible_box = QHBoxLayout()
        responsible_box.addWidget(self.responsible, 1)
        responsible_box.addWidget(self.new_responsible, 0, Qt.AlignmentFlag.AlignTop)
        self.start = _date_edit(self, dt.date.fromisoformat(measure.start) if measure else today)
        self.end = OptionalDate(self.tr("Planerat slut"), measure.end if measure else None, today, self)
        self.term = QComboBox(self)
        self.term.addItem(self.tr("Kortsiktig"), "kort")
        self.term.addItem(self.tr("Långsiktig"), "lång")
        self.term.setCurrentIndex(1 if measure and measure.term == "lång" else 0)
        self.goal = QLineEdit(measure.goal if measure else "", self)
        self.description = QPlainTextEdit(measure.description if measure else "", self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().height() * 5)
        self.next = OptionalDate(self.tr("Nästa uppföljning"), measure.next_follow_up if measure else None,
                                 today + dt.timedelta(weeks=4), self)
        rows = ((self.tr("&Rubrik"), self.title), (self.tr("Områ&den"), self.areas),
                (self.tr("&Prioriterat område"), self.field), (self.tr("P&lats"), self.place),
                (self.tr("&Ansvariga"), self.responsible), (self.tr("&Start"), self.start),
                (self.tr("Sl&ut"), self.end), (self.tr("&Tidshorisont"), self.term),
                (self.tr("&Mål eller indikator"), self.goal), (self.tr("&Beskrivning"), self.description),
                (self.tr("Upp&följning"), self.next))
        for label, widget in rows:
            if widget is self.responsible:
                text = QLabel(label, self)
                text.setBuddy(widget)  # the label's Alt key goes to the list, not to the button beside it
                form.addRow(text, responsible_box)
            else:
                form.addRow(label, widget)
            if widget not in (self.end, self.next):
                widget.setAccessibleName(label.replace("&", ""))
        if shown is not None:
            self.history = _reading(self, "followUpHistory", _history(shown), 4)
            form.addRow(self.tr("Uppföljningar"), self.history)
            self.effect = _reading(self, "measureEffect", effect_in_words(
                measures.effect_of(store, shown, today=today), bool(measure.areas)), 5)
            form.addRow(self.tr("Effekt"), self.effect)
        self.error = QLabel(self)
        self.error.setObjectName("measureError")
        self.error.setStyleSheet("color: #C5221F;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        form.addRow(save_cancel_buttons(self, self.save))
        self.title.setFocus()

    def ask_name(self) -> str:
        """A new organisation's name; "" when the user cancels (tests answer this instead)."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Ny ansvarig organisation"), self.tr("Namn:"))
        return name if ok else ""

    def add_responsible(self) -> None:
        """Add an organisation to the list every measure chooses from, ticked for this one."""
        name = self.ask_name().strip()
        if not name:
            return
        try:
            made = measures.add_responsible(self.store, name, context="fönstret")
        except LagesbildError as error:
            self.error.setText(error.message)
            return
        item = QListWidgetItem(made.name, self.responsible)
        item.setData(Qt.ItemDataRole.UserRole, made.name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.responsible.setCurrentItem(item)

    def save(self) -> None:
        vetted = vet_personal_data(self.prompts, self, [self.title.text(), self.place.text(), self.goal.text(),
                                                        self.description.toPlainText()])
        if vetted is None:
            self.error.setText(self.tr("Inte sparat: ta bort personnumret"))
            return
        (title, place, goal, description), allow = vetted
        fields = {"title": title, "areas": _ticked(self.areas), "priority_field": self.field.currentData() or "",
                  "place": place, "responsible": _ticked(self.responsible),
                  "start": self.start.date().toString("yyyy-MM-dd"), "end": self.end.value(),
                  "term": self.term.currentData(), "goal": goal, "description": description,
                  "next_follow_up": self.next.value()}
        try:
            if self.measure_id is None:
                fields = {key: (None if value == "" else value) for key, value in fields.items()}
                self.saved = measures.add_measure(self.store, allow_personal_data=allow, context="fönstret", **fields)
            else:
                self.saved = measures.edit_measure(self.store, self.measure_id, expected_version=self.version,
                                                   allow_personal_data=allow, context="fönstret", **fields)
        except LagesbildError as error:
            self.error.setText(error.message)  # stays open: nothing was stored
            return
        self.accept()


def _reading(parent: QWidget, name: str, text: str, lines: int) -> QPlainTextEdit:
    """A text to read (and to select and copy), wrapped, its own height whatever the dialog's width."""
    box = QPlainTextEdit(text, parent)
    box.setObjectName(name)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _history(shown: measures.MeasureView) -> str:
    if not shown.follow_ups:
        return translate("MeasureDialog", "Inga uppföljningar ännu. Status: {status}").format(status=shown.status)
    lines = [f"{item.date} {item.status}" + (f": {item.comment}" if item.comment else "") + f" ({item.who})"
             for item in shown.follow_ups]
    return "\n".join(lines)


class FollowUpDialog(QDialog):
    """Record a follow-up of one measure: status, date, comment, next follow-up."""

    def __init__(self, store: Store, measure_id: int, today: dt.date, parent: QWidget | None = None, prompts=None):
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.store, self.prompts, self.measure_id = store, prompts, measure_id
        self.saved = None
        shown = measures.view(store, measure_id)
        self.version = shown.measure.version
        self.setWindowTitle(self.tr("Följ upp: {title}").format(title=shown.measure.title))
        form = QFormLayout(self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(status, status)
        self.status.setCurrentIndex(max(STATUSES.index(shown.status), 1) if shown.status != "avbruten" else 3)
        self.date = _date_edit(self, today)
        self.date.setMaximumDate(_qdate(max(today, osenv.today())))  # a follow-up is of what has happened
        self.comment = QLineEdit(self)
        following = shown.measure.next_follow_up
        later = dt.date.fromisoformat(following) if following and following > today.isoformat() else \
            today + dt.timedelta(weeks=4)
        self.next = OptionalDate(self.tr("Nästa uppföljning"), later.isoformat(), later, self)
        for label, widget in ((self.tr("&Status"), self.status), (self.tr("&Datum"), self.date),
                              (self.tr("&Kommentar"), self.comment), (self.tr("&Nästa"), self.next)):
            form.addRow(label, widget)
            if widget is not self.next:
                widget.setAccessibleName(label.replace("&", ""))
        self.error = QLabel(self)
        self.error.setObjectName("followUpError")
        self.error.setStyleSheet("color: #C5221F;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        form.addRow(save_cancel_buttons(self, self.save))
        self.status.setFocus()

    def save(self) -> None:
        vetted = vet_personal_data(self.prompts, self, [self.comment.text()])
        if vetted is None:
            self.error.setText(self.tr("Inte sparat: ta bort personnumret"))
            return
        (comment,), allow = vetted
        status = self.status.currentData()
        following = self.next.value() if status in ("planerad", "pågår") else ""
        try:
            self.saved = measures.follow_up(self.store, self.measure_id, status=status,
                                            date=self.date.date().toString("yyyy-MM-dd"), comment=comment,
                                            next_follow_up=following, expected_version=self.version,
                                            allow_personal_data=allow, context="fönstret")
        except LagesbildError as error:
            self.error.setText(error.message)
            return
        self.accept()
