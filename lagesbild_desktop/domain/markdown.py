"""The texts people write for the yearly report, as Markdown: read into blocks and written back (pure).

A text is stored as Markdown. The editor, the PDF and the Word document all work on the same
blocks read here, so a paragraph, a list item, bold or italic arrives the same in each:

- a paragraph: runs of text, each bold, italic or both; a line break inside it is "\n" in a run;
- a list item: bulleted or numbered, at a depth (0 = top level), with its runs; a numbered item has
  its number (a list may start at 3, or go on after a paragraph written inside an item).

A link keeps its address in the text, "Polisen (https://polisen.se)": the report is printed, and the
stored text keeps what was written.

Reading uses markdown-it-py (CommonMark) with `breaks`: a single line break stays a line break, as
in the plain texts written before the report had Markdown (a priority field's comment). Writing
produces the Markdown this reading gives back unchanged (tests/domain/test_markdown.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Item:
    runs: tuple[Run, ...]
    ordered: bool = False
    depth: int = 0
    number: int = 1  # a numbered item's number

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


Block = Paragraph | Item


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # loaded with the first text read, not with the window

    # No raw HTML: a "<" someone types is text. Headings, code and quotes are read as paragraphs.
    return MarkdownIt("commonmark", {"breaks": True, "html": False})


def parse(text: str | None) -> list[Block]:
    """The blocks of a Markdown text, in order (an empty text: none)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return []
    blocks: list[Block] = []
    lists: list[list] = []  # the open lists, outermost first: [ordered, the next item's number]
    in_item = False
    for token in _parser().parse(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start") if kind == "ordered_list_open" else None
            lists.append([kind == "ordered_list_open", int(start) if start is not None else 1])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            in_item = True
            lists[-1][1] += 1
        elif kind == "list_item_close":
            in_item = False
        elif kind == "inline":
            runs = _runs(token.children or [])
            if not runs:
                continue
            if lists and in_item:
                ordered, following = lists[-1]
                # A list inside an item with no text of its own ("- - x") is one level up: no level is skipped.
                above = blocks[-1].depth + 1 if blocks and isinstance(blocks[-1], Item) else 0
                blocks.append(Item(runs, ordered=ordered, depth=min(len(lists) - 1, above),
                                   number=following - 1 if ordered else 1))
                in_item = False  # a second paragraph of the same item is a paragraph of its own
            else:
                blocks.append(Paragraph(runs))
        elif kind in ("code_block", "fence") and token.content.strip():  # an indented text: kept as typed
            blocks.append(Paragraph(_tidy([Run(token.content)])))
        elif kind == "hr":
            continue
    return blocks


def _runs(children) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = 0
    link: list[tuple[str, int]] = []  # an open link's address, and where its text began
    for child in children:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind in ("text", "code_inline", "html_inline"):
            _add(runs, child.content, bold > 0, italic > 0)
        elif kind in ("softbreak", "hardbreak"):
            _add(runs, "\n", bold > 0, italic > 0)
        elif kind == "image":
            _add(runs, child.content, bold > 0, italic > 0)
        elif kind == "link_open":
            link.append((str(child.attrGet("href") or ""), sum(len(run.text) for run in runs)))
        elif kind == "link_close" and link:
            address, began = link.pop()
            shown = "".join(run.text for run in runs)[began:]
            if address and address not in shown and address.removeprefix("mailto:") not in shown:
                _add(runs, f" ({address})", bold > 0, italic > 0)
    return _tidy(runs)


def _add(runs: list[Run], text: str, bold: bool, italic: bool) -> None:
    if not text:
        return
    if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
        runs[-1] = Run(runs[-1].text + text, bold, italic)
    else:
        runs.append(Run(text, bold, italic))


def _tidy(runs: list[Run]) -> tuple[Run, ...]:
    """Without line breaks and spaces at either end (Markdown cannot keep them there)."""
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if not runs:
        return ()
    runs[0] = Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic)
    runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic)
    return tuple(runs)


def one_plain_line(text: str | None) -> str | None:
    """The text as one line of plain words, if that is all it is (no paragraphs, list, marks); else None."""
    blocks = parse(text)
    if not blocks:
        return ""
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph) and len(blocks[0].runs) == 1:
        run = blocks[0].runs[0]
        if not (run.bold or run.italic or "\n" in run.text):
            return run.text
    return None


def as_markdown(line: str) -> str:
    """Plain words as Markdown that reads back as the same words."""
    return write([Paragraph((Run(line),))]).rstrip("\n") if line.strip() else ""


def plain(text: str | None) -> str:
    """The words of a text without its marks, paragraphs and items on lines of their own."""
    return "\n".join(block.text for block in parse(text))


# -- writing ----------------------------------------------------------------------------------------

# Characters that would start a mark anywhere in a line; at the start of a line also the ones that
# start a heading, a list, a quote, a table or a rule.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&!])")
_LINE_START = re.compile(r"^(\s*)([#>+=|~-]|\d+[.)])")


