"""A grid cell's editor (Enter): grade, note and that week's incidents for the area."""

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from lagesbild_desktop import osenv, shipped
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.store.assessments import Assessment
from lagesbild_desktop.ui.grade_selector import GradeSelector
from lagesbild_desktop.ui.incident_dialog import IncidentDialog
from lagesbild_desktop.ui.modal import run_modal, save_cancel_buttons
from lagesbild_desktop.ui.recorder import Cell, Recorder


class CellDialog(QDialog):
    def __init__(self, recorder: Recorder, cell: Cell, shown_name: str, current: Assessment | None,
                 incidents: list, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cellDialog")
        self.recorder, self.cell, self.current, self.lang = recorder, cell, current, lang
        self.shown_name = shown_name
        self.setWindowTitle(self.tr("{area}, vecka {week} {year}").format(area=shown_name, week=cell.week,
                                                                          year=cell.year))
        form = QFormLayout(self)
        self.selector = GradeSelector(lang, self)
        self.selector.set_grade(current.grade if current else None)
        self.selector.chosen.connect(self._choose)
        self.selector.setAccessibleName(self.tr("Bedömning"))
        self.grade_label = QLabel(self)
        self._choose(current.grade if current else None)
        form.addRow(self.tr("&Bedömning"), self.selector)
        form.addRow("", self.grade_label)
        self.note = QPlainTextEdit(current.note if current else "", self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Anteckning"))
        form.addRow(self.tr("&Anteckning"), self.note)
        self.incident_list = QListWidget(self)
        self.incident_list.setAccessibleName(self.tr("Händelser"))
        for incident in incidents:
            severity = Severity.from_code(incident.severity)
            name = severity.name_en if lang == "en" else severity.name_sv
            self.incident_list.addItem(" · ".join(p for p in (incident.date, incident.category, name,
                                                              incident.place, incident.description) if p))
        form.addRow(self.tr("Händelser"), self.incident_list)
        add = QPushButton(self.tr("+ Ny händelse"), self)
        add.clicked.connect(self._new_incident)
        form.addRow("", add)
        form.addRow(save_cancel_buttons(self, self.save))
        self.selector.setFocus()

    def _choose(self, grade: int | None) -> None:
        self.selector.set_grade(grade)
        self.grade_label.setText(shipped.scale().level(grade).label(self.lang) if grade else self.tr("ej bedömd"))

    def _new_incident(self) -> None:
        dialog = IncidentDialog(self.recorder.store, self.cell.area, self.shown_name, self.cell.year,
                                self.cell.week, osenv.today(), self.lang, self,
                                self.recorder.prompts)
        if run_modal(dialog) and dialog.created:
            self.incident_list.addItem(f"{dialog.created.date} · {dialog.created.category}")
            self.recorder.events.announce()

    def save(self) -> None:
        grade = self.selector.grade
        note = self.note.toPlainText().strip()
        if grade is None:
            if note:  # a note belongs to a grade: say so rather than drop the text
                self.grade_label.setText(self.tr("Välj en bedömning (1–5) för att spara anteckningen"))
                self.selector.setFocus()
                return
            self.reject()
            return
        version = self.current.version if self.current else 0
        if self.recorder.set_note(self.cell, grade, note, version) is not None:
            self.accept()
