"""The texts' Markdown: what is read is what is written back, for any text a person might type."""

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lagesbild_desktop.domain.markdown import Item, Paragraph, Run, parse, plain, write

WORDS = st.text(alphabet=st.sampled_from(list("abcåäöXYZ019 .,:;-–()/?!\"'#*_&<>[]`|+=~%§")), min_size=1, max_size=12)


@st.composite
def runs(draw):
    """Runs as people format them: whole words (a run starts after a blank or a line break)."""
    made = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(WORDS)
        if made:
            text = draw(st.sampled_from([" ", "\n"])) + text
        made.append(Run(text, draw(st.booleans()), draw(st.booleans())))
    return tuple(made)


@st.composite
def blocks(draw):
    """Paragraphs and lists; a numbered list starts anywhere and counts on within its run of items."""
    made = []
    depth = 0
    numbers: dict[tuple[int, bool], int] = {}
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            previous = made[-1] if made and isinstance(made[-1], Item) else None
            depth = draw(st.integers(0, depth + 1 if previous else 0))
            ordered = draw(st.booleans())
            if previous is None:
                numbers = {}
            numbers = {key: n for key, n in numbers.items() if key[0] <= depth}
            if previous is not None and previous.depth == depth and previous.ordered != ordered:
                numbers = {key: n for key, n in numbers.items() if key[0] < depth}
            key = (depth, ordered)
            numbers[key] = numbers[key] + 1 if key in numbers else draw(st.integers(1, 12))
            made.append(Item(draw(runs()), ordered=ordered, depth=depth, number=numbers[key] if ordered else 1))
        else:
            made.append(Paragraph(draw(runs())))
    return made


def words(blocks_: list) -> list[tuple[str, str, list[tuple[str, bool, bool]]]]:
    """What a reader sees of blocks: their kind and depth, and each character with its bold and italic
    (spaces at the ends of lines are not something anyone sees)."""
    seen = []
    for block in blocks_:
        chars = [(ch, run.bold, run.italic) for run in block.runs for ch in run.text]
        text = "".join(ch for ch, _b, _i in chars)
        lines = "\n".join(line.strip() for line in text.split("\n")).strip()
        kind = (f"item{block.depth}{f'n{block.number}' if block.ordered else 'b'}" if isinstance(block, Item)
                else "p")
        # Bold or italic is what the letters and digits have (on a sign at the edge of a word it is not seen).
        marks = [(ch, b, i) if ch.isalnum() else (ch, False, False) for ch, b, i in chars if not ch.isspace()]
        seen.append((kind, " ".join(lines.split(" ")), marks))
    return seen


@settings(max_examples=300, deadline=None)
@given(blocks())
def test_written_blocks_are_read_back_as_the_same_words_marks_and_lists(made):
    assume(all(block.text.strip() for block in made))
    assert words(parse(write(made))) == words(made)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cd\n*_-1.#>&\\`[]!")), max_size=60))
def test_any_text_read_and_written_reads_the_same_again(text):
    first = parse(text)
    assert words(parse(write(first))) == words(first)
    once = write(first)
    assert write(parse(once)) == once  # and writing it again changes nothing more


def test_paragraphs_lists_bold_italic_and_line_breaks():
    text = ("Första stycket med **fet** och *kursiv*\nny rad.\n\n- punkt\n- punkt **två**\n  1. under\n"
            "  2. under två\n\n1. ett\n2. två\n\nSist.")
    assert parse(text) == [
        Paragraph((Run("Första stycket med "), Run("fet", bold=True), Run(" och "), Run("kursiv", italic=True),
                   Run("\nny rad."))),
        Item((Run("punkt"),)), Item((Run("punkt "), Run("två", bold=True))),
        Item((Run("under"),), ordered=True, depth=1), Item((Run("under två"),), ordered=True, depth=1, number=2),
        Item((Run("ett"),), ordered=True), Item((Run("två"),), ordered=True, number=2),
        Paragraph((Run("Sist."),)),
    ]
    assert plain(text).splitlines()[0] == "Första stycket med fet och kursiv"


def test_a_plain_text_with_single_line_breaks_keeps_them_and_html_is_text():
    assert parse("rad ett\nrad två") == [Paragraph((Run("rad ett\nrad två"),))]
    assert parse("<b>inte fet</b> & 3 < 4") == [Paragraph((Run("<b>inte fet</b> & 3 < 4"),))]
    typed = [Paragraph((Run("2024. Året"),))]  # typed in the editor: a year that starts a line, not a list
    assert write(typed) == "2024\\. Året\n" and parse(write(typed)) == typed


def test_a_list_keeps_its_numbers_and_a_link_its_address():
    assert parse("3. tre\n4. fyra") == [Item((Run("tre"),), ordered=True, number=3),
                                        Item((Run("fyra"),), ordered=True, number=4)]
    after = parse("1. ett\n\n   mer om ett\n2. två")  # a second paragraph inside the first item
    assert after == [Item((Run("ett"),), ordered=True), Paragraph((Run("mer om ett"),)),
                     Item((Run("två"),), ordered=True, number=2)]
    assert parse(write(after)) == after  # written back, "två" is still number 2
    assert parse("Se [Polisen](https://polisen.se) och <https://bra.se>.") == [
        Paragraph((Run("Se Polisen (https://polisen.se) och https://bra.se."),))]

