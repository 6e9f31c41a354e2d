"""The Lägesbild view driven as an official would: choose a section, type, format, leave; then the database."""

from PySide6.QtCore import Qt

from lagesbild_desktop.domain.markdown import Item, Paragraph, Run, parse
from lagesbild_desktop.services import report_texts, year_texts
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.store.database import open_database
from lagesbild_desktop.ui import prompts as answers
from tests.ui.conftest import type_text


def open_view(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    view = window.lagesbild_view
    assert view is not None and window.stack.currentWidget() is view
    qtbot.waitUntil(view.sections.hasFocus)
    return view


def choose(qtbot, view, title: str) -> None:
    """Arrow down the section list to the section whose line starts with `title`."""
    view.sections.setFocus()
    qtbot.keyClick(view.sections, Qt.Key.Key_Home)
    for _ in range(view.sections.count()):
        if view.sections.currentItem().text().strip().startswith(title):
            return
        qtbot.keyClick(view.sections, Qt.Key.Key_Down)
    raise AssertionError(f"no section {title}")


def into_editor(qtbot, view, editor=None) -> None:
    editor = editor or view.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)


def stored(store, section, area=None, year=2024):
    return year_texts.text(store, year_texts.place(store, year, section, area))


def test_a_text_typed_with_a_list_and_bold_is_stored_as_typed_when_leaving_it(qtbot, make_window, store):
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Inledning")
    into_editor(qtbot, view)
    type_text(qtbot, view.editor, "Läget är ")
    qtbot.keyClick(view.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, view.editor, "bättre")
    qtbot.keyClick(view.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, view.editor, " än i fjol.")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    qtbot.keyClick(view.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, view.editor, "Vinsta")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    type_text(qtbot, view.editor, "Grimsta")
    assert stored(store, "inledning") == ""  # nothing written while typing goes on
    qtbot.keyClick(view.editor, Qt.Key.Key_Tab)  # leaving the text saves it
    assert parse(stored(store, "inledning")) == [
        Paragraph((Run("Läget är "), Run("bättre", bold=True), Run(" än i fjol."))),
        Item((Run("Vinsta"),), ordered=True), Item((Run("Grimsta"),), ordered=True, number=2)]
    logged = store.conn.execute("SELECT summary, context FROM audit_log WHERE entity = 'year_text'").fetchall()
    assert logged == [("Inledning 2024", "vyn Lägesbild")]
    assert "Inledning" in view.sections.item(1).text() and "(tom)" not in view.sections.item(1).text()


def test_typing_stops_and_the_text_is_saved_without_leaving(qtbot, make_window, store):
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Syfte")
    into_editor(qtbot, view)
    type_text(qtbot, view.editor, "Att se var problemen är störst.")
    qtbot.waitUntil(lambda: stored(store, "syfte") == "Att se var problemen är störst.", timeout=5000)
    assert view.editor.hasFocus()  # the saving did not move the cursor away


def test_a_draft_is_inserted_into_an_area_text_and_marked(qtbot, make_window, store):
    record_grade(store, "Vinsta", 2024, 12, 4, "Bränder vid torget")
    record_grade(store, "Vinsta", 2024, 5, 2, "Lugnt")
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Vinsta")
    assert view.draft_button.isVisible()
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    text = stored(store, "omrade", "Vinsta")
    assert "UTKAST" in text and "v 12" in text and "Bränder vid torget" in text and "Lugnt" not in text
    assert "(utkast)" in view.sections.currentItem().text()


def test_last_years_text_is_the_start_and_a_written_text_is_replaced_only_when_confirmed(
        qtbot, make_window, store, prompts):
    where = year_texts.place(store, 2023, "kallor")
    year_texts.set_text(store, where, "- Polisen, Status\n- Trygghetsmätningen 2023\n")
    year_texts.set_text(store, year_texts.place(store, 2024, "kallor"), "Egen början")
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Källor")
    prompts.replace_answer = False
    qtbot.mouseClick(view.last_year_button, Qt.MouseButton.LeftButton)
    assert stored(store, "kallor") == "Egen början" and prompts.asked[-1][0] == "confirm_replace"
    prompts.replace_answer = True
    qtbot.mouseClick(view.last_year_button, Qt.MouseButton.LeftButton)
    assert stored(store, "kallor") == "- Polisen, Status\n- Trygghetsmätningen 2023"


def test_a_priority_field_has_its_description_checkbox_and_comment(qtbot, make_window, store):
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "2. Otrygga och brottsutsatta platser")
    assert "Platser som uppvisar problematik" in view.editor.toPlainText()  # the standard description
    assert view.needs.isVisible() and view.comment.isVisible()
    qtbot.mouseClick(view.needs, Qt.MouseButton.LeftButton)
    into_editor(qtbot, view, view.comment)
    type_text(qtbot, view.comment, "Fyra drogscener:")
    qtbot.keyClick(view.comment, Qt.Key.Key_Return)
    qtbot.keyClick(view.comment, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, view.comment, "Hässelby strand")
    qtbot.keyClick(view.comment, Qt.Key.Key_Tab)
    field = report_texts.priority_fields(store, 2024)[2]
    assert field.needs_measures and field.comment == "Fyra drogscener:\n\n- Hässelby strand"
    assert year_texts.stored(store, year_texts.place(store, 2024, "prioriterat-2")) is None  # description untouched


