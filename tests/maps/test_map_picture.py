"""The exported map read pixel by pixel: inside each area its grade's colour, in both coordinate systems, with
a hole left white and an area in two pieces (a MultiPolygon, and one area given as two features)."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from lagesbild_desktop import shipped
from lagesbild_desktop.services import boundaries, maps
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.ui import map_picture
from tests.conftest import lagesbild
from tests.maps.geo import sweref, three_areas, write

GRADES = {"Vinsta": 4, "Grimsta": 2, "Vällingby": 5}
# Points well inside each piece, away from the digit and name in its middle (WGS 84).
INSIDE = {"Vinsta": [(17.803, 59.353), (17.826, 59.377)], "Grimsta": [(17.843, 59.353), (17.857, 59.383)],
          "Vällingby": [(17.873, 59.353), (17.897, 59.377)]}
HOLE = (17.815, 59.365)  # the middle of Vinsta's hole
OUTSIDE = (17.865, 59.37)  # between Grimsta and Vällingby: no area


def placed_as_exported(picture, image: QImage):
    """Where the picture puts a point: the same drawing made again, which must be the exported picture."""
    probe = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(image.dotsPerMeterX())
    probe.setDotsPerMeterY(image.dotsPerMeterY())
    painter = QPainter(probe)
    try:
        placed = map_picture.paint(painter, QRectF(0, 0, image.width(), image.height()), picture, point_size=9.0)
    finally:
        painter.end()
    # The same picture, but for how the text's edges were smoothed in another process: a few pixels differ.
    differing = sum(probe.pixel(x, y) != image.pixel(x, y) for x in range(0, image.width(), 4)
                    for y in range(0, image.height(), 4))
    assert differing < 0.02 * (image.width() // 4) * (image.height() // 4), differing
    return placed


def colour_at(image: QImage, point) -> str:
    return QColor(image.pixel(int(point.x()), int(point.y()))).name()


@pytest.mark.parametrize("coordinates", [lambda p: p, sweref], ids=["WGS 84", "SWEREF 99 TM"])
def test_inside_each_area_is_its_grade_s_colour_and_the_hole_is_white(qapp, tmp_path, coordinates, store, db_path):
    path = write(tmp_path / "g.geojson", three_areas(coordinates))
    matched, crs = boundaries.read_file(store, path)
    boundaries.apply(store, matched, crs, boundaries.plan(store, matched, crs, path.name), path.name)
    for name, grade in GRADES.items():
        record_grade(store, name, 2024, 10, grade)
    out = tmp_path / "karta.png"
    done = lagesbild(db_path, "export", "--year", "2024", "--week", "10", "--format", "map", "--out", str(out))
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1200)
    placed = placed_as_exported(maps.week_map(store, 2024, 10), image)
    scale = shipped.scale()
    for name, points in INSIDE.items():
        for lon, lat in points:
            assert colour_at(image, placed.to_pixel(lon, lat)) == scale.level(GRADES[name]).fill.lower(), name
    assert colour_at(image, placed.to_pixel(*HOLE)) == "#ffffff"
    assert colour_at(image, placed.to_pixel(*OUTSIDE)) == "#ffffff"
    # The map is as large as the picture allows: it spans most of its width or of its height.
    west, east = placed.to_pixel(17.80, 59.35).x(), placed.to_pixel(17.90, 59.35).x()
    south, north = placed.to_pixel(17.80, 59.35).y(), placed.to_pixel(17.80, 59.385).y()
    assert east - west > 0.8 * 1600 or south - north > 0.6 * 1200


def test_without_week_the_year_s_mean_colours_the_areas(qapp, tmp_path, store, db_path):
    path = write(tmp_path / "g.geojson", three_areas())
    matched, crs = boundaries.read_file(store, path)
    boundaries.apply(store, matched, crs, boundaries.plan(store, matched, crs, path.name), path.name)
    for week, grade in ((10, 2), (11, 3), (12, 3)):  # Vinsta's mean 2,67: drawn as 3
        record_grade(store, "Vinsta", 2024, week, grade)
    out = tmp_path / "år.png"
    assert lagesbild(db_path, "export", "--year", "2024", "--format", "map", "--out", str(out)).returncode == 0
    image = QImage(str(out))
    picture = maps.mean_map(store, 2024)
    assert [area.text for area in picture.areas if area.name == "Vinsta"] == ["2,7"]
    placed = placed_as_exported(picture, image)
    assert colour_at(image, placed.to_pixel(*INSIDE["Vinsta"][0])) == shipped.scale().level(3).fill.lower()
    assert colour_at(image, placed.to_pixel(*INSIDE["Grimsta"][0])) == maps.NO_GRADE_FILL.lower()


def test_without_boundaries_the_export_says_how_to_add_them(tmp_path, db_path):
    graded = lagesbild(db_path, "record", "--area", "Vinsta", "--year", "2024", "--week", "3", "--grade", "2")
    assert graded.returncode == 0
    done = lagesbild(db_path, "export", "--year", "2024", "--format", "map", "--out", str(tmp_path / "k.png"))
    assert done.returncode == 2 and "lagesbild areas boundaries" in done.stderr
    assert not (tmp_path / "k.png").exists()
