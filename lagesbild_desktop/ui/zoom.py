"""Projector zoom: the whole window grows with the application font.

Headings and area names are larger than the body text; they keep their
proportion through a `fontScale` property that the zoom re-applies.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


def emphasise(widget: QWidget, scale: float = 1.0, bold: bool = True) -> None:
    widget.setProperty("fontScale", scale)
    widget.setProperty("fontBold", bold)
    _apply(widget, QApplication.font())


def _apply(widget: QWidget, base: QFont) -> None:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * float(widget.property("fontScale")))
    font.setBold(bool(widget.property("fontBold")))
    widget.setFont(font)


def set_point_size(root: QWidget, point_size: int) -> None:
    app = QApplication.instance()
    font = app.font()
    font.setPointSize(point_size)
    app.setFont(font)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("fontScale") is not None:
            _apply(widget, font)
