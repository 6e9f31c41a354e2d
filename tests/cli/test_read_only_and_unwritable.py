"""A database location that cannot be written: a clear message and exit 3; a read-only file can still be read."""

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.conftest import lagesbild


@pytest.mark.parametrize("where", ["/proc/lagesbild.db", "/proc/ny/mapp/lagesbild.db"])
def test_a_database_that_cannot_be_made_there_is_exit_3_with_a_message(where):
    done = lagesbild(where, "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    assert done.returncode == 3, done.stderr
    assert "kan inte" in done.stderr or "kunde inte" in done.stderr
    assert "Traceback" not in done.stderr and "Ny databas skapad" not in done.stderr


@pytest.fixture
def read_only_database(tmp_path):
    """A database on a read-only file system (as on a write-protected share or medium).

    As root (CI) a small tmpfs is mounted and made read-only, since root may write any file; otherwise
    the file and its folder lose their write permission."""
    source = tmp_path / "skapad.db"
    made = lagesbild(source, "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    assert made.returncode == 0, made.stderr
    if os.geteuid() != 0:
        folder = tmp_path / "skrivskyddad"
        folder.mkdir()
        shutil.copy(source, folder / "lagesbild.db")
        (folder / "lagesbild.db").chmod(0o444)
        folder.chmod(0o555)
        yield folder / "lagesbild.db"
        folder.chmod(0o755)
        return
    mount = Path("/tmp") / f"lagesbild-ro-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], check=True)
    try:
        shutil.copy(source, mount / "lagesbild.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "lagesbild.db"
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()


def test_a_read_only_file_is_read_and_refuses_writes_with_a_message(read_only_database, tmp_path):
    db = read_only_database
    assert "Grimsta" in lagesbild(db, "summary", "--year", "2024").stdout
    for command in (["check"], ["log", "--limit", "3"], ["areas", "list"],
                    ["export", "--year", "2024", "--format", "csv", "--out", str(tmp_path / "ut.csv")],
                    ["report", "yearly", "--year", "2024", "--out", str(tmp_path / "r.pdf")],
                    ["export", "--exchange", "--out", str(tmp_path / "u.json")]):
        done = lagesbild(db, *command)
        assert done.returncode == 0, (command, done.stderr)
    assert "Grimsta;2024;1;2" in (tmp_path / "ut.csv").read_text(encoding="utf-8-sig")
    done = lagesbild(db, "record", "--area", "Vinsta", "--year", "2024", "--week", "1", "--grade", "3")
    assert done.returncode == 3 and "skrivskyddad" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("length", [300, 240], ids=["too long for the disk", "no room for the files beside it"])
def test_a_database_name_too_long_is_exit_3_with_a_message_and_nothing_made(tmp_path, length):
    db = tmp_path / ("å" * (length // 2) + ".db")  # å is two bytes: the name is `length` bytes long
    for command in (["summary", "--year", "2024"], ["record", "--area", "Grimsta", "--year", "2024", "--week", "1",
                                                      "--grade", "2"]):
        done = lagesbild(db, *command)
        assert done.returncode == 3, done.stderr
        assert "namnet är för långt" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


OUTPUTS = [["export", "--year", "2024", "--format", "csv"], ["export", "--year", "2024", "--format", "png"],
           ["export", "--exchange"], ["report", "yearly", "--year", "2024"], ["backup"]]


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c[:2]))
def test_an_output_name_too_long_or_in_a_folder_that_cannot_be_written_is_exit_3(tmp_path, command):
    db = tmp_path / "w.db"
    assert lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2").returncode == 0
    for out, words in ((tmp_path / ("a" * 250 + ".pdf"), "namnet är för långt"),
                       (Path("/proc/lagesbild-ut.fil"), "kunde inte skrivas")):
        done = lagesbild(db, *command, "--out", str(out))
        assert done.returncode == 3, done.stderr
        assert words in done.stderr and "Traceback" not in done.stderr and "krasch" not in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir() if not path.name.startswith("w.db")) == []


def test_a_path_that_goes_up_past_the_root_is_the_file_the_system_finds(tmp_path):
    """'/../x' is '/x' to the OS, but SQLite (reading '..' as text) cannot open it: the database, a
    backup and a restore must all work on the file the OS names."""
    def up(path):
        return "/../.." + str(path)

    real = tmp_path / "lagesbild.db"
    made = lagesbild(up(real), "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "2")
    assert made.returncode == 0, made.stderr
    assert real.is_file()

    backup = lagesbild(up(real), "backup", "--out", up(tmp_path / "kopia.db"))
    assert backup.returncode == 0, backup.stderr
    assert (tmp_path / "kopia.db").is_file()

    assert lagesbild(up(real), "record", "--area", "Grimsta", "--year", "2024", "--week", "1", "--grade", "5") \
        .returncode == 0
    restored = lagesbild(up(real), "restore", up(tmp_path / "kopia.db"))
    assert restored.returncode == 0, restored.stderr
    summary = lagesbild(real, "summary", "--year", "2024", "--json")
    grimsta = next(row for row in json.loads(summary.stdout)["areas"] if row["area"] == "Grimsta")
    assert grimsta["highest"] == 2  # the backup's grade, not the 5 recorded after it
    assert lagesbild(up(real), "check").returncode == 0
