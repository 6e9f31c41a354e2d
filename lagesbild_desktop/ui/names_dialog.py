"""The editable lists of names in the window (Arkiv → Listor med namn…): responsible organisations, sources
of key figures and kinds of places; rename (everywhere the name is used), retire or take back, remove a name
nothing uses. The same services as `lagesbild responsibles|figures sources|places kinds …`; each change is
an undo step of the window like any other (ui/steps.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import named_lists
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.dialog_parts import add_button, ask_text, say

CONTEXT = "fönstret: listor"


class NamesDialog(QDialog):
    changed = Signal(str)  # what was done, in words

    def __init__(self, store: Store, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("namesDialog")
        self.store, self.prompts = store, prompts
        self.setWindowTitle(self.tr("Listor med namn"))
        self.list_choice = QComboBox(self)
        self.list_choice.setObjectName("namesList")
        for entity, title in (("responsible", self.tr("Ansvariga organisationer")),
                              ("figure_source", self.tr("Källor för nyckeltal")),
                              ("place_kind", self.tr("Slag av platser"))):
            self.list_choice.addItem(title, entity)
        chooser = QLabel(self.tr("&Lista:"), self)
        chooser.setBuddy(self.list_choice)
        self.names = QListWidget(self)
        self.names.setObjectName("namesNames")
        self.names.setAccessibleName(self.tr("Namnen i listan"))
        buttons = QHBoxLayout()
        self.rename_button = self._button(buttons, self.tr("&Byt namn…"), "namesRename", self.rename)
        self.retire_button = self._button(buttons, self.tr("&Avveckla eller återta"), "namesRetire",
                                          self.toggle_retired)
        self.remove_button = self._button(buttons, self.tr("&Ta bort"), "namesRemove", self.remove)
        buttons.addStretch(1)
        close = self._button(buttons, self.tr("&Stäng"), "namesClose", self.accept)
        close.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setObjectName("namesMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(chooser)
        top.addWidget(self.list_choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.names, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.names.installEventFilter(self)  # Delete on a name removes it
        self.list_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.reload()
        metrics = self.fontMetrics()  # as large as the zoom makes the text
        self.resize(metrics.averageCharWidth() * 60, metrics.height() * 16)

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        return add_button(self, row, text, name, slot)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.names and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove()
            return True
        return super().eventFilter(watched, event)

    @property
    def entity(self) -> str:
        return self.list_choice.currentData()

    def reload(self) -> None:
        chosen = self.chosen()
        self.names.clear()
        for item in named_lists.names_of(self.store, self.entity):
            shown = QListWidgetItem(item.name if item.active else self.tr("{name} (avvecklad)").format(name=item.name))
            shown.setData(Qt.ItemDataRole.UserRole, item.name)
            self.names.addItem(shown)
            if item.name == chosen:
                self.names.setCurrentItem(shown)
        if self.names.currentRow() < 0 and self.names.count():
            self.names.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.names.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- questions (tests answer them instead) -----------------------------------------------------------

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return ask_text(self, title, label, text)

    # -- changes ------------------------------------------------------------------------------------------

    def _done(self, said: str, keep: str | None = None) -> None:
        say(self.message, said)
        self.reload()
        if keep is not None:
            for row in range(self.names.count()):
                if self.names.item(row).data(Qt.ItemDataRole.UserRole) == keep:
                    self.names.setCurrentRow(row)
        self.changed.emit(said)

    def _failed(self, error: LagesbildError) -> None:
        say(self.message, error.message, refused=True)

    def rename(self) -> None:
        name = self.chosen()
        if name is None:
            return
        new = self.ask_text(self.tr("Byt namn"), self.tr("Nytt namn för {name} (ändras överallt där det "
                                                         "används):").format(name=name), name)
        if not new or new == name:
            return
        try:
            done = named_lists.rename(self.store, self.entity, name, new, context=CONTEXT)
        except LagesbildError as error:
            self._failed(error)
            return
        self._done(self.tr("Bytt namn: {old} → {new} ({count} poster ändrade)").format(
            old=done.old, new=done.new, count=done.records), done.new)

    def toggle_retired(self) -> None:
        name = self.chosen()
        if name is None:
            return
        active = next(item.active for item in named_lists.names_of(self.store, self.entity) if item.name == name)
        try:
            named_lists.set_active(self.store, self.entity, name, not active, context=CONTEXT)
        except LagesbildError as error:
            self._failed(error)
            return
        said = self.tr("{name} avvecklad") if active else self.tr("{name} återtagen")
        self._done(said.format(name=name), name)

    def remove(self) -> None:
        name = self.chosen()
        if name is None or not self.prompts.confirm_delete(self, self.tr("namnet {name}").format(name=name)):
            return
        try:
            named_lists.remove(self.store, self.entity, name, context=CONTEXT)
        except LagesbildError as error:
            self._failed(error)
            return
        self._done(self.tr("Borttaget: {name}").format(name=name))
