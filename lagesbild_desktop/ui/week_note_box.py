"""The week's participants and summary, typed in meeting mode for the weekly report."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from lagesbild_desktop.services import report_texts
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.recorder import Recorder
from lagesbild_desktop.ui.text_saving import save_fields


class WeekNoteBox(QGroupBox):
    """Saved when the user leaves a field (or the week): like the grades, no Save button."""

    def __init__(self, store: Store, recorder: Recorder, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekNote")
        self.setTitle(self.tr("Veckans anteckningar till veckorapporten"))
        self.store, self.recorder = store, recorder
        self.year = self.week = 0
        self._stored = ("", "")
        form = QFormLayout(self)
        self.participants = QLineEdit(self)
        self.participants.setObjectName("weekParticipants")
        self.participants.setAccessibleName(self.tr("Deltagare"))
        self.participants.setPlaceholderText(self.tr("Vilka organisationer deltog, t.ex. Polisen, stadsdelen"))
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("weekSummary")
        self.summary.setAccessibleName(self.tr("Sammanfattning av veckan"))
        self.summary.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else in the meeting
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 2 + 12)
        form.addRow(self.tr("&Deltagare:"), self.participants)
        form.addRow(self.tr("Sa&mmanfattning:"), self.summary)
        self.participants.editingFinished.connect(self.commit)
        self.summary.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def show_week(self, year: int, week: int) -> None:
        """Show what is stored for the week; a text being typed for the same week is left alone."""
        editing = self.participants.hasFocus() or self.summary.hasFocus()
        if editing and (year, week) == (self.year, self.week):
            return
        self.year, self.week = year, week
        note = report_texts.week_note(self.store, year, week)
        self._stored = (note.participants, note.summary) if note else ("", "")
        self.participants.setText(self._stored[0])
        self.summary.setPlainText(self._stored[1])

    def typed(self) -> tuple[str, str]:
        return self.participants.text().strip(), self.summary.toPlainText().strip()

    def commit(self) -> bool:
        """Write the texts the user changed (each on its own); returns whether anything was written."""
        typed = self.typed()
        if not self.year or typed == self._stored:
            return False
        year, week = self.year, self.week
        changes = {name: (shown, now) for name, shown, now in zip(("participants", "summary"), self._stored, typed,
                                                                  strict=True) if shown != now}

        def save(fields: dict, allow: bool) -> None:
            report_texts.update_week_note(self.store, year, week, fields, allow_personal_data=allow,
                                          context="veckomötet")

        outcome = save_fields(self.recorder.prompts, self, changes, save)
        if outcome.settled:  # show what is stored now: masked, or another's value kept
            note = report_texts.week_note(self.store, year, week)
            self._stored = (note.participants, note.summary) if note else ("", "")
            self.participants.setText(self._stored[0])
            self.summary.setPlainText(self._stored[1])
        (self.recorder.saved if outcome.saved else self.recorder.failed).emit(outcome.message)
        return outcome.saved
