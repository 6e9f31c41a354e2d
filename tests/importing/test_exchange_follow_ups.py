"""Follow-ups on two workstations: concurrent follow-ups, a deletion against a follow-up or an edit, and a
kept measure that keeps its follow-ups. Every case ends with both databases alike and `check` passing."""

import pytest

from lagesbild_desktop.services import exchange, maintenance
from lagesbild_desktop.services.measures import (
    add_measure,
    delete_measure,
    edit_measure,
    follow_up,
    list_measures,
    view,
)
from lagesbild_desktop.store.kinds import KINDS


def _send(source, target, tmp_path, name, choices=None):
    path = exchange.export_exchange(source, tmp_path / f"{name}.json")
    return exchange.merge(target, exchange.read_exchange(path), choices=choices or {})


def _held(store) -> dict:
    """Every record of every kind, by entity, without local ids: what must be alike everywhere."""
    return {kind.entity: sorted(map(repr, (kind.value(row) for row in kind.rows(store.conn)))) for kind in KINDS
            if kind.entity not in ("area", "assessment", "incident", "key_figure", "area_boundary", "place")}


def _comments(store, measure_id=1) -> list[str]:
    return [item.comment for item in view(store, measure_id).follow_ups]


@pytest.fixture
def shared_measure(two, tmp_path):
    a, b = two
    add_measure(a, title="Trygghetsvandring", areas=["Vinsta"], responsible=["Polisen"], start="2026-01-05",
                next_follow_up="2026-02-01")
    follow_up(a, 1, status="pågår", date="2026-01-10", comment="först")
    _send(a, b, tmp_path, "start")
    return a, b


def test_two_follow_ups_of_one_measure_are_both_kept_and_the_next_date_is_a_conflict(shared_measure, tmp_path):
    a, b = shared_measure
    follow_up(a, 1, status="pågår", date="2026-02-01", comment="mötet", next_follow_up="2026-03-01")
    follow_up(b, 1, status="pågår", date="2026-02-02", comment="kansliet", next_follow_up="2026-03-15")
    trial = exchange.trial_merge(b, exchange.read_exchange(exchange.export_exchange(a, tmp_path / "a.json")))
    assert [c.ref for c in trial.conflicts] == ["åtgärd «Trygghetsvandring» nästa uppföljning"]
    assert "här ”2026-03-15”, i filen ”2026-03-01”" in trial.conflicts[0].text
    result = _send(a, b, tmp_path, "a")
    assert result.added == 1 and len(result.conflicts) == 1
    assert _comments(b) == ["först", "mötet", "kansliet"]
    assert view(b, 1).measure.next_follow_up == "2026-03-15"  # the value here stays until chosen
    result = _send(a, b, tmp_path, "a2", {result.conflicts[0].key: exchange.FILE})
    assert result.resolved == 1 and view(b, 1).measure.next_follow_up == "2026-03-01"
    _send(b, a, tmp_path, "b")
    assert _held(a) == _held(b)
    assert _comments(a) == ["först", "mötet", "kansliet"]
    for store in (a, b):
        assert maintenance.check_database(store).ok


def test_a_measure_deleted_while_followed_up_elsewhere_takes_the_follow_up_along_and_says_so(shared_measure, tmp_path):
    a, b = shared_measure
    delete_measure(a, 1)
    follow_up(b, 1, status="pågår", date="2026-02-02", comment="kansliet")
    result = _send(a, b, tmp_path, "a")
    assert not result.conflicts and list_measures(b) == []
    assert any("2026-02-02" in note and "tas bort med åtgärden" in note for note in result.notes)
    assert any("2026-01-10" in note for note in result.notes)
    _send(b, a, tmp_path, "b")
    assert _held(a) == _held(b)
    for store in (a, b):
        assert maintenance.check_database(store).ok


@pytest.mark.parametrize("choice", [None, exchange.HERE, exchange.FILE])
def test_delete_against_edit_keeps_the_follow_ups_with_a_kept_measure(shared_measure, tmp_path, choice):
    a, b = shared_measure
    delete_measure(a, 1)
    follow_up(b, 1, status="pågår", date="2026-02-02", comment="kansliet")
    edit_measure(b, 1, goal="Färre bränder")
    result = _send(a, b, tmp_path, "a")
    assert [c.ref for c in result.conflicts] == ["åtgärd «Trygghetsvandring»"]
    assert _comments(b) == ["först", "kansliet"]  # nothing lost while the choice waits
    if choice is None:
        return
    result = _send(a, b, tmp_path, "a2", {"*": choice})
    if choice == exchange.HERE:
        assert _comments(b) == ["först", "kansliet"]
        assert any("behålls med åtgärden" in note for note in result.notes)
        _send(b, a, tmp_path, "b")
        assert _comments(a) == ["först", "kansliet"]  # the kept measure comes back with all its follow-ups
    else:
        assert list_measures(b) == []
        assert sum("tas bort med åtgärden" in note for note in result.notes) == 2
        _send(b, a, tmp_path, "b")
        assert list_measures(a) == []
    assert _held(a) == _held(b)
    for store in (a, b):
        assert maintenance.check_database(store).ok


def test_a_measure_kept_over_a_deletion_comes_back_whole_with_its_next_follow_up(shared_measure, tmp_path):
    a, b = shared_measure
    delete_measure(a, 1)
    edit_measure(b, 1, goal="Färre bränder", next_follow_up="2026-03-01")
    _send(a, b, tmp_path, "deleted", {"*": exchange.HERE})
    result = _send(b, a, tmp_path, "kept")
    assert not result.conflicts
    assert view(a, 1).measure.next_follow_up == "2026-03-01" and view(a, 1).measure.goal == "Färre bränder"
    assert _held(a) == _held(b)


def test_a_deletion_wins_over_a_next_follow_up_set_elsewhere_on_both_sides_alike(shared_measure, tmp_path):
    a, b = shared_measure
    delete_measure(a, 1)
    follow_up(b, 1, status="pågår", date="2026-02-02", next_follow_up="2026-03-01")  # the next date only
    to_a = _send(b, a, tmp_path, "followed")  # the deleted side first: no conflict there either
    to_b = _send(a, b, tmp_path, "deleted")
    assert not to_b.conflicts and not to_a.conflicts
    assert list_measures(a) == list_measures(b) == []
    assert _held(a) == _held(b)
