"""Painting a grid cell: the scale colour, the digit, the critical-incident mark, the current week."""

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lagesbild_desktop.ui.theme import CRITICAL_MARK, FOCUS_COLOUR
from lagesbild_desktop.ui.year_model import CRITICAL_ROLE, CURRENT_WEEK_ROLE


class GridDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        fill = index.data(Qt.ItemDataRole.BackgroundRole)
        palette = option.palette
        base = palette.base().color()
        if index.data(CURRENT_WEEK_ROLE) and fill is None:
            base = QColor(FOCUS_COLOUR)
            base.setAlpha(40)
        painter.fillRect(rect, fill if fill is not None else base)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text:
            font = option.font
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole) or palette.text().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if index.data(CRITICAL_ROLE):
            self._mark_critical(painter, rect, fill)
        if index.data(CURRENT_WEEK_ROLE):
            painter.setPen(QPen(FOCUS_COLOUR, 2))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.drawLine(rect.topRight(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus or option.state & QStyle.StateFlag.State_Selected:
            # Visible focus on every colour: a dark frame inside a light one.
            painter.setPen(QPen(QColor("#000000"), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.setPen(QPen(QColor("#FFFFFF"), 1))
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
        painter.restore()

    @staticmethod
    def _mark_critical(painter: QPainter, rect: QRect, fill: QColor | None) -> None:
        font = painter.font()
        font.setBold(False)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        dark_fill = fill is not None and fill.lightness() < 110
        painter.setPen(QColor("#FFFFFF") if dark_fill else QColor("#000000"))
        corner = QRect(rect.right() - rect.width() // 2, rect.top(), rect.width() // 2, rect.height() // 2)
        painter.drawText(corner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, CRITICAL_MARK)
