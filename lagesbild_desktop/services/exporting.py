"""Exporting a year for Excel: the grid as xlsx (with a legend and the long form) or the long form as CSV.

Both are read back by the import, so a district can move a year between programs and back.
"""

import csv
from pathlib import Path

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.csv_import import COLUMNS
from lagesbild_desktop.domain.isoweek import validate_year
from lagesbild_desktop.services import weeks
from lagesbild_desktop.services.output import write_atomically
from lagesbild_desktop.store import assessments
from lagesbild_desktop.store.connection import Store

FORMULA_STARTS = ("=", "+", "-", "@")


def neutralise(text: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which the import
    removes; text already starting with one gets another, so that it too comes back unchanged."""
    return "'" + text if text.startswith((*FORMULA_STARTS, "'")) else text


def long_rows(store: Store, year) -> list[tuple[str, int, int, int, str]]:
    """(area as named that year, year, week, grade, note), areas in display order, then weeks."""
    year = validate_year(year)
    grid = weeks.year_grid(store, year)
    notes = {(a.area_id, a.week): a.note for a in assessments.for_year(store.conn, year)}
    return [(name, year, week, grid.cells[(area.id, week)].grade, notes.get((area.id, week), ""))
            for area, name in grid.rows for week in range(1, grid.weeks + 1) if (area.id, week) in grid.cells]


def export_csv(store: Store, year, out: Path | str) -> Path:
    rows = long_rows(store, year)

    def build(target: Path) -> None:
        # UTF-8 with byte-order mark and semicolons: what Swedish Excel opens directly.
        with target.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for area, year_, week, grade, note in rows:
                writer.writerow([neutralise(area), year_, week, grade, neutralise(note)])

    return write_atomically(build, out, "Exporten")


def export_xlsx(store: Store, year, out: Path | str) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    year = validate_year(year)
    grid = weeks.year_grid(store, year)
    rows = long_rows(store, year)
    notes = {(name, week): note for name, _y, week, _g, note in rows}
    scale = list(shipped.scale())
    district = store.setting("district", "")

    def text_cell(cell, value: str) -> None:
        cell.value = value
        cell.data_type = "s"  # a string, never a formula, whatever it starts with
        if value.startswith(FORMULA_STARTS):
            cell.style = "Normal"
            cell.quotePrefix = True

    def build(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = str(year)
        sheet.append([f"Årssammanställning lägesbild {district} {year}".replace("  ", " ")])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([])
        sheet.append(["Område", *[f"v.{week}" for week in range(1, grid.weeks + 1)]])
        for cell in sheet[3]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
        fills = {level.value: (PatternFill("solid", fgColor=level.fill.lstrip("#")),
                               Font(bold=True, color=level.text.lstrip("#"))) for level in scale}
        for index, (area, name) in enumerate(grid.rows, start=4):
            text_cell(sheet.cell(index, 1), name)
            for week in range(1, grid.weeks + 1):
                found = grid.cells.get((area.id, week))
                if found is None:
                    continue
                cell = sheet.cell(index, week + 1, found.grade)
                cell.fill, cell.font = fills[found.grade]
                cell.alignment = Alignment(horizontal="center")
                note = notes.get((name, week))
                if note:
                    comment = Comment(note, "Lägesbild")
                    comment.width, comment.height = 300, 120
                    cell.comment = comment
        sheet.freeze_panes = "B4"
        sheet.column_dimensions["A"].width = max([12, *(len(name) + 2 for _a, name in grid.rows)])
        for week in range(1, grid.weeks + 1):
            sheet.column_dimensions[get_column_letter(week + 1)].width = 5
        sheet.page_setup.orientation = "landscape"

        legend = book.create_sheet("Förklaring")
        legend.append(["Bedömning", "Läge", "Definition"])
        for level in scale:
            legend.append([level.value, level.name_sv, level.definition_sv])
            legend.cell(legend.max_row, 1).fill, legend.cell(legend.max_row, 1).font = fills[level.value]
        for cell in legend[1]:
            cell.font = Font(bold=True)
        legend.column_dimensions["B"].width = 18
        legend.column_dimensions["C"].width = 90

        long_form = book.create_sheet("Långform")
        long_form.append(list(COLUMNS))
        for cell in long_form[1]:
            cell.font = Font(bold=True)
        for area, year_, week, grade, note in rows:
            long_form.append([None, year_, week, grade, None])
            text_cell(long_form.cell(long_form.max_row, 1), area)
            text_cell(long_form.cell(long_form.max_row, 5), note)
        long_form.freeze_panes = "A2"
        long_form.column_dimensions["A"].width = sheet.column_dimensions["A"].width
        long_form.column_dimensions["E"].width = 60
        book.save(target)

    return write_atomically(build, out, "Exporten")
