"""What the year grid and the weekly meeting show, read in one go per screen."""

from collections import defaultdict
from typing import NamedTuple

from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import IsoWeek, validate_week, week_dates, weeks_in_year
from lagesbild_desktop.domain.suggest import Suggestion, suggest_grade
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.store import assessments, incidents
from lagesbild_desktop.store.areas import Area
from lagesbild_desktop.store.assessments import Assessment
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.incidents import Incident


class GridCell(NamedTuple):
    grade: int
    version: int  # as read: a write expecting it finds out if someone changed the cell meanwhile


class YearGrid(NamedTuple):
    year: int
    weeks: int
    rows: list[tuple[Area, str]]  # each area of the year with the name it had then, in display order
    cells: dict[tuple[int, int], GridCell]  # (area id, week) -> grade
    critical: frozenset[tuple[int, int]]  # (area id, week) with a critical incident

    def has_critical(self, area_id: int, week: int) -> bool:
        return (area_id, week) in self.critical


def year_grid(store: Store, year) -> YearGrid:
    """What the grid draws for a year; the details of one cell come from `cell_details` when asked for."""
    year, _ = validate_week(year, 1)
    cells = {(area_id, week): GridCell(grade, version)
             for area_id, week, grade, version in assessments.grid_for_year(store.conn, year)}
    return YearGrid(year, weeks_in_year(year), areas_of_year(store, year), cells,
                    frozenset(incidents.critical_cells(store.conn, year)))


def cell_details(store: Store, area_id: int, year: int, week: int) -> tuple[Assessment | None, list[Incident]]:
    """The stored grade (with note, who, when) and the incidents of one area-week, as they are now."""
    return assessments.get(store.conn, area_id, year, week), incidents.for_cell(store.conn, area_id, year, week)


class AreaWeek(NamedTuple):
    area: Area
    name: str
    current: Assessment | None
    last_week: Assessment | None
    incidents: list[Incident]
    suggestion: Suggestion


def previous_week(year: int, week: int) -> IsoWeek:
    if week > 1:
        return IsoWeek(year, week - 1)
    return IsoWeek(year - 1, weeks_in_year(year - 1))


def next_week(year: int, week: int) -> IsoWeek:
    if week < weeks_in_year(year):
        return IsoWeek(year, week + 1)
    return IsoWeek(year + 1, 1)


def week_overview(store: Store, year, week) -> list[AreaWeek]:
    """Every area of the week with last week's grade, this week's incidents and the suggested grade."""
    year, week = validate_week(year, week)
    before = previous_week(year, week)
    this_week = {row.area_id: row for row in assessments.for_week(store.conn, year, week)}
    last_week = {row.area_id: row for row in assessments.for_week(store.conn, *before)}
    by_area: dict[int, list[Incident]] = defaultdict(list)
    for incident in incidents.for_week(store.conn, year, week):
        by_area[incident.area_id].append(incident)
    result = []
    for area, name in areas_of_year(store, year):
        found = by_area.get(area.id, [])
        result.append(AreaWeek(area, name, this_week.get(area.id), last_week.get(area.id), found,
                               suggest_grade(Severity.from_code(i.severity) for i in found)))
    return result


def week_span(year: int, week: int) -> str:
    monday, sunday = week_dates(year, week)
    return f"{monday.isoformat()} – {sunday.isoformat()}"
