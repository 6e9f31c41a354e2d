"""The key figures view (Alt+7) driven with keys and clicks: the Compstat-like table compared with the year
before as computed by hand, this year's figures typed under last year's measures, a value changed and
deleted, a new measure in the last row, a change made elsewhere meanwhile, bad input, the charts, the
import dialog, and no Alt key taken twice."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lagesbild_desktop.services import key_figures
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.database import open_database
from lagesbild_desktop.ui.figures_model import CHANGE, CHANGE_PCT, GROUP, MEASURE, PREVIOUS, UNIT, VALUE
from tests.ui.conftest import type_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "compstat_jan-okt_2024.xlsx"
SOURCE = "Polisen – Compstat/Status"


def imported(store) -> None:
    found = key_figures.read_file(store, SAMPLE, source=SOURCE)
    key_figures.apply(store, found, key_figures.plan(store, found), SAMPLE.name)


def open_view(qtbot, make_window, store):
    window = make_window(store)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    view = window.figures_view
    qtbot.waitUntil(lambda: view is not None and view.table.hasFocus())
    return window, view


def cells(view, row: int) -> list[str]:
    return [view.model.index(row, column).data() for column in range(view.model.columnCount())]


def row_of(view, measure: str, area: str = "") -> int:
    return next(number for number, item in enumerate(view.model.rows)
                if item.row.measure == measure and item.row.area == area)


def stored(store, period: str = "2025-01-01–2025-10-31") -> dict:
    return {(f.measure, f.area): f.value for f in key_figures.figures(store, source=SOURCE) if str(f.period) == period}


def type_in_cell(qtbot, view, text: str) -> None:
    """The first key opens the cell's editor, as in a spreadsheet; the rest go to the editor."""
    type_text(qtbot, view.table, text[0])
    editor = view.table.focusWidget()
    assert editor is not view.table, "the key did not open an editor"
    type_text(qtbot, editor, text[1:])


def type_and_enter(qtbot, view, text: str) -> None:
    type_in_cell(qtbot, view, text)
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)


def test_alt_6_shows_the_table_compared_with_the_year_before_as_by_hand(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    assert view.source_name() == SOURCE and str(view.period) == "2024-01-01–2024-10-31"
    fraud = cells(view, row_of(view, "Bedrägeri (urval)"))
    assert fraud[GROUP] == "Brott mot person"
    assert [fraud[VALUE], fraud[PREVIOUS], fraud[CHANGE], fraud[CHANGE_PCT]] == ["667", "552", "+115", "20,8"]
    burglary = cells(view, row_of(view, "Inbrott i bostad"))
    assert [burglary[VALUE], burglary[PREVIOUS], burglary[CHANGE], burglary[CHANGE_PCT]] == \
        ["104", "131", "−27", "−20,6"]
    households = cells(view, row_of(view, "Summa brott mot hushåll"))  # 104+79+218 against 131+87+245
    assert [households[VALUE], households[PREVIOUS], households[CHANGE], households[CHANGE_PCT]] == \
        ["401", "463", "−62", "−13,4"]
    assert view.model.index(row_of(view, "Summa brott mot hushåll"), VALUE).flags() & \
        Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags  # a subtotal is computed, never typed


def test_this_years_figures_are_typed_under_last_years_measures_with_enter(qtbot, make_window, store):
    imported(store)
    window, view = open_view(qtbot, make_window, store)
    qtbot.mouseClick(view.next_year, Qt.MouseButton.LeftButton)
    assert str(view.period) == "2025-01-01–2025-10-31"
    first = view.model.rows[0].row
    assert (first.measure, first.value, first.previous) == ("Inbrott i bostad", None, 104)
    view.table.setCurrentIndex(view.model.index(0, VALUE))
    type_and_enter(qtbot, view, "120")
    qtbot.waitUntil(lambda: stored(store) == {("Inbrott i bostad", ""): 120})
    qtbot.waitUntil(lambda: view.table.currentIndex().row() == 1)  # Enter went down a row
    type_and_enter(qtbot, view, "75")
    qtbot.waitUntil(lambda: stored(store).get(("Inbrott i källare/vind", "")) == 75)
    row = cells(view, row_of(view, "Inbrott i bostad"))
    assert [row[VALUE], row[PREVIOUS], row[CHANGE], row[CHANGE_PCT]] == ["120", "104", "+16", "15,4"]
    assert "Sparat: Inbrott i källare/vind jan–okt 2025: 75 antal" in window.saved_label.text()
    newest = audit.newest_first(store.conn, 1)[0]
    assert "Inbrott i källare/vind" in str(newest) and "fönstret: nyckeltal" in str(newest)


def test_a_value_is_changed_then_deleted_after_asking(qtbot, make_window, store, prompts):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Misshandel"), VALUE))
    type_and_enter(qtbot, view, "290")
    qtbot.waitUntil(lambda: stored(store, "2024-01-01–2024-10-31")[("Misshandel", "")] == 290)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Misshandel"), VALUE))
    prompts.delete_answer = False
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert prompts.asked[-1][0] == "confirm_delete" and "Misshandel" in prompts.asked[-1][1]
    assert stored(store, "2024-01-01–2024-10-31")[("Misshandel", "")] == 290
    prompts.delete_answer = True
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ("Misshandel", "") not in stored(store, "2024-01-01–2024-10-31"))
    assert cells(view, row_of(view, "Misshandel"))[VALUE] == "–"  # last year's value keeps the row
    assert cells(view, row_of(view, "Misshandel"))[PREVIOUS] == "297"


