"""Writing the yearly lokal lägesbild's texts: set, read, list, and start from last year's.

A text is Markdown (domain/markdown.py). Every change is one audited record of the registry's kind
"year_text". A window saves with `update_text`: the text it showed is compared with the stored one
inside the transaction, so a text someone else changed meanwhile is never overwritten unseen.
"""

from __future__ import annotations

from typing import NamedTuple

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.isoweek import validate_year
from lagesbild_desktop.domain.markdown import draft_marked
from lagesbild_desktop.domain.year_texts import MAX_YEAR_TEXT, SECTIONS, Section, section
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.services.report_texts import TextChanged
from lagesbild_desktop.services.validation import area_in_year, free_text, personal_data_context
from lagesbild_desktop.store import year_texts
from lagesbild_desktop.store.areas import Area
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.year_texts import YearText


class TextPlace(NamedTuple):
    """Which text: a section, and for an area's text the area (with the name it had that year)."""

    year: int
    section: Section
    area: Area | None = None
    area_name: str = ""

    @property
    def title(self) -> str:
        if self.area is not None:
            return f"{self.area_name or self.area.name}"
        return self.section.title

    def in_words(self) -> str:
        """For messages and the log: "Inledning 2024", "Områdestext Vinsta 2024"."""
        if self.area is not None:
            return f"Områdestext {self.area_name or self.area.name} {self.year}"
        return f"{self.section.title} {self.year}"


def place(store: Store, year, section_key, area_name: str | None = None) -> TextPlace:
    """The text a user names; InvalidInput or NotFound saying what is wrong."""
    year = validate_year(year)
    found = section(section_key)
    if found.per_area and not (area_name or "").strip():
        raise InvalidInput(f"Avsnittet '{found.key}' skrivs per område: ange --area")
    if not found.per_area and (area_name or "").strip():
        raise InvalidInput(f"Avsnittet '{found.key}' skrivs inte per område: ta bort --area")
    if not found.per_area:
        return TextPlace(year, found)
    area = area_in_year(store, area_name.strip(), year)  # type: ignore[union-attr]
    names = dict((a.id, name) for a, name in areas_of_year(store, year))
    return TextPlace(year, found, area, names.get(area.id, area.name))


def stored(store: Store, where: TextPlace) -> YearText | None:
    return year_texts.get(store.conn, where.year, where.section.key, where.area.id if where.area else None)


def text(store: Store, where: TextPlace) -> str:
    """The stored text; for a priority field's description without one, the standard description."""
    found = stored(store, where)
    if found is not None:
        return found.body
    return default_text(where)


def default_text(where: TextPlace) -> str:
    if where.section.field is not None:
        return shipped.priority_field_descriptions().get(where.section.field, "")
    return ""


def last_years(store: Store, where: TextPlace) -> str:
    """What the same section said the year before (an area's text: the same area's)."""
    return text(store, where._replace(year=where.year - 1))


def set_text(store: Store, where: TextPlace, body: str | None, *, allow_personal_data: bool = False,
             context: str = "") -> YearText:
    body = _checked_body(body, allow_personal_data)
    context = personal_data_context(context, allow_personal_data, body)
    with store.transaction():
        return _save(store, where, body, context)


def update_text(store: Store, where: TextPlace, seen: str, typed: str, *, allow_personal_data: bool = False,
                context: str = "") -> YearText | None:
    """Save what the user typed over what they were shown (`seen`): TextChanged, and nothing written, if
    the stored text is no longer what they saw. None when nothing changed."""
    body = _checked_body(typed, allow_personal_data)
    context = personal_data_context(context, allow_personal_data, body)
    with store.transaction():
        current = text(store, where)
        if current != seen and current != body:
            raise TextChanged("body", where.in_words(), current)
        if body == current:
            return None
        return _save(store, where, body, context)


def _checked_body(body: str | None, allow_personal_data: bool) -> str:
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    return free_text(body, "Texten", allow_personal_data=allow_personal_data, max_length=MAX_YEAR_TEXT)


def _save(store: Store, where: TextPlace, body: str, context: str) -> YearText:
    return year_texts.save(store, where.year, where.section.key, where.area.id if where.area else None, body,
                           where.in_words(), context)


class TextState(NamedTuple):
    place: TextPlace
    length: int  # characters of the text as the report shows it (a default description counts)
    stored: YearText | None
    draft: bool  # holds a draft made from the year's data that nobody has removed the mark of yet
    default: bool  # a priority field's standard description, not yet written for this year


def states(store: Store, year) -> list[TextState]:
    """Every text of a year's report in the report's order, written or not (the section list of the view)."""
    year = validate_year(year)
    written = {(t.section, t.area_id): t for t in year_texts.of_year(store.conn, year)}
    found: list[TextState] = []
    for item in SECTIONS:
        if item.per_area:
            for area, name in areas_of_year(store, year):
                found.append(_state(TextPlace(year, item, area, name), written.get((item.key, area.id))))
        else:
            found.append(_state(TextPlace(year, item), written.get((item.key, None))))
    return found


def _state(where: TextPlace, row: YearText | None) -> TextState:
    body = row.body if row is not None else default_text(where)
    return TextState(where, len(body.strip()), row, draft_marked(body), row is None and bool(body))


def texts_of_year(store: Store, year: int) -> dict[tuple[str, int | None], str]:
    """The report's texts: (section, area id) -> Markdown, the standard descriptions where none is written."""
    return {(state.place.section.key, state.place.area.id if state.place.area else None):
            (state.stored.body if state.stored else default_text(state.place)) for state in states(store, year)}
