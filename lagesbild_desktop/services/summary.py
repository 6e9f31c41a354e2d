"""The yearly summary per area (the numbers behind the report and `lagesbild summary`)."""

from collections import defaultdict

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.isoweek import validate_year, week_of, weeks_in_year
from lagesbild_desktop.domain.summary import AreaYearSummary, summarise_area
from lagesbild_desktop.services.areas import areas_of_year, exists_in
from lagesbild_desktop.store import assessments
from lagesbild_desktop.store.connection import Store


def _grades_by_area(store: Store, year: int) -> dict[int, dict[int, int]]:
    grades: dict[int, dict[int, int]] = defaultdict(dict)
    for row in assessments.for_year(store.conn, year):
        grades[row.area_id][row.week] = row.grade
    return grades


def weeks_considered(year: int) -> int:
    """All weeks of a past year; up to this week in the running year; none in a future year."""
    today = week_of(osenv.today())
    if year < today.year:
        return weeks_in_year(year)
    if year == today.year:
        return today.week
    return 0


def yearly_summary(store: Store, year) -> list[AreaYearSummary]:
    year = validate_year(year)
    this_year = _grades_by_area(store, year)
    last_year = _grades_by_area(store, year - 1)
    considered = weeks_considered(year)
    result = []
    for area, name in areas_of_year(store, year):
        previous = last_year.get(area.id) if exists_in(area, year - 1) else None
        result.append(
            summarise_area(name, year, this_year.get(area.id, {}), previous, weeks_considered=considered)
        )
    return result
