"""A text editor for the report's texts: paragraphs, bulleted and numbered lists, bold and italic.

It shows and gives back the blocks of domain/markdown.py, so what is typed here is exactly what the
PDF and the Word document print: no fonts, colours or tables pasted from elsewhere (a paste is
plain text), nothing the stored Markdown could not hold.
"""

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from lagesbild_desktop.domain.markdown import Block, Item, Paragraph, Run, parse, write

LINE_SEPARATOR = "\u2028"  # Shift+Enter: a line break inside a paragraph
_ORDERED = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman)
_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)


class MarkdownEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the program
        for keys, slot in (("Ctrl+B", self.toggle_bold), ("Ctrl+I", self.toggle_italic),
                           ("Ctrl+Shift+L", lambda: self.toggle_list(ordered=False)),
                           ("Ctrl+Shift+N", lambda: self.toggle_list(ordered=True))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # -- the text as Markdown -----------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        self.set_blocks(parse(text))

    def markdown(self) -> str:
        return write(self.blocks())

    def set_blocks(self, blocks: list[Block]) -> None:
        """Show the blocks as a text of its own: Ctrl+Z cannot undo it into an empty or half text."""
        document = self.document()
        document.setUndoRedoEnabled(False)
        document.clear()
        cursor = QTextCursor(document)
        lists: dict[int, tuple[bool, object]] = {}  # depth -> (ordered, its QTextList)
        for index, block in enumerate(blocks):
            if index:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            if isinstance(block, Item):
                lists = {depth: found for depth, found in lists.items() if depth <= block.depth}
                found = lists.get(block.depth)
                if found is not None and found[0] == block.ordered:
                    found[1].add(cursor.block())
                else:
                    made = QTextListFormat()
                    made.setStyle(_ORDERED[0] if block.ordered else _BULLETS[block.depth % 2])
                    made.setIndent(block.depth + 1)
                    if block.ordered:
                        made.setStart(block.number)  # a list that starts at 3, or goes on after a paragraph
                    lists[block.depth] = (block.ordered, cursor.createList(made))
            else:
                lists = {}
            for run in block.runs:
                look = QTextCharFormat()
                look.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
                look.setFontItalic(run.italic)
                cursor.insertText(run.text.replace("\n", LINE_SEPARATOR), look)
        document.setUndoRedoEnabled(True)  # from here on; what was shown is not a step to undo
        document.setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def blocks(self) -> list[Block]:
        made: list[Block] = []
        block = self.document().begin()
        while block.isValid():
            text = block.text()
            runs: list[Run] = []
            for piece in block.textFormats():
                part = text[piece.start:piece.start + piece.length].replace(LINE_SEPARATOR, "\n")
                look = piece.format
                run = Run(part, look.fontWeight() >= QFont.Weight.Bold, look.fontItalic())
                if runs and (runs[-1].bold, runs[-1].italic) == (run.bold, run.italic):
                    runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic)
                elif part:
                    runs.append(run)
            runs = _trimmed(runs)
            if runs:
                listed = block.textList()
                if listed is not None:
                    look = listed.format()
                    ordered = look.style() in _ORDERED
                    made.append(Item(tuple(runs), ordered=ordered, depth=max(0, look.indent() - 1),
                                     number=look.start() + listed.itemNumber(block) if ordered else 1))
                else:
                    made.append(Paragraph(tuple(runs)))
            block = block.next()
        return made

    # -- formatting -----------------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.Bold
        self.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_list(self, *, ordered: bool) -> None:
        """The paragraph becomes a list item (of the kind asked for), or a list item a paragraph again."""
        cursor = self.textCursor()
        listed = cursor.currentList()
        if listed is not None and (listed.format().style() in _ORDERED) == ordered:
            for index in range(listed.count() - 1, -1, -1):
                item = listed.item(index)
                if item.position() <= cursor.position() <= item.position() + item.length():
                    listed.remove(item)
                    plain = QTextBlockFormat()
                    QTextCursor(item).setBlockFormat(plain)
                    break
            return
        made = QTextListFormat()
        made.setStyle(_ORDERED[0] if ordered else _BULLETS[0])
        made.setIndent(1)
        cursor.createList(made)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        """A paste is plain text: what another program's formatting would add, the report cannot keep."""
        if source.hasText():
            self.textCursor().insertText(source.text().replace("\r\n", "\n"))


def _trimmed(runs: list[Run]) -> list[Run]:
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic)
    return runs
