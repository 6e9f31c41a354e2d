"""Saving free texts typed in the window (week notes, priority-field comments).

The same rule as for grade notes: a personal identity number stops the save and the
user chooses to mask it, keep it, or store nothing.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.ui import prompts as answers
from lagesbild_desktop.ui.prompts import Prompts

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def save_texts(prompts: Prompts, parent: QWidget | None, texts: list[str],
               save: Callable[[list[str], bool], object]) -> tuple[bool, str]:
    """Call save(texts, allow_personal_data); returns (saved, message for the status line)."""
    from lagesbild_desktop.domain.personnummer import contains_personal_number, mask_personal_numbers

    allow = False
    flagged = [text for text in texts if text and contains_personal_number(text)]
    if flagged:
        choice = prompts.personal_data(parent, "\n".join(flagged))
        if choice == answers.CANCEL:
            return False, translate("TextSaving", "Inte sparat: texten innehöll ett personnummer")
        if choice == answers.MASK:
            texts = [mask_personal_numbers(text) if text else text for text in texts]
        else:
            allow = True
    try:
        save(texts, allow)
    except LagesbildError as error:
        return False, error.message
    from lagesbild_desktop import osenv

    return True, translate("TextSaving", "Sparat {time}").format(time=osenv.now().strftime("%H:%M:%S"))
