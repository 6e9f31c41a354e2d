"""Variants found in real sheets (from a review with odd files): each read as a person would read it."""

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from lagesbild_desktop.cli import main
from lagesbild_desktop.services import exchange, exporting, importing
from lagesbild_desktop.services.areas import list_areas
from lagesbild_desktop.services.assessments import record_grade
from tests.conftest import table_dump
from tests.importing.test_import import import_file, stored

WEEKS = ["Område", *[f"v{week}" for week in range(1, 11)]]


def workbook(path, sheets: dict[str, list[list]], hidden=(), comments=None, fills=None):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
        for (row, column), (text, author) in (comments or {}).get(name, {}).items():
            sheet.cell(row, column).comment = Comment(text, author)
        for (row, column), colour in (fills or {}).get(name, {}).items():
            sheet.cell(row, column).fill = PatternFill("solid", fgColor=colour)
    book.save(path)
    return path


def test_the_same_area_week_in_two_sheets_is_one_grade_or_a_named_problem(store, tmp_path):
    same = workbook(tmp_path / "same.xlsx", {"2023": [WEEKS, ["Grimsta", 2]], "2023 (2)": [WEEKS, ["Grimsta", 2]]})
    import_file(store, same)
    assert stored(store, with_notes=False) == {("Grimsta", 2023, 1, 2)}
    other = workbook(tmp_path / "other.xlsx", {"2024": [WEEKS, ["Vinsta", 2]], "2024 (2)": [WEEKS, ["Vinsta", 3]]})
    with pytest.raises(importing.ImportRefused, match=r"Vinsta vecka 1 2024 har redan 2 \(blad 2024, rad 2"):
        import_file(store, other)


def test_an_area_week_held_twice_keeps_its_one_note_and_names_two_different_ones(store, tmp_path):
    one = workbook(tmp_path / "one.xlsx", {"2023": [WEEKS, ["Grimsta", 2]], "2023 (2)": [WEEKS, ["Grimsta", 2]]},
                   comments={"2023 (2)": {(2, 2): ("Bränder vid torget", "")}})
    import_file(store, one)
    assert stored(store) == {("Grimsta", 2023, 1, 2, "Bränder vid torget")}
    grid = workbook(tmp_path / "grid.xlsx", {"2024": [WEEKS, ["Vinsta", 2], ["Vinsta", 2]]},
                    comments={"2024": {(2, 2): ("Rån", ""), (3, 2): ("Inbrott", "")}})
    with pytest.raises(importing.ImportRefused, match=r"rad 3, kolumn B: Vinsta står två gånger vecka 1 med olika"):
        import_file(store, grid)
    sheets = workbook(tmp_path / "sheets.xlsx", {"2024": [WEEKS, ["Vinsta", 2]], "2024 (2)": [WEEKS, ["Vinsta", 2]]},
                      comments={"2024": {(2, 2): ("Rån", "")}, "2024 (2)": {(2, 2): ("Inbrott", "")}})
    with pytest.raises(importing.ImportRefused, match=r"har redan en annan anteckning \(blad 2024, rad 2"):
        import_file(store, sheets)
    assert stored(store) == {("Grimsta", 2023, 1, 2, "Bränder vid torget")}


