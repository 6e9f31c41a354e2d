"""Files from the program before the action plan (schema 5, exchange format 2) still work.

tests/data/version5 was made by that program: a database with a grade and an incident in Vinsta,
and its exchange file (format 2, which has no measures, follow-ups or responsibles)."""

import json
import shutil
from pathlib import Path

from tests.conftest import lagesbild

DATA = Path(__file__).resolve().parents[1] / "data" / "version5"


def test_a_format_2_file_merges_into_a_database_with_measures(tmp_path):
    assert json.loads((DATA / "format2.json").read_text("utf-8"))["version"] == 2
    db = tmp_path / "ny.db"
    assert lagesbild(db, "measure", "add", "--title", "Belysning", "--area", "Vinsta", "--responsible", "Polisen",
                     "--start", "2024-03-01").returncode == 0
    merged = lagesbild(db, "import", str(DATA / "format2.json"))
    assert merged.returncode == 0, merged.stderr
    assert "0 konflikter" in merged.stdout
    summary = json.loads(lagesbild(db, "summary", "--year", "2024", "--json").stdout)
    assert next(row for row in summary["areas"] if row["area"] == "Vinsta")["highest"] == 4
    assert [m["title"] for m in json.loads(lagesbild(db, "measure", "list", "--json").stdout)] == ["Belysning"]
    assert lagesbild(db, "check").returncode == 0


def test_an_upgraded_database_has_the_default_responsibles_as_every_new_one(tmp_path):
    old = tmp_path / "gammal.db"
    shutil.copy(DATA / "schema5.db", old)
    assert lagesbild(old, "check").returncode == 0
    assert "Trafikkontoret" in lagesbild(old, "responsibles", "list").stdout.splitlines()
    assert list(tmp_path.glob("gammal.fore-uppgradering-v5.db"))  # a copy kept before the schema changed
    new = tmp_path / "ny.db"
    assert lagesbild(new, "responsibles", "list").returncode != 0  # a read-only command: no database made
    assert lagesbild(new, "measure", "add", "--title", "X", "--area", "Vinsta", "--responsible", "Polisen",
                     "--start", "2024-03-01").returncode == 0
    out = tmp_path / "utbyte.json"
    assert lagesbild(old, "export", "--exchange", "--out", str(out)).returncode == 0
    merged = lagesbild(new, "import", str(out))
    assert merged.returncode == 0 and "0 konflikter" in merged.stdout  # the same list, the same versions
    assert lagesbild(new, "check").returncode == 0
