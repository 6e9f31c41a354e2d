"""The numbers behind the trend charts (and the yearly report's comparisons).

Pure functions over plain values: series indexed by ISO week (index 0 is week 1),
None where nothing was assessed, so that a chart draws a gap, never a zero.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from lagesbild_desktop.domain.isoweek import week_dates, weeks_in_year

Series = list  # list[float | None], one value per ISO week of the year


def weekly_series(grades: Mapping[int, int], weeks: int) -> Series:
    """week -> grade as a list over weeks 1..weeks, None where the week has no grade."""
    return [grades.get(week) for week in range(1, weeks + 1)]


def rolling_mean(series: Series, window: int = 4) -> Series:
    """Mean of the assessed values among each week and the `window - 1` weeks before it.

    Only for weeks that were assessed themselves: a week without a grade is a gap in
    the mean too (the summer break, the weeks still to come), never a carried-on value.
    """
    result: Series = []
    for index in range(len(series)):
        if series[index] is None:
            result.append(None)
            continue
        values = [v for v in series[max(0, index - window + 1): index + 1] if v is not None]
        result.append(sum(values) / len(values))
    return result


class DistrictWeeks(NamedTuple):
    highest: Series  # the highest grade of any area that week
    mean: Series  # the mean over the areas assessed that week


def district_weeks(grades_by_area: Iterable[Mapping[int, int]], weeks: int) -> DistrictWeeks:
    per_week: list[list[int]] = [[] for _ in range(weeks)]
    for grades in grades_by_area:
        for week, grade in grades.items():
            if 1 <= week <= weeks:
                per_week[week - 1].append(grade)
    return DistrictWeeks(
        [max(values) if values else None for values in per_week],
        [sum(values) / len(values) if values else None for values in per_week],
    )


def grade_counts(grades: Mapping[int, int]) -> dict[int, int]:
    """Number of weeks at each grade, keys 1..5 always present."""
    counted = Counter(grades.values())
    return {grade: counted.get(grade, 0) for grade in range(1, 6)}


def week_month(year: int, week: int) -> int:
    """The month an ISO week belongs to: the month of its Thursday (as the week's year is chosen)."""
    monday, _ = week_dates(year, week)
    return (monday + dt.timedelta(days=3)).month


def month_starts(year: int) -> list[tuple[int, int]]:
    """(week, month) for the first week of each month: the hints under a week axis."""
    starts: list[tuple[int, int]] = []
    for week in range(1, weeks_in_year(year) + 1):
        month = week_month(year, week)
        if not starts or starts[-1][1] != month:
            starts.append((week, month))
    return starts


class IncidentCount(NamedTuple):
    category: str
    this_year: int
    last_year: int

    @property
    def change(self) -> int:
        return self.this_year - self.last_year

    @property
    def change_percent(self) -> float | None:
        """Change against last year in per cent; None when last year had none (no base)."""
        return None if self.last_year == 0 else 100 * self.change / self.last_year


def incidents_by_month(dates_and_keys: Iterable[tuple[dt.date, str]], year: int,
                       until_month: int = 12) -> dict[str, list[int]]:
    """key (category or severity) -> incidents in months 1..until_month of the calendar year."""
    result: dict[str, list[int]] = {}
    for day, key in dates_and_keys:
        if day.year == year and day.month <= until_month:
            result.setdefault(key, [0] * until_month)[day.month - 1] += 1
    return result


def same_period(this_year: Iterable[tuple[dt.date, str]], last_year: Iterable[tuple[dt.date, str]],
                year: int, until: dt.date | None = None) -> list[IncidentCount]:
    """Incidents per key this year against the same period of last year (1 January to `until`).

    `until` is the last day counted (the report's date in the running year); for a past year it
    defaults to the whole year. 29 February compares with 28 February in a year without it.
    """
    end = until or dt.date(year, 12, 31)
    try:
        end_last = end.replace(year=year - 1)
    except ValueError:  # 29 February
        end_last = dt.date(year - 1, 2, 28)
    now = Counter(key for day, key in this_year if day.year == year and day <= end)
    before = Counter(key for day, key in last_year if day.year == year - 1 and day <= end_last)
    keys = sorted(set(now) | set(before))
    return [IncidentCount(key, now.get(key, 0), before.get(key, 0)) for key in keys]
