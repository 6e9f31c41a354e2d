"""Every kind of record in the registry, each of its fields given hostile values in an exchange file whose log
is made whole again (a careful forger): the file is merged or refused with problems, never a crash, and a
personal identity number never gets in. The kinds come from the registry: a kind without a maker here
fails the first test, so a new kind is fuzzed without anyone remembering to."""

import json
import shutil
from pathlib import Path

import pytest

from lagesbild_desktop.services import boundaries, exchange, key_figures, measures, places, year_texts
from lagesbild_desktop.services.assessments import clear_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident, delete_incident
from lagesbild_desktop.services.named_lists import remove
from lagesbild_desktop.services.report_texts import set_priority_field, set_week_note
from lagesbild_desktop.store.database import open_database
from lagesbild_desktop.store.kinds import KINDS
from tests.conftest import table_dump
from tests.exchange_files import set_field

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
PN = "811218-9876"
HOSTILE = [10**30, -(10**30), 1e308, f"Anna {PN}", "\x1b[2J", "", None, [], {"a": 1}, "x" * 5000]


def _boundaries(store):
    matched, crs = boundaries.read_file(store, SAMPLES / "omraden_schematiska.geojson")
    boundaries.apply(store, matched, crs, boundaries.plan(store, matched, crs, "omraden.geojson"), "omraden.geojson")


def _measures(store):
    measures.add_measure(store, title="Vandring", areas=["Vinsta"], responsible=["Polisen"], start="2024-01-08",
                         next_follow_up="2024-02-01")
    gone = measures.add_measure(store, title="Borta", areas=["Vinsta"], responsible=["Polisen"], start="2024-01-08")
    measures.follow_up(store, gone.id, status="pågår", date="2024-01-20")
    measures.delete_measure(store, gone.id)


# One way to make a record of each kind (the defaults of a new database make some), and to delete one.
MAKERS = {
    "setting": lambda s: places.set_recurrence(s, 3, 5),
    "category": lambda s: None,
    "responsible": lambda s: remove(s, "responsible", "Trafikkontoret"),
    "area": lambda s: None,
    "assessment": lambda s: (record_grade(s, "Vinsta", 2024, 3, 2, "Lugnt"), record_grade(s, "Grimsta", 2024, 3, 4),
                             clear_grade(s, "Grimsta", 2024, 3)),
    "incident": lambda s: (add_incident(s, area="Vinsta", date="2024-01-16", category="hot", severity="oroande",
                                        place="Torget", description="Bråk"),
                           delete_incident(s, add_incident(s, area="Vinsta", date="2024-01-17", category="hot",
                                                           severity="lindrig").id)),
    "priority_field": lambda s: set_priority_field(s, 2024, 2, True, "Belysning"),
    "week_note": lambda s: set_week_note(s, 2024, 3, "Polisen", "Lugnt"),
    "measure": lambda s: _measures(s),
    "follow_up": lambda s: measures.follow_up(s, 1, status="pågår", date="2024-02-01", comment="först"),
    "year_text": lambda s: year_texts.set_text(s, year_texts.place(s, 2024, "inledning"), "Lugnt år."),
    "figure_source": lambda s: remove(s, "figure_source", "Egen räkning"),
    "key_figure": lambda s: (key_figures.add_figure(s, source="Tyck till", measure="Klotter", start="2024-01-01",
                                                    end="2024-06-30", value=3),
                             key_figures.add_figure(s, source="Tyck till", measure="Bränder", area="Vinsta",
                                                    start="2024-01-01", end="2024-06-30", value=2),
                             key_figures.delete_figure(s, source="Tyck till", measure="Bränder", area="Vinsta",
                                                       start="2024-01-01", end="2024-06-30")),
    "area_boundary": _boundaries,
    "place_kind": lambda s: remove(s, "place_kind", "bosättning"),
    "place": lambda s: places.add_place(s, "Torget", area="Vinsta", kind="torg", lat=59.36, lon=17.87,
                                        notes="Kiosken"),
}


def test_every_kind_of_the_registry_has_a_maker_here():
    assert set(MAKERS) == {kind.entity for kind in KINDS}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("alla-slag")
    store = open_database(folder / "kalla.db")
    for kind in KINDS:
        MAKERS[kind.entity](store)
    path = exchange.export_exchange(store, folder / "alla.json")
    store.close()
    receiver = open_database(folder / "mottagare.db")
    receiver.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    for kind in KINDS:
        assert data["records"][kind.entity]["rows"], f"no {kind.entity} in the file"
        if kind.deletable:
            assert data["tombstones"][kind.entity]["rows"], f"no deleted {kind.entity} in the file"
    return folder, data


def test_the_untouched_file_merges(exported, tmp_path):
    folder, data = exported
    target = tmp_path / "b.db"
    shutil.copyfile(folder / "mottagare.db", target)
    path = tmp_path / "hel.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = open_database(target)
    try:
        result = exchange.merge(store, exchange.read_exchange(path))
        assert result.added > 0 and not result.conflicts
    finally:
        store.close()


@pytest.mark.parametrize("entity", [kind.entity for kind in KINDS])
def test_hostile_values_in_every_field_are_merged_or_refused_never_a_crash(exported, tmp_path, entity):
    folder, original = exported
    kind = next(kind for kind in KINDS if kind.entity == entity)
    for field in kind.fields:
        for value in HOSTILE:
            data = json.loads(json.dumps(original))
            set_field(data, entity, 0, field, value, in_log_too=True)
            target = tmp_path / "b.db"
            shutil.copyfile(folder / "mottagare.db", target)
            path = tmp_path / "fientlig.json"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            store = open_database(target)  # a copy: it takes an identity of its own first
            before = table_dump(target)
            try:
                try:
                    exchange.merge(store, exchange.read_exchange(path))
                except exchange.ExchangeRefused as refused:
                    assert refused.problems, (field, value)
                    assert table_dump(target) == before, (field, value)
            finally:
                store.close()
            assert PN not in repr(table_dump(target)).replace(json.dumps(PN), ""), (field, value)
