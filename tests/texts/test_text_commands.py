"""`lagesbild text …` as a user types it, the draft of an area's text, and texts travelling between computers."""

import json

import pytest

from lagesbild_desktop.domain.markdown import Item, Paragraph, Run, parse
from lagesbild_desktop.services import exchange, maintenance, measures, year_drafts, year_texts
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.services.incidents import add_incident
from lagesbild_desktop.store import assessments
from tests.conftest import lagesbild, table_dump
from tests.exchange_files import send


def test_set_show_and_list_a_text_from_a_file_and_from_the_command_line(tmp_path):
    db = tmp_path / "t.db"
    source = tmp_path / "inledning.md"
    source.write_text("\ufeffFörsta stycket med **fet** text.\n\n1. ett\n2. två\n", encoding="utf-8")
    done = lagesbild(db, "text", "set", "--year", "2024", "--section", "inledning", "--file", str(source))
    assert done.returncode == 0 and "Inledning 2024: sparad" in done.stdout, done.stderr
    shown = lagesbild(db, "text", "show", "--year", "2024", "--section", "inledning")
    assert shown.stdout == "Första stycket med **fet** text.\n\n1. ett\n2. två\n"
    done = lagesbild(db, "text", "set", "--year", "2024", "--section", "omrade", "--area", "Vinsta", "--text",
                     "Lugnt *hela* året.")
    assert done.returncode == 0, done.stderr
    listed = lagesbild(db, "text", "list", "--year", "2024").stdout.splitlines()
    assert [line.split()[0] for line in listed][:3] == ["sammantagen", "inledning", "syfte"]
    vinsta = next(line for line in listed if '"Vinsta"' in line)
    assert "18 tecken" in vinsta
    assert "standardtext" in next(line for line in listed if line.startswith("prioriterat-3"))
    again = lagesbild(db, "text", "set", "--year", "2024", "--section", "inledning", "--file", str(source))
    assert "oförändrad" in again.stdout
    log = lagesbild(db, "log").stdout
    assert "Områdestext Vinsta 2024" in log and "Inledning 2024" in log
    assert lagesbild(db, "check").returncode == 0


@pytest.mark.parametrize(("args", "said"), [
    (["--section", "okänd", "--text", "x"], "Okänt avsnitt 'okänd'"),
    (["--section", "omrade", "--text", "x"], "ange --area"),
    (["--section", "syfte", "--area", "Vinsta", "--text", "x"], "ta bort --area"),
    (["--section", "omrade", "--area", "Atlantis", "--text", "x"], "Okänt område 'Atlantis'"),
    (["--section", "syfte", "--file", "saknas.md"], "finns inte"),
    (["--section", "syfte", "--text", "Ring 19121212-1212"], "personnummer"),
    (["--section", "syfte", "--text", "x\x1by"], "styrtecken"),
    (["--section", "syfte"], "--file"),
])
def test_bad_input_is_exit_2_with_a_message_and_nothing_stored(tmp_path, args, said):
    db = tmp_path / "t.db"
    assert lagesbild(db, "text", "set", "--year", "2024", "--section", "inledning", "--text", "Före").returncode == 0
    before = table_dump(db)
    done = lagesbild(db, "text", "set", "--year", "2024", *args)
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr
    assert table_dump(db) == before


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    db = tmp_path / "t.db"
    source = tmp_path / "ansi.md"
    source.write_bytes("Lägesbild för året".encode("cp1252"))
    done = lagesbild(db, "text", "set", "--year", "2024", "--section", "syfte", "--file", str(source))
    assert done.returncode == 2 and "UTF-8" in done.stderr


