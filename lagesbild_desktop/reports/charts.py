"""The report's trend charts as vector drawing straight onto the page.

Drawn with the canvas's own lines, rectangles and text rather than reportlab's chart
widgets: those cost a tenth of a second to import and as much again to render for a big
district, and the pictures here are simple. The numbers come from services.trends, the
same functions the screen's charts use.
"""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from lagesbild_desktop.reports.grid_flowable import fit
from lagesbild_desktop.reports.pdf import FONT

AXIS = colors.HexColor("#5F6368")
GRID_LINE = colors.HexColor("#DADCE0")
LABEL_SIZE = 7


def runs(values: list) -> list[list[tuple[int, float]]]:
    """The unbroken runs of a weekly series as (week, value) points: a gap is never drawn as a slope."""
    found, current = [], []
    for week, value in enumerate(values, start=1):
        if value is None:
            if current:
                found.append(current)
            current = []
        else:
            current.append((week, value))
    if current:
        found.append(current)
    return found


class FixedSize(Flowable):
    """A drawing of the size it was made with (self.width, self.height), whatever room the frame offers."""

    def wrap(self, available_width, available_height):
        return self.width, self.height


class DistrictChart(FixedSize):
    """Per week: the district's highest grade, its mean over areas, and last year's mean (pale)."""

    def __init__(self, weeks: int, series: list[tuple[str, list, colors.Color, float]],
                 width: float = 180 * mm, height: float = 75 * mm):
        super().__init__()
        self.weeks, self.series, self.width, self.height = weeks, series, width, height

    def draw(self):
        c = self.canv
        left, bottom = 18 * mm, 12 * mm
        width, height = self.width - 25 * mm, self.height - 22 * mm

        def x(week: float) -> float:
            return left + (week - 1) / max(1, self.weeks - 1) * width

        def y(grade: float) -> float:
            return bottom + (grade - 1) / 4 * height

        c.saveState()
        c.setFont(FONT, LABEL_SIZE)
        c.setLineWidth(0.4)
        for grade in range(1, 6):
            c.setStrokeColor(GRID_LINE if grade > 1 else AXIS)
            c.line(left, y(grade), left + width, y(grade))
            c.setFillColor(colors.black)
            c.drawRightString(left - 2 * mm, y(grade) - 2.5, str(grade))
        c.setStrokeColor(AXIS)
        c.line(left, bottom, left, bottom + height)
        for week in range(1, self.weeks + 1, 4):
            c.line(x(week), bottom, x(week), bottom - 1.5 * mm)
            c.drawCentredString(x(week), bottom - 4.5 * mm, str(week))
        c.saveState()  # the grade axis's title, turned along the axis as in a spreadsheet chart
        c.translate(6 * mm, bottom + height / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, "bedömning")
        c.restoreState()
        c.drawCentredString(left + width / 2, 1 * mm, "vecka")
        c.setLineJoin(1)
        for index, (name, values, colour, line_width) in enumerate(self.series):
            c.setStrokeColor(colour)
            c.setLineWidth(line_width)
            for run in runs(values):
                if len(run) == 1:  # a lone week is a dot, not nothing
                    c.setFillColor(colour)
                    c.circle(x(run[0][0]), y(run[0][1]), line_width, stroke=0, fill=1)
                    continue
                path = c.beginPath()
                path.moveTo(x(run[0][0]), y(run[0][1]))
                for week, value in run[1:]:
                    path.lineTo(x(week), y(value))
                c.drawPath(path, stroke=1, fill=0)
            legend_x = left + index * 45 * mm  # the legend: a short line and its name
            c.setLineWidth(line_width + 0.5)
            c.line(legend_x, self.height - 3 * mm, legend_x + 8 * mm, self.height - 3 * mm)
            c.setFillColor(colors.black)
            c.drawString(legend_x + 10 * mm, self.height - 3 * mm - 2.5, name)
        c.restoreState()


