"""Edges of the exchange found by a review: forged logs and tombstones, restores outside the program,
a read-only look at a copy, and a preview that must not call itself changed."""

import json
import shutil

import pytest

from lagesbild_desktop.cli import main
from lagesbild_desktop.services import exchange
from lagesbild_desktop.services.assessments import clear_grade, get_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.services.report_texts import set_week_note, week_note
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump
from tests.exchange_files import load, rehash, save


def _forge_grade(data: dict, grade: int) -> None:
    """The grade changed in the record and in its log entry, the hashes left as they were."""
    data["records"]["assessment"]["rows"][0][4] = grade
    for row in data["audit_log"]["rows"]:
        if row[4] == "assessment" and row[5] != 0:
            value = json.loads(row[8])
            value["grade"] = grade
            row[8] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("where", ["extra top-level key", "inside a tombstone's value"])
def test_a_true_copy_of_the_log_elsewhere_in_the_file_does_not_vouch_for_an_edited_one(two, tmp_path, where):
    a, b = two
    record_grade(a, "Grimsta", 2024, 10, 2, "Lugnt")
    record_grade(a, "Vinsta", 2024, 10, 3)
    clear_grade(a, "Vinsta", 2024, 10)
    raw = exchange.export_exchange(a, tmp_path / "a.json").read_bytes()
    true_log = json.loads(raw)["audit_log"]
    data = json.loads(raw)
    _forge_grade(data, 5)
    if where == "extra top-level key":
        data["zz"] = {"audit_log": true_log}
    else:
        data["tombstones"]["assessment"]["rows"][0][3] = {"audit_log": true_log}
    from lagesbild_desktop.services.exchange.fileformat import _dumped

    path = tmp_path / "andrad.json"
    path.write_text(_dumped(data), encoding="utf-8")  # laid out as the program writes files
    before = table_dump(b.path)
    with pytest.raises(exchange.ExchangeRefused):
        exchange.merge(b, exchange.read_exchange(path))
    assert table_dump(b.path) == before and get_grade(b, "Grimsta", 2024, 10) is None


def test_a_tombstone_pointed_at_another_record_is_refused(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 10, 2, "ska stå kvar")
    record_grade(a, "Grimsta", 2024, 11, 3, "tas bort")
    exchange.merge(b, exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a.json")))
    clear_grade(a, "Grimsta", 2024, 11)
    data = load(exchange.export_exchange(a, tmp_path / "a2.json"))
    rows = data["records"]["assessment"]["rows"]
    rows.remove(next(row for row in rows if row[3] == 10))
    stone = data["tombstones"]["assessment"]["rows"][0]
    stone[1] = stone[1].replace("/11", "/10")
    with pytest.raises(exchange.ExchangeRefused, match="stämmer inte med loggpost"):
        exchange.merge(b, exchange.read_exchange(save(data, tmp_path / "andrad.json")))
    assert get_grade(b, "Grimsta", 2024, 10).note == "ska stå kvar" and get_grade(b, "Grimsta", 2024, 11).grade == 3


@pytest.mark.parametrize("key", ["skräp", "00000000-0000-0000-0000-000000000000/2024/10", "/2024/10"])
def test_a_tombstone_with_a_key_that_names_nothing_is_refused(two, tmp_path, key):
    a, b = two
    record_grade(a, "Grimsta", 2024, 10, 2)
    clear_grade(a, "Grimsta", 2024, 10)
    data = load(exchange.export_exchange(a, tmp_path / "a.json"))
    data["tombstones"]["assessment"]["rows"][0][1] = key
    with pytest.raises(exchange.ExchangeRefused):
        exchange.merge(b, exchange.read_exchange(save(data, tmp_path / "andrad.json")))


def test_an_incident_in_an_area_the_file_does_not_have_is_refused(two, tmp_path):
    a, b = two
    add_incident(a, area="Vinsta", date="2024-01-16", category="hot", severity="oroande")
    data = load(exchange.export_exchange(a, tmp_path / "a.json"))
    from tests.exchange_files import set_field

    set_field(data, "incident", 0, "area_id", 509, in_log_too=True)
    with pytest.raises(exchange.ExchangeRefused, match="området 509 finns inte i filens områden"):
        exchange.merge(b, exchange.read_exchange(save(data, tmp_path / "andrad.json")))


def test_a_log_entry_nested_too_deep_is_no_crash(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 10, 2)
    data = load(exchange.export_exchange(a, tmp_path / "a.json"))
    last = data["audit_log"]["rows"][-1]
    deep = [last[0] + 1, last[1], last[2], "create", "assessment", 0, "x", None, "[" * 100_000, "", "", ""]
    data["audit_log"]["rows"].append(deep)
    rehash(data)
    exchange.merge(b, exchange.read_exchange(save(data, tmp_path / "djup.json")))  # a merge, not a crash
    assert get_grade(b, "Grimsta", 2024, 10).grade == 2


def test_a_database_put_back_by_copying_a_backup_over_it_gets_a_new_identity(tmp_path):
    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    record_grade(a, "Grimsta", 2024, 10, 2, "första")
    exchange.merge(b, exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a1.json")))
    a.close()
    shutil.copy(tmp_path / "a.db", tmp_path / "kopia.db")  # a backup made with the file manager
    a = open_database(tmp_path / "a.db")
    for week in range(1, 6):
        record_grade(a, "Vällingby", 2024, week, 3)
    record_grade(a, "Grimsta", 2024, 10, 3, "andra")
    exchange.merge(b, exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a2.json")))
    a.close()
    shutil.copyfile(tmp_path / "kopia.db", tmp_path / "a.db")  # put back over the file: the same inode
    a = open_database(tmp_path / "a.db")
    assert a.identity_note and "äldre än när den senast gjorde en utbytesfil" in a.identity_note
    record_grade(a, "Grimsta", 2024, 10, 4, "efter återställningen")
    to_b = exchange.merge(b, exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a3.json")))
    # The new change was not taken for one b has already seen: it is a conflict, b's value stays.
    assert [c.ref for c in to_b.conflicts] == ["bedömning Grimsta 2024 v10"]
    back = exchange.merge(a, exchange.read_exchange(exchange.export_exchange(b, tmp_path / "b.json")),
                          choices={"*": exchange.FILE})
    assert back.added == 5 and get_grade(a, "Grimsta", 2024, 10).note == "andra"  # what b had came back
    a.close()
    b.close()


def test_a_read_only_command_leaves_a_copied_file_as_it_is(tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["--db", str(db), "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2"]) == 0
    shutil.copy(db, tmp_path / "kopia.db")
    before = table_dump(tmp_path / "kopia.db")
    for command in (["check"], ["summary", "--year", "2024"], ["log"], ["areas", "list"]):
        assert main(["--db", str(tmp_path / "kopia.db"), *command]) in (0, 1)
    assert table_dump(tmp_path / "kopia.db") == before
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "kopia.db"), "export", "--exchange", "--out", str(tmp_path / "k.json")]) == 0
    assert "kopia av en annan databasfil" in capsys.readouterr().err  # what sends anything claims its own id


def test_a_preview_with_a_chosen_conflict_beside_a_plain_change_is_not_called_changed(two, tmp_path):
    a, b = two
    set_week_note(a, 2024, 3, "P", "S")
    exchange.merge(b, exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a.json")))
    set_week_note(a, 2024, 3, "P-a", "S-a")
    set_week_note(b, 2024, 3, "P-b", "S")
    file = exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a2.json"))
    trial = exchange.trial_merge(b, file)
    result = exchange.merge(b, file, choices={c.key: exchange.FILE for c in trial.conflicts},
                            expected=trial.summary())
    assert result.resolved == 1 and not result.conflicts
    assert (week_note(b, 2024, 3).participants, week_note(b, 2024, 3).summary) == ("P-a", "S-a")