def test_a_mapped_name_and_the_areas_own_name_meet_in_one_area_week(store, tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("Område;År;Vecka;Bedömning;Anteckning\nN;2024;5;2;\nNälsta;2024;5;3;\n", encoding="utf-8")
    with pytest.raises(importing.ImportRefused, match="Nälsta vecka 5 2024 har redan 2"):
        import_file(store, path, mapping={"N": "Nälsta"})


def test_new_areas_spelled_in_two_cases_become_one(store, tmp_path):
    path = tmp_path / "case.csv"
    path.write_text("Område;År;Vecka;Bedömning;Anteckning\nVäster;2024;5;2;\nväster ;2024;6;3;\n", encoding="utf-8")
    import_file(store, path, create_areas=True)
    assert [area.name for area in list_areas(store)].count("Väster") == 1
    assert stored(store, with_notes=False) == {("Väster", 2024, 5, 2), ("Väster", 2024, 6, 3)}


def test_year_option_picks_that_year_from_a_workbook_of_year_sheets(store, tmp_path):
    path = workbook(tmp_path / "years.xlsx", {"2023": [WEEKS, ["Grimsta", 2]], "2024": [WEEKS, ["Grimsta", 4]]})
    import_file(store, path, year=2023)
    assert stored(store, with_notes=False) == {("Grimsta", 2023, 1, 2)}


def test_hidden_sheets_are_left_out_unless_named(store, tmp_path):
    path = workbook(tmp_path / "hidden.xlsx", {"2023": [WEEKS, ["Grimsta", 2]], "gammal 2022": [WEEKS, ["Grimsta", 5]]},
                    hidden=("gammal 2022",))
    import_file(store, path)
    assert stored(store, with_notes=False) == {("Grimsta", 2023, 1, 2)}


def test_legend_above_year_in_corner_and_sheet_name_before_a_title_date(store, tmp_path):
    legend = workbook(tmp_path / "legend.xlsx", {"Blad1": [["Skala:", 1, 2, 3, 4, 5], [2023, *WEEKS[1:]],
                                                           ["Grimsta", 3]]})
    import_file(store, legend)
    dated = workbook(tmp_path / "dated.xlsx", {"2024": [["Uppdaterad 2025-01-08"], WEEKS, ["Vinsta", 1]]})
    import_file(store, dated)
    assert stored(store, with_notes=False) == {("Grimsta", 2023, 1, 3), ("Vinsta", 2024, 1, 1)}


def test_summary_rows_and_remarks_under_the_grid_are_not_areas(store, tmp_path):
    path = workbook(tmp_path / "sum.xlsx", {"2023": [WEEKS, ["Grimsta", 2, 3], ["Vinsta", 3, 3], ["Medel", 2.5, 3],
                                                     [], ["Grön = lugnt"], ["Röd = allvarligt"]]},
                    fills={"2023": {(6, 2): "00B050", (7, 2): "FF0000"}})
    import_file(store, path)
    assert {row[0] for row in stored(store)} == {"Grimsta", "Vinsta"}


def test_comment_author_is_not_part_of_the_note(store, tmp_path):
    path = workbook(tmp_path / "c.xlsx", {"2023": [WEEKS, ["Grimsta", 2]]},
                    comments={"2023": {(2, 2): ("Anna Andersson:\nBrand i skola", "Anna Andersson")}})
    import_file(store, path)
    assert stored(store) == {("Grimsta", 2023, 1, 2, "Brand i skola")}


def test_odd_characters_are_a_named_problem_not_a_crash(store, tmp_path):
    path = workbook(tmp_path / "odd.xlsx", {"2023": [WEEKS, ["Grimsta", "²"]]})
    with pytest.raises(importing.ImportRefused, match="kolumn B: '²' är ingen bedömning"):
        import_file(store, path)


@pytest.mark.parametrize("data", [
    b"Omrade;Ar;Vecka;Bedomning;Anteckning\r\nGrimsta;2023;5;3,0;\r\n",
    "\r\nOmråde\tÅr\tVecka\tBedömning\tAnteckning\r\nGrimsta\t2023\t5\t3\t\r\n".encode("utf-16"),
    "Område;År;Vecka;Bedömning;Anteckning;;;\r\nGrimsta;2023;5;\"3\";;;;\r\n".encode("cp1252"),
])
def test_csv_as_various_programs_save_it(store, tmp_path, data):
    path = tmp_path / "v.csv"
    path.write_bytes(data)
    import_file(store, path)
    assert stored(store, with_notes=False) == {("Grimsta", 2023, 5, 3)}


def test_notes_beginning_with_an_apostrophe_survive_the_csv_round_trip(store, tmp_path):
    record_grade(store, "Grimsta", 2023, 5, 2, "'=inte formel")
    record_grade(store, "Grimsta", 2023, 6, 2, "'citat")
    path = exporting.export_csv(store, 2023, tmp_path / "e.csv")
    plan = importing.plan(store, importing.read_file(path), path.name)
    assert not plan.changed and len(plan.unchanged) == 2


def test_dry_run_names_unknown_areas_and_says_the_import_would_be_refused(db_path, tmp_path, capsys):
    path = tmp_path / "u.csv"
    path.write_text("Område;År;Vecka;Bedömning;Anteckning\nVäster;2024;5;2;\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(path), "--dry-run"]) == 2
    out = capsys.readouterr().out
    assert "okänt område: Väster" in out and "skulle avvisas" in out


def test_options_that_do_not_apply_to_an_exchange_file_are_refused(store, db_path, tmp_path, capsys):
    path = exchange.export_exchange(store, tmp_path / "x.json")
    store.close()
    from lagesbild_desktop.store.database import open_database

    other = tmp_path / "other.db"
    open_database(other).close()
    before = table_dump(other)
    assert main(["--db", str(other), "import", str(path), "--overwrite"]) == 2
    assert "--overwrite gäller inte en utbytesfil" in capsys.readouterr().err
    assert table_dump(other) == before


def test_a_note_that_already_holds_a_replacement_character_comes_back_in(store, tmp_path):
    """Earlier versions stored unreadable bytes as U+FFFD; the program's own CSV of such a note reads back."""
    path = tmp_path / "ff.csv"
    path.write_text("Område;År;Vecka;Bedömning;Anteckning\nGrimsta;2023;5;2;Br\ufffdnder\n", encoding="utf-8-sig")
    import_file(store, path)
    assert stored(store) == {("Grimsta", 2023, 5, 2, "Br\ufffdnder")}

