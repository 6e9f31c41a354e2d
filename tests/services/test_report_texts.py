"""The reports' texts: stored per year and per week, audited, checked, refused with personal data."""

import pytest

from lagesbild_desktop.errors import InvalidInput, PersonalDataFound
from lagesbild_desktop.services import maintenance
from lagesbild_desktop.services.report_texts import priority_fields, set_priority_field, set_week_note, week_note
from tests.conftest import check_file, sqlite3_tool


def test_priority_fields_per_year_are_stored_and_audited(store):
    set_priority_field(store, 2024, 2, True, "Otrygghet vid torget")
    set_priority_field(store, 2024, 2, True, "Otrygghet vid torget")  # unchanged: not logged again
    set_priority_field(store, 2024, 2, False, "Åtgärdat")
    fields = priority_fields(store, 2024)
    assert (fields[2].needs_measures, fields[2].comment) == (False, "Åtgärdat")
    assert priority_fields(store, 2025) == {}
    actions = store.conn.execute("SELECT action FROM audit_log WHERE entity = 'priority_field'").fetchall()
    assert actions == [("create",), ("update",)]
    assert maintenance.check_database(store).ok


def test_week_note_is_stored_per_week(store):
    set_week_note(store, 2024, 10, "Polisen, SDF, ordningsvakter", "Lugn vecka")
    assert week_note(store, 2024, 10).summary == "Lugn vecka"
    assert week_note(store, 2024, 11) is None


@pytest.mark.parametrize(("call", "error"), [
    (lambda s: set_priority_field(s, 2024, 6, True), InvalidInput),
    (lambda s: set_priority_field(s, 2024, 1, True, "ring 19121212-1212"), PersonalDataFound),
    (lambda s: set_week_note(s, 2023, 53, "x", "y"), InvalidInput),
])
def test_bad_texts_are_refused(store, call, error):
    with pytest.raises(error):
        call(store)


def test_editing_the_texts_behind_the_programs_back_is_detected(store):
    set_week_note(store, 2024, 10, "Polisen", "Lugn vecka")
    store.close()
    sqlite3_tool(store.path, "UPDATE week_notes SET summary = 'Oroligt'")
    assert any("veckoanteckning" in p for p in check_file(store.path).data_problems)
