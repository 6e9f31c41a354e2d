"""Five grade boxes that take the digits 1–5 from the keyboard (one focus stop per area).

Painted as one widget rather than five buttons: a meeting view has one per
area, and the window must come up fast. The mouse clicks a box; the keyboard
types the digit. It is a slider to assistive technology (value 0–5, 0 = not
graded) and its name says area, week and grade in words; arrow keys and the
wheel are not used, so no grade changes by accident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractSlider, QWidget

from lagesbild_desktop import shipped
from lagesbild_desktop.ui.theme import FOCUS_COLOUR

if TYPE_CHECKING:  # event types only annotate: loading them costs start-up time
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent

GAP = 4


class GradeSelector(QAbstractSlider):
    chosen = Signal(int)  # a digit was typed or a box clicked
    clear_requested = Signal()  # Delete / Backspace

    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("gradeSelector")
        self._grade: int | None = None
        self.setRange(0, 5)
        self.setSingleStep(0)
        self.setPageStep(0)
        self._levels = [(level.value, QColor(level.fill), QColor(level.text)) for level in shipped.scale()]
        self.setToolTip("\n".join(f"{level.label(lang)}: {level.definition(lang)}" for level in shipped.scale()))

    @property
    def grade(self) -> int | None:
        return self._grade

    def set_grade(self, grade: int | None) -> None:
        if grade != self._grade:
            self._grade = grade
            self.setValue(grade or 0)
            self.update()

    def _box(self) -> int:
        return max(self.fontMetrics().height() * 2, 32)

    def sizeHint(self) -> QSize:
        box = self._box()
        return QSize(5 * box + 6 * GAP, box + 2 * GAP)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _rect(self, position: int) -> QRectF:
        box = self._box()
        return QRectF(GAP + position * (box + GAP), GAP, box, box)

    # The boxes look the same in every row with the same grade, size and colours: drawn once,
    # then copied (a meeting shows a dozen of them, and the first paint should be quick).
    _pictures: dict[tuple, QPixmap] = {}

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        outline = self.palette().windowText().color()
        key = (self._grade, self.width(), self.height(), self.font().key(), outline.rgba(), ratio)
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) > 200:  # zooming and colour changes: keep the cache small
                self._pictures.clear()
            picture = self._pictures[key] = self._draw(ratio, outline)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        if self.hasFocus():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(FOCUS_COLOUR, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)

    def _draw(self, ratio: float, outline: QColor) -> QPixmap:
        picture = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        for position, (value, fill, ink) in enumerate(self._levels):
            rect = self._rect(position)
            chosen = value == self._grade
            # Not colour alone: the chosen grade gets a thick frame and a bold digit (and its
            # name stands beside the boxes); the others keep their full contrast.
            painter.setPen(QPen(outline, 4) if chosen else QPen(QColor("#777777"), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2) if chosen else rect, 4, 4)
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()
        return picture

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for position, (value, _, _) in enumerate(self._levels):
            if self._rect(position).contains(event.position()):
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.chosen.emit(value)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text in {"1", "2", "3", "4", "5"} and plain:
            # A held-down key repeats: only the first press grades, or it would run down the list.
            if not event.isAutoRepeat():
                self.chosen.emit(int(text))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            if not event.isAutoRepeat():
                self.clear_requested.emit()
            return
        event.ignore()  # not the slider's arrow keys: the grade changes only by a digit or a click

    def wheelEvent(self, event) -> None:
        event.ignore()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
