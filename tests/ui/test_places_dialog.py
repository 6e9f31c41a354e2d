"""Places in the window (Karta → Platser…), driven by clicks with the questions answered: a new place, a
new name, coordinates, a priority, retiring; a free-text place made registered in one step; and a refusal
shown, with nothing stored."""

import re

from PySide6.QtCore import Qt

from lagesbild_desktop.services import places
from lagesbild_desktop.services.incidents import add_incident
from tests.ui.test_map_view import open_map


def answered(dialog, texts: list, items: list) -> None:
    dialog.ask_text = lambda title, label, text="": texts.pop(0)
    dialog.ask_item = lambda title, label, choices, editable=False: items.pop(0)


def test_places_are_added_changed_and_free_text_adopted_in_the_window(qtbot, make_window, store):
    for date, text in (("2024-03-04", "vid kiosken"), ("2024-03-05", "Vid Kiosken.")):
        add_incident(store, area="Vinsta", date=date, category="klotter", severity=2, place=text)
    window, view = open_map(qtbot, make_window, store)
    dialog = view.open_places()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 0 and dialog.free.rowCount() == 1
    assert "«vid kiosken» 1" in dialog.free.item(0, 1).text() and dialog.free.item(0, 2).text() == "2"

    answered(dialog, ["Hässelby torg"], ["Hässelby gård", "torg"])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [item.place.name for item in places.places_of_year(store, 2024)] == ["Hässelby torg"]
    assert "Plats registrerad: Hässelby torg (Hässelby gård)" in window.saved_label.text()

    answered(dialog, ["59.3617, 17.8723"], [])
    qtbot.mouseClick(dialog.where_button, Qt.MouseButton.LeftButton)
    assert (places.find(store, "Hässelby torg").lat, places.find(store, "Hässelby torg").lon) == (59.3617, 17.8723)

    answered(dialog, ["Öppen narkotikahandel"], [])
    qtbot.mouseClick(dialog.prioritise_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 6).text() == "Öppen narkotikahandel"

    answered(dialog, ["Kiosken"], ["annat"])
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert "2 händelser kopplade till Kiosken" in dialog.message.text()
    assert dialog.free.rowCount() == 0
    kiosken = next(item for item in places.places_of_year(store, 2024) if item.place.name == "Kiosken")
    assert kiosken.this_year == 2

    dialog.table.selectRow(next(row for row in range(dialog.table.rowCount())
                                if dialog.table.item(row, 0).text() == "Hässelby torg"))
    answered(dialog, ["Kiosken"], [])  # a name another place of … another area has: allowed
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert {item.place.name for item in places.places_of_year(store, 2024)} == {"Kiosken"}
    dialog.table.selectRow(0)
    answered(dialog, ["2024"], [])
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert len(places.places_of_year(store, 2024)) == 1


def test_a_refused_place_is_said_and_nothing_is_stored(qtbot, make_window, store):
    places.add_place(store, "Torget", area="Vinsta")
    _window, view = open_map(qtbot, make_window, store)
    dialog = view.open_places()
    answered(dialog, ["torget"], ["Vinsta", "torg"])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "finns redan i Vinsta" in dialog.message.text()
    assert len(places.places_of_year(store, 2024)) == 1
    answered(dialog, ["59.3"], [])
    qtbot.mouseClick(dialog.where_button, Qt.MouseButton.LeftButton)
    assert "åtskilda av komma" in dialog.message.text()


def test_no_two_alt_keys_clash_in_the_places_dialog(qtbot, make_window, store):
    from PySide6.QtWidgets import QAbstractButton

    _window, view = open_map(qtbot, make_window, store)
    dialog = view.open_places()
    keys = [m.group(1).lower() for button in dialog.findChildren(QAbstractButton)
            if (m := re.search(r"&([^&\s])", button.text()))]
    assert len(keys) >= 6 and len(keys) == len(set(keys)), sorted(keys)