def test_a_new_measure_is_typed_in_the_last_row_with_tab(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    last = view.model.rowCount() - 1
    view.table.setCurrentIndex(view.model.index(last, GROUP))
    type_in_cell(qtbot, view, "Brott mot person")
    for text in ("Klotter", "Vinsta"):
        qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Tab)  # the next cell's editor opens
        type_text(qtbot, view.table.focusWidget(), text)
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Tab)
    assert view.table.currentIndex().column() == UNIT  # antal unless told: Tab passes it
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Tab)
    assert view.table.currentIndex().column() == VALUE
    type_text(qtbot, view.table.focusWidget(), "12")
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(store, "2024-01-01–2024-10-31").get(("Klotter", "Vinsta")) == 12)
    [klotter] = [f for f in key_figures.figures(store) if f.measure == "Klotter"]
    assert klotter.group == "Brott mot person" and klotter.source == SOURCE
    qtbot.waitUntil(lambda: cells(view, row_of(view, "Klotter", "Vinsta"))[VALUE] == "12")
    assert view.model.new_row[MEASURE] == ""  # the last row is empty again for the next measure


def test_a_measure_typed_without_its_name_or_with_a_word_for_a_value_is_refused(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    before = key_figures.figures(store)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Rån mot person"), VALUE))
    type_and_enter(qtbot, view, "tolv")
    qtbot.waitUntil(lambda: "inget tal" in view.message.text())
    view.table.setCurrentIndex(view.model.index(view.model.rowCount() - 1, VALUE))
    type_and_enter(qtbot, view, "5")
    qtbot.waitUntil(lambda: "Skriv måttet" in view.message.text())
    assert key_figures.figures(store) == before


def test_a_value_changed_on_another_computer_meanwhile_is_not_overwritten(qtbot, make_window, store, db_path):
    imported(store)
    window, view = open_view(qtbot, make_window, store)
    window.events.stop()  # the other computer's change is not seen before the value is typed
    view.table.setCurrentIndex(view.model.index(row_of(view, "Skadegörelse"), VALUE))
    other = open_database(db_path)
    try:
        key_figures.add_figure(other, source=SOURCE, measure="Skadegörelse", group="Brott mot person",
                               start="2024-01-01", end="2024-10-31", value=390)
    finally:
        other.close()
    type_and_enter(qtbot, view, "385")
    qtbot.waitUntil(lambda: "har ändrats på en annan dator" in view.message.text())
    assert "nu 390 antal" in view.message.text()
    assert stored(store, "2024-01-01–2024-10-31")[("Skadegörelse", "")] == 390
    assert cells(view, row_of(view, "Skadegörelse"))[VALUE] == "390"  # the new value is shown


def test_the_charts_show_the_chosen_measure_by_year_and_per_area(qtbot, make_window, store):
    imported(store)
    for area, now, then in (("Vinsta", 47, 40), ("Grimsta", 43, 45)):
        for year, value in (("2024", now), ("2023", then)):
            key_figures.add_figure(store, source="Trygghetsmätningen", measure="Känner sig otrygga", area=area,
                                   start=year, end=year, value=value, unit="procent")
    _window, view = open_view(qtbot, make_window, store)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Inbrott i bostad"), VALUE))
    assert view.year_chart.shown == [("jan–okt 2023", 131), ("jan–okt 2024", 104)]
    assert view.year_chart.legend_names == ["del av året (perioden under stapeln)"]
    view.source.setCurrentText("Trygghetsmätningen")
    qtbot.keyClick(view.source.lineEdit(), Qt.Key.Key_Return)
    assert str(view.period) == "2024-01-01–2024-12-31"
    view.table.setCurrentIndex(view.model.index(row_of(view, "Känner sig otrygga", "Grimsta"), VALUE))
    assert view.area_chart.shown == [("Vinsta", 47), ("Grimsta", 43)]
    assert view.year_chart.shown == [("2023", 45), ("2024", 43)]
    assert view.year_chart.legend_names == ["helt år"]


def test_a_period_is_typed_in_words_and_a_bad_one_is_said(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    view.period_box.setFocus()
    view.period_box.lineEdit().selectAll()
    type_text(qtbot, view.period_box.lineEdit(), "jan–okt 2023")
    qtbot.keyClick(view.period_box.lineEdit(), Qt.Key.Key_Return)
    assert str(view.period) == "2023-01-01–2023-10-31"
    assert cells(view, row_of(view, "Bedrägeri (urval)"))[VALUE] == "552"
    view.period_box.lineEdit().selectAll()
    type_text(qtbot, view.period_box.lineEdit(), "okt–jan 2023")
    qtbot.keyClick(view.period_box.lineEdit(), Qt.Key.Key_Return)
    assert "slutar före sin början" in view.message.text()
    assert str(view.period) == "2023-01-01–2023-10-31"


def test_the_import_dialog_previews_then_imports_all(qtbot, make_window, store):
    _window, view = open_view(qtbot, make_window, store)
    dialog = view.open_import()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.path, str(SAMPLE))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview_text.toPlainText().startswith("16 nya, 0 ändrade, 0 oförändrade nyckeltal")
    assert key_figures.figures(store) == []  # a preview writes nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(key_figures.figures(store)) == 16
    assert "16 nya" in dialog.preview_text.toPlainText()
    qtbot.waitUntil(lambda: view.model.rowCount() > 8)  # the view shows what came in


def test_the_import_dialog_names_the_problems_and_stores_nothing(qtbot, make_window, store, tmp_path):
    bad = tmp_path / "fel.csv"
    bad.write_text("Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet\nTyck till;Klotter;;;2024-01-01;2024-06-30;tolv;\n",
                   encoding="utf-8")
    _window, view = open_view(qtbot, make_window, store)
    dialog = view.open_import()
    dialog.path.setText(str(bad))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    text = dialog.preview_text.toPlainText()
    assert text.startswith("Inget kan importeras") and "rad 2" in text and "inget tal" in text
    assert not dialog.import_button.isEnabled()
    assert key_figures.figures(store) == []


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_two_alt_keys_clash_in_the_view_and_its_dialog(qtbot, make_window, store, lang):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window(store, lang=lang)
    window.navigation.setCurrentRow(6)
    view = window.figures_view
    menu = [match.group(1).lower() for action in window.menuBar().actions()
            if (match := re.search(r"&([^&\s])", action.text()))]
    for root, visible_only, extra in ((view, True, menu), (None, False, [])):
        root = root or view.open_import()
        texts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)
                 if w.isVisibleTo(root) or not visible_only]
        keys = extra + [m.group(1).lower() for text in texts if (m := re.search(r"&([^&\s])", text))]
        assert len(keys) >= 4 and len(keys) == len(set(keys)), sorted(keys)


