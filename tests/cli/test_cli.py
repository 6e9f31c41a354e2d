"""The command line: every capability, Swedish one-line errors, exit codes, nothing written on error."""

import json
import subprocess
import sys

import pytest

from lagesbild_desktop.cli import main
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump


@pytest.fixture
def cli(db_path, capsys):
    def run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    open_database(db_path).close()
    return run


def test_record_then_summary_json(cli):
    assert cli("record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "4",
               "--note", "ungdomsgrupper")[0] == 0
    cli("record", "--area", "Vällingby", "--year", "2023", "--week", "10", "--grade", "2")
    code, out, _ = cli("summary", "--year", "2024", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["year"] == 2024 and data["district"] == "Hässelby-Vällingby"
    vallingby = next(a for a in data["areas"] if a["area"] == "Vällingby")
    assert set(vallingby) == {"area", "year", "weeks_in_year", "weeks_considered", "weeks_assessed",
                              "weeks_missing", "mean", "counts", "highest", "highest_weeks", "previous_mean",
                              "change", "trend"}
    assert vallingby["counts"] == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0}
    assert (vallingby["mean"], vallingby["previous_mean"], vallingby["change"], vallingby["trend"]) == (
        4.0, 2.0, 2.0, "försämrat")


def test_summary_text_uses_decimal_comma(cli):
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "2", "--grade", "3")
    code, out, _ = cli("summary", "--year", "2024")
    line = next(row for row in out.splitlines() if row.startswith("Grimsta"))
    assert code == 0 and "2,50" in line


def test_db_option_works_after_the_subcommand(db_path, capsys):
    assert main(["areas", "add", "Ängby", "--db", str(db_path)]) == 0
    assert "Ny databas skapad" in capsys.readouterr().err
    assert main(["areas", "list", "--db", str(db_path)]) == 0
    assert "Ängby" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["check"], ["summary", "--year", "2024"], ["areas", "list"], ["log"]])
def test_reading_a_missing_database_is_an_error_not_a_new_file(tmp_path, capsys, command):
    missing = tmp_path / "felstavad.db"
    assert main(["--db", str(missing), *command]) == 2
    assert "finns inte" in capsys.readouterr().err
    assert not missing.exists()


def test_empty_db_path_is_refused(capsys):
    assert main(["--db", "", "check"]) == 2
    assert "--db saknar sökväg" in capsys.readouterr().err


def test_arguments_that_are_not_utf8_are_refused(cli):
    code, _, err = cli("record", "--area", "V\udce4llingby", "--year", "2024", "--week", "1", "--grade", "2")
    assert code == 2 and "UTF-8" in err


def test_record_without_note_keeps_the_note(cli):
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "3", "--note", "Skjutning")
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "4")
    assert "4 «Skjutning»" in cli("log", "--limit", "1")[1]
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "4", "--note", "")
    assert "Skjutning» → 4\t" in cli("log", "--limit", "1")[1]


