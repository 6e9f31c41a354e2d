"""The sections of the yearly lokal lägesbild that people write (pure, no I/O).

Each has a key (the command line's `--section`), a title (the report's heading) and whether it is
written per area. A priority field's standard description ("Beskrivning av området") is a section
too, one per field; its checkbox and comment are the priority field's own record.
"""

from __future__ import annotations

from typing import NamedTuple

from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.errors import InvalidInput

MAX_YEAR_TEXT = 200_000  # characters: several pages of a report, far below what SQLite or Word mind
AREA_SECTION = "omrade"
FIELD_PREFIX = "prioriterat-"


class Section(NamedTuple):
    key: str
    title: str
    per_area: bool = False
    field: int | None = None  # a priority field's description


SECTIONS: tuple[Section, ...] = (
    Section("sammantagen", "Sammantagen bedömning"),
    Section("inledning", "Inledning"),
    Section("syfte", "Syfte"),
    Section(AREA_SECTION, "Beskrivning per område", per_area=True),
    Section("brottslighet", "Beskrivning av brottsligheten"),
    *(Section(f"{FIELD_PREFIX}{field.number}", f"{field.number}. {field.name_sv}", field=field.number)
      for field in PRIORITY_FIELDS),
    Section("kallor", "Källor"),
)
BY_KEY = {section.key: section for section in SECTIONS}


def section(key: object) -> Section:
    """The section a key names; InvalidInput naming the keys there are."""
    found = BY_KEY.get(str(key).strip().lower()) if isinstance(key, str) else None
    if found is None:
        raise InvalidInput(f"Okänt avsnitt '{key}': ange något av {', '.join(SECTIONS_IN_WORDS)}")
    return found


SECTIONS_IN_WORDS = tuple(s.key for s in SECTIONS if s.field is None) + (f"{FIELD_PREFIX}1 … {FIELD_PREFIX}5",)


def field_section(number: int) -> str:
    return f"{FIELD_PREFIX}{number}"


def problems(value: dict) -> list[str]:
    """The section and area rules of a stored text (the text's own rules are records.py's)."""
    key = value.get("section")
    if not isinstance(key, str) or key not in BY_KEY:
        return [f"avsnittet '{str(key)[:40]}' är okänt"]
    has_area = value.get("area_id") is not None
    if BY_KEY[key].per_area and not has_area:
        return ["en områdestext saknar område"]
    if not BY_KEY[key].per_area and has_area:
        return [f"avsnittet '{key}' skrivs inte per område"]
    return []
