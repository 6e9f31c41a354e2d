"""The questions the program asks the user, in one replaceable place.

Tests swap these functions for answers, so no modal dialog ever blocks a test.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

MASK, KEEP, CANCEL = "mask", "keep", "cancel"
MINE, THEIRS = "mine", "theirs"


class Prompts:
    def personal_data(self, parent: QWidget | None, text: str) -> str:
        """A note holds a personal identity number: mask it, keep it anyway, or store nothing."""
        from PySide6.QtWidgets import QMessageBox  # a dialog's types are loaded when one is shown

        from lagesbild_desktop.ui.modal import run_modal

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Prompts", "Personnummer i anteckningen"),
            translate(
                "Prompts",
                "Anteckningen innehåller ett personnummer. Anteckningar ska handla om platser och "
                "händelser, inte om personer. Inget har sparats ännu.",
            ),
            parent=parent,
        )
        box.setInformativeText(text)
        mask = box.addButton(translate("Prompts", "Maskera numret och spara"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("Prompts", "Spara med personnumret"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("Prompts", "Spara inte"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(mask)
        box.setEscapeButton(cancel)
        run_modal(box)
        clicked = box.clickedButton()
        return MASK if clicked is mask else KEEP if clicked is keep else CANCEL

    def conflict(self, parent: QWidget | None, what: str, mine: str, theirs: str) -> str:
        """Someone else changed the cell since it was shown: which value stands?"""
        from PySide6.QtWidgets import QMessageBox  # a dialog's types are loaded when one is shown

        from lagesbild_desktop.ui.modal import run_modal

        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Prompts", "Ändrad av någon annan"),
            translate("Prompts", "{what} har ändrats i databasen sedan den visades här.").format(what=what),
            parent=parent,
        )
        box.setInformativeText(
            translate("Prompts", "I databasen nu: {theirs}\nDitt värde: {mine}").format(theirs=theirs, mine=mine)
        )
        keep_theirs = box.addButton(
            translate("Prompts", "Behåll värdet i databasen"), QMessageBox.ButtonRole.RejectRole
        )
        use_mine = box.addButton(translate("Prompts", "Spara mitt värde"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep_theirs)
        box.setEscapeButton(keep_theirs)
        run_modal(box)
        return MINE if box.clickedButton() is use_mine else THEIRS

    def confirm_delete(self, parent: QWidget | None, what: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # a dialog's types are loaded when one is shown

        from lagesbild_desktop.ui.modal import run_modal

        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Prompts", "Ta bort"),
            translate("Prompts", "Ta bort {what}? Ändringen loggas och kan ångras med Ctrl+Z.").format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return run_modal(box) == QMessageBox.StandardButton.Yes

    def confirm_overwrite(self, parent: QWidget | None, why: str) -> bool:
        """An undo would write over someone else's change: undo anyway?"""
        return _yes_or_no(parent, "question", translate("Prompts", "Ångra ändå?"),
                          translate("Prompts", "{why}. Ångra ändå? Deras ändring ersätts (den finns kvar i "
                                               "ändringsloggen).").format(why=why))

    def confirm_discard(self, parent: QWidget | None, what: str) -> bool:
        """A text could not be saved: close anyway, without it?"""
        return _yes_or_no(parent, "warning", translate("Prompts", "Texten är inte sparad"),
                          translate("Prompts", "Texten för {what} kunde inte sparas. Stänga ändå? Det du skrivit "
                                               "sedan den senast sparades försvinner då.").format(what=what))

    def confirm_replace(self, parent: QWidget | None, what: str, year: int) -> bool:
        """Replace a text being written with last year's?"""
        return _yes_or_no(parent, "question", translate("Prompts", "Ersätta texten?"),
                          translate("Prompts", "Texten för {what} ersätts med texten från {year}. Den som står nu är "
                                               "sparad och finns kvar i ändringsloggen.").format(what=what, year=year))

    def error(self, parent: QWidget | None, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # a dialog's types are loaded when one is shown

        from lagesbild_desktop.ui.modal import run_modal

        box = QMessageBox(QMessageBox.Icon.Warning, translate("Prompts", "Lägesbild"), message,
                          QMessageBox.StandardButton.Ok, parent)
        run_modal(box)


def _yes_or_no(parent: QWidget | None, icon: str, title: str, text: str) -> bool:
    """A question answered Ja or Nej, Nej the default (Enter never destroys anything by accident)."""
    from PySide6.QtWidgets import QMessageBox  # a dialog's types are loaded when one is shown

    from lagesbild_desktop.ui.modal import run_modal

    icons = {"question": QMessageBox.Icon.Question, "warning": QMessageBox.Icon.Warning}
    box = QMessageBox(icons[icon], title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return run_modal(box) == QMessageBox.StandardButton.Yes
