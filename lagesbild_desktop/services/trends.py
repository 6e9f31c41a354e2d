"""What the trend charts show for a year, read in one go (the yearly report reuses it)."""

import datetime as dt
from collections import defaultdict
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.domain import trends
from lagesbild_desktop.domain.isoweek import validate_year, weeks_in_year
from lagesbild_desktop.domain.trends import DistrictWeeks, IncidentCount, Series
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.store import assessments, incidents
from lagesbild_desktop.store.connection import Store


class AreaTrend(NamedTuple):
    area_id: int
    name: str  # the name the area had that year
    series: Series  # grade per ISO week, None where not assessed
    rolling: Series  # rolling 4-week mean
    last_year: Series  # the same area a year earlier, by week number (None where it had none)
    counts: dict[int, int]  # weeks at each grade this year
    last_counts: dict[int, int]  # and last year


class YearTrends(NamedTuple):
    year: int
    weeks: int
    areas: list[AreaTrend]
    district: DistrictWeeks
    last_district: DistrictWeeks
    until: dt.date  # incidents are counted from 1 January to this day, both years
    incidents_by_month: dict[str, list[int]]  # category -> per month, this year
    last_incidents_by_month: dict[str, list[int]]  # the same months last year
    severity_by_month: dict[str, list[int]]  # severity code -> per month, this year
    last_severity_by_month: dict[str, list[int]]  # the same months last year
    incident_counts: list[IncidentCount]  # per category, against the same period last year


def _grades(store: Store, year: int) -> dict[int, dict[int, int]]:
    by_area: dict[int, dict[int, int]] = defaultdict(dict)
    for area_id, week, grade, _version in assessments.grid_for_year(store.conn, year):
        by_area[area_id][week] = grade
    return by_area


def period_end(year: int, today: dt.date) -> dt.date:
    """The last day to count: the whole of a past year, up to today in the running one."""
    if year < today.year:
        return dt.date(year, 12, 31)
    if year == today.year:
        return today
    return dt.date(year, 1, 1) - dt.timedelta(days=1)  # a future year: nothing yet


def year_trends(store: Store, year) -> YearTrends:
    year = validate_year(year)
    weeks = weeks_in_year(year)
    this_year, last_year = _grades(store, year), _grades(store, year - 1)
    rows = []
    for area, name in areas_of_year(store, year):
        series = trends.weekly_series(this_year.get(area.id, {}), weeks)
        rows.append(AreaTrend(
            area.id, name, series, trends.rolling_mean(series),
            trends.weekly_series(last_year.get(area.id, {}), weeks),
            trends.grade_counts(this_year.get(area.id, {})), trends.grade_counts(last_year.get(area.id, {})),
        ))
    until = period_end(year, osenv.today())
    end_last = _same_day_last_year(until)
    # Months and "the same period" go by calendar date, not by ISO week-year.
    now = [(dt.date.fromisoformat(i.date), i.category, i.severity)
           for i in incidents.between(store.conn, f"{year:04d}-01-01", until.isoformat())]
    before_rows = incidents.between(store.conn, f"{year - 1:04d}-01-01", end_last.isoformat())
    before = [(dt.date.fromisoformat(i.date), i.category) for i in before_rows]
    until_month = until.month if until.year == year else 0
    return YearTrends(
        year, weeks, rows,
        trends.district_weeks([this_year.get(row.area_id, {}) for row in rows], weeks),
        # Last year's district as that year's own chart shows it: the areas that existed then.
        trends.district_weeks([last_year.get(area.id, {}) for area, _ in areas_of_year(store, year - 1)], weeks),
        until,
        trends.incidents_by_month([(day, category) for day, category, _ in now], year, until_month),
        trends.incidents_by_month(before, year - 1, until_month),
        trends.incidents_by_month([(day, severity) for day, _, severity in now], year, until_month),
        trends.incidents_by_month([(dt.date.fromisoformat(i.date), i.severity) for i in before_rows], year - 1,
                                  until_month),
        trends.same_period([(day, category) for day, category, _ in now], before, year, until),
    )


def _same_day_last_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return dt.date(day.year - 1, 2, 28)
