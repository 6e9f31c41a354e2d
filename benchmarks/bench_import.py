"""Importing a city district's history: one workbook of ten year-sheets × 130 areas.

Reference, in the same run: openpyxl alone loading the same workbook (what any reader of the file pays).
Target: the whole import (reading, checking, planning and the durable commit) within 1.5× of that.
"""

import gc
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure  # noqa: E402

YEARS = range(2016, 2026)
AREAS = 130


def workbook(path: Path) -> Path:
    """Ten year-sheets like the districts keep them: title, v.1 … header, digits on standard fills, a few comments."""
    if path.exists():
        return path
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    rng = random.Random(3)
    fills = {grade: PatternFill("solid", fgColor=colour)
             for grade, colour in zip(range(1, 6), ["00B050", "FFFF00", "FFC000", "FF0000", "7030A0"], strict=True)}
    book = Workbook()
    book.remove(book.active)
    for year in YEARS:
        sheet = book.create_sheet(str(year))
        sheet.append([f"Årssammanställning lägesbild {year}"])
        sheet.append([])
        sheet.append(["Område", *[f"v.{week}" for week in range(1, 53)]])
        for area in range(1, AREAS + 1):
            row = sheet.max_row + 1
            sheet.cell(row, 1, f"Område {area:03d}")
            for week in range(1, 53):
                if 27 <= week <= 31:
                    continue  # the summer break
                grade = rng.randint(1, 5)
                cell = sheet.cell(row, week + 1, grade)
                cell.fill = fills[grade]
                if rng.random() < 0.03:
                    cell.comment = Comment(f"Händelser vecka {week}", "Sekreterare")
    book.save(path)
    return path


def run(workdir: Path, runs: int = 7) -> list[Figure]:
    from openpyxl import load_workbook

    from lagesbild_desktop.services import importing
    from lagesbild_desktop.store.database import open_database

    workdir.mkdir(parents=True, exist_ok=True)
    book = workbook(workdir / "city-10-years.xlsx")
    bare, ours = [], []
    count = 0
    for _ in range(runs):
        gc.collect()  # each side starts from the same clean heap (the other's leftovers slow the collector)
        start = time.perf_counter()
        loaded = load_workbook(book, data_only=True)
        bare.append(time.perf_counter() - start)
        del loaded
        gc.collect()
        with tempfile.TemporaryDirectory(dir=workdir) as folder:
            store = open_database(Path(folder) / "import.db")
            start = time.perf_counter()
            grades = importing.read_file(book)
            plan = importing.plan(store, grades, book.name, create_areas=True)
            importing.apply(store, plan)
            ours.append(time.perf_counter() - start)
            store.close()
            count = len(grades)
            del grades, plan
    return [Figure(f"import 10 year-sheets × {AREAS} areas ({count} grades)", statistics.median(ours) * 1000,
                   "ms", statistics.median(bare) * 1000, "openpyxl alone loading the same workbook", ratio_target=1.5)]


if __name__ == "__main__":
    from common import print_table

    print_table(run(Path(__file__).resolve().parent / "out" / "import", runs=1))
