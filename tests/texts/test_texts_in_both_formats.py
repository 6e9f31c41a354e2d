"""Any text an official writes arrives in both formats: every paragraph and every list item, in order."""

import subprocess

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagesbild_desktop.domain.markdown import Item, Paragraph, Run, write
from lagesbild_desktop.services import reports, year_texts
from lagesbild_desktop.store.database import open_database

LETTERS = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789"
WORD = st.builds(lambda core, sign: core + sign,
                 st.text(alphabet=st.sampled_from(list(LETTERS)), min_size=2, max_size=9),
                 st.sampled_from(["", "", "", ".", ",", ":", "!", "?", "%", ")", "&", "/", "-", "\""]))
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


@st.composite
def runs(draw):
    """One to three runs of words, bold or italic or neither, some with a line break between them."""
    made = []
    for index in range(draw(st.integers(1, 3))):
        text = draw(LINE)
        if index:
            text = draw(st.sampled_from([" ", "\n"])) + text
        made.append(Run(text, bold=draw(st.booleans()), italic=draw(st.booleans())))
    return tuple(made)


@st.composite
def texts(draw):
    """Paragraphs, and bulleted or numbered lists two levels deep, as an official writes them; a numbered
    item's number counts on within its list."""
    blocks = []
    lists: dict[int, tuple[bool, int]] = {}
    for _ in range(draw(st.integers(1, 7))):
        if draw(st.booleans()):
            previous = blocks[-1] if blocks and isinstance(blocks[-1], Item) else None
            depth = draw(st.integers(0, min(1, previous.depth + 1))) if previous else 0
            ordered = draw(st.booleans())
            lists = {d: found for d, found in lists.items() if d <= depth} if previous else {}
            open_list = lists.get(depth)
            number = open_list[1] + 1 if open_list and open_list[0] == ordered else 1
            lists[depth] = (ordered, number)
            blocks.append(Item(draw(runs()), ordered=ordered, depth=depth, number=number if ordered else 1))
        else:
            blocks.append(Paragraph(draw(runs())))
    return blocks


def _squeezed(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blocks=texts(), area_blocks=texts())
def test_every_paragraph_and_item_arrives_in_the_pdf_and_the_word_document(tmp_path_factory, blocks, area_blocks):
    work = tmp_path_factory.mktemp("both")
    store = open_database(work / "t.db")
    year_texts.set_text(store, year_texts.place(store, 2024, "sammantagen"), write(blocks))
    year_texts.set_text(store, year_texts.place(store, 2024, "omrade", "Nälsta"), write(area_blocks))
    sections = ("sammantagen", "omraden")
    pdf = reports.make_yearly_report(store, 2024, work / "r.pdf", sections=sections)
    word = reports.make_yearly_report(store, 2024, work / "r.docx", sections=sections)
    store.close()
    # -layout: without it pdftotext joins a line that ends in "-" to the next as a hyphenated word.
    in_pdf = _squeezed(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                      check=True).stdout)
    paragraphs = docx.Document(str(word)).paragraphs
    texts_in_word = [_squeezed(p.text) for p in paragraphs]
    position_pdf = position_word = 0
    for block in blocks + area_blocks:
        text = _squeezed(block.text)
        position_pdf = in_pdf.index(text, position_pdf) + len(text)  # in order, one after another
        position_word = texts_in_word.index(text, position_word)
        style = paragraphs[position_word].style.name
        kind = "Normal"
        if isinstance(block, Item):
            kind = ("List Number" if block.ordered else "List Bullet") + ("" if block.depth == 0 else " 2")
        assert style == kind, (block, style)
        if isinstance(block, Item) and block.ordered:  # the number printed before it in the PDF
            assert f"{block.number}. {text}" in in_pdf
        position_word += 1
