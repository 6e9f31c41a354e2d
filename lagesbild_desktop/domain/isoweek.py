"""ISO 8601 weeks: the unit every assessment is recorded in.

The week-year is not always the calendar year (29 Dec 2025 is week 1 of 2026), so code must never
derive a week's year from a date's ``.year``; use ``week_of``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from lagesbild_desktop.errors import InvalidInput

MIN_YEAR = 1900
MAX_YEAR = 2999

_DIGITS = re.compile(r"[0-9]+")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


class IsoWeek(NamedTuple):
    year: int
    week: int


def _as_int(value: object) -> int | None:
    """An int, or a string of ASCII digits, as int; None for anything else (bools included)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        return int(value.strip())
    return None


def validate_year(year: object) -> int:
    number = _as_int(year)
    if number is None:
        raise InvalidInput(f"Ogiltigt år '{year}'")
    if not MIN_YEAR <= number <= MAX_YEAR:
        raise InvalidInput(f"År {number} ligger utanför {MIN_YEAR}–{MAX_YEAR}")
    return number


def weeks_in_year(year: int) -> int:
    # 28 December is always in the year's last ISO week.
    return date(validate_year(year), 12, 28).isocalendar().week


def weeks_of_year(year: int) -> range:
    return range(1, weeks_in_year(year) + 1)


def validate_week(year: object, week: object) -> IsoWeek:
    checked_year = validate_year(year)
    number = _as_int(week)
    if number is None:
        raise InvalidInput(f"Ogiltigt veckonummer '{week}'")
    last = weeks_in_year(checked_year)
    if number < 1:
        raise InvalidInput(f"Vecka {number} finns inte: ange 1–{last}")
    if number > last:
        raise InvalidInput(f"Vecka {number} finns inte år {checked_year} (året har {last} veckor)")
    return IsoWeek(checked_year, number)


def week_of(d: date) -> IsoWeek:
    iso = d.isocalendar()
    return IsoWeek(iso.year, iso.week)


def week_dates(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of the week."""
    checked = validate_week(year, week)
    monday = date.fromisocalendar(checked.year, checked.week, 1)
    return monday, monday + timedelta(days=6)


def parse_date(text: str) -> date:
    """Strict ÅÅÅÅ-MM-DD, the only date format the program writes or reads."""
    match = _ISO_DATE.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise InvalidInput(f"Ogiltigt datum '{text}': skriv ÅÅÅÅ-MM-DD, t.ex. 2024-10-22")
    try:
        parsed = date(*(int(part) for part in match.groups()))
    except ValueError:
        raise InvalidInput(f"Ogiltigt datum '{text}': skriv ÅÅÅÅ-MM-DD, t.ex. 2024-10-22") from None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR or not MIN_YEAR <= week_of(parsed).year <= MAX_YEAR:
        # A four-digit year like 0204 is a typo, not history; refuse it before it reaches a grid. The
        # week-year counts too: 30 and 31 December 2999 lie in week 1 of 3000.
        raise InvalidInput(f"Datum '{text}' ligger utanför åren {MIN_YEAR}–{MAX_YEAR}")
    return parsed
