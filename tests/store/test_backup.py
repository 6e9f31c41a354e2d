"""Backups (online backup API), the daily rotation, and restoring with a check first."""

import datetime as dt
import sqlite3
import subprocess

import pytest

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import DatabaseRefused, InvalidInput
from lagesbild_desktop.services import maintenance
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.store.backup import auto_backup
from lagesbild_desktop.store.database import open_database
from tests.conftest import file_digest, table_dump


def _grades(path):
    conn = sqlite3.connect(path)
    try:
        sql = "SELECT area_id, iso_year, iso_week, grade, note FROM assessments ORDER BY 1, 2, 3"
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_backup_holds_everything_and_is_a_standalone_file(store, tmp_path):
    record_grade(store, "Grimsta", 2024, 1, 3, "brand")
    out = maintenance.backup_database(store, tmp_path / "kopior" / "backup.db")
    record_grade(store, "Grimsta", 2024, 2, 4)  # after the backup: not in it
    assert _grades(out) == [(1, 2024, 1, 3, "brand")]
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not list(tmp_path.glob("kopior/.*")), "no temporary file left"


def test_backup_refuses_to_overwrite_the_database_itself(store):
    with pytest.raises(InvalidInput):
        maintenance.backup_database(store, store.path)


def test_daily_backup_once_per_day_keeping_the_last_ten(store):
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(13)]
    made = []
    for day in days:
        record_grade(store, "Vinsta", 2025, 1 + len(made), 2)
        made.append(auto_backup(store.conn, store.path, day))
        assert auto_backup(store.conn, store.path, day) is None  # second start the same day
    folder = made[0].parent
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"lagesbild-{day.isoformat()}.db" for day in days[-10:]]
    assert len(_grades(folder / kept[-1])) == 13


def test_daily_backup_uses_todays_date(store, monkeypatch):
    monkeypatch.setattr(osenv, "today", lambda: dt.date(2026, 3, 2))
    path = maintenance.daily_backup(store)
    assert path.name == "lagesbild-2026-03-02.db"


def test_restore_replaces_contents_and_keeps_the_replaced_file(store, tmp_path):
    record_grade(store, "Grimsta", 2024, 1, 3)
    backup = maintenance.backup_database(store, tmp_path / "b.db")
    record_grade(store, "Grimsta", 2024, 2, 5, "efter kopian")
    store.close()
    result = maintenance.restore_database(store.path, backup)
    assert _grades(store.path) == [(1, 2024, 1, 3, "")]
    assert (1, 2024, 2, 5, "efter kopian") in _grades(result.previous_kept_at)
    reopened = open_database(store.path)
    assert maintenance.check_database(reopened).ok
    reopened.close()


@pytest.mark.parametrize("damage", ["truncate", "text", "tampered"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(store, tmp_path, damage):
    record_grade(store, "Grimsta", 2024, 1, 3)
    backup = maintenance.backup_database(store, tmp_path / "b.db")
    record_grade(store, "Grimsta", 2024, 2, 4)
    store.close()
    if damage == "truncate":
        backup.write_bytes(backup.read_bytes()[:8192])
    elif damage == "text":
        backup.write_text("inte en databas")
    else:
        subprocess.run(["sqlite3", str(backup), "UPDATE assessments SET grade = 1"], check=True)
    before_digest, before_rows = file_digest(store.path), table_dump(store.path)
    with pytest.raises(DatabaseRefused) as error:
        maintenance.restore_database(store.path, backup)
    assert "Säkerhetskopian" in error.value.message
    assert file_digest(store.path) == before_digest and table_dump(store.path) == before_rows
    assert not list(tmp_path.glob("lagesbild.ersatt-*")), "nothing set aside when nothing was replaced"
