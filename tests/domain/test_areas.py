import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.areas import area_exists_in, swedish_sort_key, validate_area_name
from lagesbild_desktop.errors import InvalidInput

HASSELBY_VALLINGBY = [
    "Grimsta",
    "Hässelby gård",
    "Hässelby strand",
    "Hässelby villastad",
    "Kälvesta",
    "Nälsta",
    "Råcksta",
    "Vinsta",
    "Vällingby",
]


def swedish_sorted(names):
    return sorted(names, key=swedish_sort_key)


@given(st.permutations(HASSELBY_VALLINGBY))
def test_hasselby_vallingby_areas_sort_in_swedish_order(names):
    assert swedish_sorted(names) == HASSELBY_VALLINGBY


def test_a_o_with_dots_and_ring_come_after_z_in_swedish_order():
    names = ["Östermalm", "Älvsjö", "Ängby", "Zinkensdamm", "Åkermyntans centrum", "Aspudden"]
    assert swedish_sorted(names) == [
        "Aspudden",
        "Zinkensdamm",
        "Åkermyntans centrum",
        "Älvsjö",
        "Ängby",
        "Östermalm",
    ]


def test_a_with_ring_before_a_with_dots_before_o_with_dots():
    assert swedish_sorted(["ö", "ä", "å", "z"]) == ["z", "å", "ä", "ö"]
    assert swedish_sorted(["Ö", "ä", "Å", "Z"]) == ["Z", "Å", "ä", "Ö"]


def test_case_does_not_matter():
    assert swedish_sorted(["vinsta", "Grimsta", "hässelby gård", "Älvsjö", "ängby"]) == [
        "Grimsta",
        "hässelby gård",
        "vinsta",
        "Älvsjö",
        "ängby",
    ]


def test_prefix_and_word_boundaries():
    # A name sorts before its own continuations; a space before a hyphen, both before letters.
    assert swedish_sorted(["Hässelbyvägen", "Hässelby-Vällingby", "Hässelby gård", "Hässelby"]) == [
        "Hässelby",
        "Hässelby gård",
        "Hässelby-Vällingby",
        "Hässelbyvägen",
    ]


def test_digits_before_letters():
    assert swedish_sorted(["Område A", "Område 2", "Område Ö", "Område 1"]) == [
        "Område 1",
        "Område 2",
        "Område A",
        "Område Ö",
    ]


def test_other_accents_sort_as_their_base_letter():
    # é as e; ü as y (Swedish convention); æ as ä, ø as ö.
    assert swedish_sorted(["Cafétorget", "Cafeterian", "Caféet"]) == ["Caféet", "Cafeterian", "Cafétorget"]
    assert swedish_sorted(["Myra", "Müllers torg", "Mylla", "Munkbron"]) == [
        "Munkbron",
        "Mylla",
        "Müllers torg",
        "Myra",
    ]
    assert swedish_sorted(["Østerby", "Ærø", "Ängby", "Zeta"]) == ["Zeta", "Ängby", "Ærø", "Østerby"]


def test_decomposed_and_composed_letters_sort_alike():
    decomposed = unicodedata.normalize("NFD", "Älvsjö")
    assert swedish_sorted([decomposed, "Östermalm", "Ängby", "Zinkensdamm"]) == [
        "Zinkensdamm",
        decomposed,
        "Ängby",
        "Östermalm",
    ]


def test_braces_in_names_do_not_pose_as_swedish_letters():
    assert swedish_sorted(["Ö", "{A}", "Å"]) == ["Å", "Ö", "{A}"]


def test_names_differing_only_in_case_or_accent_get_distinct_keys_next_to_each_other():
    names = ["Vinsta", "Cafe", "vinsta", "Café", "Vällingby"]
    ordered = swedish_sorted(names)
    assert ordered == swedish_sorted(list(reversed(names)))
    assert ordered.index("Cafe") + 1 == ordered.index("Café")
    assert abs(ordered.index("Vinsta") - ordered.index("vinsta")) == 1
    assert ordered[-1] == "Vällingby"


names = st.text(min_size=0, max_size=20)


@given(names, names)
def test_distinct_names_never_share_a_key(a, b):
    if a != b:
        assert swedish_sort_key(a) != swedish_sort_key(b)


@given(st.lists(names, max_size=12))
def test_byte_order_of_keys_equals_string_order(items):
    # SQLite's BINARY collation compares UTF-8 bytes; the keys must order the same way there.
    keys = [swedish_sort_key(name) for name in items]
    assert sorted(keys) == sorted(keys, key=lambda k: k.encode("utf-8"))


@pytest.mark.parametrize(
    ("first", "retired", "year", "exists"),
    [
        (2010, None, 2009, False),
        (2010, None, 2010, True),
        (2010, None, 2030, True),
        (2010, 2025, 2024, True),
        (2010, 2025, 2025, False),
        (2010, 2025, 2026, False),
        (2024, 2025, 2024, True),
    ],
)
def test_area_exists_in(first, retired, year, exists):
    assert area_exists_in(first, retired, year) is exists


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Vällingby", "Vällingby"),
        ("  Hässelby   gård ", "Hässelby gård"),
        ("Vinsta\n", "Vinsta"),
        ("Hässelby\u00a0strand", "Hässelby strand"),  # non-breaking space from a pasted document
        (unicodedata.normalize("NFD", "Råcksta"), "Råcksta"),
        ("x" * 80, "x" * 80),
    ],
)
def test_validate_area_name_cleans(raw, clean):
    assert validate_area_name(raw) == clean


@pytest.mark.parametrize(
    ("raw", "message_part"),
    [
        ("", "Tomt områdesnamn"),
        ("   \t ", "Tomt områdesnamn"),
        ("x" * 81, "för långt (81 tecken, högst 80)"),
        ("Vin\tsta", "'Vin<U+0009>sta'"),
        ("Vällingby\tx", "'Vällingby<U+0009>x'"),
        ("Vin\x00sta", "U+0000"),
        ("Vinsta\u200b gård", "U+200B"),
        (None, "Ogiltigt områdesnamn 'None'"),
    ],
)
def test_validate_area_name_rejects(raw, message_part):
    with pytest.raises(InvalidInput) as info:
        validate_area_name(raw)
    assert message_part in info.value.message
    assert "\n" not in info.value.message and "\t" not in info.value.message
