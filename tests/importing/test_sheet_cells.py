"""The import's own reading of sheet cells gives what openpyxl gives, for every kind of cell a writer may store."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook as OpenpyxlWorkbook
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from lagesbild_desktop.domain.grid_import import SheetCell
from lagesbild_desktop.services.sheet_cells import SheetStyles, SheetXmlError, read_rows
from lagesbild_desktop.services.workbook_reading import Workbook, _fill_colour, _theme_colours, note_text

SAMPLES = ["arssammanstallning_2023.xlsx", "arssammanstallning_2023_farger.xlsx"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def trimmed(rows) -> list[list]:
    """Rows without trailing blanks, and without trailing empty rows: openpyxl pads to the used range."""
    rows = [list(row) for row in rows]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def both(path):
    """(ours, openpyxl's full mode) per sheet: values, fill colours and comments."""
    reference = load_workbook(path, data_only=True)
    with Workbook(path) as book:
        for ours, theirs in zip(book.worksheets, reference.worksheets, strict=True):
            rows = book.rows(ours)
            yield (trimmed([cell.value for cell in row] for row in rows),
                   trimmed(theirs.iter_rows(values_only=True)),
                   {(r, c): cell.comment for r, row in enumerate(rows, 1) for c, cell in enumerate(row, 1)
                    if cell.comment},
                   {(cell.row, cell.column): cell.comment.text for row in theirs.iter_rows() for cell in row
                    if cell.comment},
                   {(r, c): cell.fill for r, row in enumerate(rows, 1) for c, cell in enumerate(row, 1) if cell.fill})


ODD = Path(__file__).resolve().parents[1] / "data" / "odd_xlsx"


def cells_that_matter(rows_by_sheet) -> dict:
    """Every cell with a value or a fill, by sheet and position (a comment alone on a blank cell imports nothing)."""
    return {title: {(row, column): cell for row, cells in enumerate(rows, 1) for column, cell in enumerate(cells, 1)
                    if cell.value is not None or cell.fill}
            for title, rows in rows_by_sheet.items()}


def openpyxl_rows(path) -> dict:
    """What the import read before it had its own cell reader: openpyxl's normal load, cell by cell."""
    book = load_workbook(path, data_only=True)
    theme = _theme_colours(book)
    def cell_of(cell) -> SheetCell:
        solid = cell.fill is not None and cell.fill.fill_type == "solid"
        return SheetCell(cell.value, _fill_colour(cell.fill.fgColor, theme) if solid else None,
                         note_text(cell.comment.text, cell.comment.author) if cell.comment is not None else None)

    return {sheet.title: [[cell_of(cell) for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl remarks on the odd parts it passes over
@pytest.mark.parametrize("path", sorted(ODD.glob("*.xlsx")), ids=lambda path: path.stem)
def test_odd_files_read_as_openpyxl_reads_them(path):
    with Workbook(path) as book:
        ours = {sheet.title: book.rows(sheet) for sheet in book.worksheets}
    assert cells_that_matter(ours) == cells_that_matter(openpyxl_rows(path))


@pytest.mark.parametrize("name", ["libreoffice_merged_grid", "libreoffice_merged_hidden_values"])
def test_a_merged_range_counts_once_as_in_excel(name):
    """LibreOffice writes the covered cells of C2:E2 with the first cell's fill, or keeps values hidden in them."""
    with Workbook(ODD / f"{name}.xlsx") as book:
        row = book.rows(book.worksheets[0])[1]
    assert row[0].value == "Väster" and (row[2].value or row[2].fill)  # the range's first cell counts
    assert row[3:] == [] or all(cell == SheetCell() for cell in row[3:5])  # the cells it covers are blank


@pytest.mark.parametrize("name", SAMPLES)
def test_the_samples_read_as_openpyxl_reads_them(samples, name):
    coloured = set()
    for ours, theirs, our_comments, their_comments, fills in both(samples / name):
        assert ours == theirs
        assert our_comments.keys() == their_comments.keys()
        assert all(text in their_comments[key] for key, text in our_comments.items())
        coloured |= set(fills.values())
    if name.endswith("farger.xlsx"):
        assert len(coloured) >= 5, coloured  # the five grades' colours


cell_values = st.one_of(
    st.none(), st.integers(-10**9, 10**9), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(), st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=st.lists(st.lists(cell_values, max_size=8), max_size=8),
       marks=st.lists(st.tuples(st.integers(1, 8), st.integers(1, 8), st.sampled_from(["fill", "comment"])),
                      max_size=6))
def test_any_grid_reads_as_openpyxl_reads_it(tmp_path_factory, grid, marks):
    path = tmp_path_factory.mktemp("any") / "any.xlsx"
    book = OpenpyxlWorkbook()
    sheet = book.active
    for row_number, row in enumerate(grid, 1):
        for column, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(row_number, column, value)
    for row_number, column, kind in marks:
        if kind == "fill":
            sheet.cell(row_number, column).fill = PatternFill("solid", fgColor="FFC000")
        else:
            sheet.cell(row_number, column).comment = Comment(f"Not {row_number}:{column} & <x>", "Anna")
    book.save(path)
    for ours, theirs, our_comments, their_comments, fills in both(path):
        assert ours == theirs
        assert our_comments.keys() == their_comments.keys()
        assert set(fills.values()) <= {"#FFC000"}
        assert set(fills) == {(r, c) for r, c, kind in marks if kind == "fill"}


def read(xml: str, shared=(), date_styles=(), fills=None, comments=None, duration_styles=()):
    styles = SheetStyles(set(date_styles), set(duration_styles), dt.datetime(1899, 12, 30),
                         lambda style: (fills or {}).get(style))
    return read_rows(xml.encode("utf-8"), list(shared), styles, comments or {})


def values(rows):
    return [[cell.value for cell in row] for row in rows]


def test_every_cell_type_as_a_writer_may_store_it():
    rows = read(f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c><c r="C1"><v>2.5</v></c><c r="D1" t="b"><v>1</v></c>
<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>A1&amp;"x"</f><v>Väster &amp; x</v></c>
<c r="G1" t="inlineStr"><is><r><t>Hög</t></r><r><t xml:space="preserve">sby </t></r><rPh><t>X</t></rPh></is></c>
<c r="H1" s="2"><v>45000</v></c><c r="I1" t="d"><v>2023-01-05T00:00:00</v></c><c r="J1"><f>1+2</f><v>3</v></c>
<c r="K1" s="1"/><c r="L1"><v>1E3</v></c></row>
</sheetData></worksheet>""", shared=["Grimsta"], date_styles={2}, fills={1: "#FFFF00"})
    assert values(rows) == [["Grimsta", 3, 2.5, True, "#N/A", 'Väster & x', "Högsby ", dt.datetime(2023, 3, 15),
                             dt.datetime(2023, 1, 5), 3, None, 1000.0]]
    assert rows[0][10] == SheetCell(None, "#FFFF00", None)


def test_prefixed_namespace_cells_without_references_and_missing_rows():
    rows = read(f"""<x:worksheet xmlns:x="{MAIN}"><x:sheetData>
<x:row r="2"><x:c><x:v>1</x:v></x:c><x:c r="C2"><x:v>2</x:v></x:c><x:c><x:v>3</x:v></x:c></x:row>
<x:row><x:c r="B3"><x:v>4</x:v></x:c></x:row>
<x:row r="6"><x:c r="AA6"><x:v>5</x:v></x:c></x:row>
</x:sheetData></x:worksheet>""", comments={(3, 2): "Bränder"})
    assert values(rows)[:5] == [[], [1, None, 2, 3], [None, 4], [], []]
    assert rows[2][1].comment == "Bränder"
    assert len(rows[5]) == 27 and rows[5][26].value == 5


@pytest.mark.parametrize("xml", [
    f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c>',  # cut off
    f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>',
    f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>tre</v></c></row></sheetData></worksheet>',
])
def test_a_damaged_sheet_is_an_error(xml):
    with pytest.raises(SheetXmlError):
        read(xml, shared=["Grimsta"])


def test_a_merged_range_over_the_whole_sheet_is_read_at_once():
    """Only the cells the file holds are visited: A1:XFD1048576 is 17 billion cells."""
    rows = read(f"""<worksheet xmlns="{MAIN}"><sheetData>
<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>""")
    assert values(rows) == [[1]]

