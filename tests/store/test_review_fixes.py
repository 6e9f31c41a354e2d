"""Cases found in review: concurrency, tampering with derived columns, restore over a broken file."""

import os
import sqlite3
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

from lagesbild_desktop.errors import DatabaseRefused
from lagesbild_desktop.services import areas, maintenance
from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.store.database import open_database
from tests.conftest import check_file, sqlite3_tool

ROOT = Path(__file__).resolve().parents[2]




def test_check_reads_one_snapshot_while_another_program_writes(store):
    writer = subprocess.Popen([sys.executable, str(ROOT / "tests/store/crash_writer.py"), str(store.path), "1", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    drain = threading.Thread(target=lambda: [None for _line in writer.stdout], daemon=True)  # never blocks it
    try:
        assert writer.stdout.readline().startswith(b"START")
        drain.start()
        reports, overlapping = [], 0
        last = store.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        while overlapping < 10 and len(reports) < 300:  # checks until ten of them saw the other program write
            reports.append(maintenance.check_database(store))
            now = store.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
            overlapping, last = overlapping + (now > last), now
    finally:
        writer.kill()
        writer.communicate()
    assert overlapping == 10  # the other program wrote during the checks, not only before or after them
    assert all(report.ok for report in reports), [r.problems[:2] for r in reports if not r.ok]


def test_two_programs_creating_the_same_file_lose_nothing(tmp_path):
    program = ("import sys; from lagesbild_desktop.services.assessments import record_grade;"
               "from lagesbild_desktop.store.database import open_database;"
               "s = open_database(sys.argv[1]); record_grade(s, 'Grimsta', 2024, int(sys.argv[2]), 2); print('ok')")
    for attempt in range(6):
        path = tmp_path / f"ny{attempt}.db"
        procs = [subprocess.Popen([sys.executable, "-c", program, str(path), str(week)], stdout=subprocess.PIPE,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)}) for week in (1, 2)]
        assert [p.communicate()[0].strip() for p in procs] == [b"ok", b"ok"]
        store = open_database(path)
        assert [get_grade(store, "Grimsta", 2024, w).grade for w in (1, 2)] == [2, 2]
        store.close()
        assert not list(tmp_path.glob(".*skapas*"))


def test_removing_the_newest_log_entries_and_their_changes_is_caught_by_the_backup(store):
    record_grade(store, "Grimsta", 2024, 1, 2)
    maintenance.daily_backup(store)  # the log as it stood at the start of the day
    store.close()
    # Someone removes the newest entry and the grade it recorded, leaving a consistent-looking file.
    sqlite3_tool(store.path, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);"
                              "DELETE FROM assessments;")
    report = check_file(store.path)
    assert not report.ok
    assert any("finns i säkerhetskopian" in p for p in report.chain_problems), report.problems


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE incidents SET iso_week = 20", "stämmer inte med datumet"),
        ("UPDATE area_name_history SET name = 'Hacked'", "ändrad utanför programmet"),
        ("UPDATE assessments SET recorded_by = 'mallory'", "vem eller när"),
        ("UPDATE areas SET sort_key = 'a' WHERE name = 'Vällingby'", "sorteringsnyckeln"),
        ("UPDATE areas SET explicit_order = 1 WHERE name = 'Vällingby'", "ändrad utanför programmet"),
    ],
)
def test_tampering_with_derived_or_signing_columns_is_detected(store, sql, words):
    record_grade(store, "Vinsta", 2024, 3, 2)
    add_incident(store, area="Vinsta", date="2024-01-17", category="klotter", severity="lindrig")
    areas.rename_area(store, "Vinsta", "Vinsta företagsområde")
    assert maintenance.check_database(store).ok
    store.close()
    sqlite3_tool(store.path, sql)
    report = check_file(store.path)
    assert any(words in p for p in report.data_problems), report.problems


def test_non_integer_grades_and_weeks_are_refused_by_the_schema(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO assessments (id, area_id, iso_year, iso_week, grade, recorded_by,"
                           " recorded_at) VALUES (20240300001, 1, 2024, 3, 2.5, 'x', 'x')")


def test_area_name_in_decomposed_unicode_is_found(store):
    decomposed = unicodedata.normalize("NFD", "Vällingby")
    assert decomposed != "Vällingby"
    assert record_grade(store, decomposed, 2024, 1, 2).new.area == "Vällingby"
    areas.rename_area(store, "Råcksta", "Råcksta torg")
    assert record_grade(store, "RÅCKSTA", 2024, 1, 2).new.area == "Råcksta torg"  # former name, any case


def test_earlier_years_keep_swedish_order_of_the_names_they_had(store):
    areas.rename_area(store, "Grimsta", "Östermalm")
    this_year = [a.name for a, _ in areas.areas_of_year(store, areas.current_year())]
    earlier = [name for _, name in areas.areas_of_year(store, areas.current_year() - 1)]
    assert earlier[0] == "Grimsta" and this_year[-1] == "Östermalm"


def test_empty_sqlite_file_with_a_foreign_version_is_not_taken_over(tmp_path):
    path = tmp_path / "annan.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="annat program"):
        open_database(path)
    assert path.read_bytes() == before


def test_restore_replaces_a_damaged_database_and_keeps_it(store, tmp_path):
    record_grade(store, "Grimsta", 2024, 1, 3)
    backup = maintenance.backup_database(store, tmp_path / "kopia.db")
    store.close()
    store.path.write_bytes(b"trasig" * 1000)
    with pytest.raises(DatabaseRefused):
        open_database(store.path)
    result = maintenance.restore_database(store.path, backup)
    assert result.previous_kept_at.read_bytes() == b"trasig" * 1000
    reopened = open_database(store.path)
    assert get_grade(reopened, "Grimsta", 2024, 1).grade == 3
    assert maintenance.check_database(reopened).ok
    entries = [row[0] for row in reopened.conn.execute("SELECT summary FROM audit_log ORDER BY id DESC LIMIT 2")]
    # The restored database writes under a new id: its log is shorter than the one other workstations saw.
    assert entries == ["Databasen fick en ny identitet för utbytesfiler", "Databasen återställd"]
    reopened.close()


def test_restore_from_a_backup_with_another_page_size(store, tmp_path):
    other = tmp_path / "liten_sida.db"
    record_grade(store, "Grimsta", 2024, 1, 4)
    maintenance.backup_database(store, other)
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    record_grade(store, "Grimsta", 2024, 1, 1)
    store.close()
    maintenance.restore_database(store.path, other)
    reopened = open_database(store.path)
    assert get_grade(reopened, "Grimsta", 2024, 1).grade == 4
    assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()


def test_check_after_a_restore_does_not_compare_with_older_backups(store, tmp_path):
    record_grade(store, "Grimsta", 2024, 1, 3)
    early = maintenance.backup_database(store, tmp_path / "tidig.db")
    record_grade(store, "Grimsta", 2024, 2, 3)
    maintenance.daily_backup(store)  # holds more log than the restored file will
    store.close()
    maintenance.restore_database(store.path, early)
    assert check_file(store.path).ok