def test_enter_passes_a_group_s_sum_and_shift_tab_keeps_typing_in_the_unit(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    qtbot.mouseClick(view.next_year, Qt.MouseButton.LeftButton)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Stöld av/ur motorfordon"), VALUE))
    type_and_enter(qtbot, view, "200")
    qtbot.waitUntil(lambda: stored(store).get(("Stöld av/ur motorfordon", "")) == 200)
    assert view.model.comparison(view.table.currentIndex().row()).measure == "Misshandel"  # past the sum
    type_in_cell(qtbot, view, "280")
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Backtab)  # saved; the unit's editor opens
    qtbot.waitUntil(lambda: stored(store).get(("Misshandel", "")) == 280)
    qtbot.wait(50)
    editor = view.table.focusWidget()
    assert editor is not view.table and editor.hasFocus()  # the write did not close it under the user
    assert view.table.currentIndex().column() == UNIT
    assert cells(view, row_of(view, "Summa brott mot person (jämförbara mått)"))[VALUE] == "280"


def test_an_untouched_value_is_not_saved_again_and_keeps_its_decimals(qtbot, make_window, store):
    key_figures.add_figure(store, source="Trygghetsmätningen", measure="Otrygga", start="2024", end="2024",
                           value="12,25", unit="procent")
    _window, view = open_view(qtbot, make_window, store)
    view.table.setCurrentIndex(view.model.index(0, VALUE))
    entries = len(audit.all_entries(store.conn))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert view.table.focusWidget().text() == "12,25"
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(50)
    assert [f.value for f in key_figures.figures(store)] == [12.25]
    assert len(audit.all_entries(store.conn)) == entries  # nothing logged: nothing changed


