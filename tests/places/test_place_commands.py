"""`lagesbild places …` and `incident add --place --time` as a user types them, checked against hand counts:
incidents per place this year and last, a place that recurs (at least N incidents within M weeks, both
settings), the weekday × four-hour table; bad input refused with nothing stored; places travelling."""

import json

import pytest

from lagesbild_desktop.services import incidents, maintenance, places
from tests.conftest import lagesbild, table_dump
from tests.exchange_files import send


def run(db, *args):
    done = lagesbild(db, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def incident(db, area, date, place="", time=None):
    extra = ["--time", time] if time else []
    return run(db, "incident", "add", "--area", area, "--date", date, "--category", "klotter", "--severity", "2",
               "--place", place, *extra)


@pytest.fixture
def district(tmp_path):
    db = tmp_path / "p.db"
    run(db, "places", "add", "Hässelby torg", "--area", "Hässelby gård", "--kind", "torg")
    run(db, "places", "add", "Maltesholmstorget", "--area", "Hässelby strand", "--kind", "torg", "--lat", "59.36",
        "--lon", "17.83")
    run(db, "places", "add", "Bräckefaret", "--area", "Vällingby", "--kind", "bosättning")
    # Hässelby torg: 2024-03-04 (Mon, v10), 03-12 (Tue, v11), 03-20 (Wed, v12), 06-01 (Sat, v22); 2023: one.
    for date, time in (("2024-03-04", "21:30"), ("2024-03-12", "22.15"), ("2024-03-20", "0130"),
                       ("2024-06-01", None), ("2023-08-08", "12:00")):
        incident(db, "Hässelby gård", date, "hässelby  TORG", time)
    # Bräckefaret: two in 2024, five weeks apart (v2 and v7).
    for date in ("2024-01-10", "2024-02-14"):
        incident(db, "Vällingby", date, "Bräckefaret", "09:00")
    incident(db, "Vällingby", "2024-03-05", "vid kiosken", "16:00")  # free text: no registered place
    return db


def listed(db, *extra) -> dict:
    return {item["name"]: item for item in json.loads(run(db, "places", "list", "--year", "2024", "--json", *extra))}


def test_places_are_listed_with_their_incidents_by_hand_and_recurring_flagged(district):
    found = listed(district)
    assert list(found) == ["Hässelby torg", "Bräckefaret", "Maltesholmstorget"]  # ranked by this year's count
    assert (found["Hässelby torg"]["incidents"], found["Hässelby torg"]["incidents_last_year"]) == (4, 1)
    assert (found["Bräckefaret"]["incidents"], found["Maltesholmstorget"]["incidents"]) == (2, 0)
    assert found["Hässelby torg"]["recurs"] and not found["Bräckefaret"]["recurs"]  # 3 in weeks 10–12
    assert found["Maltesholmstorget"]["lat"] == 59.36 and found["Maltesholmstorget"]["kind"] == "torg"
    # Both settings: 2 within 6 weeks catches Bräckefaret (weeks 2 and 7); 4 within 4 weeks not the torg.
    wider = listed(district, "--recur-count", "2", "--recur-weeks", "6")
    assert wider["Bräckefaret"]["recurs"]
    assert not listed(district, "--recur-count", "4", "--recur-weeks", "4")["Hässelby torg"]["recurs"]
    assert "återkommande" in run(district, "places", "list", "--year", "2024")


def test_an_incident_names_a_registered_place_in_any_case_and_free_text_stays(district):
    said = incident(district, "Hässelby gård", "2024-09-09", "HÄSSELBY torg")
    assert "plats Hässelby torg (registrerad)" in said
    said = incident(district, "Grimsta", "2024-09-09", "Hässelby torg")  # another area: free text
    assert "registrerad" not in said
    assert listed(district)["Hässelby torg"]["incidents"] == 5


def test_the_weekday_and_time_table_against_hand_counts(district):
    table = json.loads(run(district, "places", "when", "--from", "2024-01-01", "--to", "2024-12-31", "--json"))
    counts = {(day, band): table["counts"][d][b] for d, day in enumerate(table["weekdays"])
              for b, band in enumerate(table["bands"]) if table["counts"][d][b]}
    # Mon 21:30, Tue 22:15 → 20–24; Wed 01:30 → 00–04; Wed 2024-01-10 and 2024-02-14 09:00 → 08–12;
    # Tue 2024-03-05 16:00 → 16–20; Sat 2024-06-01 has no time.
    assert counts == {("måndag", "20–24"): 1, ("tisdag", "20–24"): 1, ("onsdag", "00–04"): 1,
                      ("onsdag", "08–12"): 2, ("tisdag", "16–20"): 1}
    assert table["without_time"] == 1
    area = json.loads(run(district, "places", "when", "--from", "2024-01-01", "--to", "2024-12-31", "--area",
                          "Vällingby", "--json"))
    assert sum(map(sum, area["counts"])) == 3


def test_prioritised_renamed_and_retired(district):
    run(district, "places", "prioritise", "Hässelby torg", "--year", "2024", "--reason", "Öppen narkotikahandel")
    assert listed(district)["Hässelby torg"]["prioritised"] == "Öppen narkotikahandel"
    run(district, "places", "rename", "Hässelby torg", "Hässelby torg (centrum)")
    assert listed(district)["Hässelby torg (centrum)"]["incidents"] == 4  # the link is the place, not its name
    run(district, "places", "retire", "Bräckefaret", "--from-year", "2024")
    assert "Bräckefaret" not in listed(district)
    assert "Bräckefaret" in {item["name"] for item in json.loads(run(district, "places", "list", "--year", "2023",
                                                                     "--json"))}
    log = run(district, "log", "--limit", "3")
    assert "prioriterad 2024: «Öppen narkotikahandel»" in log and "avvecklad från 2024" in log
    assert lagesbild(district, "check").returncode == 0


@pytest.mark.parametrize(("args", "said"), [
    (["places", "add", "Torget", "--area", "Atlantis"], "Okänt område 'Atlantis'"),
    (["places", "add", "Hässelby torg", "--area", "Hässelby gård"], "finns redan i Hässelby gård"),
    (["places", "add", "Torget", "--area", "Vinsta", "--lat", "59.3"], "både --lat och --lon"),
    (["places", "add", "Torget", "--area", "Vinsta", "--lat", "99", "--lon", "17"], "latituden 99 ligger utanför"),
    (["places", "add", "Hos 811218-9876", "--area", "Vinsta"], "personnummer"),
    (["places", "prioritise", "Hässelby torg", "--year", "2024"], "ange skälet"),
    (["places", "rename", "Okänd plats", "Ny"], "Ingen registrerad plats heter 'Okänd plats'"),
    (["incident", "add", "--area", "Vinsta", "--date", "2024-05-05", "--category", "klotter", "--severity", "1",
      "--time", "24:00"], "klockslaget '24:00' är ogiltigt"),
])
def test_bad_input_is_one_swedish_line_exit_2_and_nothing_stored(district, args, said):
    before = table_dump(district)
    done = lagesbild(district, *args)
    assert done.returncode in (2, 3) and said in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert table_dump(district) == before


def test_places_and_linked_incidents_travel(two, tmp_path):
    a, b = two
    places.add_place(a, "Hässelby torg", area="Hässelby gård", kind="torg")
    incidents.add_incident(a, area="Hässelby gård", date="2024-03-04", category="klotter", severity=2,
                           place="Hässelby torg", time="21:30")
    places.add_place(a, "Kvarnen", area="Vinsta", kind="mötesplats")  # a new kind joins the list
    result = send(a, b, tmp_path, "first")
    assert not result.conflicts
    [item] = [p for p in places.places_of_year(b, 2024) if p.place.name == "Hässelby torg"]
    assert item.this_year == 1
    [moved] = [i for i in incidents.list_incidents(b, 2024, None)]
    assert (moved.time, moved.place_uid) == ("21:30", item.place.uid)
    assert "mötesplats" in places.kinds(b)
    places.rename(b, "Hässelby torg", "Hässelby torget")
    send(b, a, tmp_path, "back")
    assert [p.place.name for p in places.places_of_year(a, 2024) if p.this_year] == ["Hässelby torget"]
    for store in (a, b):
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems


def test_free_text_spellings_are_shown_together_and_adopted_in_one_step(district):
    for text in ("Vid Kiosken.", "vid-kiosken"):
        incident(district, "Vällingby", "2024-04-04", text)
    free = run(district, "places", "free").splitlines()
    assert len(free) == 1 and free[0].startswith("Vällingby") and "3 händelser" in free[0]
    for spelling in ("«vid kiosken» 1", "«Vid Kiosken.» 1", "«vid-kiosken» 1"):
        assert spelling in free[0]
    dry = run(district, "places", "adopt", "VID KIOSKEN", "--area", "Vällingby", "--dry-run")
    assert "3 händelser skulle kopplas till en ny plats" in dry and "Kiosken" not in run(district, "places", "list")
    done = run(district, "places", "adopt", "vid kiosken", "--area", "Vällingby", "--name", "Kiosken", "--kind",
               "annat")
    assert "3 händelser kopplade till Kiosken (Vällingby)" in done
    assert listed(district)["Kiosken"]["incidents"] == 3
    assert "Inga platser skrivna som fri text" in run(district, "places", "free")
    refused = lagesbild(district, "places", "adopt", "vid kiosken", "--area", "Vällingby")
    assert refused.returncode in (2, 3) and "Ingen händelse i Vällingby har platsen" in refused.stderr
    assert lagesbild(district, "check").returncode == 0


def test_the_yearly_report_has_the_places_and_the_times_by_hand(district, tmp_path):
    run(district, "places", "prioritise", "Hässelby torg", "--year", "2024", "--reason", "Öppen narkotikahandel")
    pdf = tmp_path / "r.pdf"
    run(district, "report", "yearly", "--year", "2024", "--out", str(pdf), "--sections", "platser")
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Hässelby torg Hässelby gård torg 4 1 ja Öppen narkotikahandel" in lines
    assert "Bräckefaret Vällingby bosättning 2 0" in lines
    assert "Prioriterade platser 2024: Hässelby torg." in lines
    assert "onsdag 1 2" in lines  # 00–04 once, 08–12 twice (by hand above)
    assert "1 händelser saknar klockslag och är inte med." in lines


def test_a_file_of_format_7_without_an_incident_s_place_and_time_still_merges(two, tmp_path):
    from lagesbild_desktop.services import exchange
    from tests.exchange_files import load, save

    a, b = two
    incidents.add_incident(a, area="Vinsta", date="2024-03-05", category="klotter", severity=2, place="Torget")
    path = exchange.export_exchange(a, tmp_path / "a.json")
    data = load(path)
    section = data["records"]["incident"]
    drop = [section["fields"].index(name) for name in ("place_uid", "time")]
    section["fields"] = [name for index, name in enumerate(section["fields"]) if index not in drop]
    section["rows"] = [[value for index, value in enumerate(row) if index not in drop] for row in section["rows"]]
    for name in ("place", "place_kind"):  # version 8 brought places
        del data["records"][name]
    data["version"] = 7
    result = exchange.merge(b, exchange.read_exchange(save(data, tmp_path / "old.json")))
    assert not result.conflicts
    [merged] = incidents.list_incidents(b, 2024, None)
    assert (merged.place, merged.place_uid, merged.time) == ("Torget", None, None)
    assert maintenance.check_database(b).ok


def test_the_weekly_report_names_the_places_that_recur(district, tmp_path):
    import subprocess

    pdf = tmp_path / "v.pdf"
    run(district, "report", "weekly", "--year", "2024", "--week", "12", "--out", str(pdf))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Weeks 9–12: Hässelby torg had 3 (weeks 10, 11, 12); Bräckefaret none.
    assert "Återkommande platser" in text
    assert "Hässelby torg (Hässelby gård): 3 händelser de senaste 4 veckorna" in text
    assert "Bräckefaret (" not in text
    run(district, "report", "weekly", "--year", "2024", "--week", "20", "--out", str(pdf))
    later = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Återkommande platser" not in later


def test_the_recurrence_is_set_for_the_district_and_used_everywhere(district, tmp_path):
    assert "minst 3 händelser inom 4 veckor" in run(district, "places", "recurrence")
    assert not listed(district)["Bräckefaret"]["recurs"]
    said = run(district, "places", "recurrence", "--count", "2", "--weeks", "6")
    assert "minst 2 händelser inom 6 veckor" in said
    assert listed(district)["Bräckefaret"]["recurs"]  # weeks 2 and 7: now it recurs
    assert "Återkommande plats (händelser/veckor)" in run(district, "log", "--limit", "1")
    refused = lagesbild(district, "places", "recurrence", "--weeks", "60")
    assert refused.returncode == 2 and "1–53 veckor" in refused.stderr


def test_a_place_gets_coordinates_later_and_shows_on_the_map(district):
    said = run(district, "places", "edit", "Hässelby torg", "--lat", "59.365", "--lon", "17.862", "--kind", "centrum")
    assert "Plats ändrad: Hässelby torg (Hässelby gård, centrum, 59.365, 17.862)" in said
    found = listed(district)["Hässelby torg"]
    assert (found["lat"], found["lon"], found["kind"]) == (59.365, 17.862, "centrum")
    refused = lagesbild(district, "places", "edit", "Hässelby torg", "--lat", "59.3")
    assert refused.returncode == 2 and "både --lat och --lon" in refused.stderr
