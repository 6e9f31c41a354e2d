"""The key figures view's charts: a measure over the years as bars (the seed's Diagram 2, a part of a year
lighter, hatched and named in the legend), and a measure per area (a survey's share per area) as bars, this
period beside the same period a year earlier. The reports draw the same as vector graphics
(reports/charts.py)."""

import html

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from lagesbild_desktop.domain.key_figures import ComparisonRow, Period, YearBar, format_number, period_in_words

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

WHOLE, PART, BEFORE = "#1F4E79", "#9DC3E6", "#9AA0A6"


class _BarPlot(pg.PlotWidget):
    def __init__(self, name: str, accessible: str, parent=None):
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setMinimumHeight(200)
        self.setMouseEnabled(x=False, y=False)
        self.getPlotItem().hideButtons()
        self.setMenuEnabled(False)
        self.legend_names: list[str] = []  # the legend, under the axis where it never hides a bar
        self._legend_html: list[str] = []
        self.shown: list[tuple[str, float]] = []  # (label, value) of every bar drawn: what a test reads

    def _start(self, title: str, empty: bool) -> None:
        self.clear()
        self.legend_names, self._legend_html = [], []
        self.setLabel("bottom", "")
        self.setTitle(title, size="10pt")
        self.shown = []
        for side in ("left", "bottom"):  # nothing to show: the title says why, no empty axes
            self.showAxis(side, not empty)

    def _bars(self, xs: list[float], heights: list[float], width: float, colour: str, name: str,
              hatched: bool = False) -> None:
        if not xs:
            return
        brush = QBrush(QColor(colour))
        item = pg.BarGraphItem(x=xs, height=heights, width=width, brush=brush, pen=pg.mkPen("#404040"))
        self.addItem(item)
        if hatched:  # a part of a year: hatched over the light colour, also for those who cannot tell colours
            self.addItem(pg.BarGraphItem(x=xs, height=heights, width=width,
                                         brush=QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern),
                                         pen=pg.mkPen(None)))
        self.legend_names.append(name)
        mark = "▨" if hatched else "■"
        self._legend_html.append(f'<span style="color:{colour}">{mark}</span>&nbsp;{html.escape(name)}')
        self.setLabel("bottom", "&nbsp;&nbsp;&nbsp;".join(self._legend_html))

    def _describe(self, title: str) -> None:
        """What a screen reader says of the chart: its title and every bar's value."""
        values = "; ".join(f"{label}: {format_number(value)}" for label, value in self.shown)
        self.setAccessibleDescription(f"{title}. {values}" if values else title)

    def _labels(self, ticks: list[tuple[float, str]], values: list[tuple[float, float]]) -> None:
        self.getAxis("bottom").setTicks([ticks])
        for x, value in values:
            text = pg.TextItem(format_number(value), color="k", anchor=(0.5, 1))
            text.setPos(x, value)
            self.addItem(text)
        highest = max([value for _x, value in values] + [1])
        self.setYRange(0, highest * 1.15, padding=0)  # room above the bars for their values
        if ticks:
            self.setXRange(ticks[0][0] - 0.7, ticks[-1][0] + 0.7, padding=0)


class YearBarsPlot(_BarPlot):
    def __init__(self, parent=None):
        super().__init__("figureYearChart", translate("FiguresView", "Diagram: måttet per år"), parent)

    def show_bars(self, bars: list[YearBar], title: str) -> None:
        self._start(title, not bars)
        whole = [(index, bar) for index, bar in enumerate(bars) if not bar.part_of_year]
        part = [(index, bar) for index, bar in enumerate(bars) if bar.part_of_year]
        self._bars([i for i, _ in whole], [b.value for _, b in whole], 0.6, WHOLE,
                   translate("FiguresView", "helt år"))
        self._bars([i for i, _ in part], [b.value for _, b in part], 0.6, PART,
                   translate("FiguresView", "del av året (perioden under stapeln)"), hatched=True)
        self.shown = [(period_in_words(bar.period), bar.value) for bar in bars]
        self._describe(title)
        # A part of a year on two lines ("jan–okt" over "2024"), so that neighbouring labels never overlap.
        self._labels([(index, period_in_words(bar.period).replace(" ", "\n")) for index, bar in enumerate(bars)],
                     [(index, bar.value) for index, bar in enumerate(bars)])


class AreaBarsPlot(_BarPlot):
    def __init__(self, parent=None):
        super().__init__("figureAreaChart", translate("FiguresView", "Diagram: måttet per område"), parent)

    def show_areas(self, rows: list[ComparisonRow], period: Period | None, title: str) -> None:
        """rows: one measure's rows with an area: this period's value beside the year before's."""
        self._start(title, period is None or not rows)
        if period is None or not rows:
            return
        now = [(index, row.value) for index, row in enumerate(rows) if row.value is not None]
        then = [(index, row.previous) for index, row in enumerate(rows) if row.previous is not None]
        self._bars([i + 0.2 for i, _ in now], [v for _, v in now], 0.38, WHOLE, period_in_words(period))
        self._bars([i - 0.2 for i, _ in then], [v for _, v in then], 0.38, BEFORE,
                   period_in_words(period.year_before()))
        self.shown = [(row.area, row.value) for row in rows if row.value is not None]
        self._describe(title)
        self._labels([(index, row.area) for index, row in enumerate(rows)],
                     [(i + 0.2, v) for i, v in now] + [(i - 0.2, v) for i, v in then])