def test_a_source_name_typed_is_the_table_shown_once_the_box_is_left(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)
    view.source.lineEdit().setFocus()
    view.source.lineEdit().selectAll()
    type_text(qtbot, view.source.lineEdit(), "Ny källa")
    assert view.shown_source == SOURCE  # still typing: the table is still Compstat's
    view.table.setFocus()  # leaving the box (Tab or a click in the table)
    qtbot.waitUntil(lambda: view.shown_source == "Ny källa")
    assert view.model.rows == [] and view.period is None  # a new source: nothing yet, no period
    view.period_box.lineEdit().setFocus()
    type_text(qtbot, view.period_box.lineEdit(), "2024")
    qtbot.keyClick(view.period_box.lineEdit(), Qt.Key.Key_Return)
    view.table.setCurrentIndex(view.model.index(0, MEASURE))
    type_in_cell(qtbot, view, "Bilbränder")
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    view.table.setCurrentIndex(view.model.index(0, VALUE))
    type_and_enter(qtbot, view, "4")
    qtbot.waitUntil(lambda: [f.source for f in key_figures.figures(store) if f.measure == "Bilbränder"] == ["Ny källa"])
    assert "Ny källa" in key_figures.sources(store)  # the new source is in the list


def test_a_measure_already_in_the_table_is_refused_and_a_share_is_a_share(qtbot, make_window, store):
    imported(store)
    _window, view = open_view(qtbot, make_window, store)

    def new_row(*texts: str) -> None:
        """The empty row from its group on, Enter after each field, as Tab."""
        view.table.setCurrentIndex(view.model.index(view.model.rowCount() - 1, GROUP))
        type_in_cell(qtbot, view, texts[0]) if texts[0] else qtbot.keyClick(view.table, Qt.Key.Key_F2)
        for text in texts[1:]:
            qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
            type_text(qtbot, view.table.focusWidget(), text)
        assert view.table.currentIndex().column() == VALUE
        qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)

    new_row("Brott mot person", "misshandel", "", "", "5")
    qtbot.waitUntil(lambda: "finns redan i tabellen" in view.message.text())
    assert stored(store, "2024-01-01–2024-10-31")[("Misshandel", "")] == 288
    view.model.forget_new_row()
    new_row("", "Otrygghet", "", "", "47 %")
    qtbot.waitUntil(lambda: any(f.measure == "Otrygghet" for f in key_figures.figures(store)))
    [share] = [f for f in key_figures.figures(store) if f.measure == "Otrygghet"]
    assert (share.value, share.unit, share.area, share.group) == (47, "procent", "", "")


def test_a_change_from_another_computer_while_typing_keeps_what_is_typed(qtbot, make_window, store, db_path):
    imported(store)
    window, view = open_view(qtbot, make_window, store)
    qtbot.mouseClick(view.next_year, Qt.MouseButton.LeftButton)
    view.table.setCurrentIndex(view.model.index(row_of(view, "Misshandel"), VALUE))
    type_in_cell(qtbot, view, "12")
    other = open_database(db_path)
    try:  # another computer types a figure of the same table meanwhile
        key_figures.add_figure(other, source=SOURCE, measure="Rån mot person", group="Brott mot person",
                               start="2025-01-01", end="2025-10-31", value=30)
    finally:
        other.close()
    window.events.poll()
    assert cells(view, row_of(view, "Rån mot person"))[VALUE] == "30"  # seen at once
    type_text(qtbot, view.table.focusWidget(), "0")
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(store).get(("Misshandel", "")) == 120)  # not "0": the typing was kept
