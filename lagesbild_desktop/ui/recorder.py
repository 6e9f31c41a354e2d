"""The GUI's one way of changing grades: conflicts, personal data, undo and the status line.

Every view records through a Recorder, so that each change is asked about,
written and announced the same way, and every change can be undone (undo
writes to the database like any other change, and is audited).
"""


from contextlib import nullcontext
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from lagesbild_desktop import osenv, shipped
from lagesbild_desktop.errors import Conflict, LagesbildError
from lagesbild_desktop.store.assessments import Change
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui import prompts as answers
from lagesbild_desktop.ui.events import DataEvents
from lagesbild_desktop.ui.prompts import Prompts

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class Cell(NamedTuple):
    area: str  # the area's current name (services find it by name)
    year: int
    week: int

    def label(self, shown_name: str | None = None) -> str:
        return translate("Recorder", "{area}, vecka {week} {year}").format(
            area=shown_name or self.area, week=self.week, year=self.year
        )


Value = tuple[int, str] | None  # (grade, note), or None for "not assessed"


def describe(value: Value, lang: str) -> str:
    if value is None:
        return translate("Recorder", "ingen bedömning")
    grade, note = value
    label = shipped.scale().level(grade).label(lang)
    return f"{label} – {note}" if note else label


class Recorder(QObject):
    saved = Signal(str)  # "Sparat 10:42:13"
    failed = Signal(str)  # a message for the status line, shown in red

    def __init__(
        self,
        store: Store,
        events: DataEvents,
        undo_stack: QUndoStack,
        prompts: Prompts,
        parent_widget: QWidget | None = None,
        lang: str = "sv",
    ):
        super().__init__(parent_widget)
        self.store = store
        self.events = events
        self.undo_stack = undo_stack
        self.prompts = prompts
        self.parent_widget = parent_widget
        self.lang = lang
        # The version each cell has after this window's own latest write: undo and redo of older
        # steps expect it, so only someone else's change in between counts as a conflict.
        self.written_versions: dict[Cell, int] = {}
        self.last_refusal: str | None = None  # why the latest write stored nothing: personal_data, conflict, error
        self.steps = None  # the window's undo steps (ui/steps.py): a grade's write is a step of the recorder's

    # -- what the views call ------------------------------------------------------------------------

    # Each returns the stored change, or None when nothing was written (declined, refused, kept theirs).

    def set_grade(self, cell: Cell, grade: int, expected_version: int | None) -> Change | None:
        return self.write(cell, (grade, None), expected_version)

    def set_note(self, cell: Cell, grade: int, note: str, expected_version: int | None) -> Change | None:
        return self.write(cell, (grade, note), expected_version)

    def clear(self, cell: Cell, expected_version: int | None, shown_name: str | None = None) -> Change | None:
        what = translate("Recorder", "bedömningen {cell}").format(cell=cell.label(shown_name))
        if not self.prompts.confirm_delete(self.parent_widget, what):
            return None
        return self.write(cell, None, expected_version)

    # -- the one write path -------------------------------------------------------------------------

    def write(
        self,
        cell: Cell,
        value: tuple[int, str | None] | None,
        expected_version: int | None,
        *,
        context: str = "fönstret",
        undoable: bool = True,
    ) -> Change | None:
        """Write `value` (None clears); returns the stored change, or None when nothing was written."""
        from lagesbild_desktop.ui.text_saving import vet_personal_data

        allow = False
        self.last_refusal = None
        if value is not None and value[1]:
            vetted = vet_personal_data(self.prompts, self.parent_widget, [value[1]])
            if vetted is None:
                self.last_refusal = "personal_data"
                self.failed.emit(translate("Recorder", "Inte sparat: anteckningen innehöll ett personnummer"))
                return None
            (note,), allow = vetted
            value = (value[0], note)
        while True:
            try:
                change = self._store_value(cell, value, expected_version, allow, context)
                break
            except Conflict as conflict:
                current = conflict.current
                theirs = (current.grade, current.note) if current else None
                mine = (
                    None
                    if value is None
                    else (value[0], value[1] if value[1] is not None else (current.note if current else ""))
                )
                choice = self.prompts.conflict(
                    self.parent_widget, cell.label(), describe(mine, self.lang), describe(theirs, self.lang)
                )
                if choice != answers.MINE:
                    self.last_refusal = "conflict"
                    self.events.announce()  # show what is stored now
                    self.failed.emit(translate("Recorder", "Inte sparat: värdet i databasen behölls"))
                    return None
                expected_version = current.version if current else 0
            except LagesbildError as error:
                self.last_refusal = "error"
                self.failed.emit(error.message)
                return None
        self.written_versions[cell] = change.new.version if change.new else 0
        if change.action != "unchanged":
            if undoable:
                self.undo_stack.push(GradeCommand(self, cell, change))
            self.saved.emit(translate("Recorder", "Sparat {time}").format(time=osenv.now().strftime("%H:%M:%S")))
            self.events.announce()
        return change

    def _store_value(self, cell: Cell, value, expected_version, allow: bool, context: str):
        from lagesbild_desktop.services import assessments  # the first write, not the first paint

        with self.steps.pause() if self.steps is not None else nullcontext():  # a grade is the recorder's step
            if value is None:
                return assessments.clear_grade(
                    self.store, cell.area, cell.year, cell.week, expected_version=expected_version, context=context
                )
            grade, note = value
            return assessments.record_grade(
                self.store,
                cell.area,
                cell.year,
                cell.week,
                grade,
                note,
                allow_personal_data=allow,
                expected_version=expected_version,
                context=context,
            )


class GradeCommand(QUndoCommand):
    """An already-made change; undo and redo write through the recorder like any change."""

    def __init__(self, recorder: Recorder, cell: Cell, change):
        super().__init__(translate("Recorder", "bedömning {cell}").format(cell=cell.label()))
        self.recorder = recorder
        self.cell = cell
        self.before = (change.old.grade, change.old.note) if change.old else None
        self.after = (change.new.grade, change.new.note) if change.new else None
        self.version = change.new.version if change.new else 0
        self._done = True  # QUndoStack.push() calls redo(); the change is already made

    def _apply(self, value, context: str) -> None:
        expected = self.recorder.written_versions.get(self.cell, self.version)
        change = self.recorder.write(self.cell, value, expected, context=context, undoable=False)
        if change is None:
            self.setObsolete(True)  # the user kept someone else's value; this step no longer applies
            return
        self.version = change.new.version if change.new else 0

    def undo(self) -> None:
        self._apply(self.before, "ångra")

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after, "gör om")
