"""Small pieces the list dialogs share (places, lists of names): a named button in a row, a question for a
line of text, and the message line under the list that says what was done or, in red, what was refused."""

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

ERROR_STYLE = "color: #C5221F; font-weight: bold;"


def add_button(parent: QWidget, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)  # tests and the screen reader find it by this
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer if ok else None


def say(message: QLabel, text: str, *, refused: bool = False) -> None:
    message.setStyleSheet(ERROR_STYLE if refused else "")
    message.setText(text)
