import pytest

from lagesbild_desktop.domain.incidents import Severity, parse_severity
from lagesbild_desktop.errors import InvalidInput

UNKNOWN = "Okänd allvarlighetsgrad '{}': välj lindrig, oroande, allvarlig eller kritisk (eller 1–4)"


def test_values_and_order():
    assert [int(s) for s in Severity] == [1, 2, 3, 4]
    assert Severity.MINOR < Severity.WORRYING < Severity.SERIOUS < Severity.CRITICAL


def test_names():
    assert [s.code for s in Severity] == ["minor", "worrying", "serious", "critical"]
    assert [s.name_sv for s in Severity] == ["lindrig", "oroande", "allvarlig", "kritisk"]
    assert [s.name_en for s in Severity] == ["minor", "worrying", "serious", "critical"]
    assert [s.plural_sv for s in Severity] == ["lindriga", "oroande", "allvarliga", "kritiska"]


def test_from_code_round_trips():
    for severity in Severity:
        assert Severity.from_code(severity.code) is severity


@pytest.mark.parametrize("code", ["Minor", "lindrig", "1", ""])
def test_from_code_only_accepts_stored_codes(code):
    with pytest.raises(InvalidInput):
        Severity.from_code(code)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("lindrig", Severity.MINOR),
        ("Oroande", Severity.WORRYING),
        ("  ALLVARLIG ", Severity.SERIOUS),
        ("kritisk", Severity.CRITICAL),
        ("kritiska", Severity.CRITICAL),
        ("minor", Severity.MINOR),
        ("Worrying", Severity.WORRYING),
        ("serious", Severity.SERIOUS),
        ("CRITICAL", Severity.CRITICAL),
        ("1", Severity.MINOR),
        (" 4 ", Severity.CRITICAL),
        (2, Severity.WORRYING),
        (Severity.SERIOUS, Severity.SERIOUS),
    ],
)
def test_parse_severity_accepts(value, expected):
    assert parse_severity(value) is expected


@pytest.mark.parametrize("value", ["", "allvarligt", "5", "0", 0, 5, True, None, 2.0, "hög"])
def test_parse_severity_rejects_listing_valid_values(value):
    with pytest.raises(InvalidInput) as info:
        parse_severity(value)
    assert info.value.message == UNKNOWN.format(value)


def test_parse_severity_message_is_exact():
    with pytest.raises(InvalidInput) as info:
        parse_severity("x")
    assert info.value.message == (
        "Okänd allvarlighetsgrad 'x': välj lindrig, oroande, allvarlig eller kritisk (eller 1–4)"
    )
