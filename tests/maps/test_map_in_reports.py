"""The map in the reports: the yearly report's "Karta" (the year's mean, vector drawing in the PDF, a
picture in Word) and the weekly report's map of the week; no map without boundaries."""

import subprocess

import docx

from tests.conftest import lagesbild, without_contents
from tests.maps.geo import three_areas, write


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def graded(tmp_path, with_boundaries: bool = True):
    db = tmp_path / "k.db"
    for week, grade in ((10, 2), (11, 3)):
        assert lagesbild(db, "record", "--area", "Vinsta", "--year", "2024", "--week", str(week), "--grade",
                         str(grade)).returncode == 0
    done = lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "11", "--grade", "5")
    assert done.returncode == 0
    if with_boundaries:
        done = lagesbild(db, "areas", "boundaries", str(write(tmp_path / "g.geojson", three_areas())))
        assert done.returncode == 0, done.stderr
    return db


def test_the_yearly_report_has_the_year_s_mean_on_a_map_in_both_formats(tmp_path):
    db = graded(tmp_path)
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    for out in (pdf, word):
        done = lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(out), "--sections", "karta")
        assert done.returncode == 0, done.stderr
    text = without_contents(text_of(pdf))
    chart = text[text.index("Medelbedömning 2024 per område"):]
    for seen in ("2,5", "Vinsta", "5,0", "Grimsta", "Vällingby", "3 Oroande läge (medel 2,5–3,4)"):
        assert seen in chart  # drawn as text: the map is vector graphics
    pictures = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(pictures.strip().splitlines()) == 2  # no picture in the PDF
    document = docx.Document(str(word))
    assert "Karta" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(document.inline_shapes) == 1


def test_the_weekly_report_has_the_week_s_map(tmp_path):
    db = graded(tmp_path)
    pdf = tmp_path / "v.pdf"
    assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", "11", "--out", str(pdf)).returncode == 0
    text = text_of(pdf)
    assert "Karta vecka 11" in text
    chart = text[text.index("Karta vecka 11"):]
    assert "Grimsta" in chart and "5 Kritiskt läge" in chart and "ingen bedömning" in chart


def test_without_boundaries_no_report_has_a_map(tmp_path):
    db = graded(tmp_path, with_boundaries=False)
    pdf, weekly = tmp_path / "r.pdf", tmp_path / "v.pdf"
    assert lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(pdf)).returncode == 0
    assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", "11", "--out", str(weekly)).returncode == 0
    assert "Karta" not in text_of(pdf) and "Karta" not in text_of(weekly)