def test_area_order_puts_an_area_first_and_back(cli):
    assert cli("areas", "order", "Vällingby", "1")[0] == 0
    assert cli("areas", "list")[1].splitlines()[0].startswith("Vällingby")
    assert cli("areas", "order", "Vällingby", "auto")[0] == 0
    assert cli("areas", "list")[1].splitlines()[-1].startswith("Vällingby")
    assert cli("areas", "order", "Vällingby", "noll")[0] == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["record", "--area", "Atlantis", "--year", "2024", "--week", "1", "--grade", "2"], "Okänt område"),
        (["record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "0"], "Ogiltig bedömning"),
        (["record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "6"], "Ogiltig bedömning"),
        (["record", "--area", "Grimsta", "--year", "2023", "--week", "53", "--grade", "2"], "Vecka 53"),
        (["record", "--area", "Grimsta", "--year", "2024", "--week", "tio", "--grade", "2"], "tio"),
        (["record", "--area", "Grimsta", "--year", "år", "--week", "1", "--grade", "2"], "år"),
        (["record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2",
          "--note", "19121212-1212 greps"], "personnummer"),
        (["record", "--area", "Grimsta", "--year", "2024", "--week", "1"], "--grade"),
        (["record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2", "--bogus"], "okända"),
        (["incident", "add", "--area", "Vinsta", "--date", "2024-13-01", "--category", "våld",
          "--severity", "lindrig"], "Ogiltigt datum"),
        (["incident", "add", "--area", "Vinsta", "--date", "2024-01-01", "--category", "ufo",
          "--severity", "lindrig"], "Giltiga kategorier"),
        (["incident", "add", "--area", "Vinsta", "--date", "2024-01-01", "--category", "våld",
          "--severity", "5"], "allvarlighetsgrad"),
        (["areas", "retire", "Grimsta", "--from-year", "tjugo"], "tjugo"),
        (["areas", "rename", "Grimsta", "Vinsta"], "finns redan"),
        (["summary", "--year", "x"], "x"),
        (["incident", "delete", "77"], "ingen händelse"),
        (["incident", "delete", "99999999999999999999999"], "ingen händelse"),
        (["bogus"], "ogiltigt val"),
    ],
)
def test_bad_input_exit_2_one_swedish_line_nothing_changed(cli, db_path, args, words):
    before = table_dump(db_path)
    code, out, err = cli(*args)
    assert code == 2
    last_line = err.strip().splitlines()[-1]
    assert words in last_line, err
    assert "Traceback" not in err
    assert table_dump(db_path) == before


def test_personal_data_can_be_explicitly_allowed(cli):
    code, out, _ = cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2",
                       "--note", "19121212-1212", "--allow-personal-data")
    assert code == 0 and "Sparat" in out


def test_incident_add_list_delete(cli):
    code, out, _ = cli("incident", "add", "--area", "Vällingby", "--date", "2024-10-22", "--category", "skjutning",
                       "--severity", "kritisk", "--place", "Vällingby centrum", "--description", "skott avlossade")
    assert code == 0 and "vecka 43" in out
    code, out, _ = cli("incident", "list", "--year", "2024", "--week", "43")
    assert "Vällingby centrum" in out and "kritisk" in out
    number = out.split("\t")[0]
    assert cli("incident", "delete", number)[0] == 0
    assert "Inga händelser" in cli("incident", "list", "--year", "2024")[1]


def test_areas_commands(cli):
    assert cli("areas", "add", "Maltesholm", "--first-year", "2024")[0] == 0
    assert cli("areas", "rename", "Maltesholm", "Maltesholmstorget")[0] == 0
    assert cli("areas", "retire", "Maltesholmstorget", "--from-year", "2026")[0] == 0
    out = cli("areas", "list")[1]
    assert "Maltesholmstorget\t2024–2025" in out
    assert "Maltesholmstorget" not in cli("areas", "list", "--year", "2026")[1]


def test_check_backup_restore(cli, tmp_path, db_path):
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    code, out, _ = cli("check")
    assert code == 0 and out.startswith("OK")
    backup = tmp_path / "kopia.db"
    assert cli("backup", "--out", str(backup))[0] == 0
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "5")
    code, out, _ = cli("restore", str(backup))
    assert code == 0 and "ersatta" in out
    assert json.loads(cli("summary", "--year", "2024", "--json")[1])["areas"][0]["counts"]["2"] == 1
    logged = cli("log", "--limit", "2")[1]  # the restore names the backup and the file kept aside (and the new id)
    assert "Databasen återställd" in logged and "→ kopia.db" in logged and ".ersatt-" in logged


def test_check_fails_and_names_the_entry_after_tampering(cli, db_path):
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    subprocess.run(["sqlite3", str(db_path), "UPDATE audit_log SET os_user = 'mallory' WHERE id = 10"], check=True)
    code, out, _ = cli("check")
    assert code == 1
    assert "loggpost 10 har ändrats" in out


def test_refused_database_exit_3(tmp_path, capsys):
    bad = tmp_path / "trasig.db"
    bad.write_text("hej")
    assert main(["--db", str(bad), "check"]) == 3
    err = capsys.readouterr().err
    assert "kan inte användas" in err and len(err.strip().splitlines()) == 1
    assert bad.read_text() == "hej"


