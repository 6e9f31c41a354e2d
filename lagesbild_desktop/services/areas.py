"""The list of areas: adding, renaming, retiring."""

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.areas import area_exists_in, swedish_sort_key, validate_area_name
from lagesbild_desktop.domain.isoweek import validate_year, week_of
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.validation import area_named
from lagesbild_desktop.store import areas, assessments
from lagesbild_desktop.store.areas import Area
from lagesbild_desktop.store.connection import Store


def current_year() -> int:
    return week_of(osenv.today()).year


def list_areas(store: Store, year=None) -> list[Area]:
    if year is None:
        return areas.all_areas(store.conn)
    return [area for area, _ in areas_of_year(store, year)]


def areas_of_year(store: Store, year) -> list[tuple[Area, str]]:
    """The areas that existed in `year` with the name each had then, in that year's order.

    Explicitly placed areas come first; the rest follow in Swedish order of
    the name they had that year (a later rename must not reorder old grids).
    """
    year = validate_year(year)
    history = areas.name_history(store.conn)
    named = [(area, _name_then(area, year, history.get(area.id, ()))) for area in areas.areas_in_year(store.conn, year)]

    def order(item):
        area, name = item
        key = area.sort_key if name == area.name else swedish_sort_key(name)
        return (area.explicit_order is None, area.explicit_order or 0, key)

    return sorted(named, key=order)


def _name_then(area: Area, year: int, former: list[tuple[str, int]] | tuple) -> str:
    for name, until_year in former:
        if year <= until_year:
            return name
    return area.name


def set_area_order(store: Store, name: str, position, *, context: str = "") -> Area:
    """Put an area at a fixed place in lists and grids (None: back to alphabetical order)."""
    if position is not None:
        try:
            position = int(str(position).strip())
        except ValueError:
            raise InvalidInput(f"Ogiltig plats '{position}': ange ett heltal 1–999 eller 'auto'") from None
        if not 1 <= position <= 999:
            raise InvalidInput(f"Ogiltig plats '{position}': ange ett heltal 1–999 eller 'auto'")
    with store.transaction():
        return areas.set_order(store, area_named(store, name), position, context)


def _ensure_name_free(store: Store, name: str, except_id: int | None = None) -> None:
    for area in areas.all_areas(store.conn):
        if area.name.casefold() == name.casefold() and area.id != except_id:
            raise InvalidInput(f"Det finns redan ett område som heter {area.name}")


def add_area(store: Store, name: str, first_year=None, *, context: str = "") -> Area:
    name = validate_area_name(name)
    year = validate_year(first_year) if first_year is not None else current_year()
    with store.transaction():
        _ensure_name_free(store, name)
        return areas.insert(store, name, year, context)


def rename_area(store: Store, old_name: str, new_name: str, *, context: str = "") -> Area:
    """Give an area a new name; grids of earlier years keep showing the old one."""
    new_name = validate_area_name(new_name)
    with store.transaction():
        area = area_named(store, old_name)
        if area.name == new_name:
            return area
        _ensure_name_free(store, new_name, except_id=area.id)
        return areas.rename(store, area, new_name, current_year() - 1, context)


def retire_area(store: Store, name: str, from_year, *, context: str = "") -> Area:
    """The area no longer exists from `from_year` on; it stays in earlier years' grids."""
    year = validate_year(from_year)
    with store.transaction():
        area = area_named(store, name)
        if year <= area.first_year:
            raise InvalidInput(
                f"Området {area.name} finns från år {area.first_year}: det kan avvecklas tidigast från år "
                f"{area.first_year + 1}"
            )
        count, first = assessments.graded_from(store.conn, area.id, year)
        if count:
            raise InvalidInput(
                f"Området {area.name} har {count} bedömningar från år {first} och framåt; "
                f"det kan inte avvecklas från år {year}"
            )
        return areas.retire(store, area, year, context)


def exists_in(area: Area, year: int) -> bool:
    return area_exists_in(area.first_year, area.retired_from_year, year)
