"""Moving data between two workstations with exchange files: merged, never silently overwritten."""

import datetime as dt
import json

import pytest

from lagesbild_desktop import osenv
from lagesbild_desktop.cli import main
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services import exchange, maintenance
from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident, list_incidents
from lagesbild_desktop.services.report_texts import set_priority_field, set_week_note, week_note
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump


@pytest.fixture
def clock(monkeypatch):
    """A clock that moves a minute on every tick, so "changed since the two met" is never a tie."""
    moment = [dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)]

    def now():
        moment[0] += dt.timedelta(minutes=1)
        return moment[0]

    monkeypatch.setattr(osenv, "now", now)
    return moment


@pytest.fixture
def two(tmp_path, clock):
    first, second = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    yield first, second
    first.close()
    second.close()


def send(source, target, tmp_path, name):
    path = exchange.export_exchange(source, tmp_path / f"{name}.json")
    return exchange.merge(target, exchange.read_exchange(path), path.name)


def test_everything_arrives_and_a_second_merge_changes_nothing(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2, "Lugnt")
    add_incident(a, area="Grimsta", date="2024-01-16", category="hot", severity="oroande", place="Torget")
    set_priority_field(a, 2024, 2, True, "Belysning")
    set_week_note(a, 2024, 3, "Polisen", "Lugn vecka")
    result = send(a, b, tmp_path, "a")
    assert result.added == 4 and not result.conflicts and result.foreign_entries > 0
    assert get_grade(b, "Grimsta", 2024, 3).note == "Lugnt" and len(list_incidents(b, year=2024)) == 1
    assert week_note(b, 2024, 3).summary == "Lugn vecka"
    again = send(a, b, tmp_path, "a2")
    assert again.added == again.updated == 0 and not again.conflicts
    assert maintenance.check_database(b).ok


def test_changed_on_one_side_takes_the_newer_changed_on_both_is_a_listed_conflict(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    record_grade(a, "Vinsta", 2024, 3, 1)
    send(a, b, tmp_path, "a")  # the two meet
    record_grade(b, "Grimsta", 2024, 3, 4, "Bränder")  # only b changes Grimsta
    record_grade(a, "Vinsta", 2024, 3, 5)  # both change Vinsta
    record_grade(b, "Vinsta", 2024, 3, 3)
    record_grade(a, "Nälsta", 2024, 3, 1)  # only a has Nälsta
    result = send(b, a, tmp_path, "b")
    assert get_grade(a, "Grimsta", 2024, 3).grade == 4 and get_grade(a, "Grimsta", 2024, 3).note == "Bränder"
    assert get_grade(a, "Vinsta", 2024, 3).grade == 5  # the local value stays
    assert [conflict.text for conflict in result.conflicts] == ["Vinsta v3 2024: här 5, i filen 3"]
    assert get_grade(a, "Nälsta", 2024, 3).grade == 1
    contexts = {c for (c,) in a.conn.execute("SELECT context FROM audit_log WHERE entity = 'assessment'")}
    assert "utbyte b.json" in contexts
    assert maintenance.check_database(a).ok


def test_never_met_databases_that_differ_keep_the_local_value(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    record_grade(b, "Grimsta", 2024, 3, 4)
    result = send(a, b, tmp_path, "a")
    assert get_grade(b, "Grimsta", 2024, 3).grade == 4 and len(result.conflicts) == 1


def test_both_audit_logs_are_kept(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    entries = a.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    send(a, b, tmp_path, "a")
    kept = b.conn.execute("SELECT count(*) FROM foreign_audit_log WHERE peer_id = ?",
                          [exchange.database_id(a)]).fetchone()[0]
    assert kept == entries


def test_a_tampered_or_foreign_file_is_refused_and_nothing_changes(two, tmp_path, db_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    path = exchange.export_exchange(a, tmp_path / "a.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["audit_log"][-1]["new_value"] = data["audit_log"][-1]["new_value"].replace('"grade":2', '"grade":5')
    tampered = tmp_path / "ändrad.json"
    tampered.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput, match="ändringsloggen i utbytesfilen är bruten"):
        exchange.read_exchange(tampered)
    data["version"] = 99
    newer = tmp_path / "nyare.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput, match="version 99"):
        exchange.read_exchange(newer)
    with pytest.raises(InvalidInput, match="kommer från den här databasen"):
        exchange.merge(a, exchange.read_exchange(path), "a.json")


def test_command_line_exchange_with_dry_run(two, tmp_path, capsys):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    a_path, b_path = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    a.close()
    b.close()
    out = tmp_path / "utbyte.json"
    assert main(["--db", a_path, "export", "--exchange", "--out", str(out)]) == 0
    before = table_dump(tmp_path / "b.db")
    assert main(["--db", b_path, "import", str(out), "--dry-run"]) == 0
    assert "1 tillagda" in capsys.readouterr().out and table_dump(tmp_path / "b.db") == before
    assert main(["--db", b_path, "import", str(out)]) == 0
    assert "Sammanslaget" in capsys.readouterr().out
    assert main(["--db", a_path, "export", "--out", str(out)]) == 2
    assert "--year och --format (eller --exchange)" in capsys.readouterr().err


def test_a_conflict_can_be_resolved_for_the_files_value(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    record_grade(b, "Grimsta", 2024, 3, 4)
    path = exchange.export_exchange(a, tmp_path / "a.json")
    data = exchange.read_exchange(path)
    trial = exchange.trial_merge(b, data, path.name)
    assert get_grade(b, "Grimsta", 2024, 3).grade == 4  # a trial changes nothing
    result = exchange.merge(b, data, path.name, take=frozenset(c.key for c in trial.conflicts))
    assert not result.conflicts and result.updated == 1 and get_grade(b, "Grimsta", 2024, 3).grade == 2


def test_week_notes_and_priority_fields_from_the_command_line(db_path, capsys):
    assert main(["--db", str(db_path), "week-note", "--year", "2024", "--week", "10", "--participants", "Polisen",
                 "--summary", "Lugnt"]) == 0
    assert main(["--db", str(db_path), "week-note", "--year", "2024", "--week", "10", "--summary", "Oro"]) == 0
    assert "Deltagare: Polisen\nSammanfattning: Oro" in capsys.readouterr().out  # the untouched part is kept
    assert main(["--db", str(db_path), "priority-field", "--year", "2024", "--field", "2", "--needs-measures", "ja",
                 "--comment", "Belysning"]) == 0
    assert "Behov av särskilda åtgärder: ja\nKommentar: Belysning" in capsys.readouterr().out
    assert main(["--db", str(db_path), "priority-field", "--year", "2024", "--field", "7"]) == 2
    assert "Okänt prioriterat område '7'" in capsys.readouterr().err
    assert main(["--db", str(db_path), "week-note", "--year", "2024", "--week", "10", "--summary",
                 "19121212-1212"]) == 2
    assert "personnummer" in capsys.readouterr().err
