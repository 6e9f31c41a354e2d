"""Meeting mode driven with keys: digits grade and move on, notes, personal data, incidents."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident, list_incidents
from lagesbild_desktop.services.weeks import week_overview
from lagesbild_desktop.ui import prompts as answers
from tests.ui.conftest import type_text


def press(qtbot, key, text=""):
    """One keystroke to whatever has the keyboard focus, as a person's typing arrives."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, key)


def grades(store, year=2024, week=10):
    return [item.current.grade if item.current else None for item in week_overview(store, year, week)]


def test_digits_grade_each_area_and_move_to_the_next(qtbot, make_window, store):
    window = make_window(store)
    keystrokes = 0
    for digit in "123451234":
        press(qtbot, None, digit)
        keystrokes += 1
    assert keystrokes <= 18
    assert grades(store) == [1, 2, 3, 4, 5, 1, 2, 3, 4]
    rows = store.conn.execute("SELECT action, context FROM audit_log WHERE entity = 'assessment'").fetchall()
    assert rows == [("create", "fönstret")] * 9
    assert QApplication.focusWidget() is window.meeting.next_button  # one digit too many grades nothing
    press(qtbot, None, "5")
    assert grades(store) == [1, 2, 3, 4, 5, 1, 2, 3, 4]
    assert window.saved_label.text().startswith("Sparat ")
    assert "9 av 9 områden bedömda" in window.progress_label.text()


def test_tab_reaches_the_note_and_enter_saves_it(qtbot, make_window, store):
    window = make_window(store)
    press(qtbot, None, "3")  # Grimsta graded, focus on Hässelby gård
    press(qtbot, Qt.Key.Key_Backtab)  # back to Grimsta's "+ incident" button
    press(qtbot, Qt.Key.Key_Backtab)  # Grimsta's note
    assert QApplication.focusWidget() is window.meeting.rows[0].note
    press(qtbot, None, "Brand i källarförråd")
    press(qtbot, Qt.Key.Key_Return)
    found = get_grade(store, "Grimsta", 2024, 10)
    assert (found.grade, found.note) == (3, "Brand i källarförråd")


def test_note_is_disabled_until_the_area_is_graded(make_window, store):
    window = make_window(store)
    assert not window.meeting.rows[0].note.isEnabled()


def _write_note(qtbot, window, text):
    note = window.meeting.rows[0].note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    type_text(qtbot, note, text)
    qtbot.keyClick(note, Qt.Key.Key_Return)


def test_personal_identity_number_in_a_note_is_refused(qtbot, make_window, store, prompts):
    record_grade(store, "Grimsta", 2024, 10, 2, "lugnt")
    window = make_window(store)
    prompts.personal_data_answer = answers.CANCEL
    _write_note(qtbot, window, " 19121212-1212 greps")
    assert get_grade(store, "Grimsta", 2024, 10).note == "lugnt"
    assert prompts.asked[0][0] == "personal_data"
    assert window.meeting.rows[0].note.text() == "lugnt 19121212-1212 greps"  # left to be corrected
    assert "personnummer" in window.saved_label.text()


def test_personal_identity_number_can_be_masked(qtbot, make_window, store, prompts):
    record_grade(store, "Grimsta", 2024, 10, 2)
    window = make_window(store)
    prompts.personal_data_answer = answers.MASK
    _write_note(qtbot, window, "gripen 19121212-1212")
    assert get_grade(store, "Grimsta", 2024, 10).note == "gripen ÅÅMMDD-XXXX"


def test_personal_identity_number_kept_only_by_explicit_choice(qtbot, make_window, store, prompts):
    record_grade(store, "Grimsta", 2024, 10, 2)
    window = make_window(store)
    prompts.personal_data_answer = answers.KEEP
    _write_note(qtbot, window, "gripen 19121212-1212")
    assert get_grade(store, "Grimsta", 2024, 10).note.endswith("1212")
    context = store.conn.execute("SELECT context FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "personuppgift" in context


def test_last_week_and_suggestion_are_shown(make_window, store):
    record_grade(store, "Vällingby", 2024, 9, 4)
    add_incident(store, area="Vällingby", date="2024-03-05", category="skjutning", severity="kritisk")
    window = make_window(store)
    row = window.meeting.rows[-1]
    assert row.name.text() == "Vällingby"
    assert row.last.text() == "4"
    assert row.suggestion.text() == "5 · 1 kritisk"
    assert "kritisk" in row.incidents.text()
    row.selector.setFocus()
    assert window.meeting.details.text().startswith("Händelser i Vällingby v10:")
    assert "2024-03-05 · skjutning · kritisk" in window.meeting.details.text()


def test_quick_incident_from_the_meeting(qtbot, make_window, store):
    window = make_window(store)

    def fill(dialog):
        dialog.category.setCurrentIndex(dialog.category.findData("klotter"))
        dialog.severity.setCurrentIndex(dialog.severity.findData("worrying"))
        type_text(qtbot, dialog.place, "Hässelby torg")
        type_text(qtbot, dialog.description, "Klotter på busskur")
        dialog.save()
        return dialog.result()

    window.meeting.open_dialog = fill
    qtbot.mouseClick(window.meeting.rows[1].add_incident, Qt.MouseButton.LeftButton)
    (incident,) = list_incidents(store, 2024, 10)
    assert (incident.area, incident.category, incident.severity, incident.place) == (
        "Hässelby gård", "klotter", "worrying", "Hässelby torg")
    assert incident.date == "2024-03-06"
    assert window.meeting.rows[1].suggestion.text().startswith("2 ·")


def test_page_down_moves_to_the_next_week(qtbot, make_window, store):
    window = make_window(store)
    press(qtbot, Qt.Key.Key_PageDown)
    assert (window.meeting.year, window.meeting.week) == (2024, 11)
    press(qtbot, None, "4")
    assert get_grade(store, "Grimsta", 2024, 11).grade == 4


def test_holding_a_digit_down_grades_one_area_only(qtbot, make_window, store):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window = make_window(store)
    selector = window.meeting.rows[0].selector
    QApplication.sendEvent(selector, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier,
                                               "3", False))
    for _ in range(3):  # the keyboard's auto-repeat, arriving at the next area
        QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier, "3", True))
    assert grades(store) == [3] + [None] * 8


