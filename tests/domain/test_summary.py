import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.summary import TREND_EN, AreaYearSummary, summarise_area, to_dict
from lagesbild_desktop.errors import InvalidInput


def test_year_with_missing_weeks_and_improvement():
    # 2024 has 52 weeks; 6 are graded: 1+2+2+5+5+3 = 18, mean 3.0.
    grades = {1: 1, 2: 2, 3: 2, 10: 5, 20: 5, 52: 3}
    previous = {1: 4, 2: 4}  # 2023: mean 4.0
    s = summarise_area("Vällingby", 2024, grades, previous)
    assert s == AreaYearSummary(
        area="Vällingby",
        year=2024,
        weeks_in_year=52,
        weeks_considered=52,
        weeks_assessed=6,
        weeks_missing=46,
        mean=3.0,
        counts={1: 1, 2: 2, 3: 1, 4: 0, 5: 2},
        highest=5,
        highest_weeks=(10, 20),
        previous_mean=4.0,
        change=-1.0,
        trend="förbättrat",
    )


def test_fifty_three_week_year():
    # 2026 has 53 weeks; all graded, 52 ones and a four in week 53: mean 56/53 = 1.0566...
    grades = {week: 1 for week in range(1, 53)} | {53: 4}
    s = summarise_area("Grimsta", 2026, grades)
    assert s.weeks_in_year == 53
    assert s.weeks_considered == 53
    assert s.weeks_assessed == 53
    assert s.weeks_missing == 0
    assert s.mean == pytest.approx(56 / 53)
    assert s.counts == {1: 52, 2: 0, 3: 0, 4: 1, 5: 0}
    assert s.highest == 4
    assert s.highest_weeks == (53,)
    assert to_dict(s)["mean"] == 1.06


def test_week_53_is_refused_in_a_52_week_year():
    with pytest.raises(InvalidInput, match="Vecka 53 finns inte år 2025"):
        summarise_area("Grimsta", 2025, {53: 1})


def test_empty_year():
    s = summarise_area("Nälsta", 2024, {}, previous={1: 2})
    assert s.weeks_assessed == 0
    assert s.weeks_missing == 52
    assert s.mean is None
    assert s.counts == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}
    assert s.highest is None
    assert s.highest_weeks == ()
    # Last year had grades, but there is nothing to compare them with.
    assert s.previous_mean == 2.0
    assert s.change is None
    assert s.trend is None


@pytest.mark.parametrize("previous", [None, {}])
def test_no_previous_year(previous):
    s = summarise_area("Vinsta", 2024, {5: 2, 6: 3}, previous)
    assert s.mean == 2.5
    assert s.previous_mean is None
    assert s.change is None
    assert s.trend is None


def test_worsening():
    # 2024: (3+3)/2 = 3.0; 2023: (2+3)/2 = 2.5; change +0.5.
    s = summarise_area("Råcksta", 2024, {1: 3, 2: 3}, {1: 2, 2: 3})
    assert s.change == 0.5
    assert s.trend == "försämrat"


def test_unchanged_when_means_are_equal():
    # 2024: (2+3)/2 = 2.5; 2023: (1+4)/2 = 2.5.
    s = summarise_area("Kälvesta", 2024, {1: 2, 2: 3}, {5: 1, 6: 4})
    assert s.change == 0.0
    assert s.trend == "oförändrat"


def test_unchanged_when_the_difference_rounds_to_zero():
    # 2026 (53 weeks, one 2): 54/53 = 1.01887; 2025 (52 weeks, one 2): 53/52 = 1.01923.
    # The raw change is -0.00036, which rounds to zero: no trend, and never printed as "-0.0".
    current = {week: 1 for week in range(1, 53)} | {53: 2}
    previous = {week: 1 for week in range(1, 52)} | {52: 2}
    s = summarise_area("Vinsta", 2026, current, previous)
    assert s.mean < s.previous_mean
    assert s.change == 0.0
    assert str(s.change) == "0.0"
    assert s.trend == "oförändrat"


def test_change_is_rounded_to_two_decimals():
    # 2024: (1+1+2)/3 = 1.3333; 2023: 1.0; change 0.33.
    s = summarise_area("Grimsta", 2024, {1: 1, 2: 1, 3: 2}, {1: 1})
    assert s.change == 0.33
    assert s.trend == "försämrat"


