"""A corpus of bad files: each is refused with a message naming the file and its problem, and nothing changes."""

import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from lagesbild_desktop.cli import main
from lagesbild_desktop.services.areas import retire_area
from lagesbild_desktop.services.assessments import record_grade
from tests.conftest import table_dump
from tests.importing.conftest import write_grid

HEADER = "Område;År;Vecka;Bedömning;Anteckning\n"


def csv(body: str, header: str = HEADER):
    def make(path):
        path = path.with_suffix(".csv")
        path.write_text(header + body, encoding="utf-8")
        return path
    return make


def raw(data: bytes, suffix: str):
    def make(path):
        path = path.with_suffix(suffix)
        path.write_bytes(data)
        return path
    return make


def sheet(rows: list[list], *, fills: dict[tuple[int, int], str] | None = None,
          comments: dict[tuple[int, int], str] | None = None, name: str = "2023"):
    """A workbook with one sheet of these rows (fills and comments by 1-based row, column)."""
    def make(path):
        path = path.with_suffix(".xlsx")
        book = Workbook()
        worksheet = book.active
        worksheet.title = name
        for row in rows:
            worksheet.append(row)
        for (row, column), colour in (fills or {}).items():
            worksheet.cell(row, column).fill = PatternFill("solid", fgColor=colour)
        for (row, column), text in (comments or {}).items():
            worksheet.cell(row, column).comment = Comment(text, "x")
        book.save(path)
        return path
    return make


def grid(**options):
    return lambda path: write_grid(path.with_suffix(".xlsx"), **options)


def truncated(path):
    whole = write_grid(path.with_suffix(".xlsx"), sheets={"2023": {"Grimsta": {1: (2, None)}}})
    whole.write_bytes(whole.read_bytes()[:900])
    return whole


def zip_without_workbook(path):
    path = path.with_suffix(".xlsx")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "inte en arbetsbok")
    return path


