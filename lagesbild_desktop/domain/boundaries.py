"""Area boundaries from a GeoJSON file the district provides (the city's open data for its districts or
smaller units), in WGS 84 or SWEREF 99 TM (EPSG:3006): read, checked, and held as WGS 84 polygons (pure
apart from pyproj, loaded only for a file in SWEREF 99 TM).

A boundary is a list of polygons; a polygon a list of rings, the outer ring first and its holes after;
a ring a list of [longitude, latitude] with the first point repeated last, as GeoJSON has them. An area
may come as a MultiPolygon, or as several features with the same name: their polygons are one boundary.
"""

from __future__ import annotations

import json
import math
from typing import NamedTuple

WGS84, SWEREF99TM = "WGS 84", "SWEREF 99 TM"
# Where a name is looked for when --name-property is not given: common names in the cities' open data.
NAME_PROPERTIES = ("namn", "name", "NAMN", "NAME", "Namn", "Name", "omrade", "område", "OMRADE", "stadsdel",
                   "stadsdelsomrade", "stadsdelsområde", "STADSDELSOMRADE", "sdo_namn", "SDO_NAMN", "label")
DECIMALS = 6  # about 0.1 m: more is noise, and every stored digit travels in exchange files

Ring = list[list[float]]
Polygon = list[Ring]


class Boundary(NamedTuple):
    name: str  # as the file names it
    polygons: list[Polygon]  # WGS 84, [longitude, latitude]


class BoundaryRead(NamedTuple):
    boundaries: list[Boundary]
    crs: str
    name_property: str
    problems: list[str]


def read_geojson(data: bytes | str, name_property: str | None = None) -> BoundaryRead:
    """Every area's polygons from a GeoJSON FeatureCollection, in WGS 84; every problem named in Swedish
    (with the feature's number and name), none of the boundaries usable when there is one."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        return BoundaryRead([], "", "", [f"filen är inte GeoJSON (inte läsbar som JSON: {str(exc)[:80]})"])
    if not isinstance(document, dict) or document.get("type") not in ("FeatureCollection", "Feature"):
        return BoundaryRead([], "", "", ["filen är inte GeoJSON (ingen FeatureCollection)"])
    features = document.get("features") if document.get("type") == "FeatureCollection" else [document]
    if not isinstance(features, list):
        return BoundaryRead([], "", "", ["filen är inte GeoJSON ('features' är ingen lista)"])
    problems: list[str] = []
    named = name_property or _name_property(features)
    if named is None:
        return BoundaryRead([], "", "", ["inget objekt har ett namn (ange egenskapen med --name-property)"])
    found: dict[str, list[Polygon]] = {}
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict):
            problems.append(f"objekt {number}: är inget GeoJSON-objekt (Feature)")
            continue
        properties = feature.get("properties") or {}
        name = properties.get(named) if isinstance(properties, dict) else None
        if not isinstance(name, str | int) or not str(name).strip():
            problems.append(f"objekt {number}: saknar namnet (egenskapen '{named}')")
            continue
        name = " ".join(str(name).split())
        polygons = _polygons(feature.get("geometry"))
        if isinstance(polygons, str):
            problems.append(f"objekt {number} ({name}): {polygons}")
            continue
        found.setdefault(name, []).extend(polygons)
    if not found and not problems:
        problems.append("filen har inga polygoner (områdesgränser är ytor: Polygon eller MultiPolygon)")
    crs = _crs(document, [point for polygons in found.values() for polygon in polygons for ring in polygon
                          for point in ring], problems)
    if problems:
        return BoundaryRead([], crs or "", named, problems)
    if crs == SWEREF99TM:
        found = {name: _to_wgs84(polygons) for name, polygons in found.items()}
    return BoundaryRead([Boundary(name, _rounded(polygons)) for name, polygons in found.items()], crs, named, [])


def _name_property(features: list) -> str | None:
    keys: list[str] = []
    for feature in features:
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if isinstance(properties, dict):
            keys += [key for key, value in properties.items() if isinstance(value, str) and key not in keys]
    return next((key for key in NAME_PROPERTIES if key in keys), keys[0] if keys else None)


def _polygons(geometry) -> list[Polygon] | str:
    """The geometry's polygons, or why it has none (a problem in words)."""
    if not isinstance(geometry, dict):
        return "saknar geometri"
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates if isinstance(coordinates, list) else None
    elif kind == "GeometryCollection":
        parts = [_polygons(part) for part in geometry.get("geometries") or []]
        if any(isinstance(part, str) for part in parts) or not parts:
            return "en samling geometrier som inte bara är ytor"
        return [polygon for part in parts for polygon in part]
    else:
        return f"geometrin är {kind or 'okänd'}, inte en yta (Polygon eller MultiPolygon)"
    if not isinstance(polygons, list) or not polygons:
        return "polygonen saknar koordinater"
    checked = []
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            return "polygonen saknar koordinater"
        rings = []
        for ring in polygon:
            if not isinstance(ring, list) or len(ring) < 4 or not all(_is_point(point) for point in ring):
                return "en ring har färre än fyra punkter eller punkter som inte är talpar"
            points = [[float(point[0]), float(point[1])] for point in ring]
            if points[0] != points[-1]:
                points.append(points[0])  # GeoJSON closes a ring; a file that forgot is closed here
            rings.append(points)
        checked.append(rings)
    return checked


