"""The yearly report's charts as functions of a width: the PDF draws them, the Word document takes
the same drawing as a picture (reports/docx_writer.py)."""

from reportlab.lib import colors

from lagesbild_desktop import shipped
from lagesbild_desktop.reports.charts import AreaBarsChart, DistrictChart, GradeCountsChart, YearBarsChart
from lagesbild_desktop.services.report_contents import YearlyReport

COUNT_ROWS_PER_CHART = 40  # keeps each chart within one A4 page; a big district gets several


def district_chart(data: YearlyReport):
    series = [("högsta", data.trends.district.highest, colors.HexColor("#7B1C1C"), 1.5),
              ("medel", data.trends.district.mean, colors.HexColor("#1F4E79"), 2),
              (f"medel {data.year - 1}", data.trends.last_district.mean, colors.HexColor("#B0B0B0"), 1)]
    return lambda width: DistrictChart(data.grid.weeks, series, width=width)


def count_chunks(data: YearlyReport) -> list[list[tuple[str, list[int]]]]:
    rows = [(row.name, [row.counts[grade] for grade in range(1, 6)]) for row in data.trends.areas]
    return [rows[start:start + COUNT_ROWS_PER_CHART] for start in range(0, len(rows), COUNT_ROWS_PER_CHART)] or [[]]


def counts_charts(data: YearlyReport) -> list:
    levels = [(level.fill, level.label()) for level in shipped.scale()]
    return [(lambda width, chunk=chunk: GradeCountsChart(chunk, data.grid.weeks, levels, width=width))
            for chunk in count_chunks(data)]


def year_bars(bars: list):
    return lambda width: YearBarsChart(bars, width=width)


def area_bars(rows: list, now: str, before: str):
    return lambda width: AreaBarsChart(rows, now, before, width=width)
