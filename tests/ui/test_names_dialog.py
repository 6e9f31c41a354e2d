"""The editable lists of names in the window (Arkiv → Listor med namn…), driven by clicks and keys with the
questions answered: a source renamed everywhere it is used and the rename undone with Ctrl+Z, a responsible
retired, a used name refused with nothing stored, a place kind removed with Delete."""

from PySide6.QtCore import Qt

from lagesbild_desktop.services import key_figures, named_lists
from lagesbild_desktop.services.measures import add_measure
from tests.ui.test_undo_everything import press

PN = "811218-9876"


def open_names(qtbot, window, entity):
    dialog = window.open_names()
    qtbot.waitExposed(dialog)
    dialog.list_choice.setCurrentIndex(dialog.list_choice.findData(entity))
    return dialog


def pick(dialog, name):
    row = next(row for row in range(dialog.names.count())
               if dialog.names.item(row).data(Qt.ItemDataRole.UserRole) == name)
    dialog.names.setCurrentRow(row)


def names(store, entity):
    return [(item.name, item.active) for item in named_lists.names_of(store, entity)]


def test_a_source_is_renamed_everywhere_and_ctrl_z_puts_it_back(qtbot, make_window, store):
    key_figures.add_figure(store, source="Tyck till", measure="Klotter", start="2024-01-01", end="2024-06-30",
                           value=3)
    window = make_window(store)
    dialog = open_names(qtbot, window, "figure_source")
    pick(dialog, "Tyck till")
    dialog.ask_text = lambda title, label, text="": "Tyck till-appen"
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert {f.source for f in key_figures.figures(store)} == {"Tyck till-appen"}
    assert "Bytt namn: Tyck till → Tyck till-appen (1 poster ändrade)" in dialog.message.text()
    assert dialog.chosen() == "Tyck till-appen"
    assert "Sparat" in window.saved_label.text()
    dialog.accept()
    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: {f.source for f in key_figures.figures(store)} == {"Tyck till"})
    assert ("Tyck till-appen", True) not in names(store, "figure_source")
    assert window.saved_label.text().startswith("Ångrat:")


def test_retire_refusals_and_remove_with_delete(qtbot, make_window, store, prompts):
    add_measure(store, title="Vandring", areas=["Vinsta"], responsible=["Polisen"], start="2024-03-04")
    window = make_window(store)
    dialog = open_names(qtbot, window, "responsible")
    pick(dialog, "Polisen")
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert ("Polisen", False) in names(store, "responsible")
    assert dialog.names.currentItem().text() == "Polisen (avvecklad)"
    prompts.delete_answer = True
    dialog.names.setFocus()
    qtbot.keyClick(dialog.names, Qt.Key.Key_Delete)
    assert "används av 1 åtgärder" in dialog.message.text()
    assert ("Polisen", False) in names(store, "responsible")
    dialog.ask_text = lambda title, label, text="": f"Polisen {PN}"
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert "personnummer" in dialog.message.text() and ("Polisen", False) in names(store, "responsible")

    dialog.list_choice.setCurrentIndex(dialog.list_choice.findData("place_kind"))
    pick(dialog, "bosättning")
    dialog.names.setFocus()
    qtbot.keyClick(dialog.names, Qt.Key.Key_Delete)
    assert prompts.asked[-1] == ("confirm_delete", "namnet bosättning")
    assert "bosättning" not in [name for name, _ in names(store, "place_kind")]
    assert dialog.message.text() == "Borttaget: bosättning"
