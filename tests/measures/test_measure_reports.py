"""The action plan in the PDFs, checked through their text against effects built by hand."""

import subprocess

import pytest

from lagesbild_desktop.services import measures
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.store.database import open_database
from tests.conftest import lagesbild, without_contents


def pdf_text(path) -> str:
    return " ".join(without_contents(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                                                    text=True, check=True).stdout).split())


@pytest.fixture
def db(tmp_path):
    """Vinsta 4 in weeks 2–9 and 2 in weeks 10–17; Grimsta 3 throughout: the measure from week 10 shows
    2,00 → … a difference of −2,00. A second measure for next year answers priority field 2."""
    path = tmp_path / "lagesbild.db"
    store = open_database(path)
    for week in range(2, 18):
        record_grade(store, "Vinsta", 2024, week, 4 if week < 10 else 2)
        record_grade(store, "Grimsta", 2024, week, 3 if week < 14 else 4)
    add_incident(store, area="Vinsta", date="2024-03-12", category="våld", severity="allvarlig")
    made = measures.add_measure(store, title="Trygghetsvandringar Vinsta", areas=["Vinsta"], priority_field=2,
                                responsible=["Polisen", "Fastighetsägare"], start="2024-03-04", end="2024-12-31",
                                goal="Färre bränder", next_follow_up="2024-03-14")
    measures.follow_up(store, made.id, status="pågår", date="2024-03-13", comment="Fyra vandringar gjorda",
                       next_follow_up="2024-03-21")
    measures.add_measure(store, title="Kameror vid Grimsta torg", areas=["Grimsta"], priority_field=2,
                         responsible=["Polisen"], start="2025-02-03", term="lång")
    store.close()
    return path


def test_the_action_plan_shows_the_measures_by_field_and_the_effect(db, tmp_path):
    done = lagesbild(db, "report", "action-plan", "--year", "2024", "--out", str(tmp_path / "plan.pdf"))
    assert done.returncode == 0, done.stderr
    text = pdf_text(tmp_path / "plan.pdf")
    assert "2. Otrygga och brottsutsatta platser" in text
    assert "Trygghetsvandringar Vinsta" in text and "Polisen, Fastighetsägare" in text
    assert "Kameror vid Grimsta torg" not in text  # a measure of 2025
    # 8 weeks each side: Vinsta 4,00 -> 2,00; Grimsta 3,00 -> (4×3 + 4×4)/8 = 3,50; difference -2,00 - 0,50
    assert "8 4,00 2,00 3,00 3,50 -2,50" in text
    assert "ett samband, inte ett bevis" in text
    assert "2024-03-13: Fyra vandringar gjorda" in text


def test_the_yearly_report_has_the_plan_for_next_year_and_the_follow_up(db, tmp_path):
    assert lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(tmp_path / "y.pdf")).returncode == 0
    text = pdf_text(tmp_path / "y.pdf")
    plan = text[text.index("Åtgärdsplan 2025"):text.index("Uppföljning av åtgärder 2024")]
    assert "Kameror vid Grimsta torg" in plan and "Trygghetsvandringar Vinsta" not in plan  # it ends in 2024
    follow = text[text.index("Uppföljning av åtgärder 2024"):]
    assert "Trygghetsvandringar Vinsta pågår" in follow and "-2,50" in follow
    fields = text[text.index("Prioriterade samverkansområden"):text.index("Åtgärdsplan 2025")]
    assert "Inkluderas i åtgärdsplan: Trygghetsvandringar Vinsta; Kameror vid Grimsta torg" in fields


def test_the_weekly_report_lists_started_followed_and_due(db, tmp_path):
    assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", "10", "--out",
                     str(tmp_path / "v10.pdf")).returncode == 0
    week10 = pdf_text(tmp_path / "v10.pdf")
    assert "Påbörjade denna vecka Trygghetsvandringar Vinsta" in week10
    assert "Ingen åtgärd ska följas upp denna vecka." in week10  # next follow-up 2024-03-21 is in week 12
    assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", "11", "--out",
                     str(tmp_path / "v11.pdf")).returncode == 0
    week11 = pdf_text(tmp_path / "v11.pdf")
    assert "Uppföljda denna vecka Datum Åtgärd Status Kommentar 2024-03-13 Trygghetsvandringar Vinsta pågår " \
           "Fyra vandringar gjorda" in week11 and "Påbörjade" not in week11
    assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", "12", "--out",
                     str(tmp_path / "v12.pdf")).returncode == 0
    assert "Att följa upp Uppföljning Åtgärd Status Ansvariga 2024-03-21 Trygghetsvandringar Vinsta pågår" in \
        pdf_text(tmp_path / "v12.pdf")


def test_the_quarterly_analysis_ranks_the_areas_worst_first(db, tmp_path):
    done = lagesbild(db, "report", "quarterly", "--year", "2024", "--quarter", "1", "--out", str(tmp_path / "q.pdf"))
    assert done.returncode == 0, done.stderr
    text = pdf_text(tmp_path / "q.pdf")
    assert "Vecka 1–13" in text
    # Grimsta: weeks 2–13 all 3 -> 3,00; Vinsta: 8×4 + 4×2 over 12 weeks = 3,33, with 8 weeks at 4–5.
    assert text.index("Vinsta 3,33 – – 12 8") < text.index("Grimsta 3,00 – – 12 0")
    assert "Våld 1 0 0" in text
    assert "Trygghetsvandringar Vinsta" in text
    bad = lagesbild(db, "report", "quarterly", "--year", "2024", "--quarter", "5", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "Kvartal '5' finns inte" in bad.stderr and not (tmp_path / "x.pdf").exists()
