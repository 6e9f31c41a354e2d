"""The yearly summary (årssammanställning) as a PDF: the pages of the joint local situation report."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.priority_fields import NEEDS_MEASURES_SV, PRIORITY_FIELDS
from lagesbild_desktop.reports.pdf import BOLD, FONT, decimal, document, numbered_canvas, styles, table_style
from lagesbild_desktop.services.reports import YearlyReport

CRITICAL_MARK = "•"  # Vera has it; the screen's ◆ it has not


def build_yearly(data: YearlyReport, path: Path, progress=None) -> None:
    step = progress or (lambda _share: None)
    s = styles()
    title = f"Lägesbild {data.district} {data.year}".strip()
    doc = document(path, title)
    story: list = [Spacer(1, 40 * mm), Paragraph("Lokal lägesbild – årssammanställning", s["title"]),
                   Paragraph(f"<b>{escape(data.district)}</b>", s["h1"]), Paragraph(f"År {data.year}", s["h1"]),
                   Spacer(1, 10 * mm), Paragraph(f"Framtagen {data.made.isoformat()}", s["body"]),
                   Paragraph(f"Lägesbild Desktop {data.version}", s["body"])]
    if not data.has_grades:
        story += [Spacer(1, 8 * mm), Paragraph(f"Inga bedömningar finns för år {data.year}.", s["h1"])]
    story += [PageBreak(), Paragraph("Tabell 1. Förklaring lägesbedömning", s["h1"]), _legend_table(s)]
    step(0.1)
    story += [NextPageTemplate("landscape"), PageBreak(),
              Paragraph(f"Tabell 2. Årssammanställning {data.year} ({data.grid.weeks} veckor)", s["h1"]),
              _grid_table(data), Spacer(1, 2 * mm),
              Paragraph(f"{CRITICAL_MARK} = vecka med kritisk händelse (t.ex. skjutning, sprängning, brandattentat). "
                        "Tom ruta = ingen bedömning.", s["small"])]
    step(0.35)
    story += [NextPageTemplate("portrait"), PageBreak(),
              Paragraph("Sammanställning per område", s["h1"]), _summary_table(data, s), Spacer(1, 2 * mm),
              Paragraph("Medel är medelbedömningen över de bedömda veckorna. Förändringen jämför med förra årets "
                        "medel; lägre är bättre.", s["small"])]
    step(0.5)
    story += [Paragraph(f"Kritiska händelser {data.year}", s["h1"]), _critical_table(data, s)]
    story += [Paragraph("Händelser per kategori jämfört med samma period förra året", s["h1"]),
              Paragraph(f"Perioden 1 januari – {data.trends.until.day} {_month(data.trends.until.month)} "
                        f"{data.year} mot samma period {data.year - 1}.", s["small"]),
              _incident_table(data)]
    step(0.65)
    story += [PageBreak(), Paragraph("Utveckling under året", s["h1"]),
              KeepTogether([Paragraph("Stadsdelen per vecka: högsta bedömning och medel över områdena", s["caption"]),
                            _district_chart(data)]),
              KeepTogether([Paragraph("Veckor per bedömning och område", s["caption"]), _counts_chart(data)])]
    step(0.8)
    story += [PageBreak(), Paragraph("Prioriterade samverkansområden", s["h1"]), _fields_table(data, s)]
    doc.build(story, canvasmaker=numbered_canvas(f"{title} · årssammanställning"))
    step(1.0)


def _month(number: int) -> str:
    return ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december"][number - 1]


def _legend_table(s) -> Table:
    rows = [["Bedömning", "Läge", "Definition"]]
    style = table_style()
    for index, level in enumerate(shipped.scale(), start=1):
        rows.append([str(level.value), level.name_sv, Paragraph(level.definition_sv, s["cell"])])
        style.add("BACKGROUND", (0, index), (0, index), colors.HexColor(level.fill))
        style.add("TEXTCOLOR", (0, index), (0, index), colors.HexColor(level.text))
        style.add("FONT", (0, index), (0, index), BOLD, 10)
        style.add("ALIGN", (0, index), (0, index), "CENTER")
    table = Table(rows, colWidths=[24 * mm, 38 * mm, 110 * mm], repeatRows=1)
    table.setStyle(style)
    return table


def _grid_table(data: YearlyReport) -> Table:
    grid, scale = data.grid, shipped.scale()
    rows = [["Område"] + [str(week) for week in range(1, grid.weeks + 1)]]
    style = table_style()
    style.add("FONT", (0, 0), (-1, -1), FONT, 6.5)
    style.add("FONT", (0, 0), (-1, 0), BOLD, 6)
    style.add("FONT", (1, 1), (-1, -1), BOLD, 7)
    style.add("ALIGN", (1, 0), (-1, -1), "CENTER")
    style.add("LEFTPADDING", (1, 0), (-1, -1), 0)
    style.add("RIGHTPADDING", (1, 0), (-1, -1), 0)
    for row_index, (area, name) in enumerate(grid.rows, start=1):
        row = [name]
        for week in range(1, grid.weeks + 1):
            found = grid.cells.get((area.id, week))
            mark = CRITICAL_MARK if grid.has_critical(area.id, week) else ""
            row.append(f"{found.grade}{mark}" if found else mark)
            if found:
                level = scale.level(found.grade)
                style.add("BACKGROUND", (week, row_index), (week, row_index), colors.HexColor(level.fill))
                style.add("TEXTCOLOR", (week, row_index), (week, row_index), colors.HexColor(level.text))
        rows.append(row)
    name_width = 38 * mm
    week_width = (267 * mm - name_width) / grid.weeks
    table = Table(rows, colWidths=[name_width] + [week_width] * grid.weeks, repeatRows=1)
    table.setStyle(style)
    return table


def _summary_table(data: YearlyReport, s) -> Table:
    rows = [[Paragraph(text, s["head"]) for text in ("Område", "Bedömda veckor", "Medel", "1", "2", "3", "4", "5",
                                                     "Högsta (veckor)", "Förra årets medel", "Förändring")]]
    for row in data.summaries:
        weeks = ", ".join(str(w) for w in row.highest_weeks[:8]) + ("…" if len(row.highest_weeks) > 8 else "")
        highest = f"{row.highest} (v {weeks})" if row.highest else "–"
        change = f"{row.trend} ({'+' if (row.change or 0) > 0 else ''}{decimal(row.change)})" if row.trend else "–"
        rows.append([Paragraph(escape(row.area), s["cell"]), str(row.weeks_assessed), decimal(row.mean),
                     *[str(row.counts[g]) for g in range(1, 6)], Paragraph(highest, s["cell"]),
                     decimal(row.previous_mean), Paragraph(change, s["cell"])])
    style = table_style()
    style.add("ALIGN", (1, 1), (7, -1), "RIGHT")
    style.add("ALIGN", (9, 1), (9, -1), "RIGHT")
    for grade, level in enumerate(shipped.scale(), start=1):
        style.add("BACKGROUND", (2 + grade, 0), (2 + grade, 0), colors.HexColor(level.fill))
        style.add("TEXTCOLOR", (2 + grade, 0), (2 + grade, 0), colors.HexColor(level.text))
    widths = [30, 16, 13, 8, 8, 8, 8, 8, 30, 18, 33]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(style)
    return table


def _critical_table(data: YearlyReport, s):
    if not data.critical:
        return Paragraph(f"Inga kritiska händelser registrerades {data.year}.", s["body"])
    rows = [["Vecka", "Datum", "Område", "Kategori", "Beskrivning"]]
    for incident in data.critical:
        rows.append([str(incident.week), incident.date, Paragraph(escape(incident.area), s["cell"]), incident.category,
                     Paragraph(escape(" – ".join(p for p in (incident.place, incident.description) if p)) or "–",
                               s["cell"])])
    table = Table(rows, colWidths=[14 * mm, 22 * mm, 35 * mm, 28 * mm, 81 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table


def _incident_table(data: YearlyReport) -> Table:
    rows = [["Kategori", str(data.year), str(data.year - 1), "Förändring", "Förändring %"]]
    for count in data.trends.incident_counts:
        percent = "–" if count.change_percent is None else f"{'+' if count.change_percent > 0 else ''}" \
                                                          f"{decimal(count.change_percent, 0)} %"
        rows.append([count.category, str(count.this_year), str(count.last_year),
                     f"{'+' if count.change > 0 else ''}{count.change}", percent])
    total_now = sum(c.this_year for c in data.trends.incident_counts)
    total_before = sum(c.last_year for c in data.trends.incident_counts)
    rows.append(["Totalt", str(total_now), str(total_before), f"{'+' if total_now > total_before else ''}"
                 f"{total_now - total_before}", "–" if not total_before else
                 f"{decimal(100 * (total_now - total_before) / total_before, 0)} %"])
    style = table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    style.add("FONT", (0, -1), (-1, -1), BOLD, 8)
    table = Table(rows, colWidths=[50 * mm, 25 * mm, 25 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(style)
    return table


def _district_chart(data: YearlyReport) -> Drawing:
    """Vector lines: the district's highest grade and its mean per week (gaps where nothing was assessed)."""
    drawing = Drawing(180 * mm, 75 * mm)
    drawing.initialFontName = FONT  # else the renderer starts in Helvetica, which is not embedded
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 18 * mm, 12 * mm, 155 * mm, 55 * mm
    # Each unbroken run of weeks is its own line: a summer without meetings is a gap, not a slope.
    series, styles_of_series = [], []
    lines = ((data.trends.district.highest, colors.HexColor("#7B1C1C"), 1.5),
             (data.trends.district.mean, colors.HexColor("#1F4E79"), 2),
             (data.trends.last_district.mean, colors.HexColor("#B0B0B0"), 1))
    for values, colour, width in lines:
        for run in _runs(values):
            series.append(run)
            styles_of_series.append((colour, width))
    plot.data = series or [[(1, 1)]]
    plot.joinedLines = 1
    for index, (colour, width) in enumerate(styles_of_series):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = width
    if not series:
        plot.lines[0].strokeColor = colors.white
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 1, data.grid.weeks
    plot.xValueAxis.valueSteps = list(range(1, data.grid.weeks + 1, 4))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 1, 5, 1
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    drawing.add(plot)
    for index, (_values, colour, width) in enumerate(lines):  # a legend: a short line and its name
        left = 20 * mm + index * 45 * mm
        drawing.add(Line(left, 72 * mm, left + 8 * mm, 72 * mm, strokeColor=colour, strokeWidth=width + 0.5))
        name = ("högsta", "medel", f"medel {data.year - 1}")[index]
        drawing.add(String(left + 10 * mm, 71 * mm, name, fontName=FONT, fontSize=7))
    drawing.add(String(2 * mm, 40 * mm, "bedömning", fontName=FONT, fontSize=7))
    drawing.add(String(90 * mm, 2 * mm, "vecka", fontName=FONT, fontSize=7))
    return drawing


