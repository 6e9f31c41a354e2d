"""Opening files: creation, pragmas, and refusing what is not ours without touching it."""

import os
import shutil
import sqlite3
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.isoweek import weeks_in_year
from lagesbild_desktop.errors import DatabaseRefused
from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.store import migrations
from lagesbild_desktop.store.database import open_database
from lagesbild_desktop.store.network import _linux_fstype, is_network_path
from tests.conftest import file_digest

DEFAULT_AREAS = ["Grimsta", "Hässelby gård", "Hässelby strand", "Hässelby villastad", "Kälvesta", "Nälsta",
                 "Råcksta", "Vinsta", "Vällingby"]


def test_missing_file_is_created_with_schema_and_default_areas_in_swedish_order(tmp_path):
    path = tmp_path / "sub" / "ny.db"
    store = open_database(path)
    names = [row[0] for row in store.conn.execute("SELECT name FROM areas ORDER BY sort_key")]
    assert names == DEFAULT_AREAS
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    store.close()
    assert not list(tmp_path.glob("sub/.*skapas*")), "no half-made file is left behind"


def test_connection_has_the_durability_pragmas(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_reopening_applies_no_migration_twice(db_path):
    open_database(db_path).close()
    store = open_database(db_path)
    applied = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert applied == migrations.latest_version()
    assert store.conn.execute("SELECT count(*) FROM areas").fetchone()[0] == len(DEFAULT_AREAS)
    store.close()


def test_stock_sqlite3_tool_reads_the_file(store):
    record_grade(store, "Vinsta", 2024, 5, 2, "lugnt")
    store.close()
    out = subprocess.run(
        ["sqlite3", str(store.path), "SELECT a.name, s.grade FROM assessments s JOIN areas a ON a.id = s.area_id"
         " ORDER BY a.sort_key; PRAGMA integrity_check;"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    assert out == ["Vinsta|2", "ok"]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO assessments (area_id, iso_year, iso_week, grade, recorded_by, recorded_at)"
        " VALUES (1, 2024, 10, 6, 'x', 'x')",
        "INSERT INTO assessments (area_id, iso_year, iso_week, grade, recorded_by, recorded_at)"
        " VALUES (1, 2024, 10, 0, 'x', 'x')",
        "INSERT INTO assessments (area_id, iso_year, iso_week, grade, recorded_by, recorded_at)"
        " VALUES (1, 2023, 53, 3, 'x', 'x')",
        "INSERT INTO assessments (area_id, iso_year, iso_week, grade, recorded_by, recorded_at)"
        " VALUES (1, 2024, 0, 3, 'x', 'x')",
        "INSERT INTO assessments (area_id, iso_year, iso_week, grade, recorded_by, recorded_at)"
        " VALUES (999, 2024, 1, 3, 'x', 'x')",
        "INSERT INTO assessments (id, area_id, iso_year, iso_week, grade, recorded_by, recorded_at)"
        " VALUES (7, 1, 2024, 1, 3, 'x', 'x')",
        "INSERT INTO incidents (area_id, occurred_on, iso_year, iso_week, category, severity, recorded_by,"
        " recorded_at) VALUES (1, '2024-02-30', 2024, 9, 'våld', 'minor', 'x', 'x')",
        "INSERT INTO incidents (area_id, occurred_on, iso_year, iso_week, category, severity, recorded_by,"
        " recorded_at) VALUES (1, '2024-02-03', 2024, 5, 'våld', 'terrible', 'x', 'x')",
        "INSERT INTO incidents (area_id, occurred_on, iso_year, iso_week, category, severity, recorded_by,"
        " recorded_at) VALUES (1, '2024-02-03', 2024, 5, 'okänd', 'minor', 'x', 'x')",
    ],
)
def test_check_constraints_hold_against_a_buggy_caller(store, sql):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(sql)


@given(st.integers(min_value=1900, max_value=2999))
def test_week_53_constraint_agrees_with_iso_calendar(year):
    conn = sqlite3.connect(":memory:")
    expression = (
        "strftime('%w', printf('%04d-01-01', ?1)) = '4' OR (strftime('%w', printf('%04d-01-01', ?1)) = '3'"
        " AND ?1 % 4 = 0 AND (?1 % 100 <> 0 OR ?1 % 400 = 0))"
    )
    schema_text = migrations.migration_files()[0].sql
    assert expression.replace("?1", "iso_year") in " ".join(schema_text.split())
    assert bool(conn.execute(f"SELECT {expression}", [year]).fetchone()[0]) == (weeks_in_year(year) == 53)


# --- refusing files ---------------------------------------------------------------------------------


def _real_database(tmp_path, weeks=60):
    path = tmp_path / "riktig.db"
    store = open_database(path)
    for week in range(1, min(weeks, 52) + 1):
        record_grade(store, "Grimsta", 2024, week, 1 + week % 5, "anteckning " * 40)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def _refused_unchanged(path, expected_words):
    before = file_digest(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DatabaseRefused) as error:
        open_database(path)
    assert file_digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings, "no -wal/-shm/journal created"
    message = error.value.message
    assert str(path) in message and "inte ändrats" in message
    assert any(word in message for word in expected_words), message
    return message


def test_truncated_database_is_refused(tmp_path):
    path = _real_database(tmp_path)
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    _refused_unchanged(path, ["avkortad"])


def test_a_checkpoint_cut_short_by_a_crash_is_completed_from_the_wal(tmp_path):
    """Killed while copying WAL pages into the file: page 1 already counts pages not yet written."""
    path = _real_database(tmp_path, weeks=2)
    store = open_database(path)
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for week in range(3, 53):
        record_grade(store, "Grimsta", 2024, week, 2, "anteckning " * 40)
    crashed = tmp_path / "krasch"
    crashed.mkdir()
    for name in (path.name, path.name + "-wal"):
        shutil.copy(path.with_name(name), crashed / name)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.close()
    copy = crashed / path.name
    data = bytearray(copy.read_bytes())
    assert len(data) // int.from_bytes(data[16:18], "big") < pages
    data[28:32] = pages.to_bytes(4, "big")
    copy.write_bytes(bytes(data))
    reopened = open_database(copy)
    assert get_grade(reopened, "Grimsta", 2024, 52).grade == 2
    assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_database_cut_mid_page_is_refused(tmp_path):
    path = _real_database(tmp_path)
    path.write_bytes(path.read_bytes()[:5000])
    _refused_unchanged(path, ["avkortad", "skadad"])


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "slump.db"
    path.write_bytes(os.urandom(8192))
    _refused_unchanged(path, ["ingen SQLite-databas"])


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "anteckningar.db"
    path.write_text("Område;År;Vecka;Bedömning\nGrimsta;2024;1;2\n", encoding="utf-8")
    _refused_unchanged(path, ["textfil"])


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "tom.db"
    path.touch()
    _refused_unchanged(path, ["tom"])


def test_excel_file_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "arssammanstallning.db"
    path.write_bytes(b"PK\x03\x04" + os.urandom(4000))
    _refused_unchanged(path, ["zip", "Excel"])


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "annat.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)")
    conn.execute("INSERT INTO kunder (namn) VALUES ('Anna')")
    conn.commit()
    conn.close()
    _refused_unchanged(path, ["annat program"])


