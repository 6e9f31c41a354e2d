"""`shared on/off` while another program has the file open, and `lagesbild log` telling every change in words."""

import sqlite3
import time

from tests.conftest import check_file, lagesbild


def test_shared_is_not_switched_while_another_program_has_the_file_open(tmp_path):
    db = tmp_path / "w.db"
    assert lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2").returncode == 0
    window = sqlite3.connect(db)  # the window: the file open in WAL mode, read once
    window.execute("SELECT count(*) FROM assessments").fetchone()
    try:
        done = lagesbild(db, "shared", "on")
        assert done.returncode == 3 and "öppen i ett annat fönster" in done.stderr
        assert "Inget har ändrats" in done.stderr
        assert "lokal (WAL)" in lagesbild(db, "shared", "status").stdout
        start = time.monotonic()
        recorded = lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "2", "--grade", "3")
        assert recorded.returncode == 0 and time.monotonic() - start < 8  # no waiting for the window
    finally:
        window.close()
    on = lagesbild(db, "shared", "on")
    assert on.returncode == 0 and "markerad som delad" in on.stdout
    assert lagesbild(db, "record", "--area", "Vinsta", "--year", "2024", "--week", "2", "--grade", "1").returncode == 0
    off = lagesbild(db, "shared", "off")
    assert off.returncode == 0 and "lokal (WAL)" in off.stdout and "delad" not in off.stdout
    assert check_file(db).ok


def test_the_log_tells_every_kind_of_change_in_words(tmp_path):
    db = tmp_path / "w.db"
    steps = [
        ("record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "4", "--note", "Bränder"),
        ("week-note", "--year", "2024", "--week", "10", "--participants", "Polisen"),
        ("week-note", "--year", "2024", "--week", "10", "--summary", "Oro vid torget"),
        ("priority-field", "--year", "2024", "--field", "2", "--needs-measures", "ja", "--comment", "Belysning"),
        ("areas", "order", "Vällingby", "1"),
        ("areas", "rename", "Vinsta", "Vinsta C"),
        ("categories", "add", "cykelstöld", "--name-sv", "Cykelstöld"),
        ("district", "Västerort"),
        ("shared", "on"),
        ("shared", "off"),
        ("backup", "--out", str(tmp_path / "kopia.db")),
        ("restore", str(tmp_path / "kopia.db")),
    ]
    for step in steps:
        assert lagesbild(db, *step).returncode == 0, step
    log = lagesbild(db, "log", "--limit", "30").stdout
    for expected in ("Vällingby 2024 v10 skapad: – → 4 «Bränder»",
                     "Veckomöte 2024 v10 skapad: – → deltagare «Polisen»",
                     "ändrad: deltagare «Polisen» → deltagare «Polisen»; sammanfattning «Oro vid torget»",
                     "Prioriterat område 2 2024 skapad: – → behov av åtgärder «Belysning»",
                     "Område Vällingby ändrad: Vällingby → Vällingby, plats 1",
                     "Område Vinsta → Vinsta C ändrad: Vinsta → Vinsta C (tidigare Vinsta till",
                     "Kategori cykelstöld skapad: – → cykelstöld (Cykelstöld)",
                     "Stadsdelens namn ändrad: Hässelby-Vällingby → Västerort",
                     "Delad fil (nätverksenhet): lokal → delad", "Lokal fil: delad → lokal",
                     "Databasen återställd: ", "→ kopia.db"):
        assert expected in log, expected
    assert "återställd ändrad" not in log and " → \t" not in log
