"""Tabell 2, the colour grid, drawn straight onto the page.

A reportlab Table with one style command per coloured cell needs half a second for a
city district (130 areas × 52 weeks); drawing rectangles and digits directly takes a
tenth of that, and the page looks the same: grey header, thin grid lines, digits on the
scale's colours, and the critical marker. Rows that do not fit continue on the next page
under a repeated header.
"""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from lagesbild_desktop.reports.pdf import BOLD, FONT

ROW_HEIGHT = 4.2 * mm
NAME_WIDTH = 38 * mm
HEADER_FILL = colors.HexColor("#E8EAED")
LINE_COLOUR = colors.HexColor("#9AA0A6")


class YearGridFlowable(Flowable):
    def __init__(self, weeks: int, rows: list[tuple[str, list[tuple[str, str, str] | None]]], width: float):
        """rows: (area name, per week None or (text, fill colour, text colour))."""
        super().__init__()
        self.weeks, self.rows, self.width = weeks, rows, width
        self.week_width = (width - NAME_WIDTH) / weeks

    def wrap(self, available_width, available_height):
        self.height = ROW_HEIGHT * (len(self.rows) + 1)
        return self.width, self.height

    def split(self, available_width, available_height):
        fits = int(available_height // ROW_HEIGHT) - 1  # one row goes to the header
        if fits < 1:
            return []
        if fits >= len(self.rows):
            return [self]
        return [YearGridFlowable(self.weeks, self.rows[:fits], self.width),
                YearGridFlowable(self.weeks, self.rows[fits:], self.width)]

    def _centred(self, text, font: str, size: float, placed: list[tuple[int, float, str]]) -> None:
        """Strings centred in their week's column; widths measured once per distinct string."""
        text.setFont(font, size)
        widths: dict[str, float] = {}
        for week, y, string in placed:
            if string not in widths:
                widths[string] = stringWidth(string, font, size)
            text.setTextOrigin(NAME_WIDTH + (week + 0.5) * self.week_width - widths[string] / 2, y)
            text.textOut(string)

    def draw(self):
        canvas, rows = self.canv, self.rows
        top = self.height
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - ROW_HEIGHT, self.width, ROW_HEIGHT, stroke=0, fill=1)
        fills: dict[str, list] = {}  # one colour change per colour, not per cell
        for index, (_name, cells) in enumerate(rows, start=1):
            y = top - (index + 1) * ROW_HEIGHT
            for week, cell in enumerate(cells):
                if cell:
                    fills.setdefault(cell[1], []).append((week, y))
        for fill, placed in fills.items():
            canvas.setFillColor(colors.HexColor(fill))
            for week, y in placed:
                canvas.rect(NAME_WIDTH + week * self.week_width, y, self.week_width, ROW_HEIGHT, stroke=0, fill=1)
        # Text: the header, the names, and the digits, each in its colour; one text object for all
        # of them, since a text object per cell is what made the grid slow.
        baseline = 1.3 * mm
        text = canvas.beginText()
        text.setFillColor(colors.black)
        text.setFont(BOLD, 6.5)
        text.setTextOrigin(1 * mm, top - ROW_HEIGHT + baseline)
        text.textOut("Område")
        self._centred(text, BOLD, 6, [(week - 1, top - ROW_HEIGHT + baseline, str(week))
                                      for week in range(1, self.weeks + 1)])
        for index, (name, _cells) in enumerate(rows, start=1):
            # A long name first gets a smaller type, and only then is it shortened.
            size = 6.5 if stringWidth(name, FONT, 6.5) <= NAME_WIDTH - 2 * mm else 5.2
            text.setFont(FONT, size)
            text.setTextOrigin(1 * mm, top - (index + 1) * ROW_HEIGHT + baseline)
            text.textOut(fit(name, NAME_WIDTH - 2 * mm, FONT, size))
        by_colour: dict[str, list] = {}
        for index, (_name, cells) in enumerate(rows, start=1):
            y = top - (index + 1) * ROW_HEIGHT + baseline
            for week, cell in enumerate(cells):
                if cell and cell[0]:
                    by_colour.setdefault(cell[2], []).append((week, y, cell[0]))
        for colour, placed in by_colour.items():
            text.setFillColor(colors.HexColor(colour))
            self._centred(text, BOLD, 7, placed)
        canvas.drawText(text)
        # Lines last, over the fills, like a table's grid.
        canvas.setStrokeColor(LINE_COLOUR)
        canvas.setLineWidth(0.4)
        bottom = top - (len(rows) + 1) * ROW_HEIGHT
        path = canvas.beginPath()
        for index in range(len(rows) + 2):
            path.moveTo(0, top - index * ROW_HEIGHT)
            path.lineTo(self.width, top - index * ROW_HEIGHT)
        for x in [0, *(NAME_WIDTH + week * self.week_width for week in range(self.weeks + 1))]:
            path.moveTo(x, top)
            path.lineTo(x, bottom)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def fit(name: str, width: float, font: str = FONT, size: float = 6.5) -> str:
    """The name shortened with "…" to the width (the summary table has it in full)."""
    if stringWidth(name, font, size) <= width:
        return name
    while name and stringWidth(name + "…", font, size) > width:
        name = name[:-1]
    return name.rstrip() + "…"
