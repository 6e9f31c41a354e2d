"""Merging a city district's exchange file (130 areas × 10 years, 5,000 incidents) into another database.

The two databases share their history and differ in 200 grades changed on one side. The issue
sets no target; the reference beside it is json alone reading the same file, in the same run.
"""

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import _database  # noqa: E402
from common import Figure  # noqa: E402


def run(workdir: Path, runs: int = 3) -> list[Figure]:
    from lagesbild_desktop.services import exchange
    from lagesbild_desktop.services.assessments import record_grade
    from lagesbild_desktop.store.assessments import all_rows
    from lagesbild_desktop.store.database import open_database

    workdir.mkdir(parents=True, exist_ok=True)
    city = _database(workdir / "city-130x10.db", areas=130, incidents=5000)
    ours, bare = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(dir=workdir) as folder:
            here, there = Path(folder) / "here.db", Path(folder) / "there.db"
            shutil.copy(city, here)
            shutil.copy(city, there)
            other = open_database(there)
            for cell in all_rows(other.conn)[:200]:
                record_grade(other, cell.area, cell.year, cell.week, 1 + cell.grade % 5)
            path = exchange.export_exchange(other, Path(folder) / "there.json")
            other.close()
            start = time.perf_counter()
            json.loads(path.read_bytes())
            bare.append(time.perf_counter() - start)
            store = open_database(here)
            start = time.perf_counter()
            result = exchange.merge(store, exchange.read_exchange(path), path.name)
            ours.append(time.perf_counter() - start)
            store.close()
    counted = open_database(city)
    size = f"{len(all_rows(counted.conn))} grades"
    counted.close()
    return [Figure(f"merge a city exchange file ({size}, {len(result.conflicts)} conflicts)",
                   statistics.median(ours) * 1000, "ms", statistics.median(bare) * 1000,
                   "json.loads of the same file alone (for information: the issue sets no target)")]


if __name__ == "__main__":
    from common import print_table

    print_table(run(Path(__file__).resolve().parent / "out" / "merge", runs=1))
