"""The five priority cooperation fields of the yearly report (DOMAIN.md)."""

from typing import NamedTuple

from lagesbild_desktop.errors import InvalidInput


class PriorityFieldName(NamedTuple):
    number: int
    name_sv: str
    name_en: str


PRIORITY_FIELDS = (
    PriorityFieldName(1, "Unga i riskzon för destruktivt beteende", "Young people at risk"),
    PriorityFieldName(2, "Otrygga och brottsutsatta platser", "Unsafe and crime-exposed places"),
    PriorityFieldName(3, "Systemhotande brottslighet", "Crime that threatens the welfare system"),
    PriorityFieldName(4, "Särskilt utsatta och sårbara brottsoffer", "Particularly vulnerable victims"),
    PriorityFieldName(5, "Kriminella miljöer och livsstilar", "Criminal environments and lifestyles"),
)
NEEDS_MEASURES_SV = "Finns behov av särskilda åtgärder"


def validate_field(value) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= len(PRIORITY_FIELDS):
        raise InvalidInput(f"Okänt prioriterat område '{value}': ange 1–{len(PRIORITY_FIELDS)}")
    return number
