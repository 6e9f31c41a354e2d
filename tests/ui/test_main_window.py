"""Starting the program: the window, the smoke test, the command-line options."""

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text


def test_window_opens_on_the_meeting_with_the_first_area_focused(make_window, store):
    window = make_window(store)
    assert "Hässelby-Vällingby" in window.windowTitle()
    assert window.stack.currentWidget().objectName() == "weekEntry"
    assert window.meeting.rows[0].selector.hasFocus()
    assert window.meeting.rows[0].name.text() == "Grimsta"
    assert "vecka 10 · 0 av 9 områden bedömda" in window.progress_label.text()


def _run(*args, **env):
    return subprocess.run([sys.executable, "-m", "lagesbild_desktop", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_smoke_test_opens_paints_and_exits(db_path):
    result = _run("--db", str(db_path), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "Första ritning efter" in result.stdout


def test_start_checks_the_file_after_the_first_paint_and_makes_the_days_backup(qtbot, db_path, monkeypatch):
    """The real start: integrity check before any key is handled, then the backup of the day."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.cli import build_parser
    from lagesbild_desktop.store.connection import Store
    from lagesbild_desktop.ui.app import run_gui

    checked = []
    real_verify = Store.verify_integrity
    monkeypatch.setattr(Store, "verify_integrity", lambda self: checked.append(self.path) or real_verify(self))
    monkeypatch.setattr(QApplication, "exec", lambda self: QTimer.singleShot(0, self.quit) or
                        qtbot.waitUntil(lambda: (db_path.parent / "sakerhetskopior").is_dir()) or 0)
    assert run_gui(build_parser().parse_args(["--db", str(db_path)])) == 0
    assert checked == [db_path]


def test_damaged_file_found_after_the_first_paint_is_refused_without_writing(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lagesbild_desktop.cli import build_parser
    from lagesbild_desktop.errors import DatabaseRefused
    from lagesbild_desktop.store.connection import Store
    from lagesbild_desktop.store.database import open_database
    from lagesbild_desktop.ui.app import run_gui

    path = tmp_path / "x.db"
    open_database(path).close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(Store, "verify_integrity", lambda self: (_ for _ in ()).throw(
        DatabaseRefused("Databasen kan inte användas: den är skadad (test)")))
    exits = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))  # no loop runs here
    monkeypatch.setattr(QApplication, "exec", lambda self: qtbot.waitUntil(lambda: bool(shown)) or 0)
    assert run_gui(build_parser().parse_args(["--db", str(path)])) == 3
    assert "skadad" in shown[0] and exits == [3]
    assert not (tmp_path / "sakerhetskopior").exists()


def test_bad_start_week_is_refused_before_any_window(db_path):
    result = _run("--db", str(db_path), "--year", "2023", "--week", "53")
    assert result.returncode == 2
    assert result.stderr.strip() == "lagesbild: Vecka 53 finns inte år 2023 (året har 52 veckor)"


def test_the_program_has_its_icon(qapp):
    from lagesbild_desktop.ui.app import window_icon

    icon = window_icon()
    assert not icon.isNull() and icon.pixmap(32, 32).width() == 32


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_two_alt_keys_of_the_window_clash(qtbot, make_window, store, lang):
    """Alt+A must open the Arkiv menu, not jump to a field whose label also has &A (found on a real X server)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window(store, lang=lang)
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    keys = [match.group(1).lower() for text in texts if (match := re.search(r"&([^&\s])", text))]
    assert len(keys) >= 4 and len(keys) == len(set(keys)), sorted(keys)


def test_the_districts_name_is_changed_from_the_menu_and_shown(qtbot, make_window, store):
    window = make_window(store)
    window.ask_district_name = lambda current: "  Västerort " if current == "Hässelby-Vällingby" else None
    window.findChild(type(window.menuBar().actions()[0]), "districtName").trigger()
    assert store.setting("district") == "Västerort" and window.windowTitle().endswith("— Västerort")
    assert "Stadsdelens namn sparat: Västerort" in window.saved_label.text()
    window.ask_district_name = lambda current: "\x1b[31m"
    window.findChild(type(window.menuBar().actions()[0]), "districtName").trigger()
    assert store.setting("district") == "Västerort" and "styrtecken" in window.saved_label.text()


def test_a_window_on_a_shared_file_recovers_after_another_computer_held_it_alone(qtbot, make_window, tmp_path):
    """A restore on another computer holds the shared file alone for a while: the window's look at the
    file fails meanwhile, and must neither give up nor wait; afterwards it shows the restored data."""
    from lagesbild_desktop.services import maintenance
    from lagesbild_desktop.services.assessments import record_grade
    from lagesbild_desktop.store.database import open_database

    path = tmp_path / "delad.db"
    here = open_database(path, shared=True)
    record_grade(here, "Grimsta", 2024, 10, 2)
    backup = maintenance.backup_database(here, tmp_path / "kopia.db")
    window = make_window(here)
    window.meeting.rows[0].selector.setFocus()
    type_text(qtbot, QApplication.focusWidget(), "4")  # the window grades: undo would undo it
    assert window.undo_stack.canUndo()
    elsewhere = open_database(path, shared=True)
    elsewhere.conn.execute("PRAGMA locking_mode = exclusive")
    elsewhere.conn.execute("BEGIN EXCLUSIVE")
    elsewhere.conn.execute("COMMIT")  # the lock stays: held alone, as a restore holds it
    started = time.monotonic()
    qtbot.wait(2500)  # a few looks at the file fail
    assert time.monotonic() - started < 6  # none of them waited for the lock
    maintenance.restore_open_database(elsewhere, backup)
    elsewhere.close()
    qtbot.waitUntil(lambda: window.meeting.rows[0].selector.grade == 2, timeout=5000)
    assert not window.undo_stack.canUndo()  # nothing from before the restore can be undone into it
