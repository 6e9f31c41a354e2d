"""Importing a city district's history: one workbook of ten year-sheets × 130 areas.

Reference, in the same run: openpyxl alone loading the same workbook (what any reader of the file pays).
Target: the whole import (reading, checking, planning and the durable commit) within 1.5× of that.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, against_openpyxl  # noqa: E402

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
    from lagesbild_desktop.services import importing
    from lagesbild_desktop.store.database import open_database

    def import_all(store, book: Path) -> int:
        grades = importing.read_file(book)
        importing.apply(store, importing.plan(store, grades, book.name, create_areas=True))
        return len(grades)

    workdir.mkdir(parents=True, exist_ok=True)
    book = workbook(workdir / "city-10-years.xlsx")
    ours, bare, count = against_openpyxl(book, runs, workdir, lambda folder: open_database(folder / "import.db"),
                                         import_all)
    return [Figure(f"import 10 year-sheets × {AREAS} areas ({count} grades)", ours * 1000, "ms", bare * 1000,
                   "openpyxl alone loading the same workbook", ratio_target=1.5)]


if __name__ == "__main__":
    from common import print_table

    print_table(run(Path(__file__).resolve().parent / "out" / "import", runs=1))
