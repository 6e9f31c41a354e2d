"""What the yearly lokal lägesbild says, in the seed report's order, for both formats (reports/outline.py).

Title page, contents, Sammantagen bedömning, Inledning, Syfte, Tabell 1 (the scale), Tabell 2 (the
grid), the per-area summary, the areas' texts, the crime description with the critical incidents
and the category comparison, the charts, the priority fields, the action plan and its follow-up,
Källor. A district chooses which of these to include (reports/sections.py); tables and charts are
numbered in the order they appear.
"""

from __future__ import annotations

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.markdown import parse
from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.domain.year_texts import AREA_SECTION, BY_KEY, field_section
from lagesbild_desktop.reports.outline import (
    Cell,
    Chart,
    Checkbox,
    Contents,
    Grid,
    Heading,
    Label,
    Landscape,
    Note,
    Numbers,
    Outline,
    Part,
    Portrait,
    Table,
    Text,
    Title,
    cell,
)
from lagesbild_desktop.reports.sections import ALL_SECTIONS
from lagesbild_desktop.services.report_contents import MeasureLine, YearlyReport

CRITICAL_MARK = "•"  # the PDF's font has it; the screen's ◆ it has not

NEEDS_MEASURES = ("Finns behov av särskilda åtgärder inom området. Beskrivs under rubriken ”Kommentar” nedan. "
                  "Inkluderas i åtgärdsplan.")


def yearly_outline(data: YearlyReport, sections: tuple[str, ...] = ALL_SECTIONS) -> Outline:
    title = f"Lokal lägesbild {data.district} {data.year}".replace("  ", " ")
    numbers = Numbers()
    parts: list[Part] = [
        Title("Lokal lägesbild", tuple(line for line in (data.district, f"År {data.year}",
                                                         f"Framtagen {data.made.isoformat()}",
                                                         f"Lägesbild Desktop {data.version}") if line)),
        Contents(),
    ]
    for key in sections:
        parts += _SECTION_PARTS[key](data, numbers)
    return Outline(title, title, parts)


def _written(data: YearlyReport, section: str, area_id: int | None = None) -> str:
    return data.texts.get((section, area_id), "")


def _text_section(key: str):
    def parts(data: YearlyReport, numbers: Numbers) -> list[Part]:
        return [Heading(1, BY_KEY[key].title),
                Text(tuple(parse(_written(data, key))), f"Ingen text är skriven för {BY_KEY[key].title.lower()} "
                                                         f"{data.year}.")]
    return parts


def _legend(data: YearlyReport, numbers: Numbers) -> list[Part]:
    rows = []
    for level in shipped.scale():
        rows.append((Cell(str(level.value), fill=level.fill, colour=level.text, bold=True, align="center"),
                     cell(level.name_sv), cell(level.definition_sv)))
    return [Heading(1, "Förklaring av lägesbedömningen"),
            Table(numbers.table("Förklaring lägesbedömning"), (cell("Bedömning"), cell("Läge"), cell("Definition")),
                  tuple(rows), (24, 38, 118))]


def _grid(data: YearlyReport, numbers: Numbers) -> list[Part]:
    grid = data.grid
    levels = {level.value: level for level in shipped.scale()}
    rows = []
    for area, name in grid.rows:
        cells: list[tuple[str, str, str] | None] = []
        for week in range(1, grid.weeks + 1):
            found = grid.cells.get((area.id, week))
            mark = CRITICAL_MARK if grid.has_critical(area.id, week) else ""
            if found:
                level = levels[found.grade]
                cells.append((f"{found.grade}{mark}", level.fill, level.text))
            else:
                cells.append((mark, "#FFFFFF", "#000000") if mark else None)
        rows.append((name, tuple(cells)))
    note = (f"{CRITICAL_MARK} = vecka med kritisk händelse (t.ex. skjutning, sprängning, brandattentat). "
            "Tom ruta = ingen bedömning." + ("" if data.has_grades else f" Inga bedömningar finns för år {data.year}."))
    return [Landscape(), Heading(1, f"Årssammanställning {data.year}"),
            Grid(numbers.table(f"Årssammanställning {data.year} ({grid.weeks} veckor)"), grid.weeks, tuple(rows), note),
            Portrait()]