def test_previous_year_weeks_are_checked_against_the_previous_year():
    # 2020 had a week 53, 2021 did not.
    assert summarise_area("A", 2021, {1: 1}, {53: 3}).previous_mean == 3.0
    with pytest.raises(InvalidInput, match="Vecka 53 finns inte år 2021"):
        summarise_area("A", 2022, {1: 1}, {53: 3})


def test_weeks_considered_for_the_running_year():
    # Ten weeks have passed; weeks 1–8 are graded, and week 12 has been graded ahead of time.
    grades = {week: 2 for week in range(1, 9)} | {12: 3}
    s = summarise_area("Vällingby", 2024, grades, weeks_considered=10)
    assert s.weeks_considered == 10
    assert s.weeks_assessed == 9
    assert s.weeks_missing == 2
    assert s.mean == pytest.approx(19 / 9)


def test_weeks_considered_zero_means_nothing_is_missing():
    s = summarise_area("Vällingby", 2024, {1: 2}, weeks_considered=0)
    assert s.weeks_missing == 0
    assert s.weeks_assessed == 1


@pytest.mark.parametrize("considered", [-1, 53, 2.0, "10"])
def test_weeks_considered_must_fit_the_year(considered):
    with pytest.raises(InvalidInput):
        summarise_area("Vällingby", 2024, {}, weeks_considered=considered)


@pytest.mark.parametrize(
    ("grades", "message_part"),
    [
        ({1: 6}, "Ogiltig bedömning '6'"),
        ({1: 0}, "Ogiltig bedömning '0'"),
        ({0: 3}, "Vecka 0 finns inte"),
        ({53: 3}, "Vecka 53 finns inte år 2024"),
    ],
)
def test_invalid_grades_and_weeks_are_refused(grades, message_part):
    with pytest.raises(InvalidInput) as info:
        summarise_area("Vällingby", 2024, grades)
    assert message_part in info.value.message


def test_invalid_year_is_refused():
    with pytest.raises(InvalidInput):
        summarise_area("Vällingby", 1800, {})


def test_to_dict_is_json_friendly():
    s = summarise_area("Hässelby gård", 2024, {1: 1, 2: 1, 3: 2}, {1: 1, 2: 2, 3: 2})
    d = to_dict(s)
    assert list(d) == [
        "area",
        "year",
        "weeks_in_year",
        "weeks_considered",
        "weeks_assessed",
        "weeks_missing",
        "mean",
        "counts",
        "highest",
        "highest_weeks",
        "previous_mean",
        "change",
        "trend",
    ]
    assert d == {
        "area": "Hässelby gård",
        "year": 2024,
        "weeks_in_year": 52,
        "weeks_considered": 52,
        "weeks_assessed": 3,
        "weeks_missing": 49,
        "mean": 1.33,
        "counts": {"1": 2, "2": 1, "3": 0, "4": 0, "5": 0},
        "highest": 2,
        "highest_weeks": [3],
        "previous_mean": 1.67,
        "change": -0.33,
        "trend": "förbättrat",
    }
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_to_dict_of_empty_year():
    d = to_dict(summarise_area("Nälsta", 2024, {}))
    assert d["mean"] is None
    assert d["highest"] is None
    assert d["highest_weeks"] == []
    assert d["trend"] is None


def test_trend_translations():
    assert TREND_EN == {"förbättrat": "improved", "försämrat": "worsened", "oförändrat": "unchanged"}


year_grades = st.dictionaries(st.integers(1, 52), st.integers(1, 5), max_size=52)


@given(year_grades, year_grades, st.integers(0, 52))
def test_summary_invariants(grades, previous, considered):
    s = summarise_area("X", 2024, grades, previous, weeks_considered=considered)
    assert sum(s.counts.values()) == s.weeks_assessed == len(grades)
    assert s.weeks_missing == considered - sum(1 for week in grades if week <= considered)
    assert 0 <= s.weeks_missing <= considered
    if grades:
        assert 1 <= s.mean <= 5
        assert s.highest == max(grades.values())
        assert all(grades[week] == s.highest for week in s.highest_weeks)
        assert s.counts[s.highest] == len(s.highest_weeks)
    if s.change is not None:
        assert s.change == round(s.mean - s.previous_mean, 2)
        assert (s.trend == "förbättrat") == (s.change < 0)
        assert (s.trend == "försämrat") == (s.change > 0)
    assert (s.trend is None) == (not grades or not previous)
