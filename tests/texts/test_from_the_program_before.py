"""Files from the program before the report's texts (schema 6, exchange format 3) still work.

tests/data/version6 was made by that program (commit 20be683): a database with a grade in Vinsta, a
priority field whose comment has a line break, and a measure; and its exchange file (format 3, which
has no texts)."""

import json
import shutil
import subprocess
from pathlib import Path

import docx

from tests.conftest import lagesbild

DATA = Path(__file__).resolve().parents[1] / "data" / "version6"


def test_a_schema_6_database_is_upgraded_and_its_comment_keeps_its_line_break(tmp_path):
    old = tmp_path / "gammal.db"
    shutil.copy(DATA / "schema6.db", old)
    assert lagesbild(old, "check").returncode == 0
    assert list(tmp_path.glob("gammal.fore-uppgradering-v6.db"))  # a copy kept before the schema changed
    done = lagesbild(old, "text", "set", "--year", "2024", "--section", "omrade", "--area", "Vinsta", "--text",
                     "Bränder vid torget i mars.")
    assert done.returncode == 0, done.stderr
    assert "Områdestext Vinsta 2024" in lagesbild(old, "log", "--limit", "1").stdout
    word = tmp_path / "r.docx"
    assert lagesbild(old, "report", "yearly", "--year", "2024", "--out", str(word)).returncode == 0
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert "Belysning\nvid torget" in paragraphs  # the old plain comment: its line break is a line break
    assert "Bränder vid torget i mars." in paragraphs
    pdf = tmp_path / "r.pdf"
    assert lagesbild(old, "report", "yearly", "--year", "2024", "--out", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Belysning\nvid torget" in text
    assert lagesbild(old, "check").returncode == 0


def test_a_format_3_file_merges_and_a_format_4_file_carries_the_texts(tmp_path):
    assert json.loads((DATA / "format3.json").read_text("utf-8"))["version"] == 3
    db = tmp_path / "ny.db"
    assert lagesbild(db, "text", "set", "--year", "2024", "--section", "syfte", "--text", "Syftet").returncode == 0
    merged = lagesbild(db, "import", str(DATA / "format3.json"))
    assert merged.returncode == 0 and "0 konflikter" in merged.stdout, merged.stdout + merged.stderr
    assert [m["title"] for m in json.loads(lagesbild(db, "measure", "list", "--json").stdout)] == ["Belysning"]
    out = tmp_path / "utbyte.json"
    assert lagesbild(db, "export", "--exchange", "--out", str(out)).returncode == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["version"] >= 4  # the texts came with format 4
    texts = data["records"]["year_text"]
    assert [dict(zip(texts["fields"], row, strict=False))["body"] for row in texts["rows"]] == ["Syftet"]
    other = tmp_path / "annan.db"
    assert lagesbild(other, "import", str(out)).returncode == 0
    assert lagesbild(other, "text", "show", "--year", "2024", "--section", "syfte").stdout == "Syftet\n"
