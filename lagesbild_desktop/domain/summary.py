"""One area's year in numbers: the yearly report's per-area line and its comparison with last year."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lagesbild_desktop.domain.isoweek import validate_week, validate_year, weeks_in_year
from lagesbild_desktop.domain.scale import GRADES, parse_grade
from lagesbild_desktop.errors import InvalidInput

TREND_EN = {"förbättrat": "improved", "försämrat": "worsened", "oförändrat": "unchanged"}


@dataclass(frozen=True)
class AreaYearSummary:
    area: str
    year: int
    weeks_in_year: int
    weeks_considered: int
    weeks_assessed: int
    weeks_missing: int
    mean: float | None
    counts: dict[int, int]
    highest: int | None
    highest_weeks: tuple[int, ...]
    previous_mean: float | None
    change: float | None
    trend: str | None


def _checked(year: int, grades: Mapping[int, int]) -> dict[int, int]:
    checked: dict[int, int] = {}
    for week, grade in grades.items():
        checked[validate_week(year, week).week] = parse_grade(grade)
    return checked


def _mean(grades: Mapping[int, int]) -> float | None:
    return sum(grades.values()) / len(grades) if grades else None


def _trend(change: float | None) -> str | None:
    if change is None:
        return None
    # A lower grade is a calmer situation, so a falling mean is an improvement.
    if change < 0:
        return "förbättrat"
    if change > 0:
        return "försämrat"
    return "oförändrat"


def summarise_area(
    area: str,
    year: int,
    grades: Mapping[int, int],
    previous: Mapping[int, int] | None = None,
    weeks_considered: int | None = None,
) -> AreaYearSummary:
    """Summarise ``grades`` (week -> grade) for ``year``; ``previous`` holds last year's grades.

    ``weeks_considered`` is how many weeks from week 1 the area should have been assessed in (fewer
    than the whole year for the running year); it only affects ``weeks_missing``.
    """
    year = validate_year(year)
    total_weeks = weeks_in_year(year)
    considered = total_weeks if weeks_considered is None else weeks_considered
    if isinstance(considered, bool) or not isinstance(considered, int) or not 0 <= considered <= total_weeks:
        raise InvalidInput(
            f"Ogiltigt antal veckor '{weeks_considered}': år {year} har 0–{total_weeks} veckor"
        )
    current = _checked(year, grades)
    before = _checked(year - 1, previous) if previous else {}

    mean = _mean(current)
    previous_mean = _mean(before)
    change = None
    if mean is not None and previous_mean is not None:
        # Adding 0.0 turns a rounded -0.0 into 0.0, so "no change" never prints as "-0.0".
        change = round(mean - previous_mean, 2) + 0.0
    highest = max(current.values(), default=None)
    assessed_in_range = sum(1 for week in current if week <= considered)
    return AreaYearSummary(
        area=area,
        year=year,
        weeks_in_year=total_weeks,
        weeks_considered=considered,
        weeks_assessed=len(current),
        weeks_missing=max(0, considered - assessed_in_range),
        mean=mean,
        counts={grade: sum(1 for g in current.values() if g == grade) for grade in GRADES},
        highest=highest,
        highest_weeks=tuple(sorted(week for week, grade in current.items() if grade == highest)),
        previous_mean=previous_mean,
        change=change,
        trend=_trend(change),
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def to_dict(s: AreaYearSummary) -> dict:
    """A JSON-friendly dict (string keys throughout, means rounded to 2 decimals)."""
    return {
        "area": s.area,
        "year": s.year,
        "weeks_in_year": s.weeks_in_year,
        "weeks_considered": s.weeks_considered,
        "weeks_assessed": s.weeks_assessed,
        "weeks_missing": s.weeks_missing,
        "mean": _rounded(s.mean),
        "counts": {str(grade): s.counts[grade] for grade in GRADES},
        "highest": s.highest,
        "highest_weeks": list(s.highest_weeks),
        "previous_mean": _rounded(s.previous_mean),
        "change": s.change,
        "trend": s.trend,
    }