def test_database_from_newer_schema_is_refused(tmp_path):
    path = _real_database(tmp_path, weeks=3)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE framtida (x)")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    message = _refused_unchanged(path, ["nyare version"])
    assert "Uppdatera programmet" in message


def test_database_with_unknown_migration_is_refused(tmp_path):
    path = _real_database(tmp_path, weeks=3)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES"
                 " ('lagesbild', '9999_from_the_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseRefused, match="nyare version"):
        open_database(path)


def test_damaged_page_is_refused(tmp_path):
    path = _real_database(tmp_path)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, 4096 * 3):  # scribble over a b-tree page
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    _refused_unchanged(path, ["skadad"])


def test_missing_file_is_not_created_when_creation_is_off(tmp_path):
    with pytest.raises(DatabaseRefused, match="finns inte"):
        open_database(tmp_path / "saknas.db", create=False)
    assert not (tmp_path / "saknas.db").exists()


# --- migrations ----------------------------------------------------------------------------------------


def test_blank_sqlite_file_is_initialised(tmp_path):
    path = tmp_path / "blank.db"
    sqlite3.connect(path).close()  # a zero-length file SQLite would accept is refused as empty...
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")  # ...but a real, empty SQLite database is taken as new
    conn.close()
    if path.stat().st_size == 0:
        pytest.fail("sqlite did not write a header; test setup is wrong")
    store = open_database(path)
    assert store.conn.execute("SELECT count(*) FROM areas").fetchone()[0] == len(DEFAULT_AREAS)
    store.close()


