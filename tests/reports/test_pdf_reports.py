"""The PDF reports read back as text: the right numbers in the right places."""

import datetime as dt
import re
import subprocess

import pytest

from lagesbild_desktop import osenv
from lagesbild_desktop.cli import main
from lagesbild_desktop.services import areas
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.services.report_texts import set_priority_field, set_week_note
from lagesbild_desktop.services.reports import make_weekly_report, make_yearly_report
from tests.conftest import without_contents


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(osenv, "today", lambda: dt.date(2026, 11, 26))


def text_of(path, layout=True):
    """The report's text after its table of contents (whose lines name the headings once more)."""
    return without_contents(subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
                                           check=True, capture_output=True, text=True).stdout)


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def row(text: str, starts: str) -> list[str]:
    """The words of the table row that begins with `starts` (pdftotext -layout keeps rows on one line)."""
    line = next(line for line in text.splitlines() if line.strip().startswith(starts))
    return line.split()


def test_yearly_summary_numbers_previous_year_and_critical_incidents(store, tmp_path):
    for week, grade in {1: 1, 2: 3, 3: 3, 10: 5}.items():
        record_grade(store, "Grimsta", 2025, week, grade)
    for week in (1, 2):
        record_grade(store, "Grimsta", 2024, week, 2)
    record_grade(store, "Vinsta", 2025, 4, 2)
    add_incident(store, area="Grimsta", date="2025-03-04", category="sprängning", severity="kritisk",
                 place="Grimstatorget", description="Detonation vid port")
    add_incident(store, area="Vinsta", date="2025-02-02", category="klotter", severity="lindrig")
    add_incident(store, area="Vinsta", date="2024-02-02", category="klotter", severity="lindrig")
    add_incident(store, area="Vinsta", date="2024-03-02", category="klotter", severity="lindrig")
    set_priority_field(store, 2025, 2, True, "Otrygghet vid Grimstatorget")
    out = make_yearly_report(store, 2025, tmp_path / "ar.pdf")
    text = text_of(out)
    assert "Lokal lägesbild" in text and "Hässelby-Vällingby" in text and "Årssammanställning 2025" in text
    assert "Framtagen 2026-11-26" in text
    assert "Tabell 1" in text and "Kritiskt läge" in text and "Tabell 2" in text
    # Per area: weeks assessed, mean, weeks at each grade, highest and when, last year, change.
    summary = text.split("Tabell 3. Sammanställning per område")[1]
    grimsta = row(summary, "Grimsta")
    assert grimsta[:8] == ["Grimsta", "4", "3,00", "1", "0", "2", "0", "1"]
    assert "5" in grimsta and "2,00" in grimsta and "försämrat" in " ".join(grimsta)
    for name in ["Grimsta", "Hässelby gård", "Hässelby strand", "Hässelby villastad", "Kälvesta", "Nälsta",
                 "Råcksta", "Vinsta", "Vällingby"]:
        assert name in summary
    critical = text.split("Tabell 4. Kritiska händelser 2025")[1]
    assert re.search(r"10\s+2025-03-04\s+Grimsta\s+Sprängning", critical) and "Grimstatorget" in critical
    klotter = row(text.split("Tabell 5. Händelser per kategori")[1], "Klotter")
    assert klotter == ["Klotter", "1", "2", "-1", "-50", "%"]
    fields = text.split("Prioriterade samverkansområden")[1]
    assert "[X] Finns behov av särskilda åtgärder" in fields and "Otrygghet vid Grimstatorget" in fields
    assert fields.count("[X]") == 1 and fields.count("[ ]") == 4
    total = pages(out)
    assert f"Sida 1 av {total}" in text and f"Sida {total} av {total}" in text


def test_yearly_grid_has_53_weeks_and_marks_critical_weeks(store, tmp_path):
    record_grade(store, "Vällingby", 2026, 53, 4)
    add_incident(store, area="Vällingby", date="2026-12-29", category="skjutning", severity="kritisk")
    text = text_of(make_yearly_report(store, 2026, tmp_path / "ar.pdf"))
    assert "Tabell 2. Årssammanställning 2026 (53 veckor)" in text
    header = row(text.split("Tabell 2.")[1], "Område")
    assert header[-1] == "53" and len(header) == 54
    assert row(text.split("Tabell 2.")[1], "Vällingby")[-1] == "4•"


def test_area_retired_during_the_years_is_in_its_years_only(store, tmp_path):
    record_grade(store, "Råcksta", 2024, 20, 4)
    areas.retire_area(store, "Råcksta", 2025)
    assert "Råcksta" in text_of(make_yearly_report(store, 2024, tmp_path / "a.pdf")).split("Tabell 2.")[1]
    assert "Råcksta" not in text_of(make_yearly_report(store, 2025, tmp_path / "b.pdf")).split("Tabell 2.")[1]


def test_year_without_data_still_gives_a_valid_report(store, tmp_path):
    out = make_yearly_report(store, 2019, tmp_path / "tom.pdf")
    text = text_of(out)
    assert "Inga bedömningar finns för år 2019." in text and pages(out) >= 5
    assert "Inga kritiska händelser registrerades 2019." in text


