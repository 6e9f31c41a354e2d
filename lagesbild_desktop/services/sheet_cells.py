"""The cells of one worksheet part (xl/worksheets/sheetN.xml) as rows of SheetCell, in one expat pass.

openpyxl reads everything else of a workbook for the import (styles, shared strings, theme,
comments, which sheets there are). The cells themselves are read here because openpyxl's
worksheet parser spends some 5 µs of Python on every cell, which for a city's ten year-sheets
(60,000 cells) was most of an import's time, and the import is to cost little more than
opening the workbook. The values follow what openpyxl's normal load gives (data_only): the
cached value of a formula, shared and inline strings, booleans, error codes as text, numbers as
int or float, date- and duration-formatted numbers as dates and durations; a cell sits where
its reference says; the cells a merged range covers are blank, as in Excel.
tests/importing/test_sheet_cells.py compares the two on a corpus of odd files.
"""

import xml.parsers.expat
from collections.abc import Callable
from typing import NamedTuple

from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601

from lagesbild_desktop.domain.grid_import import SheetCell

BLANK = SheetCell()  # a cell the file leaves out, or one a merged range covers
NO_CELLS: list = []  # every row the file leaves out (one shared list: a stray cell may sit in row 1,048,576)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DIGITS = "0123456789"


class SheetXmlError(ValueError):
    """The sheet's XML is damaged (a truncated or altered file)."""


class SheetStyles(NamedTuple):
    """What the workbook says about its cell styles, as far as reading values and fills needs."""

    date_styles: set[int]
    duration_styles: set[int]
    epoch: object  # the workbook's date epoch (1900 or 1904)
    fill_of_style: Callable[[int], str | None]


def read_rows(data: bytes, shared_strings: list, styles: SheetStyles,
              comments: dict[tuple[int, int], str]) -> list[list[SheetCell]]:
    """Rows from row 1 on, a missing row as [], each row running to its last cell with gaps as BLANK."""
    cells: dict[int, dict[int, tuple[object, int]]] = {}  # row -> column -> (value, style)
    merged: list[str] = []
    columns: dict[str, int] = {}  # "AB" -> 28, worked out once per column
    text: list[str] = []
    # The parser's position, kept in closure variables: these handlers run twice per element.
    row_number = cell_row = column = style = 0
    row_text, row_length = "0", 1  # the row number as cell references write it
    kind = "n"
    in_cell = collect = phonetic = False
    current_row, current = -1, {}
    # The sheet's element names as written: "c", or "x:c" when the file gives the namespace a prefix.
    # Elements of other namespaces (extensions) have other prefixes and are passed over. Plain names
    # are compared here rather than having expat join namespace and name for every element (faster).
    cell_tag = value_tag = text_tag = row_tag = phonetic_tag = merge_tag = None

    def start(name: str, attrs: dict) -> None:
        nonlocal row_number, row_text, row_length, cell_row, column, style, kind, in_cell, collect, phonetic
        nonlocal cell_tag, value_tag, text_tag, row_tag, phonetic_tag, merge_tag
        if cell_tag is None:  # the root element declares the namespaces
            prefix = "" if attrs.get("xmlns") == _MAIN else next(
                (key[6:] + ":" for key, value in attrs.items() if value == _MAIN and key.startswith("xmlns:")), "")
            cell_tag, value_tag, text_tag, row_tag, phonetic_tag, merge_tag = (
                prefix + local for local in ("c", "v", "t", "row", "rPh", "mergeCell"))
        if name == cell_tag:
            ref = attrs.get("r")
            cell_row = row_number
            if ref:
                # Usually "AB12" in row 12: the letters are looked up without parsing. The dictionary
                # holds letters only, so a guess with digits in it ("A1" of "A12" in row 2) misses.
                known = columns.get(ref[:-row_length]) if ref.endswith(row_text) else None
                if known is not None:
                    column = known
                else:
                    head = ref.rstrip(_DIGITS)
                    column = columns.get(head)
                    if column is None:
                        column = columns[head] = column_index_from_string(head.replace("$", "").upper())
                    digits = ref[len(head):]
                    if digits != row_text and digits:  # the reference's row wins over the <row> around it
                        cell_row = int(digits)
            else:
                column += 1
            kind = attrs.get("t", "n")
            style = int(attrs.get("s") or 0)
            in_cell = True
            text.clear()
        elif in_cell:
            # An inline string's text is in <is><t>, every other value in <v>; a phonetic reading
            # aid (<rPh>) is not part of the text.
            if name == value_tag:
                collect = kind != "inlineStr"
            elif name == text_tag:
                collect = kind == "inlineStr" and not phonetic
            elif name == phonetic_tag:
                phonetic = True
        elif name == row_tag:
            number = attrs.get("r")
            row_number = int(float(number)) if number else row_number + 1
            row_text = str(row_number)
            row_length = len(row_text)
            column = 0
        elif name == merge_tag and attrs.get("ref"):
            merged.append(attrs["ref"])

    def end(name: str) -> None:
        nonlocal in_cell, collect, phonetic, current_row, current
        if name == cell_tag:
            in_cell = collect = False
            if cell_row != current_row:
                current_row, current = cell_row, cells.setdefault(cell_row, {})
            current[column] = (value_of(kind, "".join(text), style), style)
        elif name in (value_tag, text_tag):
            collect = False
        elif name == phonetic_tag:
            phonetic = False

    def characters(data: str) -> None:
        if collect:
            text.append(data)

    def value_of(kind: str, raw: str, style: int):
        if kind == "n":
            if not raw:
                return None
            number = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            if style in styles.date_styles:
                try:
                    return from_excel(number, styles.epoch, timedelta=style in styles.duration_styles)
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

    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
        for reference in merged:
            # Only the cells the file has are looked at: a range may span a million empty rows.
            first_column, first_row, last_column, last_row = range_boundaries(reference)
            for covered_row in [number for number in cells if first_row <= number <= last_row]:
                covered = cells[covered_row]
                for covered_column in [number for number in covered if first_column <= number <= last_column]:
                    if (covered_row, covered_column) != (first_row, first_column):
                        del covered[covered_column]
    except (xml.parsers.expat.ExpatError, IndexError, ValueError, TypeError) as exc:
        raise SheetXmlError(str(exc)) from exc
    return _as_rows(cells, styles.fill_of_style, comments)


def _as_rows(cells: dict[int, dict[int, tuple[object, int]]], fill_of_style, comments) -> list[list[SheetCell]]:
    rows: list[list[SheetCell]] = []
    fills: dict[int, str | None] = {}
    for number in range(1, max((number for number, row in cells.items() if row), default=0) + 1):
        row_cells = cells.get(number)
        if not row_cells:
            rows.append(NO_CELLS)
            continue
        row = [BLANK] * max(row_cells)
        for column, (value, style) in row_cells.items():
            fill = fills[style] if style in fills else fills.setdefault(style, fill_of_style(style))
            row[column - 1] = SheetCell(value, fill, comments.get((number, column)) if comments else None)
        rows.append(row)
    return rows
