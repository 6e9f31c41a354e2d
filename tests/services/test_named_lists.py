"""The editable lists of names can always be corrected: rename (everywhere the name is used), retire,
remove (refused while used) – on the command line and through the exchange – so that a workstation that
once stored a bad name (a personal identity number) can unblock itself."""

import pytest

from lagesbild_desktop.cli import main
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services import exchange, maintenance, named_lists
from lagesbild_desktop.services.key_figures import add_figure, figures
from lagesbild_desktop.services.measures import add_measure, list_measures
from lagesbild_desktop.services.places import add_place
from lagesbild_desktop.store import named_lists as lists
from lagesbild_desktop.store.named_lists import FIGURE_SOURCES
from tests.exchange_files import send

PN = "811218-9876"


def test_a_source_with_a_personal_number_blocks_the_exchange_until_renamed(two, tmp_path):
    a, b = two
    a.rules = None  # as a program before the rules at every write stored it
    add_figure(a, source=f"Tyck till {PN}", measure="Klotter", start="2024-01-01", end="2024-06-30", value=3)
    add_figure(a, source=f"Tyck till {PN}", measure="Klotter", area="Vinsta", start="2024-01-01", end="2024-06-30",
               value=2)
    with pytest.raises(exchange.ExchangeRefused):
        send(a, b, tmp_path, "blocked")
    renamed = named_lists.rename(a, "figure_source", f"tyck till {PN}", "Tyck till")
    assert renamed.records == 2
    assert {f.source for f in figures(a)} == {"Tyck till"}
    assert lists.by_name(a.conn, FIGURE_SOURCES, f"Tyck till {PN}") is None
    result = send(a, b, tmp_path, "unblocked")
    assert result.added == 2  # the two figures; the source joined the "Tyck till" both already had
    assert sorted((f.area, f.value) for f in figures(b)) == [("", 3), ("Vinsta", 2)]
    assert {f.source for f in figures(b)} == {"Tyck till"}
    for store in (a, b):
        assert maintenance.check_database(store).ok


def test_a_rename_travels_and_replaces_the_name_in_every_record(two, tmp_path):
    a, b = two
    add_measure(a, title="Vandring", areas=["Vinsta"], responsible=["Polisen", "Fastighetsägare"], start="2026-01-05")
    add_place(a, "Torget", area="Vinsta", kind="torg")
    send(a, b, tmp_path, "start")
    named_lists.rename(a, "responsible", "Polisen", "Lokalpolisen")
    named_lists.rename(a, "place_kind", "torg", "Torg")  # only the case
    send(a, b, tmp_path, "renamed")
    for store in (a, b):
        assert list_measures(store)[0].measure.responsible == ("Lokalpolisen", "Fastighetsägare")
        names = [item.name for item in lists.all_names(store.conn, lists.RESPONSIBLES, include_inactive=True)]
        assert "Lokalpolisen" in names and "Polisen" not in names
        kinds = [item.name for item in lists.all_names(store.conn, lists.PLACE_KINDS, include_inactive=True)]
        assert "Torg" in kinds and "torg" not in kinds
        assert store.conn.execute("SELECT kind FROM places").fetchall() == [("Torg",)]
        assert maintenance.check_database(store).ok


def test_remove_is_refused_while_used_and_travels_when_done(two, tmp_path):
    a, b = two
    add_figure(a, source="Egen", measure="Klotter", start="2024-01-01", end="2024-06-30", value=3)
    send(a, b, tmp_path, "start")
    with pytest.raises(InvalidInput, match="används av 1 nyckeltal"):
        named_lists.remove(a, "figure_source", "Egen")
    assert named_lists.remove(a, "figure_source", "Egen räkning") == "Egen räkning"
    send(a, b, tmp_path, "removed")
    assert lists.by_name(b.conn, FIGURE_SOURCES, "Egen räkning") is None
    assert lists.by_name(b.conn, FIGURE_SOURCES, "Egen") is not None
    named_lists.set_active(b, "responsible", "Polisen", False)
    send(b, a, tmp_path, "retired")
    assert not lists.by_name(a.conn, lists.RESPONSIBLES, "Polisen").active


def test_the_commands_rename_retire_remove_and_refuse(tmp_path, capsys):
    db = ["--db", str(tmp_path / "k.db")]
    assert main([*db, "figures", "add", "--source", "Tyck till", "--measure", "Klotter", "--from", "2024-01-01",
                 "--to", "2024-06-30", "--value", "3"]) == 0
    assert main([*db, "figures", "sources", "rename", "Tyck till", "Tyck till-appen"]) == 0
    assert "1 poster ändrade" in capsys.readouterr().out
    assert main([*db, "figures", "sources", "remove", "Tyck till-appen"]) == 2
    assert "används av 1 nyckeltal" in capsys.readouterr().err
    assert main([*db, "figures", "sources", "rename", "Finns inte", "X"]) == 2
    assert main([*db, "figures", "sources", "rename", "Tyck till-appen", f"Tyck {PN}"]) == 2
    assert "personnummer" in capsys.readouterr().err
    assert main([*db, "responsibles", "retire", "Polisen"]) == 0
    assert main([*db, "responsibles", "rename", "Polisen", "Lokalpolisen"]) == 0
    assert main([*db, "places", "kinds", "rename", "torg", "torg och centrum"]) == 0
    capsys.readouterr()
    assert main([*db, "places", "kinds", "list"]) == 0
    assert "torg och centrum" in capsys.readouterr().out.splitlines()
    assert main([*db, "responsibles", "list"]) == 0
    assert "Lokalpolisen" not in capsys.readouterr().out  # retired: kept where used, no longer offered