def test_installed_console_script_runs(db_path):
    open_database(db_path).close()
    script = [sys.executable, "-m", "lagesbild_desktop", "--db", str(db_path), "record", "--area", "Vinsta",
              "--year", "2024", "--week", "3", "--grade", "9"]
    result = subprocess.run(script, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == "lagesbild: Ogiltig bedömning '9': ange en siffra 1–5"


def test_log_shows_who_changed_what_in_plain_words(cli):
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2", "--note", "lugnt")
    cli("record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "4")
    code, out, _ = cli("log", "--limit", "2")
    newest, older = out.splitlines()
    assert code == 0
    assert "Grimsta 2024 v1 ändrad: 2 «lugnt» → 4" in newest
    assert "Grimsta 2024 v1 skapad: – → 2 «lugnt»" in older


def test_help_is_swedish_throughout(capsys):
    from lagesbild_desktop.cli import main

    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("användning: lagesbild") and "visa programmets version" in text
    assert not {"usage", "show", "options", "positional"} & set(text.replace(":", " ").split()), text


def test_a_read_only_command_on_a_missing_default_database_creates_nothing(tmp_path, monkeypatch, capsys):
    """A scheduled backup under another account must fail, not back up a new, empty database."""
    from lagesbild_desktop.cli import main

    monkeypatch.setenv("LAGESBILD_DATA_DIR", str(tmp_path / "data"))
    assert main(["backup", "--out", str(tmp_path / "kopia.db")]) == 2
    assert "finns inte" in capsys.readouterr().err
    assert not (tmp_path / "kopia.db").exists() and not (tmp_path / "data" / "lagesbild.db").exists()


def test_incident_edit_changes_what_is_given_and_keeps_the_rest(cli):
    cli("incident", "add", "--area", "Vinsta", "--date", "2024-03-05", "--category", "klotter", "--severity",
        "lindrig", "--place", "Torget")
    code, out, _ = cli("incident", "edit", "1", "--severity", "allvarlig", "--description", "Stort klotter")
    assert code == 0 and "Händelse 1 ändrad" in out and "allvarlig" in out
    listed = cli("incident", "list", "--year", "2024")[1]
    assert listed.strip().endswith("Vinsta\tklotter\tallvarlig\tTorget\tStort klotter")
    assert cli("incident", "edit", "1")[0] == 2  # nothing to change: said, not a silent success
    code, _, err = cli("incident", "edit", "1", "--date", "2024-02-30")
    assert code == 2 and "Ogiltigt datum" in err
    code, _, err = cli("incident", "edit", "99", "--severity", "lindrig")
    assert code == 2 and "ingen händelse med nummer 99" in err
    assert "Stort klotter" in cli("incident", "list", "--year", "2024")[1]  # the refused edits changed nothing


def test_district_name_is_shown_and_changed(cli):
    assert cli("district")[1] == "Stadsdel: Hässelby-Vällingby\n"
    assert cli("district", "Västerort")[0] == 0 and cli("district")[1] == "Stadsdel: Västerort\n"
    code, _, err = cli("district", "  ")
    assert code == 2 and "tomt" in err


def test_exchange_conflicts_are_decided_one_by_one_by_their_reference(tmp_path, capsys):
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    for db, grade in ((a, "2"), (b, "4")):
        main(["--db", db, "record", "--area", "Grimsta", "--year", "2024", "--week", "3", "--grade", grade])
        main(["--db", db, "record", "--area", "Vinsta", "--year", "2024", "--week", "3", "--grade", grade])
    main(["--db", a, "export", "--exchange", "--out", str(tmp_path / "a.json")])
    capsys.readouterr()
    assert main(["--db", b, "import", str(tmp_path / "a.json")]) == 1
    out = capsys.readouterr().out
    assert "konflikt [bedömning Grimsta 2024 v3]" in out and "konflikt [bedömning Vinsta 2024 v3]" in out
    assert main(["--db", b, "import", str(tmp_path / "a.json"), "--resolve", "bedömning grimsta 2024 v3=fil"]) == 1
    out = capsys.readouterr().out
    assert "1 avgjorda" in out and "Grimsta 2024 v3" not in out and "Vinsta 2024 v3" in out
    assert main(["--db", b, "import", str(tmp_path / "a.json"), "--resolve", "här"]) == 0
    assert main(["--db", b, "import", str(tmp_path / "a.json")]) == 0 and "Inget nytt" in capsys.readouterr().out
    assert main(["--db", b, "import", str(tmp_path / "a.json"), "--resolve", "kanske"]) == 2
    assert "--resolve 'kanske'" in capsys.readouterr().err
    rows = [tuple(line.split("\t")) for line in _summary_rows(b)]
    assert ("Grimsta", "2") in rows and ("Vinsta", "4") in rows


def _summary_rows(db: str) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return ["\t".join(map(str, row)) for row in conn.execute(
            "SELECT a.name, s.grade FROM assessments s JOIN areas a ON a.id = s.area_id")]
    finally:
        conn.close()