def test_the_draft_holds_the_high_weeks_with_notes_in_date_order_incidents_critical_and_measures(store):
    record_grade(store, "Vinsta", 2024, 30, 4, "Bränder vid torget")
    record_grade(store, "Vinsta", 2024, 3, 3, "Klotter på skolan")
    record_grade(store, "Vinsta", 2024, 12, 2, "Lugnt")
    record_grade(store, "Vinsta", 2024, 20, 5)
    record_grade(store, "Grimsta", 2024, 4, 5, "Inte Vinstas")
    for week, grade in ((3, 4), (12, 4)):
        record_grade(store, "Vinsta", 2023, week, grade)
    add_incident(store, area="Vinsta", date="2024-05-14", category="skjutning", severity="kritisk",
                 place="Vinsta torg", description="Skott mot bil")
    add_incident(store, area="Vinsta", date="2024-02-01", category="klotter", severity="lindrig")
    add_incident(store, area="Vinsta", date="2023-02-01", category="klotter", severity="lindrig")
    add_incident(store, area="Vinsta", date="2023-03-01", category="klotter", severity="lindrig")
    add_incident(store, area="Grimsta", date="2024-02-01", category="brandattentat", severity="kritisk")
    measures.add_measure(store, title="Belysning vid torget", areas=["Vinsta"], responsible=["Polisen"],
                         start="2024-04-01", end="2024-10-31", place="Vinsta torg")
    measures.add_measure(store, title="Annat område", areas=["Grimsta"], responsible=["Polisen"], start="2024-04-01")
    where = year_texts.place(store, 2024, "omrade", "Vinsta")
    blocks = parse(year_drafts.draft(store, where))
    lines = [block.text for block in blocks]
    assert "UTKAST ur årets data" in lines[0] and blocks[0].runs[0].italic
    high = lines[lines.index("Veckor med bedömning 3 eller högre") + 1:lines.index(
        "Bedömningen jämfört med förra året")]
    assert high == ["v 3 (15/1–21/1): 3 – Klotter på skolan", "v 20 (13/5–19/5): 5",
                    "v 30 (22/7–28/7): 4 – Bränder vid torget"]
    assert all(isinstance(block, Item) for block in blocks[2:5])
    assert "Medelbedömningen 2024 var 3,5 mot 4,0 år 2023: läget har förbättrats." in lines
    assert "Klotter: 1 (2023: 2, -1)" in lines and "Skjutning: 1 (2023: 0, +1)" in lines
    assert not any("Brandattentat" in line for line in lines)
    assert "2024-05-14 (v 20) Skjutning: Vinsta torg – Skott mot bil" in lines
    assert lines[-1] == "Belysning vid torget (planerad, 2024-04-01 – 2024-10-31, Vinsta torg)"
    assert isinstance(blocks[lines.index("Åtgärder")], Paragraph)
    assert blocks[lines.index("Åtgärder")].runs == (Run("Åtgärder", bold=True),)


def test_draft_on_the_command_line_prints_it_and_stores_nothing(tmp_path):
    db = tmp_path / "t.db"
    lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "9", "--grade", "4", "--note", "Brand")
    before = table_dump(db)
    done = lagesbild(db, "text", "draft", "--year", "2024", "--area", "Grimsta")
    assert done.returncode == 0 and "v 9 (26/2–3/3): 4 – Brand" in done.stdout
    assert table_dump(db) == before
    assert lagesbild(db, "text", "draft", "--year", "2024").returncode == 2  # --area is needed


def test_texts_travel_and_an_edit_on_both_sides_is_a_conflict(two, tmp_path):
    a, b = two
    year_texts.set_text(a, year_texts.place(a, 2024, "inledning"), "Från a")
    year_texts.set_text(a, year_texts.place(a, 2024, "omrade", "Vinsta"), "Vinsta från a")
    result = send(a, b, tmp_path)
    assert not result.conflicts
    assert year_texts.text(b, year_texts.place(b, 2024, "omrade", "Vinsta")) == "Vinsta från a"
    year_texts.set_text(a, year_texts.place(a, 2024, "inledning"), "a ändrade")
    year_texts.set_text(b, year_texts.place(b, 2024, "inledning"), "b ändrade")
    result = send(a, b, tmp_path, "a2")
    assert [c.ref for c in result.conflicts if "lägesbilden" in c.ref or "Inledning" in c.ref]
    assert year_texts.text(b, year_texts.place(b, 2024, "inledning")) == "b ändrade"
    send(a, b, tmp_path, "a3", choices={"*": "fil"})
    assert year_texts.text(b, year_texts.place(b, 2024, "inledning")) == "a ändrade"
    for store in (a, b):
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems


def test_an_exchange_file_of_the_program_before_the_texts_still_merges(two, tmp_path):
    """Format 3 had no texts: its file is read as one with none."""
    a, b = two
    record_grade(a, "Vinsta", 2024, 5, 3)
    path = tmp_path / "a.json"
    exchange.export_exchange(a, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 3
    del data["records"]["year_text"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = exchange.merge(b, exchange.read_exchange(path))
    assert not result.conflicts
    assert [grade.grade for grade in assessments.for_year(b.conn, 2024)] == [3]
