"""The yearly report shows each source's latest period against the same period the year before: the same
numbers in the same rows in the PDF (pdftotext) and in the Word document's table."""

import re
import subprocess

import docx

from lagesbild_desktop.domain.key_figures import format_number
from tests.conftest import lagesbild
from tests.figures.test_figure_commands import BY_HAND, SAMPLE, SOURCE


def test_the_yearly_report_holds_the_comparison_row_by_row_in_both_formats(tmp_path):
    db = tmp_path / "f.db"
    assert lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE).returncode == 0
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    for out in (pdf, word):
        assert lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(out)).returncode == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    caption = re.search(r"Tabell \d+\. Polisen – Compstat/Status\. 2024-01-01–2024-10-31 mot 2023-01-01–2023-10-31",
                        text)
    assert caption is not None
    lines = [line.split() for line in text[caption.end():].splitlines() if line.strip()]
    table = docx.Document(str(word)).tables
    rows = next([[c.text for c in r.cells] for r in t.rows] for t in table if t.rows[0].cells[0].text == "Mått")
    for measure, _group, now, before, change, pct in BY_HAND:
        expected = [format_number(now), format_number(before), f"{'+' if change > 0 else ''}{change}",
                    format_number(pct, 1).replace("−", "-")]
        printed = next(" ".join(line) for line in lines if " ".join(line).startswith(measure))
        assert printed.endswith(" ".join(expected)), (printed, expected)
        assert next(r for r in rows if r[0] == measure)[1:] == expected
    # 401 = 104 + 79 + 218 against 463 = 131 + 87 + 245: -62, -13,4 %
    assert next(" ".join(line) for line in lines if " ".join(line).startswith("Summa brott mot hushåll")).endswith(
        "401 463 -62 -13,4")
    assert "Bedrägeri (urval) ökade med 115 antal, vilket är en ökning med ca 21 procent." in text


def test_a_report_without_key_figures_has_no_such_section(tmp_path):
    db = tmp_path / "f.db"
    lagesbild(db, "record", "--area", "Vinsta", "--year", "2024", "--week", "3", "--grade", "2")
    pdf = tmp_path / "r.pdf"
    assert lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Nyckeltal från andra källor" not in text


def test_the_source_s_series_by_year_is_a_chart_with_its_part_year_marked(tmp_path):
    db = tmp_path / "f.db"
    assert lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE).returncode == 0
    for year, value in ((2021, 600), (2022, 640)):
        done = lagesbild(db, "figures", "add", "--source", SOURCE, "--measure", "Bedrägeri (urval)", "--group",
                         "Brott mot person", "--from", f"{year}-01-01", "--to", f"{year}-12-31", "--value", str(value))
        assert done.returncode == 0, done.stderr
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    for out in (pdf, word):
        assert lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(out), "--sections",
                         "nyckeltal").returncode == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    chart = text[text.index("Diagram 1."):]
    # Bedrägeri is the one measure every year has: 600, 640, then jan–okt 2023 and 2024 (the longest periods).
    for label in ("2021", "2022", "jan–okt 2023", "jan–okt 2024", "600", "640", "552", "667",
                  "del av året (perioden under stapeln)"):
        assert label in chart, label
    captions = [p.text for p in docx.Document(str(word)).paragraphs if p.style.name == "Caption"]
    assert any(c.startswith("Diagram 1. Polisen – Compstat/Status") for c in captions)


def test_the_weekly_report_shows_figures_whose_period_ends_that_week(tmp_path):
    db = tmp_path / "f.db"
    assert lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE).returncode == 0
    texts = {}
    for week in (44, 45):  # 31 October 2024 is in week 44
        out = tmp_path / f"v{week}.pdf"
        assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", str(week), "--out",
                         str(out)).returncode == 0
        texts[week] = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                                     check=True).stdout
    assert "Nyckeltal" in texts[44] and "Polisen – Compstat/Status. 2024-01-01–2024-10-31" in texts[44]
    bedrageri = next(line.split() for line in texts[44].splitlines() if line.strip().startswith("Bedrägeri"))
    assert bedrageri[-4:] == ["667", "552", "+115", "20,8"]
    assert "Nyckeltal" not in texts[45]


def _survey(db) -> None:
    for area, now, then in (("Vinsta", "47", "40"), ("Hässelby gård", "38", "36")):
        for year, value in (("2024", now), ("2023", then)):
            done = lagesbild(db, "figures", "add", "--source", "Trygghetsmätningen", "--measure", "Känner sig otrygga",
                             "--area", area, "--from", year, "--to", year, "--value", value, "--unit", "procent")
            assert done.returncode == 0, done.stderr


def test_sources_and_measures_are_chosen_for_the_report_and_an_unknown_one_is_exit_2(tmp_path):
    db = tmp_path / "f.db"
    assert lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE).returncode == 0
    _survey(db)
    pdf = tmp_path / "r.pdf"
    done = lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(pdf), "--sections", "nyckeltal",
                     "--figure-measure", "Misshandel", "--figure-measure", "Rån mot person")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    printed = [" ".join(line.split()) for line in text.splitlines()]
    assert "Misshandel 288 297 -9 -3,0" in printed and "Rån mot person 37 41 -4 -9,8" in printed
    assert "Summa brott mot person 325 338 -13 -3,8" in printed  # the subtotal of the chosen measures only
    assert "Bedrägeri" not in text and "Trygghetsmätningen" not in text
    done = lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(pdf), "--sections", "nyckeltal",
                     "--figure-source", "Trygghetsmätningen")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Trygghetsmätningen" in text and "Compstat" not in text
    pdf.unlink()
    for option, name, said in (("--figure-source", "Polisen", "Källan 'Polisen' har inga nyckeltal"),
                               ("--figure-measure", "Klotter", "Måttet 'Klotter' finns inte bland nyckeltalen")):
        refused = lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(pdf), option, name)
        assert refused.returncode == 2 and said in refused.stderr
        assert not pdf.exists()


def test_a_share_per_area_is_a_chart_of_its_areas_in_both_formats(tmp_path):
    db = tmp_path / "f.db"
    _survey(db)
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    for out in (pdf, word):
        assert lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(out), "--sections",
                         "nyckeltal").returncode == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    caption = "Diagram 1. Trygghetsmätningen: Känner sig otrygga per område, 2024 och 2023 (procent)"
    assert caption in text
    chart = text[text.index(caption):]
    for label in ("Vinsta", "Hässelby gård", "47", "40", "38", "36"):
        assert label in chart  # drawn as text in the PDF: vector graphics, not a picture
    pictures = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(pictures.strip().splitlines()) == 2  # the header lines only: no picture in the PDF
    document = docx.Document(str(word))
    assert any(p.text.endswith("Trygghetsmätningen: Känner sig otrygga per område, 2024 och 2023 (procent)")
               for p in document.paragraphs)
    assert len(document.inline_shapes) == 1  # Word holds the chart as a picture
