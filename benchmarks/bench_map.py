"""The map of a city district: 130 areas with boundaries of 60 points each. The Karta view redrawn for
another week (data, picture, painted), and the PNG export as a user runs it (whole process)."""

import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure  # noqa: E402

POINTS = 60  # points per boundary: a real district's outline, simplified as open data usually is


def city_geojson(names: list[str], path: Path, seed: int = 3) -> Path:
    """Wobbly round areas on a 13 × 10 grid over Stockholm's west, in WGS 84."""
    rng = random.Random(seed)
    features = []
    for index, name in enumerate(names):
        column, row = index % 13, index // 13
        lon0, lat0 = 17.80 + column * 0.012, 59.30 + row * 0.007
        ring = []
        for k in range(POINTS):
            angle = 2 * math.pi * k / POINTS
            radius = 0.0045 * (1 + 0.12 * rng.random())
            ring.append([round(lon0 + radius * math.cos(angle), 6), round(lat0 + radius * 0.55 * math.sin(angle), 6)])
        ring.append(ring[0])
        features.append({"type": "Feature", "properties": {"namn": name},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def city_with_boundaries(workdir: Path) -> Path:
    from bench_startup import _database

    from lagesbild_desktop.services import boundaries
    from lagesbild_desktop.store import areas as area_store
    from lagesbild_desktop.store.database import open_database

    db = workdir / "city-130x10-map.db"
    if not db.exists():
        shutil.copy(_database(workdir / "city-130x10.db", areas=130, incidents=5000), db)
        store = open_database(db)
        try:
            names = [area.name for area in area_store.all_areas(store.conn)]
            geojson = city_geojson(names, workdir / "city-130.geojson")
            matched, crs = boundaries.read_file(store, geojson)
            boundaries.apply(store, matched, crs, boundaries.plan(store, matched, crs, geojson.name), geojson.name)
        finally:
            store.close()
    return db


def run(workdir: Path, runs: int = 9) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir.mkdir(parents=True, exist_ok=True)
    db = city_with_boundaries(workdir)
    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.store.database import open_database
    from lagesbild_desktop.ui.events import DataEvents
    from lagesbild_desktop.ui.map_view import MapView

    app = QApplication.instance() or QApplication([])
    store = open_database(db)
    view = MapView(store, DataEvents(store.conn), 2025, 10, "sv", None, None)  # no file read: no questions
    view.resize(1280, 800)
    view.show()
    view.canvas.grab()
    redraws = []
    for run_number in range(runs):
        start = time.perf_counter()
        view.set_week(2025, 11 + run_number)  # the week's grades read, the picture made
        view.canvas.grab()  # and painted now (into a picture: the offscreen screen may skip a repaint)
        redraws.append(time.perf_counter() - start)
    view.close()
    store.close()
    app.processEvents()
    lagesbild = str(Path(sys.executable).with_name("lagesbild"))
    exports = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([lagesbild, "--db", str(db), "export", "--year", "2025", "--week", "10", "--format", "map",
                        "--out", str(workdir / "karta.png")], check=True, capture_output=True)
        exports.append(time.perf_counter() - start)
    return [Figure("redraw the map view for another week, 130 areas", statistics.median(redraws) * 1000, "ms",
                   absolute_target=50.0),
            Figure("export the map as PNG, 130 areas (whole process)", statistics.median(exports) * 1000, "ms",
                   absolute_target=500.0)]


if __name__ == "__main__":
    from common import print_table

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    print_table(run(Path(__file__).resolve().parent / "out" / "map"))
