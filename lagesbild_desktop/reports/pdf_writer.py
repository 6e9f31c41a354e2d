"""A report outline (reports/outline.py) as a PDF: reportlab's platypus, A4, the running header and
"Sida N av M", a table of contents with page numbers, and bookmarks for the PDF reader's side bar."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from lagesbild_desktop.domain.markdown import Block, Item, Run, placed
from lagesbild_desktop.reports import outline as o
from lagesbild_desktop.reports.grid_flowable import YearGridFlowable
from lagesbild_desktop.reports.pdf import BOLD, FONT, document, numbered_canvas, styles, table, table_style

PORTRAIT_WIDTH, LANDSCAPE_WIDTH = 180 * mm, 267 * mm


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    s["h1"] = ParagraphStyle("heading1", parent=s["h1"], keepWithNext=1, spaceBefore=7 * mm)
    s["h2"] = ParagraphStyle("heading2", parent=s["body"], fontName=BOLD, fontSize=11.5, leading=15,
                             spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1)
    s["label"] = ParagraphStyle("label", parent=s["body"], fontName=BOLD, spaceBefore=2 * mm, keepWithNext=1)
    s["text"] = ParagraphStyle("text", parent=s["body"], spaceAfter=2 * mm)
    s["empty"] = ParagraphStyle("empty", parent=s["text"], textColor=colors.HexColor("#5F6368"))
    s["caption"] = ParagraphStyle("caption2", parent=s["caption"], keepWithNext=1)
    s["toc1"] = ParagraphStyle("toc1", parent=s["body"], fontName=BOLD, leftIndent=0, firstLineIndent=0,
                               spaceBefore=2 * mm)
    s["toc2"] = ParagraphStyle("toc2", parent=s["body"], leftIndent=6 * mm, firstLineIndent=0)
    return s


def runs_markup(runs: tuple[Run, ...]) -> str:
    """Reportlab's paragraph markup for runs: bold and italic, line breaks kept."""
    made = []
    for run in runs:
        text = escape(run.text).replace("\n", "<br/>")
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        made.append(text)
    return "".join(made)


def block_flowables(blocks: tuple[Block, ...] | list[Block], style: ParagraphStyle) -> list[Paragraph]:
    """Paragraphs and list items (bullets, or numbers counted per list and depth) as Paragraphs."""
    made: list[Paragraph] = []
    for block, number, _starts in placed(blocks):
        if isinstance(block, Item):
            indent = (block.depth + 1) * 6 * mm
            item_style = ParagraphStyle(f"{style.name}-item{block.depth}", parent=style, leftIndent=indent,
                                        bulletIndent=indent - 4.5 * mm, spaceBefore=0, spaceAfter=0.8 * mm,
                                        bulletFontName=style.fontName)  # not Helvetica, which is not embedded
            bullet = f"{number}." if block.ordered else ("•" if block.depth % 2 == 0 else "–")
            made.append(Paragraph(runs_markup(block.runs), item_style, bulletText=bullet))
        else:
            made.append(Paragraph(runs_markup(block.runs), style))
    return made


PADDING = 3  # points each side of a cell (reportlab.pdf.table_style)


class _Cells:
    """A table's cells: a plain string where the text fits on one line (drawn by the table itself, several
    times cheaper than a Paragraph in a city district's tables), else a Paragraph that wraps; the look of a
    string (bold, colour, alignment) goes to the table's style, a Paragraph's to its (shared) style."""

    def __init__(self, s, small: bool):
        self.base = s["cell"] if not small else ParagraphStyle("small-cell", parent=s["cell"], fontSize=7.5,
                                                               leading=9)
        self.styles: dict[tuple, ParagraphStyle] = {}
        self.commands: list[tuple] = []

    def style(self, cell: o.Cell) -> ParagraphStyle:
        key = (cell.bold, cell.colour, cell.align)
        if key not in self.styles:
            base = self.base
            self.styles[key] = ParagraphStyle(f"{base.name}-{cell.colour}-{cell.bold}-{cell.align}", parent=base,
                                              fontName=BOLD if cell.bold else base.fontName,
                                              textColor=colors.HexColor(cell.colour) if cell.colour else base.textColor,
                                              alignment={"left": 0, "center": 1, "right": 2}[cell.align])
        return self.styles[key]

    def made(self, cell: o.Cell, width: float, at: tuple[int, int]):
        if cell.blocks:
            return block_flowables(cell.blocks, self.style(cell))
        font = BOLD if cell.bold else self.base.fontName
        if "\n" not in cell.text and stringWidth(cell.text, font, self.base.fontSize) <= width - 2 * PADDING:
            self.commands.append(("FONT", at, at, font, self.base.fontSize))
            if cell.colour:
                self.commands.append(("TEXTCOLOR", at, at, colors.HexColor(cell.colour)))
            if cell.align != "left":
                self.commands.append(("ALIGN", at, at, cell.align.upper()))
            return cell.text
        return Paragraph(escape(cell.text).replace("\n", "<br/>"), self.style(cell))