WEEKS = ["Område"] + [f"v.{week}" for week in range(1, 53)]
BAD = {
    "csv grade 6": (csv("Grimsta;2023;5;6;\n"), "rad 2, kolumn D: '6' är ingen bedömning"),
    "csv grade 0": (csv("Grimsta;2023;5;0;\n"), "'0' är ingen bedömning"),
    "csv grade in words": (csv("Grimsta;2023;5;tre;\n"), "'tre' är ingen bedömning"),
    "csv week 53 in a 52-week year": (csv("Grimsta;2023;53;2;\n"), "vecka 53 finns inte år 2023"),
    "csv week 0": (csv("Grimsta;2023;0;2;\n"), "vecka 0 finns inte år 2023"),
    "csv week as text": (csv("Grimsta;2023;v5;2;\n"), "'v5' är ingen vecka"),
    "csv year as text": (csv("Grimsta;tjugotre;5;2;\n"), "'tjugotre' är inget år"),
    "csv area missing": (csv(";2023;5;2;\n"), "kolumn A: områdesnamn saknas"),
    "csv area twice with different grades": (csv("Grimsta;2023;5;2;\nGrimsta;2023;5;3;\n"),
                                             "står redan på rad 2 med en annan bedömning"),
    "csv area twice with different notes": (csv("Grimsta;2023;5;2;Bränder\nGrimsta;2023;5;2;Rån\n"),
                                            "står redan på rad 2 med en annan anteckning"),
    "csv neither UTF-8 nor Windows-1252": (raw(HEADER.encode("cp1252") + b"Grimsta;2023;5;2;Br\x81nder\n", ".csv"),
                                           "rad 2: tecken som inte går att läsa"),
    "csv byte-order mark then Windows-1252": (raw(b"\xef\xbb\xbf" + HEADER.encode("utf-8") +
                                                  "Grimsta;2023;5;2;Bränder\n".encode("cp1252"), ".csv"),
                                              "rad 2: tecken som inte går att läsa"),
    "csv personal number": (csv("Grimsta;2023;5;2;Gäller 19121212-1212\n"), "personnummer"),
    "csv wrong header": (csv("Grimsta;2023;5;2;\n", header="Namn;Year;Week;Grade\n"), "rubrikerna ska vara"),
    "csv too few columns": (csv("Grimsta;2023;5\n"), "för få kolumner"),
    "csv header only": (csv(""), "filen innehåller inga bedömningar"),
    "empty file": (raw(b"", ".csv"), "filen är tom"),
    "binary named csv": (raw(b"\x00\x01\x02garbage\x00", ".csv"), "inte en textfil"),
    "csv unknown area": (csv("Vällingbyy;2023;5;2;\n"), "okänt område 'Vällingbyy'"),
    "csv retired area": (csv("Råcksta;2023;5;2;\n"), "Råcksta finns inte år 2023"),
    "grid grade 6": (sheet([WEEKS, ["Grimsta", 6]]), "kolumn B: bedömningen 6 ligger utanför skalan"),
    "grid text for a grade": (sheet([WEEKS, ["Grimsta", "hög"]]), "'hög' är ingen bedömning"),
    "grid half grade": (sheet([WEEKS, ["Grimsta", 2.5]]), "'2.5' är ingen bedömning"),
    "grid week 53 in a 52-week year": (sheet([WEEKS + ["v.53"], ["Grimsta"] + [None] * 52 + [3]]),
                                       "kolumn BB: vecka 53 finns inte år 2023"),
    "grid repeated week header": (sheet([["Område", "v.1", "v.2", "v.2", "v.3"], ["Grimsta", 1, 2, 2, 3]]),
                                  "vecka 2 står två gånger i rubriken"),
    "grid area twice with different grades": (sheet([WEEKS, ["Grimsta", 1], ["Grimsta", 2]]),
                                              "Grimsta står två gånger med olika bedömning vecka 1"),
    "grid comment with personal number": (sheet([WEEKS, ["Grimsta", 1]], comments={(2, 2): "19121212-1212"}),
                                          "kommentaren innehåller ett personnummer"),
    "grid colour matching no grade": (sheet([WEEKS, ["Grimsta", None]], fills={(2, 2): "0000FF"}),
                                      "färgen #0000FF motsvarar ingen bedömning"),
    "grid without a week header": (sheet([["Område", "Bedömning"], ["Grimsta", 2]]),
                                   "inget blad med ett rutnät"),
    "grid without a year": (sheet([WEEKS, ["Grimsta", 2]], name="Blad1"), "ange --year"),
    "grid grades without an area": (sheet([WEEKS, [None, 2]]), "bedömningar utan områdesnamn"),
    "grid unknown area": (grid(sheets={"2023": {"Vällingby C": {1: (2, None)}}}), "okänt område 'Vällingby C'"),
    "truncated xlsx": (truncated, "ingen läsbar Excel-arbetsbok"),
    "password-protected xlsx": (raw(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xlsx"), "lösenordsskyddad"),
    "text file named xlsx": (raw(b"Omr\xc3\xa5de;v1\nGrimsta;2\n", ".xlsx"), "heter .xlsx men är ingen Excel"),
    "zip that is no workbook": (zip_without_workbook, "ingen läsbar Excel-arbetsbok"),
    "empty xlsx": (raw(b"", ".xlsx"), "filen är tom"),
}


@pytest.fixture
def database(db_path):
    from lagesbild_desktop.store.database import open_database

    store = open_database(db_path)
    record_grade(store, "Grimsta", 2023, 5, 1, "Lugnt")
    retire_area(store, "Råcksta", 2023)
    store.close()
    return db_path


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_bad_file_is_refused_with_its_problem_and_nothing_changes(case, database, tmp_path, capsys):
    make, expected = BAD[case]
    path = make(tmp_path / "dålig_fil")
    before = table_dump(database)
    assert main(["--db", str(database), "import", str(path)]) == 2
    error = capsys.readouterr().err
    assert path.name in error and expected in error, error
    assert table_dump(database) == before


def test_a_missing_sheet_is_named(database, tmp_path, capsys):
    path = write_grid(tmp_path / "g.xlsx", {"2023": {"Grimsta": {1: (2, None)}}})
    assert main(["--db", str(database), "import", str(path), "--sheet", "2024"]) == 2
    assert "bladet '2024' finns inte (bladen heter 2023)" in capsys.readouterr().err
