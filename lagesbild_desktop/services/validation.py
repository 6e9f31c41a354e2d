"""Checks shared by several services."""

from lagesbild_desktop.domain.areas import area_exists_in
from lagesbild_desktop.domain.personnummer import KEPT_ON_PURPOSE
from lagesbild_desktop.domain.text import MAX_TEXT, problem_in_text
from lagesbild_desktop.errors import InvalidInput, NotFound, PersonalDataFound
from lagesbild_desktop.store import areas
from lagesbild_desktop.store.connection import Store


def area_named(store: Store, name: str) -> areas.Area:
    area = areas.find(store.conn, name)
    if area is None:
        known = ", ".join(a.name for a in areas.all_areas(store.conn))
        raise NotFound(f"Okänt område '{name}'. Kända områden: {known}")
    return area


def area_in_year(store: Store, name: str, year: int) -> areas.Area:
    area = area_named(store, name)
    if not area_exists_in(area.first_year, area.retired_from_year, year):
        if year < area.first_year:
            raise NotFound(f"Området {area.name} finns först från år {area.first_year}, inte år {year}")
        raise NotFound(f"Området {area.name} är avvecklat från år {area.retired_from_year} och finns inte år {year}")
    return area


def one_line(value: object, label: str, *, max_length: int, empty_ok: bool = False) -> str:
    """A name or a short line as typed, its spacing collapsed; InvalidInput in Swedish for a line break, a
    control sign, too long a text, or (unless allowed) none."""
    from lagesbild_desktop.domain.text import problem_in_line

    text = " ".join(str(value or "").split())
    problem = None if empty_ok and not text else problem_in_line(text, label, max_length=max_length)
    if problem:
        raise InvalidInput(problem)
    return text


def free_text(value: str | None, label: str, *, allow_personal_data: bool, max_length: int = MAX_TEXT) -> str:
    """Trimmed text; refused if it holds a personal identity number, unless explicitly allowed."""
    text = (value or "").strip()
    problem = problem_in_text(text, label, max_length=max_length)
    if problem:
        raise InvalidInput(problem)
    from lagesbild_desktop.domain.personnummer import contains_personal_number  # not needed at start-up

    if not allow_personal_data and contains_personal_number(text):
        raise PersonalDataFound(
            f"{label} innehåller ett personnummer. Inget har sparats: ta bort det "
            "(eller ange --allow-personal-data om det verkligen ska sparas)"
        )
    return text


PERSONAL_DATA_CONTEXT = KEPT_ON_PURPOSE  # the mark in a logged context (domain/personnummer.py)


def personal_data_context(context: str, allowed: bool, *texts: str) -> str:
    """The context to log: marked when a text kept a personal identity number on the user's word."""
    from lagesbild_desktop.domain.personnummer import contains_personal_number

    if allowed and any(contains_personal_number(text) for text in texts):
        return f"{context}; {PERSONAL_DATA_CONTEXT}".strip("; ")
    return context
