"""`lagesbild figures …` as a user types it, with a Compstat-like table in both layouts whose change and
per cent are computed by hand; bad input refused with nothing stored; figures travelling."""

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from lagesbild_desktop.services import key_figures, maintenance
from tests.conftest import lagesbild, table_dump
from tests.exchange_files import send

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "compstat_jan-okt_2024.xlsx"
SOURCE = "Polisen – Compstat/Status"
# By hand, Jan–Oct 2024 against Jan–Oct 2023 (the sample's made-up figures):
BY_HAND = [("Inbrott i bostad", "Brott mot hushåll", 104, 131, -27, -20.6),  # -27/131 = -20.61 %
           ("Inbrott i källare/vind", "Brott mot hushåll", 79, 87, -8, -9.2),  # -8/87 = -9.20 %
           ("Stöld av/ur motorfordon", "Brott mot hushåll", 218, 245, -27, -11.0),
           ("Misshandel", "Brott mot person", 288, 297, -9, -3.0),
           ("Rån mot person", "Brott mot person", 37, 41, -4, -9.8),  # -4/41 = -9.76 %
           ("Bedrägeri (urval)", "Brott mot person", 667, 552, 115, 20.8),  # 115/552 = 20.83 %
           ("Mord/dråp, försök", "Brott mot person", 1, 5, -4, -80.0),
           ("Skadegörelse", "Brott mot person", 381, 402, -21, -5.2)]


def compared(db, source=SOURCE):
    done = lagesbild(db, "figures", "compare", "--source", source, "--from", "2024-01-01", "--to", "2024-10-31",
                     "--json")
    assert done.returncode == 0, done.stderr
    return [(r["measure"], r["group"], r["value"], r["previous"], r["change"], r["change_pct"])
            for r in json.loads(done.stdout)]


def test_the_wide_compstat_table_is_previewed_imported_and_compared(tmp_path):
    db = tmp_path / "f.db"
    made(db)
    dry = lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE, "--dry-run")
    assert dry.returncode == 0 and "16 nya" in dry.stdout and "Nya grupper: Brott mot hushåll" in dry.stdout
    assert key_figures_count(db) == 1  # the one made first
    done = lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE)
    assert done.returncode == 0 and "16 nya" in done.stdout, done.stderr
    assert compared(db) == BY_HAND
    again = lagesbild(db, "figures", "import", str(SAMPLE), "--source", SOURCE)
    assert "0 nya, 0 ändrade, 16 oförändrade" in again.stdout
    text = lagesbild(db, "figures", "compare", "--source", SOURCE, "--from", "2024-01-01", "--to", "2024-10-31")
    assert "Summa brott mot hushåll" in text.stdout and "+115" in text.stdout and "20,8" in text.stdout
    assert lagesbild(db, "check").returncode == 0
    assert "16 nyckeltal" in lagesbild(db, "log", "--limit", "1").stdout


def made(db) -> None:
    """A database with one figure of another source (the commands below must leave it as it is)."""
    done = lagesbild(db, "figures", "add", "--source", "Tyck till", "--measure", "Klotter", "--from", "2024-01-01",
                     "--to", "2024-06-30", "--value", "5")
    assert done.returncode == 0, done.stderr


def key_figures_count(db) -> int:
    return len(table_dump(db).get("key_figures", []))


def test_the_same_table_in_the_long_form_as_swedish_excel_saves_csv(tmp_path):
    db = tmp_path / "f.db"
    lines = ["Mått;Grupp;Område;Från;Till;Värde;Enhet"]
    for measure, group, now, before, _change, _pct in BY_HAND:
        lines.append(f"{measure};{group};;2024-01-01;2024-10-31;{now};antal")
        lines.append(f"{measure};{group};;2023-01-01;2023-10-31;{before};antal")
    lines.append("Andel otrygga kvällstid;;Hässelby gård;2024-01-01;2024-12-31;47,0;procent")
    path = tmp_path / "compstat.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    done = lagesbild(db, "figures", "import", str(path), "--source", SOURCE)
    assert done.returncode == 0, done.stderr
    assert compared(db) == BY_HAND
    listed = json.loads(lagesbild(db, "figures", "list", "--year", "2024", "--json").stdout)
    share = next(f for f in listed if f["area"] == "Hässelby gård")
    assert share == {"source": SOURCE, "measure": "Andel otrygga kvällstid", "group": "", "area": "Hässelby gård",
                     "from": "2024-01-01", "to": "2024-12-31", "value": 47.0, "unit": "procent"}


