"""Measures of the action plan (åtgärdsplan): their states, and their effect on the grades (pure).

The effect is an association, never proof: the mean grade of a measure's areas in the weeks before
it started against the same number of weeks from its start, beside the same weeks in the district's
other areas (a comparison group, as in a difference-in-differences), so that a change the whole
district saw is not credited to the measure.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from lagesbild_desktop.domain.isoweek import IsoWeek, week_of, weeks_in_year
from lagesbild_desktop.errors import InvalidInput

STATUSES = ("planerad", "pågår", "genomförd", "avbruten")
ACTIVE = ("planerad", "pågår")  # a measure still to be carried out or followed up
TERMS = ("kort", "lång")
EFFECT_WEEKS = 8  # weeks before and after a measure's start that its effect compares
MIN_GRADED_WEEKS = 4  # fewer graded weeks on a side than this: too few to tell anything
MAX_TITLE = 200
STATUS_EN = {"planerad": "planned", "pågår": "ongoing", "genomförd": "completed", "avbruten": "cancelled"}


def parse_status(value: object) -> str:
    text = str(value or "").strip().casefold()
    aliases = {"pagar": "pågår", "genomford": "genomförd", **{en: sv for sv, en in STATUS_EN.items()}}
    text = aliases.get(text, text)
    if text not in STATUSES:
        raise InvalidInput(f"Okänd status '{value}': ange {', '.join(STATUSES)}")
    return text


def parse_term(value: object) -> str:
    text = str(value or "").strip().casefold()
    text = {"lang": "lång", "short": "kort", "long": "lång"}.get(text, text)
    if text not in TERMS:
        raise InvalidInput(f"Okänd tidshorisont '{value}': ange kort eller lång")
    return text


def status_after(last: str | None) -> str:
    """A measure's status: its latest follow-up's, 'planerad' before the first. The latest is by the
    follow-up's date, then by when it was recorded (store/measures.follow_ups orders them so): one
    entered afterwards for an earlier day does not undo a newer one; of two on one day, the last counts."""
    return last or "planerad"


def is_due(status: str, next_follow_up: str | None, until: dt.date) -> bool:
    """A measure still active whose next follow-up falls on or before `until` (a week's Sunday)."""
    return status in ACTIVE and bool(next_follow_up) and dt.date.fromisoformat(next_follow_up) <= until


# -- quarters (EST: weeks 1–13, 14–26, 27–39, 40 to the year's end) -----------------------------------

def quarter_weeks(year: int, quarter: int) -> range:
    if quarter not in (1, 2, 3, 4):
        raise InvalidInput(f"Kvartal '{quarter}' finns inte: ange 1–4")
    first = 1 + 13 * (quarter - 1)
    last = weeks_in_year(year) if quarter == 4 else first + 12
    return range(first, last + 1)


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


# -- effect ---------------------------------------------------------------------------------------------

def _monday(week: IsoWeek) -> dt.date:
    return dt.date.fromisocalendar(week.year, week.week, 1)


def effect_weeks(start: dt.date, end: dt.date | None, today: dt.date,
                 n: int = EFFECT_WEEKS) -> tuple[list[IsoWeek], list[IsoWeek]]:
    """(the weeks before, the weeks after) a measure's start, as many on each side.

    After: the week it starts and those following, N of them, or fewer when it ended earlier or the
    weeks have not come yet. Before: as many weeks just before its start week."""
    first = _monday(week_of(start))
    last = _monday(week_of(today))
    if end is not None:
        last = min(last, _monday(week_of(end)))
    count = max(0, min(n, (last - first).days // 7 + 1))
    after = [week_of(first + dt.timedelta(weeks=k)) for k in range(count)]
    before = [week_of(first - dt.timedelta(weeks=k)) for k in range(count, 0, -1)]
    return before, after


class Effect(NamedTuple):
    weeks: int  # on each side
    before: tuple[IsoWeek, IsoWeek] | None  # first and last week of each side
    after: tuple[IsoWeek, IsoWeek] | None
    before_mean: float | None
    after_mean: float | None
    others_before_mean: float | None
    others_after_mean: float | None
    difference: float | None  # the areas' change minus the others' change
    graded_weeks_before: int  # weeks with a grade in the measure's areas
    graded_weeks_after: int
    incidents_before: int
    incidents_after: int
    others_incidents_before: int
    others_incidents_after: int

    @property
    def too_few(self) -> bool:
        return min(self.graded_weeks_before, self.graded_weeks_after) < MIN_GRADED_WEEKS

    def as_dict(self) -> dict:
        def week(item):
            return f"{item.year}-W{item.week:02d}"  # ISO 8601's week notation

        return {
            "weeks": self.weeks,
            "before_period": [week(item) for item in self.before] if self.before else None,
            "after_period": [week(item) for item in self.after] if self.after else None,
            "before_mean": _two(self.before_mean), "after_mean": _two(self.after_mean),
            "others_before_mean": _two(self.others_before_mean), "others_after_mean": _two(self.others_after_mean),
            "difference": _two(self.difference),
            "graded_weeks_before": self.graded_weeks_before, "graded_weeks_after": self.graded_weeks_after,
            "too_few_weeks": self.too_few,
            "incidents_before": self.incidents_before, "incidents_after": self.incidents_after,
            "others_incidents_before": self.others_incidents_before,
            "others_incidents_after": self.others_incidents_after,
        }


def _two(value: float | None) -> float | None:
    return None if value is None else round(value + 0.0, 2)


class WeekIndex(NamedTuple):
    """Grades and incidents by (year, week), with each week's totals: a measure then reads only its own
    weeks and its own areas, and the other areas are the week's total less its own."""

    grades: dict[tuple[int, int], dict[int, int]]  # (year, week) -> {area id: grade}
    grade_totals: dict[tuple[int, int], tuple[int, int]]  # (year, week) -> (sum of grades, number of grades)
    incidents: dict[tuple[int, int], Counter]  # (year, week) -> incidents per area id


def index_weeks(grades: Iterable[tuple[int, int, int, int]], incidents: Iterable[tuple[int, int, int]]) -> WeekIndex:
    """grades: (area id, year, week, grade), one per area and week; incidents: (area id, year, week)."""
    by_week: dict[tuple[int, int], dict[int, int]] = {}
    for area, year, week, grade in grades:
        by_week.setdefault((year, week), {})[area] = grade
    totals = {week: (sum(found.values()), len(found)) for week, found in by_week.items()}
    happened: dict[tuple[int, int], Counter] = {}
    for area, year, week in incidents:
        happened.setdefault((year, week), Counter())[area] += 1
    return WeekIndex(by_week, totals, happened)


NO_WEEKS = WeekIndex({}, {}, {})


def effect(areas: set[int], before: list[IsoWeek], after: list[IsoWeek], weeks: WeekIndex) -> Effect:
    """The effect over the given weeks, from every area's grades and incidents in them. A measure
    without areas has no comparison: every number is empty."""
    sums = {(mine, name): [0, 0] for mine in (True, False) for name in ("before", "after")}  # sum, number
    graded = {"before": 0, "after": 0}
    counts = {(mine, name): 0 for mine in (True, False) for name in ("before", "after")}
    for name, side in (("before", before), ("after", after)):
        if not areas:
            break
        for week in side:
            found = weeks.grades.get(week)
            if found:
                mine = [found[area] for area in areas if area in found]
                total, number = weeks.grade_totals[week]
                sums[(True, name)][0] += sum(mine)
                sums[(True, name)][1] += len(mine)
                sums[(False, name)][0] += total - sum(mine)
                sums[(False, name)][1] += number - len(mine)
                graded[name] += bool(mine)
            happened = weeks.incidents.get(week)
            if happened:
                here = sum(happened[area] for area in areas)
                counts[(True, name)] += here
                counts[(False, name)] += happened.total() - here
    means = {key: total / number if number else None for key, (total, number) in sums.items()}
    parts = (means[(True, "before")], means[(True, "after")], means[(False, "before")], means[(False, "after")])
    difference = None if None in parts else (parts[1] - parts[0]) - (parts[3] - parts[2])
    return Effect(len(after), (before[0], before[-1]) if before else None, (after[0], after[-1]) if after else None,
                  *parts, difference, graded["before"], graded["after"],
                  counts[(True, "before")], counts[(True, "after")], counts[(False, "before")],
                  counts[(False, "after")])


def effective_end(end: str | None, finished: str | None) -> str | None:
    """Where the effect's weeks stop: the planned end, or the day it was completed or cancelled if earlier."""
    return min(item for item in (end, finished) if item) if end or finished else None


def effect_in_words(found: Effect, has_areas: bool) -> str:
    """Swedish sentences: what the grades and incidents say, and that it is an association, not proof."""
    if not has_areas:
        return "Åtgärden gäller inga områden: ingen jämförelse av bedömningar."
    if found.weeks == 0:
        return "Åtgärden har inte börjat: inga veckor att jämföra ännu."
    return (f"{_grades_in_words(found)} {_incidents_in_words(found)} Ett samband, inte ett bevis för att åtgärden "
            "verkade: annat kan ha ändrats under samma veckor.")


def _incidents_in_words(found: Effect) -> str:
    return (f"Händelser i åtgärdens områden: {found.incidents_before} före och {found.incidents_after} efter "
            f"(övriga områden: {found.others_incidents_before} och {found.others_incidents_after}).")


def _grades_in_words(found: Effect) -> str:
    if found.too_few:
        return (f"För få bedömda veckor för att säga något ({found.graded_weeks_before} före och "
                f"{found.graded_weeks_after} efter starten; minst {MIN_GRADED_WEEKS} på varje sida behövs).")
    if found.difference is None:
        return "Övriga områden saknar bedömningar under samma veckor: ingen jämförelse."
    change = found.after_mean - found.before_mean  # type: ignore[operator]
    others = found.others_after_mean - found.others_before_mean  # type: ignore[operator]
    direction = ("lägre än i övriga" if found.difference < 0 else "högre än i övriga" if found.difference > 0
                 else "samma som i övriga")
    return (f"Medelbedömningen ändrades med {_signed(change)} i åtgärdens områden och {_signed(others)} i övriga "
            f"områden under samma {found.weeks} veckor: skillnaden {_signed(found.difference)} ({direction}).")


def _signed(value: float) -> str:
    value = round(value, 2) + 0.0  # no "-0,00"
    return f"{value:+.2f}".replace(".", ",")  # a plain minus, as in the reports: a search finds both
