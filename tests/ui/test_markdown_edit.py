"""The text editor shows a text's blocks and gives the same blocks back: what is typed is what is printed."""

from hypothesis import HealthCheck, assume, given, settings

from lagesbild_desktop.domain.markdown import parse, write
from lagesbild_desktop.ui.markdown_edit import MarkdownEdit
from tests.domain.test_markdown import blocks, words


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=blocks())
def test_the_editor_gives_back_the_words_marks_lists_and_numbers_it_was_given(qtbot, made):
    assume(all(block.text.strip() for block in made))
    editor = MarkdownEdit()
    qtbot.addWidget(editor)
    editor.set_markdown(write(made))
    assert words(parse(editor.markdown())) == words(parse(write(made)))


def test_a_list_that_starts_at_three_and_one_that_goes_on_after_a_paragraph(qtbot):
    editor = MarkdownEdit()
    qtbot.addWidget(editor)
    text = "3. tre\n4. fyra\n\nEtt stycke.\n\n5. fem\n"
    editor.set_markdown(text)
    assert editor.toPlainText().splitlines()[0] == "tre" and parse(editor.markdown()) == parse(text)
