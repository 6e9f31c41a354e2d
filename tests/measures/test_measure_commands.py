"""`lagesbild measure …` and `responsibles …` as a user types them: stored, audited, refused when wrong."""

import json
import subprocess

import pytest

from tests.conftest import lagesbild, table_dump


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "lagesbild.db"
    made = lagesbild(path, "measure", "add", "--title", "Belysning Vinsta torg", "--area", "Vinsta", "--area",
                     "Grimsta", "--priority-field", "2", "--place", "Vinsta torg", "--responsible", "Polisen",
                     "--responsible", "Fastighetsägare", "--start", "2024-03-04", "--end", "2024-09-30", "--term",
                     "lång", "--goal", "Färre anmälda skadegörelser", "--description", "Nya armaturer.\n\nOch träd.",
                     "--next", "2024-04-01")
    assert made.returncode == 0 and made.stdout.strip() == "1", made.stderr
    return path


def listed(db):
    done = lagesbild(db, "measure", "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_measure_is_stored_followed_up_and_logged_in_words(db):
    [measure] = listed(db)
    assert measure["title"] == "Belysning Vinsta torg" and measure["areas"] == ["Vinsta", "Grimsta"]
    assert measure["responsible"] == ["Polisen", "Fastighetsägare"] and measure["priority_field"] == 2
    assert (measure["start"], measure["end"], measure["term"]) == ("2024-03-04", "2024-09-30", "lång")
    assert measure["description"] == "Nya armaturer.\n\nOch träd." and measure["next_follow_up"] == "2024-04-01"
    assert measure["status"] == "planerad" and measure["follow_ups"] == []

    done = lagesbild(db, "measure", "follow-up", "1", "--status", "pågår", "--date", "2024-04-01", "--comment",
                     "Hälften uppsatt", "--next", "2024-05-06")
    assert done.returncode == 0, done.stderr
    assert lagesbild(db, "measure", "follow-up", "1", "--status", "genomförd", "--date", "2024-05-06").returncode == 0
    [measure] = listed(db)
    assert [(f["date"], f["status"], f["comment"]) for f in measure["follow_ups"]] == [
        ("2024-04-01", "pågår", "Hälften uppsatt"), ("2024-05-06", "genomförd", "")]
    assert measure["status"] == "genomförd" and measure["next_follow_up"] is None  # done: nothing more due
    # A follow-up entered afterwards for an earlier day does not undo the newer one.
    assert lagesbild(db, "measure", "follow-up", "1", "--status", "pågår", "--date", "2024-04-15").returncode == 0
    assert listed(db)[0]["status"] == "genomförd"
    assert [m["id"] for m in json.loads(lagesbild(db, "measure", "list", "--json", "--status", "genomförd").stdout)] \
        == [1]
    assert json.loads(lagesbild(db, "measure", "list", "--json", "--status", "pågår").stdout) == []

    log = lagesbild(db, "log").stdout
    assert "Åtgärd «Belysning Vinsta torg» skapad" in log
    assert "Uppföljning 2024-04-01 av «Belysning Vinsta torg» skapad: – → 2024-04-01 pågår «Hälften uppsatt»" in log
    assert lagesbild(db, "check").returncode == 0


def test_edit_changes_only_what_is_given_and_delete_takes_the_follow_ups_along(db):
    assert lagesbild(db, "measure", "follow-up", "1", "--status", "pågår", "--date", "2024-04-01").returncode == 0
    edited = lagesbild(db, "measure", "edit", "1", "--end", "", "--area", "Nälsta", "--responsible", "polisen")
    assert edited.returncode == 0, edited.stderr
    [measure] = listed(db)
    assert measure["end"] is None and measure["areas"] == ["Nälsta"] and measure["responsible"] == ["Polisen"]
    assert measure["title"] == "Belysning Vinsta torg" and measure["goal"] == "Färre anmälda skadegörelser"
    removed = lagesbild(db, "measure", "delete", "1")
    assert removed.returncode == 0 and "Belysning Vinsta torg" in removed.stdout
    assert listed(db) == []
    assert lagesbild(db, "check").returncode == 0
    assert "Uppföljning 2024-04-01 av «Belysning Vinsta torg» borttagen" in lagesbild(db, "log").stdout


@pytest.mark.parametrize("args, message", [
    (["--area", "Atlantis"], "Okänt område 'Atlantis'"),
    (["--area", "Vinsta", "--responsible", "Brandkåren"], "Okänd ansvarig organisation 'Brandkåren'"),
    (["--area", "Vinsta", "--end", "2024-01-01"], "ligger före startdatumet"),
    (["--area", "Vinsta", "--title", "   "], "Rubriken är tom"),
    (["--priority-field", "6"], "Okänt prioriterat område '6'"),
    (["--priority-field", "0"], "Okänt prioriterat område '0'"),
    (["--area", "Vinsta", "--goal", "Kontakt med 19811218-9876"], "personnummer"),
    (["--area", "Vinsta", "--title", "Samtal med 811218-9876"], "personnummer"),
    (["--area", "Vinsta", "--start", "2024-02-30"], "Ogiltigt datum"),
    (["--area", "Vinsta", "--term", "evig"], "Okänd tidshorisont"),
    ([], "minst ett område"),
])
def test_bad_input_is_exit_2_with_one_swedish_line_and_nothing_stored(db, args, message):
    before = table_dump(db)
    base = {"--title": "Ny åtgärd", "--responsible": "Polisen", "--start": "2024-03-04"}
    given = dict(zip(args[::2], args[1::2], strict=True))
    extra = [item for key, value in {**base, **given}.items() if key not in ("--area", "--priority-field")
             for item in (key, value)]
    wanted = [item for key, value in zip(args[::2], args[1::2], strict=True)
              if key in ("--area", "--priority-field") for item in (key, value)]
    done = lagesbild(db, "measure", "add", *wanted, *extra)
    assert done.returncode == 2, done.stdout
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert table_dump(db) == before


@pytest.mark.parametrize("args, message", [
    (["1", "--status", "klar"], "Okänd status 'klar'"),
    (["7", "--status", "pågår"], "ingen åtgärd med nummer 7"),
    (["1", "--status", "pågår", "--comment", "Ring 19811218-9876"], "personnummer"),
    (["1", "--status", "pågår", "--date", "2024-04-01", "--next", "2024-03-01"], "ligger före"),
])
def test_a_bad_follow_up_is_refused_and_nothing_stored(db, args, message):
    before = table_dump(db)
    done = lagesbild(db, "measure", "follow-up", *args)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert table_dump(db) == before


def test_the_list_of_responsibles_grows_and_refuses_a_name_twice(db):
    assert "Trafikkontoret" in lagesbild(db, "responsibles", "list").stdout.splitlines()
    assert lagesbild(db, "responsibles", "add", "Bostadsbolaget Svenska Bostäder").returncode == 0
    assert "Bostadsbolaget Svenska Bostäder" in lagesbild(db, "responsibles", "list").stdout.splitlines()
    again = lagesbild(db, "responsibles", "add", "polisen")
    assert again.returncode == 2 and "finns redan" in again.stderr
    assert lagesbild(db, "measure", "edit", "1", "--responsible", "Bostadsbolaget Svenska Bostäder").returncode == 0
    assert listed(db)[0]["responsible"] == ["Bostadsbolaget Svenska Bostäder"]
    assert "Ansvarig Bostadsbolaget Svenska Bostäder skapad" in lagesbild(db, "log").stdout


def test_a_follow_up_is_of_what_has_happened_and_a_finished_measure_has_no_next(db):
    before = table_dump(db)
    future = lagesbild(db, "measure", "follow-up", "1", "--status", "pågår", "--date", "2999-01-01")
    assert future.returncode == 2 and "ligger i framtiden" in future.stderr
    finished = lagesbild(db, "measure", "follow-up", "1", "--status", "genomförd", "--date", "2024-05-06",
                         "--next", "2024-06-01")
    assert finished.returncode == 2 and "ingen nästa uppföljning" in finished.stderr
    assert table_dump(db) == before


def test_no_personal_identity_number_in_a_responsible_and_at_least_one_responsible(db, tmp_path):
    before = table_dump(db)
    named = lagesbild(db, "responsibles", "add", "Kontakt 811218-9876")
    assert named.returncode == 2 and "personnummer" in named.stderr
    none = lagesbild(db, "measure", "edit", "1", "--responsible", "")
    assert none.returncode == 2, none.stdout
    assert table_dump(db) == before
    from lagesbild_desktop.services.measures import add_measure
    from lagesbild_desktop.store.database import open_database

    store = open_database(db)
    try:
        with pytest.raises(Exception, match="minst en ansvarig"):
            add_measure(store, title="Utan ansvarig", areas=["Vinsta"], responsible=[], start="2024-03-04")
    finally:
        store.close()


def test_a_cancelled_measure_stops_its_effect_and_leaves_the_quarters_after(db, tmp_path):
    # Started 2024-03-04 (week 10), cancelled 2024-03-20 (week 12): its effect compares 3 weeks a side.
    assert lagesbild(db, "measure", "follow-up", "1", "--status", "avbruten", "--date", "2024-03-20").returncode == 0
    [measure] = listed(db)
    assert measure["status"] == "avbruten" and measure["effect"]["weeks"] == 3
    assert measure["effect"]["after_period"] == ["2024-W10", "2024-W12"]
    out = tmp_path / "q3.pdf"
    assert lagesbild(db, "report", "quarterly", "--year", "2024", "--quarter", "3", "--out", str(out)).returncode == 0
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Belysning Vinsta torg" not in text and "Inga åtgärder pågick under kvartalet." in text
    week = tmp_path / "v12.pdf"
    assert lagesbild(db, "report", "weekly", "--year", "2024", "--week", "12", "--out", str(week)).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(week), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Avslutade denna vecka Belysning Vinsta torg" in text
