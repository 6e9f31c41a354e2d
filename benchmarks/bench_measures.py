"""The Åtgärder view opened on a city district: 500 measures over 130 areas × 10 years."""

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure  # noqa: E402

MEASURES = 500


def city_with_measures(workdir: Path) -> Path:
    from bench_startup import _database
    from sample_data import add_measures

    db = workdir / f"city-130x10-{MEASURES}-measures.db"
    if not db.exists():
        shutil.copy(_database(workdir / "city-130x10.db", areas=130, incidents=5000), db)
    return add_measures(db, MEASURES)


def open_view(workdir: Path, runs: int = 9) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = city_with_measures(workdir)
    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.store.database import open_database
    from lagesbild_desktop.ui.events import DataEvents

    app = QApplication.instance() or QApplication([])
    from lagesbild_desktop.ui.measures_view import MeasuresView  # imported as the window does, before timing

    store = open_database(db)
    events = DataEvents(store.conn)
    times, every_year = [], []
    for _ in range(runs):
        # Opening the view: built, filled with the year's measures, the selected one's effect in words, painted
        # (its chart is drawn just after, once the table is on the screen).
        start = time.perf_counter()
        view = MeasuresView(store, events, 2025)
        view.resize(1600, 900)
        view.show()
        view.grab()
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        view.year.setCurrentIndex(0)  # all years: every measure in the table
        view.grab()
        every_year.append(time.perf_counter() - start)
        view.close()
        view.deleteLater()
        app.processEvents()
    store.close()
    return [Figure(f"open the Åtgärder view, {MEASURES} measures, 130 areas × 10 years",
                   statistics.median(times) * 1000, "ms", absolute_target=100.0),
            Figure(f"show all {MEASURES} measures in it (for information)", statistics.median(every_year) * 1000, "ms")]


if __name__ == "__main__":
    from common import print_table

    print_table(open_view(Path(__file__).resolve().parent / "out" / "startup"))
