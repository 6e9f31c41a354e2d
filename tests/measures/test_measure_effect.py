"""A measure's effect, built from grades whose effect is known, read back through `measure list --json`."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.measures import effect_weeks
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.store.database import open_database
from tests.conftest import lagesbild


def weeks_from(year: int, week: int, count: int, step: int = 1):
    """(year, week) pairs going forward (step 1) or back (step -1) from a week, across year ends."""
    monday = dt.date.fromisocalendar(year, week, 1)
    for k in range(count):
        iso = (monday + dt.timedelta(weeks=k * step)).isocalendar()
        yield iso.year, iso.week


def grade(store, area, cells, value):
    for year, week in cells:
        record_grade(store, area, year, week, value)


def measures_json(db, *args):
    done = lagesbild(db, "measure", "list", "--json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "lagesbild.db"


def test_the_areas_change_against_the_others_change(db):
    store = open_database(db)
    before = list(weeks_from(2024, 2, 8))  # weeks 2–9
    after = list(weeks_from(2024, 10, 8))
    grade(store, "Vinsta", before, 4)
    grade(store, "Vinsta", after, 2)
    grade(store, "Grimsta", before, 3)
    grade(store, "Grimsta", after[:4], 3)
    grade(store, "Grimsta", after[4:], 4)  # the others got worse: 3 -> 3.5
    grade(store, "Nälsta", before[:1], 1)  # another other area, in the before weeks only
    add_incident(store, area="Vinsta", date="2024-03-05", category="våld", severity="allvarlig")  # week 10
    add_incident(store, area="Vinsta", date="2024-02-20", category="våld", severity="allvarlig")  # week 8
    add_incident(store, area="Vinsta", date="2024-02-21", category="hot", severity="oroande")  # week 8
    add_incident(store, area="Grimsta", date="2024-03-06", category="hot", severity="oroande")  # week 10
    add_incident(store, area="Vinsta", date="2024-06-01", category="hot", severity="oroande")  # week 22: outside
    store.close()
    made = lagesbild(db, "measure", "add", "--title", "Trygghetsvandringar", "--area", "Vinsta", "--responsible",
                     "Polisen", "--start", "2024-03-06")  # a Wednesday of week 10
    assert made.returncode == 0, made.stderr
    [measure] = measures_json(db)
    effect = measure["effect"]
    assert measure["id"] == int(made.stdout) and measure["areas"] == ["Vinsta"] and measure["status"] == "planerad"
    assert effect["weeks"] == 8
    assert effect["before_period"] == ["2024-W02", "2024-W09"] and effect["after_period"] == ["2024-W10", "2024-W17"]
    assert effect["before_mean"] == 4.0 and effect["after_mean"] == 2.0
    others_before = (8 * 3 + 1) / 9
    assert effect["others_before_mean"] == round(others_before, 2) and effect["others_after_mean"] == 3.5
    assert effect["difference"] == round((2.0 - 4.0) - (3.5 - others_before), 2)
    assert effect["too_few_weeks"] is False
    assert (effect["incidents_before"], effect["incidents_after"]) == (2, 1)
    assert (effect["others_incidents_before"], effect["others_incidents_after"]) == (0, 1)


def test_across_a_53_week_year_end(db):
    store = open_database(db)
    # 2020 has 53 weeks: the 8 weeks before 2021-W01 are 2020-W46..W53.
    before = list(weeks_from(2020, 46, 8))
    assert before[-1] == (2020, 53)
    grade(store, "Vinsta", before[:-1], 3)
    grade(store, "Vinsta", [before[-1]], 5)
    grade(store, "Vinsta", weeks_from(2021, 1, 8), 2)
    grade(store, "Grimsta", before, 2)
    grade(store, "Grimsta", weeks_from(2021, 1, 8), 2)
    store.close()
    assert lagesbild(db, "measure", "add", "--title", "Vinterbelysning", "--area", "Vinsta", "--responsible",
                     "Fastighetsägare", "--start", "2021-01-04", "--end", "2021-12-31").returncode == 0
    effect = measures_json(db, "--year", "2021")[0]["effect"]
    assert effect["before_period"] == ["2020-W46", "2020-W53"] and effect["after_period"] == ["2021-W01", "2021-W08"]
    assert effect["before_mean"] == 3.25 and effect["after_mean"] == 2.0
    assert effect["others_before_mean"] == 2.0 and effect["others_after_mean"] == 2.0
    assert effect["difference"] == -1.25
    assert measures_json(db, "--year", "2019") == []
    assert len(measures_json(db, "--year", "2021", "--area", "Vinsta")) == 1
    assert measures_json(db, "--year", "2021", "--area", "Grimsta") == []


def test_a_short_measure_compares_as_many_weeks_before_and_says_when_too_few(db):
    store = open_database(db)
    grade(store, "Vinsta", weeks_from(2023, 30, 6), 2)  # weeks 30–35
    grade(store, "Grimsta", weeks_from(2023, 30, 6), 3)
    store.close()
    # Weeks 33–35: ended after three weeks, so three weeks before (30–32) are compared.
    assert lagesbild(db, "measure", "add", "--title", "Sommarinsats", "--area", "Vinsta", "--responsible", "Polisen",
                     "--start", "2023-08-14", "--end", "2023-09-03").returncode == 0
    # Grades only on one side for the others: no difference.
    assert lagesbild(db, "measure", "add", "--title", "Utan jämförelse", "--area", "Vinsta", "--area", "Grimsta",
                     "--responsible", "Polisen", "--start", "2023-08-14").returncode == 0
    short, alone = measures_json(db)
    assert short["effect"]["weeks"] == 3
    assert short["effect"]["before_period"] == ["2023-W30", "2023-W32"]
    assert short["effect"]["difference"] == 0.0 and short["effect"]["too_few_weeks"] is True
    assert alone["effect"]["others_before_mean"] is None and alone["effect"]["difference"] is None
    shown = lagesbild(db, "measure", "show", str(short["id"]))
    assert "För få bedömda veckor" in shown.stdout and "3 före och 3 efter" in shown.stdout


def test_a_measure_not_yet_started_has_no_weeks(db):
    assert lagesbild(db, "measure", "add", "--title", "Nästa år", "--priority-field", "2", "--responsible",
                     "Trafikkontoret", "--start", "2999-01-07").returncode == 0
    [measure] = measures_json(db)
    assert measure["effect"]["weeks"] == 0 and measure["effect"]["before_mean"] is None
    assert measure["effect"]["difference"] is None and measure["priority_field"] == 2 and measure["areas"] == []


@given(start=st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2998, 1, 1)),
       length=st.integers(0, 400), n=st.integers(1, 20), later=st.integers(0, 400))
def test_the_two_sides_are_as_long_and_meet_at_the_start_week(start, length, n, later):
    end = start + dt.timedelta(days=length)
    before, after = effect_weeks(start, end, end + dt.timedelta(days=later), n)
    assert len(before) == len(after) == min(n, len(after))
    assert 1 <= len(after) <= n
    assert after[0] == tuple(start.isocalendar())[:2]
    mondays = [dt.date.fromisocalendar(y, w, 1) for y, w in before + after]
    assert all(b - a == dt.timedelta(weeks=1) for a, b in zip(mondays, mondays[1:], strict=False))
    assert mondays[-1] <= dt.date.fromisocalendar(*tuple(end.isocalendar())[:2], 1)


def test_the_number_of_weeks_compared_can_be_chosen(db):
    store = open_database(db)
    grade(store, "Vinsta", weeks_from(2024, 6, 4), 4)  # weeks 6–9
    grade(store, "Vinsta", weeks_from(2024, 2, 4), 2)  # weeks 2–5: only in an 8-week window
    grade(store, "Vinsta", weeks_from(2024, 10, 8), 3)
    grade(store, "Grimsta", weeks_from(2024, 2, 16), 3)
    store.close()
    assert lagesbild(db, "measure", "add", "--title", "Kort jämförelse", "--area", "Vinsta", "--responsible",
                     "Polisen", "--start", "2024-03-04").returncode == 0
    four = measures_json(db, "--weeks", "4")[0]["effect"]
    assert four["weeks"] == 4 and four["before_period"] == ["2024-W06", "2024-W09"]
    assert (four["before_mean"], four["after_mean"], four["difference"]) == (4.0, 3.0, -1.0)
    assert measures_json(db)[0]["effect"]["before_mean"] == 3.0  # 8 weeks: 2 and 4, four of each
    bad = lagesbild(db, "measure", "list", "--weeks", "0")
    assert bad.returncode == 2 and "1–52" in bad.stderr
