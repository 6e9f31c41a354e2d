"""The yearly report for 12 and for 130 areas, against LibreOffice printing the same year's bare grid.

Both sides are whole processes started from the command line, as a user would run them:
`lagesbild report yearly` for the full report (title, tables, grid, charts, texts), and
`soffice --headless --convert-to pdf` for an xlsx holding only the colour grid.
Target: the full report, as PDF and as Word, in under half of LibreOffice's time for the bare grid.
"""

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import _database  # noqa: E402
from common import Figure  # noqa: E402
from sample_data import add_measures, add_texts  # noqa: E402

YEAR = 2025
MEASURES = {12: 50, 130: 500}


def grid_xlsx(db: Path, out: Path) -> Path:
    """The year's grid as a plain spreadsheet: digits on the scale's fills, landscape, fit to one page wide."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, PatternFill

    from lagesbild_desktop import shipped
    from lagesbild_desktop.services.weeks import year_grid
    from lagesbild_desktop.store.database import open_database

    store = open_database(db)
    grid, scale = year_grid(store, YEAR), shipped.scale()
    store.close()
    book = Workbook()
    sheet = book.active
    sheet.title = str(YEAR)
    sheet.append([f"Årssammanställning {YEAR}"])
    sheet.append(["Område", *range(1, grid.weeks + 1)])
    for area, name in grid.rows:
        sheet.append([name, *[grid.cells[(area.id, week)].grade if (area.id, week) in grid.cells else None
                              for week in range(1, grid.weeks + 1)]])
    for row in sheet.iter_rows(min_row=3, min_col=2):
        for cell in row:
            if cell.value:
                cell.fill = PatternFill("solid", fgColor=scale.level(cell.value).fill.lstrip("#"))
                cell.alignment = Alignment(horizontal="center")
    sheet.column_dimensions["A"].width = 22
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(out)
    return out


def _time(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(workdir: Path, runs: int = 5) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    lagesbild = str(Path(sys.executable).with_name("lagesbild"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    figures = []
    for areas in (12, 130):
        db = _database(workdir / f"report-{areas}x10.db", areas=areas, incidents=40 * areas)
        add_measures(db, MEASURES[areas])  # the action plan's sections: the plan and its follow-up with effects
        add_texts(db, YEAR)  # every section written, and a text for every area
        ours = _time([lagesbild, "--db", str(db), "report", "yearly", "--year", str(YEAR),
                      "--out", str(workdir / f"report-{areas}.pdf")], runs)
        word = _time([lagesbild, "--db", str(db), "report", "yearly", "--year", str(YEAR),
                      "--out", str(workdir / f"report-{areas}.docx")], runs)
        if soffice is None:
            figures.append(Figure(f"yearly report, {areas} areas (no LibreOffice here: no reference)",
                                  ours * 1000, "ms", ratio_target=0.5))
            continue
        xlsx = grid_xlsx(db, workdir / f"grid-{areas}.xlsx")
        with tempfile.TemporaryDirectory() as profile:
            command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                       "--outdir", str(workdir / "soffice"), str(xlsx)]
            subprocess.run(command, check=True, capture_output=True)  # the first start creates the profile
            theirs = _time(command, runs)
        figures.append(Figure(f"yearly report as PDF, {areas} areas, {MEASURES[areas]} measures, texts for every area "
                              "(whole process)",
                              ours * 1000, "ms", theirs * 1000,
                              f"LibreOffice printing the bare {areas}-area grid (xlsx → pdf)", ratio_target=0.5))
        figures.append(Figure(f"yearly report as Word (.docx), {areas} areas, {MEASURES[areas]} measures, texts for "
                              "every area (whole process)", word * 1000, "ms", theirs * 1000,
                              f"LibreOffice printing the bare {areas}-area grid (xlsx → pdf)", ratio_target=0.5))
    return figures


if __name__ == "__main__":
    from common import print_table

    print_table(run(Path(__file__).resolve().parent / "out" / "reports"))
