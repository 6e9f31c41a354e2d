"""Trend charts ("Diagram"), drawn with pyqtgraph from services/trends.py.

Loaded only when the view is first opened: pyqtgraph is not needed for the meeting.
"""

import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR
from lagesbild_desktop.domain.trends import month_starts
from lagesbild_desktop.services.trends import YearTrends, year_trends
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.events import DataEvents

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# Lines for the areas: dark enough on white, told apart by hue (the grade itself is the dot's colour).
AREA_PENS = ["#1f4e79", "#7f3f00", "#375623", "#5b2c6f", "#1b5e5e", "#7b1c1c", "#4d4d4d", "#0b6e99",
             "#8a6d00", "#3d3d99"]
CATEGORY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                    "#9c755f", "#bab0ac", "#2f4b7c", "#a05195", "#d45087", "#665191", "#003f5c"]
EXPORT_WIDTH = 2400  # pixels: sharp at full width on an A4 page in Word
DETAILED_AREAS = 8  # more chosen areas than this are drawn as one bundle of plain lines


def _nan(values) -> list[float]:
    return [math.nan if value is None else float(value) for value in values]


def _plot_line(plot: pg.PlotWidget, x: list[int], values, **style) -> None:
    """A line with gaps where there is no value; nothing at all when there is no value anywhere."""
    if any(value is not None for value in values):
        plot.plot(x, _nan(values), connect="finite", **style)


