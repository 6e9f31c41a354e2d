"""What goes on each report's pages: gathered by services.reports, laid out by reports/.

A module of its own so that the layout (reports/) and the gathering (services.reports, which
loads the layout only when a PDF is made) both depend on it and not on each other.
"""

import datetime as dt
from typing import NamedTuple

from lagesbild_desktop.domain.measures import Effect
from lagesbild_desktop.domain.summary import AreaYearSummary
from lagesbild_desktop.services.measures import MeasureView
from lagesbild_desktop.services.trends import YearTrends
from lagesbild_desktop.services.weeks import AreaWeek, YearGrid
from lagesbild_desktop.store.incidents import Incident
from lagesbild_desktop.store.measures import FollowUp
from lagesbild_desktop.store.report_texts import PriorityField, WeekNote


class YearlyReport(NamedTuple):
    district: str
    year: int
    made: dt.date
    version: str
    grid: YearGrid
    summaries: list[AreaYearSummary]
    critical: list[Incident]
    trends: YearTrends
    priority_fields: dict[int, PriorityField]
    plan: tuple = ()  # MeasureLine: the measures for the coming year
    followed: tuple = ()  # MeasureLine: this year's measures, with their effect
    # The written texts: (section key, area id or None) -> Markdown (services/year_texts.texts_of_year)
    texts: dict = {}  # a default that is never changed
    category_names: dict = {}  # code -> the Swedish name shown
    # Key figures (Tabell 3): per source, its latest period in the year and the comparison rows
    figures: tuple = ()  # services.key_figures.SourceTables: per source a period, its comparison, its bars
    year_map: object = None  # services.maps.MapPicture of the year's mean; None without boundaries
    places: tuple = ()  # services.places.PlaceYear: the registered places, ranked by the year's incidents
    times: tuple = ()  # (weekday × four-hour counts, incidents without a time) of the calendar year
    recurrence: tuple = (3, 4)  # a place recurs: at least N incidents within M weeks (services.places)

    @property
    def has_grades(self) -> bool:
        return bool(self.grid.cells)


class WeeklyReport(NamedTuple):
    district: str
    year: int
    week: int
    made: dt.date
    version: str
    areas: list[AreaWeek]
    note: WeekNote | None
    measures: "WeekMeasures | None" = None
    figures: tuple = ()  # services.key_figures.SourceTables whose period ends this week (no bars)
    week_map: object = None  # services.maps.MapPicture of the week's grades; None without boundaries
    recurring: tuple = ()  # (area, place, incidents in the M weeks up to the week) of places that recur
    recurrence: tuple = (3, 4)  # at least N incidents within M weeks


class MeasureLine(NamedTuple):
    """A measure in a report: as shown, and its effect so far."""

    item: MeasureView
    effect: Effect


class WeekMeasures(NamedTuple):
    """The action plan in a weekly report."""

    started: list[MeasureView]
    ended: list[MeasureView]
    followed: list[tuple[MeasureView, FollowUp]]
    due: list[MeasureView]


class ActionPlanReport(NamedTuple):
    district: str
    year: int
    made: dt.date
    version: str
    lines: list[MeasureLine]  # the measures of the year, in the plan's order (priority field, start)


class QuarterRow(NamedTuple):
    area: str
    mean: float | None
    previous: float | None  # the quarter before
    last_year: float | None  # the same quarter a year earlier
    graded: int  # weeks graded in the quarter
    high: int  # weeks graded 4 or 5


class QuarterlyReport(NamedTuple):
    district: str
    year: int
    quarter: int
    weeks: range
    made: dt.date
    version: str
    rows: list[QuarterRow]  # worst first
    categories: list[tuple[str, int, int, int]]  # (category, this quarter, the one before, a year earlier)
    measures: list[MeasureLine]
