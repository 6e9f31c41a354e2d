"""Reading area boundaries from GeoJSON by hand-made files: both coordinate systems, a hole, an area in two
pieces, and every kind of bad file named."""

import json

import pytest

from lagesbild_desktop.domain.boundaries import SWEREF99TM, WGS84, label_point, plane, read_geojson
from tests.maps.geo import VINSTA, collection, feature, ring, sweref, three_areas


def by_name(read) -> dict:
    return {b.name: b.polygons for b in read.boundaries}


def test_wgs84_with_a_hole_a_multipolygon_and_one_area_in_two_features():
    read = read_geojson(json.dumps(three_areas()))
    assert read.problems == [] and read.crs == WGS84 and read.name_property == "namn"
    found = by_name(read)
    assert len(found["Vinsta"]) == 1 and len(found["Vinsta"][0]) == 2  # the outer ring and its hole
    assert len(found["Grimsta"]) == 2
    assert set(found) == {"Vinsta", "Grimsta", "Vällingby", "vällingby"}  # matched to areas later, not here


@pytest.mark.parametrize("crs", [None, "urn:ogc:def:crs:EPSG::3006"])
def test_sweref_99_tm_is_converted_to_wgs84_with_or_without_its_crs_member(crs):
    read = read_geojson(json.dumps(three_areas(sweref, crs)))
    assert read.problems == [] and read.crs == SWEREF99TM
    corner = by_name(read)["Vinsta"][0][0][0]
    assert corner == pytest.approx([17.80, 59.35], abs=1e-6)  # there and back again, within 0.1 m


def test_a_named_property_is_used_and_a_ring_left_open_is_closed():
    open_ring = ring(17.8, 59.35, 0.01)[:-1]
    data = collection([{"type": "Feature", "properties": {"sdo": "Vinsta"},
                        "geometry": {"type": "Polygon", "coordinates": [open_ring]}}])
    read = read_geojson(json.dumps(data), name_property="sdo")
    assert read.problems == [] and by_name(read)["Vinsta"][0][0][-1] == [17.8, 59.35]


@pytest.mark.parametrize(("data", "said"), [
    ("inte json", "filen är inte GeoJSON"),
    (json.dumps({"type": "Topology"}), "filen är inte GeoJSON"),
    (json.dumps(collection([{"type": "Feature", "properties": {"namn": "Vinsta"},
                             "geometry": {"type": "Point", "coordinates": [17.8, 59.35]}}])),
     "objekt 1 (Vinsta): geometrin är Point, inte en yta"),
    (json.dumps(collection([])), "inget objekt har ett namn"),
    (json.dumps(collection([feature("Vinsta", VINSTA)], "EPSG:3021")), "okänt koordinatsystem"),
    (json.dumps(collection([feature("Vinsta", [[ring(1500, 2500, 10)]])])), "okänt koordinatsystem"),
    (json.dumps(collection([{"type": "Feature", "properties": {"namn": "Vinsta"},
                             "geometry": {"type": "Polygon", "coordinates": [[[17.8, 59.3], [17.9, 59.3]]]}}])),
     "färre än fyra punkter"),
])
def test_a_bad_file_is_named(data, said):
    read = read_geojson(data)
    assert read.boundaries == [] and any(said in problem for problem in read.problems), read.problems


def test_a_label_goes_inside_the_area_outside_its_hole():
    # A ring with a hole in the middle: the label is in the ring, not in the hole.
    polygons = [[ring(0, 0, 10), ring(3, 3, 4)]]
    project, _bounds = plane({"x": polygons})
    x, y = label_point(polygons, project)
    inside_hole = 3 * project(1, 0)[0] < x < 7 * project(1, 0)[0] and 3 < y < 7
    assert not inside_hole and 0 < y < 10
