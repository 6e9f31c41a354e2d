"""The week's participants and summary typed in meeting mode, stored for the weekly report."""

from PySide6.QtCore import Qt

from lagesbild_desktop.services.report_texts import week_note
from lagesbild_desktop.ui import prompts as answers
from tests.ui.conftest import type_text


def test_participants_and_summary_are_saved_when_leaving_the_field(qtbot, make_window, store):
    window = make_window(store)
    box = window.meeting.week_note
    box.participants.setFocus()
    qtbot.waitUntil(box.participants.hasFocus)
    type_text(qtbot, box.participants, "Polisen, Stadsdelsförvaltningen")
    qtbot.keyClick(box.participants, Qt.Key.Key_Tab)  # on to the summary: the participants are saved
    assert box.summary.hasFocus()
    assert week_note(store, 2024, 10).participants == "Polisen, Stadsdelsförvaltningen"
    type_text(qtbot, box.summary, "Lugn vecka i Vällingby.")
    qtbot.keyClick(box.summary, Qt.Key.Key_Tab)  # Tab leaves the summary rather than typing a tab
    note = week_note(store, 2024, 10)
    assert note.summary == "Lugn vecka i Vällingby." and note.participants == "Polisen, Stadsdelsförvaltningen"
    assert "Sparat" in window.saved_label.text()
    audited = store.conn.execute("SELECT COUNT(*) FROM audit_log WHERE entity = 'week_note'").fetchone()[0]
    assert audited == 2


def test_texts_follow_the_week_and_a_text_being_typed_is_kept_on_week_change(qtbot, make_window, store):
    window = make_window(store)
    box = window.meeting.week_note
    box.summary.setFocus()
    qtbot.waitUntil(box.summary.hasFocus)
    type_text(qtbot, box.summary, "Bränder i källare")
    window.meeting.set_week(2024, 11)  # Page Down while typing: the text belongs to week 10
    assert week_note(store, 2024, 10).summary == "Bränder i källare"
    assert week_note(store, 2024, 11) is None and box.summary.toPlainText() == ""
    window.meeting.set_week(2024, 10)
    assert box.summary.toPlainText() == "Bränder i källare"


def test_personal_number_in_the_summary_is_masked_or_not_stored(qtbot, make_window, store, prompts):
    window = make_window(store)
    box = window.meeting.week_note
    box.summary.setFocus()
    qtbot.waitUntil(box.summary.hasFocus)
    type_text(qtbot, box.summary, "Gäller 19121212-1212")
    prompts.personal_data_answer = answers.CANCEL
    qtbot.keyClick(box.summary, Qt.Key.Key_Tab)
    assert week_note(store, 2024, 10) is None and "personnummer" in window.saved_label.text()
    box.summary.setFocus()
    prompts.personal_data_answer = answers.MASK
    qtbot.keyClick(box.summary, Qt.Key.Key_Tab)
    stored = week_note(store, 2024, 10).summary
    assert "19121212-1212" not in stored and stored.startswith("Gäller")
    assert box.summary.toPlainText() == stored


def _another_program(store):
    from lagesbild_desktop.store.database import open_database

    return open_database(store.path)


def test_a_week_note_is_saved_field_by_field_and_a_field_changed_elsewhere_is_asked_about(
        qtbot, make_window, store, prompts):
    from lagesbild_desktop.services.report_texts import set_week_note

    set_week_note(store, 2024, 10, "Polisen", "Lugnt")
    window = make_window(store)
    box = window.meeting.week_note
    other = _another_program(store)  # the office changes the participants while the room writes the summary
    set_week_note(other, 2024, 10, "Polisen, fältassistenterna", "Lugnt")
    box.summary.setFocus()
    qtbot.waitUntil(box.summary.hasFocus)
    box.summary.selectAll()
    type_text(qtbot, box.summary, "Oro vid torget")
    qtbot.keyClick(box.summary, Qt.Key.Key_Tab)
    note = week_note(store, 2024, 10)
    assert (note.participants, note.summary) == ("Polisen, fältassistenterna", "Oro vid torget")  # none lost
    assert box.participants.text() == "Polisen, fältassistenterna" and not prompts.asked
    # Now both change the summary: both values are shown; "theirs" keeps the office's.
    set_week_note(other, 2024, 10, "Polisen, fältassistenterna", "Kansliets sammanfattning")
    box.summary.setFocus()
    box.summary.selectAll()
    type_text(qtbot, box.summary, "Mötets sammanfattning")
    prompts.conflict_answer = answers.THEIRS
    qtbot.keyClick(box.summary, Qt.Key.Key_Tab)
    assert week_note(store, 2024, 10).summary == "Kansliets sammanfattning"
    assert box.summary.toPlainText() == "Kansliets sammanfattning" and "behölls" in window.saved_label.text()
    (kind, _what, mine, theirs), = prompts.asked
    assert (kind, mine, theirs) == ("conflict", "Mötets sammanfattning", "Kansliets sammanfattning")
    # "mine" writes the room's text over the office's newer one, on purpose.
    set_week_note(other, 2024, 10, "Polisen, fältassistenterna", "Kansliet igen")
    box.summary.setFocus()
    box.summary.selectAll()
    type_text(qtbot, box.summary, "Mötets text")
    prompts.conflict_answer = answers.MINE
    qtbot.keyClick(box.summary, Qt.Key.Key_Tab)
    assert week_note(store, 2024, 10).summary == "Mötets text"
    other.close()


def test_a_priority_field_keeps_a_comment_changed_elsewhere_when_the_checkbox_is_ticked(
        qtbot, make_window, store, prompts):
    from lagesbild_desktop.services.report_texts import priority_fields, set_priority_field

    set_priority_field(store, 2024, 2, False, "Belysning")
    window = make_window(store)
    dialog = window.open_reports()
    dialog.fields.show_year(2024)
    other = _another_program(store)
    set_priority_field(other, 2024, 2, False, "Belysning och kameror")
    qtbot.mouseClick(dialog.fields.checks[1], Qt.MouseButton.LeftButton)  # ticked here, comment untouched
    stored = priority_fields(store, 2024)[2]
    assert stored.needs_measures and stored.comment == "Belysning och kameror"
    assert dialog.fields.comments[1].text() == "Belysning och kameror"
    set_priority_field(other, 2024, 2, True, "Kamerorna är uppsatta")
    comment = dialog.fields.comments[1]
    comment.setFocus()
    comment.selectAll()
    type_text(qtbot, comment, "Belysning klar")
    prompts.conflict_answer = answers.THEIRS
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    assert priority_fields(store, 2024)[2].comment == "Kamerorna är uppsatta" and comment.text() == \
        "Kamerorna är uppsatta"
    other.close()
