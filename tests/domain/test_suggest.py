import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.suggest import Suggestion, suggest_grade

M, W, S, C = Severity.MINOR, Severity.WORRYING, Severity.SERIOUS, Severity.CRITICAL


@pytest.mark.parametrize(
    ("incidents", "grade", "reason"),
    [
        ([], 1, "inga händelser"),
        ([M], 1, "1 lindrig händelse"),
        ([M, M], 2, "2 lindriga händelser"),
        ([M, M, M, M, M], 2, "5 lindriga händelser"),
        ([W], 2, "1 oroande händelse"),
        ([W, M, M, M], 2, "1 oroande händelse"),
        ([W, W], 3, "2 oroande händelser"),
        ([W, W, W], 3, "3 oroande händelser"),
        ([S], 3, "1 allvarlig händelse"),
        ([S, W, W, M], 3, "1 allvarlig händelse"),
        ([S, S], 4, "2 allvarliga händelser"),
        ([S, S, S, W, M], 4, "3 allvarliga händelser"),
        ([C], 5, "1 kritisk händelse"),
        ([C, C], 5, "2 kritiska händelser"),
        ([M, C, S, S], 5, "1 kritisk händelse"),
    ],
)
def test_rules(incidents, grade, reason):
    suggestion = suggest_grade(incidents)
    assert suggestion.grade == grade
    assert suggestion.reason_sv == reason


def test_counts_are_non_zero_and_most_severe_first():
    suggestion = suggest_grade([M, S, M, C, M])
    assert suggestion == Suggestion(grade=5, counts=((C, 1), (S, 1), (M, 3)), reason_sv="1 kritisk händelse")
    assert suggest_grade([]).counts == ()


def test_accepts_any_iterable_once():
    assert suggest_grade(s for s in [W, W]).grade == 3


severity_lists = st.lists(st.sampled_from(list(Severity)), max_size=12)


@given(severity_lists, st.sampled_from(list(Severity)))
def test_adding_an_incident_never_lowers_the_suggestion(incidents, extra):
    assert suggest_grade([*incidents, extra]).grade >= suggest_grade(incidents).grade


@given(severity_lists, st.randoms(use_true_random=False))
def test_order_does_not_matter(incidents, rnd: random.Random):
    shuffled = list(incidents)
    rnd.shuffle(shuffled)
    assert suggest_grade(shuffled) == suggest_grade(incidents)


@given(severity_lists)
def test_counts_add_up_and_reason_is_one_line(incidents):
    suggestion = suggest_grade(incidents)
    assert sum(n for _, n in suggestion.counts) == len(incidents)
    assert all(n > 0 for _, n in suggestion.counts)
    assert [s for s, _ in suggestion.counts] == sorted({*incidents}, reverse=True)
    assert 1 <= suggestion.grade <= 5
    assert "\n" not in suggestion.reason_sv
