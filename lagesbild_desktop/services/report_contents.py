"""What goes on each report's pages: gathered by services.reports, laid out by reports/.

A module of its own so that the layout (reports/) and the gathering (services.reports, which
loads the layout only when a PDF is made) both depend on it and not on each other.
"""

import datetime as dt
from typing import NamedTuple

from lagesbild_desktop.domain.summary import AreaYearSummary
from lagesbild_desktop.services.trends import YearTrends
from lagesbild_desktop.services.weeks import AreaWeek, YearGrid
from lagesbild_desktop.store.incidents import Incident
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
