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


def _conflict_row(dialog, start: str) -> int:
    return next(r for r in range(dialog.conflicts.rowCount()) if dialog.conflicts.item(r, 0).text().startswith(start))


def _choose(qtbot, dialog, row: int, downs: int) -> None:
    """Pick a conflict's choice with the keyboard, as a person does: to the row (arrows), Enter opens the
    choice (Avgör senare, Behåll värdet här, Ta filens värde), arrows, Enter keeps it."""
    from PySide6.QtWidgets import QApplication, QComboBox

    table = dialog.conflicts
    table.setFocus()
    while table.currentRow() < row:
        qtbot.keyClick(table, Qt.Key.Key_Down)
    while table.currentRow() > row:
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentColumn() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    editor = QApplication.focusWidget()
    for _ in range(downs):
        qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_an_exchange_file_is_merged_with_conflicts_decided_per_record(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services import exchange
    from lagesbild_desktop.store.database import open_database

    other = open_database(tmp_path / "annan.db")
    record_grade(other, "Grimsta", 2024, 2, 4, "Bränder")
    record_grade(other, "Vinsta", 2024, 2, 3)
    record_grade(other, "Nälsta", 2024, 2, 1)
    path = exchange.export_exchange(other, tmp_path / "fran_motet.json")
    record_grade(store, "Grimsta", 2024, 2, 1)
    record_grade(store, "Vinsta", 2024, 2, 2)
    window = make_window(store)
    dialog = open_import(qtbot, window)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "1 läggs till" in dialog.summary.text() and "2 konflikter" in dialog.summary.text()
    assert dialog.conflicts.rowCount() == 2 and dialog.import_button.isEnabled()
    _choose(qtbot, dialog, _conflict_row(dialog, "bedömning Grimsta"), 2)  # take the file's Grimsta
    assert dialog.conflicts.item(_conflict_row(dialog, "bedömning Grimsta"), 1).text() == "Ta filens värde"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 2).grade == 4 and get_grade(store, "Vinsta", 2024, 2).grade == 2
    assert get_grade(store, "Nälsta", 2024, 2).grade == 1 and "Sammanslaget" in dialog.summary.text()
    assert "1 konflikter väntar" in dialog.summary.text()  # Vinsta was left for later: the value here stays
    # The same file again: only the conflict left undecided; now the value here is kept, on purpose.
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.rowCount() == 1 and "Vinsta" in dialog.conflicts.item(0, 0).text()
    _choose(qtbot, dialog, 0, 1)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Vinsta", 2024, 2).grade == 2 and "1 konflikter avgjorda" in dialog.summary.text()
    # The choices travel: the other workstation takes them without a conflict.
    back = exchange.merge(other, exchange.read_exchange(exchange.export_exchange(store, tmp_path / "tillbaka.json")))
    assert not back.conflicts and get_grade(other, "Vinsta", 2024, 2).grade == 2
    other.close()


def test_a_hand_edited_exchange_file_is_refused_with_every_problem_named(qtbot, make_window, store, tmp_path):
    import json

    from lagesbild_desktop.services import exchange
    from lagesbild_desktop.store.database import open_database
    from tests.conftest import table_dump

    other = open_database(tmp_path / "annan.db")
    record_grade(other, "Grimsta", 2024, 2, 4)
    path = exchange.export_exchange(other, tmp_path / "andrad.json")
    other.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["records"]["assessment"]["rows"]
    rows[0][4] = 2  # the grade, changed by hand
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = make_window(store)
    before = table_dump(store.path)
    dialog = open_import(qtbot, window)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "kan inte läsas in" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert "bedömning Grimsta 2024 v2 stämmer inte med loggpost" in dialog.problems.toPlainText()
    assert dialog.problems.isVisible() and table_dump(store.path) == before


