"""Incidents through the service."""

import pytest

from lagesbild_desktop.errors import InvalidInput, NotFound, PersonalDataFound
from lagesbild_desktop.services.categories import add_category, list_categories
from lagesbild_desktop.services.incidents import add_incident, delete_incident, list_incidents, update_incident
from tests.conftest import table_dump

DEFAULT_CATEGORIES = ["skjutning", "sprängning", "brandattentat", "våld", "hot", "rån", "ordningsstörning",
                      "narkotikahandel", "skadegörelse", "klotter", "bosättning", "nedskräpning", "vbe",
                      "bedrägeri", "övrigt"]


def test_default_categories(store):
    assert [c.code for c in list_categories(store)] == DEFAULT_CATEGORIES


def test_incident_gets_the_iso_week_of_its_date(store):
    incident = add_incident(store, area="Vällingby", date="2025-12-29", category="Sprängning", severity="4",
                            place="Vällingby centrum", description="detonation vid entré")
    assert (incident.year, incident.week, incident.category, incident.severity) == (2026, 1, "sprängning",
                                                                                    "critical")
    assert [i.id for i in list_incidents(store, 2026, 1)] == [incident.id]
    assert list_incidents(store, 2025) == []


@pytest.mark.parametrize("severity", ["lindrig", "Minor", "1", "LINDRIG"])
def test_severity_in_swedish_english_or_number(store, severity):
    assert add_incident(store, area="Vinsta", date="2024-01-02", category="klotter",
                        severity=severity).severity == "minor"


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"category": "tjuvjakt"}, "Giltiga kategorier: skjutning, sprängning"),
        ({"severity": "hemsk"}, "lindrig, oroande, allvarlig eller kritisk"),
        ({"date": "2024-02-30"}, "Ogiltigt datum '2024-02-30'"),
        ({"date": "22/10/2024"}, "Ogiltigt datum"),
        ({"area": "Atlantis"}, "Okänt område"),
        ({"description": "misstänkt 121212-1212"}, "personnummer"),
        ({"place": "hos 191212121212"}, "personnummer"),
    ],
)
def test_bad_incident_is_refused_and_nothing_is_written(store, fields, words):
    base = {"area": "Vinsta", "date": "2024-01-02", "category": "klotter", "severity": "lindrig"}
    before = table_dump(store.path)
    with pytest.raises((InvalidInput, NotFound, PersonalDataFound)) as error:
        add_incident(store, **(base | fields))
    assert words in error.value.message
    assert table_dump(store.path) == before


def test_update_and_delete(store):
    incident = add_incident(store, area="Vinsta", date="2024-01-02", category="klotter", severity="lindrig")
    changed = update_incident(store, incident.id, severity="allvarlig", date="2024-01-09")
    assert (changed.severity, changed.week, changed.version) == ("serious", 2, 2)
    assert update_incident(store, incident.id, severity="allvarlig").version == 2  # nothing changed
    delete_incident(store, incident.id)
    with pytest.raises(NotFound):
        delete_incident(store, incident.id)


def test_new_category_can_be_used(store):
    add_category(store, "cykelstöld", "Cykelstöld", "Bicycle theft")
    assert add_incident(store, area="Vinsta", date="2024-01-02", category="cykelstöld",
                        severity="lindrig").category == "cykelstöld"
    with pytest.raises(InvalidInput, match="finns redan"):
        add_category(store, "Cykelstöld")
