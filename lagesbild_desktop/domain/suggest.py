"""Suggest a grade from an area-week's incidents, following the scale's definitions.

A suggestion is only advice shown to the meeting; the group decides the grade.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from lagesbild_desktop.domain.incidents import Severity


class Suggestion(NamedTuple):
    grade: int
    counts: tuple[tuple[Severity, int], ...]
    reason_sv: str


def _describe(severity: Severity, count: int) -> str:
    if count == 1:
        return f"1 {severity.name_sv} händelse"
    return f"{count} {severity.plural_sv} händelser"


def _decide(tally: Counter[Severity]) -> tuple[int, Severity | None]:
    """The grade and the severity whose count decided it (None when there are no incidents)."""
    # Rules are checked from the most severe downwards, so the first that fires is the highest grade.
    if tally[Severity.CRITICAL] >= 1:
        return 5, Severity.CRITICAL
    if tally[Severity.SERIOUS] >= 2:
        return 4, Severity.SERIOUS
    if tally[Severity.SERIOUS] == 1:
        return 3, Severity.SERIOUS
    if tally[Severity.WORRYING] >= 2:
        return 3, Severity.WORRYING
    if tally[Severity.WORRYING] == 1:
        return 2, Severity.WORRYING
    if tally[Severity.MINOR] >= 2:
        return 2, Severity.MINOR
    if tally[Severity.MINOR] == 1:
        return 1, Severity.MINOR
    return 1, None


def suggest_grade(severities: Iterable[Severity]) -> Suggestion:
    tally = Counter(Severity(severity) for severity in severities)
    grade, decisive = _decide(tally)
    counts = tuple((severity, tally[severity]) for severity in reversed(Severity) if tally[severity])
    reason = "inga händelser" if decisive is None else _describe(decisive, tally[decisive])
    return Suggestion(grade=grade, counts=counts, reason_sv=reason)
