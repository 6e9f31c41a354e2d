"""Building realistic databases for benchmarks, screenshots and demos.

Goes through the store layer (so the audit chain is real) inside one
transaction per year, which keeps building 130 areas x 10 years quick.
"""

import random
from pathlib import Path

from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import week_dates, week_of, weeks_in_year
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import assessments, incidents
from lagesbild_desktop.store.database import Store, open_database

CATEGORIES = ["skjutning", "sprängning", "brandattentat", "våld", "hot", "ordningsstörning", "narkotikahandel",
              "skadegörelse", "klotter", "nedskräpning"]
NOTES = ["Ungdomsgrupper vid torget", "Lugnt", "Klotter vid tunnelbanan", "Oro efter brand i källarförråd",
         "Narkotikaförsäljning observerad", "", "", ""]


def build(path: Path, *, area_count: int = 9, years: range = range(2017, 2027), incident_count: int = 0,
          seed: int = 1, summer_break: bool = True, last_week: int | None = None) -> Store:
    """A database with grades for `years` (the last one only up to `last_week`, if given)."""
    rng = random.Random(seed)
    store = open_database(path)
    with store.transaction():
        existing = area_store.all_areas(store.conn)
        for n in range(len(existing), area_count):
            area_store.insert(store, f"Område {n + 1:03d}", years.start, "testdata")
    area_list = area_store.all_areas(store.conn)[:area_count]
    for year in years:
        with store.transaction():
            for area in area_list:
                level = rng.choice([1, 1, 2, 2, 3])
                end = last_week if last_week and year == years[-1] else weeks_in_year(year)
                for week in range(1, end + 1):
                    if summer_break and 27 <= week <= 31:
                        continue
                    level = max(1, min(5, level + rng.choice([-1, 0, 0, 0, 1])))
                    assessments.save(store, area, year, week, level, rng.choice(NOTES), "testdata")
    if incident_count:
        with store.transaction():
            for _ in range(incident_count):
                year = rng.choice(list(years))
                monday, _sunday = week_dates(year, rng.randint(1, weeks_in_year(year)))
                day = monday.fromordinal(monday.toordinal() + rng.randint(0, 6))
                iso = week_of(day)
                area = rng.choice(area_list)
                severity = rng.choices(list(Severity), weights=[50, 30, 15, 5])[0]
                incidents.insert(store, incidents.draft(
                    area_id=area.id, area=area.name, date=day.isoformat(), year=iso.year, week=iso.week,
                    category=rng.choice(CATEGORIES), severity=severity.code, place="Torget",
                    description="Händelse enligt polisens rapport"), "testdata")
    return store


REPORT_TEXT = ("Läget i området har **förbättrats** jämfört med förra året, men kvällarna är fortsatt oroliga.\n\n"
               "Det som stack ut:\n\n1. bränder i källarförråd under våren\n2. ordningsstörningar vid torget\n"
               "3. klotter vid tunnelbanan\n\nSamverkan med *fastighetsägarna* har fungerat väl.\n\n"
               "- trygghetsvandringar\n- bättre belysning\n- fler ordningsvakter")


def add_texts(path: Path, year: int) -> Path:
    """The yearly report's texts as a district writes them: every section and a text for every area of
    `year` (once: a database with texts for the year is left as it is)."""
    from lagesbild_desktop.domain.year_texts import SECTIONS
    from lagesbild_desktop.services import areas as area_service
    from lagesbild_desktop.store import year_texts

    store = open_database(path)
    try:
        if year_texts.of_year(store.conn, year):
            return path
        with store.transaction():
            for section in SECTIONS:
                if section.per_area:
                    for area, name in area_service.areas_of_year(store, year):
                        year_texts.save(store, year, section.key, area.id, f"{name}: {REPORT_TEXT}", name, "testdata")
                else:
                    year_texts.save(store, year, section.key, None, REPORT_TEXT, section.title, "testdata")
    finally:
        store.close()
    return path


def add_measures(path: Path, count: int, *, seed: int = 2, years: range = range(2017, 2027)) -> Path:
    """`count` measures spread over the years and areas of the database at `path` (once: a database
    that has measures already is left as it is), each with a follow-up or two."""
    from lagesbild_desktop.domain.measures import STATUSES
    from lagesbild_desktop.store import measures, responsibles

    rng = random.Random(seed)
    store = open_database(path)
    try:
        if measures.all_measures(store.conn):
            return path
        area_list = area_store.all_areas(store.conn)
        names = [r.name for r in responsibles.all_responsibles(store.conn)]
        with store.transaction():
            for n in range(count):
                year = rng.choice(list(years))
                monday, _sunday = week_dates(year, rng.randint(1, weeks_in_year(year) - 10))
                end = monday.fromordinal(monday.toordinal() + rng.randint(30, 400)) if rng.random() < 0.7 else None
                made = measures.insert(store, measures.draft(
                    title=f"Åtgärd {n + 1}: {rng.choice(NOTES) or 'trygghetsinsats'}",
                    areas=tuple(sorted({a.uid for a in rng.sample(area_list, rng.randint(1, 3))})),
                    priority_field=rng.choice([None, 1, 2, 3, 4, 5]), responsible=tuple(rng.sample(names, 2)),
                    start=monday.isoformat(), end=end.isoformat() if end else None,
                    term=rng.choice(["kort", "lång"]), goal="Lägre bedömning i området"), "testdata")
                for k in range(rng.randint(0, 2)):
                    day = monday.fromordinal(monday.toordinal() + 14 * (k + 1))
                    measures.insert_follow_up(store, measures.follow_up_draft(
                        measure=made.uid, date=day.isoformat(), status=rng.choice(STATUSES[1:]),
                        comment="Uppföljd på mötet", who="testdata"), "testdata")
    finally:
        store.close()
    return path
