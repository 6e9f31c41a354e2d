"""Texts written in paragraphs and lines keep them in the printed reports (yearly and weekly)."""

import os
import subprocess
import sys
from typing import NamedTuple

from tests.conftest import check_file


class Word(NamedTuple):
    page: int
    left: float
    top: float
    text: str


def lagesbild(db, *args):
    done = subprocess.run([sys.executable, "-m", "lagesbild_desktop", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def words_of(pdf) -> list[Word]:
    tsv = subprocess.run(["pdftotext", "-tsv", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    words = []
    for line in tsv.splitlines()[1:]:
        level, page, *_, left, top, _width, _height, _conf, text = line.split("\t")
        if level == "5":
            words.append(Word(int(page), float(left), float(top), text))
    return words


def word(words: list[Word], text: str) -> Word:
    found = [w for w in words if w.text == text]
    assert len(found) == 1, f"{text!r} printed {len(found)} times"
    return found[0]


def assert_layout(words, *, ends_first: str, starts_second: str, ends_line: str, starts_next_line: str):
    """`starts_second` begins a paragraph after `ends_first` (a blank line's worth of space more than a
    line step); `starts_next_line` begins a line of its own right after `ends_line`, at the column's left."""
    first, second = word(words, ends_first), word(words, starts_second)
    before_break, after_break = word(words, ends_line), word(words, starts_next_line)
    step = after_break.top - before_break.top
    assert step > 0 and after_break.left == second.left  # a new line, at the text's left edge
    assert second.top - first.top > 1.3 * step  # more space between paragraphs than between lines


def test_a_priority_field_comment_in_paragraphs_prints_in_paragraphs(tmp_path):
    db = tmp_path / "w.db"
    lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "10", "--grade", "3")
    comment = ("Tryggheten vid torget har varit låg under hösten enligt medborgardialogen.\r\n\r\n"
               "Belysningen byts ut.\r\nFastighetsägarna ansvarar.")
    lagesbild(db, "priority-field", "--year", "2024", "--field", "2", "--needs-measures", "ja", "--comment", comment)
    lagesbild(db, "report", "yearly", "--year", "2024", "--out", str(tmp_path / "år.pdf"))
    words = words_of(tmp_path / "år.pdf")
    assert_layout(words, ends_first="medborgardialogen.", starts_second="Belysningen",
                  ends_line="ut.", starts_next_line="Fastighetsägarna")
    assert check_file(db).ok


def test_weekly_texts_keep_their_paragraphs_and_line_breaks(tmp_path):
    db = tmp_path / "w.db"
    lagesbild(db, "record", "--area", "Grimsta", "--year", "2024", "--week", "10", "--grade", "4",
              "--note", "Bränder i källarförråd.\nPolisen informerad.")
    lagesbild(db, "incident", "add", "--area", "Vinsta", "--date", "2024-03-05", "--category", "skadegörelse",
              "--severity", "lindrig", "--place", "Vinsta torg", "--description", "Krossade rutor.\nAnmält.")
    lagesbild(db, "week-note", "--year", "2024", "--week", "10",
              "--participants", "Stadsdelsförvaltningen\nRäddningstjänsten\nBostadsbolaget",
              "--summary", "Oro i Grimsta efter bränderna i förråden under helgen.\n\n"
              "Lugnt i övriga områden.\nInga nya.")
    lagesbild(db, "report", "weekly", "--year", "2024", "--week", "10", "--out", str(tmp_path / "v.pdf"))
    words = words_of(tmp_path / "v.pdf")
    assert_layout(words, ends_first="helgen.", starts_second="Lugnt", ends_line="områden.", starts_next_line="Inga")
    participants = [word(words, name) for name in ("Stadsdelsförvaltningen", "Räddningstjänsten", "Bostadsbolaget")]
    assert len({w.top for w in participants}) == 3 and len({w.left for w in participants}) == 1  # one per line
    note_break = word(words, "informerad.")
    assert note_break.top > word(words, "källarförråd.").top  # the grade's note keeps its line break
    assert word(words, "Anmält.").top > word(words, "rutor.").top  # so does the incident's description
