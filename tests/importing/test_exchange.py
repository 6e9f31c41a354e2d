"""Moving data between workstations with exchange files: merged by versions, never silently overwritten."""

import json
import shutil

import pytest

from lagesbild_desktop.services import areas as area_service
from lagesbild_desktop.services import exchange, maintenance
from lagesbild_desktop.services.assessments import clear_grade, get_grade, record_grade
from lagesbild_desktop.services.categories import add_category
from lagesbild_desktop.services.district import set_district
from lagesbild_desktop.services.incidents import add_incident, delete_incident, list_incidents, update_incident
from lagesbild_desktop.services.report_texts import priority_fields, set_priority_field, set_week_note, week_note
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump
from tests.exchange_files import send


@pytest.fixture
def stores(tmp_path):
    opened = {}

    def make(name):
        opened[name] = open_database(tmp_path / f"{name}.db")
        return opened[name]

    yield make
    for store in opened.values():
        store.close()


@pytest.fixture
def two(stores):
    return stores("a"), stores("b")


def data_of(store) -> dict:
    """What a database holds of every kind, as an export carries it (without local ids)."""
    from lagesbild_desktop.store.kinds import KINDS

    areas = {area.id: area.uid for area in __import__("lagesbild_desktop.store.areas", fromlist=["x"]).all_areas(
        store.conn)}
    held = {}
    for kind in KINDS:
        rows = []
        for row in kind.rows(store.conn):
            value = kind.value(row)
            value = {key: areas[item] if key in kind.area_fields else item for key, item in value.items()}
            rows.append(json.dumps(value, sort_keys=True, ensure_ascii=False))
        held[kind.entity] = sorted(rows)
    held["tombstones"] = sorted(store.conn.execute("SELECT kind, key, vv FROM tombstones").fetchall())
    return held


def test_everything_arrives_and_a_second_merge_changes_nothing(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2, "Lugnt")
    add_incident(a, area="Grimsta", date="2024-01-16", category="hot", severity="oroande", place="Torget")
    set_priority_field(a, 2024, 2, True, "Belysning")
    set_week_note(a, 2024, 3, "Polisen", "Lugn vecka")
    area_service.add_area(a, "Åkermyntans centrum", 2024)
    area_service.set_area_order(a, "Vällingby", 1)
    area_service.retire_area(a, "Råcksta", 2030)
    add_category(a, "cykelstöld", "Cykelstöld")
    set_district(a, "Hässelby-Vällingby stadsdelsområde")
    result = send(a, b, tmp_path)
    assert (result.added, result.updated, result.conflicts) == (6, 3, []) and result.foreign_entries > 0
    assert get_grade(b, "Grimsta", 2024, 3).note == "Lugnt" and len(list_incidents(b, year=2024)) == 1
    assert week_note(b, 2024, 3).summary == "Lugn vecka" and priority_fields(b, 2024)[2].comment == "Belysning"
    assert b.setting("district") == "Hässelby-Vällingby stadsdelsområde"
    assert [area.name for area in area_service.list_areas(b)][0] == "Vällingby"
    assert area_service.list_areas(b, 2030)[-1].name != "Råcksta" and "Råcksta" not in [
        area.name for area in area_service.list_areas(b, 2030)]
    assert data_of(a) == data_of(b)
    again = send(a, b, tmp_path, "igen")
    assert again.added == again.updated == again.deleted == 0 and not again.conflicts
    assert maintenance.check_database(a).ok and maintenance.check_database(b).ok


def test_changed_on_one_side_arrives_changed_on_both_is_a_listed_conflict(two, tmp_path):
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
    assert [c.text for c in result.conflicts] == ["bedömning Vinsta 2024 v3: här 5, i filen 3"]
    assert get_grade(a, "Nälsta", 2024, 3).grade == 1
    contexts = {c for (c,) in a.conn.execute("SELECT context FROM audit_log WHERE entity = 'assessment'")}
    assert "utbyte b.json" in contexts
    assert maintenance.check_database(a).ok


def test_the_same_value_written_on_both_sides_is_no_conflict(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2, "Lugnt")
    record_grade(b, "Grimsta", 2024, 3, 2, "Lugnt")
    assert not send(a, b, tmp_path).conflicts
    record_grade(b, "Grimsta", 2024, 3, 4)  # b saw a's version: its change is newer than both
    assert not send(b, a, tmp_path).conflicts and get_grade(a, "Grimsta", 2024, 3).grade == 4


