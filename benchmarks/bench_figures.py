"""Importing key figures: 10 years × 50 measures × 130 areas (65,000 figures) in the long form.

Reference, in the same run: openpyxl alone loading the same workbook (what any reader of the file pays).
Target: the whole import (reading, checking, planning and the durable commit) within 1.5× of that.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, against_openpyxl  # noqa: E402

YEARS = range(2016, 2026)
MEASURES = 50
AREAS = 130


def workbook(path: Path) -> Path:
    if path.exists():
        return path
    from openpyxl import Workbook

    rng = random.Random(5)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Nyckeltal")
    sheet.append(["Källa", "Mått", "Grupp", "Område", "Från", "Till", "Värde", "Enhet"])
    for year in YEARS:
        for measure in range(1, MEASURES + 1):
            group = "Brott mot person" if measure % 2 else "Brott mot hushåll"
            for area in range(1, AREAS + 1):
                sheet.append(["Polisen – Compstat/Status", f"Mått {measure:02d}", group, f"Område {area:03d}",
                              f"{year}-01-01", f"{year}-10-31", rng.randint(0, 400), "antal"])
    book.save(path)
    return path


def _database(folder: Path):
    from lagesbild_desktop.services import areas
    from lagesbild_desktop.store.database import open_database

    store = open_database(folder / "figures.db")
    for area in range(1, AREAS + 1):
        areas.add_area(store, f"Område {area:03d}", 2010)
    return store


def run(workdir: Path, runs: int = 5) -> list[Figure]:
    from lagesbild_desktop.services import key_figures

    def import_all(store, book: Path) -> int:
        found = key_figures.read_file(store, book)
        key_figures.apply(store, found, key_figures.plan(store, found), book.name)
        return len(found)

    workdir.mkdir(parents=True, exist_ok=True)
    book = workbook(workdir / "figures-65000.xlsx")
    ours, bare, count = against_openpyxl(book, runs, workdir, _database, import_all)
    return [Figure(f"import {count} key figures (10 years × {MEASURES} measures × {AREAS} areas, long form)",
                   ours * 1000, "ms", bare * 1000, "openpyxl alone loading the same workbook", ratio_target=1.5)]


if __name__ == "__main__":
    from common import print_table

    print_table(run(Path(__file__).resolve().parent / "out" / "figures", runs=3))
