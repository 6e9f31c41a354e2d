"""Ctrl+Z in the window undoes the last change the window made, whatever its kind, and Ctrl+Y redoes it;
the status line says what was undone; nothing else moves (ui/steps.py over services/undo.py)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lagesbild_desktop.services import key_figures, measures
from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.services.report_texts import week_note
from lagesbild_desktop.ui.figures_model import VALUE
from tests.ui.test_figures_view import SOURCE, imported, open_view, row_of, stored

PERIOD = "2024-01-01–2024-10-31"


def press(qtbot, window, key):
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def test_a_deleted_key_figure_comes_back_with_ctrl_z_and_goes_again_with_ctrl_y(qtbot, make_window, store, prompts):
    imported(store)
    record_grade(store, "Vinsta", 2024, 10, 3, "före fönstret")
    original = stored(store, PERIOD)
    window, view = open_view(qtbot, make_window, store)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Misshandel"), VALUE))
    prompts.delete_answer = True
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ("Misshandel", "") not in stored(store, PERIOD))
    assert prompts.asked[-1][0] == "confirm_delete"
    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: ("Misshandel", "") in stored(store, PERIOD))
    assert stored(store, PERIOD) == original
    assert window.saved_label.text().startswith("Ångrat: borttagning av nyckeltal Misshandel")
    assert get_grade(store, "Vinsta", 2024, 10).note == "före fönstret"  # nothing else moved
    press(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: ("Misshandel", "") not in stored(store, PERIOD))
    assert window.saved_label.text().startswith("Gjort om: borttagning av nyckeltal Misshandel")


def test_ctrl_z_undoes_the_newest_change_whatever_its_kind_in_order(qtbot, make_window, store):
    window = make_window(store, 2024, 10)
    meeting = window.meeting
    meeting.rows[0].selector.setFocus()
    qtbot.keyClick(meeting.rows[0].selector, Qt.Key.Key_2)  # a grade (the recorder's own step)
    qtbot.waitUntil(lambda: get_grade(store, meeting.rows[0].data.name, 2024, 10) is not None)
    made = measures.add_measure(store, title="Vandring", areas=["Vinsta"], responsible=["Polisen"],
                                start="2024-03-04")
    assert "Sparat" in window.saved_label.text() and "åtgärd «Vandring»" in window.saved_label.text()
    measures.follow_up(store, made.id, status="pågår", date="2024-03-05", comment="mötet")
    press(qtbot, window, Qt.Key.Key_Z)  # the follow-up, not the grade
    qtbot.waitUntil(lambda: not measures.view(store, made.id).follow_ups)
    assert get_grade(store, meeting.rows[0].data.name, 2024, 10).grade == 2
    assert window.saved_label.text().startswith("Ångrat: ny uppföljning")
    press(qtbot, window, Qt.Key.Key_Z)  # the measure
    qtbot.waitUntil(lambda: measures.list_measures(store) == [])
    press(qtbot, window, Qt.Key.Key_Z)  # and then the grade
    qtbot.waitUntil(lambda: get_grade(store, meeting.rows[0].data.name, 2024, 10) is None)
    press(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: get_grade(store, meeting.rows[0].data.name, 2024, 10) is not None)
    press(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: [m.measure.title for m in measures.list_measures(store)] == ["Vandring"])
    assert week_note(store, 2024, 10) is None


def test_an_undo_over_another_workstations_change_asks_and_keeps_theirs_when_told(qtbot, make_window, store,
                                                                                   prompts, tmp_path):
    from lagesbild_desktop.store.database import open_database

    imported(store)
    window, _view = open_view(qtbot, make_window, store)
    key_figures.add_figure(store, source=SOURCE, measure="Misshandel", start="2024-01-01", end="2024-10-31",
                           value=300)
    other = open_database(store.path)  # another window on the same file
    key_figures.add_figure(other, source=SOURCE, measure="Misshandel", start="2024-01-01", end="2024-10-31",
                           value=310)
    other.close()
    prompts.overwrite_answer = False
    press(qtbot, window, Qt.Key.Key_Z)
    assert prompts.asked[-1][0] == "confirm_overwrite" and "ändrats av någon annan" in prompts.asked[-1][1]
    assert stored(store, PERIOD)[("Misshandel", "")] == 310
    assert window.saved_label.text().startswith("Inte ångrat")
