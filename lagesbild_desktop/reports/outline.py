"""A report as a list of parts that both formats lay out: the PDF (reports/pdf_writer.py) and the Word
document (reports/docx_writer.py). What a report says is decided once (reports/yearly_outline.py), so the
two formats cannot differ in content, only in how a page looks.

No reportlab and no python-docx here: plain values. A chart is the one exception: it is drawn by
reportlab in both formats (vector in the PDF, a 300 dpi picture in Word), so it carries a function
that makes the chart's reportlab flowable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from lagesbild_desktop.domain.markdown import Block


class Cell(NamedTuple):
    text: str = ""  # "\n" is a line break
    blocks: tuple[Block, ...] = ()  # a written text (Markdown) instead of `text`
    fill: str | None = None  # background "#RRGGBB"
    colour: str | None = None  # text colour
    bold: bool = False
    align: str = "left"  # left | right | center


class Title(NamedTuple):
    title: str
    lines: tuple[str, ...]  # district, year, made on, by which program


class Contents(NamedTuple):
    """The table of contents: the headings of levels 1 and 2."""

    title: str = "Innehåll"


class Heading(NamedTuple):
    level: int  # 1 or 2 (Word's "Rubrik 1", "Rubrik 2")
    text: str


class Label(NamedTuple):
    """A short bold line that introduces what follows ("Beskrivning av området:")."""

    text: str


class Text(NamedTuple):
    blocks: tuple[Block, ...]
    empty: str = ""  # said (in italics) when there is no text


class Note(NamedTuple):
    """Small print under a table or chart."""

    text: str


class Table(NamedTuple):
    caption: str  # "Tabell 3. Sammanställning per område"
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]  # mm, for portrait A4 between the margins (180 mm)
    note: str = ""
    small: bool = False  # many columns: a smaller type
    empty: str = ""  # said instead of the table when it has no rows


class Grid(NamedTuple):
    """Tabell 2: a row per area, a column per week, each cell the grade's digit on its colour."""

    caption: str
    weeks: int
    rows: tuple[tuple[str, tuple[tuple[str, str, str] | None, ...]], ...]  # name, (text, fill, text colour)
    note: str


class Chart(NamedTuple):
    caption: str  # "Diagram 1. …"
    make: Callable[[float], object]  # width in points -> a reportlab Flowable
    width_mm: float = 180


class Checkbox(NamedTuple):
    checked: bool
    text: str


class Landscape(NamedTuple):
    """The parts until Portrait are on landscape pages (the grid's 53 weeks)."""


class Portrait(NamedTuple):
    pass


Part = Title | Contents | Heading | Label | Text | Note | Table | Grid | Chart | Checkbox | Landscape | Portrait


class Outline(NamedTuple):
    title: str  # the document's title (its properties)
    header: str  # the running header on every page
    parts: list[Part]


class Numbers:
    """Tables and charts numbered in the order they appear ("Tabell 3.", "Diagram 1.")."""

    def __init__(self) -> None:
        self.tables = 0
        self.charts = 0

    def table(self, caption: str) -> str:
        self.tables += 1
        return f"Tabell {self.tables}. {caption}"

    def chart(self, caption: str) -> str:
        self.charts += 1
        return f"Diagram {self.charts}. {caption}"


def headings(outline: Outline) -> list[Heading]:
    return [part for part in outline.parts if isinstance(part, Heading)]


def cell(text: object = "", **style) -> Cell:
    return Cell(str(text), **style)

