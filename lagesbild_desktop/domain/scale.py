"""The five-step grading scale (the yearly report's "Tabell 1") and its colours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from lagesbild_desktop.errors import InvalidInput

GRADES = (1, 2, 3, 4, 5)

_HEX_COLOUR = re.compile(r"#?([0-9a-fA-F]{6})")
_GRADE_TEXT = re.compile(r"[1-5]")
_TEXT_FIELDS = ("name_sv", "name_en", "definition_sv", "definition_en")


def _is_english(lang: str) -> bool:
    # Swedish is the default language; anything that is not English (en, en_GB...) falls back to it.
    return lang.lower().startswith("en")


class GradeLevel(NamedTuple):
    value: int
    name_sv: str
    name_en: str
    definition_sv: str
    definition_en: str
    fill: str
    text: str

    def name(self, lang: str = "sv") -> str:
        return self.name_en if _is_english(lang) else self.name_sv

    def definition(self, lang: str = "sv") -> str:
        return self.definition_en if _is_english(lang) else self.definition_sv

    def label(self, lang: str = "sv") -> str:
        # The digit always comes with the name: colour must never carry the grade alone.
        return f"{self.value} {self.name(lang)}"


class Scale:
    """The five levels in order. (NamedTuples and a plain class here: these modules load
    before the window's first paint, and a frozen dataclass costs ten times as much to define.)"""

    __slots__ = ("levels",)

    def __init__(self, levels: tuple[GradeLevel, ...]):
        # level() indexes by position, so the invariant is checked once here.
        if tuple(level.value for level in levels) != GRADES:
            raise InvalidInput("Ogiltig skala: nivåerna ska vara 1–5 i ordning, en gång var")
        self.levels = tuple(levels)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Scale) and other.levels == self.levels

    def __hash__(self) -> int:
        return hash(self.levels)

    def __repr__(self) -> str:
        return f"Scale({self.levels!r})"

    def level(self, grade: int) -> GradeLevel:
        return self.levels[parse_grade(grade) - 1]

    def __iter__(self) -> Iterator[GradeLevel]:
        return iter(self.levels)

    def __len__(self) -> int:
        return len(self.levels)


def parse_grade(value: object) -> int:
    """A grade from user input: the int 1–5 or a string holding exactly one such digit."""
    # bool is an int subclass; True must not silently become grade 1.
    if isinstance(value, int) and not isinstance(value, bool) and value in GRADES:
        return value
    if isinstance(value, str) and _GRADE_TEXT.fullmatch(value.strip()):
        return int(value.strip())
    raise InvalidInput(f"Ogiltig bedömning '{value}': ange en siffra 1–5")


def normalise_colour(value: object) -> str | None:
    """'#rrggbb', 'RRGGBB'... as '#RRGGBB'; None when it is not a six-digit hex colour."""
    if not isinstance(value, str):
        return None
    match = _HEX_COLOUR.fullmatch(value.strip())
    return f"#{match.group(1).upper()}" if match else None


def _level_from_entry(entry: object, index: int) -> GradeLevel:
    if not isinstance(entry, dict):
        raise InvalidInput(f"Ogiltig skala: post {index} är inte ett objekt med grade, namn och färger")
    if "grade" not in entry:
        raise InvalidInput(f"Ogiltig skala: post {index} saknar 'grade'")
    try:
        grade = parse_grade(entry["grade"])
    except InvalidInput:
        raise InvalidInput(f"Ogiltig skala: okänd bedömning '{entry['grade']}' (ska vara 1–5)") from None
    texts: dict[str, str] = {}
    for field in _TEXT_FIELDS:
        value = entry.get(field)
        if not isinstance(value, str):
            raise InvalidInput(f"Ogiltig skala: bedömning {grade} saknar text i '{field}'")
        # Names are shown in every cell's accessible name, so an empty one is an error; a definition may
        # legitimately be left blank by a district that does not use one.
        if field.startswith("name") and not value.strip():
            raise InvalidInput(f"Ogiltig skala: bedömning {grade} har tomt '{field}'")
        texts[field] = value.strip()
    colours: dict[str, str] = {}
    for field in ("fill", "text"):
        colour = normalise_colour(entry.get(field))
        if colour is None:
            raise InvalidInput(
                f"Ogiltig skala: färgen '{entry.get(field)}' i '{field}' för bedömning {grade} "
                "är ingen hexfärg som #00B050"
            )
        colours[field] = colour
    return GradeLevel(value=grade, **texts, **colours)


def scale_from_dict(data: dict) -> Scale:
    """Build and validate a scale from the parsed scale.json (``{"grades": [...]}``)."""
    entries = data.get("grades") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InvalidInput("Ogiltig skala: 'grades' saknas eller är ingen lista")
    levels: dict[int, GradeLevel] = {}
    for index, entry in enumerate(entries, start=1):
        level = _level_from_entry(entry, index)
        if level.value in levels:
            raise InvalidInput(f"Ogiltig skala: bedömning {level.value} förekommer mer än en gång")
        levels[level.value] = level
    for grade in GRADES:
        if grade not in levels:
            raise InvalidInput(f"Ogiltig skala: bedömning {grade} saknas")
    return Scale(tuple(levels[grade] for grade in GRADES))


def _relative_luminance(colour: str) -> float:
    normalised = normalise_colour(colour)
    if normalised is None:
        raise InvalidInput(f"Ogiltig färg '{colour}': skriv en hexfärg som #00B050")
    channels = [int(normalised[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    # WCAG 2.1 linearisation of sRGB (the spec's 0.03928 threshold).
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.1 contrast ratio, 1.0 to 21.0, independent of which colour is the lighter."""
    lighter, darker = sorted((_relative_luminance(fg), _relative_luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
