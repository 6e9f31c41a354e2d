"""The draft of an area's text from the year's data (domain/area_draft.py), and putting it in the text."""

from __future__ import annotations

import datetime as dt

from lagesbild_desktop import osenv
from lagesbild_desktop.domain import trends as trend_rules
from lagesbild_desktop.domain.area_draft import AreaDraftData, CriticalIncident, GradedWeek, MeasureLine, area_draft
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.services import measures, summary, year_texts
from lagesbild_desktop.services.trends import period_end
from lagesbild_desktop.services.year_texts import TextPlace
from lagesbild_desktop.store import assessments, categories, incidents
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.year_texts import YearText


def draft(store: Store, where: TextPlace) -> str:
    """The draft (Markdown) of the area `where` names, for its year."""
    area, year = where.area, where.year
    assert area is not None, "a draft is made for an area's text"
    conn = store.conn
    weeks = [GradedWeek(a.week, a.grade, a.note) for a in assessments.for_year(conn, year) if a.area_id == area.id]
    until = period_end(year, osenv.today())
    now = [i for i in incidents.between(conn, f"{year:04d}-01-01", until.isoformat()) if i.area_id == area.id]
    before = [i for i in incidents.between(conn, f"{year - 1:04d}-01-01", f"{year - 1:04d}-12-31")
              if i.area_id == area.id]
    counts = trend_rules.same_period([(dt.date.fromisoformat(i.date), i.category) for i in now],
                                     [(dt.date.fromisoformat(i.date), i.category) for i in before], year, until)
    row = next((r for r in summary.yearly_summary(store, year) if r.area == where.area_name), None)
    critical = [CriticalIncident(i.date, i.week, i.category, i.place, i.description)
                for i in incidents.for_year(conn, year)
                if i.area_id == area.id and i.severity == Severity.CRITICAL.code]
    lines = [MeasureLine(item.measure.title, item.status, item.measure.start, item.measure.end, item.measure.place)
             for item in measures.views(store)
             if area.uid in item.measure.areas and measures.overlaps_year(item.measure, year)]
    names = {category.code: category.name_sv for category in categories.all_categories(conn, include_inactive=True)}
    critical = [incident._replace(category=names.get(incident.category, incident.category)) for incident in critical]
    return area_draft(AreaDraftData(
        where.area_name or area.name, year, osenv.today(), weeks,
        [(names.get(count.category, count.category), count.this_year, count.last_year) for count in counts], until,
        row.mean if row else None, row.previous_mean if row else None, row.trend if row else None,
        critical, lines))


def insert_draft(store: Store, where: TextPlace, *, allow_personal_data: bool = False, context: str = "") -> YearText:
    """Put the draft after what the area's text says already (one audited change)."""
    made = draft(store, where)
    with store.transaction():
        current = year_texts.text(store, where)
        body = f"{current.rstrip()}\n\n{made}" if current.strip() else made
        return year_texts.set_text(store, where, body, allow_personal_data=allow_personal_data, context=context)