def test_a_choice_settles_the_conflict_everywhere(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 2, 2)
    record_grade(b, "Grimsta", 2024, 2, 4)
    path = exchange.export_exchange(a, tmp_path / "a.json")
    trial = exchange.trial_merge(b, exchange.read_exchange(path))
    assert get_grade(b, "Grimsta", 2024, 2).grade == 4 and len(trial.conflicts) == 1  # a trial changes nothing
    again = exchange.merge(b, exchange.read_exchange(path))  # not decided: named again, nothing written
    assert [c.key for c in again.conflicts] == [c.key for c in trial.conflicts]
    chosen = exchange.merge(b, exchange.read_exchange(path), choices={trial.conflicts[0].key: exchange.FILE})
    assert not chosen.conflicts and chosen.resolved == 1 and get_grade(b, "Grimsta", 2024, 2).grade == 2
    back = send(b, a, tmp_path, "b")  # the choice travels: a takes it without a conflict
    assert not back.conflicts and get_grade(a, "Grimsta", 2024, 2).grade == 2
    record_grade(a, "Vinsta", 2024, 2, 1)
    record_grade(b, "Vinsta", 2024, 2, 5)
    kept = send(a, b, tmp_path, "a2", choices={"*": exchange.HERE})  # keep the value here, on purpose
    assert kept.resolved == 1 and get_grade(b, "Vinsta", 2024, 2).grade == 5
    assert not send(b, a, tmp_path, "b2").conflicts and get_grade(a, "Vinsta", 2024, 2).grade == 5
    logged = b.conn.execute("SELECT context FROM audit_log WHERE entity = 'assessment' ORDER BY id DESC LIMIT 1")
    assert logged.fetchone()[0] == "utbyte a2.json"
    assert data_of(a) == data_of(b)


def test_deletions_travel_and_nothing_comes_back(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 5, 3)
    incident = add_incident(a, area="Vinsta", date="2024-02-01", category="klotter", severity="lindrig")
    send(a, b, tmp_path, "a")
    old_b = exchange.export_exchange(b, tmp_path / "b_gammal.json")  # b before the deletions reach it
    clear_grade(a, "Grimsta", 2024, 5)
    delete_incident(a, incident.id)
    assert send(a, b, tmp_path, "a2").deleted == 2
    assert get_grade(b, "Grimsta", 2024, 5) is None and list_incidents(b, year=2024) == []
    stale = exchange.merge(a, exchange.read_exchange(old_b))  # the old file still holds both
    assert not stale.conflicts and get_grade(a, "Grimsta", 2024, 5) is None and list_incidents(a, 2024) == []
    assert data_of(a) == data_of(b)


def test_an_edited_incident_stays_one_incident(two, tmp_path):
    a, b = two
    incident = add_incident(a, area="Vinsta", date="2024-02-01", category="klotter", severity="lindrig")
    send(a, b, tmp_path, "a")
    update_incident(a, incident.id, severity="allvarlig", description="Stort klotter")
    send(a, b, tmp_path, "a2")
    send(b, a, tmp_path, "b")
    for store in (a, b):
        rows = list_incidents(store, 2024)
        assert [(row.severity, row.description) for row in rows] == [("serious", "Stort klotter")]


def test_a_deletion_against_a_change_is_a_conflict(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 5, 3)
    send(a, b, tmp_path, "a")
    clear_grade(a, "Grimsta", 2024, 5)
    record_grade(b, "Grimsta", 2024, 5, 4)
    result = send(a, b, tmp_path, "a2")
    assert [c.text for c in result.conflicts] == ["bedömning Grimsta 2024 v5: här 4, i filen borttagen"]
    assert get_grade(b, "Grimsta", 2024, 5).grade == 4
    result = send(b, a, tmp_path, "b")
    assert [c.text for c in result.conflicts] == ["bedömning Grimsta 2024 v5: här borttagen, i filen 4"]
    assert get_grade(a, "Grimsta", 2024, 5) is None  # nothing came back by itself
    send(b, a, tmp_path, "b2", choices={"*": exchange.FILE})
    assert get_grade(a, "Grimsta", 2024, 5).grade == 4  # brought back on purpose, and that travels
    assert not send(a, b, tmp_path, "a3").conflicts and data_of(a) == data_of(b)


