"""The action plan in the window, driven with keys: a measure added and followed up from the meeting row,
the week's list of measures due, and the Åtgärder view's filters, sorting and keys."""

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from lagesbild_desktop.services import measures
from lagesbild_desktop.services.assessments import record_grade
from tests.ui.conftest import TODAY, type_text

VINSTA = 7  # Vinsta's row in the meeting: the ninth default area in Swedish order, counted from 0


def key(qtbot, which, modifier=Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, which, modifier)


def tick(qtbot, checklist, text):
    """Move to an entry of a checklist with the arrow keys and tick it with Space."""
    checklist.setFocus()
    rows = [checklist.item(row).text() for row in range(checklist.count())]
    checklist.setCurrentRow(0)
    for _ in range(rows.index(text)):
        qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_a_measure_is_added_and_followed_up_from_the_meeting_row_with_keys(qtbot, make_window, store):
    window = make_window(store, 2024, 10)
    meeting = window.meeting
    assert meeting.rows[VINSTA].data.name == "Vinsta"
    meeting.focus_row(VINSTA)
    qtbot.waitUntil(meeting.rows[VINSTA].selector.hasFocus)
    opened = []

    def add(dialog):
        opened.append(dialog.windowTitle())
        type_text(qtbot, dialog.title, "Trygghetsvandring vid Vinsta torg")
        tick(qtbot, dialog.responsible, "Polisen")
        dialog.goal.setFocus()
        type_text(qtbot, dialog.goal, "Färre bränder")
        dialog.save()
        return dialog.result()

    meeting.open_dialog = add
    key(qtbot, Qt.Key.Key_A)
    assert opened == ["Ny åtgärd – Vinsta"]
    [made] = measures.views(store)
    assert made.area_names == ("Vinsta",) and made.measure.responsible == ("Polisen",)
    assert made.measure.start == "2024-03-06"  # today, in the meeting's week
    assert made.measure.goal == "Färre bränder" and made.status == "planerad"
    row = meeting.rows[VINSTA]
    assert row.measures.text() == "Åtgärder: 1" and "Trygghetsvandring vid Vinsta torg" in row.measures.toolTip()
    assert "1 aktiva åtgärder: Trygghetsvandring" in row.measures.accessibleName()
    assert meeting.rows[0].measures.text() == ""  # Grimsta has none

    def follow(dialog):
        dialog.comment.setFocus()
        type_text(qtbot, dialog.comment, "Första vandringen gjord")
        dialog.save()
        return dialog.result()

    meeting.open_dialog = follow
    meeting.focus_row(VINSTA)
    qtbot.waitUntil(row.selector.hasFocus)
    key(qtbot, Qt.Key.Key_U)
    item = measures.views(store)[0]
    assert [(f.date, f.status, f.comment) for f in item.follow_ups] == [
        ("2024-03-06", "pågår", "Första vandringen gjord")]
    assert item.measure.next_follow_up == "2024-04-03"  # four weeks on, as the dialog proposed
    assert not meeting.due_list.isVisible()  # nothing due in week 10

    # In week 14 it is due: listed at the end of the meeting, and Enter on it follows it up.
    meeting.set_week(2024, 14)
    assert meeting.due_list.isVisible() and meeting.due_list.count() == 1
    assert "Trygghetsvandring vid Vinsta torg – uppföljning 2024-04-03" in meeting.due_list.item(0).text()

    def finish(dialog):
        dialog.status.setFocus()
        qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # pågår -> genomförd
        dialog.save()
        return dialog.result()

    meeting.open_dialog = finish
    meeting.due_list.setFocus()
    meeting.due_list.setCurrentRow(0)
    key(qtbot, Qt.Key.Key_Return)
    item = measures.views(store)[0]
    assert item.status == "genomförd" and item.measure.next_follow_up is None
    assert meeting.due_list.count() == 0 and not meeting.due_list.isVisible()
    assert meeting.rows[VINSTA].measures.text() == ""  # completed: no longer active


def test_a_digit_still_grades_and_a_follow_up_without_measures_says_so(qtbot, make_window, store):
    window = make_window(store, 2024, 10)
    meeting = window.meeting
    meeting.open_dialog = lambda dialog: (_ for _ in ()).throw(AssertionError("no dialog expected"))
    key(qtbot, Qt.Key.Key_U)
    assert "Grimsta har inga aktiva åtgärder" in meeting.details.text()
    key(qtbot, Qt.Key.Key_3)
    assert meeting.rows[0].data.current.grade == 3


