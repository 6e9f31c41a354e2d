"""The areas' boundaries from the district's GeoJSON: read, matched to the areas by name as the grade import
matches them (exact, then ignoring case and spacing, then a former name; or as --map tells), previewed,
and stored all or nothing, planned again inside the transaction."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lagesbild_desktop.domain.boundaries import Boundary, read_geojson
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.importing import ImportRefused
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import boundaries as store
from lagesbild_desktop.store.connection import Store

MAX_FILE = 200 * 1024 * 1024  # a city's finest units are a few MB; more is no boundary file


class Matched(NamedTuple):
    area_id: int
    area: str  # the area's name here
    named: str  # as the file names it
    polygons: list


class BoundaryPlan(NamedTuple):
    new: list[Matched]
    changed: list[Matched]
    unchanged: list[Matched]
    without: list[str]  # areas of the database the file has no boundary for
    crs: str

    def in_words(self) -> str:
        lines = [f"{len(self.new)} nya, {len(self.changed)} ändrade, {len(self.unchanged)} oförändrade "
                 f"områdesgränser ({self.crs})"]
        for label, items in (("Nya", self.new), ("Ändras", self.changed)):
            if items:
                lines.append(f"{label}: " + "; ".join(item.area + (f" (i filen: {item.named})"
                                                                   if item.named != item.area else "")
                                                      for item in items))
        if self.without:
            lines.append(f"Utan gräns i filen: {'; '.join(self.without)}")
        return "\n".join(lines)


def read_file(db: Store, path: Path | str, *, name_property: str | None = None,
              mapping: dict[str, str] | None = None) -> tuple[list[Matched], str]:
    """Every boundary of the file matched to an area here; ImportRefused naming every problem (a file that
    is no GeoJSON, has no polygons or an unknown coordinate system, a name that matches no area)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise ImportRefused(path.name, ["filen är för stor för en fil med områdesgränser"])
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: filen kan inte läsas ({exc.strerror or exc})") from exc
    read = read_geojson(data, name_property)
    if read.problems:
        raise ImportRefused(path.name, read.problems)
    matched, problems = _match(db, read.boundaries, mapping or {})
    if problems:
        raise ImportRefused(path.name, problems)
    return matched, read.crs


def _match(db: Store, boundaries: list[Boundary], mapping: dict[str, str]) -> tuple[list[Matched], list[str]]:
    folded = {name.casefold(): area for name, area in mapping.items()}
    by_area: dict[int, Matched] = {}
    problems = []
    known = [area.name for area in area_store.all_areas(db.conn)]
    for boundary in boundaries:
        wanted = folded.get(boundary.name.casefold(), boundary.name)
        area = area_store.find(db.conn, wanted)
        if area is None:
            problems.append(f"'{boundary.name}' i filen matchar inget område (områdena: {'; '.join(known)}; "
                            "ange --map NAMN_I_FILEN=OMRÅDE)")
            continue
        held = by_area.get(area.id)
        polygons = (held.polygons if held else []) + boundary.polygons  # "Vällingby" twice: one area
        by_area[area.id] = Matched(area.id, area.name, held.named if held else boundary.name, polygons)
    return list(by_area.values()), problems


def plan(db: Store, matched: list[Matched], crs: str, source: str) -> BoundaryPlan:
    held = store.all_boundaries(db.conn)
    new, changed, unchanged = [], [], []
    for item in matched:
        old = held.get(item.area_id)
        (new if old is None else unchanged if (old.polygons, old.source) == (item.polygons, source)
         else changed).append(item)
    covered = {item.area_id for item in matched}
    without = [area.name for area in area_store.all_areas(db.conn) if area.id not in covered
               and area.retired_from_year is None]
    return BoundaryPlan(new, changed, unchanged, without, crs)


class BoundaryPlanChanged(InvalidInput):
    def __init__(self, name: str, new_plan: BoundaryPlan):
        super().__init__(f"{name}: databasen har ändrats sedan förhandsgranskningen. Inget har sparats: granska "
                         "den nya förhandsgranskningen")
        self.plan = new_plan


def apply(db: Store, matched: list[Matched], crs: str, shown: BoundaryPlan, source: str) -> BoundaryPlan:
    """The plan the user saw, in one transaction, planned again inside it."""
    with db.transaction():
        now = plan(db, matched, crs, source)
        if now != shown:
            raise BoundaryPlanChanged(source, now)
        for item in [*now.new, *now.changed]:
            store.save(db, item.area_id, item.polygons, source, f"Gräns {item.area}", f"gränser {source}")
    return now


def boundaries_by_area(db: Store) -> dict[int, list]:
    """The stored boundaries: area id -> polygons (WGS 84)."""
    return {area_id: held.polygons for area_id, held in store.all_boundaries(db.conn).items()}
