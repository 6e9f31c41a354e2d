"""Undo and redo of a change of any kind (services/undo.py): exactly what the step changed comes back,
nothing else moves, the undo is an audited change that travels, and a record someone else changed since
is not overwritten without asking."""

import pytest

from lagesbild_desktop.services import maintenance, named_lists, undo, year_texts
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident, delete_incident, list_incidents
from lagesbild_desktop.services.key_figures import add_figure, delete_figure, figures
from lagesbild_desktop.services.measures import add_measure, delete_measure, follow_up, list_measures, view
from lagesbild_desktop.services.places import add_place, edit
from lagesbild_desktop.services.report_texts import set_week_note, week_note
from lagesbild_desktop.store import kinds
from lagesbild_desktop.store.database import open_database
from tests.exchange_files import send


def _everything(store) -> dict:
    """Every record of every kind, without versions: what must be back after an undo."""
    found = {}
    for kind in kinds.KINDS:
        vv_fields = {vv for vv, _ in kind.units.values()}
        values = [kind.value(row) for row in kind.rows(store.conn)]
        if kind.blank:  # an emptied text is no text (an undo of a text never written before empties it)
            values = [value for value in values if any(value[name] != empty for name, empty in kind.blank.items())]
        found[kind.entity] = sorted(repr({k: v for k, v in value.items() if k not in vv_fields}) for value in values)
    return found


def _step(store, change):
    mark = undo.mark(store)
    change()
    return undo.step_since(store, mark)


@pytest.fixture
def store(tmp_path):
    opened = open_database(tmp_path / "u.db")
    record_grade(opened, "Vinsta", 2024, 3, 2, "Lugnt")
    add_measure(opened, title="Vandring", areas=["Vinsta"], responsible=["Polisen"], start="2024-01-08")
    follow_up(opened, 1, status="pågår", date="2024-02-01", comment="först")
    add_figure(opened, source="Tyck till", measure="Bedrägeri", start="2024-01-01", end="2024-10-31", value=667)
    add_place(opened, "Torget", area="Vinsta", kind="torg")
    add_incident(opened, area="Vinsta", date="2024-01-16", category="hot", severity="oroande", place="Torget")
    set_week_note(opened, 2024, 3, "Polisen", "Lugn vecka")
    yield opened
    opened.close()


CHANGES = {
    "delete a key figure": lambda s: delete_figure(s, source="Tyck till", measure="Bedrägeri", start="2024-01-01",
                                                   end="2024-10-31"),
    "delete a measure with its follow-up": lambda s: delete_measure(s, 1),
    "follow up a measure": lambda s: follow_up(s, 1, status="genomförd", date="2024-03-01", comment="klart"),
    "change a place": lambda s: edit(s, "Torget", kind="centrum", notes="Kiosken"),
    "delete an incident": lambda s: delete_incident(s, list_incidents(s, 2024)[0].id),
    "write a week note": lambda s: set_week_note(s, 2024, 3, "Polisen, SDF", ""),
    "a week note never written": lambda s: set_week_note(s, 2024, 9, "Fältare", "Oroligt"),
    "write a text": lambda s: year_texts.set_text(s, year_texts.place(s, 2024, "inledning"), "Lugnt **år**."),
    "rename a source": lambda s: named_lists.rename(s, "figure_source", "Tyck till", "Tyck till-appen"),
    "a new grade": lambda s: record_grade(s, "Grimsta", 2024, 3, 4),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_undo_brings_back_exactly_what_the_step_changed_and_redo_makes_it_again(store, change):
    before = _everything(store)
    step = _step(store, lambda: CHANGES[change](store))
    assert step is not None and step.what
    after = _everything(store)
    assert after != before
    undone = undo.revert(store, step, context="ångra")
    assert _everything(store) == before
    undo.revert(store, undone, context="gör om")
    assert _everything(store) == after
    assert maintenance.check_database(store).ok


def test_a_rename_is_said_as_one(store):
    step = _step(store, lambda: CHANGES["rename a source"](store))
    assert step.what == "namnbyte av källa Tyck till → Tyck till-appen (och 2 till)"


def test_the_step_is_said_in_words(store):
    step = _step(store, lambda: CHANGES["delete a key figure"](store))
    assert step.what.startswith("borttagning av nyckeltal Bedrägeri")
    step = _step(store, lambda: CHANGES["delete a measure with its follow-up"](store))
    assert "åtgärd «Vandring»" in step.what and "1 till" in step.what


def test_an_undo_travels_and_brings_back_a_deletion_elsewhere(store, tmp_path):
    other = open_database(tmp_path / "annan.db")
    send(store, other, tmp_path, "start")
    step = _step(store, lambda: delete_measure(store, 1))
    send(store, other, tmp_path, "deleted")
    assert list_measures(other) == []
    undo.revert(store, step, context="ångra")
    send(store, other, tmp_path, "undone")
    assert [item.comment for item in view(other, 1).follow_ups] == ["först"]
    assert maintenance.check_database(other).ok
    other.close()


def test_an_undo_over_someone_elses_change_asks_first(store, tmp_path):
    other = open_database(tmp_path / "annan.db")
    send(store, other, tmp_path, "start")
    step = _step(store, lambda: set_week_note(store, 2024, 3, "Polisen, SDF", "Lugn vecka"))
    send(store, other, tmp_path, "mine")
    set_week_note(other, 2024, 3, "Polisen, SDF, Ordningsvakter", "Lugn vecka")
    send(other, store, tmp_path, "theirs")
    with pytest.raises(undo.ChangedSince):
        undo.revert(store, step, context="ångra")
    assert week_note(store, 2024, 3).participants == "Polisen, SDF, Ordningsvakter"  # nothing written
    undo.revert(store, step, context="ångra", overwrite=True)
    assert week_note(store, 2024, 3).participants == "Polisen"
    other.close()


def test_a_place_made_cannot_be_undone_away_and_says_so(store):
    step = _step(store, lambda: add_place(store, "Parken", area="Vinsta", kind="park"))
    with pytest.raises(undo.InvalidInput, match="kan inte tas bort"):
        undo.revert(store, step, context="ångra")
    assert figures(store)  # nothing else moved
