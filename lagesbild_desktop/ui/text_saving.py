"""Saving what a person typed: the one place that asks about personal identity numbers and about
texts someone else changed meanwhile.

Notes are about places and events, never people: a personal identity number stops the save and
the user chooses to mask it, keep it (logged as kept on purpose), or store nothing. A week note or
a priority field is saved field by field: only a field the user changed is written, and only if no
one else changed it since it was shown; if someone did, both values are shown and the user chooses.
"""

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services.report_texts import TextChanged
from lagesbild_desktop.ui import prompts as answers
from lagesbild_desktop.ui.prompts import Prompts

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def vet_personal_data(prompts: Prompts | None, parent: QWidget | None,
                      texts: list[str]) -> tuple[list[str], bool] | None:
    """(the texts to save, whether a personal identity number in them is kept on purpose), or None
    when the user chose to store nothing."""
    from lagesbild_desktop.domain.personnummer import contains_personal_number, mask_personal_numbers

    flagged = [text for text in texts if text and contains_personal_number(text)]
    if not flagged or prompts is None:
        return texts, False
    choice = prompts.personal_data(parent, "\n".join(flagged))
    if choice == answers.CANCEL:
        return None
    if choice == answers.MASK:
        return [mask_personal_numbers(text) if text else text for text in texts], False
    return texts, True


def saved_at() -> str:
    return translate("TextSaving", "Sparat {time}").format(time=osenv.now().strftime("%H:%M:%S"))


class Saved(NamedTuple):
    saved: bool  # something was written
    message: str  # for the status line
    settled: bool  # the fields should now show what is stored (False: leave what was typed, to correct)


def save_fields(prompts: Prompts, parent: QWidget | None, changes: dict[str, tuple[object, object]],
                save: Callable[[dict[str, tuple[object, object]], bool], object]) -> Saved:
    """Call save(changes, allow_personal_data), changes being field -> (value shown, value typed).

    A field someone else changed meanwhile is shown with both values: "mine" saves it over theirs,
    "theirs" leaves it (the others are saved).
    """
    names = [name for name, (_, typed) in changes.items() if isinstance(typed, str)]
    vetted = vet_personal_data(prompts, parent, [changes[name][1] for name in names])
    if vetted is None:
        return Saved(False, translate("TextSaving", "Inte sparat: texten innehöll ett personnummer"), False)
    texts, allow = vetted
    changes = {**changes, **{name: (changes[name][0], text) for name, text in zip(names, texts, strict=True)}}
    kept_theirs = False
    while changes:
        try:
            save(changes, allow)
            break
        except TextChanged as changed:
            mine = changes[changed.field][1]
            choice = prompts.conflict(parent, changed.label, _shown(mine), _shown(changed.current))
            if choice == answers.MINE:
                changes[changed.field] = (changed.current, mine)
            else:
                changes = {name: change for name, change in changes.items() if name != changed.field}
                kept_theirs = True
        except LagesbildError as error:
            return Saved(False, error.message, False)
    if kept_theirs:
        return Saved(bool(changes), translate("TextSaving", "Värdet i databasen behölls där någon annan hade "
                                                            "ändrat"), True)
    return Saved(True, saved_at(), True)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return translate("TextSaving", "ja") if value else translate("TextSaving", "nej")
    return str(value) or translate("TextSaving", "(tomt)")
