"""The charts view: what the plots contain, hover values, a click to the grid, export."""

import math
import os
import subprocess
import sys

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident


def open_charts(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget().objectName() == "chartsView"
    return window.charts_view


def ys(item):
    return list(item.getData()[1])


def test_area_chart_has_gaps_rolling_mean_and_last_year(qtbot, make_window, store):
    for week, grade in {1: 2, 2: 4, 4: 3}.items():
        record_grade(store, "Grimsta", 2024, week, grade)
    record_grade(store, "Grimsta", 2023, 1, 5)
    record_grade(store, "Vinsta", 2024, 2, 1)
    charts = open_charts(qtbot, make_window(store))
    charts.select_areas(["Grimsta", "Vinsta"])
    items = {item.opts["name"]: item for item in charts.area_plot.listDataItems()}
    # Per area: last year (when there is one), the grades and the rolling mean.
    assert set(items) == {"Grimsta förra året", "Grimsta", "Grimsta, medel 4 veckor", "Vinsta",
                          "Vinsta, medel 4 veckor"}
    last, grades, rolling = items["Grimsta förra året"], items["Grimsta"], items["Grimsta, medel 4 veckor"]
    assert [v for v in ys(grades)[:5] if not math.isnan(v)] == [2, 4, 3]
    assert math.isnan(ys(grades)[2]) and len(ys(grades)) == 52  # a gap, not a zero
    assert ys(rolling)[:2] == [2, 3] and math.isnan(ys(rolling)[2]) and ys(rolling)[3] == 3
    assert ys(last)[0] == 5
    assert ys(items["Vinsta"])[1] == 1


def test_53_week_year_and_district_chart(qtbot, make_window, store):
    record_grade(store, "Grimsta", 2026, 53, 2)
    record_grade(store, "Vinsta", 2026, 53, 4)
    charts = open_charts(qtbot, make_window(store))
    charts.set_year(2026)
    charts.tabs.setCurrentWidget(charts.district_plot)  # each chart is drawn when its tab is shown
    items = {item.opts["name"]: item for item in charts.district_plot.listDataItems()}
    highest, mean = items["Högsta"], items["Medel över områdena"]
    assert len(ys(highest)) == 53 and ys(highest)[52] == 4 and ys(mean)[52] == 3


def _bars(plot):
    """(colour, y positions, starts, lengths or heights) of each bar set, whatever order pyqtgraph keeps."""
    return [bar.opts for bar in plot.items() if isinstance(bar, pg.BarGraphItem)]


def test_grade_counts_as_stacked_bars(qtbot, make_window, store):
    from lagesbild_desktop import shipped

    for week in (1, 2, 3):
        record_grade(store, "Grimsta", 2024, week, 1 if week < 3 else 5)
    charts = open_charts(qtbot, make_window(store))
    charts.tabs.setCurrentWidget(charts.counts_plot)
    grade_of = {level.fill.upper(): level.value for level in shipped.scale()}
    this_year = {grade_of[pg.mkBrush(opts["brush"]).color().name().upper()]: (opts["x0"][0], opts["width"][0])
                 for opts in _bars(charts.counts_plot) if opts["y"][0] < 0}  # this year: below the row line
    assert this_year == {1: (0, 2), 2: (2, 0), 3: (2, 0), 4: (2, 0), 5: (2, 1)}  # Grimsta, row 0, stacked


def test_incident_bars_per_month(qtbot, make_window, store):
    add_incident(store, area="Grimsta", date="2024-01-10", category="våld", severity="allvarlig")
    add_incident(store, area="Grimsta", date="2024-02-10", category="våld", severity="lindrig")
    add_incident(store, area="Vinsta", date="2023-01-10", category="klotter", severity="lindrig")
    charts = open_charts(qtbot, make_window(store))  # today is 6 March 2024: January to March
    charts.tabs.setCurrentWidget(charts.incident_plot)
    bars = {(opts["x"][0] > 1, opts["name"] or "faint", tuple(opts["height"])) for opts in _bars(charts.incident_plot)}
    assert (True, "våld", (1, 1, 0)) in bars  # this year (right of each month), named in the legend
    assert (False, "faint", (1, 0, 0)) in bars  # last year's klotter in January, left and paler
    assert (False, "faint", (0, 0, 0)) in bars  # no våld in the same months last year
    charts.tabs.setCurrentWidget(charts.severity_plot)
    by_severity = {(opts["x"][0] > 1, opts["name"] or "faint", tuple(opts["height"]))
                   for opts in _bars(charts.severity_plot)}
    assert (True, "allvarlig", (1, 0, 0)) in by_severity and (True, "lindrig", (0, 1, 0)) in by_severity


def test_hover_values_and_click_to_the_grid(qtbot, make_window, store):
    record_grade(store, "Vällingby", 2024, 10, 4)
    window = make_window(store)
    charts = open_charts(qtbot, window)
    charts.select_areas(["Vällingby"])
    text = charts.describe_week(charts.area_plot, 10)
    assert text.startswith("Vecka 10") and "Vällingby: 4 Allvarligt läge" in text
    assert "högsta: 4 Allvarligt läge" in charts.describe_week(charts.district_plot, 10)
    charts.open_week(10, grade_at=4, plot=charts.area_plot)
    grid = window.year_view
    assert window.stack.currentWidget() is grid
    assert (grid.table.currentIndex().row(), grid.table.currentIndex().column()) == (8, 9)


def test_save_and_copy_at_document_resolution(qtbot, make_window, store, tmp_path):
    charts = open_charts(qtbot, make_window(store))
    charts.save_path = lambda: str(tmp_path / "diagram")
    qtbot.mouseClick(charts.save_button, Qt.MouseButton.LeftButton)
    saved = QImage(str(tmp_path / "diagram.png"))
    assert saved.width() == 2400
    qtbot.mouseClick(charts.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().image().width() == 2400


def test_the_charts_library_is_not_loaded_at_start(db_path):
    from lagesbild_desktop.store.database import open_database

    open_database(db_path).close()
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "lagesbild_desktop", "--db", str(db_path),
                             "--smoke-test"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0
    imported = result.stderr
    assert "PySide6.QtWidgets" in imported  # the import log is there...
    assert "pyqtgraph" not in imported and "sqlite_utils" not in imported  # ...without the heavy ones


def test_many_areas_hover_summarises_and_the_counts_follow_the_choice(qtbot, make_window, store):
    from lagesbild_desktop.services import areas

    for index in range(12):
        areas.add_area(store, f"Område {index:02d}", 2020)
        record_grade(store, f"Område {index:02d}", 2024, 10, 1 + index % 5)
    window = make_window(store)
    charts = open_charts(qtbot, window)
    charts.area_list.selectAll()
    text = charts.describe_week(charts.area_plot, 10)
    assert "12 bedömda områden" in text and "högsta 5 Kritiskt läge" in text and len(text) < 120
    charts.select_areas(["Område 00", "Område 01"])
    charts.tabs.setCurrentWidget(charts.counts_plot)
    rows = charts.counts_plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in rows] == ["Område 00", "Område 01"]


def test_a_click_on_the_district_chart_opens_the_area_with_the_highest_grade(qtbot, make_window, store):
    record_grade(store, "Grimsta", 2024, 12, 2)
    record_grade(store, "Råcksta", 2024, 12, 5)
    window = make_window(store)
    charts = open_charts(qtbot, window)
    charts.open_week(12, plot=charts.district_plot)
    index = window.year_view.table.currentIndex()
    assert (index.row(), index.column()) == (6, 11)  # Råcksta, week 12
