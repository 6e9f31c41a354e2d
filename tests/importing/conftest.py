"""Workbooks and CSV files shaped like the districts' own, written here so every variant can be tried."""

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"  # copies of ../shared/samples
EXCEL_FILLS = {1: "00B050", 2: "FFFF00", 3: "FFC000", 4: "FF0000", 5: "7030A0"}


def write_grid(path: Path, sheets: dict[str, dict[str, dict[int, tuple]]], *, header=lambda week: f"v.{week}",
               title: str | None = "Årssammanställning lägesbild {sheet}", weeks: int = 52, digits: bool = True,
               fills: bool = True, extra_sheets: tuple[str, ...] = ()) -> Path:
    """sheets: sheet name -> area -> week -> (grade, note or None)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    book = Workbook()
    book.remove(book.active)
    for name, areas in sheets.items():
        sheet = book.create_sheet(name)
        if title:
            sheet.append([title.format(sheet=name)])
            sheet.append([])
        sheet.append(["Område", *[header(week) for week in range(1, weeks + 1)]])
        for area, cells in areas.items():
            row = sheet.max_row + 1
            sheet.cell(row, 1, area)
            for week, (grade, note) in cells.items():
                cell = sheet.cell(row, week + 1, grade if digits else None)
                if fills:
                    cell.fill = PatternFill("solid", fgColor=EXCEL_FILLS[grade])
                if note:
                    cell.comment = Comment(note, "Sekreterare")
    for name in extra_sheets:
        book.create_sheet(name).append(["Förklaring", "1 = Normalt läge"])
    book.save(path)
    return path


@pytest.fixture
def samples() -> Path:
    return SAMPLES
