"""A database of schema version 4 (made by the previous program) is upgraded to versions and can exchange.

tests/data/version4/ holds two databases that met through a format-1 exchange file before the upgrade.
"""

import shutil
from pathlib import Path

import pytest

from lagesbild_desktop.services import exchange, maintenance
from lagesbild_desktop.services.assessments import get_grade
from lagesbild_desktop.services.incidents import list_incidents
from lagesbild_desktop.store.database import open_database
from lagesbild_desktop.store.migrations import latest_version
from lagesbild_desktop.store.responsibles import all_responsibles

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "version4"


@pytest.fixture
def upgraded(tmp_path):
    for name in ("a.db", "b.db", "a_v1.json"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    yield a, b
    a.close()
    b.close()


def test_the_upgrade_keeps_everything_and_passes_the_check(upgraded, tmp_path):
    a, b = upgraded
    for store in (a, b):
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert "Polisen" in [item.name for item in all_responsibles(store.conn)]  # schema 6's default list
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems
        assert store.setting("replica_id")
    assert a.setting("replica_id") != b.setting("replica_id")
    assert get_grade(a, "Grimsta", 2024, 10).note == "Klotter vid torget"
    assert [(row.date, row.category) for row in list_incidents(a, 2024)] == [("2024-03-05", "klotter"),
                                                                             ("2024-03-07", "våld")]
    assert list(tmp_path.glob("a.fore-uppgradering-v4.db"))  # a copy was kept before the schema changed


def test_what_the_two_shared_before_the_upgrade_is_one_version_after_it(upgraded, tmp_path):
    a, b = upgraded
    path = exchange.export_exchange(a, tmp_path / "a2.json")
    result = exchange.merge(b, exchange.read_exchange(path))
    # Only what really differs: a's later grade arrives; a's deletions made after the two met, and the
    # rename the old merge could not carry, are shown; nothing both held alike is a conflict.
    assert result.added == 1 and get_grade(b, "Vällingby", 2024, 11).grade == 5
    assert sorted(c.ref.split(" #")[0] for c in result.conflicts) == [
        "bedömning Nälsta 2024 v10", "händelse 2024-03-06 Vinsta (hot)", "område Råcksta torg"]
    texts = " ".join(c.text for c in result.conflicts)
    assert "Nälsta 2024 v10: här 4, i filen borttagen" in texts and "Vinsta (hot)" in texts
    assert "Grimsta" not in texts and "veckoanteckning" not in texts and "prioriterat" not in texts
    assert len(list_incidents(b, 2024)) == 3  # the same incidents, not doubled
    again = exchange.merge(b, exchange.read_exchange(tmp_path / "a_v1.json"))  # the old file still reads
    assert again.added == 0 and len(list_incidents(b, 2024)) == 3
    assert maintenance.check_database(b).ok