def test_the_view_filters_sorts_and_opens_measures_with_keys(qtbot, make_window, store):
    first = measures.add_measure(store, title="Belysning", areas=["Vinsta"], priority_field=2,
                                 responsible=["Fastighetsägare"], start="2024-02-05")
    measures.add_measure(store, title="Ordningsvakter", areas=["Vällingby"], priority_field=2,
                         responsible=["Ordningsvakter"], start="2024-05-06", end="2024-08-31")
    measures.add_measure(store, title="Läxhjälp", areas=["Grimsta"], priority_field=1,
                         responsible=["Utbildningsförvaltningen"], start="2023-01-09", end="2023-06-30")
    measures.follow_up(store, first.id, status="pågår", date="2024-03-01")
    for week in range(1, 14):
        record_grade(store, "Vinsta", 2024, week, 4 if week < 6 else 2)
        record_grade(store, "Grimsta", 2024, week, 3)
    window = make_window(store, 2024, 10)
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    view = window.measures_view
    assert view is not None and window.stack.currentWidget() is view and view.table.hasFocus()

    def titles():
        return [view.proxy.index(row, 1).data() for row in range(view.proxy.rowCount())]

    assert titles() == ["Belysning", "Ordningsvakter"]  # 2024's measures, by start
    assert "Ett samband, inte ett bevis" in view.effect.text()
    view.status.setFocus()
    qtbot.keyClick(view.status, Qt.Key.Key_Down)  # Alla -> planerad
    assert titles() == ["Ordningsvakter"]
    view.status.setCurrentIndex(0)
    view.year.setFocus()
    qtbot.keyClick(view.year, Qt.Key.Key_Home)  # Alla år
    assert sorted(titles()) == ["Belysning", "Läxhjälp", "Ordningsvakter"]
    view.field.setCurrentIndex(view.field.findData(1))
    assert titles() == ["Läxhjälp"]
    view.field.setCurrentIndex(0)
    view.responsible.setCurrentIndex(view.responsible.findData("Ordningsvakter"))
    assert titles() == ["Ordningsvakter"]
    view.responsible.setCurrentIndex(0)
    view.area.setCurrentIndex(view.area.findData("Vinsta"))
    assert titles() == ["Belysning"]
    view.area.setCurrentIndex(0)
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    assert titles() == sorted(titles(), key=str.casefold)

    # Enter opens the measure; U follows it up; Delete removes it after a question.
    view.table.setFocus()
    view.select(first.id)
    edited = []

    def edit(dialog):
        edited.append(dialog.history.toPlainText())
        dialog.goal.setFocus()
        type_text(qtbot, dialog.goal, "Ljusare torg")
        dialog.save()
        return dialog.result()

    view.open_dialog = edit
    key(qtbot, Qt.Key.Key_Return)
    assert edited and "2024-03-01 pågår" in edited[0]
    assert measures.get_measure(store, first.id).goal == "Ljusare torg"
    view.confirm = lambda text: "Belysning" in text
    view.table.setFocus()
    view.select(first.id)
    key(qtbot, Qt.Key.Key_Delete)
    assert sorted(m.measure.title for m in measures.views(store)) == ["Läxhjälp", "Ordningsvakter"]
    assert "Belysning" not in titles()


def _alt_keys(widgets_root, only_visible: bool) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [label.text() for label in widgets_root.findChildren(QLabel)
             if label.buddy() is not None and (label.isVisibleTo(widgets_root) or not only_visible)]
    texts += [button.text() for button in widgets_root.findChildren(QAbstractButton)
              if button.isVisibleTo(widgets_root) or not only_visible]
    return [match.group(1).lower() for text in texts if (match := re.search(r"&([^&\s])", text))]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_two_alt_keys_clash_in_the_view_and_its_dialogs(qtbot, make_window, store, lang):
    from lagesbild_desktop.ui.measure_dialog import FollowUpDialog, MeasureDialog

    made = measures.add_measure(store, title="Belysning", areas=["Vinsta"], responsible=["Polisen"],
                                start="2024-02-05")
    window = make_window(store, lang=lang)
    window.navigation.setCurrentRow(3)
    menu = [match.group(1).lower() for action in window.menuBar().actions()
            if (match := re.search(r"&([^&\s])", action.text()))]
    keys = menu + _alt_keys(window.measures_view, only_visible=True)
    assert len(keys) >= 6 and len(keys) == len(set(keys)), sorted(keys)
    for dialog in (MeasureDialog(store, TODAY, measure_id=made.id), MeasureDialog(store, TODAY, area="Vinsta"),
                   FollowUpDialog(store, made.id, TODAY)):
        keys = _alt_keys(dialog, only_visible=False)
        assert len(keys) >= 4 and len(keys) == len(set(keys)), sorted(keys)
        dialog.deleteLater()


def test_a_new_responsible_organisation_is_added_from_the_measure_dialog(qtbot, store):
    from lagesbild_desktop.ui.measure_dialog import MeasureDialog

    dialog = MeasureDialog(store, TODAY, area="Vinsta")
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.title, "Städdag")
    dialog.ask_name = lambda: "  Bostadsbolaget Svenska Bostäder "
    dialog.new_responsible.setFocus()
    qtbot.keyClick(dialog.new_responsible, Qt.Key.Key_Space)
    dialog.save()
    [made] = measures.views(store)
    assert made.measure.responsible == ("Bostadsbolaget Svenska Bostäder",)
    assert "Bostadsbolaget Svenska Bostäder" in [r.name for r in measures.list_responsibles(store)]
    again = MeasureDialog(store, TODAY, area="Vinsta")
    qtbot.addWidget(again)
    again.ask_name = lambda: "bostadsbolaget svenska bostäder"
    again.add_responsible()
    assert "finns redan" in again.error.text()