def _escaped(text: str) -> str:
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _lines_escaped(text: str) -> str:
    """Each line without blanks at its ends (leading ones would make it code, trailing ones a different
    break), with what would start a block escaped; an empty line inside a paragraph is a lone backslash
    (a hard line break), since a blank line would end the paragraph."""
    lines = [_LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), line.strip(" \t"))
             for line in text.split("\n")]
    return "\n".join(line or "\\" for line in lines)


def _escape_start(mark: str) -> str:
    if mark[0].isdigit():  # "3." -> "3\." : a number that starts a line is not a list
        return mark[:-1] + "\\" + mark[-1]
    return "\\" + mark


_EDGES = re.compile(r"^([\s!-/:-@\[-`{-~–—…”“’‘«»]*)(.*?)([\s!-/:-@\[-`{-~–—…”“’‘«»]*)$", re.DOTALL)


def _marked(run: Run) -> str:
    """A run with its marks around its words: CommonMark needs "**ord** ", not "**ord **", and a mark
    next to punctuation inside a word ("0*:*") is not a mark. So blanks and punctuation at the ends of
    a run stay outside its marks (bold or italic on them is not visible anyway)."""
    if not (run.bold or run.italic):
        return _escaped(run.text)
    lead, core, trail = _EDGES.match(run.text).groups()  # type: ignore[union-attr]
    if not core:
        return _escaped(run.text)
    mark = ("**" if run.bold else "") + ("*" if run.italic else "")
    return f"{_escaped(lead)}{mark}{_escaped(core)}{mark[::-1]}{_escaped(trail)}"


def write_runs(runs: tuple[Run, ...] | list[Run]) -> str:
    # No empty lines at either end: the paragraph would end there, or keep a lone backslash.
    return _lines_escaped("".join(_marked(run) for run in runs if run.text).strip())


def write(blocks: list[Block]) -> str:
    """Markdown for the blocks: paragraphs and lists apart by a blank line, items of one list together."""
    parts: list[str] = []
    previous: Block | None = None
    lists: dict[int, tuple[bool, int]] = {}  # depth -> the open list there: numbered or not, its last number
    columns = [0]  # where the text of an item at each depth starts, so that a deeper item nests in it
    for block in blocks:
        body = write_runs(block.runs)
        if not body.strip():
            continue
        if isinstance(block, Item):
            if not isinstance(previous, Item):
                lists, columns = {}, [0]
                if previous is not None:
                    parts.append("")
            depth = min(block.depth, len(columns) - 1)  # an item cannot be deeper than one below the last
            lists = {level: found for level, found in lists.items() if level <= depth}
            columns = columns[:depth + 1]
            open_list = lists.get(depth)
            if open_list is not None and open_list[0] != block.ordered:
                open_list = None
                parts.append("")  # a list of the other kind starts: CommonMark needs it apart
            elif open_list is None and block.ordered and block.number != 1 and isinstance(previous, Item):
                parts.append("")  # CommonMark: only a list starting at 1 may follow a line of text directly
            number = open_list[1] + 1 if open_list is not None else block.number
            lists[depth] = (block.ordered, number)
            marker = f"{number}." if block.ordered else "-"
            indent = " " * columns[depth]
            columns.append(columns[depth] + len(marker) + 1)
            parts.append(indent + marker + " " + body.replace("\n", "\n" + " " * columns[-1]))
        else:
            if previous is not None:
                parts.append("")
            parts.append(body)
        previous = block
    return "\n".join(parts) + ("\n" if parts else "")


class Placed(NamedTuple):
    block: Block
    number: int  # a numbered item's number as printed (1 for anything else)
    starts_list: bool  # a list item that begins a list at its depth (a new numbering in Word)


def placed(blocks: list[Block] | tuple[Block, ...]) -> list[Placed]:
    """Each block with its printed number: a list goes on counting until a paragraph or an item of the
    other kind at its depth ends it; a new list starts at its first item's own number. The PDF and the
    Word document number lists with this, so the two cannot count differently."""
    made: list[Placed] = []
    lists: dict[int, tuple[bool, int]] = {}  # depth -> the open list there: numbered or not, its last number
    previous: Block | None = None
    for block in blocks:
        if not isinstance(block, Item):
            made.append(Placed(block, 1, False))
            previous = block
            continue
        if not isinstance(previous, Item):
            lists = {}
        lists = {depth: found for depth, found in lists.items() if depth <= block.depth}
        open_list = lists.get(block.depth)
        goes_on = open_list is not None and open_list[0] == block.ordered
        number = open_list[1] + 1 if goes_on else block.number
        lists[block.depth] = (block.ordered, number)
        made.append(Placed(block, number if block.ordered else 1, not goes_on))
        previous = block
    return made


def draft_marked(text: str) -> bool:
    """Whether a text still holds a draft made from the year's data (services/year_drafts.py)."""
    return DRAFT_MARK in (text or "")


DRAFT_MARK = "UTKAST ur årets data"
