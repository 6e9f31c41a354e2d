"""The eight ways the old exchange merge lost, resurrected or duplicated data, tried as a person would:
separate command-line processes, one workstation's clock wrong (tests/cli/clock_runner.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.exchange_files import load, records, save, set_field

RUNNER = Path(__file__).with_name("clock_runner.py")
HOUR = 3600


def lagesbild(db: Path, *args: str, offset: float = 0, at: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "LAGESBILD_TEST_CLOCK_OFFSET": str(offset)}
    if at:
        env["LAGESBILD_TEST_CLOCK_AT"] = at
    done = subprocess.run([sys.executable, str(RUNNER), "--db", str(db), *args], capture_output=True, text=True,
                          env=env, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def ok(db: Path, *args: str, **clock) -> str:
    done = lagesbild(db, *args, **clock)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def _cell(db: Path, area: str, year: int, week: int) -> str | None:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT s.grade FROM assessments s JOIN areas a ON a.id = s.area_id WHERE a.name = ?"
                           " AND s.iso_year = ? AND s.iso_week = ?", [area, year, week]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def send(source: Path, target: Path, tmp_path: Path, name: str, *extra: str, **clock) -> subprocess.CompletedProcess:
    path = tmp_path / f"{name}.json"
    ok(source, "export", "--exchange", "--out", str(path), **clock)
    return lagesbild(target, "import", str(path), *extra, **clock)


@pytest.fixture(autouse=True)
def _databases(tmp_path):
    """Three workstations' databases, made as a first start makes them."""
    from lagesbild_desktop.store.database import open_database

    for name in ("a", "b", "c"):
        open_database(tmp_path / f"{name}.db").close()


