"""What the reports show of the action plan: the plan, its follow-up with effects, the week's measures,
and EST's quarterly analysis. Gathered here; laid out by reports/measures.py."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from lagesbild_desktop import __version__, osenv
from lagesbild_desktop.domain import measures as rules
from lagesbild_desktop.domain.isoweek import validate_week, validate_year, week_dates
from lagesbild_desktop.services import measures
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.services.output import write_atomically
from lagesbild_desktop.services.report_contents import (
    ActionPlanReport,
    MeasureLine,
    QuarterlyReport,
    QuarterRow,
    WeekMeasures,
)
from lagesbild_desktop.store import assessments, categories, incidents
from lagesbild_desktop.store.connection import Store


def _plan_order(line: MeasureLine):
    measure = line.item.measure
    return (measure.priority_field or 9, measure.start, measure.title.casefold(), measure.id)


def _in_order(items: list[measures.MeasureView], found: dict) -> list[MeasureLine]:
    return sorted((MeasureLine(item, found[item.id]) for item in items), key=_plan_order)


def _lines(store: Store, items: list[measures.MeasureView], today: dt.date | None = None) -> list[MeasureLine]:
    return _in_order(items, measures.effects(store, items, today=today))


def year_lines(store: Store, year: int) -> list[MeasureLine]:
    """Every measure whose period touches the year, in the plan's order."""
    return _lines(store, [item for item in measures.views(store) if measures.overlaps_year(item.measure, year)])


def yearly_lines(store: Store, year: int) -> tuple[list[MeasureLine], list[MeasureLine]]:
    """The yearly report's "Åtgärdsplan" (measures still to be done that reach into the year after) and
    "Uppföljning av åtgärder" (the year's measures), from one reading of the measures and the grades."""
    items = measures.views(store)
    plan = [item for item in items if measures.overlaps_year(item.measure, year + 1) and item.status in rules.ACTIVE]
    followed = [item for item in items if measures.overlaps_year(item.measure, year)]
    found = measures.effects(store, list({item.id: item for item in plan + followed}.values()))
    return _in_order(plan, found), _in_order(followed, found)


def week_measures(store: Store, year, week) -> WeekMeasures:
    year, week = validate_week(year, week)
    monday, sunday = week_dates(year, week)
    first, last = monday.isoformat(), sunday.isoformat()
    started, ended, followed = [], [], []
    items = measures.views(store)
    for item in items:
        measure = item.measure
        if first <= measure.start <= last:
            started.append(item)
        finished = item.finished_on
        if (measure.end and first <= measure.end <= last) or (finished and first <= finished <= last):
            ended.append(item)
        followed += [(item, done) for done in item.follow_ups if first <= done.date <= last]
    due = [item for item in items if rules.is_due(item.status, item.measure.next_follow_up, sunday)]
    return WeekMeasures(started, ended, sorted(followed, key=lambda pair: pair[1].date), due)


def action_plan_data(store: Store, year) -> ActionPlanReport:
    year = validate_year(year)
    return ActionPlanReport(store.setting("district", ""), year, osenv.today(), __version__, year_lines(store, year))


def _means(grades, weeks: tuple[int, range]) -> dict[int, list[int]]:
    year, span = weeks
    found: dict[int, list[int]] = {}
    for area_id, y, w, grade in grades:
        if y == year and w in span:
            found.setdefault(area_id, []).append(grade)
    return found


def _mean(values: list[int] | None) -> float | None:
    return sum(values) / len(values) if values else None


def quarterly_data(store: Store, year, quarter) -> QuarterlyReport:
    year = validate_year(year)
    try:
        quarter = int(str(quarter).strip())
    except ValueError:
        quarter = 0
    span = rules.quarter_weeks(year, quarter)
    before_year, before_quarter = rules.previous_quarter(year, quarter)
    quarters = {"now": (year, span), "before": (before_year, rules.quarter_weeks(before_year, before_quarter)),
                "last_year": (year - 1, rules.quarter_weeks(year - 1, quarter))}
    grades = assessments.grades_between(store.conn, (year - 1, 1), (year, span[-1]))
    means = {name: _means(grades, weeks) for name, weeks in quarters.items()}
    rows = []
    for area, name in areas_of_year(store, year):
        now = means["now"].get(area.id, [])
        rows.append(QuarterRow(name, _mean(now), _mean(means["before"].get(area.id)),
                               _mean(means["last_year"].get(area.id)), len(now), sum(1 for g in now if g >= 4)))
    rows.sort(key=lambda row: (row.mean is None, -(row.mean or 0), -row.high, row.area))
    happened = {y: incidents.for_year(store.conn, y) for y in {y for y, _weeks in quarters.values()}}  # each year once
    counted = {name: Counter(i.category for i in happened[y] if i.week in weeks)
               for name, (y, weeks) in quarters.items()}
    names = {c.code: c.name_sv for c in categories.all_categories(store.conn, include_inactive=True)}
    codes = sorted(set().union(*counted.values()), key=lambda code: (-counted["now"][code], names.get(code, code)))
    table = [(names.get(code, code), counted["now"][code], counted["before"][code], counted["last_year"][code])
             for code in codes]
    first_day = dt.date.fromisocalendar(year, span[0], 1)
    last_day = dt.date.fromisocalendar(year, span[-1], 7)
    active = []
    for item in measures.views(store):
        end = rules.effective_end(item.measure.end, item.finished_on)  # completed or cancelled: no longer running
        if item.measure.start <= last_day.isoformat() and (end is None or end >= first_day.isoformat()):
            active.append(item)
    effects_until = min(osenv.today(), last_day)
    return QuarterlyReport(store.setting("district", ""), year, quarter, span, osenv.today(), __version__, rows, table,
                           _lines(store, active, effects_until))


def make_action_plan_report(store: Store, year, out: Path | str) -> Path:
    data = action_plan_data(store, year)
    from lagesbild_desktop.reports.measures import build_action_plan  # reportlab: when a report is made

    return write_atomically(lambda target: build_action_plan(data, target), out, "Rapporten")


def make_quarterly_report(store: Store, year, quarter, out: Path | str) -> Path:
    data = quarterly_data(store, year, quarter)
    from lagesbild_desktop.reports.measures import build_quarterly

    return write_atomically(lambda target: build_quarterly(data, target), out, "Rapporten")
