"""What the map shows (no Qt): each area with a boundary, coloured by the week's grade, the year's mean
grade, or the year's number of incidents, with the digit or number written in it and a legend. The
window's Karta view, the PNG export and the reports draw the same picture (ui/map_picture.py)."""

from __future__ import annotations

from typing import NamedTuple

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.isoweek import validate_week, validate_year
from lagesbild_desktop.domain.key_figures import format_number
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.store import assessments, incidents
from lagesbild_desktop.store import boundaries as boundary_store
from lagesbild_desktop.store.connection import Store

WEEK, MEAN, INCIDENTS = "week", "mean", "incidents"
NO_GRADE_FILL, NO_GRADE_TEXT = "#E8E8E8", "#404040"
PLACE_FILL = "#202124"
# Incidents per area: white to dark blue in five steps (the legend gives each step's range).
INCIDENT_FILLS = ("#F1F6FB", "#C6DBEF", "#85B6DC", "#3F7FBF", "#1F4E79")


class MapArea(NamedTuple):
    area_id: int
    name: str
    polygons: list  # WGS 84 (domain/boundaries.py)
    fill: str
    text_colour: str
    text: str  # written in the area: the grade's digit, the mean ("2,4"), the count; "–" for none
    detail: str  # a sentence for a tooltip or a screen reader


class MapPlace(NamedTuple):
    name: str
    lon: float
    lat: float
    incidents: int  # this year's: the marker's size
    recurs: bool


class MapPicture(NamedTuple):
    title: str
    areas: list[MapArea]
    legend: list[tuple[str, str]]  # (fill, text)
    without_boundary: list[str]  # the year's areas that have no boundary (named under the map)
    places: list[MapPlace] = []  # registered places with coordinates (a default never changed)


def has_boundaries(db: Store) -> bool:
    return boundary_store.any_boundary(db.conn)


def week_map(db: Store, year, week) -> MapPicture:
    """The week's grades in the scale's colours, the digit in each area."""
    year, week = validate_week(year, week)
    grades = {row.area_id: row.grade for row in assessments.for_week(db.conn, year, week)}
    scale = shipped.scale()

    def paint(area_id: int, name: str) -> tuple[str, str, str, str]:
        grade = grades.get(area_id)
        if grade is None:
            return NO_GRADE_FILL, NO_GRADE_TEXT, "–", f"{name}: ingen bedömning vecka {week}"
        level = scale.level(grade)
        return level.fill, level.text, str(grade), f"{name}: {level.label()} vecka {week}"

    legend = [(level.fill, level.label()) for level in scale] + [(NO_GRADE_FILL, "ingen bedömning")]
    return _picture(db, year, f"Vecka {week} {year}", paint, legend)


def mean_map(db: Store, year) -> MapPicture:
    """The year's mean grade per area, coloured by the mean rounded to a grade, the mean written in it."""
    year = validate_year(year)
    scale = shipped.scale()
    sums: dict[int, list[int]] = {}
    for row in assessments.for_year(db.conn, year):
        sums.setdefault(row.area_id, []).append(row.grade)

    def paint(area_id: int, name: str) -> tuple[str, str, str, str]:
        grades = sums.get(area_id)
        if not grades:
            return NO_GRADE_FILL, NO_GRADE_TEXT, "–", f"{name}: inga bedömningar {year}"
        mean = sum(grades) / len(grades)
        level = scale.level(min(5, max(1, int(mean + 0.5))))  # half up: 2,5 is drawn as 3
        shown = format_number(mean, 1)
        return level.fill, level.text, shown, f"{name}: medel {shown} över {len(grades)} veckor {year}"

    legend = [(level.fill, f"{level.label()} (medel {_mean_range(level.value)})") for level in scale]
    return _picture(db, year, f"Medelbedömning {year}", paint, legend + [(NO_GRADE_FILL, "inga bedömningar")])


def _mean_range(grade: int) -> str:
    low = "1,0" if grade == 1 else f"{grade - 0.5:.1f}".replace(".", ",")
    high = "5,0" if grade == 5 else f"{grade + 0.49:.2f}".replace(".", ",")[:-1]
    return f"{low}–{high}"


def incident_map(db: Store, year) -> MapPicture:
    """The year's incidents per area, in five shades, the number written in each area."""
    year = validate_year(year)
    counts: dict[int, int] = {}
    for incident in incidents.for_year(db.conn, year):
        counts[incident.area_id] = counts.get(incident.area_id, 0) + 1
    highest = max(counts.values(), default=0)
    steps = [max(1, -(-highest * (index + 1) // len(INCIDENT_FILLS))) for index in range(len(INCIDENT_FILLS))]

    def step_of(count: int) -> int:
        return next(index for index, top in enumerate(steps) if count <= top)

    def paint(area_id: int, name: str) -> tuple[str, str, str, str]:
        count = counts.get(area_id, 0)
        index = step_of(count) if count else 0
        return (INCIDENT_FILLS[index] if count else "#FFFFFF", "#FFFFFF" if index >= 3 else "#000000", str(count),
                f"{name}: {count} händelser {year}")

    legend, low = [], 1
    for index, top in enumerate(steps):
        if top >= low:
            legend.append((INCIDENT_FILLS[index], f"{low}–{top}" if top > low else str(low)))
            low = top + 1
    return _picture(db, year, f"Händelser {year}", paint, [("#FFFFFF", "0"), *legend])


def _picture(db: Store, year: int, title: str, paint, legend: list[tuple[str, str]]) -> MapPicture:
    held = boundary_store.all_boundaries(db.conn)
    district = db.setting("district", "")
    made, without = [], []
    for area, name in areas_of_year(db, year):
        boundary = held.get(area.id)
        if boundary is None:
            without.append(name)
            continue
        fill, text_colour, text, detail = paint(area.id, name)
        made.append(MapArea(area.id, name, boundary.polygons, fill, text_colour, text, detail))
    from lagesbild_desktop.services.places import places_of_year
    from lagesbild_desktop.store.places import all_places

    # The year's incidents are counted per place only when some place can be drawn (has coordinates).
    drawn = any(place.lat is not None for place in all_places(db.conn))
    marked = [MapPlace(item.place.name, item.place.lon, item.place.lat, item.this_year, item.recurs)
              for item in (places_of_year(db, year) if drawn else []) if item.place.lat is not None]
    if marked:
        legend = [*legend, (PLACE_FILL, "plats (storlek efter årets händelser; ring: återkommande)")]
    return MapPicture(" ".join(part for part in (district, title) if part), made, legend, without, marked)
