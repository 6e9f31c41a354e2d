"""Five grade buttons that also take the digits 1–5 from the keyboard (one focus stop per area)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from lagesbild_desktop import shipped


class GradeSelector(QWidget):
    chosen = Signal(int)  # a digit was typed or a button clicked
    clear_requested = Signal()  # Delete / Backspace

    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("gradeSelector")
        self._grade: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for level in shipped.scale():
            button = QPushButton(str(level.value), self)
            # The buttons are for the mouse; the keyboard types digits into the selector itself,
            # so Tab moves area by area instead of stopping at every button.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCheckable(True)
            button.setAccessibleName(level.label(lang))
            button.setToolTip(f"{level.label(lang)}: {level.definition(lang)}")
            button.clicked.connect(lambda _checked=False, grade=level.value: self.chosen.emit(grade))
            layout.addWidget(button)
            self.buttons.append(button)
        self._restyle()

    @property
    def grade(self) -> int | None:
        return self._grade

    def set_grade(self, grade: int | None) -> None:
        self._grade = grade
        for button in self.buttons:
            button.setChecked(int(button.text()) == grade)
        self._restyle()

    def _restyle(self) -> None:
        size = max(self.fontMetrics().height() * 2, 36)
        for level, button in zip(shipped.scale(), self.buttons, strict=True):
            chosen = level.value == self._grade
            # Not colour alone: the chosen grade gets a thick frame and a bold digit (and its name
            # stands beside the buttons); the others keep their full contrast.
            border = "4px solid palette(window-text)" if chosen else "1px solid #777777"
            button.setStyleSheet(
                f"QPushButton {{ background: {level.fill}; color: {level.text}; border: {border};"
                f" border-radius: 4px; font-weight: {'bold' if chosen else 'normal'}; }}")
            button.setFixedSize(size, size)

    def changeEvent(self, event) -> None:  # the zoom changes the font: buttons follow
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._restyle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {"1", "2", "3", "4", "5"} and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.chosen.emit(int(text))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            return
        super().keyPressEvent(event)
