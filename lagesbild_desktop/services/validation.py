"""Checks shared by several services."""

from lagesbild_desktop.domain.areas import area_exists_in
from lagesbild_desktop.errors import InvalidInput, NotFound, PersonalDataFound
from lagesbild_desktop.store import areas
from lagesbild_desktop.store.database import Store

MAX_TEXT = 4000


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


def free_text(value: str | None, label: str, *, allow_personal_data: bool) -> str:
    """Trimmed text; refused if it holds a personal identity number, unless explicitly allowed."""
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"{label} är för lång ({len(text)} tecken, högst {MAX_TEXT})")
    from lagesbild_desktop.domain.personnummer import contains_personal_number  # not needed at start-up

    if not allow_personal_data and contains_personal_number(text):
        raise PersonalDataFound(
            f"{label} innehåller ett personnummer. Inget har sparats: ta bort det "
            "(eller ange --allow-personal-data om det verkligen ska sparas)"
        )
    return text
