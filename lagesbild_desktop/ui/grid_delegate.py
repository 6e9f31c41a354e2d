"""Painting a grid cell: the scale colour, the digit, the critical-incident mark, the current week.

This runs for every visible cell on every repaint (130 areas x 53 weeks in a city
district), so it reads the model's prepared cells directly and keeps QPainter work small.
"""

from PySide6.QtCore import QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from lagesbild_desktop.ui.theme import CRITICAL_MARK, FOCUS_COLOUR

_CORNER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


class GridDelegate(QStyledItemDelegate):
    _current_base = QColor(FOCUS_COLOUR.red(), FOCUS_COLOUR.green(), FOCUS_COLOUR.blue(), 40)
    _week_pen = QPen(FOCUS_COLOUR, 2)
    _focus_outer = QPen(QColor("#000000"), 3)
    _focus_inner = QPen(QColor("#FFFFFF"), 1)
    _white, _black = QColor("#FFFFFF"), QColor("#000000")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._digits: dict[str, tuple[QStaticText, float, float]] = {}
        self.set_font(parent.font() if parent is not None else QFont())

    def set_font(self, base: QFont) -> None:
        """The view's font (again after a zoom): prepared once here, not for every cell."""
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._small = QFont(base)
        self._small.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        self._digits = {}  # laid out again for the new size

    def _digit(self, text: str, font: QFont) -> tuple[QStaticText, float, float]:
        """A digit laid out once (QStaticText), with half its size for centring."""
        found = self._digits.get(text)
        if found is None:
            static = QStaticText(text)
            static.prepare(font=font)
            size = static.size()
            found = self._digits[text] = (static, size.width() / 2, size.height() / 2)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model, row, column = index.model(), index.row(), index.column()
        found = model.grid.cells.get((model.row_ids[row], column + 1))
        grade = found[0] if found else None
        current_week = column + 1 == model.current_week
        rect = option.rect
        if grade:
            painter.fillRect(rect, model.fills[grade])
        elif current_week:
            painter.fillRect(rect, self._current_base)
        bold, small = self._bold, self._small
        if grade:
            painter.setFont(bold)
            painter.setPen(model.inks[grade])
            static, half_width, half_height = self._digit(str(grade), bold)
            centre = rect.center()
            painter.drawStaticText(QPointF(centre.x() - half_width + 1, centre.y() - half_height + 1), static)
        if (row, column) in model.critical_cells:
            painter.setFont(small)
            background = model.fills[grade] if grade else option.palette.base().color()
            dark_fill = background.lightness() < 110  # also an empty cell in dark mode
            painter.setPen(self._white if dark_fill else self._black)
            corner = QRect(rect.center().x(), rect.top(), rect.width() // 2, rect.height() // 2)
            painter.drawText(corner, _CORNER, CRITICAL_MARK)
        if current_week:
            painter.setPen(self._week_pen)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.drawLine(rect.topRight(), rect.bottomRight())
        if (row, column) == model.focused:
            # Visible focus on every colour: a dark frame inside a light one.
            painter.setPen(self._focus_outer)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.setPen(self._focus_inner)
            painter.drawRect(rect.adjusted(3, 3, -4, -4))