def bad_sheet(tmp_path, rows) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "dålig.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(("rows", "said"), [
    ([["Mått", "2023", "2024"], ["Rån", 3, "tolv"]], "kolumn C: värdet 'tolv' är inget tal"),
    ([["Mått", "Område", "Från", "Till", "Värde", "Enhet"], ["Andel", "", "2024-01-01", "2024-12-31", 120, "procent"]],
     "andelen 120 % ligger utanför 0–100"),
    ([["Mått", "Från", "Till", "Värde"], ["Rån", "2024-10-31", "2024-01-01", 3]], "slutar före sin början"),
    ([["Mått", "Område", "Från", "Till", "Värde"], ["Rån", "Atlantis", "2024-01-01", "2024-10-31", 3]],
     "okänt område 'Atlantis'"),
    ([["Mått", "Från", "Till", "Värde"], ["Rån", "2024-01-01", "2024-10-31", 3],
      ["Rån", "2024-01-01", "2024-10-31", 4]], "står två gånger med olika värden (3 och 4)"),
])
def test_bad_input_in_a_file_is_exit_2_one_line_each_and_nothing_stored(tmp_path, rows, said):
    db = tmp_path / "f.db"
    made(db)
    before = table_dump(db)
    done = lagesbild(db, "figures", "import", str(bad_sheet(tmp_path, rows)), "--source", "Egen räkning")
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr
    assert table_dump(db) == before


@pytest.mark.parametrize(("extra", "said"), [
    (["--value", "tolv"], "inget tal"),
    (["--value", "101", "--unit", "procent"], "utanför 0–100"),
    (["--value", "3", "--unit", "styck"], "enheten 'styck' är okänd"),
    (["--value", "3", "--area", "Atlantis"], "Okänt område 'Atlantis'"),
])
def test_bad_input_on_the_command_line_is_exit_2_and_nothing_stored(tmp_path, extra, said):
    db = tmp_path / "f.db"
    made(db)
    before = table_dump(db)
    done = lagesbild(db, "figures", "add", "--source", "Tyck till", "--measure", "Klotter", "--from", "2024-01-01",
                     "--to", "2024-06-30", *extra)
    assert done.returncode == 2 and said in done.stderr
    assert table_dump(db) == before
    reversed_period = lagesbild(db, "figures", "add", "--source", "Tyck till", "--measure", "Klotter", "--from",
                                "2024-06-30", "--to", "2024-01-01", "--value", "3")
    assert reversed_period.returncode == 2 and "slutar före sin början" in reversed_period.stderr


def test_figures_and_a_new_source_travel_and_a_value_changed_on_both_sides_is_a_conflict(two, tmp_path):
    a, b = two
    key_figures.add_figure(a, source="Länsstyrelsen", measure="Bilbränder", start="2024-01-01", end="2024-06-30",
                           value=12)
    result = send(a, b, tmp_path)
    assert not result.conflicts
    assert [(f.source, f.measure, f.value) for f in key_figures.figures(b)] == [("Länsstyrelsen", "Bilbränder", 12)]
    assert "Länsstyrelsen" in key_figures.sources(b)
    key_figures.add_figure(a, source="Länsstyrelsen", measure="Bilbränder", start="2024-01-01", end="2024-06-30",
                           value=13)
    key_figures.add_figure(b, source="Länsstyrelsen", measure="Bilbränder", start="2024-01-01", end="2024-06-30",
                           value=14)
    result = send(a, b, tmp_path, "a2")
    assert [c.ref for c in result.conflicts if "Bilbränder" in c.ref]
    send(a, b, tmp_path, "a3", choices={"*": "fil"})
    assert [f.value for f in key_figures.figures(b)] == [13]
    for store in (a, b):
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems
