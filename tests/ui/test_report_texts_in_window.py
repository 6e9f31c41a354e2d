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
