"""The action plan on paper: its tables for the yearly and weekly reports, the plan on its own, and
EST's quarterly analysis."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lagesbild_desktop.domain.measures import MIN_GRADED_WEEKS
from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.reports.pdf import (
    BOLD,
    decimal,
    document,
    numbered_canvas,
    styles,
    table,
    table_style,
    text_paragraphs,
)
from lagesbild_desktop.services.report_contents import ActionPlanReport, MeasureLine, QuarterlyReport, WeekMeasures

NO_FIELD = "Övriga åtgärder (inget prioriterat samverkansområde)"
ASSOCIATION = ("Effekten är ett samband, inte ett bevis: medelbedömningen i åtgärdens områden de veckor före "
               "starten mot lika många veckor från starten (högst 8, eller till åtgärdens slut), bredvid samma veckor "
               "i stadsdelens övriga områden. Skillnad = områdenas förändring minus de övrigas; negativ är bättre. "
               f"* = för få bedömda veckor (färre än {MIN_GRADED_WEEKS} på någon sida) för att säga något.")


def _field_name(number: int | None) -> str:
    return f"{number}. {PRIORITY_FIELDS[number - 1].name_sv}" if number else NO_FIELD


def _period(line: MeasureLine) -> str:
    """Plain text with line breaks (a table cell draws it without a Paragraph's cost)."""
    measure = line.item.measure
    term = "långsiktig" if measure.term == "lång" else "kortsiktig"
    return f"{measure.start} –\n{measure.end or 'tills vidare'}\n{term}"


def _what(line: MeasureLine, s) -> list[Paragraph]:
    measure = line.item.measure
    made = [Paragraph(f"<b>{escape(measure.title)}</b>", s["cell"])]
    if measure.goal:
        made += text_paragraphs(f"Mål: {measure.goal}", s["cell"])
    if measure.description:
        made += text_paragraphs(measure.description, s["cell"])
    return made


def _where(line: MeasureLine) -> str:
    place = line.item.measure.place
    return escape(", ".join(line.item.area_names) or "–") + (f"<br/>{escape(place)}" if place else "")


def plan_tables(lines: list[MeasureLine], s, empty: str) -> list:
    """The plan by priority field: what, where, who, when, status."""
    if not lines:
        return [Paragraph(escape(empty), s["body"])]
    made: list = []
    groups: dict[int | None, list[MeasureLine]] = {}
    for line in lines:
        groups.setdefault(line.item.measure.priority_field, []).append(line)
    for number, group in sorted(groups.items(), key=lambda pair: pair[0] or 9):
        rows = [[Paragraph(text, s["head"]) for text in ("Åtgärd", "Områden och plats", "Ansvariga", "Period",
                                                         "Status")]]
        for line in group:
            rows.append([_what(line, s), Paragraph(_where(line), s["cell"]),
                         Paragraph(escape(", ".join(line.item.measure.responsible) or "–"), s["cell"]),
                         _period(line), line.item.status])
        style = table_style()
        style.add("VALIGN", (0, 1), (-1, -1), "TOP")
        style.add("LEADING", (3, 1), (4, -1), 9.5)
        made += [Paragraph(escape(_field_name(number)), s["caption"]), table(rows, [56, 32, 42, 30, 20], style)]
    return made


def follow_up_table(lines: list[MeasureLine], s, empty: str) -> list:
    """Each measure's status, last follow-up and effect numbers."""
    if not lines:
        return [Paragraph(escape(empty), s["body"])]
    rows = [[Paragraph(text, s["head"]) for text in ("Åtgärd", "Status", "Senaste uppföljning", "Veckor", "Före",
                                                     "Efter", "Övriga före", "Övriga efter", "Skillnad")]]
    for line in lines:
        item, found = line.item, line.effect
        last = item.last_follow_up
        followed = text_paragraphs(f"{last.date}: {last.comment}" if last and last.comment else
                                   last.date if last else "", s["cell"])
        mark = "*" if found.too_few and found.weeks and item.measure.areas else ""
        rows.append([Paragraph(escape(item.measure.title), s["cell"]), item.status, followed,
                     str(found.weeks), decimal(found.before_mean), decimal(found.after_mean),
                     decimal(found.others_before_mean), decimal(found.others_after_mean),
                     _signed(found.difference) + mark])
    style = table_style()
    style.add("ALIGN", (3, 1), (-1, -1), "RIGHT")
    style.add("VALIGN", (0, 1), (-1, -1), "TOP")
    return [table(rows, [38, 19, 35, 13, 12, 12, 16, 16, 19], style), Spacer(1, 1.5 * mm),
            Paragraph(escape(ASSOCIATION), s["small"])]


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    value = round(value, 2) + 0.0  # no "-0,00" for a change that rounds to nothing
    return ("+" if value > 0 else "") + decimal(value)


def measures_answering(lines: list[MeasureLine], field: int) -> str:
    titles = list(dict.fromkeys(line.item.measure.title for line in lines
                                if line.item.measure.priority_field == field))  # a measure in both lists once
    return "Inkluderas i åtgärdsplan: " + "; ".join(titles) if titles else ""


def week_flowables(found: WeekMeasures, s) -> list:
    """The weekly report's measures: started, ended, followed up, and due for follow-up."""
    made: list = []
    for title, items in (("Påbörjade denna vecka", found.started), ("Avslutade denna vecka", found.ended)):
        if items:
            made += [Paragraph(title, s["caption"]),
                     *[Paragraph(escape(f"{item.measure.title} ({', '.join(item.area_names) or '–'}; "
                                        f"{', '.join(item.measure.responsible)})"), s["body"]) for item in items]]
    if found.followed:
        rows = [["Datum", "Åtgärd", "Status", "Kommentar"]]
        for item, done in found.followed:
            rows.append([done.date, Paragraph(escape(item.measure.title), s["cell"]), done.status,
                         text_paragraphs(done.comment, s["cell"], empty="")])
        made += [Paragraph("Uppföljda denna vecka", s["caption"]), table(rows, [22, 70, 22, 66], table_style())]
    made.append(Paragraph("Att följa upp", s["caption"]))
    if found.due:
        rows = [["Uppföljning", "Åtgärd", "Status", "Ansvariga"]]
        for item in found.due:
            rows.append([item.measure.next_follow_up, Paragraph(escape(item.measure.title), s["cell"]), item.status,
                         Paragraph(escape(", ".join(item.measure.responsible)), s["cell"])])
        made.append(table(rows, [24, 80, 22, 54], table_style()))
    else:
        made.append(Paragraph("Ingen åtgärd ska följas upp denna vecka.", s["body"]))
    return made


def build_action_plan(data: ActionPlanReport, path: Path) -> None:
    s = styles()
    title = f"Åtgärdsplan {data.district} {data.year}".strip()
    doc = document(path, title)
    story: list = [Paragraph(escape(title), s["title"]),
                   Paragraph(f"Åtgärder utifrån den lokala lägesbilden · framtagen {data.made.isoformat()} · "
                             f"Lägesbild Desktop {escape(data.version)}", s["body"]), Spacer(1, 4 * mm),
                   Paragraph("Åtgärder per prioriterat samverkansområde", s["h1"]),
                   *plan_tables(data.lines, s, f"Inga åtgärder är registrerade för {data.year}."),
                   Paragraph("Uppföljning", s["h1"]),
                   *follow_up_table(data.lines, s, "Inga åtgärder att följa upp.")]
    doc.build(story, canvasmaker=numbered_canvas(f"{title} · åtgärdsplan"))


def build_quarterly(data: QuarterlyReport, path: Path) -> None:
    s = styles()
    title = f"Kvartalsanalys {data.district} {data.year} kvartal {data.quarter}".strip()
    doc = document(path, title)
    story: list = [Paragraph(escape(title), s["title"]),
                   Paragraph(f"Vecka {data.weeks[0]}–{data.weeks[-1]} · framtagen {data.made.isoformat()} · "
                             f"Lägesbild Desktop {escape(data.version)}", s["body"]),
                   Paragraph("Områden efter medelbedömning, högst först", s["h1"]), _ranking(data, s),
                   Spacer(1, 1.5 * mm),
                   Paragraph("Förändring mot kvartalet före och mot samma kvartal förra året; positiv är sämre. "
                             "Veckor 4–5 = bedömda veckor med allvarligt eller mycket allvarligt läge.", s["small"]),
                   Paragraph("Händelser per kategori", s["h1"]), _categories(data, s),
                   Paragraph("Pågående åtgärder och effekt hittills", s["h1"]),
                   *follow_up_table(data.measures, s, "Inga åtgärder pågick under kvartalet.")]
    doc.build(story, canvasmaker=numbered_canvas(f"{title} · kvartalsanalys"))


def _ranking(data: QuarterlyReport, s):
    rows = [[Paragraph(text, s["head"]) for text in ("Område", "Medel", "Förändring mot kvartalet före",
                                                     "Förändring mot samma kvartal i fjol", "Bedömda veckor",
                                                     "Veckor 4–5")]]
    for row in data.rows:
        rows.append([Paragraph(escape(row.area), s["cell"]), decimal(row.mean),
                     _change(row.mean, row.previous), _change(row.mean, row.last_year), str(row.graded), str(row.high)])
    style = table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    style.add("FONT", (1, 1), (1, -1), BOLD, 8)
    return table(rows, [46, 18, 34, 34, 24, 24], style)


def _change(now: float | None, then: float | None) -> str:
    return "–" if now is None or then is None else _signed(now - then)


def _categories(data: QuarterlyReport, s):
    if not data.categories:
        return Paragraph("Inga händelser registrerades under kvartalet, kvartalet före eller samma kvartal i fjol.",
                         s["body"])
    rows = [["Kategori", f"Kvartal {data.quarter}", "Kvartalet före", "Samma kvartal i fjol"]]
    for name, now, before, last_year in data.categories:
        rows.append([Paragraph(escape(name), s["cell"]), str(now), str(before), str(last_year)])
    style = table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    return table(rows, [70, 36, 37, 37], style)
