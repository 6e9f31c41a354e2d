"""Every change this window makes is a step on the one undo stack, whatever its kind.

The store tells (Store.on_commit) which audit entries each of the window's transactions wrote; that is
a step. Ctrl+Z undoes the newest step, Ctrl+Y redoes it (services/undo.py writes both, audited, so they
travel), and the status line says what was undone. Grades keep their own steps (ui/recorder.py): their
conflicts are asked about cell by cell; the steps here leave the recorder's transactions alone.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.events import DataEvents

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class Steps(QObject):
    """Listens to the store's commits and keeps each of the window's changes as an undo step."""

    saved = Signal(str)  # "Sparat 10:42:13 – borttagning av nyckeltal …", "Ångrat: …"
    failed = Signal(str)

    def __init__(self, store: Store, events: DataEvents, undo_stack: QUndoStack, prompts, parent: QWidget):
        super().__init__(parent)
        self.store, self.events, self.undo_stack, self.prompts, self.parent_widget = (
            store, events, undo_stack, prompts, parent)
        self.paused = 0  # >0 while a write is not a step of its own (a grade's, an undo's)
        store.on_commit = self.committed

    @contextmanager
    def pause(self):
        """Writes in this block are not steps of their own."""
        self.paused += 1
        try:
            yield
        finally:
            self.paused -= 1

    def committed(self, first: int, last: int) -> None:
        if self.paused:
            return
        from lagesbild_desktop.services import undo  # at the first change, not at the first paint

        step = undo.step_since(self.store, first - 1)
        if step is None or not step.what:
            return  # entries of no record (the database's identity)
        self.undo_stack.push(StepCommand(self, step._replace(last=last)))
        self.saved.emit(translate("Steps", "Sparat {time} – {what}").format(
            time=osenv.now().strftime("%H:%M:%S"), what=step.what))

    def revert(self, step, undoing: bool):
        """Write the step back; returns the step written, or None (refused, or the user said no)."""
        from lagesbild_desktop.services import undo

        context = "ångra" if undoing else "gör om"
        try:
            with self.pause():
                try:
                    done = undo.revert(self.store, step, context=context)
                except undo.ChangedSince as changed:
                    if not self.prompts.confirm_overwrite(self.parent_widget, changed.message):
                        self.failed.emit(translate("Steps", "Inte ångrat: {why}").format(why=changed.message))
                        return None
                    done = undo.revert(self.store, step, context=context, overwrite=True)
        except LagesbildError as error:
            self.failed.emit(error.message)
            return None
        word = translate("Steps", "Ångrat") if undoing else translate("Steps", "Gjort om")
        self.saved.emit(f"{word}: {step.what}")
        QTimer.singleShot(0, self.events.announce)  # every view reads what it shows again
        return done


class StepCommand(QUndoCommand):
    """A change already made; undo writes it back, redo undoes that."""

    def __init__(self, steps: Steps, step):
        super().__init__(step.what)
        self.steps = steps
        self.step = step  # what undo reverts
        self.undone = None  # what redo reverts
        self._pushed = True  # QUndoStack.push() calls redo(); the change is already made

    def undo(self) -> None:
        done = self.steps.revert(self.step, undoing=True)
        if done is None:
            self.setObsolete(True)
            return
        self.undone = done

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        if self.undone is None:
            return
        done = self.steps.revert(self.undone, undoing=False)
        if done is None:
            self.setObsolete(True)
            return
        self.step = done
