"""Importing the districts' Excel grids and CSV files: every variant in, every bad file out with its reason."""

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lagesbild_desktop.cli import main
from lagesbild_desktop.services import importing, maintenance
from lagesbild_desktop.services.areas import add_area, retire_area
from lagesbild_desktop.services.assessments import get_grade, record_grade
from lagesbild_desktop.store.assessments import all_rows
from tests.conftest import table_dump
from tests.importing.conftest import write_grid

SAMPLE_FILES = ["arssammanstallning_2023.xlsx", "arssammanstallning_2023_farger.xlsx", "veckobedomningar_2023.csv"]


def stored(store, with_notes=True):
    return {(a.area, a.year, a.week, a.grade) + ((a.note,) if with_notes else ())
            for a in all_rows(store.conn)}


def import_file(store, path, **options):
    grades = importing.read_file(path, year=options.pop("year", None), sheet=options.pop("sheet", None))
    plan = importing.plan(store, grades, path.name, create_areas=options.pop("create_areas", False),
                          mapping=options.pop("mapping", None))
    return plan, importing.apply(store, plan, **options)


def test_the_three_samples_give_the_same_grades_and_the_same_notes(samples, tmp_path):
    from lagesbild_desktop.store.database import open_database

    contents = []
    for name in SAMPLE_FILES:
        store = open_database(tmp_path / f"{name}.db")
        plan, written = import_file(store, samples / name)
        assert written == len(plan.new) > 400 and not plan.changed
        contents.append(stored(store))
        store.close()
    digits, fills_only, csv = contents
    assert {row[:4] for row in digits} == {row[:4] for row in fills_only} == {row[:4] for row in csv}
    assert digits == csv  # comments in the grid are the CSV's notes
    assert any(row[4] for row in digits) and not any(row[4] for row in fills_only)


def test_import_is_audited_as_one_import_with_the_file_name(store, samples):
    entries_before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    import_file(store, samples / "veckobedomningar_2023.csv")
    entries = store.conn.execute("SELECT context, new_value FROM audit_log WHERE entity = 'assessment'").fetchall()
    assert [context for context, _ in entries] == ["import veckobedomningar_2023.csv"]
    logged = json.loads(entries[0][1])["rows"]
    stored = store.conn.execute("SELECT count(*), min(version), max(version) FROM assessments").fetchone()
    assert len(logged) == stored[0] == 430 and stored[1] == stored[2]  # every grade, one version: the entry
    record_grade(store, "Grimsta", 2023, 1, 5)  # an ordinary change after the bulk write chains on
    report = maintenance.check_database(store)
    assert report.ok and report.audit_entries == entries_before + 2, report.problems


@pytest.mark.parametrize("tamper, found", [
    ("UPDATE assessments SET grade = 1 WHERE id = (SELECT max(id) FROM assessments)", "ändrad utanför programmet"),
    ("DELETE FROM assessments WHERE id = (SELECT min(id) FROM assessments WHERE iso_week = 2)",
     "(Grimsta 2023 v2) enligt loggpost"),  # named with its area, though the import's entry lists only ids
    ("UPDATE audit_log SET new_value = replace(new_value, ',5,', ',1,') WHERE entity = 'assessment'",
     "har ändrats i efterhand"),
])
def test_a_grade_changed_behind_an_imports_back_is_found(store, samples, tamper, found):
    import_file(store, samples / "veckobedomningar_2023.csv")
    record_grade(store, "Grimsta", 2023, 1, 5)  # newer than the import: this cell is judged by its own entry
    assert maintenance.check_database(store).ok
    with store.conn:
        store.conn.execute(tamper)
    problems = maintenance.check_database(store).problems
    assert any(found in problem for problem in problems), problems


@pytest.mark.parametrize("header", [lambda w: w, lambda w: str(w), lambda w: f"v{w}", lambda w: f"v.{w}",
                                    lambda w: f"V {w}", lambda w: f"Vecka {w}", lambda w: f"v. {w}"])
