"""No output lands on a database: every writing command aimed at the database, its side files or another
open Lägesbild database is refused (exit 2) before anything is written, with or without a window open."""

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from tests.conftest import check_file, lagesbild, table_dump

OUTPUTS = [
    ["export", "--year", "2024", "--format", "csv", "--out"],
    ["export", "--year", "2024", "--format", "xlsx", "--out"],
    ["export", "--year", "2024", "--format", "png", "--out"],
    ["export", "--exchange", "--out"],
    ["report", "yearly", "--year", "2024", "--out"],
    ["report", "weekly", "--year", "2024", "--week", "10", "--out"],
    ["backup", "--out"],
]


@pytest.fixture
def database(tmp_path):
    db = tmp_path / "w.db"
    done = lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "10", "--grade", "4")
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("window_open", [False, True], ids=["alone", "a window has it open"])
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c[:2]))
def test_an_output_that_is_the_database_or_its_side_file_is_refused(database, command, suffix, window_open):
    window = None
    if window_open:  # another program holds the file open, in WAL mode, as the window does
        window = sqlite3.connect(database)
        window.execute("PRAGMA journal_mode = wal")
        window.execute("SELECT count(*) FROM assessments").fetchone()
    try:
        before = table_dump(database)
        target = database.with_name(database.name + suffix)
        existed = target.exists()
        done = lagesbild(database, *command, str(target))
        assert done.returncode == 2, (done.stdout, done.stderr)
        assert "Inget har skrivits" in done.stderr and "Traceback" not in done.stderr
        assert table_dump(database) == before
        assert target.exists() == existed
    finally:
        if window is not None:
            window.close()
    assert check_file(database).ok


def test_another_open_database_is_never_an_output_and_a_closed_old_backup_may_be_replaced(database, tmp_path):
    other = tmp_path / "annan.db"
    made = lagesbild(other, "record", "--area", "Vinsta", "--year", "2024", "--week", "1", "--grade", "2")
    assert made.returncode == 0
    for command in OUTPUTS[:-1]:  # a report or an export never replaces any Lägesbild database
        done = lagesbild(database, *command, str(other))
        assert done.returncode == 2 and "är en Lägesbild-databas" in done.stderr, command
    held = sqlite3.connect(other)
    held.execute("PRAGMA journal_mode = wal")
    held.execute("SELECT 1").fetchone()
    try:
        done = lagesbild(database, "backup", "--out", str(other))
        assert done.returncode == 2 and "är öppen" in done.stderr
    finally:
        held.close()
    assert check_file(other).ok
    old_backup = tmp_path / "kopia.db"
    assert lagesbild(database, "backup", "--out", str(old_backup)).returncode == 0
    assert lagesbild(database, "backup", "--out", str(old_backup)).returncode == 0  # yesterday's copy, replaced


@pytest.mark.parametrize("shared", [False, True], ids=["local", "shared (rollback journal)"])
def test_a_backup_never_replaces_a_database_in_use_even_with_no_program_holding_it(database, tmp_path, shared):
    """Someone's database closed for the day, or a shared file a window on another computer has open
    between two writes (no trace of that on the file): not an older backup, never replaced."""
    other = tmp_path / "annan.db"
    made = lagesbild(other, "record", "--area", "Vinsta", "--year", "2024", "--week", "1", "--grade", "2")
    assert made.returncode == 0
    if shared:
        assert lagesbild(other, "shared", "on").returncode == 0
    before = table_dump(other)
    done = lagesbild(database, "backup", "--out", str(other))
    assert done.returncode == 2 and "används, inte en säkerhetskopia" in done.stderr and "Traceback" not in done.stderr
    assert table_dump(other) == before and check_file(other).ok
    copy_of_other = tmp_path / "kopia-av-annan.db"
    assert lagesbild(other, "backup", "--out", str(copy_of_other)).returncode == 0
    replaced = lagesbild(database, "backup", "--out", str(copy_of_other))  # a backup of it may be replaced
    assert replaced.returncode == 0, replaced.stderr
    assert table_dump(copy_of_other) == table_dump(database)


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c[:2]))
def test_an_output_that_is_no_plain_file_is_refused_and_left_as_it_is(database, tmp_path, command):
    """A named pipe here; a device such as /dev/null is the same: renamed over, it would be replaced."""
    pipe = tmp_path / "rör"
    os.mkfifo(pipe)
    done = lagesbild(database, *command, str(pipe))
    assert done.returncode == 2 and "ingen vanlig fil" in done.stderr and "Traceback" not in done.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c[:2]))
def test_an_empty_output_name_is_refused_and_nothing_is_written(database, tmp_path, command):
    """An empty --out (a script's variable that was not set) would be '.', the folder one stands in."""
    before = sorted(p.name for p in tmp_path.iterdir())
    done = subprocess.run([sys.executable, "-m", "lagesbild_desktop", "--db", str(database), *command, ""],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2 and "--out: saknar filnamn" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