def test_a_text_changed_on_another_computer_is_asked_about_not_overwritten(qtbot, make_window, store, prompts,
                                                                           db_path):
    year_texts.set_text(store, year_texts.place(store, 2024, "sammantagen"), "Första versionen")
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Sammantagen")
    other = open_database(db_path)
    year_texts.set_text(other, year_texts.place(other, 2024, "sammantagen"), "Den andras version")
    into_editor(qtbot, view)
    qtbot.keyClick(view.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, view.editor, " och min rad")
    prompts.conflict_answer = answers.THEIRS
    qtbot.keyClick(view.editor, Qt.Key.Key_Tab)
    assert prompts.asked[-1][0] == "conflict" and "Den andras version" in prompts.asked[-1][3]
    assert stored(store, "sammantagen") == "Den andras version"
    assert "Den andras version" in view.editor.toPlainText()


def test_a_personal_number_stops_the_save(qtbot, make_window, store, prompts):
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Inledning")
    into_editor(qtbot, view)
    type_text(qtbot, view.editor, "Personen 19121212-1212 syntes")
    prompts.personal_data_answer = answers.CANCEL
    qtbot.keyClick(view.editor, Qt.Key.Key_Tab)
    assert stored(store, "inledning") == "" and prompts.asked[-1][0] == "personal_data"


def test_a_year_change_saves_first_and_shows_the_other_years_texts(qtbot, make_window, store):
    year_texts.set_text(store, year_texts.place(store, 2023, "syfte"), "Syftet 2023")
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Syfte")
    into_editor(qtbot, view)
    type_text(qtbot, view.editor, "Syftet 2024")
    view.year.setFocus()
    qtbot.keyClick(view.year, Qt.Key.Key_Down)
    assert stored(store, "syfte") == "Syftet 2024"
    assert view.editor.toPlainText() == "Syftet 2023" and view.title.text() == "Syfte 2023"


def test_no_two_alt_keys_of_the_view_clash(qtbot, make_window, store):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window(store)
    view = open_view(qtbot, window)
    texts = [w.text() for w in view.findChildren(QAbstractButton) + view.findChildren(QLabel) if "&" in w.text()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(keys) >= 9 and len(keys) == len(set(keys)), texts


def test_saving_as_you_type_leaves_the_cursor_and_undo_never_empties_the_text(qtbot, make_window, store):
    year_texts.set_text(store, year_texts.place(store, 2024, "syfte"), "Syftet")
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Syfte")
    into_editor(qtbot, view)
    qtbot.keyClick(view.editor, Qt.Key.Key_End)
    type_text(qtbot, view.editor, " är klart")
    position = view.editor.textCursor().position()
    qtbot.waitUntil(lambda: stored(store, "syfte") == "Syftet är klart", timeout=5000)
    qtbot.wait(50)
    assert view.editor.textCursor().position() == position  # the save did not reload the text under the cursor
    for _ in range(20):
        qtbot.keyClick(view.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == "Syftet"  # undo goes back to what was shown, never to nothing
    qtbot.keyClick(view.editor, Qt.Key.Key_Tab)
    assert stored(store, "syfte") == "Syftet"


def test_a_text_that_could_not_be_saved_stays_on_screen_when_the_section_or_year_is_changed(
        qtbot, make_window, store, prompts):
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Inledning")
    into_editor(qtbot, view)
    type_text(qtbot, view.editor, "Ring 19121212-1212")
    prompts.personal_data_answer = answers.CANCEL  # not stored: the text stays to be corrected
    view.sections.setFocus()
    qtbot.keyClick(view.sections, Qt.Key.Key_Down)
    assert view.title.text() == "Inledning 2024" and "19121212-1212" in view.editor.toPlainText()
    assert view.sections.currentItem().text().startswith("Inledning")
    qtbot.keyClick(view.year, Qt.Key.Key_Down)
    assert view.year.value() == 2024 and "19121212-1212" in view.editor.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is view  # the view is not left either
    window.close()
    assert window.isVisible() and prompts.asked[-1] == ("confirm_discard", "Inledning 2024")
    assert stored(store, "inledning") == ""


def test_the_areas_texts_stand_under_a_heading_that_the_arrows_pass(qtbot, make_window, store):
    window = make_window(store)
    view = open_view(qtbot, window)
    choose(qtbot, view, "Syfte")
    qtbot.keyClick(view.sections, Qt.Key.Key_Down)  # onto the heading "Beskrivning per område": passed
    assert view.place.area is not None and view.title.text() == "Områdestext Grimsta 2024"
    qtbot.keyClick(view.sections, Qt.Key.Key_Up)
    assert view.place.area is None and view.title.text() == "Syfte 2024"
