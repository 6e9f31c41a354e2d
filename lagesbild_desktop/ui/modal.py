"""Running a modal dialog without losing the keyboard afterwards.

Without a window manager (a bare X server, some kiosk set-ups) nobody gives
the main window its focus back when a dialog closes: shortcuts and digits
would then go nowhere, or somewhere unexpected. So the focus is put back by hand.
"""

import contextlib

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def run_modal(dialog: QDialog | QMessageBox) -> int:
    window = QApplication.activeWindow()
    focus = QApplication.focusWidget()
    try:
        return dialog.exec()
    finally:
        if window is not None:
            window.activateWindow()
        if focus is not None:
            with contextlib.suppress(RuntimeError):  # the widget went away while the dialog was open
                focus.setFocus()
