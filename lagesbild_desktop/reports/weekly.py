"""The weekly situation report (veckorapport) as a PDF: the meeting's grades, notes and incidents."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import week_dates
from lagesbild_desktop.reports.pdf import BOLD, document, numbered_canvas, styles, table_style
from lagesbild_desktop.services.reports import WeeklyReport


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
    story += [Paragraph("Deltagare", s["caption"]),
              Paragraph(escape(note.participants) if note and note.participants else "–", s["body"]),
              Paragraph("Sammanfattning", s["caption"]),
              Paragraph(escape(note.summary).replace("\n", "<br/>") if note and note.summary else "–", s["body"]),
              Paragraph("Bedömning per område", s["h1"]), _grades_table(data, s)]
    step(0.5)
    story += [Paragraph("Veckans händelser", s["h1"]), _incidents_table(data, s)]
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
        label = shipped.scale().level(grade).label() if grade else "–"
        rows.append([Paragraph(escape(item.name), s["cell"]), Paragraph(label, s["cell"]),
                     str(last) if last else "–", change,
                     Paragraph(escape(item.current.note) if item.current and item.current.note else "", s["cell"])])
        if grade:
            level = shipped.scale().level(grade)
            style.add("BACKGROUND", (1, index), (1, index), colors.HexColor(level.fill))
            style.add("TEXTCOLOR", (1, index), (1, index), colors.HexColor(level.text))
            style.add("FONT", (1, index), (1, index), BOLD, 8)
    table = Table(rows, colWidths=[35 * mm, 32 * mm, 24 * mm, 28 * mm, 61 * mm], repeatRows=1)
    table.setStyle(style)
    return table


def _incidents_table(data: WeeklyReport, s):
    found = [(item.name, incident) for item in data.areas for incident in item.incidents]
    if not found:
        return Paragraph("Inga händelser registrerades denna vecka.", s["body"])
    rows = [["Datum", "Område", "Kategori", "Allvarlighet", "Plats och beskrivning"]]
    for name, incident in sorted(found, key=lambda pair: pair[1].date):
        rows.append([incident.date, Paragraph(escape(name), s["cell"]),
                     Paragraph(escape(incident.category), s["cell"]),
                     Severity.from_code(incident.severity).name_sv,
                     Paragraph(escape(" – ".join(p for p in (incident.place, incident.description) if p)) or "–",
                               s["cell"])])
    table = Table(rows, colWidths=[22 * mm, 32 * mm, 28 * mm, 22 * mm, 76 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table