def test_1_a_clock_an_hour_behind_changes_no_decision(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "2")
    assert send(a, b, tmp_path, "a1").returncode == 0  # the two meet
    ok(b, "record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "4", offset=-HOUR)
    ok(a, "record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "3")
    merged = send(a, b, tmp_path, "a2", offset=-HOUR)
    assert merged.returncode == 1 and "1 konflikter" in merged.stdout
    assert "här 4, i filen 3" in merged.stdout and _cell(b, "Vällingby", 2024, 10) == 4
    # The other way round, with the clocks the other way round: the same decision.
    back = send(b, a, tmp_path, "b1", offset=+HOUR)
    assert back.returncode == 1 and "här 3, i filen 4" in back.stdout and _cell(a, "Vällingby", 2024, 10) == 3


def test_2_changes_in_the_same_second_as_the_exchange_before_them(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    second = "2025-03-04T10:42:13+01:00"  # every process below works in this very second
    ok(a, "record", "--area", "Grimsta", "--year", "2024", "--week", "5", "--grade", "2", at=second)
    assert send(a, b, tmp_path, "a1", at=second).returncode == 0
    ok(a, "record", "--area", "Grimsta", "--year", "2024", "--week", "5", "--grade", "5", at=second)  # only on a
    ok(b, "record", "--area", "Vinsta", "--year", "2024", "--week", "5", "--grade", "3", at=second)  # only on b
    ok(a, "record", "--area", "Vinsta", "--year", "2024", "--week", "6", "--grade", "1", at=second)
    merged = send(a, b, tmp_path, "a2", at=second)
    assert merged.returncode == 0 and "0 konflikter" in merged.stdout
    assert _cell(b, "Grimsta", 2024, 5) == 5 and _cell(b, "Vinsta", 2024, 5) == 3
    back = send(b, a, tmp_path, "b1", at=second)
    assert back.returncode == 0 and _cell(a, "Vinsta", 2024, 5) == 3 and _cell(a, "Grimsta", 2024, 5) == 5


def test_3_an_older_file_after_a_newer_one_undoes_nothing(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "record", "--area", "Nälsta", "--year", "2024", "--week", "8", "--grade", "2")
    ok(a, "export", "--exchange", "--out", str(tmp_path / "aldre.json"))
    ok(a, "record", "--area", "Nälsta", "--year", "2024", "--week", "8", "--grade", "3")
    ok(a, "export", "--exchange", "--out", str(tmp_path / "nyare.json"))
    assert lagesbild(b, "import", str(tmp_path / "nyare.json")).returncode == 0
    older = lagesbild(b, "import", str(tmp_path / "aldre.json"))
    assert older.returncode == 0 and "Inget nytt" in older.stdout and _cell(b, "Nälsta", 2024, 8) == 3
    ok(b, "record", "--area", "Nälsta", "--year", "2024", "--week", "8", "--grade", "5")  # a local edit
    again = lagesbild(b, "import", str(tmp_path / "nyare.json"))
    assert again.returncode == 0 and "Inget nytt" in again.stdout and _cell(b, "Nälsta", 2024, 8) == 5


def test_4_deletions_travel_and_an_edited_incident_stays_one(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "record", "--area", "Grimsta", "--year", "2024", "--week", "12", "--grade", "4")
    ok(a, "incident", "add", "--area", "Grimsta", "--date", "2024-03-19", "--category", "klotter", "--severity",
       "lindrig", "--place", "Torget")
    ok(a, "incident", "add", "--area", "Vinsta", "--date", "2024-03-20", "--category", "hot", "--severity",
       "oroande")
    send(a, b, tmp_path, "a1")
    send(b, a, tmp_path, "b1")
    ok(a, "clear", "--area", "Grimsta", "--year", "2024", "--week", "12")
    first = ok(a, "incident", "list", "--year", "2024").splitlines()[0].split("\t")[0]
    ok(a, "incident", "delete", first)
    listed = ok(b, "incident", "list", "--year", "2024").splitlines()
    vinsta = next(line.split("\t")[0] for line in listed if "Vinsta" in line)
    ok(b, "incident", "edit", vinsta, "--severity", "allvarlig", "--description", "Hot mot personal", offset=-HOUR)
    assert send(a, b, tmp_path, "a2").returncode == 0
    assert send(b, a, tmp_path, "b2", offset=-HOUR).returncode == 0
    assert send(a, b, tmp_path, "a3").returncode == 0
    for db in (a, b):
        assert _cell(db, "Grimsta", 2024, 12) is None  # the cleared grade did not come back
        lines = ok(db, "incident", "list", "--year", "2024").splitlines()
        assert len(lines) == 1 and "Vinsta" in lines[0] and "allvarlig" in lines[0] and "Hot mot personal" in lines[0]


def test_5_renames_retirements_and_order_travel(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "areas", "rename", "Vinsta", "Vinsta företagsområde")
    ok(a, "areas", "retire", "Råcksta", "--from-year", "2030")
    ok(a, "areas", "order", "Vällingby", "1")
    ok(b, "record", "--area", "Vinsta", "--year", "2024", "--week", "10", "--grade", "3", offset=-HOUR)
    assert send(a, b, tmp_path, "a1").returncode == 0
    assert send(b, a, tmp_path, "b1", offset=-HOUR).returncode == 0
    lists = [ok(db, "areas", "list") for db in (a, b)]
    assert lists[0] == lists[1] and lists[0].splitlines()[0].startswith("Vällingby")
    assert "Vinsta företagsområde" in lists[0] and "\nVinsta\t" not in lists[0] and "Råcksta\t2010–2029" in lists[0]
    assert _cell(a, "Vinsta företagsområde", 2024, 10) == 3


def test_6_a_category_added_on_one_side_travels_with_its_incident(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "categories", "add", "cykelstöld", "--name-sv", "Cykelstöld")
    ok(a, "incident", "add", "--area", "Vinsta", "--date", "2024-05-02", "--category", "cykelstöld", "--severity",
       "lindrig")
    merged = send(a, b, tmp_path, "a1")
    assert merged.returncode == 0, merged.stderr
    assert "cykelstöld" in ok(b, "incident", "list", "--year", "2024")
    assert "cykelstöld\tCykelstöld" in ok(b, "categories", "list")


def _exported(tmp_path: Path) -> tuple[Path, dict]:
    a = tmp_path / "a.db"
    ok(a, "record", "--area", "Grimsta", "--year", "2023", "--week", "9", "--grade", "2", "--note", "Lugnt")
    ok(a, "incident", "add", "--area", "Grimsta", "--date", "2023-03-01", "--category", "hot", "--severity", "oroande")
    path = tmp_path / "fran_a.json"
    ok(a, "export", "--exchange", "--out", str(path))
    return path, load(path)


def _assessment_index(data: dict) -> int:
    return next(i for i, row in enumerate(records(data, "assessment")) if row["year"] == 2023)


def _refused(tmp_path: Path, data: dict, name: str, expected: str) -> None:
    b = tmp_path / "b.db"
    before = table_dump(b)
    done = lagesbild(b, "import", str(save(data, tmp_path / name)))
    assert done.returncode == 2, (name, done.stdout, done.stderr)
    assert expected in done.stderr, (name, done.stderr)
    assert all(line.startswith(f"{name}: ") or line.startswith("lagesbild: ") for line in done.stderr.splitlines())
    assert table_dump(b) == before


@pytest.mark.parametrize("change, expected", [
    (lambda d, i: set_field(d, "assessment", i, "grade", 5), "stämmer inte med loggpost"),
    (lambda d, i: set_field(d, "assessment", i, "note", "Ändrad"), "stämmer inte med loggpost"),
    (lambda d, i: d["audit_log"].update(rows=[]), "senaste post saknas"),
    (lambda d, i: d["audit_log"].update(rows=d["audit_log"]["rows"][:-3]), "saknas"),
    (lambda d, i: d["audit_log"]["rows"][4].__setitem__(2, "mallory"), "ändringsloggen i filen är bruten"),
])
def test_7_a_file_edited_by_hand_is_refused_and_named(tmp_path, change, expected):
    path, data = _exported(tmp_path)
    change(data, _assessment_index(data))
    _refused(tmp_path, data, "andrad.json", expected)


@pytest.mark.parametrize("field, value, expected", [
    ("note", "Ring 19121212-1212", "personnummer"),
    ("note", "Lugnt\x00", "styrtecken (U+0000)"),
    ("note", "Lugnt\x1b[31m", "styrtecken (U+001B)"),
    ("note", "x" * 1_000_000, "för lång"),
    ("grade", 7, "bedömningen '7' finns inte"),
    ("week", 53, "vecka 53 finns inte år 2023"),
    ("year", "2023", "inget heltal"),
])
def test_7_a_careful_forgery_still_passes_the_rules_of_typed_input(tmp_path, field, value, expected):
    """The record and its log entry both changed, and the chain's hashes made again: the rules remain."""
    path, data = _exported(tmp_path)
    set_field(data, "assessment", _assessment_index(data), field, value, in_log_too=True)
    _refused(tmp_path, data, "forfalskad.json", expected)


def test_7_personal_data_the_user_chose_to_keep_travels(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "record", "--area", "Grimsta", "--year", "2023", "--week", "9", "--grade", "2", "--note",
       "Anmälan 19121212-1212", "--allow-personal-data")
    merged = send(a, b, tmp_path, "a1")
    assert merged.returncode == 0, merged.stderr  # a's log says the user kept it on purpose
    assert "personuppgift sparad på användarens begäran" in ok(b, "log", "--limit", "40")


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["records"].update(assessment=None), "avsnittet 'records.assessment' saknas"),
    (lambda d: d["records"]["assessment"]["rows"].append([1, 1]), "8 värden väntades"),
    (lambda d: set_field(d, "incident", 0, "date", "2023-02-30", in_log_too=True), "datumet '2023-02-30' finns inte"),
    (lambda d: set_field(d, "area", 0, "name", "", in_log_too=True), "Tomt områdesnamn"),
    (lambda d: d["records"]["area"].update(rows=[]), "området 1 finns inte i filens områden"),
    (lambda d: d.update(version="2"), "ogiltig version"),
    (lambda d: d.update(records=[]), "avsnittet 'records' saknas"),
])
def test_7_a_malformed_file_gets_exit_2_and_a_line_per_problem(tmp_path, change, expected):
    path, data = _exported(tmp_path)
    change(data)
    _refused(tmp_path, data, "trasig.json", expected)


