"""A draft of an area's text from the year's data, in Markdown (pure, no I/O).

What the group recorded all year, put in the order an official writes about an area: the weeks
graded 3 or higher with their notes (in date order), the incidents by category against last year,
how the grades changed, the critical incidents, and the area's measures with their status. The
first line marks it as a draft (markdown.DRAFT_MARK) so that nobody prints it unread: the section
list shows "utkast" until the line is removed.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from lagesbild_desktop.domain.isoweek import week_dates
from lagesbild_desktop.domain.markdown import DRAFT_MARK, Item, Paragraph, Run, write

HIGH_GRADE = 3  # "weeks graded 3 or higher": oroande läge and worse


class GradedWeek(NamedTuple):
    week: int
    grade: int
    note: str


class CriticalIncident(NamedTuple):
    date: str
    week: int
    category: str
    place: str
    description: str


class MeasureLine(NamedTuple):
    title: str
    status: str
    start: str
    end: str | None
    place: str = ""


class AreaDraftData(NamedTuple):
    area: str
    year: int
    made: dt.date
    weeks: list[GradedWeek]  # every graded week of the year
    categories: list[tuple[str, int, int]]  # (category, this year, last year: the same period)
    period_end: dt.date  # the last day counted this year
    mean: float | None
    previous_mean: float | None
    trend: str | None  # "förbättrat", "försämrat", "oförändrat" (domain/summary.py) or None
    critical: list[CriticalIncident]
    measures: list[MeasureLine]


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _week_span(year: int, week: int) -> str:
    monday, sunday = week_dates(year, week)
    return f"{monday.day}/{monday.month}–{sunday.day}/{sunday.month}"


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def change_in_words(data: AreaDraftData) -> str:
    """The grade change against last year as a sentence."""
    last = data.year - 1
    if data.mean is None:
        return f"{data.area} har inga bedömningar {data.year}."
    now = f"Medelbedömningen {data.year} var {_number(data.mean)}"
    if data.previous_mean is None:
        return f"{now}; för {last} finns inga bedömningar att jämföra med."
    words = {"förbättrat": "läget har förbättrats", "försämrat": "läget har försämrats",
             "oförändrat": "läget är i stort sett oförändrat"}.get(data.trend or "", "")
    sentence = f"{now} mot {_number(data.previous_mean)} år {last}"
    return f"{sentence}: {words}." if words else f"{sentence}."


def area_draft(data: AreaDraftData) -> str:
    """The draft as Markdown: a marked first line, then a heading in bold and its lines per part."""
    blocks: list = [Paragraph((Run(f"{DRAFT_MARK} {data.made.isoformat()} – skriv om texten och ta bort "
                                   "denna rad.", italic=True),))]

    def heading(text: str) -> None:
        blocks.append(Paragraph((Run(text, bold=True),)))

    high = [week for week in sorted(data.weeks) if week.grade >= HIGH_GRADE]
    heading(f"Veckor med bedömning {HIGH_GRADE} eller högre")
    if high:
        for week in high:
            note = week.note.strip()
            blocks.append(Item((Run(f"v {week.week} ({_week_span(data.year, week.week)}): {week.grade}"
                                    + (f" – {note}" if note else "")),)))
    else:
        blocks.append(Paragraph((Run(f"Inga veckor bedömdes {HIGH_GRADE} eller högre {data.year}."),)))

    heading("Bedömningen jämfört med förra året")
    blocks.append(Paragraph((Run(change_in_words(data)),)))

    heading(f"Händelser per kategori jämfört med samma period {data.year - 1}")
    counted = [row for row in data.categories if row[1] or row[2]]
    if counted:
        blocks.append(Paragraph((Run(f"Perioden 1/1–{data.period_end.day}/{data.period_end.month}."),)))
        for category, now, before in counted:
            blocks.append(Item((Run(f"{category}: {now} ({data.year - 1}: {before}, {_signed(now - before)})"),)))
    else:
        blocks.append(Paragraph((Run(f"Inga händelser registrerades {data.year} eller {data.year - 1}."),)))

    heading("Kritiska händelser")
    if data.critical:
        for incident in sorted(data.critical):
            what = " – ".join(part for part in (incident.place.strip(), incident.description.strip()) if part)
            blocks.append(Item((Run(f"{incident.date} (v {incident.week}) {incident.category}"
                                    + (f": {what}" if what else "")),)))
    else:
        blocks.append(Paragraph((Run(f"Inga kritiska händelser {data.year}."),)))

    heading("Åtgärder")
    if data.measures:
        for measure in data.measures:
            period = f"{measure.start} – {measure.end or 'tills vidare'}"
            where = f", {measure.place}" if measure.place.strip() else ""
            blocks.append(Item((Run(f"{measure.title} ({measure.status}, {period}{where})"),)))
    else:
        blocks.append(Paragraph((Run(f"Inga åtgärder gällde området {data.year}."),)))
    return write(blocks)
