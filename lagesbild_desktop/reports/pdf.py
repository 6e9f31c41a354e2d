"""What both reports share: embedded fonts, styles, the page frame with "Sida N av M"."""

import re
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

FONT, BOLD = "LagesbildSans", "LagesbildSans-Bold"
ITALIC, BOLD_ITALIC = "LagesbildSans-Italic", "LagesbildSans-BoldItalic"
MARGIN = 15 * mm


def register_fonts() -> None:
    """Bitstream Vera, shipped with reportlab: embedded in the PDF, with å, ä, ö on every computer."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "VeraIt.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD_ITALIC, str(folder / "VeraBI.ttf")))
    # So that <b> and <i> in a paragraph (a written text's bold and italic) find their faces.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=9.5),
        "grid_name": ParagraphStyle("grid_name", parent=body, fontSize=6.5, leading=7.5),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8, leading=9.5),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=28, spaceAfter=8 * mm),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceBefore=4 * mm,
                             spaceAfter=3 * mm),
        "caption": ParagraphStyle("caption", parent=body, fontName=BOLD, fontSize=9, spaceBefore=2 * mm,
                                  spaceAfter=1.5 * mm),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
    }


_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def text_paragraphs(text: str | None, style: ParagraphStyle, empty: str = "–") -> list[Paragraph]:
    """A text someone wrote, as they wrote it: a blank line starts a new paragraph, a single line
    break stays a line break (reportlab's Paragraph would run them all into one paragraph).
    Usable as a table cell: a cell may hold a list of flowables."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return [Paragraph(escape(empty), style)] if empty else []
    following = ParagraphStyle(f"{style.name}-following", parent=style, spaceBefore=style.leading * 0.6)
    return [Paragraph(escape(part.strip("\n")).replace("\n", "<br/>"), style if number == 0 else following)
            for number, part in enumerate(_BLANK_LINE.split(text))]


def place_and_description(incident, style: ParagraphStyle) -> list[Paragraph]:
    """An incident's place, then its description with the description's own line breaks."""
    place = (incident.place or "").strip()
    description = (incident.description or "").strip()
    return text_paragraphs(f"{place} – {description}" if place and description else place or description, style)


def table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 8),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E8EAED")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA0A6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ])


def table(rows: list, widths_mm: list[float], style: TableStyle) -> Table:
    """A table at the left margin, its header repeated on each page, and a row taller than a
    page (a long note or description) continued on the next page instead of stopping the report."""
    made = Table(rows, colWidths=[width * mm for width in widths_mm], repeatRows=1, splitInRow=1, hAlign="LEFT")
    made.setStyle(style)
    return made


def level_style(base: ParagraphStyle, text_colour: str) -> ParagraphStyle:
    """Text on a grade's colour: table TEXTCOLOR does not reach into a Paragraph, so the style carries it."""
    return ParagraphStyle(f"{base.name}-{text_colour}", parent=base, fontName=BOLD,
                          textColor=colors.HexColor(text_colour))


def numbered_canvas(header: str):
    """A canvas that writes the running header and "Sida N av M" once it knows M."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, height = self._pagesize
                self.setFont(FONT, 8)
                self.setFillColor(colors.HexColor("#5F6368"))
                self.drawString(MARGIN, height - 10 * mm, header)
                self.drawRightString(width - MARGIN, 8 * mm, f"Sida {number} av {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


# Frames without their default 6 pt padding: tables are sized to the full width between the margins.
NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def document(path: Path, title: str) -> BaseDocTemplate:
    """A4 portrait pages, and landscape pages (for the grid) on request."""
    register_fonts()
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title, author="Lägesbild Desktop",
                          # else every page starts in Helvetica, which is not embedded
                          initialFontName=FONT,
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm, bottomMargin=14 * mm)
    portrait_frame = Frame(MARGIN, 14 * mm, A4[0] - 2 * MARGIN, A4[1] - 30 * mm, id="portrait", **NO_PADDING)
    wide = landscape(A4)
    landscape_frame = Frame(MARGIN, 14 * mm, wide[0] - 2 * MARGIN, wide[1] - 30 * mm, id="landscape", **NO_PADDING)
    doc.addPageTemplates([PageTemplate("portrait", [portrait_frame], pagesize=A4),
                          PageTemplate("landscape", [landscape_frame], pagesize=wide)])
    return doc


def week_ranges(weeks: list[int]) -> str:
    """3, 4, 5, 6, 8 -> "3–6, 8": every week named, however many."""
    parts, start = [], None
    for index, week in enumerate(weeks):
        if start is None:
            start = week
        if index + 1 == len(weeks) or weeks[index + 1] != week + 1:
            parts.append(str(start) if start == week else f"{start}–{week}")
            start = None
    return ", ".join(parts)


def decimal(value: float | None, digits: int = 2) -> str:
    """Swedish decimal comma (2,40); a dash when there is no value."""
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")
