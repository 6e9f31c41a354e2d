"""Deleting a key figure: logged in words, the deletion travels to another workstation, a figure made
again after its deletion travels too, and a file of the program before (format 5, no deletions of key
figures) still merges."""

import json
import shutil
from pathlib import Path

from lagesbild_desktop.services import key_figures, maintenance
from tests.conftest import lagesbild, table_dump
from tests.exchange_files import send

OLD = Path(__file__).resolve().parents[1] / "data" / "version8"
SURVEY = ("--source", "Trygghetsmätningen", "--measure", "Känner sig otrygga", "--area", "Vinsta", "--from", "2024",
          "--to", "2024")


def test_delete_on_the_command_line_is_logged_and_a_second_delete_is_exit_2(tmp_path):
    db = tmp_path / "f.db"
    shutil.copy(OLD / "schema8.db", db)
    done = lagesbild(db, "figures", "delete", *SURVEY)
    assert done.returncode == 0, done.stderr
    assert "Borttaget: Känner sig otrygga 2024-01-01–2024-12-31 (47 procent)" in done.stdout
    listed = lagesbild(db, "figures", "list").stdout
    assert "Känner sig otrygga" not in listed and listed.count("Inbrott i bostad") == 2
    log = lagesbild(db, "log", "--limit", "1").stdout
    assert "Nyckeltal Känner sig otrygga Vinsta 2024-01-01–2024-12-31 (Trygghetsmätningen) borttagen: 47 procent → –" \
        in log
    before = table_dump(db)
    again = lagesbild(db, "figures", "delete", *SURVEY)
    assert again.returncode == 2 and "Inget nyckeltal Känner sig otrygga Vinsta" in again.stderr
    assert table_dump(db) == before
    assert lagesbild(db, "check").returncode == 0


def test_a_deletion_travels_and_so_does_the_figure_made_again(two, tmp_path):
    a, b = two
    for value, start in ((40, "2023-01-01"), (47, "2024-01-01")):
        key_figures.add_figure(a, source="Trygghetsmätningen", measure="Känner sig otrygga", area="Vinsta",
                               start=start, end=start[:4] + "-12-31", value=value, unit="procent")
    send(a, b, tmp_path, "first")
    assert sorted(f.value for f in key_figures.figures(b)) == [40, 47]
    key_figures.delete_figure(a, source="Trygghetsmätningen", measure="Känner sig otrygga", area="Vinsta",
                              start="2024-01-01", end="2024-12-31")
    result = send(a, b, tmp_path, "deleted")
    assert not result.conflicts
    assert [f.value for f in key_figures.figures(b)] == [40]
    key_figures.add_figure(b, source="Trygghetsmätningen", measure="Känner sig otrygga", area="Vinsta",
                           start="2024-01-01", end="2024-12-31", value=45, unit="procent")
    result = send(b, a, tmp_path, "made-again")
    assert not result.conflicts
    assert sorted(f.value for f in key_figures.figures(a)) == [40, 45]
    for store in (a, b):
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems


def test_a_value_changed_on_one_side_and_deleted_on_the_other_is_a_conflict(two, tmp_path):
    a, b = two
    key_figures.add_figure(a, source="Tyck till", measure="Klotter", start="2024-01-01", end="2024-06-30", value=12)
    send(a, b, tmp_path, "first")
    key_figures.delete_figure(a, source="Tyck till", measure="Klotter", start="2024-01-01", end="2024-06-30")
    key_figures.add_figure(b, source="Tyck till", measure="Klotter", start="2024-01-01", end="2024-06-30", value=15)
    result = send(a, b, tmp_path, "both")
    assert [c.ref for c in result.conflicts if "Klotter" in c.ref]
    assert [f.value for f in key_figures.figures(b)] == [15]  # nothing taken before the user chooses


def test_the_format_5_file_of_the_program_before_merges_and_a_new_file_carries_deletions(tmp_path):
    db = tmp_path / "ny.db"
    done = lagesbild(db, "import", str(OLD / "format5.json"))
    assert done.returncode == 0, done.stderr
    assert lagesbild(db, "figures", "list").stdout.count("\n") == 3
    assert lagesbild(db, "figures", "delete", *SURVEY).returncode == 0
    out = tmp_path / "ut.json"
    assert lagesbild(db, "export", "--exchange", "--out", str(out)).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] >= 6  # 6: key figures can be deleted
    stones = data["tombstones"]["key_figure"]["rows"]
    assert len(stones) == 1 and "Känner sig otrygga" in stones[0][1]
    other = tmp_path / "annan.db"
    assert lagesbild(other, "import", str(OLD / "format5.json")).returncode == 0
    assert lagesbild(other, "import", str(out)).returncode == 0
    assert "Känner sig otrygga" not in lagesbild(other, "figures", "list").stdout