def test_a_renamed_area_stays_one_area(two, tmp_path):
    a, b = two
    send(a, b, tmp_path, "a")
    area_service.rename_area(a, "Vinsta", "Vinsta företagsområde")
    record_grade(b, "Vinsta", 2024, 10, 3)  # b still calls it Vinsta
    assert not send(a, b, tmp_path, "a2").conflicts
    assert not send(b, a, tmp_path, "b").conflicts
    for store in (a, b):
        names = [area.name for area in area_service.list_areas(store)]
        assert "Vinsta företagsområde" in names and "Vinsta" not in names
        assert get_grade(store, "Vinsta företagsområde", 2024, 10).grade == 3
    assert data_of(a) == data_of(b)


def test_areas_may_swap_names_in_one_merge(two, tmp_path):
    a, b = two
    send(a, b, tmp_path, "a")
    area_service.rename_area(a, "Vinsta", "Tillfälligt")
    area_service.rename_area(a, "Nälsta", "Vinsta")
    area_service.rename_area(a, "Tillfälligt", "Nälsta")
    assert not send(a, b, tmp_path, "a2").conflicts
    assert data_of(a) == data_of(b)


def test_two_different_areas_with_one_name_wait_for_a_rename(two, tmp_path):
    a, b = two
    send(a, b, tmp_path, "a")
    area_service.rename_area(a, "Vinsta", "Vinsta C")
    area_service.add_area(b, "Vinsta C", 2024)  # another area, made on b with that name
    result = send(a, b, tmp_path, "a2")
    assert [c.choosable for c in result.conflicts] == [False] and "Byt namn" in result.conflicts[0].text
    assert area_service.list_areas(b)  # b is unchanged, and can still be used
    area_service.rename_area(b, "Vinsta C", "Vinsta centrum")
    assert not send(a, b, tmp_path, "a3").conflicts
    names = [area.name for area in area_service.list_areas(b)]
    assert "Vinsta C" in names and "Vinsta centrum" in names


def test_a_new_category_travels_with_its_incident(two, tmp_path):
    a, b = two
    add_category(a, "cykelstöld", "Cykelstöld", "Bicycle theft")
    add_incident(a, area="Vinsta", date="2024-02-01", category="cykelstöld", severity="lindrig")
    assert not send(a, b, tmp_path).conflicts
    assert [row.category for row in list_incidents(b, 2024)] == ["cykelstöld"]


def test_a_change_travels_along_a_chain_without_false_conflicts(stores, tmp_path):
    a, b, c = stores("a"), stores("b"), stores("c")
    record_grade(a, "Grimsta", 2024, 7, 3)
    send(a, b, tmp_path, "ab")
    send(b, c, tmp_path, "bc")
    assert get_grade(c, "Grimsta", 2024, 7).grade == 3
    record_grade(c, "Grimsta", 2024, 7, 4)  # c changes what it got from a through b
    result = send(c, a, tmp_path, "ca")
    assert not result.conflicts and get_grade(a, "Grimsta", 2024, 7).grade == 4


def test_an_older_file_never_undoes_a_newer_merge(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 7, 2)
    older = exchange.export_exchange(a, tmp_path / "gammal.json")
    record_grade(a, "Grimsta", 2024, 7, 4)
    send(a, b, tmp_path, "ny")
    record_grade(b, "Vinsta", 2024, 7, 1)
    result = exchange.merge(b, exchange.read_exchange(older))
    assert not result.conflicts and result.updated == 0 and get_grade(b, "Grimsta", 2024, 7).grade == 4


def test_week_note_texts_travel_each_on_its_own(two, tmp_path):
    a, b = two
    set_week_note(a, 2024, 10, "Polisen", "")
    send(a, b, tmp_path, "a")
    set_week_note(a, 2024, 10, "Polisen, fältassistenter", "")
    set_week_note(b, 2024, 10, "Polisen", "Lugn vecka")
    assert not send(a, b, tmp_path, "a2").conflicts
    assert not send(b, a, tmp_path, "b").conflicts
    for store in (a, b):
        assert (week_note(store, 2024, 10).participants, week_note(store, 2024, 10).summary) == (
            "Polisen, fältassistenter", "Lugn vecka")