def _decimal(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


def _week_ranges(weeks) -> str:
    from lagesbild_desktop.reports.pdf import week_ranges  # a report is being made: reportlab is loaded

    return week_ranges(list(weeks))


def _summary(data: YearlyReport, numbers: Numbers) -> list[Part]:
    levels = list(shipped.scale())
    header = (cell("Område"), cell("Bedömda veckor"), cell("Medel"),
              *(Cell(str(level.value), fill=level.fill, colour=level.text, bold=True, align="center")
                for level in levels),
              cell("Högsta (veckor)"), cell("Förra årets medel"), cell("Förändring"))
    rows = []
    for row in data.summaries:
        highest = f"{row.highest} (v {_week_ranges(row.highest_weeks)})" if row.highest else "–"
        change = (f"{row.trend} ({'+' if (row.change or 0) > 0 else ''}{_decimal(row.change)})" if row.trend
                  else "–")
        rows.append((cell(row.area), cell(row.weeks_assessed, align="right"), cell(_decimal(row.mean), align="right"),
                     *(cell(row.counts[g], align="right") for g in range(1, 6)), cell(highest),
                     cell(_decimal(row.previous_mean), align="right"), cell(change)))
    return [Heading(1, "Sammanställning per område"),
            Table(numbers.table(f"Sammanställning per område {data.year}"), header, tuple(rows),
                  (34, 16, 13, 8, 8, 8, 8, 8, 31, 15, 31),
                  note="Medel är medelbedömningen över de bedömda veckorna. Förändringen jämför med förra årets "
                       "medel; lägre är bättre.", small=True, empty="Inga områden finns för året.")]


def _areas(data: YearlyReport, numbers: Numbers) -> list[Part]:
    parts: list[Part] = [Heading(1, "Beskrivning per område")]
    written = [(area, name) for area, name in data.grid.rows if _written(data, AREA_SECTION, area.id).strip()]
    if not written:
        return [*parts, Text((), f"Ingen områdestext är skriven för {data.year}.")]
    for area, name in written:
        parts += [Heading(2, name), Text(tuple(parse(_written(data, AREA_SECTION, area.id))))]
    return parts


def _crime(data: YearlyReport, numbers: Numbers) -> list[Part]:
    parts = _text_section("brottslighet")(data, numbers)
    parts.append(Heading(2, f"Kritiska händelser {data.year}"))
    named = data.category_names
    rows = tuple((cell(i.week, align="right"), cell(i.date), cell(i.area), cell(named.get(i.category, i.category)),
                  cell(_place_and_description(i.place, i.description))) for i in data.critical)
    parts.append(Table(numbers.table(f"Kritiska händelser {data.year}"),
                       (cell("Vecka"), cell("Datum"), cell("Område"), cell("Kategori"), cell("Beskrivning")),
                       rows, (14, 22, 35, 28, 81), empty=f"Inga kritiska händelser registrerades {data.year}."))
    parts.append(Heading(2, "Händelser per kategori jämfört med samma period förra året"))
    counts = data.trends.incident_counts
    rows_list = [(cell(named.get(c.category, c.category)), cell(c.this_year, align="right"),
                  cell(c.last_year, align="right"),
                  cell(_signed(c.change), align="right"), cell(_signed_percent(c.change_percent), align="right"))
                 for c in counts]
    total_now = sum(c.this_year for c in counts)
    total_before = sum(c.last_year for c in counts)
    rows_list.append((Cell("Totalt", bold=True), Cell(str(total_now), bold=True, align="right"),
                      Cell(str(total_before), bold=True, align="right"),
                      Cell(_signed(total_now - total_before), bold=True, align="right"),
                      Cell(_signed_percent(100 * (total_now - total_before) / total_before if total_before else None),
                           bold=True, align="right")))
    parts.append(Table(numbers.table(f"Händelser per kategori {data.year} och {data.year - 1}"),
                       (cell("Kategori"), cell(str(data.year)), cell(str(data.year - 1)), cell("Förändring"),
                        cell("Förändring %")), tuple(rows_list), (60, 25, 25, 35, 35), note=_period(data)))
    return parts


def _place_and_description(place: str, description: str) -> str:
    place, description = (place or "").strip(), (description or "").strip()
    return f"{place} – {description}" if place and description else place or description


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def _signed_percent(value: float | None) -> str:
    return "–" if value is None else f"{'+' if value > 0 else ''}{_decimal(value, 0)} %"


_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")


def _period(data: YearlyReport) -> str:
    until = data.trends.until
    if until.year < data.year:
        return f"År {data.year} har inte börjat: inga händelser räknas ännu."
    return f"Perioden 1 januari – {until.day} {_MONTHS[until.month - 1]} {data.year} mot samma period {data.year - 1}."


def _map(data: YearlyReport, numbers: Numbers) -> list[Part]:
    """The year's mean grade per area on the map; nothing without boundaries."""
    if data.year_map is None or not data.year_map.areas:
        return []
    from lagesbild_desktop.reports.map_flowable import map_part

    return [Heading(1, "Karta"), Chart(numbers.chart(f"Medelbedömning {data.year} per område"),
                                       map_part(data.year_map))]


def _places(data: YearlyReport, numbers: Numbers) -> list[Part]:
    """Where and when: the registered places ranked by the year's incidents against last year's, those
    that recur and those prioritised; and the incidents by weekday and time of day. Nothing when there are
    neither places nor incidents with a time."""
    from lagesbild_desktop.domain.places import BANDS, WEEKDAYS

    table, untimed = data.times if data.times else ([], 0)
    timed = sum(map(sum, table))
    if not data.places and not timed:
        return []
    parts: list[Part] = [Heading(1, "Platser och tider")]
    if data.places:
        rows = tuple((cell(item.place.name), cell(item.place.area), cell(item.place.kind),
                      cell(item.this_year, align="right"), cell(item.last_year, align="right"),
                      cell("ja" if item.recurs else ""), cell(item.prioritised or ""))
                     for item in data.places)
        parts.append(Table(numbers.table(f"Registrerade platser {data.year}: händelser mot {data.year - 1}"),
                           (cell("Plats"), cell("Område"), cell("Slag"), cell(str(data.year)),
                            cell(str(data.year - 1)), cell("Återkommer"), cell("Prioriterad: skäl")),
                           rows, (34, 26, 20, 12, 12, 22, 54),
                           note=f"Återkommer: minst {data.recurrence[0]} händelser inom {data.recurrence[1]} "
                                "veckor."))
        prioritised = [item.place.name for item in data.places if item.prioritised]
        if prioritised:
            parts.append(Note(f"Prioriterade platser {data.year}: {', '.join(prioritised)}."))
    if timed:
        rows = tuple((cell(day), *(cell(count or "", align="right") for count in counts))
                     for day, counts in zip(WEEKDAYS, table, strict=True))
        parts.append(Table(numbers.table(f"Händelser per veckodag och tid på dygnet {data.year}"),
                           (cell("Veckodag"), *(cell(band, align="right") for band in BANDS)),
                           rows, (30, 25, 25, 25, 25, 25, 25),
                           note=f"{untimed} händelser saknar klockslag och är inte med." if untimed else ""))
    return parts


def _key_figures(data: YearlyReport, numbers: Numbers) -> list[Part]:
    """Tabell 3 of the seed: each source's latest period in the year against the same period a year
    earlier, grouped, with a subtotal per group; nothing when there are no key figures."""
    if not data.figures:
        return []
    return [Heading(1, "Nyckeltal från andra källor"), *key_figure_parts(data.figures, numbers)]


def key_figure_parts(figures, numbers: Numbers, *, charts: bool = True) -> list[Part]:
    """Per source: its comparison as a table, the biggest change in words, and (charts) its counts by year.
    `figures`: (source, period, comparison rows, bars by year). The weekly report uses it too."""
    from lagesbild_desktop.domain.key_figures import change_in_words, format_number

    parts: list[Part] = []
    for source, period, rows, bars in figures:
        before = period.year_before()
        body = []
        for row in rows:
            pct = "–" if row.change_pct is None else format_number(row.change_pct, 1).replace("−", "-")
            change = "–" if row.change is None else ("+" if row.change > 0 else "") + format_number(row.change)
            shown = [row.measure if not row.area else f"{row.measure}, {row.area}", format_number(row.value),
                     format_number(row.previous), change.replace("−", "-"), pct]
            style = {"bold": True} if row.subtotal else {}
            body.append(tuple(Cell(text, align="left" if index == 0 else "right", **style)
                              for index, text in enumerate(shown)))
        unit = " (procent)" if rows and all(row.unit == "procent" for row in rows) else ""
        parts.append(Table(numbers.table(f"{source}. {period} mot {before}{unit}"),
                           (cell("Mått"), cell(str(period.start.year)), cell(str(before.start.year)),
                            cell("Förändring"), cell("Förändring %")),
                           tuple(body), (70, 25, 25, 30, 30)))
        biggest = max((row for row in rows if not row.subtotal and row.change is not None),
                      key=lambda row: abs(row.change or 0), default=None)
        if biggest is not None:
            parts.append(Note(change_in_words(biggest)))
        if charts and len(bars) >= 2:
            from lagesbild_desktop.reports import chart_parts

            parts.append(Chart(numbers.chart(f"{source}: summan av de mått som finns alla år, per år, hela "
                                             "stadsdelen"), chart_parts.year_bars(list(bars))))
        if charts:
            parts += _area_charts(source, period, rows, numbers)
    return parts


def _area_charts(source: str, period, rows, numbers: Numbers) -> list[Part]:
    """A measure given per area (a survey's share per area): its areas as bars, this period beside the same
    period a year earlier."""
    from lagesbild_desktop.domain.key_figures import period_in_words
    from lagesbild_desktop.reports import chart_parts

    by_measure: dict[tuple[str, str], list] = {}
    for row in rows:
        if row.area and not row.subtotal:
            by_measure.setdefault((row.group, row.measure), []).append(row)
    now, before = period_in_words(period), period_in_words(period.year_before())
    return [Chart(numbers.chart(f"{source}: {measure} per område, {now} och {before}"
                                + (" (procent)" if all(row.unit == "procent" for row in areas) else "")),
                  chart_parts.area_bars(areas, now, before))
            for (_group, measure), areas in by_measure.items() if len(areas) >= 2]


def _charts(data: YearlyReport, numbers: Numbers) -> list[Part]:
    from lagesbild_desktop.reports import chart_parts  # reportlab: only when a report is laid out

    parts: list[Part] = [Heading(1, "Utveckling under året")]
    parts.append(Chart(numbers.chart("Stadsdelen per vecka: högsta bedömning och medel över områdena"),
                       chart_parts.district_chart(data)))
    for index, make in enumerate(chart_parts.counts_charts(data)):
        more = f" (del {index + 1})" if len(chart_parts.count_chunks(data)) > 1 else ""
        parts.append(Chart(numbers.chart(f"Veckor per bedömning och område{more}"), make))
    return parts


def _fields(data: YearlyReport, numbers: Numbers) -> list[Part]:
    from lagesbild_desktop.reports.measures import measures_answering

    parts: list[Part] = [Heading(1, "Prioriterade samverkansområden")]
    for field in PRIORITY_FIELDS:
        stored = data.priority_fields.get(field.number)
        answering = measures_answering([*data.followed, *data.plan], field.number)
        comment = tuple(parse(stored.comment if stored else ""))
        parts += [Heading(2, f"{field.number}. {field.name_sv}"), Label("Beskrivning av området:"),
                  Text(tuple(parse(_written(data, field_section(field.number)))), "Ingen beskrivning."),
                  Checkbox(bool(stored and stored.needs_measures), NEEDS_MEASURES),
                  Label("Kommentar:"), Text(comment, "Ingen kommentar.")]
        if answering:
            parts.append(Note(answering))
    return parts


def _plan(data: YearlyReport, numbers: Numbers) -> list[Part]:
    """The action plan for the coming year and this year's follow-up: when there are measures at all."""
    from lagesbild_desktop.reports.measures import ASSOCIATION, NO_FIELD

    if not data.plan and not data.followed:
        return []

    parts: list[Part] = [Heading(1, f"Åtgärdsplan {data.year + 1}"),
                         Note("Åtgärder som är planerade eller pågår under det kommande året, per prioriterat "
                              "samverkansområde.")]
    groups: dict[int | None, list[MeasureLine]] = {}
    for line in data.plan:
        groups.setdefault(line.item.measure.priority_field, []).append(line)
    if not groups:
        parts.append(Text((), f"Inga åtgärder är planerade för {data.year + 1}."))
    for number, group in sorted(groups.items(), key=lambda pair: pair[0] or 9):
        name = f"{number}. {PRIORITY_FIELDS[number - 1].name_sv}" if number else NO_FIELD
        rows = tuple((_what(line), cell(_where(line)), cell(", ".join(line.item.measure.responsible) or "–"),
                      cell(_when(line)), cell(line.item.status)) for line in group)
        parts.append(Table(numbers.table(f"Åtgärdsplan {data.year + 1}: {name}"),
                           (cell("Åtgärd"), cell("Områden och plats"), cell("Ansvariga"), cell("Period"),
                            cell("Status")), rows, (56, 32, 42, 30, 20)))
    parts.append(Heading(2, f"Uppföljning av åtgärder {data.year}"))
    rows = []
    for line in data.followed:
        item, found = line.item, line.effect
        last = item.last_follow_up
        followed = (f"{last.date}: {last.comment}" if last and last.comment else last.date if last else "")
        mark = "*" if found.too_few and found.weeks and item.measure.areas else ""
        rows.append((cell(item.measure.title), cell(item.status), cell(followed), cell(found.weeks, align="right"),
                     *(cell(_decimal(value), align="right") for value in (found.before_mean, found.after_mean,
                                                                          found.others_before_mean,
                                                                          found.others_after_mean)),
                     cell(_signed_difference(found.difference) + mark, align="right")))
    parts.append(Table(numbers.table(f"Uppföljning av åtgärder {data.year}"),
                       tuple(cell(text) for text in ("Åtgärd", "Status", "Senaste uppföljning", "Veckor", "Före",
                                                     "Efter", "Övriga före", "Övriga efter", "Skillnad")),
                       tuple(rows), (38, 19, 35, 13, 12, 12, 16, 16, 19), note=ASSOCIATION if rows else "",
                       small=True, empty=f"Inga åtgärder pågick under {data.year}."))
    return parts


def _what(line: MeasureLine) -> Cell:
    from lagesbild_desktop.domain.markdown import Paragraph, Run

    measure = line.item.measure
    blocks = [Paragraph((Run(measure.title, bold=True),))]
    if measure.goal:
        blocks.append(Paragraph((Run(f"Mål: {measure.goal}"),)))
    if measure.description:
        blocks += [Paragraph((Run(part),)) for part in measure.description.split("\n\n") if part.strip()]
    return Cell(blocks=tuple(blocks))


def _where(line: MeasureLine) -> str:
    place = line.item.measure.place
    return (", ".join(line.item.area_names) or "–") + (f"\n{place}" if place else "")


def _when(line: MeasureLine) -> str:
    measure = line.item.measure
    term = "långsiktig" if measure.term == "lång" else "kortsiktig"
    return f"{measure.start} –\n{measure.end or 'tills vidare'}\n{term}"


def _signed_difference(value: float | None) -> str:
    if value is None:
        return "–"
    value = round(value, 2) + 0.0
    return ("+" if value > 0 else "") + _decimal(value)


_SECTION_PARTS = {
    "sammantagen": _text_section("sammantagen"),
    "inledning": _text_section("inledning"),
    "syfte": _text_section("syfte"),
    "tabell1": _legend,
    "tabell2": _grid,
    "sammanstallning": _summary,
    "karta": _map,
    "omraden": _areas,
    "brottslighet": _crime,
    "platser": _places,
    "nyckeltal": _key_figures,
    "diagram": _charts,
    "prioriterade": _fields,
    "atgardsplan": _plan,
    "kallor": _text_section("kallor"),
}
