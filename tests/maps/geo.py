"""Hand-made GeoJSON for the map's tests: squares (with a hole, in two pieces) in WGS 84 or SWEREF 99 TM."""

import json
from pathlib import Path

from pyproj import Transformer

TO_SWEREF = Transformer.from_crs(4326, 3006, always_xy=True).transform


def ring(lon: float, lat: float, width: float, height: float | None = None) -> list:
    height = width if height is None else height
    return [[lon, lat], [lon + width, lat], [lon + width, lat + height], [lon, lat + height], [lon, lat]]


def feature(name: str, polygons: list, key: str = "namn") -> dict:
    geometry = ({"type": "Polygon", "coordinates": polygons[0]} if len(polygons) == 1
                else {"type": "MultiPolygon", "coordinates": polygons})
    return {"type": "Feature", "properties": {key: name, "kod": 12}, "geometry": geometry}


def sweref(polygons: list) -> list:
    return [[[list(TO_SWEREF(lon, lat)) for lon, lat in r] for r in polygon] for polygon in polygons]


def collection(features: list, crs: str | None = None) -> dict:
    made = {"type": "FeatureCollection", "features": features}
    if crs:
        made["crs"] = {"type": "name", "properties": {"name": crs}}
    return made


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# Three areas of the default list, side by side: Vinsta a square with a hole (the hole is no area),
# Grimsta in two pieces (one MultiPolygon), Vällingby one square given as two features of the same name.
VINSTA = [[ring(17.80, 59.35, 0.03), ring(17.81, 59.36, 0.01)]]
GRIMSTA = [[ring(17.84, 59.35, 0.02)], [ring(17.84, 59.375, 0.02, 0.01)]]
VALLINGBY_WEST, VALLINGBY_EAST = [[ring(17.87, 59.35, 0.015, 0.03)]], [[ring(17.885, 59.35, 0.015, 0.03)]]


def three_areas(coordinates=lambda polygons: polygons, crs: str | None = None) -> dict:
    return collection([feature("Vinsta", coordinates(VINSTA)), feature("Grimsta", coordinates(GRIMSTA)),
                       feature("Vällingby", coordinates(VALLINGBY_WEST)),
                       feature("vällingby", coordinates(VALLINGBY_EAST))], crs)

# A point inside each area, away from its label (its digit and name are drawn in the middle).
INSIDE_POINTS = {"Vinsta": (17.803, 59.353), "Grimsta": (17.843, 59.353), "Vällingby": (17.873, 59.353)}
