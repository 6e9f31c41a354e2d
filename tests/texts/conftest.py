"""A district's year with texts, grades, incidents and measures, for the report in both formats."""

import pytest

from lagesbild_desktop.services import measures, year_texts
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.services.report_texts import set_priority_field
from lagesbild_desktop.store.database import open_database

COMMENT = ("Fyra öppna drogscener:\n\n1. Hässelby strand (Maltesholmstorget)\n2. Vällingby centrum\n"
           "3. Råcksta\n\nSamverkan sker *varje vecka* med **polisen**.\n\n- trygghetsvandringar\n- belysning")


@pytest.fixture
def year_db(tmp_path):
    path = tmp_path / "ar.db"
    store = open_database(path)
    grades = {"Grimsta": [1, 2, 3, 4, 5, 2], "Vinsta": [2, 2, 3], "Vällingby": [5, 4, 1]}
    for area, values in grades.items():
        for week, grade in enumerate(values, start=10):
            record_grade(store, area, 2024, week, grade, f"Anteckning {area} v{week}")
    record_grade(store, "Grimsta", 2023, 10, 2)
    add_incident(store, area="Grimsta", date="2024-03-12", category="skjutning", severity="kritisk",
                 place="Grimstatorget", description="Skott mot entré")
    add_incident(store, area="Grimsta", date="2024-03-05", category="klotter", severity="lindrig")
    add_incident(store, area="Grimsta", date="2023-03-05", category="klotter", severity="lindrig")
    add_incident(store, area="Grimsta", date="2023-04-05", category="klotter", severity="lindrig")
    set_priority_field(store, 2024, 2, True, COMMENT)
    for key, body in (("sammantagen", "Läget har **förbättrats**.\n\nMen inte överallt."),
                      ("inledning", "Inledningen.\n\n- punkt ett\n- punkt två"),
                      ("syfte", "Syftet med lägesbilden."),
                      ("brottslighet", "Brottsligheten beskrivs här."),
                      ("kallor", "1. Polisen, Status\n2. Trygghetsmätningen 2024")):
        year_texts.set_text(store, year_texts.place(store, 2024, key), body)
    year_texts.set_text(store, year_texts.place(store, 2024, "omrade", "Grimsta"), "Grimsta hade en orolig vår.")
    measures.add_measure(store, title="Trygghetsvandringar", areas=["Grimsta"], priority_field=2,
                         responsible=["Polisen"], start="2024-03-01", end="2025-06-30")
    store.close()
    return path