def test_7_a_file_that_is_not_json_at_all(tmp_path):
    b = tmp_path / "b.db"
    (tmp_path / "trasig.json").write_text('{"format": "lagesbild-utbyte", "version": 2, ', encoding="utf-8")
    done = lagesbild(b, "import", str(tmp_path / "trasig.json"))
    assert done.returncode == 2 and "ingen läsbar utbytesfil" in done.stderr


def test_8_a_copied_database_file_and_a_restored_backup_of_another_get_their_own_identity(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ok(a, "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    b.unlink()
    shutil.copy(a, b)  # a second workstation set up from a copy of the first one's file
    told = lagesbild(b, "record", "--area", "Vinsta", "--year", "2024", "--week", "1", "--grade", "3")
    assert told.returncode == 0 and "kopia av en annan databasfil" in told.stderr
    ok(a, "record", "--area", "Nälsta", "--year", "2024", "--week", "1", "--grade", "4")
    assert send(b, a, tmp_path, "b1").returncode == 0 and _cell(a, "Vinsta", 2024, 1) == 3
    assert send(a, b, tmp_path, "a1").returncode == 0 and _cell(b, "Nälsta", 2024, 1) == 4
    # A backup of another database restored here: from then on this file writes under a new id too.
    c = tmp_path / "c.db"
    ok(a, "backup", "--out", str(tmp_path / "a_kopia.db"))
    ok(c, "restore", str(tmp_path / "a_kopia.db"))
    ok(c, "record", "--area", "Råcksta", "--year", "2024", "--week", "1", "--grade", "5")
    assert send(c, a, tmp_path, "c1").returncode == 0 and _cell(a, "Råcksta", 2024, 1) == 5
    assert send(a, c, tmp_path, "a2").returncode == 0
    for db in (a, b, c):
        assert ok(db, "check").startswith("OK")
