"""Redrawing the trend charts for a city district (130 areas, 10 years), and pyqtgraph kept out of start-up."""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure  # noqa: E402


def redraw(workdir: Path, switches: int = 10) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_startup import _database
    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.store.database import open_database
    from lagesbild_desktop.ui.events import DataEvents

    db = _database(workdir / "city-130x10.db", areas=130, incidents=5000)
    app = QApplication.instance() or QApplication([])
    from lagesbild_desktop.ui.charts_view import ChartsView

    store = open_database(db)
    events = DataEvents(store.conn)
    charts = ChartsView(store, events, 2026)
    charts.resize(1600, 1000)
    charts.show()
    charts.area_list.selectAll()  # every area in the chart: the heaviest case
    app.processEvents()
    switch, everything = [], []
    for n in range(switches):
        # A year switch: the data read again and the chart in view drawn and painted (grab() paints).
        charts.tabs.setCurrentIndex(0)
        start = time.perf_counter()
        charts.set_year(2017 + n % 10)
        charts.current_plot().grab()
        switch.append(time.perf_counter() - start)
        # Every chart drawn and painted, as when each tab is looked at in turn.
        start = time.perf_counter()
        for index in range(charts.tabs.count()):
            charts.tabs.setCurrentIndex(index)
            charts.current_plot().grab()
        everything.append(time.perf_counter() - start)
    store.close()
    return [
        Figure("chart year switch (data + chart in view), 130 areas × 10 years", statistics.median(switch) * 1000,
               "ms", absolute_target=100.0),
        Figure("draw and paint all five charts, 130 areas (for information)", statistics.median(everything) * 1000,
               "ms"),
    ]


def charts_at_startup(db: Path) -> list[Figure]:
    """1 when pyqtgraph is imported by the start to first paint, 0 when it is not (target 0)."""
    result = subprocess.run([str(Path(sys.executable).with_name("lagesbild")), "--db", str(db), "--smoke-test"],
                            capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPROFILEIMPORTTIME": "1"})
    loaded = 1.0 if "pyqtgraph" in result.stderr else 0.0
    return [Figure("pyqtgraph imported before the first paint (`-X importtime`)", loaded, "yes/no",
                   absolute_target=0.0)]
