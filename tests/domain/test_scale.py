import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.scale import (
    GRADES,
    GradeLevel,
    Scale,
    contrast_ratio,
    parse_grade,
    scale_from_dict,
)
from lagesbild_desktop.errors import InvalidInput

SCALE_FILE = Path(__file__).resolve().parents[2] / "resources" / "scale.json"


def shipped_data() -> dict:
    return json.loads(SCALE_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def scale() -> Scale:
    return scale_from_dict(shipped_data())


def test_shipped_scale_has_the_report_names_and_definitions(scale):
    assert [level.value for level in scale] == [1, 2, 3, 4, 5]
    assert len(scale) == 5
    assert [level.name_sv for level in scale] == [
        "Normalt läge",
        "Avvikande läge",
        "Oroande läge",
        "Allvarligt läge",
        "Kritiskt läge",
    ]
    assert [level.name_en for level in scale] == ["Normal", "Deviating", "Worrying", "Serious", "Critical"]
    assert scale.level(1).definition_sv == "inga eller enstaka lindriga händelser"
    assert scale.level(2).definition_sv == "flera lindriga eller enstaka oroande händelser"
    assert scale.level(3).definition_sv == "flera oroande eller enstaka allvarliga händelser"
    assert scale.level(4).definition_sv == "flera allvarliga händelser"
    assert scale.level(5).definition_sv == (
        "enstaka och flera oroande händelser (t ex skjutningar och sprängningar)"
    )
    assert scale.level(4).definition_en == "several serious events"


def test_shipped_scale_uses_the_excel_colours(scale):
    assert [level.fill for level in scale] == ["#00B050", "#FFFF00", "#FFC000", "#FF0000", "#7030A0"]
    assert [level.text for level in scale] == ["#000000"] * 4 + ["#FFFFFF"]


def test_every_shipped_digit_colour_meets_wcag_aa_against_its_fill():
    for entry in shipped_data()["grades"]:
        assert contrast_ratio(entry["text"], entry["fill"]) >= 4.5, entry["grade"]


def test_labels_names_and_definitions_by_language(scale):
    level = scale.level(4)
    assert level.label() == "4 Allvarligt läge"
    assert level.label("sv") == "4 Allvarligt läge"
    assert level.label("en") == "4 Serious"
    assert level.name("en") == "Serious"
    assert level.definition() == "flera allvarliga händelser"
    assert level.definition("en") == "several serious events"
    # Regional English tags are English; an unknown language falls back to Swedish.
    assert level.name("en_GB") == "Serious"
    assert level.name("de") == "Allvarligt läge"


def test_level_accepts_grade_text_and_rejects_out_of_range(scale):
    assert scale.level("5").name_sv == "Kritiskt läge"
    for bad in (0, 6, -1):
        with pytest.raises(InvalidInput):
            scale.level(bad)


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#7030A0", "#7030A0") == pytest.approx(1.0)
    # Pure red: luminance 0.2126, so (0.2126 + 0.05) / (0 + 0.05) = 5.252 against black.
    assert contrast_ratio("#000000", "#FF0000") == pytest.approx(5.252)
    # ... and (1.05) / (0.2626) against white: below AA, which is why the red cell has a black digit.
    assert contrast_ratio("#FFFFFF", "#FF0000") == pytest.approx(1.05 / 0.2626)
    # The figures UI.md quotes, to one decimal.
    assert round(contrast_ratio("#000000", "#00B050"), 1) == 7.3
    assert round(contrast_ratio("#000000", "#FFFF00"), 1) == 19.6
    assert round(contrast_ratio("#000000", "#FFC000"), 1) == 12.8
    assert round(contrast_ratio("#FFFFFF", "#7030A0"), 1) == 8.0


def test_contrast_ratio_accepts_colours_without_hash_and_in_lower_case():
    assert contrast_ratio("000000", "ff0000") == pytest.approx(5.252)


def test_contrast_ratio_rejects_non_colours():
    with pytest.raises(InvalidInput, match="'red'"):
        contrast_ratio("red", "#000000")


hex_colours = st.text(alphabet="0123456789abcdefABCDEF", min_size=6, max_size=6)


@given(hex_colours, hex_colours)
def test_contrast_ratio_is_symmetric_and_bounded(a, b):
    ratio = contrast_ratio(a, b)
    assert ratio == pytest.approx(contrast_ratio(b, a))
    assert 1.0 <= ratio <= 21.0 + 1e-9


@pytest.mark.parametrize(("value", "expected"), [(1, 1), (5, 5), ("3", 3), (" 4\n", 4), ("1", 1)])
def test_parse_grade_accepts(value, expected):
    assert parse_grade(value) == expected


@pytest.mark.parametrize(
    "value", [0, 6, -3, "0", "6", "", " ", "abc", "3.0", "03", "+3", "٣", 3.0, True, None]
)
def test_parse_grade_rejects(value):
    with pytest.raises(InvalidInput) as info:
        parse_grade(value)
    assert info.value.message == f"Ogiltig bedömning '{value}': ange en siffra 1–5"


def test_parse_grade_message_is_exact():
    with pytest.raises(InvalidInput) as info:
        parse_grade("x")
    assert str(info.value) == "Ogiltig bedömning 'x': ange en siffra 1–5"


def test_grades_constant():
    assert GRADES == (1, 2, 3, 4, 5)


def test_colours_are_normalised():
    data = shipped_data()
    data["grades"][0]["fill"] = "00b050"
    data["grades"][1]["text"] = " #abcdef "
    scale = scale_from_dict(data)
    assert scale.level(1).fill == "#00B050"
    assert scale.level(2).text == "#ABCDEF"


def test_entries_may_come_in_any_order():
    data = shipped_data()
    data["grades"].reverse()
    assert [level.value for level in scale_from_dict(data)] == [1, 2, 3, 4, 5]


def _broken(change) -> dict:
    data = shipped_data()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message_part"),
    [
        (lambda d: d.pop("grades"), "'grades'"),
        (lambda d: d.update(grades={"1": {}}), "'grades'"),
        (lambda d: d["grades"].pop(3), "bedömning 4 saknas"),
        (lambda d: d["grades"].append(dict(d["grades"][2])), "bedömning 3 förekommer mer än en gång"),
        (lambda d: d["grades"][4].update(grade=6), "okänd bedömning '6'"),
        (lambda d: d["grades"][4].pop("grade"), "post 5 saknar 'grade'"),
        (lambda d: d["grades"].__setitem__(0, "grön"), "post 1 är inte ett objekt"),
        (lambda d: d["grades"][1].update(name_sv="  "), "bedömning 2 har tomt 'name_sv'"),
        (lambda d: d["grades"][1].update(name_en=""), "bedömning 2 har tomt 'name_en'"),
        (lambda d: d["grades"][2].pop("definition_en"), "bedömning 3 saknar text i 'definition_en'"),
        (lambda d: d["grades"][3].update(fill="#GG0000"), "färgen '#GG0000' i 'fill' för bedömning 4"),
        (lambda d: d["grades"][3].update(text="#FFF"), "färgen '#FFF' i 'text' för bedömning 4"),
        (lambda d: d["grades"][0].pop("fill"), "färgen 'None' i 'fill' för bedömning 1"),
    ],
)
def test_scale_from_dict_rejects_broken_files(change, message_part):
    with pytest.raises(InvalidInput) as info:
        scale_from_dict(_broken(change))
    assert message_part in info.value.message
    assert info.value.message.startswith("Ogiltig skala")
    assert "\n" not in info.value.message


def test_scale_from_dict_rejects_non_dict():
    with pytest.raises(InvalidInput):
        scale_from_dict([])  # type: ignore[arg-type]


def test_scale_requires_exactly_five_levels_in_order():
    level = GradeLevel(1, "a", "a", "", "", "#000000", "#FFFFFF")
    with pytest.raises(InvalidInput):
        Scale((level,))


def test_scale_levels_are_frozen(scale):
    with pytest.raises(AttributeError):
        scale.level(1).fill = "#FFFFFF"  # type: ignore[misc]
