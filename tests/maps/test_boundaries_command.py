"""`lagesbild areas boundaries FILE.geojson` as a user types it: both coordinate systems, a hole, an area in
two pieces, names matched as the grade import matches them, bad files refused with nothing stored, and the
boundaries travelling to another workstation."""

import json

import pytest

from lagesbild_desktop.services import boundaries, maintenance
from lagesbild_desktop.store import areas as area_store
from tests.conftest import lagesbild, table_dump
from tests.exchange_files import send
from tests.maps.geo import GRIMSTA, VINSTA, collection, feature, sweref, three_areas, write


def stored(db_path) -> dict:
    from lagesbild_desktop.store.database import open_database

    store = open_database(db_path)
    try:
        names = {area.id: area.name for area in area_store.all_areas(store.conn)}
        return {names[area_id]: polygons for area_id, polygons in boundaries.boundaries_by_area(store).items()}
    finally:
        store.close()


@pytest.mark.parametrize(("coordinates", "crs", "said"), [
    (lambda p: p, None, "WGS 84"), (sweref, "EPSG:3006", "SWEREF 99 TM"), (sweref, None, "SWEREF 99 TM")])
def test_a_file_is_previewed_then_stored_with_its_hole_and_pieces(tmp_path, coordinates, crs, said):
    db = tmp_path / "k.db"
    path = write(tmp_path / "gränser.geojson", three_areas(coordinates, crs))
    dry = lagesbild(db, "areas", "boundaries", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"3 nya, 0 ändrade, 0 oförändrade områdesgränser ({said})" in dry.stdout
    assert "Utan gräns i filen:" in dry.stdout and "Inget har sparats" in dry.stdout
    assert stored(db) == {}
    done = lagesbild(db, "areas", "boundaries", str(path))
    assert done.returncode == 0, done.stderr
    held = stored(db)
    assert set(held) == {"Vinsta", "Grimsta", "Vällingby"}
    assert len(held["Vinsta"][0]) == 2 and len(held["Grimsta"]) == 2 and len(held["Vällingby"]) == 2
    assert held["Vinsta"][0][1][0] == pytest.approx(VINSTA[0][1][0], abs=1e-6)  # the hole, in WGS 84
    again = lagesbild(db, "areas", "boundaries", str(path))
    assert "0 nya, 0 ändrade, 3 oförändrade" in again.stdout
    assert "Gräns Vinsta skapad: – → 1 polygon ur gränser.geojson" in lagesbild(db, "log").stdout
    assert lagesbild(db, "check").returncode == 0


def test_names_are_matched_by_case_and_former_names_and_map(tmp_path):
    db = tmp_path / "k.db"
    assert lagesbild(db, "areas", "rename", "Grimsta", "Grimsta centrum").returncode == 0
    data = collection([feature("VINSTA", VINSTA, key="NAMN"), feature("Grimsta", GRIMSTA, key="NAMN"),
                       feature("Nälsta industri", VINSTA, key="NAMN")])
    path = write(tmp_path / "g.geojson", data)
    refused = lagesbild(db, "areas", "boundaries", str(path))
    assert refused.returncode == 2 and "'Nälsta industri' i filen matchar inget område" in refused.stderr
    assert stored(db) == {}
    done = lagesbild(db, "areas", "boundaries", str(path), "--map", "Nälsta industri=Nälsta")
    assert done.returncode == 0, done.stderr
    assert set(stored(db)) == {"Vinsta", "Grimsta centrum", "Nälsta"}


@pytest.mark.parametrize(("data", "said"), [
    ("{inte json", "filen är inte GeoJSON"),
    (json.dumps(collection([{"type": "Feature", "properties": {"namn": "Vinsta"},
                             "geometry": {"type": "LineString", "coordinates": [[17.8, 59.3], [17.9, 59.4]]}}])),
     "geometrin är LineString, inte en yta"),
    (json.dumps(collection([feature("Vinsta", VINSTA)], "EPSG:3857")), "okänt koordinatsystem"),
])
def test_a_bad_file_is_exit_2_with_nothing_stored(tmp_path, data, said):
    db = tmp_path / "k.db"
    assert lagesbild(db, "record", "--area", "Vinsta", "--year", "2024", "--week", "3", "--grade", "2").returncode == 0
    before = table_dump(db)
    path = tmp_path / "fel.geojson"
    path.write_text(data, encoding="utf-8")
    done = lagesbild(db, "areas", "boundaries", str(path))
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr
    assert table_dump(db) == before


def test_boundaries_travel_and_a_new_file_replaces_one(two, tmp_path):
    a, b = two
    matched, crs = boundaries.read_file(a, write(tmp_path / "g.geojson", three_areas()))
    boundaries.apply(a, matched, crs, boundaries.plan(a, matched, crs, "g.geojson"), "g.geojson")
    result = send(a, b, tmp_path, "first")
    assert not result.conflicts
    assert boundaries.boundaries_by_area(b) == boundaries.boundaries_by_area(a) != {}
    bigger = collection([feature("Vinsta", [[[[17.7, 59.3], [17.9, 59.3], [17.9, 59.4], [17.7, 59.3]]]])])
    matched, crs = boundaries.read_file(b, write(tmp_path / "ny.geojson", bigger))
    shown = boundaries.plan(b, matched, crs, "ny.geojson")
    assert [item.area for item in shown.changed] == ["Vinsta"]
    boundaries.apply(b, matched, crs, shown, "ny.geojson")
    send(b, a, tmp_path, "back")
    vinsta = area_store.find(a.conn, "Vinsta").id
    assert boundaries.boundaries_by_area(a)[vinsta][0][0][0] == [17.7, 59.3]
    for store in (a, b):
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems
