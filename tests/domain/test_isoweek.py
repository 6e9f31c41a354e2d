from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.isoweek import (
    MAX_YEAR,
    MIN_YEAR,
    IsoWeek,
    parse_date,
    validate_week,
    validate_year,
    week_dates,
    week_of,
    weeks_in_year,
    weeks_of_year,
)
from lagesbild_desktop.errors import InvalidInput

years = st.integers(min_value=MIN_YEAR, max_value=MAX_YEAR)
# Dates whose ISO week-year is inside the supported range too.
dates = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 28))


@pytest.mark.parametrize(
    ("year", "weeks"), [(2015, 53), (2020, 53), (2021, 52), (2023, 52), (2024, 52), (2025, 52), (2026, 53)]
)
def test_weeks_in_year(year, weeks):
    assert weeks_in_year(year) == weeks


@given(years)
def test_weeks_in_year_matches_the_last_days_of_december(year):
    # The last ISO week of a year is the highest week number any of its December days belongs to.
    december_weeks = [
        date(year, 12, day).isocalendar().week
        for day in range(20, 32)
        if date(year, 12, day).isocalendar().year == year
    ]
    assert weeks_in_year(year) == max(december_weeks)
    assert weeks_of_year(year) == range(1, weeks_in_year(year) + 1)


def test_week_year_differs_from_calendar_year():
    assert week_of(date(2025, 12, 29)) == IsoWeek(2026, 1)
    assert week_of(date(2021, 1, 3)) == IsoWeek(2020, 53)
    assert week_of(date(2024, 10, 22)) == IsoWeek(2024, 43)
    assert week_of(date(2024, 10, 22)).year == 2024


@given(dates)
def test_week_of_agrees_with_isocalendar_and_week_dates_contain_the_day(d):
    week = week_of(d)
    assert week == (d.isocalendar().year, d.isocalendar().week)
    monday, sunday = week_dates(*week)
    assert monday <= d <= sunday
    assert monday.weekday() == 0
    assert sunday - monday == timedelta(days=6)


def test_week_dates():
    assert week_dates(2026, 1) == (date(2025, 12, 29), date(2026, 1, 4))
    assert week_dates(2026, 10) == (date(2026, 3, 2), date(2026, 3, 8))
    assert week_dates(2020, 53) == (date(2020, 12, 28), date(2021, 1, 3))


def test_week_dates_rejects_missing_week():
    with pytest.raises(InvalidInput):
        week_dates(2023, 53)


def test_validate_year():
    assert validate_year(2024) == 2024
    assert validate_year(" 2024 ") == 2024
    assert validate_year(MIN_YEAR) == MIN_YEAR
    assert validate_year(MAX_YEAR) == MAX_YEAR


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "Ogiltigt år 'abc'"),
        ("", "Ogiltigt år ''"),
        ("-2024", "Ogiltigt år '-2024'"),
        (2024.0, "Ogiltigt år '2024.0'"),
        (True, "Ogiltigt år 'True'"),
        (None, "Ogiltigt år 'None'"),
        (1899, "År 1899 ligger utanför 1900–2999"),
        ("3000", "År 3000 ligger utanför 1900–2999"),
    ],
)
def test_validate_year_rejects(value, message):
    with pytest.raises(InvalidInput) as info:
        validate_year(value)
    assert info.value.message == message


def test_validate_week_accepts_ints_and_digit_strings():
    assert validate_week(2026, 53) == IsoWeek(2026, 53)
    assert validate_week("2024", " 10 ") == IsoWeek(2024, 10)
    assert validate_week(2023, 1) == (2023, 1)


@pytest.mark.parametrize(
    ("year", "week", "message"),
    [
        (2023, 53, "Vecka 53 finns inte år 2023 (året har 52 veckor)"),
        (2026, 54, "Vecka 54 finns inte år 2026 (året har 53 veckor)"),
        (2023, 0, "Vecka 0 finns inte: ange 1–52"),
        (2026, -1, "Vecka -1 finns inte: ange 1–53"),
        (2024, "abc", "Ogiltigt veckonummer 'abc'"),
        (2024, "v10", "Ogiltigt veckonummer 'v10'"),
        (2024, 10.0, "Ogiltigt veckonummer '10.0'"),
        ("abc", 10, "Ogiltigt år 'abc'"),
    ],
)
def test_validate_week_rejects(year, week, message):
    with pytest.raises(InvalidInput) as info:
        validate_week(year, week)
    assert info.value.message == message


@given(years, st.integers(min_value=-5, max_value=60))
def test_validate_week_accepts_exactly_the_weeks_of_the_year(year, week):
    if 1 <= week <= weeks_in_year(year):
        assert validate_week(year, week) == (year, week)
        assert week_of(week_dates(year, week)[0]) == (year, week)
    else:
        with pytest.raises(InvalidInput):
            validate_week(year, week)


def test_parse_date():
    assert parse_date("2024-10-22") == date(2024, 10, 22)
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date(" 2026-01-04\n") == date(2026, 1, 4)


@pytest.mark.parametrize(
    "text",
    [
        "2024-13-01",
        "2023-02-29",
        "2024-04-31",
        "2024-00-10",
        "2024-2-01",
        "24-10-22",
        "2024/10/22",
        "20241022",
        "22-10-2024",
        "2024-10-22 12:00",
        "2024-10-22T12:00",
        "",
        "idag",
        "２０２４-10-22",
    ],
)
def test_parse_date_rejects(text):
    with pytest.raises(InvalidInput) as info:
        parse_date(text)
    assert info.value.message == f"Ogiltigt datum '{text}': skriv ÅÅÅÅ-MM-DD, t.ex. 2024-10-22"


def test_parse_date_message_for_invalid_month_is_exact():
    with pytest.raises(InvalidInput) as info:
        parse_date("2024-13-01")
    assert info.value.message == "Ogiltigt datum '2024-13-01': skriv ÅÅÅÅ-MM-DD, t.ex. 2024-10-22"


def test_parse_date_rejects_years_outside_the_supported_range():
    with pytest.raises(InvalidInput, match="1900–2999"):
        parse_date("0204-10-22")


@given(dates)
def test_parse_date_round_trips_isoformat(d):
    assert parse_date(d.isoformat()) == d


@pytest.mark.parametrize("text", ["2999-12-30", "2999-12-31"])
def test_a_date_in_week_1_of_3000_is_refused_as_out_of_range(text):
    with pytest.raises(InvalidInput, match="utanför åren 1900–2999"):
        parse_date(text)
    assert parse_date("2999-12-29").isoformat() == "2999-12-29"  # still week 52 of 2999


def test_an_incident_dated_in_week_1_of_3000_is_refused_on_the_command_line(tmp_path, capsys):
    from lagesbild_desktop.cli import main

    code = main(["--db", str(tmp_path / "x.db"), "incident", "add", "--area", "Grimsta", "--date", "2999-12-31",
                 "--category", "hot", "--severity", "oroande"])
    assert code == 2 and "utanför åren" in capsys.readouterr().err
