from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.personnummer import (
    MASK,
    PersonalNumberMatch,
    contains_personal_number,
    find_personal_numbers,
    luhn_valid,
    mask_personal_numbers,
)


def check_digit(nine: str) -> str:
    # Written independently of the module: weights 2,1,2,... from the left over the nine digits,
    # summing the digits of each product.
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(nine))
    return str((10 - total % 10) % 10)


def test_check_digit_helper_agrees_with_the_public_test_number():
    assert check_digit("121212121") == "2"


@pytest.mark.parametrize(
    "number",
    [
        "19121212-1212",
        "121212-1212",
        "191212121212",
        "8112189876",
        "121212+1212",  # '+' marks someone over 100
        "121212 1212",
        "20121212-1212",
        "121272-1219",  # coordination number: day 72 is day 12; check digit 9 computed by hand
        "000229-1235",  # 29 Feb 2000
        "20000229-1235",
    ],
)
def test_valid_numbers_are_found_alone(number):
    assert find_personal_numbers(number) == [PersonalNumberMatch(0, len(number), number)]


@pytest.mark.parametrize(
    "text",
    [
        "19121212-1213",  # wrong check digit
        "121212-1213",
        "070-123 45 67",  # phone number
        "0701234567",  # phone number without separators: a real date, but the Luhn digit fails
        "2024-10-22",
        "v.10",
        "2024-10-22 12:00",
        "Möte 2024-10-22 kl 12:00, vecka 43",
        "19000229-1235",  # 1900 was no leap year
        "010229-1234",  # Luhn-valid, but 2001 (or 1901) had no 29 February
        "121312-1211",  # Luhn-valid, month 13
        "121200-1216",  # Luhn-valid, day 0
        "121292-1215",  # Luhn-valid, coordination day 92 would be day 32
        "17121212-1212",  # unknown century
        "2019121212-1212",  # part of a longer number
        "1121212-1212",
        "121212-12125",
        "12-121212-1212",
        "121212-1212-3",
        "121212--1212",
        "121212  1212",  # two spaces are not one separator
    ],
)
def test_not_flagged(text):
    assert find_personal_numbers(text) == []
    assert not contains_personal_number(text)
    assert mask_personal_numbers(text) == text


def test_the_luhn_valid_non_dates_used_above_really_are_luhn_valid():
    # Otherwise the date tests would pass for the wrong reason.
    for digits in ("0002291235", "0102291234", "1213121211", "1212001216", "1212921215", "1212721219"):
        assert luhn_valid(digits)


def test_positions_in_running_text():
    text = "Gripen 19121212-1212 vid torget, även 8112189876."
    assert find_personal_numbers(text) == [
        PersonalNumberMatch(7, 20, "19121212-1212"),
        PersonalNumberMatch(38, 48, "8112189876"),
    ]
    assert mask_personal_numbers(text) == "Gripen ÅÅMMDD-XXXX vid torget, även ÅÅMMDD-XXXX."


def test_letters_and_spaces_do_not_protect_a_number():
    # Only digits (directly, or joined by '-' or '+') make a number part of something longer.
    assert contains_personal_number("pnr:121212-1212")
    assert contains_personal_number("ID121212-1212x")
    assert contains_personal_number("vecka 10 121212-1212 greps")
    assert contains_personal_number("(121212-1212)")


def test_a_rejected_candidate_does_not_hide_a_following_number():
    # "20121212-1213" is not valid; neither reading of it as a 10-digit number is allowed.
    assert find_personal_numbers("20121212-1213 och 121212-1212") == [
        PersonalNumberMatch(18, 29, "121212-1212")
    ]


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("79927398713", True),
        ("79927398710", False),
        ("1212121212", True),
        ("1212121213", False),
        ("0", True),
        ("", False),
        ("12a4", False),
        ("١٢١٢١٢١٢١٢", False),  # Arabic-Indic digits are not accepted
    ],
)
def test_luhn_valid(digits, valid):
    assert luhn_valid(digits) is valid


@st.composite
def personal_numbers(draw) -> str:
    born = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    body = f"{born:%y%m}{day:02d}{draw(st.integers(0, 999)):03d}"
    last4 = body[6:] + check_digit(body)
    separator = draw(st.sampled_from(["-", "+", " ", ""]))
    long_form = draw(st.booleans())
    prefix = f"{born.year // 100}" if long_form else ""
    return f"{prefix}{body[:6]}{separator}{last4}"


surrounding = st.text(alphabet="abcåäö XYZ.,:;()-+0123456789\n", max_size=30)


@given(personal_numbers(), surrounding, surrounding)
def test_generated_numbers_in_random_text_are_found_and_masked(number, before, after):
    text = f"{before} {number} {after}"
    start = len(before) + 1
    assert PersonalNumberMatch(start, start + len(number), number) in find_personal_numbers(text)
    masked = mask_personal_numbers(text)
    assert number not in masked
    assert f" ÅÅMMDD-XXXX {after}" in masked
    assert not contains_personal_number(masked[: len(before) + 13])


@given(personal_numbers(), st.integers(1, 9))
def test_any_other_check_digit_is_rejected(number, shift):
    wrong = number[:-1] + str((int(number[-1]) + shift) % 10)
    assert not contains_personal_number(wrong)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)), st.integers(0, 23), st.integers(0, 59)
)
def test_dates_and_times_are_never_flagged(day, hour, minute):
    assert not contains_personal_number(f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}")
    assert not contains_personal_number(f"den {day:%Y-%m-%d}, vecka {day.isocalendar().week}")


@given(st.integers(0, 9), st.integers(0, 999), st.integers(0, 99), st.integers(0, 99))
def test_mobile_numbers_with_separators_are_never_flagged(a, b, c, d):
    assert not contains_personal_number(f"Ring 07{a}-{b:03d} {c:02d} {d:02d}")


def real_birth_date(yymmdd: str) -> bool:
    # Independent oracle: some century makes it a real date, coordination numbers counting day + 60.
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    day = dd - 60 if dd > 60 else dd
    for century in (1800, 1900, 2000):
        try:
            date(century + yy, mm, day)
        except ValueError:
            continue
        return True
    return False


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_ten_digits_are_flagged_exactly_when_date_and_luhn_hold(digits):
    assert contains_personal_number(digits) == (luhn_valid(digits) and real_birth_date(digits[:6]))


@pytest.mark.parametrize(
    "text",
    ["19121212\u20131212", "121212\u20101212", "19121212\u00ad1212", "19121212 - 1212", "121212\u22121212",
     "19121212\u00a01212", "19121212 \u2013 1212"],
)
def test_word_processor_dashes_and_spaced_separators_are_caught(text):
    assert [m.text for m in find_personal_numbers(f"anmäld av {text} igår")] == [text]
    assert MASK in mask_personal_numbers(f"anmäld av {text} igår")
