"""The year grid driven like a spreadsheet, undo/redo, conflicts between two windows, refresh from disk."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lagesbild_desktop.services import areas
from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.store.database import open_database
from lagesbild_desktop.ui import prompts as answers
from lagesbild_desktop.ui.year_model import CRITICAL_ROLE
from tests.ui.conftest import type_text


def open_grid(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    grid = window.year_view
    qtbot.waitUntil(grid.table.hasFocus)
    return grid


def go(qtbot, table, row, week):
    """Walk to a cell with the arrow keys from the top-left corner."""
    table.setCurrentIndex(table.model().index(0, 0))
    for _ in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(week - 1):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (row, week - 1)


def audit(store):
    sql = "SELECT action, context FROM audit_log WHERE entity = 'assessment' ORDER BY id"
    return store.conn.execute(sql).fetchall()


def test_grid_opens_on_the_current_week_of_the_year(qtbot, make_window, store):
    grid = open_grid(qtbot, make_window(store))
    assert grid.table.objectName() == "yearGrid" and grid.year_selector.objectName() == "yearSelector"
    assert grid.model.rowCount() == 9 and grid.model.columnCount() == 52
    assert grid.table.currentIndex().column() == 9  # week 10 of 2024
    header = grid.model.headerData(9, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    assert header == "vecka 10 (innevarande vecka)"


def test_typing_a_digit_records_and_undo_redo_write_and_audit(qtbot, make_window, store):
    window = make_window(store)
    grid = open_grid(qtbot, window)
    go(qtbot, grid.table, 8, 12)  # Vällingby, week 12
    qtbot.keyClick(grid.table, Qt.Key.Key_4)
    assert get_grade(store, "Vällingby", 2024, 12).grade == 4
    assert grid.model.data(grid.table.currentIndex()) == "4"
    qtbot.keyClick(grid.table, Qt.Key.Key_2)
    assert get_grade(store, "Vällingby", 2024, 12).grade == 2
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_grade(store, "Vällingby", 2024, 12).grade == 4
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_grade(store, "Vällingby", 2024, 12) is None
    assert grid.model.data(grid.table.currentIndex()) == ""
    qtbot.keyClick(grid.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert get_grade(store, "Vällingby", 2024, 12).grade == 4
    assert audit(store) == [("create", "fönstret"), ("update", "fönstret"), ("update", "ångra"),
                            ("delete", "ångra"), ("create", "gör om")]


def test_delete_asks_first_and_is_audited(qtbot, make_window, store, prompts):
    record_grade(store, "Grimsta", 2024, 3, 5, "sprängning")
    grid = open_grid(qtbot, make_window(store))
    go(qtbot, grid.table, 0, 3)
    prompts.delete_answer = False
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert get_grade(store, "Grimsta", 2024, 3).grade == 5
    prompts.delete_answer = True
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert get_grade(store, "Grimsta", 2024, 3) is None
    assert audit(store)[-1] == ("delete", "fönstret")
    assert [a[0] for a in prompts.asked] == ["confirm_delete", "confirm_delete"]
    assert "Grimsta, vecka 3 2024" in prompts.asked[0][1]


def test_enter_opens_the_cell_editor_for_grade_and_note(qtbot, make_window, store):
    grid = open_grid(qtbot, make_window(store))

    def edit(dialog):
        qtbot.keyClick(dialog.selector, Qt.Key.Key_3)
        type_text(qtbot, dialog.note, "Oro vid skolan")
        dialog.save()
        return dialog.result()

    grid.open_dialog = edit
    go(qtbot, grid.table, 1, 5)
    qtbot.keyClick(grid.table, Qt.Key.Key_Return)
    found = get_grade(store, "Hässelby gård", 2024, 5)
    assert (found.grade, found.note) == (3, "Oro vid skolan")


def test_hover_text_and_screen_reader_names(qtbot, make_window, store):
    record_grade(store, "Vällingby", 2024, 10, 4, "stökigt vid torget")
    add_incident(store, area="Vällingby", date="2024-03-05", category="skjutning", severity="kritisk",
                 place="Vällingby centrum")
    grid = open_grid(qtbot, make_window(store))
    index = grid.model.index(8, 9)
    assert grid.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == (
        "Vällingby, vecka 10: 4 Allvarligt läge, kritisk händelse")
    tip = grid.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "flera allvarliga händelser" in tip and "stökigt vid torget" in tip and "Vällingby centrum" in tip
    assert grid.model.data(index, CRITICAL_ROLE) is True
    empty = grid.model.index(0, 0)
    assert grid.model.data(empty, Qt.ItemDataRole.AccessibleTextRole) == "Grimsta, vecka 1: ej bedömd"


def test_page_down_changes_year_and_retired_areas_stay_in_their_years(qtbot, make_window, store):
    areas.retire_area(store, "Råcksta", 2025)
    grid = open_grid(qtbot, make_window(store))
    qtbot.keyClick(grid.table, Qt.Key.Key_PageDown)
    assert grid.year == 2025 and grid.model.rowCount() == 8
    qtbot.keyClick(grid.table, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid.table, Qt.Key.Key_PageUp)
    assert grid.year == 2023 and grid.model.rowCount() == 9
    grid.show_year(2026)
    assert grid.model.columnCount() == 53


def test_conflict_between_two_windows_is_shown_not_lost(qtbot, make_window, store, prompts):
    record_grade(store, "Grimsta", 2024, 7, 2)
    grid = open_grid(qtbot, make_window(store))
    go(qtbot, grid.table, 0, 7)
    other = open_database(store.path)  # a second workstation on the same file
    record_grade(other, "Grimsta", 2024, 7, 5, "annan dator")
    prompts.conflict_answer = answers.THEIRS
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    assert get_grade(store, "Grimsta", 2024, 7).grade == 5
    kind, what, mine, theirs = prompts.asked[-1]
    assert kind == "conflict" and mine.startswith("3 Oroande") and theirs.startswith("5 Kritiskt")
    assert grid.model.data(grid.table.currentIndex()) == "5"  # the window now shows what is stored
    record_grade(other, "Grimsta", 2024, 7, 1)
    prompts.conflict_answer = answers.MINE
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    assert get_grade(store, "Grimsta", 2024, 7).grade == 3
    other.close()


def test_grid_refreshes_when_the_database_changes_underneath(qtbot, make_window, store):
    window = make_window(store)
    grid = open_grid(qtbot, window)
    other = open_database(store.path)
    record_grade(other, "Nälsta", 2024, 10, 3)
    other.close()
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(5, 9)) == "3", timeout=3000)
    assert window.meeting.rows[5].selector.grade == 3


def test_every_button_and_cell_has_a_name(qtbot, make_window, store):
    from PySide6.QtWidgets import QAbstractButton

    window = make_window(store)
    open_grid(qtbot, window)
    nameless = [b for b in window.findChildren(QAbstractButton) if b.isVisible()
                and not (b.accessibleName() or b.text().strip("+ "))]
    assert nameless == []
    names = [row.selector.accessibleName() for row in window.meeting.rows]
    assert names[0] == "Grimsta, vecka 10: ej bedömd"


def test_alt_digit_switches_views_and_never_grades(qtbot, make_window, store):
    window = make_window(store)
    grid = open_grid(qtbot, window)
    cell = grid.table.currentIndex()
    qtbot.keyClick(grid.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget().objectName() == "chartsView"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is grid and grid.table.hasFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.meeting
    assert store.conn.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0  # no digit was a grade
    assert grid.table.currentIndex() == cell


def test_tab_leaves_the_grid_and_page_keys_step_one_year(qtbot, make_window, store):
    grid = open_grid(qtbot, make_window(store))
    qtbot.keyClick(grid.table, Qt.Key.Key_Tab)
    assert not grid.table.hasFocus()
    grid.year_selector.setFocus()
    qtbot.keyClick(grid.year_selector, Qt.Key.Key_PageUp)
    assert grid.year == 2023
    qtbot.keyClick(grid.year_selector, Qt.Key.Key_PageDown)
    assert grid.year == 2024


def test_grid_opens_on_the_meetings_week(qtbot, make_window, store):
    window = make_window(store, year=2023, week=20)
    grid = open_grid(qtbot, window)
    assert grid.year == 2023 and grid.table.currentIndex().column() == 19
    qtbot.keyClick(grid.table, Qt.Key.Key_4)
    assert get_grade(store, "Grimsta", 2023, 20).grade == 4


def test_cell_editor_keeps_a_note_without_grade_open_and_says_why(qtbot, make_window, store):
    grid = open_grid(qtbot, make_window(store))
    outcome = {}

    def edit(dialog):
        type_text(qtbot, dialog.note, "bara en anteckning")
        dialog.save()
        outcome["visible"], outcome["label"] = dialog.result(), dialog.grade_label.text()
        qtbot.keyClick(dialog.selector, Qt.Key.Key_2)
        dialog.save()
        return dialog.result()

    grid.open_dialog = edit
    qtbot.keyClick(grid.table, Qt.Key.Key_Return)
    assert outcome["visible"] == 0 and "Välj en bedömning" in outcome["label"]
    found = get_grade(store, "Grimsta", 2024, 10)
    assert (found.grade, found.note) == (2, "bara en anteckning")


def test_the_cursor_stays_on_its_area_when_another_workstation_adds_one_above(qtbot, make_window, store):
    window = make_window(store)
    grid = open_grid(qtbot, window)
    go(qtbot, grid.table, 7, 5)  # Vinsta, week 5
    assert grid.model.area_at(7)[0].name == "Vinsta"
    other = open_database(store.path)  # the office adds an area that sorts first
    areas.add_area(other, "Akalla", 2010)
    other.close()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 10, timeout=5000)  # the window noticed by itself
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    assert get_grade(store, "Vinsta", 2024, 5).grade == 3 and get_grade(store, "Vällingby", 2024, 5) is None
    assert get_grade(store, "Akalla", 2024, 5) is None
