"""The scale legend (the report's "Tabell 1"): colour, digit, name and definition, always in view."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from lagesbild_desktop import shipped


class Legend(QWidget):
    def __init__(self, lang: str = "sv", parent: QWidget | None = None, *, wrap: bool = True):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(self.tr("Skala"))
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setHorizontalSpacing(8)
        for column, level in enumerate(shipped.scale()):
            chip = QLabel(str(level.value), self)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumWidth(chip.fontMetrics().height() * 2)
            chip.setStyleSheet(f"background: {level.fill}; color: {level.text}; font-weight: bold;"
                               " border: 1px solid #777777; padding: 2px;")
            chip.setAccessibleName(level.label(lang))
            text = QLabel(f"<b>{level.name(lang)}</b><br>{level.definition(lang)}", self)
            text.setWordWrap(wrap)
            text.setAccessibleName(f"{level.label(lang)}: {level.definition(lang)}")
            layout.addWidget(chip, 0, column * 2)
            layout.addWidget(text, 0, column * 2 + 1)
            layout.setColumnStretch(column * 2 + 1, 1)