def _is_point(point) -> bool:
    return (isinstance(point, list | tuple) and len(point) >= 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in point[:2]))


def _crs(document: dict, points: list, problems: list[str]) -> str | None:
    """WGS 84 or SWEREF 99 TM: as the file's (old-style) crs member names it, else by the coordinates."""
    named = document.get("crs")
    if isinstance(named, dict):
        text = json.dumps(named.get("properties", named)).upper()
        if "3006" in text or "SWEREF" in text:
            return SWEREF99TM
        if "4326" in text or "CRS84" in text or "WGS" in text:
            return WGS84
        problems.append(f"okänt koordinatsystem {text[:80]} (programmet läser WGS 84 och SWEREF 99 TM, EPSG:3006)")
        return None
    if not points:
        return None
    if all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in points):
        return WGS84
    if all(180_000 <= x <= 1_000_000 and 6_000_000 <= y <= 7_800_000 for x, y in points):
        return SWEREF99TM
    problems.append("okänt koordinatsystem: koordinaterna är varken grader (WGS 84) eller meter i SWEREF 99 TM "
                    "(EPSG:3006)")
    return None


def _to_wgs84(polygons: list[Polygon]) -> list[Polygon]:
    from pyproj import Transformer  # loaded only for a file in SWEREF 99 TM

    transform = Transformer.from_crs(3006, 4326, always_xy=True).transform
    converted = []
    for polygon in polygons:
        rings = []
        for ring in polygon:
            xs, ys = transform([point[0] for point in ring], [point[1] for point in ring])
            rings.append([[x, y] for x, y in zip(xs, ys, strict=True)])
        converted.append(rings)
    return converted


def _rounded(polygons: list[Polygon]) -> list[Polygon]:
    return [[[[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring] for ring in polygon] for polygon in polygons]


def boundary_problems(polygons: object) -> list[str]:
    """A stored or exchanged boundary's shape: polygons of closed rings of [longitude, latitude]."""
    if not isinstance(polygons, list) or not polygons:
        return ["gränsen har inga polygoner"]
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            return ["en polygon saknar ringar"]
        for ring in polygon:
            if (not isinstance(ring, list) or len(ring) < 4 or not all(_is_point(p) for p in ring)
                    or ring[0] != ring[-1]):
                return ["en ring är inte sluten eller har färre än fyra punkter"]
            if not all(-180 <= p[0] <= 180 and -90 <= p[1] <= 90 for p in ring):
                return ["en punkt ligger utanför WGS 84 (grader)"]
    return []


# -- drawing: a plane, and where a label goes ---------------------------------------------------------------

def plane(polygons_by_area: dict) -> tuple:
    """A flat projection good for a district: east and north in the same scale (longitude shortened by the
    cosine of the middle latitude). Returns (project(lon, lat) -> (x, y), bounds (x0, y0, x1, y1))."""
    points = [p for polygons in polygons_by_area.values() for polygon in polygons for p in polygon[0]]
    if not points:
        return (lambda lon, lat: (lon, lat)), (0.0, 0.0, 1.0, 1.0)
    middle = (min(p[1] for p in points) + max(p[1] for p in points)) / 2
    shrink = math.cos(math.radians(middle))

    def project(lon: float, lat: float) -> tuple[float, float]:
        return lon * shrink, lat

    xs = [p[0] * shrink for p in points]
    ys = [p[1] for p in points]
    return project, (min(xs), min(ys), max(xs), max(ys))


def label_point(polygons: list[Polygon], project) -> tuple[float, float]:
    x, y, _width = label_place(polygons, project)
    return x, y


def label_place(polygons: list[Polygon], project) -> tuple[float, float, float]:
    """A point inside the area's largest polygon for its digit and name, and the room there: the middle of
    the widest stretch of the horizontal line through the polygon's centre that lies inside it (outside its
    holes), and that stretch's width."""
    largest = max(polygons, key=lambda polygon: abs(_area([project(*p) for p in polygon[0]])))
    rings = [[project(*p) for p in ring] for ring in largest]
    ys = sorted(y for _x, y in rings[0])
    best = None
    for share in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        y = ys[0] + (ys[-1] - ys[0]) * share
        crossings = sorted(x for ring in rings for x in _crossings(ring, y))
        for left, right in zip(crossings[::2], crossings[1::2], strict=False):
            if best is None or right - left > best[0]:
                best = (right - left, ((left + right) / 2, y))
        if best is not None and share == 0.5:
            break
    if best is None:
        xs = [x for x, _y in rings[0]]
        return (min(xs) + max(xs)) / 2, (ys[0] + ys[-1]) / 2, max(xs) - min(xs)
    return (*best[1], best[0])


def _crossings(ring: list[tuple[float, float]], y: float) -> list[float]:
    found = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 <= y < y2) or (y2 <= y < y1):
            found.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return found


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False)) / 2