def test_a_preview_is_planned_again_when_it_is_applied(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services import exchange
    from lagesbild_desktop.store.database import open_database

    other = open_database(tmp_path / "annan.db")
    record_grade(other, "Grimsta", 2024, 2, 4)
    path = exchange.export_exchange(other, tmp_path / "fran_motet.json")
    other.close()
    window = make_window(store)
    dialog = open_import(qtbot, window)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "1 läggs till" in dialog.summary.text() and dialog.conflicts.rowCount() == 0
    elsewhere = open_database(store.path)  # meanwhile, another window grades the same cell
    record_grade(elsewhere, "Grimsta", 2024, 2, 1)
    elsewhere.close()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 2).grade == 1  # nothing written on the old preview
    assert "har ändrats sedan förhandsgranskningen" in dialog.summary.text() and dialog.conflicts.rowCount() == 1
    _choose(qtbot, dialog, 0, 2)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 2).grade == 4


def test_an_exchange_file_is_written_from_the_window(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services import exchange

    record_grade(store, "Nälsta", 2024, 9, 3, "Lugnt")
    window = make_window(store)
    window.choose_exchange_file = lambda: str(tmp_path / "till_kansliet")
    window.findChild(type(window.menuBar().actions()[0]), "exportExchange").trigger()
    data = exchange.read_exchange(tmp_path / "till_kansliet.json")
    nalsta = next(row[0] for row in data.records["area"] if row[2] == "Nälsta")
    assert [row[1:6] for row in data.records["assessment"]] == [[nalsta, 2024, 9, 3, "Lugnt"]]
    assert "Utbytesfil sparad" in window.saved_label.text()


def test_the_windows_save_dialogs_never_write_over_the_database(qtbot, make_window, store, tmp_path):
    """The backup dialog's file name ends in .db like the database's; the report's and the exports' get their
    own extension added. Whatever the user picks, the database and its side files stay as they are."""
    from tests.conftest import check_file, table_dump

    record_grade(store, "Nälsta", 2024, 9, 3, "Lugnt")
    window = make_window(store)
    before = table_dump(store.path)
    backups = window.open_backups()
    for chosen in (store.path, store.path.with_name(store.path.name + "-wal"),
                   store.path.with_name(store.path.name + "-shm")):
        backups.choose_backup_target = lambda chosen=chosen: str(chosen)
        backups.make_backup()
        assert "Inget har skrivits" in backups.message.text()
    window.choose_export_file = lambda year: str(store.path.with_suffix(""))  # "lagesbild" + .xlsx: a new file
    window.export_year()
    assert store.path.with_suffix(".xlsx").exists()
    assert table_dump(store.path) == before and check_file(store.path).ok


def test_an_import_is_planned_again_when_it_is_written(qtbot, make_window, store, tmp_path):
    """Another workstation writes cells between the preview and the click: nothing is written over them
    (nor fails as a duplicate); the new preview is shown, and the consent to overwrite asked again."""
    from lagesbild_desktop.store.database import open_database

    csv = tmp_path / "veckor.csv"
    csv.write_text("Område;År;Vecka;Bedömning;Anteckning\nGrimsta;2024;5;2;\nVinsta;2024;5;3;\nNälsta;2024;5;4;\n",
                   encoding="utf-8")
    record_grade(store, "Nälsta", 2024, 5, 1)
    window = make_window(store)
    dialog = open_import(qtbot, window)
    dialog.path.setText(str(csv))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "2 nya, 1 ändrade" in dialog.summary.text()
    dialog.overwrite.setChecked(True)  # replace Nälsta's 1, as shown
    elsewhere = open_database(store.path)
    record_grade(elsewhere, "Grimsta", 2024, 5, 5, "Skottlossning")  # a "new" cell, filled meanwhile
    record_grade(elsewhere, "Nälsta", 2024, 5, 3, "Ändrad på kansliet")  # the shown value, changed meanwhile
    elsewhere.close()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "har ändrats sedan förhandsgranskningen" in dialog.summary.text() and "1 nya, 2 ändrade" in \
        dialog.summary.text()
    assert get_grade(store, "Grimsta", 2024, 5).grade == 5 and get_grade(store, "Nälsta", 2024, 5).grade == 3
    assert get_grade(store, "Vinsta", 2024, 5) is None and not dialog.overwrite.isChecked()
    assert not dialog.import_button.isEnabled()  # the two changes wait for a new consent
    qtbot.mouseClick(dialog.overwrite, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 5).grade == 2 and get_grade(store, "Vinsta", 2024, 5).grade == 3
