"""Incident severities, the four steps the grading scale's definitions count by."""

from __future__ import annotations

from enum import IntEnum

from lagesbild_desktop.errors import InvalidInput

_CODES = {1: "minor", 2: "worrying", 3: "serious", 4: "critical"}
_NAMES_SV = {1: "lindrig", 2: "oroande", 3: "allvarlig", 4: "kritisk"}
_PLURALS_SV = {1: "lindriga", 2: "oroande", 3: "allvarliga", 4: "kritiska"}
_UNKNOWN = "Okänd allvarlighetsgrad '{}': välj lindrig, oroande, allvarlig eller kritisk (eller 1–4)"


class Severity(IntEnum):
    MINOR = 1
    WORRYING = 2
    SERIOUS = 3
    CRITICAL = 4

    @property
    def code(self) -> str:
        """The value stored in the database: stable English words, never translated."""
        return _CODES[self.value]

    @property
    def name_sv(self) -> str:
        return _NAMES_SV[self.value]

    @property
    def name_en(self) -> str:
        return _CODES[self.value]

    @property
    def plural_sv(self) -> str:
        return _PLURALS_SV[self.value]

    @classmethod
    def from_code(cls, code: str) -> Severity:
        for severity in cls:
            if severity.code == code:
                return severity
        raise InvalidInput(_UNKNOWN.format(code))


# Every spelling a user may type, folded; the stored codes are the English names.
_ACCEPTED: dict[str, Severity] = {}
for _severity in Severity:
    for _word in (_severity.code, _severity.name_sv, _severity.plural_sv, str(_severity.value)):
        _ACCEPTED[_word] = _severity


def parse_severity(value: object) -> Severity:
    if isinstance(value, Severity):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value in _CODES:
        return Severity(value)
    if isinstance(value, str) and value.strip().casefold() in _ACCEPTED:
        return _ACCEPTED[value.strip().casefold()]
    raise InvalidInput(_UNKNOWN.format(value))