def test_week_headers_as_districts_write_them(store, tmp_path, header):
    path = write_grid(tmp_path / "g.xlsx", {"Blad1": {"Grimsta": {1: (2, None), 10: (4, "Bränder")}}},
                      header=header, title="Lägesbild Hässelby-Vällingby 2024")
    import_file(store, path)
    assert stored(store) == {("Grimsta", 2024, 1, 2, ""), ("Grimsta", 2024, 10, 4, "Bränder")}


def test_a_workbook_with_one_sheet_per_year_imports_every_year_or_the_chosen_one(store, tmp_path):
    path = write_grid(tmp_path / "historik.xlsx", {"2022": {"Vinsta": {5: (1, None)}},
                                                   "2023": {"Vinsta": {6: (3, None)}}},
                      title=None, extra_sheets=("Förklaring",))
    import_file(store, path, sheet="2023")
    assert stored(store, with_notes=False) == {("Vinsta", 2023, 6, 3)}
    import_file(store, path)
    assert stored(store, with_notes=False) == {("Vinsta", 2022, 5, 1), ("Vinsta", 2023, 6, 3)}


def test_53_week_year_and_year_given_on_the_command_line(store, tmp_path):
    path = write_grid(tmp_path / "g.xlsx", {"Blad1": {"Nälsta": {53: (5, None)}}}, title=None, weeks=53)
    import_file(store, path, year=2026)
    assert get_grade(store, "Nälsta", 2026, 53).grade == 5


def test_conflicts_are_not_overwritten_without_consent(store, tmp_path, db_path):
    record_grade(store, "Grimsta", 2024, 3, 1, "Lugnt")
    path = write_grid(tmp_path / "g.xlsx", {"2024": {"Grimsta": {3: (4, None), 4: (2, None)}}})
    before = table_dump(db_path)
    with pytest.raises(importing.ImportRefused, match="har redan 1 i databasen, filen säger 4"):
        import_file(store, path)
    assert table_dump(db_path) == before  # not even the new week 4 was written
    plan, written = import_file(store, path, overwrite=True)
    assert written == 2 and get_grade(store, "Grimsta", 2024, 3).grade == 4
    assert get_grade(store, "Grimsta", 2024, 3).note == "Lugnt"  # the file had no note: the old one stays


def test_unknown_areas_are_listed_then_mapped_or_created(store, tmp_path):
    path = write_grid(tmp_path / "g.xlsx", {"2024": {"Vällingby C": {2: (3, None)}, "Nytt område": {2: (1, None)}}})
    with pytest.raises(importing.ImportRefused) as refused:
        import_file(store, path)
    assert "okänt område 'Vällingby C'" in refused.value.message and "'Nytt område'" in refused.value.message
    import_file(store, path, mapping={"Vällingby C": "Vällingby"}, create_areas=True)
    assert get_grade(store, "Vällingby", 2024, 2).grade == 3 and get_grade(store, "Nytt område", 2024, 2).grade == 1


def test_an_area_retired_before_the_year_is_refused(store, tmp_path):
    retire_area(store, "Råcksta", 2024)
    path = write_grid(tmp_path / "g.xlsx", {"2024": {"Råcksta": {2: (3, None)}}})
    with pytest.raises(importing.ImportRefused, match="Råcksta finns inte år 2024"):
        import_file(store, path)


@pytest.mark.parametrize("encoding,separator,bom", [("utf-8", ";", True), ("utf-8", ";", False),
                                                     ("cp1252", ";", False), ("utf-8", ",", False),
                                                     ("cp1252", ",", False)])
def test_csv_in_every_encoding_and_separator(store, tmp_path, encoding, separator, bom):
    text = separator.join(["Område", "År", "Vecka", "Bedömning", "Anteckning"]) + "\r\n"
    text += separator.join(["Hässelby gård", "2024", "7", "3", '"Rån; misshandel, ""grovt"""']) + "\r\n"
    data = ("\ufeff" if bom else "") + text
    path = tmp_path / "long.csv"
    path.write_bytes(data.encode("utf-8-sig" if bom else encoding) if not bom else data[1:].encode("utf-8-sig"))
    import_file(store, path)
    assert stored(store) == {("Hässelby gård", 2024, 7, 3, 'Rån; misshandel, "grovt"')}


