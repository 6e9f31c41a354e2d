"""Reading an .xlsx workbook's cells as plain SheetCell rows (value, fill colour, comment) with openpyxl.

openpyxl's read-only mode opens the workbook (styles, shared strings, theme, the list of
sheets) without reading any cell; the cells are then read by sheet_cells.py. Read-only
mode leaves cell comments out, so they are read here from each sheet's comments part with
openpyxl's readers, as its full mode does. The private parts used are pinned by the
openpyxl version range in pyproject.toml.
"""

import re
import zipfile
from pathlib import Path

# Excel's old indexed palette. This module is loaded only for an import (never at start-up).
from openpyxl.styles.colors import COLOR_INDEX

from lagesbild_desktop.domain.grid_import import SheetCell, tinted
from lagesbild_desktop.services.sheet_cells import SheetStyles, read_rows

THREADED_COMMENT = re.compile(r"^\[Threaded comment\].*?Comment:\s*", re.DOTALL)


class Workbook:
    """An open workbook; close() it (on Windows an open file cannot be replaced or deleted)."""

    def __init__(self, path: Path):
        from openpyxl import load_workbook

        self.book = load_workbook(path, read_only=True, data_only=True)
        try:
            self.theme = _theme_colours(self.book)
            self._comments = _comments_by_sheet(self.book)
        except BaseException:
            self.book.close()
            raise
        self._fills: dict[int, str | None] = {}  # per cell style, not per cell
        self._rows: dict[str, list[list[SheetCell]]] = {}
        self._styles = SheetStyles(set(self.book._date_formats), set(self.book._timedelta_formats), self.book.epoch,
                                   self._fill)

    def close(self) -> None:
        self.book.close()

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def worksheets(self):
        return self.book.worksheets

    def rows(self, worksheet, max_row: int | None = None) -> list[list[SheetCell]]:
        """Each row as SheetCells from row 1, gaps filled in; each row runs to its last cell, whatever
        used range the file claims. A sheet is read once, however often it is asked for."""
        if worksheet.title not in self._rows:
            book = self.book
            self._rows[worksheet.title] = read_rows(
                book._archive.read(worksheet._worksheet_path), worksheet._shared_strings, self._styles,
                self._comments.get(worksheet.title, {}))
        rows = self._rows[worksheet.title]
        return rows if max_row is None else rows[:max_row]

    def values(self, worksheet, max_row: int | None = None) -> list[list]:
        return [[cell.value for cell in row] for row in self.rows(worksheet, max_row)]

    def _fill(self, style_id: int) -> str | None:
        """The solid fill colour of a cell style (a workbook has a few dozen; a city's import 60,000 cells)."""
        if style_id not in self._fills:
            styles, fills = self.book._cell_styles, self.book._fills
            style = styles[style_id] if 0 <= style_id < len(styles) else None  # a file without styles has none
            fill = fills[style.fillId] if style is not None and 0 <= style.fillId < len(fills) else None
            self._fills[style_id] = (_fill_colour(fill.fgColor, self.theme)
                                     if fill is not None and fill.fill_type == "solid" else None)
        return self._fills[style_id]


def _comments_by_sheet(book) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet title -> (row, column) -> the comment's note, from the parts openpyxl's full mode reads them from.

    The comments part is read with ElementTree rather than openpyxl's CommentSheet, which builds a
    typed object for every run of text (a third of a big workbook's opening time).
    """
    from openpyxl.packaging.relationship import get_dependents, get_rels_path
    from openpyxl.xml.constants import COMMENTS_NS

    archive: zipfile.ZipFile = book._archive  # read-only mode keeps the file open for its sheets
    names = set(archive.namelist())
    found: dict[str, dict[tuple[int, int], str]] = {}
    for worksheet in book.worksheets:
        rels_path = get_rels_path(worksheet._worksheet_path)
        if rels_path not in names:
            continue
        for comments in get_dependents(archive, rels_path).find(COMMENTS_NS):
            if comments.target in names:
                found.setdefault(worksheet.title, {}).update(_notes_in(archive.read(comments.target)))
    return found


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _notes_in(data: bytes) -> dict[tuple[int, int], str]:
    import xml.etree.ElementTree as ET

    from openpyxl.utils.cell import coordinate_to_tuple

    root = ET.fromstring(data)
    authors = [author.text or "" for author in root.iter(f"{_NS}author")]
    notes = {}
    for comment in root.iter(f"{_NS}comment"):
        ref, author_id, text = comment.get("ref"), comment.get("authorId", ""), comment.find(f"{_NS}text")
        if not ref:
            continue
        author = authors[int(author_id)] if author_id.isdigit() and int(author_id) < len(authors) else ""
        notes[coordinate_to_tuple(ref)] = note_text(_plain(text) if text is not None else "", author)
    return notes


def _plain(text) -> str:
    """A comment's text as openpyxl gives it: the plain part, then each formatted run (reading aids left out)."""
    plain = text.find(f"{_NS}t")
    runs = [run.find(f"{_NS}t") for run in text.findall(f"{_NS}r")]
    return "".join(part.text or "" for part in [plain, *runs] if part is not None)


def note_text(text: str, author: str) -> str:
    """A cell comment's text without what Excel adds: "Author Name:" first, or the threaded-comment notice."""
    text = THREADED_COMMENT.sub("", text or "")
    author = (author or "").strip()
    if author and text.startswith(author + ":"):
        text = text[len(author) + 1:]
    return text.strip()


def _theme_colours(book) -> list[str]:
    """The workbook theme's colours in Excel's theme-index order (light 1, dark 1, light 2, dark 2, accents …)."""
    import xml.etree.ElementTree as ET

    from openpyxl.writer.theme import theme_xml

    try:
        root = ET.fromstring(book.loaded_theme or theme_xml)
    except ET.ParseError:
        root = ET.fromstring(theme_xml)
    scheme = root.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}clrScheme")
    colours = []
    for entry in list(scheme) if scheme is not None else []:
        value = next(((child.get("val") if child.tag.endswith("srgbClr") else child.get("lastClr"))
                      for child in entry), None)
        colours.append(f"#{value.upper()}" if value and len(value) == 6 else "#000000")
    if len(colours) >= 4:  # the file lists dark 1, light 1, dark 2, light 2; Excel numbers them light first
        colours[0], colours[1], colours[2], colours[3] = colours[1], colours[0], colours[3], colours[2]
    return colours


def _fill_colour(colour, theme: list[str]) -> str | None:
    """A fill's colour as "#RRGGBB", whether given as RGB, a theme colour with tint, or a palette index."""
    if colour is None:
        return None
    if colour.type == "rgb" and isinstance(colour.rgb, str) and len(colour.rgb) >= 6:
        return "#" + colour.rgb[-6:].upper()
    if colour.type == "theme" and isinstance(colour.theme, int) and colour.theme < len(theme):
        return tinted(theme[colour.theme], colour.tint or 0.0)
    if colour.type == "indexed" and isinstance(colour.indexed, int) and colour.indexed < len(COLOR_INDEX):
        return "#" + COLOR_INDEX[colour.indexed][-6:].upper()
    return None
