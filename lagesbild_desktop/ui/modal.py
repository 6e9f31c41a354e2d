"""Running a modal dialog without losing the keyboard afterwards.

Without a window manager (a bare X server, some kiosk set-ups) nobody gives
the main window its focus back when a dialog closes: shortcuts and digits
would then go nowhere, or somewhere unexpected. So the focus is put back by hand.
"""

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def run_modal(dialog: QDialog) -> int:
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


def show_on_top(dialog):
    """A dialog that deletes itself when closed, in front and with the keyboard."""
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def save_cancel_buttons(dialog: QDialog, on_save):
    """The Spara/Avbryt row of the program's dialogs (Enter saves, Escape cancels)."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                               parent=dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Dialogs", "Spara"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Avbryt"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
