"""Finding Swedish personal identity numbers (personnummer) in free text.

Notes are about places and events, never people, so a note holding a personal number must be caught
before it is stored. The check is: a plausible shape, a real birth date (or coordination-number date)
and a valid Luhn digit, which together keep dates, times and phone numbers from being flagged.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

MASK = "ÅÅMMDD-XXXX"

# In the audit entry of a record whose text holds a personal identity number the user chose to keep:
# an exchange file's log shows the receiving workstation that the number is there on purpose.
KEPT_ON_PURPOSE = "personuppgift sparad på användarens begäran"

# Separators people actually type or paste: '-' and '+', the dashes Word's autocorrect produces
# (en dash, non-breaking hyphen, minus sign ...), optionally with a space around them, or a single
# (non-breaking) space, soft hyphen or zero-width space between date and serial.
_DASHES = "\\-+\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SEPARATOR = rf"(?:[ \u00a0]?[{_DASHES}][ \u00a0]?|[ \u00a0\u00ad\u200b])?"

# [0-9], not \d: \d also matches e.g. Arabic-Indic digits, which int() would then accept.
# The lookarounds refuse a match that continues a longer number: an adjacent digit, or a digit joined
# by a dash or '+' (account numbers, "2019121212-1212"). A space next to a number is ordinary prose
# ("vecka 10 121212-1212") and does not protect it.
_PATTERN = re.compile(
    rf"(?<![0-9])(?<![0-9][{_DASHES}])"
    r"(?:(?P<century>18|19|20)(?P<yy12>[0-9]{2})|(?P<yy10>[0-9]{2}))"
    rf"(?P<mm>[0-9]{{2}})(?P<dd>[0-9]{{2}}){_SEPARATOR}(?P<serial>[0-9]{{4}})"
    rf"(?![0-9])(?![{_DASHES}][0-9])"
)


@dataclass(frozen=True)
class PersonalNumberMatch:
    start: int
    end: int
    text: str


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check over a string of ASCII digits; False for anything else."""
    if not digits or not all("0" <= ch <= "9" for ch in digits):
        return False
    total = 0
    # Double every second digit counting from the right, the check digit itself being undoubled.
    for position, ch in enumerate(reversed(digits)):
        value = int(ch) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _valid_date(century: int | None, yy: int, month: int, day: int) -> bool:
    if day > 60:
        day -= 60  # a coordination number adds 60 to the day of birth
    if not 1 <= month <= 12 or day < 1:
        return False
    if century is not None:
        return day <= calendar.monthrange(century * 100 + yy, month)[1]
    # Without a century, 29 February is possible whenever some century makes the year a leap year.
    leap_possible = yy % 4 == 0
    return day <= calendar.monthrange(2000 if leap_possible else 2001, month)[1]


def _is_personal_number(match: re.Match[str]) -> bool:
    century = match.group("century")
    yy = match.group("yy12") or match.group("yy10")
    if not _valid_date(int(century) if century else None, int(yy), int(match["mm"]), int(match["dd"])):
        return False
    return luhn_valid(yy + match["mm"] + match["dd"] + match["serial"])


def find_personal_numbers(text: str) -> list[PersonalNumberMatch]:
    found = []
    position = 0
    while (match := _PATTERN.search(text, position)) is not None:
        if _is_personal_number(match):
            found.append(PersonalNumberMatch(match.start(), match.end(), match.group()))
            position = match.end()
        else:
            # A rejected candidate may overlap a genuine one that starts one character later.
            position = match.start() + 1
    return found


def contains_personal_number(text: str) -> bool:
    return bool(find_personal_numbers(text))


def mask_personal_numbers(text: str) -> str:
    parts = []
    position = 0
    for match in find_personal_numbers(text):
        parts.append(text[position : match.start])
        parts.append(MASK)
        position = match.end
    parts.append(text[position:])
    return "".join(parts)
