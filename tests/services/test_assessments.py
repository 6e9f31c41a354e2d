"""Recording grades through the service: validation, durability, conflicts, personal data."""

import pytest

from lagesbild_desktop.errors import Conflict, InvalidInput, NotFound, PersonalDataFound
from lagesbild_desktop.services import areas
from lagesbild_desktop.services.assessments import clear_grade, get_grade, record_grade, record_grades
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump


def test_recorded_grade_is_on_disk_when_the_call_returns(store):
    record_grade(store, "Vällingby", 2024, 10, 4, "stökigt vid torget")
    other = open_database(store.path)  # another connection, as another program would
    found = get_grade(other, "Vällingby", 2024, 10)
    other.close()
    assert (found.grade, found.note) == (4, "stökigt vid torget")
    assert not store.conn.in_transaction


def test_change_and_unchanged_are_reported(store):
    first = record_grade(store, "Grimsta", 2024, 1, 2)
    second = record_grade(store, "Grimsta", 2024, 1, 3)
    third = record_grade(store, "Grimsta", 2024, 1, "3")
    assert [first.action, second.action, third.action] == ["create", "update", "unchanged"]
    assert second.old.grade == 2 and second.new.grade == 3
    assert second.new.version > first.new.version  # the number of the audit entry of the write


def test_area_names_are_matched_ignoring_case(store):
    assert record_grade(store, "hässelby GÅRD", 2024, 1, 2).new.area == "Hässelby gård"


@pytest.mark.parametrize(
    ("area", "year", "week", "grade", "error", "words"),
    [
        ("Atlantis", 2024, 1, 2, NotFound, "Okänt område 'Atlantis'"),
        ("Grimsta", 2024, 1, 0, InvalidInput, "Ogiltig bedömning '0'"),
        ("Grimsta", 2024, 1, 6, InvalidInput, "Ogiltig bedömning '6'"),
        ("Grimsta", 2024, 1, "fyra", InvalidInput, "Ogiltig bedömning 'fyra'"),
        ("Grimsta", 2023, 53, 2, InvalidInput, "Vecka 53 finns inte år 2023"),
        ("Grimsta", 2024, "tio", 2, InvalidInput, "tio"),
        ("Grimsta", "tjugo", 1, 2, InvalidInput, "tjugo"),
        ("Grimsta", 2009, 1, 2, NotFound, "finns först från år 2010"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(store, area, year, week, grade, error, words):
    before = table_dump(store.path)
    with pytest.raises(error) as raised:
        record_grade(store, area, year, week, grade)
    assert words in raised.value.message
    assert table_dump(store.path) == before


def test_53rd_week_is_accepted_in_a_53_week_year(store):
    assert record_grade(store, "Grimsta", 2026, 53, 1).new.week == 53


def test_grade_for_a_retired_area_is_refused_from_its_retirement_year(store):
    record_grade(store, "Råcksta", 2024, 30, 2)
    areas.retire_area(store, "Råcksta", 2025)
    with pytest.raises(NotFound, match="avvecklat från år 2025"):
        record_grade(store, "Råcksta", 2025, 1, 2)
    assert record_grade(store, "Råcksta", 2024, 31, 2).action == "create"


def test_note_with_personal_identity_number_is_refused_unless_allowed(store):
    before = table_dump(store.path)
    with pytest.raises(PersonalDataFound, match="personnummer"):
        record_grade(store, "Grimsta", 2024, 1, 2, "gripen: 19121212-1212")
    assert table_dump(store.path) == before
    change = record_grade(store, "Grimsta", 2024, 1, 2, "gripen: 19121212-1212", allow_personal_data=True)
    assert change.new.note.endswith("1212")
    context = store.conn.execute("SELECT context FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "personuppgift" in context


def test_stale_version_is_a_conflict_and_keeps_the_other_value(store):
    seen = record_grade(store, "Kälvesta", 2024, 5, 2).new.version
    other = open_database(store.path)
    record_grade(other, "Kälvesta", 2024, 5, 4, "annan dator")
    other.close()
    with pytest.raises(Conflict) as conflict:
        record_grade(store, "Kälvesta", 2024, 5, 3, expected_version=seen)
    assert conflict.value.current.grade == 4
    assert get_grade(store, "Kälvesta", 2024, 5).grade == 4
    with pytest.raises(Conflict):  # someone created the cell that this window saw empty
        record_grade(store, "Kälvesta", 2024, 5, 1, expected_version=0)


def test_a_deleted_and_recreated_cell_never_repeats_a_version(store):
    first = record_grade(store, "Nälsta", 2024, 2, 2).new.version
    clear_grade(store, "Nälsta", 2024, 2)
    again = record_grade(store, "Nälsta", 2024, 2, 5).new.version
    assert again != first
    with pytest.raises(Conflict):  # a window still holding the first version must not clear the new grade
        clear_grade(store, "Nälsta", 2024, 2, expected_version=first)


def test_clear_deletes_and_reports_nothing_to_clear(store):
    record_grade(store, "Nälsta", 2024, 2, 2)
    assert clear_grade(store, "Nälsta", 2024, 2).action == "delete"
    assert clear_grade(store, "Nälsta", 2024, 2).action == "unchanged"
    assert get_grade(store, "Nälsta", 2024, 2) is None


def test_a_whole_week_is_all_or_nothing(store):
    record_grades(store, 2024, 12, {"Grimsta": 1, "Vinsta": 2})
    before = table_dump(store.path)
    with pytest.raises(NotFound):
        record_grades(store, 2024, 13, {"Grimsta": 3, "Vinsta": 4, "Atlantis": 1})
    assert table_dump(store.path) == before
    changes = record_grades(store, 2024, 13, {"Grimsta": 3, "Vinsta": 4})
    assert [c.new.grade for c in changes] == [3, 4]