def test_a_dry_run_writes_nothing(two, tmp_path):
    a, b = two
    record_grade(a, "Grimsta", 2024, 3, 2)
    path = exchange.export_exchange(a, tmp_path / "a.json")
    b.close()
    before = table_dump(tmp_path / "b.db")
    reopened = open_database(tmp_path / "b.db")
    assert exchange.trial_merge(reopened, exchange.read_exchange(path)).added == 1
    reopened.close()
    assert table_dump(tmp_path / "b.db") == before


def test_a_file_from_this_database_is_refused(two, tmp_path):
    a, _ = two
    path = exchange.export_exchange(a, tmp_path / "a.json")
    with pytest.raises(exchange.ExchangeRefused.__mro__[1], match="kommer från den här databasen"):
        exchange.merge(a, exchange.read_exchange(path))


def test_a_copied_database_file_gets_its_own_identity_and_both_can_exchange(tmp_path):
    first = open_database(tmp_path / "kontoret.db")
    record_grade(first, "Grimsta", 2024, 1, 2)
    first.close()
    shutil.copy(tmp_path / "kontoret.db", tmp_path / "motet.db")
    original, copy = open_database(tmp_path / "kontoret.db"), open_database(tmp_path / "motet.db")
    try:
        assert original.identity_note is None and "kopia" in copy.identity_note
        assert original.setting("replica_id") != copy.setting("replica_id")
        record_grade(original, "Grimsta", 2024, 2, 3)
        record_grade(copy, "Vinsta", 2024, 2, 4)
        assert not send(copy, original, tmp_path, "fran_kopian").conflicts
        assert not send(original, copy, tmp_path, "fran_originalet").conflicts
        assert data_of(original) == data_of(copy)
        assert maintenance.check_database(original).ok and maintenance.check_database(copy).ok
    finally:
        original.close()
        copy.close()
    assert open_database(tmp_path / "motet.db").identity_note is None  # told once


def test_a_restore_gives_a_new_identity(store, tmp_path):
    before = store.setting("replica_id")
    backup = maintenance.backup_database(store, tmp_path / "kopia.db")
    maintenance.restore_open_database(store, backup)
    assert store.setting("replica_id") != before


def test_a_version_1_file_still_imports(two, tmp_path):
    a, b = two
    old = {
        "format": "lagesbild-utbyte", "version": 1, "program": "0.1.0", "database_id": "5c1d0c8e-0000-4000-8000-1",
        "district": "Hässelby-Vällingby", "exported_at": "2025-03-01T10:00:00+01:00", "exported_by": "anna",
        "last_met": {},
        "areas": [{"name": "Grimsta", "first_year": 2010, "retired_from_year": None, "explicit_order": None,
                   "former_names": []}],
        "assessments": [{"area": "Grimsta", "year": 2024, "week": 3, "grade": 2, "note": "Lugnt",
                         "recorded_by": "anna", "recorded_at": "2025-03-01T10:00:00+01:00"},
                        {"area": "Grimsta", "year": 2024, "week": 4, "grade": 5, "note": "",
                         "recorded_by": "anna", "recorded_at": "2025-03-01T10:00:00+01:00"}],
        "incidents": [{"area": "Grimsta", "date": "2024-01-16", "category": "hot", "severity": "worrying",
                       "place": "Torget", "description": "", "recorded_by": "anna",
                       "recorded_at": "2025-03-01T10:00:00+01:00"}],
        "priority_fields": [], "week_notes": [], "audit_log": [],
    }
    path = tmp_path / "gammal.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    record_grade(b, "Grimsta", 2024, 4, 1)
    result = exchange.merge(b, exchange.read_exchange(path))
    assert (result.added, len(result.conflicts)) == (2, 1)
    assert get_grade(b, "Grimsta", 2024, 3).note == "Lugnt" and get_grade(b, "Grimsta", 2024, 4).grade == 1
    again = exchange.merge(b, exchange.read_exchange(path))
    assert again.added == 0 and len(again.conflicts) == 1 and len(list_incidents(b, 2024)) == 1
    assert maintenance.check_database(b).ok
