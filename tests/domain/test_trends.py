"""The chart numbers, against cases worked out by hand."""

import datetime as dt

import pytest

from lagesbild_desktop.domain.trends import (
    IncidentCount,
    district_weeks,
    grade_counts,
    incidents_by_month,
    month_starts,
    rolling_mean,
    same_period,
    week_month,
    weekly_series,
)


def test_weekly_series_has_gaps_not_zeros_and_53_weeks_when_the_year_has_them():
    series = weekly_series({1: 2, 3: 4, 53: 5}, 53)
    assert len(series) == 53
    assert series[:4] == [2, None, 4, None]
    assert series[52] == 5
    assert weekly_series({}, 52) == [None] * 52


def test_rolling_mean_over_the_assessed_weeks_of_each_window():
    series = [1, None, 3, 5, None, None, None, None, 2]
    # w1 [1] -> 1; w2 not assessed -> gap; w3 [1,3] -> 2; w4 [1,3,5] -> 3; w5-w8 not assessed -> gaps;
    # w9 [2] (weeks 6-9) -> 2
    assert rolling_mean(series) == [1, None, 2, 3, None, None, None, None, 2]


def test_rolling_mean_of_an_empty_year_is_all_gaps():
    assert rolling_mean([None] * 52) == [None] * 52


def test_district_highest_and_mean_per_week():
    result = district_weeks([{1: 1, 2: 3}, {1: 5}, {2: 2, 3: 4}], 4)
    assert result.highest == [5, 3, 4, None]
    assert result.mean == [3.0, 2.5, 4.0, None]


def test_district_ignores_weeks_outside_the_year():
    assert district_weeks([{53: 4}], 52).highest == [None] * 52


def test_grade_counts_always_have_all_five_grades():
    assert grade_counts({1: 2, 2: 2, 5: 5}) == {1: 0, 2: 2, 3: 0, 4: 0, 5: 1}
    assert grade_counts({}) == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}


@pytest.mark.parametrize(("year", "week", "month"), [(2026, 1, 1), (2025, 1, 1), (2026, 53, 12), (2020, 53, 12),
                                                     (2024, 9, 2), (2024, 10, 3)])
def test_week_month_is_the_month_of_the_thursday(year, week, month):
    assert week_month(year, week) == month


def test_month_starts_give_twelve_hints_in_order():
    starts = month_starts(2026)
    assert [month for _, month in starts] == list(range(1, 13))
    assert starts[0] == (1, 1) and starts[1][0] == 6  # 2026 week 6 has Thursday 5 February


def test_incidents_by_month_counts_the_calendar_months_up_to_the_limit():
    rows = [(dt.date(2024, 1, 3), "våld"), (dt.date(2024, 1, 30), "våld"), (dt.date(2024, 3, 1), "klotter"),
            (dt.date(2023, 12, 31), "våld"), (dt.date(2024, 11, 2), "våld")]
    assert incidents_by_month(rows, 2024, until_month=10) == {"våld": [2] + [0] * 9, "klotter": [0, 0, 1] + [0] * 7}


def test_same_period_compares_to_the_same_date_last_year():
    this = [(dt.date(2024, 2, 1), "våld"), (dt.date(2024, 3, 1), "våld"), (dt.date(2024, 3, 2), "klotter")]
    last = [(dt.date(2023, 2, 1), "våld"), (dt.date(2023, 2, 10), "våld"), (dt.date(2023, 2, 11), "våld"),
            (dt.date(2023, 3, 5), "våld"), (dt.date(2023, 6, 1), "hot")]
    result = same_period(this, last, 2024, until=dt.date(2024, 3, 2))
    assert result == [IncidentCount("klotter", 1, 0), IncidentCount("våld", 2, 3)]
    assert result[1].change == -1 and result[1].change_percent == pytest.approx(-100 / 3)
    assert result[0].change_percent is None  # nothing last year: no per cent to give


def test_same_period_from_29_february():
    result = same_period([(dt.date(2024, 2, 29), "våld")], [(dt.date(2023, 2, 28), "våld")], 2024,
                         until=dt.date(2024, 2, 29))
    assert result == [IncidentCount("våld", 1, 1)]


def test_same_period_of_a_past_year_is_the_whole_year():
    result = same_period([(dt.date(2023, 12, 31), "hot")], [(dt.date(2022, 12, 31), "hot")], 2023)
    assert result == [IncidentCount("hot", 1, 1)]
