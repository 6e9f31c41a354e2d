"""A bug in the window is shown as one: a dialog that says the data is safe and where the report is."""

import sys


def _a_bug(*args, **kwargs):
    raise RuntimeError("ett fel som aldrig borde hända")


def test_the_window_shows_a_bug_and_where_its_report_is(qtbot, store, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from lagesbild_desktop.ui import crash_dialog

    shown = []
    monkeypatch.setattr(crash_dialog, "show_crash", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    crash_dialog.install(store.path)
    try:
        raise KeyError("rutan saknas")
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    (dialog,) = shown
    qtbot.addWidget(dialog)
    said = dialog.findChild(QLabel, "crashText").text()
    assert "KeyError" in said and str(dialog.report) in said and "sparat" in said
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "KeyError: 'rutan saknas'" in copied and "Traceback" in copied and copied == dialog.report.read_text()


def test_a_bug_while_a_report_is_made_reaches_the_crash_report(qtbot, make_window, store, monkeypatch):
    """The report is made on a worker thread: its bug is raised again in the window's thread, where the
    crash report takes it (here pytest-qt does), not shown as a problem with the report."""
    from lagesbild_desktop.reports import pdf_writer

    monkeypatch.setattr(pdf_writer, "build_pdf", _a_bug)
    window = make_window(store)
    dialog = window.open_reports()
    with qtbot.captureExceptions() as raised:
        dialog.create()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert [kind for kind, _error, _trace in raised] == [RuntimeError]
    assert "ett fel i programmet" in dialog.message.text()