grid_cells = st.dictionaries(st.integers(1, 52), st.tuples(st.integers(1, 5), st.one_of(
    st.none(), st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip).filter(bool))), max_size=15)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=st.dictionaries(st.sampled_from(["Grimsta", "Vinsta", "Kälvesta", "Råcksta"]), grid_cells, max_size=4))
def test_generated_grids_come_back_exactly(tmp_path_factory, grid):
    from lagesbild_desktop.domain.personnummer import contains_personal_number
    from lagesbild_desktop.store.database import open_database

    assume(any(grid.values()))
    assume(not any(note and contains_personal_number(note) for cells in grid.values() for _g, note in cells.values()))
    folder = tmp_path_factory.mktemp("grid")
    path = write_grid(folder / "g.xlsx", {"2025": grid})
    store = open_database(folder / "g.db")
    import_file(store, path)
    assert stored(store) == {(area, 2025, week, grade, note or "")
                             for area, cells in grid.items() for week, (grade, note) in cells.items()}
    store.close()


def test_command_line_import_dry_run_and_refusal(tmp_path, db_path, samples, capsys):
    assert main(["--db", str(db_path), "import", str(samples / "arssammanstallning_2023.xlsx"), "--dry-run"]) == 0
    assert "430 nya" in capsys.readouterr().out
    assert store_count(db_path) == 0  # a dry run writes nothing
    assert main(["--db", str(db_path), "import", str(samples / "veckobedomningar_2023.csv")]) == 0
    assert "Importerat: 430" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("Område;År;Vecka;Bedömning\nGrimsta;2023;5;6\n", encoding="utf-8")
    before = table_dump(db_path)
    assert main(["--db", str(db_path), "import", str(bad)]) == 2
    assert "bad.csv, rad 2, kolumn D: '6' är ingen bedömning" in capsys.readouterr().err
    assert table_dump(db_path) == before


def test_added_area_is_found_by_its_current_name(store, tmp_path):
    add_area(store, "Blackeberg", 2020)
    path = write_grid(tmp_path / "g.xlsx", {"2024": {"blackeberg": {2: (2, None)}}})
    import_file(store, path)
    assert get_grade(store, "Blackeberg", 2024, 2).grade == 2


def store_count(path) -> int:
    return len(table_dump(path)["assessments"])


def test_theme_and_palette_fills_are_read_as_their_colours(store, tmp_path):
    """Fills picked from Excel's theme rows (with a tint) or given as an old palette index."""
    from openpyxl import Workbook
    from openpyxl.styles import Color, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "2024"
    sheet.append(["Område", "v1", "v2", "v3", "v4", "v5"])
    sheet.append(["Grimsta"])
    fills = {2: Color(theme=6), 3: Color(theme=9), 4: Color(theme=7), 5: Color(indexed=10),
             6: Color(theme=6, tint=-0.1)}  # the default theme: accent 3 green, accent 6 orange, accent 4 purple
    for column, colour in fills.items():
        sheet.cell(2, column).fill = PatternFill("solid", fgColor=colour)
    book.save(tmp_path / "tema.xlsx")
    import_file(store, tmp_path / "tema.xlsx")
    assert stored(store, with_notes=False) == {("Grimsta", 2024, 1, 1), ("Grimsta", 2024, 2, 3),
                                               ("Grimsta", 2024, 3, 5), ("Grimsta", 2024, 4, 4),
                                               ("Grimsta", 2024, 5, 1)}
    sheet.cell(2, 2).fill = PatternFill("solid", fgColor=Color(theme=4))  # accent 1 blue: no grade
    book.save(tmp_path / "bla.xlsx")
    with pytest.raises(importing.ImportRefused, match="kolumn B: färgen #4F81BD motsvarar ingen bedömning"):
        importing.read_file(tmp_path / "bla.xlsx")


def test_tint_is_computed_as_excel_does():
    from lagesbild_desktop.domain.grid_import import tinted

    assert tinted("#4F81BD", 0.3999) == "#95B3D7"  # "Accent 1, lighter 40 %"
    assert tinted("#C0504D", -0.25) == "#953735"  # "Accent 2, darker 25 %"
    assert tinted("#00B050", 0) == "#00B050"
