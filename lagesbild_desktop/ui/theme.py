"""Look of the program: Fusion style, light or dark palette, and the scale's colours as Qt colours."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from lagesbild_desktop import shipped


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, *, dark: bool | None = None, point_size: int | None = None) -> None:
    if app.style().name().lower() != "fusion":  # Fusion everywhere: the same look on every desktop
        app.setStyle("Fusion")
    if dark is None:
        dark = system_prefers_dark()
    if dark:
        app.setPalette(dark_palette())
    elif app.property("lagesbildDark"):  # back from dark (the screenshots switch): the style's own colours
        app.setPalette(app.style().standardPalette())
    app.setProperty("lagesbildDark", bool(dark))
    if point_size:
        font = app.font()
        font.setPointSize(point_size)
        app.setFont(font)


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#F1F3F4",
        QPalette.ColorRole.Base: "#17181A", QPalette.ColorRole.AlternateBase: "#26282B",
        QPalette.ColorRole.Text: "#F1F3F4", QPalette.ColorRole.Button: "#2D2F33",
        QPalette.ColorRole.ButtonText: "#F1F3F4", QPalette.ColorRole.Highlight: "#8AB4F8",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.ToolTipBase: "#2D2F33",
        QPalette.ColorRole.ToolTipText: "#F1F3F4", QPalette.ColorRole.PlaceholderText: "#9AA0A6",
        QPalette.ColorRole.Link: "#8AB4F8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80868B"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80868B"))
    return palette


def grade_fill(grade: int) -> QColor:
    return QColor(shipped.scale().level(grade).fill)


def grade_text(grade: int) -> QColor:
    return QColor(shipped.scale().level(grade).text)


# The current week and focus are marked with this, on every palette.
FOCUS_COLOUR = QColor("#1A73E8")
CRITICAL_MARK = "◆"