class GradeCountsChart(FixedSize):
    """Stacked horizontal bars: the weeks at each grade per area, in the scale's colours."""

    BAR = 4.5 * mm

    def __init__(self, rows: list[tuple[str, list[int]]], weeks: int, levels: list[tuple[str, str]],
                 width: float = 180 * mm):
        """rows: (area name, weeks at grades 1..5); levels: (fill colour, label) per grade."""
        super().__init__()
        self.rows, self.weeks, self.levels, self.width = rows, weeks, levels, width
        self.height = max(1, len(rows)) * self.BAR + 20 * mm

    def draw(self):
        c = self.canv
        left, bottom = 40 * mm, 14 * mm
        width = self.width - left - 5 * mm
        top = self.height - 2 * mm
        scale = width / max(1, self.weeks)
        c.saveState()
        c.setFont(FONT, LABEL_SIZE)
        c.setLineWidth(0.4)
        c.setStrokeColor(GRID_LINE)
        for week in range(0, self.weeks + 1, 4):
            c.line(left + week * scale, bottom, left + week * scale, top)
        c.setFillColor(colors.black)
        for index, (name, counts) in enumerate(self.rows):
            y = top - (index + 1) * self.BAR
            c.setFillColor(colors.black)
            c.drawRightString(left - 2 * mm, y + self.BAR / 2 - 2.5, fit(name, 37 * mm, FONT, LABEL_SIZE))
            start = 0
            c.setStrokeColor(colors.HexColor("#555555"))
            for count, (fill, _label) in zip(counts, self.levels, strict=True):
                if count:
                    c.setFillColor(colors.HexColor(fill))
                    c.rect(left + start * scale, y + 0.6 * mm, count * scale, self.BAR - 1.2 * mm, stroke=1, fill=1)
                start += count
        c.setStrokeColor(AXIS)
        c.setFillColor(colors.black)
        c.line(left, bottom, left + width, bottom)
        c.line(left, bottom, left, top)
        for week in range(0, self.weeks + 1, 4):
            c.line(left + week * scale, bottom, left + week * scale, bottom - 1.5 * mm)
            c.drawCentredString(left + week * scale, bottom - 4.5 * mm, str(week))
        c.drawCentredString(left + width / 2, bottom - 8.5 * mm, "veckor")
        legend_x = 12 * mm
        for fill, label in self.levels:  # the legend: a swatch and the grade's name
            c.setFillColor(colors.HexColor(fill))
            c.rect(legend_x, 1 * mm, 3 * mm, 3 * mm, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.drawString(legend_x + 4 * mm, 1.6 * mm, label)
            legend_x += 34 * mm
        c.restoreState()


class YearBarsChart(FixedSize):
    """Bars per year (the seed's Diagram 2); a bar for a part of a year drawn lighter and hatched, and
    named so in the legend, so that nobody reads it as a whole year."""

    def __init__(self, bars: list, width: float = 180 * mm, height: float = 70 * mm):
        """bars: domain.key_figures.YearBar."""
        super().__init__()
        self.bars, self.width, self.height = bars, width, height

    def draw(self):
        from lagesbild_desktop.domain.key_figures import format_number, period_in_words

        c = self.canv
        left, bottom, top = 18 * mm, 16 * mm, self.height - 4 * mm
        width = self.width - left - 5 * mm
        slot = width / max(1, len(self.bars))
        whole, part = colors.HexColor("#1F4E79"), colors.HexColor("#9DC3E6")
        c.saveState()
        scale = _value_grid(c, left, bottom, top, width, max([bar.value for bar in self.bars] + [1]))
        for index, bar in enumerate(self.bars):
            x = left + index * slot + slot * 0.2
            height = bar.value * scale
            c.setStrokeColor(AXIS)
            c.setFillColor(part if bar.part_of_year else whole)
            c.rect(x, bottom, slot * 0.6, height, stroke=1, fill=1)
            if bar.part_of_year:  # hatched: a part of the year, also for those who cannot tell the colours
                c.saveState()
                outline = c.beginPath()
                outline.rect(x, bottom, slot * 0.6, height)
                c.clipPath(outline, stroke=0, fill=0)
                c.setStrokeColor(colors.white)
                start = x - height
                while start < x + slot * 0.6:
                    c.line(start, bottom, start + height, bottom + height)
                    start += 2.5 * mm
                c.restoreState()
            c.setFillColor(colors.black)
            c.drawCentredString(x + slot * 0.3, bottom + height + 1.2 * mm, format_number(bar.value))
            c.drawCentredString(x + slot * 0.3, bottom - 4 * mm, period_in_words(bar.period))
        c.setStrokeColor(AXIS)
        c.line(left, bottom, left + width, bottom)
        legend = [(whole, "helt år")]
        if any(bar.part_of_year for bar in self.bars):
            legend.append((part, "del av året (perioden under stapeln)"))
        legend_x = left
        for fill, label in legend:
            c.setFillColor(fill)
            c.rect(legend_x, 2 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(legend_x + 4 * mm, 2.6 * mm, label)
            legend_x += 60 * mm
        c.restoreState()


class AreaBarsChart(FixedSize):
    """A measure per area (a survey's share per area) as bars: the period's value beside the same period a
    year earlier, each bar with its value, the areas under them."""

    def __init__(self, rows: list, now: str, before: str, width: float = 180 * mm, height: float = 70 * mm):
        """rows: domain.key_figures.ComparisonRow of one measure, each of an area; now, before: the periods'
        names for the legend."""
        super().__init__()
        self.rows, self.now, self.before, self.width, self.height = rows, now, before, width, height

    def draw(self):
        from lagesbild_desktop.domain.key_figures import format_number

        c = self.canv
        left, bottom, top = 18 * mm, 16 * mm, self.height - 4 * mm
        width = self.width - left - 5 * mm
        highest = max([v for row in self.rows for v in (row.value, row.previous) if v is not None] + [1])
        slot = width / max(1, len(self.rows))
        colour_now, colour_before = colors.HexColor("#1F4E79"), colors.HexColor("#9AA0A6")
        c.saveState()
        scale = _value_grid(c, left, bottom, top, width, highest)
        bar = slot * 0.34
        for index, row in enumerate(self.rows):
            middle = left + index * slot + slot / 2
            for amount, fill, x in ((row.previous, colour_before, middle - bar), (row.value, colour_now, middle)):
                if amount is None:
                    continue
                c.setStrokeColor(AXIS)
                c.setFillColor(fill)
                c.rect(x, bottom, bar, amount * scale, stroke=1, fill=1)
                c.setFillColor(colors.black)
                c.drawCentredString(x + bar / 2, bottom + amount * scale + 1.2 * mm, format_number(amount))
            name = row.area
            while c.stringWidth(name, FONT, LABEL_SIZE) > slot - 1 * mm and len(name) > 4:
                name = name[:-2] + "…"
            c.drawCentredString(middle, bottom - 4 * mm, name)
        c.setStrokeColor(AXIS)
        c.line(left, bottom, left + width, bottom)
        legend_x = left
        for fill, label in ((colour_before, self.before), (colour_now, self.now)):  # as the bars stand
            c.setFillColor(fill)
            c.rect(legend_x, 2 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(legend_x + 4 * mm, 2.6 * mm, label)
            legend_x += 40 * mm
        c.restoreState()


def _value_grid(c, left: float, bottom: float, top: float, width: float, highest: float) -> float:
    """The bar charts' horizontal lines at round values, labelled on the left; returns points per unit.
    Leaves the canvas with the label font and a thin line (inside the caller's saveState)."""
    from lagesbild_desktop.domain.key_figures import format_number

    step = _nice_step(highest)
    scale = (top - bottom) / (step * -(-highest // step))
    c.setFont(FONT, LABEL_SIZE)
    c.setLineWidth(0.4)
    value = 0.0
    while value * scale <= top - bottom + 0.01:
        c.setStrokeColor(GRID_LINE)
        c.line(left, bottom + value * scale, left + width, bottom + value * scale)
        c.setFillColor(colors.black)
        c.drawRightString(left - 1.5 * mm, bottom + value * scale - 2.5, format_number(value))
        value += step
    return scale


def _nice_step(highest: float) -> float:
    """A round step for about five grid lines: 1, 2, 5, 10, 20, 50 …"""
    step = 1.0
    while highest / step > 6:
        for factor in (2, 2.5, 2):
            step *= factor
            if highest / step <= 6:
                break
    return step
