"""Import and export from the window: preview first, unknown areas chosen, conflicts only with consent."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.store.assessments import all_rows
from tests.importing.conftest import SAMPLES, write_grid


def open_import(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.path.hasFocus)  # the path can be typed or pasted at once
    return dialog


def test_a_sample_is_previewed_then_imported_and_the_grid_refreshes(qtbot, make_window, store, tmp_path):
    window = make_window(store)
    dialog = open_import(qtbot, window)
    sample = shutil.copy(SAMPLES / "arssammanstallning_2023.xlsx", tmp_path / "ars.xlsx")
    dialog.choose_file = lambda: str(sample)
    dialog.browse()
    assert "430 nya, 0 ändrade, 0 oförändrade" in dialog.summary.text()
    assert not all_rows(store.conn)  # nothing is written by the preview
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(all_rows(store.conn)) == 430 and "Importerat: 430" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # the same file cannot be imported twice by a double click
    grid = window.show_year_grid()
    grid.show_year(2023)
    assert grid.model.rowCount() > 0 and get_grade(store, "Grimsta", 2023, 1).grade == 3


def test_bad_file_shows_every_problem_and_imports_nothing(qtbot, make_window, store, tmp_path):
    window = make_window(store)
    dialog = open_import(qtbot, window)
    bad = tmp_path / "bad.csv"
    bad.write_text("Område;År;Vecka;Bedömning\nGrimsta;2023;5;6\nGrimsta;2023;54;2\n", encoding="utf-8")
    dialog.path.setText(str(bad))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    problems = dialog.problems.toPlainText()
    assert "rad 2, kolumn D: '6' är ingen bedömning" in problems and "rad 3, kolumn C: vecka 54" in problems
    assert not dialog.import_button.isEnabled() and not all_rows(store.conn)
    assert QGuiApplication.overrideCursor() is None  # the wait cursor is gone after a refused file too


def test_unknown_areas_must_be_chosen_and_conflicts_need_consent(qtbot, make_window, store, tmp_path):
    record_grade(store, "Grimsta", 2024, 2, 1)
    path = write_grid(tmp_path / "g.xlsx", {"2024": {"Grimsta": {2: (4, None)}, "Vällingby C": {2: (3, None)},
                                                     "Blackeberg": {3: (2, None)}}})
    window = make_window(store)
    dialog = open_import(qtbot, window)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.areas.rowCount() == 2 and "2 okända områden" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    choices = {dialog.areas.item(row, 0).text(): dialog.areas.cellWidget(row, 1) for row in range(2)}
    choices["Vällingby C"].setCurrentIndex(choices["Vällingby C"].findData("Vällingby"))
    choices["Blackeberg"].setCurrentIndex(1)  # a new area
    assert dialog.changes.rowCount() == 1 and dialog.changes.item(0, 3).text() == "4"
    assert not dialog.import_button.isEnabled()  # a stored grade would be replaced: not without consent
    dialog.overwrite.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 2).grade == 4
    assert get_grade(store, "Vällingby", 2024, 2).grade == 3 and get_grade(store, "Blackeberg", 2024, 3).grade == 2


def test_export_from_the_window(qtbot, make_window, store, tmp_path):
    record_grade(store, "Nälsta", 2024, 9, 3, "Lugnt")
    window = make_window(store)
    window.choose_export_file = lambda year: str(tmp_path / f"ut_{year}.csv")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Nälsta;2024;9;3;Lugnt" in (tmp_path / "ut_2024.csv").read_text(encoding="utf-8-sig")
    assert "exporterat" in window.saved_label.text()
    window.choose_export_file = lambda year: str(tmp_path / "arbetsbok")
    window.export_year()
    assert (tmp_path / "arbetsbok.xlsx").exists()


def test_an_exchange_file_is_merged_with_conflicts_decided_per_record(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services import exchange
    from lagesbild_desktop.store.database import open_database

    other = open_database(tmp_path / "annan.db")
    record_grade(other, "Grimsta", 2024, 2, 4, "Bränder")
    record_grade(other, "Vinsta", 2024, 2, 3)
    record_grade(other, "Nälsta", 2024, 2, 1)
    path = exchange.export_exchange(other, tmp_path / "fran_motet.json")
    other.close()
    record_grade(store, "Grimsta", 2024, 2, 1)
    record_grade(store, "Vinsta", 2024, 2, 2)
    window = make_window(store)
    dialog = open_import(qtbot, window)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "1 läggs till" in dialog.summary.text() and "2 konflikter" in dialog.summary.text()
    assert dialog.conflicts.rowCount() == 2 and dialog.import_button.isEnabled()
    row = next(r for r in range(2) if dialog.conflicts.item(r, 0).text().startswith("Grimsta"))
    dialog.conflicts.item(row, 1).setCheckState(Qt.CheckState.Checked)  # take the file's Grimsta
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 2).grade == 4 and get_grade(store, "Vinsta", 2024, 2).grade == 2
    assert get_grade(store, "Nälsta", 2024, 2).grade == 1 and "Sammanslaget" in dialog.summary.text()


def test_an_exchange_file_is_written_from_the_window(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services import exchange

    record_grade(store, "Nälsta", 2024, 9, 3, "Lugnt")
    window = make_window(store)
    window.choose_exchange_file = lambda: str(tmp_path / "till_kansliet")
    window.findChild(type(window.menuBar().actions()[0]), "exportExchange").trigger()
    data = exchange.read_exchange(tmp_path / "till_kansliet.json")
    assert {"area": "Nälsta", "year": 2024, "week": 9, "grade": 3, "note": "Lugnt"}.items() <= \
        data["assessments"][0].items()
    assert "Utbytesfil sparad" in window.saved_label.text()
