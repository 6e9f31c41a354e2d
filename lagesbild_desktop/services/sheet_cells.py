"""The cells of one worksheet part (xl/worksheets/sheetN.xml) as rows of SheetCell, in one expat pass.

openpyxl reads everything else of a workbook for the import (styles, shared strings, theme,
comments, which sheets there are). The cells themselves are read here because openpyxl's
worksheet parser spends some 5 µs of Python on every cell, which for a city's ten year-sheets
(60,000 cells) was most of an import's time, and the import is to cost little more than
opening the workbook. The values follow openpyxl's own rules (data_only): the cached value of
a formula, shared and inline strings, booleans, error codes as text, numbers as int or float,
and date-formatted numbers as dates.
"""

import xml.parsers.expat
from collections.abc import Callable

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

from lagesbild_desktop.domain.grid_import import SheetCell

BLANK = SheetCell()  # a cell the file leaves out


class SheetXmlError(ValueError):
    """The sheet's XML is damaged (a truncated or altered file)."""


def read_rows(data: bytes, shared_strings: list, date_styles: set[int], epoch,
              fill_of_style: Callable[[int], str | None],
              comments: dict[tuple[int, int], str]) -> list[list[SheetCell]]:
    """Rows from row 1 on, a missing row as [], each row running to its last cell with gaps as BLANK."""
    rows: list[list[SheetCell]] = []
    columns: dict[str, int] = {}  # "AB" -> 28, worked out once per column
    local_names: dict[str, str] = {}  # "x:c" -> "c": some writers prefix the sheet's namespace
    text: list[str] = []
    cells: list[tuple[int, object, int]] = []
    # The parser's position, kept in closure variables: these handlers run twice per element.
    row_number = column = style = 0
    kind = "n"
    in_cell = collect = phonetic = False

    def local(name: str) -> str:
        return local_names.get(name) or local_names.setdefault(name, name.rpartition(":")[2])

    def start(name: str, attrs: dict) -> None:
        nonlocal row_number, column, style, kind, in_cell, collect, phonetic
        if ":" in name:  # inline: this runs for every element
            name = local(name)
        if name == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = columns.get(letters) or columns.setdefault(letters, column_index_from_string(letters))
            else:
                column += 1
            kind = attrs.get("t", "n")
            style = int(attrs.get("s") or 0)
            in_cell = True
            text.clear()
        elif in_cell:
            if name == "v" or (name == "t" and not phonetic):
                collect = True
            elif name == "rPh":
                phonetic = True  # a reading aid in Japanese text, not part of the value
        elif name == "row":
            finish_row()
            number = attrs.get("r")
            row_number = int(number) if number else row_number + 1
            column = 0

    def end(name: str) -> None:
        nonlocal in_cell, collect, phonetic
        if ":" in name:
            name = local(name)
        if name == "c":
            in_cell = collect = False
            cells.append((column, value_of(kind, "".join(text), style), style))
        elif name == "v" or name == "t":
            collect = False
        elif name == "rPh":
            phonetic = False
        elif name == "sheetData":
            finish_row()

    def characters(data: str) -> None:
        if collect:
            text.append(data)

    def value_of(kind: str, raw: str, style: int):
        if kind == "n":
            if not raw:
                return None
            number = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            if style in date_styles:
                try:
                    return from_excel(number, epoch)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return shared_strings[int(raw)] if raw else None
        if not raw:  # an empty string cell reads as blank, as openpyxl reads it
            return None
        if kind == "b":
            return raw.strip() not in ("0", "")
        if kind == "d":
            return from_ISO8601(raw)
        return raw  # "inlineStr", "str" (a formula's text result) and "e" (an error code such as #N/A)

    def finish_row() -> None:
        if not cells:
            return
        while len(rows) < row_number - 1:
            rows.append([])
        row = [BLANK] * max(cell[0] for cell in cells)
        for cell_column, value, cell_style in cells:
            row[cell_column - 1] = SheetCell(value, fill_of_style(cell_style) if cell_style else None,
                                             comments.get((row_number, cell_column)))
        if len(rows) == row_number - 1:  # rows come in order; one out of order is not a grid row anyway
            rows.append(row)
        cells.clear()

    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except (xml.parsers.expat.ExpatError, IndexError, ValueError) as exc:
        raise SheetXmlError(str(exc)) from exc
    return rows
