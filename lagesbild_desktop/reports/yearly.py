"""The yearly summary (årssammanställning) as a PDF: the pages of the joint local situation report."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.priority_fields import NEEDS_MEASURES_SV, PRIORITY_FIELDS
from lagesbild_desktop.reports.charts import DistrictChart, GradeCountsChart
from lagesbild_desktop.reports.grid_flowable import YearGridFlowable
from lagesbild_desktop.reports.measures import follow_up_table, measures_answering, plan_tables
from lagesbild_desktop.reports.pdf import (
    BOLD,
    decimal,
    document,
    level_style,
    numbered_canvas,
    place_and_description,
    styles,
    table,
    table_style,
    text_paragraphs,
    week_ranges,
)
from lagesbild_desktop.services.report_contents import YearlyReport

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
                        "Tom ruta = ingen bedömning." + ("" if data.has_grades else
                                                         f" Inga bedömningar finns för år {data.year}."),
                        s["small"])]
    step(0.35)
    story += [NextPageTemplate("portrait"), PageBreak(),
              Paragraph("Sammanställning per område", s["h1"]), _summary_table(data, s), Spacer(1, 2 * mm),
              Paragraph("Medel är medelbedömningen över de bedömda veckorna. Förändringen jämför med förra årets "
                        "medel; lägre är bättre.", s["small"])]
    step(0.5)
    story += [Paragraph(f"Kritiska händelser {data.year}", s["h1"]), _critical_table(data, s)]
    story += [Paragraph("Händelser per kategori jämfört med samma period förra året", s["h1"]),
              Paragraph(_period(data), s["small"]),
              _incident_table(data, s)]
    step(0.65)
    story += [PageBreak(), Paragraph("Utveckling under året", s["h1"]),
              KeepTogether([Paragraph("Stadsdelen per vecka: högsta bedömning och medel över områdena", s["caption"]),
                            _district_chart(data)]),
              *[KeepTogether([Paragraph("Veckor per bedömning och område", s["caption"]), chart])
                for chart in _counts_charts(data)]]
    step(0.8)
    story += [PageBreak(), Paragraph("Prioriterade samverkansområden", s["h1"]), _fields_table(data, s)]
    story += [PageBreak(), Paragraph(f"Åtgärdsplan {data.year + 1}", s["h1"]),
              Paragraph("Åtgärder som är planerade eller pågår under det kommande året, per prioriterat "
                        "samverkansområde.", s["small"]),
              *plan_tables(list(data.plan), s, f"Inga åtgärder är planerade för {data.year + 1}."),
              Paragraph(f"Uppföljning av åtgärder {data.year}", s["h1"]),
              *follow_up_table(list(data.followed), s, f"Inga åtgärder pågick under {data.year}.")]
    doc.build(story, canvasmaker=numbered_canvas(f"{title} · årssammanställning"))
    step(1.0)


def _period(data: YearlyReport) -> str:
    until = data.trends.until
    if until.year < data.year:
        return f"År {data.year} har inte börjat: inga händelser räknas ännu."
    return (f"Perioden 1 januari – {until.day} {_month(until.month)} {data.year} "
            f"mot samma period {data.year - 1}.")


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
    return table(rows, [24, 38, 118], style)


def _grid_table(data: YearlyReport) -> YearGridFlowable:
    grid, scale = data.grid, shipped.scale()
    levels = {level.value: level for level in scale}
    rows = []
    for area, name in grid.rows:
        cells = []
        for week in range(1, grid.weeks + 1):
            found = grid.cells.get((area.id, week))
            mark = CRITICAL_MARK if grid.has_critical(area.id, week) else ""
            if found:
                level = levels[found.grade]
                cells.append((f"{found.grade}{mark}", level.fill, level.text))
            else:
                cells.append((mark, "#FFFFFF", "#000000") if mark else None)
        rows.append((name, cells))
    return YearGridFlowable(grid.weeks, rows, 267 * mm)


def _summary_table(data: YearlyReport, s) -> Table:
    levels = list(shipped.scale())
    rows = [[Paragraph(text, s["head"]) for text in ("Område", "Bedömda veckor", "Medel")]
            + [Paragraph(str(level.value), level_style(s["head"], level.text)) for level in levels]
            + [Paragraph(text, s["head"]) for text in ("Högsta (veckor)", "Förra årets medel", "Förändring")]]
    for row in data.summaries:
        highest = f"{row.highest} (v {week_ranges(row.highest_weeks)})" if row.highest else "–"
        change = f"{row.trend} ({'+' if (row.change or 0) > 0 else ''}{decimal(row.change)})" if row.trend else "–"
        rows.append([Paragraph(escape(row.area), s["cell"]), str(row.weeks_assessed), decimal(row.mean),
                     *[str(row.counts[g]) for g in range(1, 6)], Paragraph(highest, s["cell"]),
                     decimal(row.previous_mean), Paragraph(change, s["cell"])])
    style = table_style()
    style.add("ALIGN", (1, 1), (7, -1), "RIGHT")
    style.add("ALIGN", (9, 1), (9, -1), "RIGHT")
    for grade, level in enumerate(levels, start=1):
        style.add("BACKGROUND", (2 + grade, 0), (2 + grade, 0), colors.HexColor(level.fill))
    return table(rows, [34, 16, 13, 8, 8, 8, 8, 8, 31, 15, 31], style)


def _critical_table(data: YearlyReport, s):
    if not data.critical:
        return Paragraph(f"Inga kritiska händelser registrerades {data.year}.", s["body"])
    rows = [["Vecka", "Datum", "Område", "Kategori", "Beskrivning"]]
    for incident in data.critical:
        rows.append([str(incident.week), incident.date, Paragraph(escape(incident.area), s["cell"]),
                     Paragraph(escape(incident.category), s["cell"]),
                     place_and_description(incident, s["cell"])])
    return table(rows, [14, 22, 35, 28, 81], table_style())


def _incident_table(data: YearlyReport, s) -> Table:
    rows = [["Kategori", str(data.year), str(data.year - 1), "Förändring", "Förändring %"]]
    for count in data.trends.incident_counts:
        percent = _signed_percent(count.change_percent)
        rows.append([Paragraph(escape(count.category), s["cell"]), str(count.this_year), str(count.last_year),
                     f"{'+' if count.change > 0 else ''}{count.change}", percent])
    total_now = sum(c.this_year for c in data.trends.incident_counts)
    total_before = sum(c.last_year for c in data.trends.incident_counts)
    rows.append(["Totalt", str(total_now), str(total_before), f"{'+' if total_now > total_before else ''}"
                 f"{total_now - total_before}",
                 _signed_percent(100 * (total_now - total_before) / total_before if total_before else None)])
    style = table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    style.add("FONT", (0, -1), (-1, -1), BOLD, 8)
    return table(rows, [60, 25, 25, 35, 35], style)


def _signed_percent(value: float | None) -> str:
    return "–" if value is None else f"{'+' if value > 0 else ''}{decimal(value, 0)} %"


def _district_chart(data: YearlyReport) -> DistrictChart:
    return DistrictChart(data.grid.weeks, [
        ("högsta", data.trends.district.highest, colors.HexColor("#7B1C1C"), 1.5),
        ("medel", data.trends.district.mean, colors.HexColor("#1F4E79"), 2),
        (f"medel {data.year - 1}", data.trends.last_district.mean, colors.HexColor("#B0B0B0"), 1),
    ])


COUNT_ROWS_PER_CHART = 40  # keeps each chart within one A4 page; a big district gets several


def _counts_charts(data: YearlyReport) -> list[GradeCountsChart]:
    rows = [(row.name, [row.counts[grade] for grade in range(1, 6)]) for row in data.trends.areas]
    levels = [(level.fill, level.label()) for level in shipped.scale()]
    chunks = [rows[start:start + COUNT_ROWS_PER_CHART] for start in range(0, len(rows), COUNT_ROWS_PER_CHART)]
    return [GradeCountsChart(chunk, data.grid.weeks, levels) for chunk in chunks or [[]]]


def _fields_table(data: YearlyReport, s) -> Table:
    rows = [[Paragraph(text, s["head"]) for text in ("Område", NEEDS_MEASURES_SV, "Kommentar")]]
    style = table_style()
    for index, field in enumerate(PRIORITY_FIELDS, start=1):
        stored = data.priority_fields.get(field.number)
        needs = stored is not None and stored.needs_measures
        answering = measures_answering([*data.followed, *data.plan], field.number)
        rows.append([Paragraph(f"{field.number}. {field.name_sv}", s["cell"]),
                     [Paragraph(f"<b>[{'X' if needs else '&nbsp;&nbsp;'}]</b> {'Ja' if needs else 'Nej'}", s["cell"]),
                      *text_paragraphs(answering, s["cell"], empty="")],
                     text_paragraphs(stored and stored.comment, s["cell"])])
        style.add("VALIGN", (0, index), (-1, index), "TOP")
    return table(rows, [55, 32, 93], style)