def _runs(values: list) -> list[list[tuple[int, float]]]:
    """The unbroken runs of a weekly series as (week, value) points."""
    runs, current = [], []
    for week, value in enumerate(values, start=1):
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((week, value))
    if current:
        runs.append(current)
    return runs


def _counts_chart(data: YearlyReport) -> Drawing:
    """Vector stacked bars: weeks at each grade per area, in the scale's colours."""
    rows = data.trends.areas
    height = max(40, 9 * len(rows) + 20)
    drawing = Drawing(180 * mm, height * mm * 0.5 + 20 * mm)
    drawing.initialFontName = FONT  # else the renderer starts in Helvetica, which is not embedded
    chart = HorizontalBarChart()
    chart.x, chart.y = 40 * mm, 10 * mm
    chart.width, chart.height = 130 * mm, height * mm * 0.5
    chart.data = [[row.counts[grade] for row in rows] or [0] for grade in range(1, 6)]
    chart.categoryAxis.categoryNames = [row.name for row in rows] or ["–"]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = 1
    chart.valueAxis.valueMin = 0
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    for grade, level in enumerate(shipped.scale()):
        chart.bars[grade].fillColor = colors.HexColor(level.fill)
        chart.bars[grade].strokeColor = colors.HexColor("#555555")
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40 * mm, 6 * mm
    legend.fontName, legend.fontSize, legend.columnMaximum, legend.deltax = FONT, 7, 1, 48
    legend.colorNamePairs = [(colors.HexColor(level.fill), level.label()) for level in shipped.scale()]
    legend.alignment = "right"
    drawing.add(legend)
    return drawing


def _fields_table(data: YearlyReport, s) -> Table:
    rows = [[Paragraph(text, s["head"]) for text in ("Område", NEEDS_MEASURES_SV, "Kommentar")]]
    style = table_style()
    for index, field in enumerate(PRIORITY_FIELDS, start=1):
        stored = data.priority_fields.get(field.number)
        needs = stored is not None and stored.needs_measures
        rows.append([Paragraph(f"{field.number}. {field.name_sv}", s["cell"]),
                     Paragraph(f"<b>[{'X' if needs else '&nbsp;&nbsp;'}]</b> {'Ja' if needs else 'Nej'}", s["cell"]),
                     Paragraph(escape(stored.comment) if stored and stored.comment else "–", s["cell"])])
        style.add("VALIGN", (0, index), (-1, index), "TOP")
    table = Table(rows, colWidths=[55 * mm, 32 * mm, 93 * mm], repeatRows=1)
    table.setStyle(style)
    return table
