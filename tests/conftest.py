"""Shared fixtures: every test gets throw-away databases in tmp_path, never the user's data."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """The default database location points into tmp_path, so no test can touch real data."""
    monkeypatch.setenv("LAGESBILD_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("LAGESBILD_SHARED", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "lagesbild.db"


@pytest.fixture
def store(db_path):
    from lagesbild_desktop.store.database import open_database

    opened = open_database(db_path)
    yield opened
    opened.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table: to show that a refused command changed nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        conn.close()


def sqlite3_tool(path: Path, sql: str) -> None:
    """Change the file with the stock sqlite3 tool, as someone working behind the program's back would."""
    import subprocess

    subprocess.run(["sqlite3", str(path), sql], check=True, capture_output=True, text=True)


def check_file(path: Path):
    """`lagesbild check` on a file, as a fresh program start would run it."""
    from lagesbild_desktop.services import maintenance
    from lagesbild_desktop.store.database import open_database

    store = open_database(path)
    try:
        return maintenance.check_database(store)
    finally:
        store.close()


def lagesbild(db, *args) -> subprocess.CompletedProcess:
    """The command line as a user runs it: a process of its own, its output and exit code."""
    return subprocess.run([sys.executable, "-m", "lagesbild_desktop", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture
def two(tmp_path):
    """Two workstations' databases."""
    from lagesbild_desktop.store.database import open_database

    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    yield a, b
    a.close()
    b.close()


def without_contents(text: str) -> str:
    """A report's text (pdftotext) without the pages of its table of contents (the pages with dot leaders):
    so that looking for a heading finds the section, not its line in the contents."""
    import re

    return "\f".join(page for page in text.split("\f") if not re.search(r"(\. ){5,}", page))
