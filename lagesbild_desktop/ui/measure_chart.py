"""A measure's chart: its areas' weekly mean grade and the other areas', with the measure's period shaded."""

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from lagesbild_desktop.domain.isoweek import week_of
from lagesbild_desktop.store import assessments
from lagesbild_desktop.store.connection import Store

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

WEEKS_BEFORE = 26  # shown before the start: half a year, enough to see the level the measure began from


class MeasureChart(pg.PlotWidget):
    def __init__(self, parent=None):
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        super().__init__(parent)
        self.setObjectName("measureChart")
        self.setAccessibleName(translate("MeasuresView", "Diagram: områdenas bedömning per vecka, åtgärdens "
                                                         "period markerad"))
        self.setMinimumHeight(220)
        self.setYRange(0.5, 5.5)
        self.setMouseEnabled(x=False, y=False)
        self.getPlotItem().hideButtons()
        self.addLegend(offset=(-10, 10))

    def show_measure(self, store: Store, areas: set[int], start: dt.date, weeks_after: int, period: int) -> None:
        """Weeks from half a year before the start to `weeks_after` weeks from it; the measure's own period
        (`period` weeks from the start: to its end, or to the day it was completed or cancelled) shaded."""
        self.clear()
        first_monday = dt.date.fromisocalendar(*week_of(start), 1) - dt.timedelta(weeks=WEEKS_BEFORE)
        count = WEEKS_BEFORE + max(weeks_after, 1)
        weeks = [week_of(first_monday + dt.timedelta(weeks=k)) for k in range(count)]
        index = {week: k - WEEKS_BEFORE for k, week in enumerate(weeks)}
        sums = {True: {}, False: {}}
        for area_id, year, week, grade in assessments.grades_between(store.conn, weeks[0], weeks[-1]):
            offset = index.get((year, week))
            if offset is not None:
                total, number = sums[area_id in areas].get(offset, (0, 0))
                sums[area_id in areas][offset] = (total + grade, number + 1)
        xs = list(index.values())
        if period:
            region = pg.LinearRegionItem((-0.5, period - 0.5), movable=False, brush=QColor(31, 78, 121, 40))
            self.addItem(region)
        for mine, colour, name in ((False, "#9AA0A6", translate("MeasuresView", "övriga områden")),
                                   (True, "#1F4E79", translate("MeasuresView", "åtgärdens områden"))):
            values = [sums[mine][x][0] / sums[mine][x][1] if x in sums[mine] else math.nan for x in xs]
            if any(not math.isnan(v) for v in values):
                self.plot(xs, values, connect="finite", pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                          symbolBrush=colour, name=name)
        step = 4 if len(xs) <= 30 else 8
        self.getAxis("bottom").setTicks([[(x, f"v{weeks[x + WEEKS_BEFORE][1]}") for x in xs if x % step == 0]])
        self.setXRange(xs[0] - 0.5, xs[-1] + 0.5)
