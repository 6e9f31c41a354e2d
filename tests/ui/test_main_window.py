"""Starting the program: the window, the smoke test, the command-line options."""

import os
import subprocess
import sys


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
    assert (db_path.parent / "sakerhetskopior").is_dir(), "the daily backup is made at start"


def test_bad_start_week_is_refused_before_any_window(db_path):
    result = _run("--db", str(db_path), "--year", "2023", "--week", "53")
    assert result.returncode == 2
    assert result.stderr.strip() == "lagesbild: Vecka 53 finns inte år 2023 (året har 52 veckor)"
