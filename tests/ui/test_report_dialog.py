"""The report dialog driven as a user would: choose, make, look, print, save; priority fields edited."""

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.report_texts import priority_fields, set_week_note
from tests.ui.conftest import type_text


def text_of(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def open_dialog(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P, as on any program
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def make(qtbot, dialog):
    with qtbot.waitSignal(dialog.document.statusChanged, timeout=20000,
                          check_params_cb=lambda status: status == QPdfDocument.Status.Ready):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)


def print_to_pdf(qtbot, dialog, path, pages=None) -> int:
    """Print through the dialog's Skriv ut button to a PDF printer; returns the pages that came out."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if pages:
        printer.setFromTo(*pages)
    dialog.choose_printer = lambda: printer
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_yearly_report_is_made_off_the_gui_thread_previewed_and_saved(qtbot, make_window, store, tmp_path):
    record_grade(store, "Vällingby", 2024, 10, 4, "Bränder")
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    assert dialog.year.value() == 2024 and dialog.kind.currentIndex() == 0
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()  # nothing made yet
    make(qtbot, dialog)
    assert dialog.progress.value() == 100 and dialog.document.pageCount() >= 5
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    out = tmp_path / "vald" / "årsrapport"
    dialog.choose_file = lambda: str(out)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = out.with_suffix(".pdf")
    assert saved.exists() and "Sparad" in dialog.message.text()
    text = text_of(saved)
    assert "Lokal lägesbild" in text and "Årssammanställning 2024" in text and "Sida 1 av" in text
    dialog.year.setValue(2023)  # another choice: what was made for 2024 can no longer be printed
    assert not dialog.print_button.isEnabled() and dialog.document.pageCount() == 0


def test_printing_sends_every_page_to_the_printer(qtbot, make_window, store, tmp_path):
    record_grade(store, "Vällingby", 2024, 10, 2)
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    make(qtbot, dialog)
    assert print_to_pdf(qtbot, dialog, tmp_path / "utskrift.pdf") == dialog.document.pageCount()


def test_weekly_report_shows_the_meeting_texts(qtbot, make_window, store, tmp_path):
    record_grade(store, "Grimsta", 2024, 10, 3)
    set_week_note(store, 2024, 10, "Polisen", "Oro kring centrum.")
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Veckorapport
    assert dialog.kind.currentIndex() == 1 and dialog.week.isEnabled() and not dialog.fields.isVisible()
    assert dialog.week.value() == 10
    make(qtbot, dialog)
    dialog.choose_file = lambda: str(tmp_path / "v10.pdf")
    dialog.save_report()
    text = text_of(tmp_path / "v10.pdf")
    assert "Veckorapport vecka 10, 2024" in text and "Oro kring centrum." in text


def test_priority_fields_are_edited_stored_and_audited(qtbot, make_window, store):
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    assert dialog.fields.isVisible()
    dialog.fields.checks[1].setFocus()
    qtbot.waitUntil(dialog.fields.checks[1].hasFocus)
    qtbot.keyClick(dialog.fields.checks[1], Qt.Key.Key_Space)
    assert priority_fields(store, 2024)[2].needs_measures
    comment = dialog.fields.comments[1]
    comment.setFocus()
    qtbot.waitUntil(comment.hasFocus)
    type_text(qtbot, comment, "Otrygghet vid Vällingby centrum")
    qtbot.keyClick(comment, Qt.Key.Key_Tab)
    stored = priority_fields(store, 2024)[2]
    assert stored.needs_measures and stored.comment == "Otrygghet vid Vällingby centrum"
    assert store.conn.execute("SELECT COUNT(*) FROM audit_log WHERE entity = 'priority_field'").fetchone()[0] == 2
    dialog.year.setValue(2023)
    assert not dialog.fields.checks[1].isChecked() and dialog.fields.comments[1].text() == ""
    dialog.year.setValue(2024)
    assert dialog.fields.checks[1].isChecked()


def test_week_choice_follows_the_iso_weeks_of_the_year(qtbot, make_window, store):
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(1)
    dialog.year.setValue(2024)
    assert dialog.week.maximum() == 52  # 2024 has 52 ISO weeks
    dialog.year.setValue(2026)
    assert dialog.week.maximum() == 53  # 2026 has 53


def test_printing_a_page_range_prints_only_those_pages(qtbot, make_window, store, tmp_path):
    record_grade(store, "Vällingby", 2024, 10, 2)
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    make(qtbot, dialog)
    printed = print_to_pdf(qtbot, dialog, tmp_path / "sidor.pdf", pages=(2, 3))  # as chosen in the print dialog
    assert printed == 2 and "2 sidor" in dialog.message.text()


def test_the_action_plan_and_the_quarterly_analysis_are_made_in_the_dialog(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services.measures import add_measure

    add_measure(store, title="Trygghetsvandringar", areas=["Vinsta"], priority_field=2, responsible=["Polisen"],
                start="2024-02-05")
    record_grade(store, "Vinsta", 2024, 3, 4)
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Åtgärdsplan
    assert dialog.kind.currentText() == "Åtgärdsplan"
    assert not dialog.fields.isVisible() and not dialog.week.isEnabled() and not dialog.quarter.isEnabled()
    make(qtbot, dialog)
    dialog.choose_file = lambda: str(tmp_path / "plan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = text_of(tmp_path / "plan.pdf")
    assert "Åtgärdsplan" in text and "Trygghetsvandringar" in text and "Polisen" in text
    assert dialog.suggested_name() == "atgardsplan-2024.pdf"

    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Kvartalsanalys
    assert dialog.quarter.isEnabled() and dialog.quarter.value() == 1  # the meeting's week 10 is in quarter 1
    assert dialog.made is None  # the plan shown before is not the choice any more
    make(qtbot, dialog)
    dialog.choose_file = lambda: str(tmp_path / "kvartal.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = text_of(tmp_path / "kvartal.pdf")
    assert "Kvartalsanalys" in text and "kvartal 1" in text and "Vecka 1–13" in text and "Vinsta" in text


def test_no_two_alt_keys_of_the_report_dialog_clash(qtbot, make_window, store):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = open_dialog(qtbot, make_window(store))
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    keys = [match.group(1).lower() for text in texts if (match := re.search(r"&([^&\s])", text))]
    assert len(keys) >= 6 and len(keys) == len(set(keys)), sorted(keys)


def test_the_yearly_report_is_saved_as_word_with_the_sections_chosen(qtbot, make_window, store, tmp_path):
    import docx

    record_grade(store, "Vällingby", 2024, 10, 4, "Bränder")
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)  # Word (.docx)
    assert dialog.format.currentIndex() == 1 and dialog.suggested_name() == "lagesbild-2024.docx"
    dialog.sections.setFocus()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Space)  # leave out "Sammantagen bedömning"
    assert dialog.chosen_sections()[0] == "inledning"
    make(qtbot, dialog)
    out = tmp_path / "årsrapport"
    dialog.choose_file = lambda: str(out)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = out.with_suffix(".docx")
    headings = [p.text for p in docx.Document(str(saved)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Inledning" and "Sammantagen bedömning" not in headings
    assert "Sammantagen bedömning" not in text_of(dialog.made)  # the preview is the same report as PDF
    dialog.kind.setCurrentIndex(1)  # a weekly report is a PDF only
    assert not dialog.format.isEnabled() and dialog.format.currentIndex() == 0


def test_a_comment_with_a_list_is_read_only_here_and_a_typed_line_stays_a_line(qtbot, make_window, store):
    from lagesbild_desktop.domain.markdown import Paragraph, Run, parse
    from lagesbild_desktop.services.report_texts import set_priority_field

    set_priority_field(store, 2024, 1, False, "Tre saker:\n\n- fält\n- skola")
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    listed = dialog.fields.comments[0]
    assert listed.isReadOnly() and listed.text() == "Tre saker: / fält / skola"
    qtbot.mouseClick(dialog.fields.checks[0], Qt.MouseButton.LeftButton)  # the checkbox still saves
    stored = priority_fields(store, 2024)[1]
    assert stored.needs_measures and stored.comment == "Tre saker:\n\n- fält\n- skola"
    line = dialog.fields.comments[2]
    assert not line.isReadOnly()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "1. Belysning *nu*")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert parse(priority_fields(store, 2024)[3].comment) == [Paragraph((Run("1. Belysning *nu*"),))]


def test_key_figures_are_chosen_for_the_yearly_report_with_the_space_bar(qtbot, make_window, store):
    from lagesbild_desktop.services import key_figures

    for measure, now, then in (("Misshandel", 288, 297), ("Rån mot person", 37, 41)):
        for start, end, value in (("2024-01-01", "2024-10-31", now), ("2023-01-01", "2023-10-31", then)):
            key_figures.add_figure(store, source="Polisen – Compstat/Status", measure=measure,
                                   group="Brott mot person", start=start, end=end, value=value)
    window = make_window(store)
    dialog = open_dialog(qtbot, window)
    assert dialog.figures.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # N&yckeltal
    assert dialog.figures.hasFocus()
    qtbot.keyClick(dialog.figures, Qt.Key.Key_Down)  # from the source to its first measure
    assert dialog.figures.currentItem().text(0) == "Misshandel"
    qtbot.keyClick(dialog.figures, Qt.Key.Key_Space)
    assert dialog.figures.choice().measures == frozenset({("Polisen – Compstat/Status", "Rån mot person")})
    make(qtbot, dialog)
    text = text_of(dialog.made)
    printed = [" ".join(line.split()) for line in text.splitlines()]
    assert "Rån mot person 37 41 -4 -9,8" in printed
    assert not any(line.startswith("Misshandel") for line in printed)
    qtbot.keyClick(dialog.figures, Qt.Key.Key_Space)  # back in: every figure again
    assert dialog.figures.choice() == key_figures.ALL_FIGURES


def test_a_year_without_key_figures_has_no_list_of_them(qtbot, make_window, store):
    dialog = open_dialog(qtbot, make_window(store))
    assert not dialog.figures.isVisible() and not dialog.figures_label.isVisible()
