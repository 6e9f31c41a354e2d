"""A real main window on a throw-away database, with the user's answers to questions scripted."""

import datetime as dt

import pytest

from lagesbild_desktop import osenv
from lagesbild_desktop.ui import prompts as answers
from lagesbild_desktop.ui.settings import UiSettings

TODAY = dt.date(2024, 3, 6)  # ISO week 10 of 2024


class ScriptedPrompts:
    """Stands in for the dialogs: answers as told, and remembers what it was asked."""

    def __init__(self):
        self.personal_data_answer = answers.CANCEL
        self.conflict_answer = answers.THEIRS
        self.delete_answer = True
        self.replace_answer = True
        self.discard_answer = False
        self.overwrite_answer = False
        self.asked: list[tuple] = []

    def personal_data(self, parent, text):
        self.asked.append(("personal_data", text))
        return self.personal_data_answer

    def conflict(self, parent, what, mine, theirs):
        self.asked.append(("conflict", what, mine, theirs))
        return self.conflict_answer

    def confirm_delete(self, parent, what):
        self.asked.append(("confirm_delete", what))
        return self.delete_answer

    def confirm_discard(self, parent, what):
        self.asked.append(("confirm_discard", what))
        return self.discard_answer

    def confirm_replace(self, parent, what, year):
        self.asked.append(("confirm_replace", what, year))
        return self.replace_answer

    def confirm_overwrite(self, parent, why):
        self.asked.append(("confirm_overwrite", why))
        return self.overwrite_answer

    def error(self, parent, message):
        self.asked.append(("error", message))


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(osenv, "today", lambda: TODAY)


@pytest.fixture
def prompts():
    return ScriptedPrompts()


@pytest.fixture
def make_window(qtbot, tmp_path, prompts):
    from lagesbild_desktop.ui.main_window import MainWindow

    def make(store, year=2024, week=10, lang="sv"):
        window = MainWindow(store, year=year, week=week, lang=lang, settings=UiSettings(tmp_path / "ui.ini"),
                            prompts=prompts)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.meeting.focus_row(0)
        qtbot.waitUntil(window.meeting.rows[0].selector.hasFocus)
        return window

    return make


def type_text(qtbot, widget, text):
    """Type like a keyboard; QTest only knows ASCII, so other letters (å, ä, ö) go as key events with text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
