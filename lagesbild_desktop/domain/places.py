"""Where and when (pure): a place that recurs (at least N incidents within M weeks), and the weekday ×
time-of-day table in six four-hour bands."""

from __future__ import annotations

import datetime as dt

from lagesbild_desktop.errors import InvalidInput

DEFAULT_RECUR_COUNT, DEFAULT_RECUR_WEEKS = 3, 4
BANDS = ("00–04", "04–08", "08–12", "12–16", "16–20", "20–24")
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def parse_time(text: object) -> str | None:
    """A time of day as people write it ("21:30", "21.30", "2130", "9:05"), as HH:MM; None for none.
    InvalidInput in Swedish for anything else."""
    if text is None or not str(text).strip():
        return None
    said = str(text).strip().replace(".", ":")
    if ":" not in said and said.isdigit() and len(said) in (3, 4):
        said = f"{said[:-2]}:{said[-2:]}"
    hours, _, minutes = said.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and 1 <= len(hours) <= 2
            and int(hours) < 24 and int(minutes) < 60):
        raise InvalidInput(f"klockslaget '{str(text)[:20]}' är ogiltigt (skriv TT:MM, t.ex. 21:30)")
    return f"{int(hours):02d}:{minutes}"


def recurs(days: list[dt.date], count: int = DEFAULT_RECUR_COUNT, weeks: int = DEFAULT_RECUR_WEEKS) -> bool:
    """At least `count` incidents within some stretch of `weeks` consecutive weeks (ISO weeks, Monday to
    Sunday): the place keeps coming back, as Brå asks a situation picture to find."""
    if count < 1 or weeks < 1:
        raise InvalidInput("återkommande: minst 1 händelse på minst 1 vecka")
    mondays = sorted(day - dt.timedelta(days=day.weekday()) for day in days)
    for index in range(len(mondays) - count + 1):
        if (mondays[index + count - 1] - mondays[index]).days < 7 * weeks:
            return True
    return False


def band_of(time: str) -> int:
    return int(time[:2]) // 4


def weekday_time_table(incidents: list[tuple[dt.date, str | None]]) -> tuple[list[list[int]], int]:
    """Incidents by weekday (rows, Monday first) and four-hour band (columns); and how many had no time."""
    table = [[0] * len(BANDS) for _ in WEEKDAYS]
    untimed = 0
    for day, time in incidents:
        if time is None:
            untimed += 1
            continue
        table[day.weekday()][band_of(time)] += 1
    return table, untimed
