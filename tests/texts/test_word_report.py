"""The yearly lokal lägesbild as a Word document: read back with python-docx, and opened by LibreOffice,
whose PDF holds the same sections in the same order as the program's own PDF."""

import re
import subprocess
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from lagesbild_desktop import shipped
from tests.conftest import lagesbild, without_contents


def make(year_db, out, *extra):
    done = lagesbild(year_db, "report", "yearly", "--year", "2024", "--out", str(out), *extra)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture
def word(year_db, tmp_path):
    return make(year_db, tmp_path / "lagesbild.docx")


def headings(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_headings_are_words_own_heading_styles_in_the_seeds_order(word):
    document = docx.Document(str(word))
    found = headings(document)
    ones = [text for style, text in found if style == "Heading 1"]
    assert ones == ["Sammantagen bedömning", "Inledning", "Syfte", "Förklaring av lägesbedömningen",
                    "Årssammanställning 2024", "Sammanställning per område", "Beskrivning per område",
                    "Beskrivning av brottsligheten", "Utveckling under året", "Prioriterade samverkansområden",
                    "Åtgärdsplan 2025", "Källor"]
    twos = [text for style, text in found if style == "Heading 2"]
    assert "Grimsta" in twos and "2. Otrygga och brottsutsatta platser" in twos and "Vinsta" not in twos
    # Word's table of contents: a TOC field over levels 1–2
    assert 'TOC \\o "1-2"' in "".join(t.text for t in document.element.body.iter(qn("w:instrText")))


def test_tabell_2_is_a_real_table_with_each_grade_on_its_colour_in_a_landscape_section(word):
    document = docx.Document(str(word))
    fills = {level.value: level.fill.lstrip("#").upper() for level in shipped.scale()}
    grid = next(t for t in document.tables if t.rows[0].cells[0].text == "Område" and len(t.columns) == 53)
    rows = {row.cells[0].text: row for row in grid.rows}
    grimsta = rows["Grimsta"].cells
    for week, grade in enumerate([1, 2, 3, 4, 5, 2], start=10):
        cell = grimsta[week]
        shading = cell._tc.tcPr.find(qn("w:shd"))
        assert cell.text.rstrip("•") == str(grade) and shading.get(qn("w:fill")) == fills[grade], week
    assert grimsta[11].text == "2•"  # the week of the shooting (12 March 2024, week 11)
    assert grimsta[9].text == "" and grimsta[9]._tc.tcPr.find(qn("w:shd")) is None  # not graded
    assert list(rows)[1:4] == ["Grimsta", "Hässelby gård", "Hässelby strand"]
    # The section the grid is in (ended by the first section break after it) is landscape A4; the
    # sections before and after it are portrait.
    after = grid._tbl.getnext()
    while after is not None and after.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None:
        after = after.getnext()
    ending = after.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    size = ending.find(qn("w:pgSz"))
    assert size.get(qn("w:orient")) == "landscape" and int(size.get(qn("w:w"))) > int(size.get(qn("w:h")))
    assert round(int(size.get(qn("w:w"))) / 56.7) == 297
    assert document.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert document.sections[-1].orientation == WD_ORIENT.PORTRAIT


def test_a_comments_paragraphs_and_lists_arrive_as_paragraphs_and_list_items(word):
    document = docx.Document(str(word))
    texts = [(p.style.name, p.text) for p in document.paragraphs]
    start = texts.index(("Heading 2", "2. Otrygga och brottsutsatta platser"))
    part = texts[start:start + 20]
    assert ("Normal", "Fyra öppna drogscener:") in part
    numbered = [text for style, text in part if style == "List Number"]
    assert numbered == ["Hässelby strand (Maltesholmstorget)", "Vällingby centrum", "Råcksta"]
    assert [text for style, text in part if style == "List Bullet"] == ["trygghetsvandringar", "belysning"]
    said = next(p for p in document.paragraphs[start:start + 20] if p.text.startswith("Samverkan sker"))
    assert [(r.text, bool(r.italic), bool(r.bold)) for r in said.runs] == [
        ("Samverkan sker ", False, False), ("varje vecka", True, False), (" med ", False, False),
        ("polisen", False, True), (".", False, False)]
    assert any(p.text.startswith("☒") for p in document.paragraphs[start:start + 20])  # needs measures


def test_the_document_is_a4_swedish_numbered_with_a_header_and_charts_at_300_dpi(word):
    document = docx.Document(str(word))
    first = document.sections[0]
    assert round(first.page_width.mm) == 210 and round(first.page_height.mm) == 297
    assert "Lokal lägesbild" in first.header.paragraphs[0].text
    fields = "".join(t.text for t in first.footer._element.iter(qn("w:instrText")))
    assert "PAGE" in fields and "NUMPAGES" in fields
    styles = zipfile.ZipFile(word).read("word/styles.xml").decode()
    assert re.search(r'<w:rPrDefault>.*?<w:lang w:val="sv-SE"', styles, re.DOTALL)
    pictures = [part for part in document.part.package.parts if part.partname.endswith(".png")]
    assert len(pictures) >= 2
    import io

    from PIL import Image

    for picture in pictures:
        image = Image.open(io.BytesIO(picture.blob))
        assert round(image.info["dpi"][0]) == 300 and image.width > 1500


def test_tables_and_charts_are_numbered_with_captions(word):
    document = docx.Document(str(word))
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    tables = [c for c in captions if c.startswith("Tabell")]
    charts = [c for c in captions if c.startswith("Diagram")]
    assert [int(c.split()[1].rstrip(".")) for c in tables] == list(range(1, len(tables) + 1))
    assert tables[:2] == ["Tabell 1. Förklaring lägesbedömning", "Tabell 2. Årssammanställning 2024 (52 veckor)"]
    assert [int(c.split()[1].rstrip(".")) for c in charts] == list(range(1, len(charts) + 1)) and charts
    # Word's own numbering: each caption's number is a SEQ field, so Word's list of tables can find it.
    fields = ["".join(t.text for t in p._p.iter(qn("w:instrText"))).strip()
              for p in document.paragraphs if p.style.name == "Caption"]
    expected = {f"Tabell {n}.": "SEQ Tabell \\* ARABIC" for n in range(1, len(tables) + 1)}
    expected |= {f"Diagram {n}.": "SEQ Diagram \\* ARABIC" for n in range(1, len(charts) + 1)}
    assert dict(zip([" ".join(c.split()[:2]) for c in captions], fields, strict=True)) == expected


def body_order(text: str, names: list[str]) -> list[int]:
    return [text.index(name) for name in names]


SECTIONS = ["Sammantagen bedömning", "Läget har förbättrats.", "Men inte överallt.", "Inledning", "punkt två",
            "Syfte", "Tabell 1. Förklaring lägesbedömning", "Tabell 2. Årssammanställning 2024",
            "Tabell 3. Sammanställning per område", "Beskrivning per område", "Grimsta hade en orolig vår.",
            "Brottsligheten beskrivs här.", "Tabell 4. Kritiska händelser 2024", "Skott mot entré",
            "Tabell 5. Händelser per kategori", "Diagram 1.", "Diagram 2.", "Prioriterade samverkansområden",
            "Fyra öppna drogscener:", "Maltesholmstorget", "trygghetsvandringar", "Åtgärdsplan 2025",
            "2024-03-01", "Uppföljning av åtgärder 2024", "Källor", "Trygghetsmätningen 2024"]


@pytest.mark.slow
def test_libreoffice_converts_the_word_document_and_its_text_follows_the_pdfs_order(word, year_db, tmp_path):
    out = tmp_path / "lo"
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), str(word)], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0 and (out / "lagesbild.pdf").exists(), done.stderr
    from_word = subprocess.run(["pdftotext", str(out / "lagesbild.pdf"), "-"], capture_output=True, text=True,
                               check=True).stdout
    pdf = make(year_db, tmp_path / "lagesbild.pdf")
    from_pdf = without_contents(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                               check=True).stdout)
    # Word's contents (written by the program, filled by Word on opening) list the headings first: the
    # body follows the contents, which end with the last heading.
    body = from_word[from_word.index("Källor") + len("Källor"):]
    for text in (body, from_pdf):
        places = body_order(text, SECTIONS)
        assert places == sorted(places), [name for name, at in zip(SECTIONS, places, strict=True)]


def test_sections_are_chosen_and_an_unknown_one_is_refused(year_db, tmp_path):
    word = make(year_db, tmp_path / "kort.docx", "--sections", "tabell2,kallor,sammantagen")
    ones = [text for style, text in headings(docx.Document(str(word))) if style == "Heading 1"]
    assert ones == ["Sammantagen bedömning", "Årssammanställning 2024", "Källor"]
    done = lagesbild(year_db, "report", "yearly", "--year", "2024", "--out", str(tmp_path / "x.docx"),
                     "--sections", "tabell2,kartor")
    assert done.returncode == 2 and "kartor" in done.stderr and not (tmp_path / "x.docx").exists()


def test_the_pdfs_contents_give_the_page_each_heading_is_on(year_db, tmp_path):
    pdf = make(year_db, tmp_path / "r.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    listed = {m.group(1).strip(): int(m.group(2)) for m in re.finditer(r"^\s*(\S.*?)\s*(?:\. )+\.?\s*(\d+)\s*$",
                                                                       pages[1], re.MULTILINE)}
    assert len(listed) >= 15 and "Källor" in listed and "Grimsta" in listed
    for heading, page in listed.items():
        assert any(line.strip() == heading for line in pages[page - 1].splitlines()), (heading, page)
