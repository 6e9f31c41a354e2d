"""Backups from the window: listed, made on demand, and restored in place with the keyboard."""

from PySide6.QtCore import Qt

from lagesbild_desktop.services import maintenance
from lagesbild_desktop.services.assessments import get_grade, record_grade


def open_backups(qtbot, window):
    action = next(action for action in window.menuBar().actions()[0].menu().actions()
                  if action.objectName() == "openBackups")
    action.trigger()
    dialog = window.backup_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_daily_backup_is_restored_from_the_window(qtbot, make_window, store, tmp_path):
    record_grade(store, "Grimsta", 2024, 10, 2, "Lugnt")
    made = maintenance.daily_backup(store)
    record_grade(store, "Grimsta", 2024, 10, 5, "Skjutning")  # after the copy: replaced by the restore
    window = make_window(store)
    window.meeting.rows[1].selector.setFocus()
    qtbot.keyClick(window.meeting.rows[1].selector, Qt.Key.Key_3)  # an undoable change before the restore
    dialog = open_backups(qtbot, window)
    assert dialog.backups.count() == 1 and made.stem[-10:] in dialog.backups.item(0).text()
    asked = []
    dialog.confirm_restore = lambda source: asked.append(source) or True
    qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)  # Enter on the chosen copy restores it, after asking
    assert asked == [made]
    assert get_grade(store, "Grimsta", 2024, 10).grade == 2  # in the database the window has open
    assert "Återställd från" in dialog.message.text()
    kept = next(tmp_path.glob("*.ersatt-*.db"))
    assert kept.stat().st_size > 0 and str(kept) in dialog.message.text()
    qtbot.waitUntil(lambda: window.meeting.rows[0].selector.grade == 2)  # the window shows the restored grade
    assert not window.undo_stack.canUndo()  # nothing from before the restore can be undone into it
    assert maintenance.check_database(store).ok
    logged = [row[0] for row in store.conn.execute("SELECT summary FROM audit_log ORDER BY id DESC LIMIT 2")]
    assert logged == ["Databasen fick en ny identitet för utbytesfiler", "Databasen återställd"]


def test_a_restore_not_confirmed_or_of_a_bad_file_changes_nothing(qtbot, make_window, store, tmp_path):
    record_grade(store, "Grimsta", 2024, 10, 2)
    maintenance.daily_backup(store)
    record_grade(store, "Grimsta", 2024, 10, 5)
    window = make_window(store)
    dialog = open_backups(qtbot, window)
    dialog.confirm_restore = lambda source: False
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert get_grade(store, "Grimsta", 2024, 10).grade == 5
    fake = tmp_path / "inte-en-kopia.db"
    fake.write_text("hej", encoding="utf-8")
    dialog.confirm_restore = lambda source: True
    dialog.choose_backup_source = lambda: str(fake)
    dialog.restore_from_file()
    assert get_grade(store, "Grimsta", 2024, 10).grade == 5
    assert dialog.message.text().startswith("Inget återställdes") and "textfil" in dialog.message.text()
    assert not list(tmp_path.glob("*.ersatt-*.db"))


def test_a_backup_is_made_on_demand(qtbot, make_window, store, tmp_path):
    record_grade(store, "Vinsta", 2024, 3, 4)
    window = make_window(store)
    dialog = open_backups(qtbot, window)
    assert not dialog.restore_button.isEnabled()  # no automatic copy yet
    dialog.choose_backup_target = lambda: str(tmp_path / "arkiv.db")
    dialog.make_backup()
    assert (tmp_path / "arkiv.db").exists() and "arkiv.db" in dialog.message.text()
    copy = maintenance.open_store(tmp_path / "arkiv.db", create=False)
    try:
        assert get_grade(copy, "Vinsta", 2024, 3).grade == 4
    finally:
        copy.close()


def test_an_open_report_dialog_does_not_write_old_texts_over_a_restore(qtbot, make_window, store):
    from lagesbild_desktop.services.report_texts import priority_fields, set_priority_field

    set_priority_field(store, 2024, 2, False, "före kopian")
    made = maintenance.daily_backup(store)
    set_priority_field(store, 2024, 2, True, "efter kopian")
    window = make_window(store)
    reports = window.open_reports()
    reports.year.setValue(2024)
    qtbot.waitUntil(lambda: reports.fields.comments[1].text() == "efter kopian")
    dialog = open_backups(qtbot, window)
    dialog.confirm_restore = lambda source: True
    dialog.restore(made)
    assert reports.fields.comments[1].text() == "före kopian"  # the open dialog shows the restored text
    reports.close()  # which saves whatever a user changed, and nothing else
    field = priority_fields(store, 2024)[2]
    assert (field.needs_measures, field.comment) == (False, "före kopian")


def test_another_window_on_a_shared_file_forgets_its_undo_steps_after_a_restore(qtbot, make_window, tmp_path):
    """Undoing in window B after A restored would clear a grade written into the restored data unasked."""
    path = tmp_path / "delad.db"
    first = maintenance.open_store(path, shared=True)
    second = maintenance.open_store(path, shared=True)
    try:
        record_grade(first, "Grimsta", 2024, 10, 2)
        made = maintenance.daily_backup(first)
        window = make_window(second)
        qtbot.keyClick(window.meeting.rows[1].selector, Qt.Key.Key_4)  # B records, so B could undo it
        assert window.undo_stack.canUndo()
        maintenance.restore_open_database(first, made)
        window.events.poll()  # what its timer does
        assert not window.undo_stack.canUndo() and "återställts" in window.saved_label.text()
    finally:
        second.close()
        first.close()


def test_a_restore_holds_the_file_so_no_other_program_writes_in_between(store, tmp_path, monkeypatch):
    """A grade another program saves while the restore runs is refused there (and said so), not lost."""
    import sqlite3

    import pytest

    from lagesbild_desktop.store import backup

    record_grade(store, "Grimsta", 2024, 10, 2)
    made = maintenance.daily_backup(store)
    record_grade(store, "Grimsta", 2024, 10, 5)
    attempts = []
    real = backup.replace_contents

    def another_program_writes_meanwhile(source, conn):
        other = sqlite3.connect(store.path, timeout=0.2)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("UPDATE settings SET value = value")
            other.commit()
        attempts.append("refused")
        other.close()
        real(source, conn)

    monkeypatch.setattr(backup, "replace_contents", another_program_writes_meanwhile)
    first = maintenance.restore_open_database(store, made)
    second = maintenance.restore_open_database(store, made)  # in the same second: its own kept-aside file
    assert attempts == ["refused", "refused"] and first.previous_kept_at != second.previous_kept_at
    assert get_grade(store, "Grimsta", 2024, 10).grade == 2 and maintenance.check_database(store).ok
    kept = maintenance.open_store(first.previous_kept_at, create=False)
    try:
        assert get_grade(kept, "Grimsta", 2024, 10).grade == 5  # the replaced grade is kept aside
    finally:
        kept.close()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # as before the restore
