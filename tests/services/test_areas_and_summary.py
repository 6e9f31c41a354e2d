"""Areas over the years, and the yearly summary computed from stored grades."""

import datetime as dt

import pytest

from lagesbild_desktop import osenv
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services import areas
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.summary import yearly_summary


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(osenv, "today", lambda: dt.date(2026, 11, 26))


def test_new_area_sorts_swedish_and_appears_from_its_first_year(store):
    areas.add_area(store, "Åkermyntans centrum", 2025)
    areas.add_area(store, "Beckomberga", 2025)
    names_2025 = [a.name for a in areas.list_areas(store, 2025)]
    assert names_2025[0] == "Beckomberga" and names_2025[-1] == "Åkermyntans centrum"
    assert "Åkermyntans centrum" not in [a.name for a in areas.list_areas(store, 2024)]
    with pytest.raises(InvalidInput, match="finns redan"):
        areas.add_area(store, "grimsta")


def test_rename_keeps_the_old_name_for_earlier_years(store):
    record_grade(store, "Vinsta", 2024, 3, 2)
    areas.rename_area(store, "Vinsta", "Vinsta företagsområde")
    by_year = {s.area for s in yearly_summary(store, 2024)}
    assert "Vinsta" in by_year and "Vinsta företagsområde" not in by_year
    assert "Vinsta företagsområde" in {s.area for s in yearly_summary(store, 2026)}
    assert record_grade(store, "Vinsta", 2026, 3, 2).new.area == "Vinsta företagsområde"  # old name still finds it


def test_retire_refused_while_later_grades_exist(store):
    record_grade(store, "Nälsta", 2025, 3, 2)
    with pytest.raises(InvalidInput, match="1 bedömningar från år 2025"):
        areas.retire_area(store, "Nälsta", 2025)
    areas.retire_area(store, "Nälsta", 2026)
    assert "Nälsta" in [a.name for a in areas.list_areas(store, 2025)]
    assert "Nälsta" not in [a.name for a in areas.list_areas(store, 2026)]


def test_summary_counts_against_the_previous_year(store):
    for week, grade in {1: 1, 2: 3, 3: 3, 10: 5}.items():
        record_grade(store, "Grimsta", 2024, week, grade)
    for week, grade in {1: 2, 2: 2}.items():
        record_grade(store, "Grimsta", 2023, week, grade)
    grimsta = next(s for s in yearly_summary(store, 2024) if s.area == "Grimsta")
    assert grimsta.weeks_assessed == 4 and grimsta.weeks_missing == 48
    assert grimsta.mean == pytest.approx(3.0) and grimsta.previous_mean == pytest.approx(2.0)
    assert grimsta.counts == {1: 1, 2: 0, 3: 2, 4: 0, 5: 1}
    assert (grimsta.highest, grimsta.highest_weeks) == (5, (10,))
    assert (grimsta.change, grimsta.trend) == (1.0, "försämrat")


def test_summary_of_the_running_year_counts_weeks_so_far(store):
    record_grade(store, "Grimsta", 2026, 1, 1)
    grimsta = next(s for s in yearly_summary(store, 2026) if s.area == "Grimsta")
    assert grimsta.weeks_considered == 48 and grimsta.weeks_missing == 47 and grimsta.weeks_in_year == 53


def test_summary_leaves_out_an_area_retired_that_year_and_keeps_it_before(store):
    record_grade(store, "Råcksta", 2024, 20, 4)
    areas.retire_area(store, "Råcksta", 2025)
    assert "Råcksta" in [s.area for s in yearly_summary(store, 2024)]
    assert "Råcksta" not in [s.area for s in yearly_summary(store, 2025)]
