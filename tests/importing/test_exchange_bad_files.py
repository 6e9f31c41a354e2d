"""Whatever a file holds, reading and merging it ends in a merge or in a list of problems — never a traceback.

Random values (wrong types, empty, huge, nested) put in random places of a real exchange file, with the
chain's hashes made again or not, and random parts of it removed.
"""

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagesbild_desktop.services import exchange, maintenance
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.services.report_texts import set_week_note
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump
from tests.exchange_files import rehash, set_field

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False), st.text(max_size=30),
    st.sampled_from(["", "\x00", "2024-02-30", "0000000000000000:1", "abc:1", "x" * 5000]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("utbyte")
    store = open_database(folder / "kalla.db")
    record_grade(store, "Grimsta", 2024, 3, 2, "Lugnt")
    record_grade(store, "Vinsta", 2024, 4, 5)
    add_incident(store, area="Vinsta", date="2024-01-16", category="hot", severity="oroande", place="Torget")
    incident = add_incident(store, area="Nälsta", date="2024-01-17", category="våld", severity="lindrig")
    from lagesbild_desktop.services.incidents import delete_incident

    delete_incident(store, incident.id)
    set_week_note(store, 2024, 3, "Polisen", "")
    path = exchange.export_exchange(store, folder / "kalla.json")
    store.close()
    return folder, json.loads(path.read_text(encoding="utf-8"))


def _places(data: dict) -> list[tuple]:
    """Every (table, row, column) of the file's tables, and the top-level keys."""
    places = [("top", key) for key in data]
    for entity, section in data["records"].items():
        width = len(section["fields"])
        places += [("records", entity, r, c) for r in range(len(section["rows"])) for c in range(width)]
    for entity, section in data["tombstones"].items():
        places += [("tombstones", entity, r, c) for r in range(len(section["rows"])) for c in range(4)]
    places += [("log", r, c) for r in range(len(data["audit_log"]["rows"])) for c in range(12)]
    return places


def _put(data: dict, place: tuple, value) -> None:
    if place[0] == "top":
        data[place[1]] = value
    elif place[0] == "log":
        data["audit_log"]["rows"][place[1]][place[2]] = value
    else:
        data[place[0]][place[1]]["rows"][place[2]][place[3]] = value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_file_is_merged_or_refused_never_a_crash(exported, tmp_path_factory, data):
    folder, original = exported
    changed = json.loads(json.dumps(original))
    places = _places(changed)
    harness_errors = (TypeError, ValueError, KeyError, IndexError, AttributeError)  # an earlier change broke
    for _ in range(data.draw(st.integers(1, 3))):                                   # the file too much to
        place, value = data.draw(st.sampled_from(places)), data.draw(ODD_VALUES)    # change it this way
        both = data.draw(st.booleans())
        with contextlib.suppress(*harness_errors):
            if place[0] == "records" and both and place[3] not in (0, len(original["records"][place[1]]["fields"]) - 1):
                # The value changed in the record and in its log entry alike, the chain made whole again.
                field = original["records"][place[1]]["fields"][place[3]]
                set_field(changed, place[1], place[2], field, value, in_log_too=True)
            else:
                _put(changed, place, value)
    if data.draw(st.booleans()):
        # A careful forger: the chain holds, only the rules can refuse it (unless the log itself is too
        # broken to hash again: then the file goes as it is).
        with contextlib.suppress(TypeError, ValueError, KeyError, IndexError, AttributeError):
            rehash(changed)
    target = tmp_path_factory.mktemp("mottagare") / "b.db"
    store = open_database(target)
    store.close()
    before = table_dump(target)
    path = folder / "skadad.json"
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    store = open_database(target)
    try:
        try:
            exchange.merge(store, exchange.read_exchange(path))
        except exchange.ExchangeRefused as refused:
            assert refused.problems and all(isinstance(problem, str) and problem for problem in refused.problems)
            assert table_dump(target) == before
        assert maintenance.check_database(store).ok
    finally:
        store.close()


V1 = {
    "format": "lagesbild-utbyte", "version": 1, "program": "0.1.0", "database_id": "5c1d0c8e-0000-4000-8000-1",
    "district": "Hässelby-Vällingby", "exported_at": "2025-03-01T10:00:00+01:00", "exported_by": "anna",
    "areas": [{"name": "Grimsta", "first_year": 2010, "retired_from_year": None, "explicit_order": None,
               "former_names": []}],
    "assessments": [{"area": "Grimsta", "year": 2024, "week": 3, "grade": 2, "note": "Lugnt"}],
    "incidents": [{"area": "Grimsta", "date": "2024-01-16", "category": "hot", "severity": "worrying",
                   "place": "Torget", "description": ""}],
    "priority_fields": [{"year": 2024, "field": 2, "needs_measures": True, "comment": "Ljus"}],
    "week_notes": [{"year": 2024, "week": 3, "participants": "Polisen", "summary": ""}],
    "audit_log": [],
}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(section=st.sampled_from(["areas", "assessments", "incidents", "priority_fields", "week_notes"]),
       key=st.sampled_from(["name", "area", "year", "week", "grade", "note", "date", "category", "severity",
                            "field", "needs_measures", "comment", "participants", "first_year", "former_names"]),
       value=ODD_VALUES)
def test_a_damaged_version_1_file_is_merged_or_refused_never_a_crash(tmp_path, section, key, value):
    changed = json.loads(json.dumps(V1))
    if key in changed[section][0]:
        changed[section][0][key] = value
    path = tmp_path / "gammal.json"
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    store = open_database(tmp_path / "b.db")
    try:
        before = table_dump(store.path)
        try:
            exchange.merge(store, exchange.read_exchange(path))
        except exchange.ExchangeRefused as refused:
            assert refused.problems and table_dump(store.path) == before
    finally:
        store.close()
