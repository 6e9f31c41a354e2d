"""The year's chart data read from a database: gaps, 53 weeks, retired areas, an empty year."""

import datetime as dt

import pytest

from lagesbild_desktop import osenv
from lagesbild_desktop.services import areas
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.services.trends import year_trends


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(osenv, "today", lambda: dt.date(2026, 3, 15))


def _area(result, name):
    return next(row for row in result.areas if row.name == name)


def test_series_rolling_mean_and_last_year_of_an_area(store):
    for week, grade in {1: 2, 2: 4, 4: 3}.items():
        record_grade(store, "Grimsta", 2025, week, grade)
    record_grade(store, "Grimsta", 2024, 52, 5)
    record_grade(store, "Grimsta", 2024, 2, 1)
    grimsta = _area(year_trends(store, 2025), "Grimsta")
    assert grimsta.series[:5] == [2, 4, None, 3, None]
    assert grimsta.rolling[:5] == [2, 3, None, 3, None]
    assert grimsta.last_year[1] == 1 and grimsta.last_year[51] == 5 and len(grimsta.last_year) == 52
    assert grimsta.counts == {1: 0, 2: 1, 3: 1, 4: 1, 5: 0}
    assert grimsta.last_counts == {1: 1, 2: 0, 3: 0, 4: 0, 5: 1}


def test_53_week_year_has_53_values_and_the_previous_year_a_gap_at_53(store):
    record_grade(store, "Vinsta", 2026, 53, 4)
    vinsta = _area(year_trends(store, 2026), "Vinsta")
    assert len(vinsta.series) == 53 and vinsta.series[52] == 4
    assert vinsta.last_year[52] is None  # 2025 has 52 weeks


def test_district_over_the_areas_of_the_year(store):
    record_grade(store, "Grimsta", 2025, 10, 2)
    record_grade(store, "Vinsta", 2025, 10, 5)
    record_grade(store, "Nälsta", 2025, 11, 3)
    result = year_trends(store, 2025)
    assert result.district.highest[9] == 5 and result.district.mean[9] == 3.5
    assert result.district.highest[10] == 3 and result.district.highest[11] is None


def test_retired_area_is_in_its_years_only(store):
    record_grade(store, "Råcksta", 2024, 5, 4)
    areas.retire_area(store, "Råcksta", 2025)
    assert "Råcksta" in [row.name for row in year_trends(store, 2024).areas]
    later = year_trends(store, 2025)
    assert "Råcksta" not in [row.name for row in later.areas]
    assert later.district.highest[4] is None  # its old grade is not in the district of 2025


def test_empty_year_is_all_gaps_and_zero_counts(store):
    result = year_trends(store, 2022)
    assert all(value is None for row in result.areas for value in row.series + row.rolling)
    assert result.district.highest == [None] * 52
    assert result.incident_counts == [] and result.incidents_by_month == {}


def test_incidents_by_month_and_against_the_same_period_last_year(store):
    add_incident(store, area="Grimsta", date="2026-01-02", category="våld", severity="allvarlig")  # ISO 2026 v1
    add_incident(store, area="Grimsta", date="2026-03-10", category="våld", severity="lindrig")
    add_incident(store, area="Grimsta", date="2026-03-20", category="klotter", severity="lindrig")  # after today
    add_incident(store, area="Vinsta", date="2025-02-01", category="våld", severity="oroande")
    add_incident(store, area="Vinsta", date="2025-03-16", category="våld", severity="oroande")  # after 15 March
    add_incident(store, area="Vinsta", date="2025-12-29", category="hot", severity="oroande")  # ISO 2026 v1
    result = year_trends(store, 2026)
    assert result.until == dt.date(2026, 3, 15)
    assert result.incidents_by_month == {"våld": [1, 0, 1]}
    assert result.last_incidents_by_month == {"våld": [0, 1, 0]}
    assert result.severity_by_month == {"serious": [1, 0, 0], "minor": [0, 0, 1]}
    (count,) = result.incident_counts
    assert (count.category, count.this_year, count.last_year, count.change, count.change_percent) == (
        "våld", 2, 1, 1, 100.0)


def test_last_years_district_is_that_years_own_even_with_a_retired_area(store):
    for week in range(1, 53):
        record_grade(store, "Råcksta", 2025, week, 5)
    record_grade(store, "Grimsta", 2025, 1, 1)
    areas.retire_area(store, "Råcksta", 2026)
    last_years_own = year_trends(store, 2025).district
    seen_from_next = year_trends(store, 2026).last_district
    assert seen_from_next.highest[0] == last_years_own.highest[0] == 5
    assert seen_from_next.mean[0] == last_years_own.mean[0] == 3.0