def test_upgrade_takes_a_copy_first_and_runs_in_one_transaction(tmp_path, monkeypatch):
    path = _real_database(tmp_path, weeks=5)
    real = migrations.migration_files()
    extra = migrations.MigrationFile(len(real) + 1, f"{len(real) + 1:04d}_test_extra",
                                     "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (42);\n")
    monkeypatch.setattr(migrations, "migration_files", lambda: (*real, extra))
    store = open_database(path)
    assert store.conn.execute("SELECT x FROM extra").fetchone()[0] == 42
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(real) + 1
    store.close()
    copies = list(tmp_path.glob("riktig.fore-uppgradering-v*.db"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT count(*) FROM assessments").fetchone()[0] == 5
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0


def test_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = _real_database(tmp_path, weeks=5)
    real = migrations.migration_files()
    broken = migrations.MigrationFile(len(real) + 1, f"{len(real) + 1:04d}_broken",
                                      "CREATE TABLE half (x);\nTHIS IS NOT SQL;\n")
    monkeypatch.setattr(migrations, "migration_files", lambda: (*real, broken))
    with pytest.raises(sqlite3.Error):
        open_database(path)
    monkeypatch.setattr(migrations, "migration_files", lambda: real)
    store = open_database(path)
    assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(real)
    store.close()


# --- shared files on network drives ----------------------------------------------------------------------


def test_network_file_systems_are_recognised(tmp_path):
    mounts = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//server/lagesbild {share} cifs rw 0 0\n")
    assert _linux_fstype(share / "lagesbild.db", str(mounts)) == "cifs"
    assert _linux_fstype(tmp_path / "other.db", str(mounts)) == "ext4"
    assert is_network_path(r"\\server\share\lagesbild.db")


def test_shared_file_uses_the_rollback_journal(db_path, monkeypatch):
    monkeypatch.setenv("LAGESBILD_SHARED", "1")
    store = open_database(db_path)
    assert store.shared
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    record_grade(store, "Nälsta", 2024, 3, 2)
    store.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_file_marked_shared_stays_in_rollback_mode(db_path):
    from lagesbild_desktop.services.maintenance import set_shared

    store = open_database(db_path)
    set_shared(store, True)
    store.close()
    reopened = open_database(db_path)
    assert reopened.shared
    assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    reopened.close()


def test_copy_of_database_keeps_working(tmp_path, store):
    record_grade(store, "Vinsta", 2024, 7, 3)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "kopia.db"
    shutil.copy(store.path, copy)
    other = open_database(copy)
    assert other.conn.execute("SELECT grade FROM assessments").fetchone()[0] == 3
    other.close()


def test_readonly_uri_handles_spaces_unicode_and_unc(tmp_path):
    from lagesbild_desktop.store.fileuri import connect_readonly, readonly_uri

    odd = tmp_path / "mapp med å & #?" / "läge bild.db"
    odd.parent.mkdir()
    open_database(odd).close()
    conn = connect_readonly(odd)
    assert conn.execute("SELECT count(*) FROM areas").fetchone()[0] == len(DEFAULT_AREAS)
    conn.close()
    assert readonly_uri("/srv/x.db") == "file:/srv/x.db?mode=ro"


def test_version_change_still_in_the_wal_is_seen(tmp_path):
    path = _real_database(tmp_path, weeks=2)
    holder = sqlite3.connect(path)  # keeps the WAL from being checkpointed into the file
    holder.execute("SELECT 1").fetchone()
    writer = sqlite3.connect(path)
    writer.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    writer.commit()
    with pytest.raises(DatabaseRefused, match="nyare version"):
        open_database(path)
    writer.close()
    holder.close()
