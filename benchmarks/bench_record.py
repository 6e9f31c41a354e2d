"""Recording one grade durably, against a bare sqlite3 insert-and-commit on the same disk.

Both sides use the same durability settings (WAL, synchronous=FULL), the same
directory, and alternate call by call so that disk noise hits both alike.
"""

import itertools
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, median, percentile  # noqa: E402

from lagesbild_desktop.services.assessments import record_grade  # noqa: E402
from lagesbild_desktop.store.database import open_database  # noqa: E402

AREAS = ["Grimsta", "Hässelby gård", "Hässelby strand", "Hässelby villastad", "Kälvesta", "Nälsta", "Råcksta",
         "Vinsta", "Vällingby"]


def _one_round(workdir: Path, calls: int) -> tuple[list[float], list[float]]:
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    store = open_database(workdir / "lagesbild.db")
    bare = sqlite3.connect(workdir / "bare.db", isolation_level=None)
    bare.execute("PRAGMA journal_mode = wal")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE assessments (id INTEGER PRIMARY KEY, area_id INTEGER, iso_year INTEGER,"
                 " iso_week INTEGER, grade INTEGER, note TEXT, UNIQUE (area_id, iso_year, iso_week))")
    cells = itertools.product(range(2011, 2026), range(1, 53), AREAS)
    ours, reference = [], []
    for n, (year, week, area) in zip(range(calls), cells, strict=False):
        grade, note = 1 + n % 5, f"anteckning {n}"
        start = time.perf_counter()
        record_grade(store, area, year, week, grade, note)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO assessments (area_id, iso_year, iso_week, grade, note) VALUES (?, ?, ?, ?, ?)",
                     [AREAS.index(area), year, week, grade, note])
        bare.execute("COMMIT")
        reference.append(time.perf_counter() - start)
    store.close()
    bare.close()
    return ours, reference


def run(workdir: Path, rounds: int = 7, calls: int = 300) -> list[Figure]:
    """Median over `rounds` runs of each run's median and 99th percentile."""
    results = [_one_round(workdir, calls) for _ in range(rounds)]
    ms = 1000

    def figure(name: str, statistic, reference_name: str) -> Figure:
        return Figure(name, median([statistic(ours) for ours, _ in results]) * ms, "ms",
                      median([statistic(ref) for _, ref in results]) * ms, reference_name, ratio_target=1.5)

    reference = f"bare sqlite3 INSERT + COMMIT (WAL, synchronous=FULL, same disk); {rounds} runs x {calls} calls"
    return [
        figure("record one grade durably, median", median, reference),
        figure("record one grade durably, 99th percentile", lambda v: percentile(v, 0.99), reference),
    ]
