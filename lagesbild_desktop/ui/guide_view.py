"""The user guide (docs/anvandarguide.md) inside the program: F1, or Hjälp → Användarguide.

Qt renders the Markdown and its screenshots itself, so the guide needs no browser and no
network, and it is the same text that ships as a file for the IT department.
"""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from lagesbild_desktop.paths import guide_path

MAX_IMAGE_WIDTH = 760  # the screenshots are 1280 px wide: shown within the text's width


class GuideView(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Användarguide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Användarguide"))
        # Links are followed here: the table of contents scrolls to its heading, and nothing else
        # is opened (no network; Qt would load "#heading" as a new document).
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(1000, 720)
        try:
            path = guide_path()
        except FileNotFoundError as missing:
            self.browser.setPlainText(str(missing))
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        _fit_images(self.browser.document(), path.parent, MAX_IMAGE_WIDTH)
        self.browser.setFocus()


    def follow(self, url: QUrl) -> bool:
        """Scroll to the heading a "#section" link names; other links are left alone."""
        wanted = url.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
        if not wanted:
            return False
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_anchor(block.text()) == wanted:
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False


def heading_anchor(text: str) -> str:
    """A heading's link name as GitHub makes it ("Första starten" -> "första-starten"), so the guide's
    links work on GitHub, in an editor's preview and here alike."""
    kept = "".join(character for character in text.strip().lower() if character.isalnum() or character in " -_")
    return kept.replace(" ", "-")


def _fit_images(document: QTextDocument, folder: Path, max_width: int) -> None:
    """Scale every picture down to max_width, keeping its proportions (sizes read from the files' headers)."""
    pictures = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                pictures.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
            iterator += 1
        block = block.next()
    for position, length, picture in pictures:  # changed after the walk: a change ends the fragments walked
        size = QImageReader(str(folder / picture.name())).size()
        if size.width() <= max_width:
            continue
        scaled = QTextImageFormat(picture)
        scaled.setWidth(max_width)
        scaled.setHeight(size.height() * max_width / size.width())
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(scaled)
