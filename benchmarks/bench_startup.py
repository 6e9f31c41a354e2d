"""Startup to first paint, the year switch with 130 areas, and the GUI's peak memory.

Startup and memory are whole processes: `lagesbild --smoke-test` on a database of
10 years x 12 areas with 5,000 incidents, alternating with a bare PySide6 script
that opens a window with a 12 x 53 table (benchmarks/bare_table.py).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, median  # noqa: E402

HERE = Path(__file__).resolve().parent


def _database(path: Path, areas: int, incidents: int) -> Path:
    if not path.exists():
        from sample_data import build

        build(path, area_count=areas, years=range(2017, 2027), incident_count=incidents).close()
    return path


def _run(command: list[str], env: dict) -> tuple[float, int]:
    """Wall time of the whole process, and its peak resident memory in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{command} failed with status {status}")
    return elapsed, usage.ru_maxrss // 1024


def startup(workdir: Path, runs: int = 9) -> list[Figure]:
    db = _database(workdir / "startup-12x10.db", areas=12, incidents=5000)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAGESBILD_DATA_DIR": str(workdir / "userdata")}
    # The installed command, as a user (or a packaging check) starts it.
    ours_cmd = [str(Path(sys.executable).with_name("lagesbild")), "--db", str(db), "--smoke-test"]
    bare_cmd = [sys.executable, str(HERE / "bare_table.py")]
    _run(ours_cmd, env)  # warm the disk cache and make the day's backup outside the measurement
    _run(bare_cmd, env)
    ours, bare, ours_mem, bare_mem = [], [], [], []
    for _ in range(runs):
        elapsed, memory = _run(ours_cmd, env)
        ours.append(elapsed)
        ours_mem.append(memory)
        elapsed, memory = _run(bare_cmd, env)
        bare.append(elapsed)
        bare_mem.append(memory)
    return [
        Figure("startup to first paint (whole process)", median(ours) * 1000, "ms", median(bare) * 1000,
               f"bare PySide6 window with a 12x53 table; {runs} runs alternating", ratio_target=1.3),
        Figure("window's peak memory (smoke test)", median(ours_mem), "MB", median(bare_mem),
               "the same bare PySide6 table window", ratio_target=1.5),
    ]


def year_switch(workdir: Path, switches: int = 20) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAGESBILD_DATA_DIR"] = str(workdir / "userdata")
    db = _database(workdir / "city-130x10.db", areas=130, incidents=5000)
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from lagesbild_desktop.store.database import open_database
    from lagesbild_desktop.ui.main_window import MainWindow
    from lagesbild_desktop.ui.settings import UiSettings

    app = QApplication.instance() or QApplication([])
    store = open_database(db)
    window = MainWindow(store, year=2026, week=10, settings=UiSettings(workdir / "ui.ini"))
    window.resize(1600, 1000)
    window.show()
    grid = window.show_year_grid()
    app.processEvents()
    ours = []
    for n in range(switches):
        year = 2017 + n % 10
        start = time.perf_counter()
        grid.show_year(year)
        grid.table.viewport().repaint()  # drawn, not only scheduled
        ours.append(time.perf_counter() - start)
    # Reference in the same run: filling and drawing a plain QTableWidget of the same size.
    table = QTableWidget(130, 53)
    table.resize(1600, 1000)
    table.show()
    reference = []
    for n in range(switches):
        start = time.perf_counter()
        for row in range(130):
            for column in range(53):
                table.setItem(row, column, QTableWidgetItem(str(1 + (row + column + n) % 5)))
        table.viewport().repaint()
        reference.append(time.perf_counter() - start)
    window.close()
    store.close()
    return [
        Figure("switch the grid to another year, 130 areas", median(ours) * 1000, "ms", median(reference) * 1000,
               "filling and drawing a bare 130x53 QTableWidget", absolute_target=30.0),
    ]
