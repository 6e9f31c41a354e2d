"""F1 opens the user guide inside the program, with its pictures, and Esc closes it."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from lagesbild_desktop.paths import guide_path


def test_f1_shows_the_guide_with_its_screenshots(qtbot, make_window, store):
    window = make_window(store)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_view
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert "Veckomötet" in text and "Importera de gamla Excel-bladen" in text and "Ta filens värde" in text
    document = guide.browser.document()
    pictures = [name for name in guide_path().read_text(encoding="utf-8").split("(") if name.startswith("screenshots/")]
    assert pictures
    for name in (picture.split(")")[0] for picture in pictures):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name  # every picture the guide names is found
    widths = _image_widths(document)
    assert widths and max(widths) <= 760  # the 1280-pixel screenshots fit the window
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())


def _image_widths(document):
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                widths.append(fragment.charFormat().toImageFormat().width())
            iterator += 1
        block = block.next()
    return widths


def test_every_contents_link_scrolls_to_its_heading(qtbot, make_window, store):
    import re

    from PySide6.QtCore import QUrl

    window = make_window(store)
    window.open_guide()
    guide = window.guide_view
    qtbot.waitExposed(guide)
    links = re.findall(r"\]\(#([^)]+)\)", guide_path().read_text(encoding="utf-8"))
    assert len(links) >= 8
    for anchor in links:
        guide.browser.verticalScrollBar().setValue(0)
        assert guide.follow(QUrl("#" + anchor)), anchor
    guide.browser.verticalScrollBar().setValue(0)
    guide.browser.anchorClicked.emit(QUrl("#" + links[-1]))  # as a click on the link does
    assert guide.browser.verticalScrollBar().value() > 0
    assert guide.browser.toPlainText().startswith("Användarguide")  # still the guide, not its Markdown source

