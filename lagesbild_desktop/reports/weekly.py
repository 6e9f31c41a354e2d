"""The weekly situation report (veckorapport) as a PDF: the meeting's grades, notes and incidents."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import week_dates
from lagesbild_desktop.reports.measures import week_flowables
from lagesbild_desktop.reports.pdf import (
    document,
    level_style,
    numbered_canvas,
    place_and_description,
    styles,
    table,
    table_style,
    text_paragraphs,
)
from lagesbild_desktop.services.report_contents import WeeklyReport


def build_weekly(data: WeeklyReport, path: Path, progress=None) -> None:
    step = progress or (lambda _share: None)
    s = styles()
    monday, sunday = week_dates(data.year, data.week)
    title = f"Lägesbild {data.district} vecka {data.week} {data.year}".strip()
    doc = document(path, title)
    story: list = [Paragraph(f"Veckorapport vecka {data.week}, {data.year}", s["title"]),
                   Paragraph(f"{escape(data.district)} · {monday.isoformat()} – {sunday.isoformat()} · "
                             f"framtagen {data.made.isoformat()} · Lägesbild Desktop {data.version}", s["body"]),
                   Spacer(1, 4 * mm)]
    note = data.note
    story += [Paragraph("Deltagare", s["caption"]), *text_paragraphs(note and note.participants, s["body"]),
              Paragraph("Sammanfattning", s["caption"]), *text_paragraphs(note and note.summary, s["body"]),
              Paragraph("Bedömning per område", s["h1"]), _grades_table(data, s)]
    if not any(item.current for item in data.areas):
        story.append(Paragraph(f"Inga bedömningar gjordes vecka {data.week}.", s["body"]))
    if data.week_map is not None and data.week_map.areas:
        from lagesbild_desktop.reports.map_flowable import MapFlowable
        from lagesbild_desktop.reports.pdf_writer import PORTRAIT_WIDTH

        story += [Paragraph(f"Karta vecka {data.week}", s["caption"]),
                  MapFlowable(data.week_map, width=PORTRAIT_WIDTH, height=PORTRAIT_WIDTH * 0.6)]
    step(0.5)
    story += [Paragraph("Veckans händelser", s["h1"]), _incidents_table(data, s)]
    if data.recurring:  # registered places with 3 incidents or more in the 4 weeks up to this one
        story.append(Paragraph("Återkommande platser", s["caption"]))
        weeks = data.recurrence[1]
        story += [Paragraph(escape(f"{place} ({area}): {count} händelser de senaste {weeks} veckorna"), s["body"])
                  for area, place, count in data.recurring]
    if data.measures is not None:
        story += [Paragraph("Åtgärder", s["h1"]), *week_flowables(data.measures, s)]
    if data.figures:  # key figures whose period ends this week, against the same period the year before
        from lagesbild_desktop.reports import outline
        from lagesbild_desktop.reports.pdf_writer import PORTRAIT_WIDTH, table_flowables
        from lagesbild_desktop.reports.yearly_outline import key_figure_parts

        story.append(Paragraph("Nyckeltal", s["h1"]))
        for part in key_figure_parts(data.figures, outline.Numbers(), charts=False):
            if isinstance(part, outline.Table):
                story += table_flowables(part, s, PORTRAIT_WIDTH)
            elif isinstance(part, outline.Note):
                story.append(Paragraph(escape(part.text), s["small"]))
    doc.build(story, canvasmaker=numbered_canvas(f"{title} · veckorapport"))
    step(1.0)


def _grades_table(data: WeeklyReport, s) -> Table:
    rows = [["Område", "Bedömning", "Förra veckan", "Förändring", "Anteckning"]]
    style = table_style()
    for index, item in enumerate(data.areas, start=1):
        grade = item.current.grade if item.current else None
        last = item.last_week.grade if item.last_week else None
        if grade is None:
            change = "ej bedömd"
        elif last is None:
            change = "–"
        else:
            difference = grade - last
            change = "oförändrat" if difference == 0 else f"{'+' if difference > 0 else ''}{difference} " + (
                "(försämrat)" if difference > 0 else "(förbättrat)")
        level = shipped.scale().level(grade) if grade else None
        label = Paragraph(level.label(), level_style(s["cell"], level.text)) if level else "–"
        rows.append([Paragraph(escape(item.name), s["cell"]), label,
                     str(last) if last else "–", change,
                     text_paragraphs(item.current and item.current.note, s["cell"], empty="")])
        if level:
            style.add("BACKGROUND", (1, index), (1, index), colors.HexColor(level.fill))
    return table(rows, [35, 32, 24, 28, 61], style)


def _incidents_table(data: WeeklyReport, s):
    found = [(item.name, incident) for item in data.areas for incident in item.incidents]
    if not found:
        return Paragraph("Inga händelser registrerades denna vecka.", s["body"])
    rows = [["Datum", "Område", "Kategori", "Allvarlighet", "Plats och beskrivning"]]
    for name, incident in sorted(found, key=lambda pair: pair[1].date):
        rows.append([incident.date, Paragraph(escape(name), s["cell"]),
                     Paragraph(escape(incident.category), s["cell"]),
                     Severity.from_code(incident.severity).name_sv,
                     place_and_description(incident, s["cell"])])
    return table(rows, [22, 32, 28, 22, 76], table_style())
