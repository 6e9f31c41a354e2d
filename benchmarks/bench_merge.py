"""Merging a city district's exchange file (130 areas × 10 years, 5,000 incidents) into another database.

The two databases share their history (one was set up as a copy of the other), then 200 grades are
changed on the side that sends the file and 50 on the side that receives it, 20 of them the same
cells (conflicts). The reference, in the same run, is json alone reading the same file: the merge
reads it too, checks its whole hash chain, and decides and writes in one durable transaction.
Target: within 2× of the reference (the merge it replaced took 4.5×).
"""

import gc
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


def run(workdir: Path, runs: int = 5) -> list[Figure]:
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
            cells = all_rows(other.conn)
            for cell in cells[:200]:
                record_grade(other, cell.area, cell.year, cell.week, 1 + cell.grade % 5)
            path = exchange.export_exchange(other, Path(folder) / "there.json")
            other.close()
            store = open_database(here)
            for cell in cells[180:230]:
                record_grade(store, cell.area, cell.year, cell.week, 1 + (cell.grade + 1) % 5)
            gc.collect()
            start = time.perf_counter()
            json.loads(path.read_bytes())
            bare.append(time.perf_counter() - start)
            gc.collect()
            start = time.perf_counter()
            result = exchange.merge(store, exchange.read_exchange(path))
            ours.append(time.perf_counter() - start)
            store.close()
    counted = open_database(city)
    size = f"{len(all_rows(counted.conn))} grades"
    counted.close()
    return [Figure(f"merge a city exchange file ({size}, {result.updated} changed, {len(result.conflicts)} conflicts)",
                   statistics.median(ours) * 1000, "ms", statistics.median(bare) * 1000,
                   f"json.loads of the same file alone; median of {runs}", ratio_target=2.0)]


if __name__ == "__main__":
    from common import print_table

    print_table(run(Path(__file__).resolve().parent / "out" / "merge"))
