"""Durability under SIGKILL: a writer process is killed at random moments, many times.

After every kill: every acknowledged grade is in the file, no whole-week
change is half applied, and the integrity check (file + audit chain) passes.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lagesbild_desktop.services.maintenance import check_database
from lagesbild_desktop.store.database import open_database

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = int(os.environ.get("LAGESBILD_KILLS", "15"))


def _run_and_kill(db_path: Path, seed: int, first_batch_week: int, delay: float, shared: bool) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
           "LAGESBILD_SHARED": "1" if shared else "0"}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db_path), str(seed), str(first_batch_week)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return out.splitlines()


@pytest.mark.slow
@pytest.mark.parametrize("shared", [False, True], ids=["wal", "shared-rollback-journal"])
def test_sigkill_never_loses_an_acknowledged_grade_nor_half_a_week(tmp_path, shared, monkeypatch):
    """WAL on a local disk, and the rollback journal used for files shared over the network."""
    monkeypatch.setenv("LAGESBILD_SHARED", "1" if shared else "0")
    rng = random.Random(20261126)
    db_path = tmp_path / "kill.db"
    open_database(db_path).close()
    # What the file must hold for each single cell: the last acknowledged value, or
    # the value of the one write that was under way when the process died.
    acknowledged: dict[str, str] = {}
    batches_started: dict[str, str] = {}
    batches_acked: set[str] = set()
    next_batch_week = 1
    total_acks = 0
    hot_journals = 0  # kills that left a journal to roll back (only the shared mode has them)
    for round_number in range(KILLS):
        lines = _run_and_kill(db_path, seed=round_number, first_batch_week=next_batch_week,
                              delay=rng.uniform(0.25, 0.9), shared=shared)
        in_flight: dict[str, str] = {}
        started: dict[str, tuple[str, str, str]] = {}
        for line in lines:
            parts = line.split("|")
            if len(parts) not in (2, 5) or (parts[0] == "ACK" and parts[1] not in started):
                continue  # the line the kill cut in half
            if parts[0] == "START":
                started[parts[1]] = (parts[2], parts[3], parts[4])
                kind, cell, value = started[parts[1]]
                if kind == "batch":
                    batches_started[cell] = value
                    next_batch_week += 1
                else:
                    in_flight[cell] = value
            elif parts[0] == "ACK":
                kind, cell, value = started[parts[1]]
                total_acks += 1
                if kind == "batch":
                    batches_acked.add(cell)
                else:
                    acknowledged[cell] = value
                    in_flight.pop(cell, None)
        journal = db_path.with_name(db_path.name + "-journal")
        hot_journals += journal.exists() and journal.stat().st_size > 0
        # After a crash the user starts the program again: its own opening must recover the file.
        open_database(db_path).close()
        conn = sqlite3.connect(db_path)
        rows = conn.execute(
            "SELECT a.name, s.iso_year, s.iso_week, s.grade, s.note FROM assessments s"
            " JOIN areas a ON a.id = s.area_id").fetchall()
        conn.close()
        singles = {f"{name}:{week}": f"{grade}:{note}" for name, year, week, grade, note in rows if year == 2024}
        for cell, value in acknowledged.items():
            allowed = {value, in_flight.get(cell)}
            assert singles.get(cell) in allowed, f"round {round_number}: {cell} is {singles.get(cell)}, want {allowed}"
        for cell, value in in_flight.items():  # never acknowledged: either the old value or the new one
            if cell not in acknowledged:
                assert singles.get(cell) in {None, value}
        for cell in in_flight:  # the interrupted write is now settled one way or the other
            if cell in singles:
                acknowledged[cell] = singles[cell]
        weeks: dict[str, list[int]] = {}
        for _name, year, week, grade, _note in rows:
            if year >= 2030:
                weeks.setdefault(f"{year}:{week}", []).append(grade)
        for cell, grades in weeks.items():
            assert len(grades) == 9 and len(set(grades)) == 1, f"half-applied week {cell}: {grades}"
            assert str(grades[0]) == batches_started[cell]
        for cell in batches_acked:
            assert cell in weeks, f"acknowledged week {cell} is missing"
        store = open_database(db_path)
        report = check_database(store)
        store.close()
        assert report.ok, (round_number, report)
    assert total_acks > KILLS * 3, "the writer hardly wrote anything: the test proves nothing"
    print(f"{KILLS} kills, {total_acks} acknowledged writes, {hot_journals} hot journals recovered")
