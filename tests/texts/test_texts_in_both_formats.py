"""Any text an official writes arrives in both formats: every paragraph and every list item, in order."""

import subprocess

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagesbild_desktop.domain.markdown import Item, Paragraph, Run, write
from lagesbild_desktop.services import reports, year_texts
from lagesbild_desktop.store.database import open_database

WORD = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789")), min_size=2, max_size=9)
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


@st.composite
def texts(draw):
    blocks = []
    for _ in range(draw(st.integers(1, 7))):
        line = draw(LINE)
        if draw(st.booleans()):
            blocks.append(Item((Run(line, bold=draw(st.booleans())),), ordered=draw(st.booleans())))
        else:
            blocks.append(Paragraph((Run(line, italic=draw(st.booleans())),)))
    return blocks


def _squeezed(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
    in_pdf = _squeezed(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                      check=True).stdout)
    paragraphs = docx.Document(str(word)).paragraphs
    texts_in_word = [p.text for p in paragraphs]
    position_pdf = position_word = 0
    for block in blocks + area_blocks:
        position_pdf = in_pdf.index(block.text, position_pdf) + len(block.text)  # in order, one after another
        position_word = texts_in_word.index(block.text, position_word)
        style = paragraphs[position_word].style.name
        kind = ("List Number" if block.ordered else "List Bullet") if isinstance(block, Item) else "Normal"
        assert style == kind, (block, style)
        position_word += 1