class ChartsView(QWidget):
    week_clicked = Signal(int, int, int)  # area id, year, week: show that cell in the year grid
    failed = Signal(str)  # a picture that could not be saved: for the status line

    def __init__(self, store: Store, events: DataEvents, year: int, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartsView")
        self.store, self.lang = store, lang
        self.data: YearTrends | None = None
        self.hover_text = ""
        self.save_path = lambda: QFileDialog.getSaveFileName(  # tests answer instead
            self, self.tr("Spara diagram"), str(Path.home() / "diagram.png"), "PNG (*.png)")[0]
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        scale = shipped.scale()
        self._fills = {level.value: QColor(level.fill) for level in scale}
        self._grade_names = {level.value: level.label(lang) for level in scale}

        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("År"), self))
        self.year_selector = QSpinBox(self)
        self.year_selector.setObjectName("chartYear")
        self.year_selector.setRange(MIN_YEAR, MAX_YEAR)
        self.year_selector.setValue(year)
        self.year_selector.setAccessibleName(self.tr("År"))
        side.addWidget(self.year_selector)
        side.addWidget(QLabel(self.tr("Områden"), self))
        self.area_list = QListWidget(self)
        self.area_list.setObjectName("chartAreas")
        self.area_list.setAccessibleName(self.tr("Områden i diagrammet"))
        self.area_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        side.addWidget(self.area_list, 1)
        self.save_button = QPushButton(self.tr("Spara som bild…"), self)
        self.copy_button = QPushButton(self.tr("Kopiera"), self)
        self.copy_button.setAccessibleName(self.tr("Kopiera diagrammet"))
        side.addWidget(self.save_button)
        side.addWidget(self.copy_button)
        layout.addLayout(side)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartTabs")
        self.area_plot = self._plot(self.tr("Bedömning per vecka"))
        self.district_plot = self._plot(self.tr("Stadsdelen: högsta och medel per vecka"))
        self.counts_plot = self._plot(self.tr("Veckor per bedömning, i år och förra året"))
        self.incident_plot = self._plot(self.tr("Händelser per månad, i år och samma period förra året"))
        self.severity_plot = self._plot(self.tr("Händelser per månad och allvarlighet, i år och förra året"))
        for plot, title in ((self.area_plot, self.tr("Områden")), (self.district_plot, self.tr("Stadsdelen")),
                            (self.counts_plot, self.tr("Fördelning")), (self.incident_plot, self.tr("Händelser")),
                            (self.severity_plot, self.tr("Allvarlighet"))):
            self.tabs.addTab(plot, title)
        self._titles = {plot: plot.plotItem.titleLabel.text for plot in self.plots()}
        self._dirty: set = set()  # charts to draw when their tab is shown (only the visible one is drawn)
        self._stale = False  # the data changed while the view was hidden
        self.hover_label = QLabel(self)
        self.hover_label.setObjectName("chartHover")
        self.hover_label.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.tabs, 1)
        right.addWidget(self.hover_label)
        layout.addLayout(right, 1)

        for plot in (self.area_plot, self.district_plot):
            plot.scene().sigMouseMoved.connect(lambda point, plot=plot: self._hover(plot, point))
            plot.scene().sigMouseClicked.connect(lambda event, plot=plot: self._clicked(plot, event))
        self.year_selector.valueChanged.connect(self.reload)
        self.area_list.itemSelectionChanged.connect(self.redraw)
        self.tabs.currentChanged.connect(lambda _index: self._draw_current())
        self.save_button.clicked.connect(self.save_png)
        self.copy_button.clicked.connect(self.copy_png)
        events.changed.connect(self._data_changed)
        self.reload()

    def plots(self) -> list:
        return [self.area_plot, self.district_plot, self.counts_plot, self.incident_plot, self.severity_plot]

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown: every saved grade would redraw otherwise

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _plot(self, title: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(self)
        plot.setTitle(title)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        # Top right, on a light ground, so that it reads over the lines and bars it names.
        plot.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#999999"),
                       labelTextSize="10pt")
        plot.getAxis("bottom").setHeight(48)  # room for the week and the month under it
        return plot

    # -- data ---------------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self.year_selector.value()

    def set_year(self, year: int) -> None:
        self.year_selector.setValue(year)

    def reload(self) -> None:
        self.data = year_trends(self.store, self.year)
        ids = [row.area_id for row in self.data.areas]
        listed = [self.area_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.area_list.count())]
        if ids != listed:  # another set of areas that year: list them again, keeping the choice
            selected = {item.data(Qt.ItemDataRole.UserRole) for item in self.area_list.selectedItems()}
            everything = bool(listed) and len(selected) == len(listed)
            self.area_list.blockSignals(True)
            self.area_list.clear()
            for row in self.data.areas:
                item = QListWidgetItem(row.name, self.area_list)
                item.setData(Qt.ItemDataRole.UserRole, row.area_id)
            if everything:
                self.area_list.selectAll()
            else:
                for index, area_id in enumerate(ids):
                    if area_id in selected or (not selected and index == 0):
                        self.area_list.item(index).setSelected(True)
            self.area_list.blockSignals(False)
        else:
            for index, row in enumerate(self.data.areas):  # the same areas; names may differ by year
                if self.area_list.item(index).text() != row.name:
                    self.area_list.item(index).setText(row.name)
        self.redraw()

    def select_areas(self, names: list[str]) -> None:
        self.area_list.blockSignals(True)
        for index in range(self.area_list.count()):
            item = self.area_list.item(index)
            item.setSelected(item.text() in names)
        self.area_list.blockSignals(False)
        self.redraw()

    def selected_areas(self):
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.area_list.selectedItems()}
        return [row for row in self.data.areas if row.area_id in chosen]

    # -- drawing ------------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Draw the chart in view; the others when their tab is opened (each costs as much as all data)."""
        self.hover_text = ""
        self.hover_label.clear()
        self._dirty = set(self.plots())
        for plot in self.plots():
            plot.setTitle(f"{self._titles[plot]} {self.year}")  # a saved picture says which year it is
        self._draw_current()

    def _draw_current(self) -> None:
        self._draw(self.tabs.currentWidget())

    def _draw(self, plot) -> None:
        if plot not in self._dirty:
            return
        self._dirty.discard(plot)
        weeks = list(range(1, self.data.weeks + 1))
        if plot is self.area_plot:
            self._draw_areas(weeks)
        elif plot is self.district_plot:
            self._draw_district(weeks)
        elif plot is self.counts_plot:
            self._draw_counts()
        elif plot is self.incident_plot:
            self._draw_months(plot, self.data.incidents_by_month, self.data.last_incidents_by_month,
                              sorted(set(self.data.incidents_by_month) | set(self.data.last_incidents_by_month)),
                              lambda key: key)
        else:
            order = [severity.code for severity in Severity]
            self._draw_months(plot, self.data.severity_by_month, self.data.last_severity_by_month, order,
                              lambda code: self._severity_name(code))

    def _severity_name(self, code: str) -> str:
        severity = Severity.from_code(code)
        return severity.name_en if self.lang == "en" else severity.name_sv

    def _grade_axis(self, plot: pg.PlotWidget) -> None:
        plot.getAxis("left").setTicks([[(grade, name) for grade, name in self._grade_names.items()]])
        plot.setYRange(0.5, 6.9, padding=0)  # a band above grade 5 for the legend, clear of the data

    def _week_axis(self, plot: pg.PlotWidget) -> None:
        months = MONTHS_EN if self.lang == "en" else MONTHS_SV
        major = [(week, f"v{week}\n{months[month - 1]}") for week, month in month_starts(self.year)]
        minor = [(week, "") for week in range(1, self.data.weeks + 1)]
        plot.getAxis("bottom").setTicks([major, minor])
        plot.setXRange(0, self.data.weeks + 1, padding=0)  # room for the first and last labels

    @staticmethod
    def _clear(plot: pg.PlotWidget) -> None:
        # The legend first, in one go: removing items one by one re-lays it out each time.
        if plot.plotItem.legend is not None:
            plot.plotItem.legend.clear()
        plot.clear()

    def _draw_areas(self, weeks: list[int]) -> None:
        plot = self.area_plot
        self._clear(plot)
        rows = self.selected_areas()
        if len(rows) > DETAILED_AREAS:
            # A city district at once: one item of plain lines (a gap between areas), readable as a
            # band, and quick; dots, means and last year are for a few areas at a time.
            xs, values = [], []
            for row in rows:
                xs += weeks + [math.nan]
                values += row.series + [None]
            _plot_line(plot, xs, values, pen=pg.mkPen(QColor(31, 78, 121, 90), width=1),
                       name=self.tr("{count} områden").format(count=len(rows)))
            self._grade_axis(plot)
            self._week_axis(plot)
            return
        for index, row in enumerate(rows):
            colour = QColor(AREA_PENS[index % len(AREA_PENS)])
            faint = QColor(colour)
            faint.setAlpha(70)
            _plot_line(plot, weeks, row.last_year, pen=pg.mkPen(faint, width=2),
                       name=self.tr("{area} förra året").format(area=row.name))
            brushes = [self._fills.get(value, QColor("#ffffff")) if value else QColor(0, 0, 0, 0)
                       for value in row.series]
            _plot_line(plot, weeks, row.series, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=9,
                       symbolBrush=brushes, symbolPen=pg.mkPen("#000000"), name=row.name)
            _plot_line(plot, weeks, row.rolling, pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
                       name=self.tr("{area}, medel 4 veckor").format(area=row.name))
        # A short legend: one line per area, and what dashed and pale mean once for all of them.
        legend = plot.plotItem.legend
        for item in plot.listDataItems():
            if item.opts.get("name") not in {row.name for row in rows}:
                legend.removeItem(item)
        if rows:
            grey = QColor("#5F6368")
            pale = QColor(grey)
            pale.setAlpha(70)
            legend.addItem(pg.PlotDataItem(pen=pg.mkPen(grey, width=2, style=Qt.PenStyle.DashLine)),
                           self.tr("medel 4 veckor (streckad)"))
            legend.addItem(pg.PlotDataItem(pen=pg.mkPen(pale, width=2)), self.tr("förra året (ljus)"))
        self._grade_axis(plot)
        self._week_axis(plot)

    def _draw_district(self, weeks: list[int]) -> None:
        plot = self.district_plot
        self._clear(plot)
        district = self.data.district
        _plot_line(plot, weeks, self.data.last_district.mean, pen=pg.mkPen(QColor(0, 0, 0, 60), width=2),
                   name=self.tr("Medel förra året"))
        brushes = [self._fills.get(value, QColor(0, 0, 0, 0)) if value else QColor(0, 0, 0, 0)
                   for value in district.highest]
        _plot_line(plot, weeks, district.highest, pen=pg.mkPen("#7b1c1c", width=2), symbol="s", symbolSize=9,
                   symbolBrush=brushes, symbolPen=pg.mkPen("#000000"), name=self.tr("Högsta"))
        _plot_line(plot, weeks, district.mean, pen=pg.mkPen("#1f4e79", width=3),
                   name=self.tr("Medel över områdena"))
        self._grade_axis(plot)
        self._week_axis(plot)

    def _draw_counts(self) -> None:
        """Horizontal stacked bars: per area, weeks at each grade; last year faint above this year."""
        plot = self.counts_plot
        self._clear(plot)
        rows = self.selected_areas() or self.data.areas
        for grade in range(1, 6):
            for last, offset, alpha in ((True, 0.2, 90), (False, -0.2, 255)):
                starts, widths, ys = [], [], []
                for index, row in enumerate(rows):
                    counts = row.last_counts if last else row.counts
                    starts.append(sum(counts[g] for g in range(1, grade)))
                    widths.append(counts[grade])
                    ys.append(index + offset)
                colour = QColor(self._fills[grade])
                colour.setAlpha(alpha)
                name = self._grade_names[grade] if not last else None
                plot.addItem(pg.BarGraphItem(x0=starts, y=ys, width=widths, height=0.36, brush=colour,
                                             pen=pg.mkPen("#555555"), name=name))
        plot.getAxis("left").setTicks([[(index, row.name) for index, row in enumerate(rows)]])
        plot.setLabel("bottom", self.tr("veckor (nedre stapeln: förra året, ljusare)"))
        plot.getViewBox().invertY(True)
        plot.setXRange(0, self.data.weeks * 1.45, padding=0)  # the legend sits right of the longest bar

    def _draw_months(self, plot, this_year: dict, last_year: dict, keys: list, label) -> None:
        """Per month: this year stacked by key (category or severity), beside the same months last year."""
        self._clear(plot)
        months = max([len(v) for v in (*this_year.values(), *last_year.values())] or [0])
        top = 0
        for by_month, offset, alpha in ((last_year, -0.2, 90), (this_year, 0.2, 255)):
            bottoms = [0] * months
            for index, key in enumerate(keys):
                heights = by_month.get(key, [0] * months)
                colour = QColor(CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)])
                colour.setAlpha(alpha)
                plot.addItem(pg.BarGraphItem(x=[m + 1 + offset for m in range(months)], y0=list(bottoms),
                                             height=heights, width=0.36, brush=colour, pen=pg.mkPen("#555555"),
                                             name=label(key) if alpha == 255 else None))
                bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
            top = max([top, *bottoms])
        names = MONTHS_EN if self.lang == "en" else MONTHS_SV
        plot.getAxis("bottom").setTicks([[(m + 1, names[m]) for m in range(12)]])
        plot.setXRange(0.5, 12.5, padding=0)
        plot.setYRange(0, max(top, 1) * 1.5, padding=0)  # headroom for the legend
        plot.setLabel("left", self.tr("händelser (vänster stapel: förra året, ljusare)"))

    # -- hover and click ----------------------------------------------------------------------------

    def _week_at(self, plot: pg.PlotWidget, point) -> int | None:
        if not plot.sceneBoundingRect().contains(point):
            return None
        week = round(plot.getViewBox().mapSceneToView(point).x())
        return week if 1 <= week <= self.data.weeks else None

    def describe_week(self, plot: pg.PlotWidget, week: int) -> str:
        """The exact values of a week, as the hover shows them."""
        def grade_text(value):
            if value is None:
                return self.tr("ej bedömd")
            return self._grade_names.get(value, f"{value:.2f}".replace(".", ",") if self.lang == "sv" else
                                         f"{value:.2f}")

        parts = [self.tr("Vecka {week}").format(week=week)]
        if plot is self.district_plot:
            district = self.data.district
            mean = district.mean[week - 1]
            parts.append(self.tr("högsta: {grade}").format(grade=grade_text(district.highest[week - 1])))
            parts.append(self.tr("medel: {mean}").format(mean=self._number(mean)))
        elif len(self.selected_areas()) > DETAILED_AREAS:
            values = [row.series[week - 1] for row in self.selected_areas() if row.series[week - 1] is not None]
            mean = sum(values) / len(values) if values else None
            parts.append(self.tr("{count} bedömda områden, medel {mean}, högsta {grade}").format(
                count=len(values), mean=self._number(mean), grade=grade_text(max(values) if values else None)))
        else:
            for row in self.selected_areas():
                parts.append(self.tr("{area}: {grade} (medel 4 v: {mean}; förra året: {last})").format(
                    area=row.name, grade=grade_text(row.series[week - 1]), mean=self._number(row.rolling[week - 1]),
                    last=grade_text(row.last_year[week - 1])))
        return " · ".join(parts)

    def _number(self, value) -> str:
        if value is None:
            return "–"
        text = f"{value:.2f}"
        return text.replace(".", ",") if self.lang == "sv" else text

    def _hover(self, plot: pg.PlotWidget, point) -> None:
        week = self._week_at(plot, point)
        if week is not None:
            self.hover_text = self.describe_week(plot, week)
            self.hover_label.setText(self.hover_text)

    def _clicked(self, plot: pg.PlotWidget, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        week = self._week_at(plot, event.scenePos())
        if week is not None:
            self.open_week(week, plot.getViewBox().mapSceneToView(event.scenePos()).y(), plot)

    def open_week(self, week: int, grade_at: float | None = None, plot=None) -> None:
        """Go to that week in the year grid: of the area whose line is nearest the click
        (on the district chart: the area with the week's highest grade)."""
        rows = self.data.areas if plot is self.district_plot else (self.selected_areas() or self.data.areas)
        graded = [row for row in rows if row.series[week - 1] is not None] or rows
        if not graded:
            return
        if plot is self.district_plot:
            chosen = max(graded, key=lambda row: row.series[week - 1] or 0)
        elif grade_at is not None:
            chosen = min(graded, key=lambda row: abs((row.series[week - 1] or 0) - grade_at))
        else:
            chosen = graded[0]
        self.week_clicked.emit(chosen.area_id, self.year, week)

    # -- export -------------------------------------------------------------------------------------

    def current_plot(self) -> pg.PlotWidget:
        return self.tabs.currentWidget()

    def image(self):
        from pyqtgraph.exporters import ImageExporter

        self._draw_current()
        exporter = ImageExporter(self.current_plot().plotItem)
        exporter.parameters()["width"] = EXPORT_WIDTH
        image = exporter.export(toBytes=True)
        # 300 dpi: Word then places the 2,400-pixel picture 20 cm wide, the width of an A4 text column.
        dots_per_metre = round(300 / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def save_png(self) -> None:
        from lagesbild_desktop.errors import LagesbildError
        from lagesbild_desktop.services.output import write_atomically
        from lagesbild_desktop.ui.export_png import save_png

        path = self.save_path()
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            image = self.image()
            try:
                write_atomically(lambda target: save_png(image, target), Path(path), self.tr("Bilden"))
            except LagesbildError as error:
                self.failed.emit(error.message)

    def copy_png(self) -> None:
        QApplication.clipboard().setImage(self.image())