def table_flowables(part: o.Table, s, width: float) -> list:
    caption = Paragraph(escape(part.caption), s["caption"])
    if not part.rows and part.empty:
        return [caption, Paragraph(escape(part.empty), s["text"])]
    scale = width / PORTRAIT_WIDTH
    widths = [w * scale * mm for w in part.widths]
    cells = _Cells(s, part.small)
    rows = [[cells.made(c._replace(bold=True) if number == 0 else c, w, (column, number))
             for column, (c, w) in enumerate(zip(row, widths, strict=True))]
            for number, row in enumerate((part.header, *part.rows))]
    style = table_style()
    style.add("VALIGN", (0, 1), (-1, -1), "TOP")
    for command in cells.commands:
        style.add(*command)
    for index, c in enumerate(part.header):
        if c.fill:
            style.add("BACKGROUND", (index, 0), (index, 0), colors.HexColor(c.fill))
    for number, row in enumerate(part.rows, start=1):
        for index, c in enumerate(row):
            if c.fill:
                style.add("BACKGROUND", (index, number), (index, number), colors.HexColor(c.fill))
    made = [caption, table(rows, [w * scale for w in part.widths], style)]
    if part.note:
        made += [Spacer(1, 1.5 * mm), Paragraph(escape(part.note), s["small"])]
    return made + [Spacer(1, 3 * mm)]


class _Document:
    """The platypus document with its table of contents filled as headings are laid out."""

    def __init__(self, path: Path, title: str):
        self.doc = document(path, title)
        self.doc.afterFlowable = self._after  # type: ignore[method-assign]
        self.count = 0

    def _after(self, flowable) -> None:
        level = getattr(flowable, "_heading_level", None)
        if level is None:
            return
        text = escape(flowable.getPlainText())  # the contents lay it out as markup again: "&" stays "&"
        key = f"h{getattr(flowable, '_heading_number', 0)}"
        canvas = self.doc.canv
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(text, key, level=level - 1, closed=level > 1)
        self.doc.notify("TOCEntry", (level - 1, text, self.doc.page, key))


def build_pdf(outline: o.Outline, path: Path, progress=None) -> None:
    step = progress or (lambda _share: None)
    s = _styles()
    made = _Document(path, outline.title)
    story: list = []
    width = PORTRAIT_WIDTH
    headings = 0
    contents = None
    total = max(1, len(outline.parts))
    for index, part in enumerate(outline.parts):
        if isinstance(part, o.Title):
            story += [Spacer(1, 45 * mm), Paragraph(escape(part.title), s["title"])]
            story += [Paragraph(f"<b>{escape(line)}</b>" if number < 2 else escape(line),
                                s["h1"] if number < 2 else s["body"]) for number, line in enumerate(part.lines)]
            story.append(PageBreak())
        elif isinstance(part, o.Contents):
            contents = TableOfContents(levelStyles=[s["toc1"], s["toc2"]], dotsMinLevel=0,
                                       # its table's own default font would be Helvetica, which is not embedded
                                       tableStyle=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                                                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            story += [Paragraph(escape(part.title), s["h1"]), contents, PageBreak()]
        elif isinstance(part, o.Heading):
            headings += 1
            paragraph = Paragraph(escape(part.text), s["h1"] if part.level == 1 else s["h2"])
            paragraph._heading_level = part.level  # type: ignore[attr-defined]
            paragraph._heading_number = headings  # type: ignore[attr-defined]
            following = outline.parts[index + 1] if index + 1 < len(outline.parts) else None
            before = outline.parts[index - 1] if index else None
            # A heading never ends a page: room for it and a few lines, or for the whole chart that follows
            # (a chart is kept in one piece, and reportlab does not keep a heading with a piece kept together).
            # A heading right under another one goes where that one went: the first one made room for both.
            if not isinstance(before, o.Heading):
                room = 95 * mm if isinstance(following, o.Chart) else 55 * mm if isinstance(following, o.Heading) \
                    else 40 * mm
                story.append(CondPageBreak(room))
            story.append(paragraph)
        elif isinstance(part, o.Label):
            story.append(Paragraph(escape(part.text), s["label"]))
        elif isinstance(part, o.Text):
            story += (block_flowables(part.blocks, s["text"]) if part.blocks
                      else [Paragraph(f"<i>{escape(part.empty)}</i>", s["empty"])] if part.empty else [])
        elif isinstance(part, o.Note):
            story.append(Paragraph(escape(part.text), s["small"]))
        elif isinstance(part, o.Checkbox):
            mark = "[X]" if part.checked else "[&nbsp;&nbsp;]"
            story.append(Paragraph(f"<b>{mark}</b> {escape(part.text)}", s["text"]))
        elif isinstance(part, o.Table):
            story += table_flowables(part, s, width)
        elif isinstance(part, o.Grid):
            story += [Paragraph(escape(part.caption), s["caption"]),
                      YearGridFlowable(part.weeks, [(name, list(cells)) for name, cells in part.rows], width),
                      Spacer(1, 2 * mm), Paragraph(escape(part.note), s["small"])]
        elif isinstance(part, o.Chart):
            story.append(KeepTogether([Paragraph(escape(part.caption), s["caption"]),
                                       part.make(min(width, part.width_mm * mm))]))
        elif isinstance(part, o.Landscape):
            story += [NextPageTemplate("landscape"), PageBreak()]
            width = LANDSCAPE_WIDTH
        elif isinstance(part, o.Portrait):
            story += [NextPageTemplate("portrait"), PageBreak()]
            width = PORTRAIT_WIDTH
        step(0.6 * (index + 1) / total)
    if contents is not None:
        # The contents start with every heading (page unknown), so the first pass lays them out at their
        # full length and finds the pages, and the second confirms them: two passes instead of three.
        contents._entries = [(heading.level - 1, escape(heading.text), 0, f"h{number}")
                             for number, heading in enumerate(o.headings(outline), start=1)]
    made.doc.multiBuild(story, canvasmaker=numbered_canvas(outline.header))
    step(1.0)


__all__ = ["FONT", "build_pdf", "block_flowables", "runs_markup"]