def test_a_note_typed_before_changing_week_stays_with_its_week(qtbot, make_window, store):
    record_grade(store, "Grimsta", 2024, 10, 2)
    record_grade(store, "Grimsta", 2024, 11, 3, "veckans egen")
    window = make_window(store)
    note = window.meeting.rows[0].note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    type_text(qtbot, note, "skrivet i v10")
    qtbot.keyClick(note, Qt.Key.Key_PageDown)
    assert window.meeting.week == 11
    assert get_grade(store, "Grimsta", 2024, 10).note == "skrivet i v10"
    assert get_grade(store, "Grimsta", 2024, 11).note == "veckans egen"
    assert window.meeting.rows[0].note.text() == "veckans egen"


def test_a_note_typed_while_someone_else_changed_the_cell_asks_first(qtbot, make_window, store, prompts):
    from lagesbild_desktop.store.database import open_database

    record_grade(store, "Grimsta", 2024, 10, 2)
    window = make_window(store)
    note = window.meeting.rows[0].note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    type_text(qtbot, note, "mitt")
    other = open_database(store.path)
    record_grade(other, "Grimsta", 2024, 10, 4, "deras")
    other.close()
    window.events.poll()  # the window notices the change while the note is being typed
    assert note.text() == "mitt"
    prompts.conflict_answer = answers.THEIRS
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert prompts.asked[-1][0] == "conflict"
    found = get_grade(store, "Grimsta", 2024, 10)
    assert (found.grade, found.note) == (4, "deras")


def test_incident_with_a_personal_identity_number_can_be_masked(qtbot, make_window, store, prompts):
    window = make_window(store)
    prompts.personal_data_answer = answers.MASK

    def fill(dialog):
        dialog.category.setCurrentIndex(dialog.category.findData("hot"))
        type_text(qtbot, dialog.description, "hot mot 19121212-1212")
        dialog.save()
        return dialog.result()

    window.meeting.open_dialog = fill
    qtbot.mouseClick(window.meeting.rows[0].add_incident, Qt.MouseButton.LeftButton)
    (incident,) = list_incidents(store, 2024, 10)
    assert incident.description == "hot mot ÅÅMMDD-XXXX"


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen platform's popups
def test_a_registered_place_completes_as_typed_and_links_the_incident_with_its_time(qtbot, make_window, store):
    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.services.places import add_place

    add_place(store, "Hässelby torg", area="Hässelby gård", kind="torg")
    add_place(store, "Vinsta torg", area="Vinsta", kind="torg")  # another area's: not offered
    window = make_window(store)
    offered = []

    def fill(dialog):
        dialog.show()
        dialog.category.setCurrentIndex(dialog.category.findData("klotter"))
        dialog.place.setFocus()
        type_text(qtbot, dialog.place, "torg")
        popup = dialog.place.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        offered.extend(popup.model().index(row, 0).data() for row in range(popup.model().rowCount()))
        popup.hide()
        dialog.place.clear()
        type_text(qtbot, dialog.place, "hässelby TORG")  # written out in any case: the registered place
        type_text(qtbot, dialog.time, "21.30")
        dialog.save()
        QApplication.processEvents()
        return dialog.result()

    window.meeting.open_dialog = fill
    qtbot.mouseClick(window.meeting.rows[1].add_incident, Qt.MouseButton.LeftButton)
    assert offered == ["Hässelby torg"]
    (incident,) = list_incidents(store, 2024, 10)
    assert (incident.place, incident.time) == ("Hässelby torg", "21:30")
    assert incident.place_uid is not None


def test_a_place_that_recurs_is_flagged_in_its_area_s_row(qtbot, make_window, store):
    from lagesbild_desktop.services.places import add_place

    add_place(store, "Hässelby torg", area="Hässelby gård", kind="torg")
    for date in ("2024-02-14", "2024-02-28"):  # weeks 7 and 9: two within four weeks of week 10
        add_incident(store, area="Hässelby gård", date=date, category="klotter", severity=2, place="Hässelby torg")
    window = make_window(store)
    row = window.meeting.rows[1]
    assert row.data.area.name == "Hässelby gård" and "återkommer" not in row.incidents.text()
    add_incident(store, area="Hässelby gård", date="2024-03-05", category="klotter", severity=2,
                 place="hässelby torg")  # the third in weeks 7–10
    window.events.announce()
    assert "Hässelby torg återkommer (3 händelser på 4 veckor)" in row.incidents.text()
    assert "återkommer" not in window.meeting.rows[0].incidents.text()  # Grimsta