def test_weekly_report(store, tmp_path):
    record_grade(store, "Grimsta", 2025, 9, 2)
    record_grade(store, "Grimsta", 2025, 10, 4, "Bränder i källarförråd")
    record_grade(store, "Vinsta", 2025, 10, 1)
    add_incident(store, area="Grimsta", date="2025-03-04", category="brandattentat", severity="allvarlig",
                 place="Grimstavägen")
    set_week_note(store, 2025, 10, "Stadsdelsförvaltningen, Polisen", "Oro i Grimsta efter bränder.")
    text = text_of(make_weekly_report(store, 2025, 10, tmp_path / "v.pdf"))
    assert "Veckorapport vecka 10, 2025" in text and "2025-03-03 – 2025-03-09" in text
    assert "Stadsdelsförvaltningen, Polisen" in text and "Oro i Grimsta efter bränder." in text
    grimsta = " ".join(row(text, "Grimsta"))
    assert "4 Allvarligt läge" in grimsta and "+2 (försämrat)" in grimsta and "Bränder i källarförråd" in grimsta
    assert "ej bedömd" in " ".join(row(text, "Nälsta"))
    assert re.search(r"2025-03-04\s+Grimsta\s+brandattentat\s+allvarlig\s+Grimstavägen", text)


def test_fonts_are_embedded(store, tmp_path):
    out = make_yearly_report(store, 2025, tmp_path / "ar.pdf")
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    used = [line.split() for line in fonts.splitlines()[2:]]
    assert used and all("yes" in columns[-5:-3] for columns in used), fonts


def test_command_line_reports_and_errors(store, tmp_path, capsys):
    store.close()
    out = tmp_path / "v.pdf"
    assert main(["--db", str(store.path), "report", "weekly", "--year", "2025", "--week", "10", "--out",
                 str(out)]) == 0
    text = text_of(out)
    assert "Veckorapport vecka 10, 2025" in text and "2025-03-03 – 2025-03-09" in text
    assert "Inga bedömningar gjordes vecka 10." in text  # this store has no grades in that week
    assert main(["--db", str(store.path), "report", "weekly", "--year", "2025", "--week", "53", "--out",
                 str(out)]) == 2
    assert "Vecka 53 finns inte år 2025" in capsys.readouterr().err
    assert main(["--db", str(store.path), "report", "yearly", "--year", "tjugo", "--out", str(out)]) == 2


def test_nothing_is_printed_outside_the_margins(store, tmp_path):
    """Every word of both reports lies between the 15 mm margins, also with 130 areas and long names."""
    for index in range(40):
        areas.add_area(store, f"Område med ett mycket långt namn nummer {index}", first_year=2025)
    for week in range(1, 53):
        record_grade(store, "Grimsta", 2025, week, 1 + week % 5, "En lång anteckning " * 8)
    add_incident(store, area="Grimsta", date="2025-05-05", category="skjutning", severity="kritisk",
                 place="Torget", description="Beskrivning som är lång " * 10)
    set_priority_field(store, 2025, 3, True, "Kommentar " * 40)
    for pdf in (make_yearly_report(store, 2025, tmp_path / "ar.pdf"),
                make_weekly_report(store, 2025, 19, tmp_path / "v.pdf")):
        html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        margin = 15 / 25.4 * 72 - 0.5  # points, with half a point for rounding
        for page in re.finditer(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', html, re.S):
            width = float(page.group(1))
            for x_min, x_max, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)<',
                                                 page.group(2)):
                assert float(x_min) >= margin and float(x_max) <= width - margin, (pdf.name, word)


def test_long_texts_continue_on_the_next_page_instead_of_stopping_the_report(store, tmp_path):
    long_note = ("Anteckning om läget vid torget " * 140)[:3990] + " SLUT"
    record_grade(store, "Grimsta", 2025, 19, 3, long_note)
    add_incident(store, area="Grimsta", date="2025-05-05", category="skjutning", severity="kritisk",
                 place="Torget", description=("Lång beskrivning " * 250)[:3990] + " SLUTET")
    set_priority_field(store, 2025, 4, True, ("Kommentar om brottsoffer " * 170)[:3990] + " SISTA")
    weekly = text_of(make_weekly_report(store, 2025, 19, tmp_path / "v.pdf"), layout=False)
    yearly = text_of(make_yearly_report(store, 2025, tmp_path / "ar.pdf"), layout=False)
    assert "SLUT" in weekly and "SLUTET" in weekly  # nothing of the texts is lost
    assert "SLUTET" in yearly and "SISTA" in yearly


def test_week_ranges_and_signed_percentages_in_the_summary(store, tmp_path):
    for week in [*range(3, 10), 12, 20, 21]:
        record_grade(store, "Grimsta", 2025, week, 5)
    add_incident(store, area="Grimsta", date="2025-02-03", category="hot", severity="oroande", place="Torget")
    text = text_of(make_yearly_report(store, 2025, tmp_path / "ar.pdf"))
    summary = text[text.index("Sammanställning per område"):]
    assert "5 (v 3–9, 12, 20–21)" in " ".join(row(summary, "Grimsta"))
    assert re.search(r"Totalt\s+1\s+0\s+\+1\s+–", text)


def test_future_year_says_nothing_is_counted_yet(store, tmp_path):
    text = text_of(make_yearly_report(store, 2030, tmp_path / "ar.pdf"), layout=False)
    assert "År 2030 har inte börjat" in text and "Inga bedömningar finns för år 2030." in text
