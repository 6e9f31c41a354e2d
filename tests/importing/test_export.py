"""Exports open cleanly in a spreadsheet and come back through the import unchanged."""

import csv
import shutil
import subprocess

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from lagesbild_desktop.cli import main
from lagesbild_desktop.services import exporting, importing
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.store.database import open_database
from tests.importing.test_import import SAMPLE_FILES, import_file, stored

FORMULA_NOTES = ["=SUMMA(A1:A3)", "+46 8 123", "-lugnt", "@polisen", "=HYPERLINK(\"http://x\")"]


def round_trip(store, tmp_path, year):
    """Export the year both ways and import each into a fresh database; returns their contents."""
    results = []
    for kind, export in (("xlsx", exporting.export_xlsx), ("csv", exporting.export_csv)):
        path = export(store, year, tmp_path / f"export_{year}.{kind}")
        fresh = open_database(tmp_path / f"fresh_{kind}_{year}.db")
        import_file(fresh, path)
        results.append(stored(fresh))
        fresh.close()
    return results


def test_every_sample_survives_export_and_re_import(samples, tmp_path):
    for name in SAMPLE_FILES:
        folder = tmp_path / name
        folder.mkdir()
        store = open_database(folder / "first.db")
        import_file(store, samples / name)
        original = stored(store)
        assert round_trip(store, folder, 2023) == [original, original]
        store.close()


def test_csv_export_is_the_import_format_byte_for_byte(samples, tmp_path, store):
    import_file(store, samples / "veckobedomningar_2023.csv")
    out = exporting.export_csv(store, 2023, tmp_path / "ut.csv")
    assert out.read_bytes() == (samples / "veckobedomningar_2023.csv").read_bytes()


def test_formula_text_is_neutralised_and_still_comes_back(store, tmp_path):
    for week, note in enumerate(FORMULA_NOTES, start=1):
        record_grade(store, "Grimsta", 2024, week, 2, note)
    csv_text = exporting.export_csv(store, 2024, tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "'=SUMMA(A1:A3)" in csv_text and ";=SUMMA" not in csv_text and "'-lugnt" in csv_text
    book = load_workbook(exporting.export_xlsx(store, 2024, tmp_path / "a.xlsx"))
    long_form = book["Långform"]
    notes = [row[4] for row in long_form.iter_rows(min_row=2, values_only=True)]
    assert notes == FORMULA_NOTES  # the text itself, stored as text
    assert all(long_form.cell(row, 5).data_type == "s" for row in range(2, 2 + len(FORMULA_NOTES)))
    xlsx_back, csv_back = round_trip(store, tmp_path, 2024)
    assert xlsx_back == csv_back == stored(store)


def test_xlsx_has_grid_fills_comments_legend_frozen_header_and_long_form(store, tmp_path):
    record_grade(store, "Vinsta", 2026, 53, 5, "Skottlossning")
    book = load_workbook(exporting.export_xlsx(store, 2026, tmp_path / "g.xlsx"))
    assert book.sheetnames == ["2026", "Förklaring", "Långform"]
    grid = book["2026"]
    assert grid["BB3"].value == "v.53" and grid.freeze_panes == "B4"
    row = next(r for r in range(4, grid.max_row + 1) if grid.cell(r, 1).value == "Vinsta")
    cell = grid.cell(row, 54)
    assert cell.value == 5 and cell.fill.fgColor.rgb.endswith("7030A0") and cell.comment.text == "Skottlossning"
    assert grid.column_dimensions["A"].width >= 12 and grid.column_dimensions["B"].width == 5
    assert [c.value for c in book["Långform"][2]] == ["Vinsta", 2026, 53, 5, "Skottlossning"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.dictionaries(
    st.tuples(st.sampled_from(["Grimsta", "Hässelby strand", "Vällingby"]), st.integers(1, 52)),
    st.tuples(st.integers(1, 5), st.one_of(st.just(""), st.sampled_from(FORMULA_NOTES),
                                           st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                                                   max_size=40).map(str.strip))),
    min_size=1, max_size=25))
def test_generated_years_survive_export_and_re_import(tmp_path_factory, cells):
    from lagesbild_desktop.domain.personnummer import contains_personal_number

    assume(not any(contains_personal_number(note) for _grade, note in cells.values()))
    folder = tmp_path_factory.mktemp("export")
    store = open_database(folder / "first.db")
    for (area, week), (grade, note) in cells.items():
        record_grade(store, area, 2025, week, grade, note)
    assert round_trip(store, folder, 2025) == [stored(store), stored(store)]
    store.close()


def test_libreoffice_reads_back_exactly_the_values_written(store, tmp_path, samples):
    import_file(store, samples / "arssammanstallning_2023.xlsx")
    record_grade(store, "Grimsta", 2023, 30, 2, "=1+1 är ingen formel")
    path = exporting.export_xlsx(store, 2023, tmp_path / "lo.xlsx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (packaging/debian-packages.txt) is needed to check the export"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(tmp_path / "lo"), str(path)], check=True, capture_output=True, timeout=180)
    with (tmp_path / "lo" / "lo-Långform.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    expected = [[area, str(year), str(week), str(grade), note]
                for area, year, week, grade, note in exporting.long_rows(store, 2023)]
    assert rows[0] == ["Område", "År", "Vecka", "Bedömning", "Anteckning"] and rows[1:] == expected
    with (tmp_path / "lo" / "lo-2023.csv").open(encoding="utf-8", newline="") as file:
        grid = list(csv.reader(file, delimiter=";"))
    grimsta = next(row for row in grid if row and row[0] == "Grimsta")
    assert grimsta[30] == "2" and grimsta[1:4] == ["3", "1", "3"]


def test_command_line_export(store, db_path, tmp_path, capsys):
    record_grade(store, "Nälsta", 2024, 9, 3, "Lugnt")
    store.close()
    assert main(["--db", str(db_path), "export", "--year", "2024", "--format", "csv", "--out",
                 str(tmp_path / "ut.csv")]) == 0
    assert "Nälsta;2024;9;3;Lugnt" in (tmp_path / "ut.csv").read_text(encoding="utf-8-sig")
    assert main(["--db", str(db_path), "export", "--year", "2024", "--format", "xlsx", "--out",
                 str(tmp_path / "ut.xlsx")]) == 0
    assert load_workbook(tmp_path / "ut.xlsx")["Långform"]["A2"].value == "Nälsta"
    assert main(["--db", str(db_path), "export", "--year", "2024", "--format", "xlsx", "--out", str(tmp_path)]) == 2
    assert "är en mapp" in capsys.readouterr().err
    assert importing.read_file(tmp_path / "ut.xlsx")[0].note == "Lugnt"


def test_the_long_form_sheet_is_not_mistaken_for_a_grid_and_can_be_read_alone(store, tmp_path):
    record_grade(store, "Grimsta", 2025, 1, 1, "1")  # a long-form row that looks like a week header
    path = exporting.export_xlsx(store, 2025, tmp_path / "a.xlsx")
    assert [(g.area, g.week, g.grade, g.note) for g in importing.read_file(path)] == [("Grimsta", 1, 1, "1")]
    book = load_workbook(path)
    del book["2025"]
    book.save(tmp_path / "bara_langform.xlsx")
    assert [(g.area, g.year, g.week, g.grade) for g in importing.read_file(tmp_path / "bara_langform.xlsx")] == [
        ("Grimsta", 2025, 1, 1)]
