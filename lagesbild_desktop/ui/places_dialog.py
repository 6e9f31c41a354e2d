"""The registered places in the window (from the Karta view, "Platser…"): the year's places with their
incidents this year and last, whether they recur and why they are prioritised; a new place, a new name,
coordinates, retiring and prioritising; and the free-text places of the incidents, spellings together, made
registered places in one step. The same services as `lagesbild places …`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import places
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.dialog_parts import add_button, ask_text, say

CONTEXT = "fönstret: platser"


class PlacesDialog(QDialog):
    changed = Signal(str)  # what was done, in words: the window reads the database again

    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placesDialog")
        self.store, self.year = store, year
        self.setWindowTitle(self.tr("Platser {year}").format(year=year))
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("placesTable")
        self.table.setAccessibleName(self.tr("Registrerade platser"))
        self.table.setHorizontalHeaderLabels([self.tr("Plats"), self.tr("Område"), self.tr("Slag"), str(year),
                                              str(year - 1), self.tr("Återkommer"), self.tr("Prioriterad")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("&Ny plats…"), "placeAdd", self.add_place)
        self.rename_button = self._button(buttons, self.tr("&Byt namn…"), "placeRename", self.rename_place)
        self.where_button = self._button(buttons, self.tr("&Koordinater…"), "placeWhere", self.place_coordinates)
        self.prioritise_button = self._button(buttons, self.tr("&Prioritera…"), "placePrioritise",
                                              self.prioritise_place)
        self.retire_button = self._button(buttons, self.tr("&Avveckla…"), "placeRetire", self.retire_place)
        buttons.addStretch(1)
        self.free = QTableWidget(0, 3, self)
        self.free.setObjectName("placesFree")
        self.free.setAccessibleName(self.tr("Platser skrivna som fri text"))
        self.free.setHorizontalHeaderLabels([self.tr("Område"), self.tr("Stavningar"), self.tr("Händelser")])
        self.free.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.free.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.free.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.free.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.free.verticalHeader().hide()
        free_buttons = QHBoxLayout()
        self.adopt_button = self._button(free_buttons, self.tr("&Gör till registrerad plats…"), "placeAdopt",
                                         self.adopt_free)
        free_buttons.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("placesMessage")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Stäng"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Platser skrivna som fri text i händelserna (stavningar av samma plats "
                                        "ihop):"), self))
        layout.addWidget(self.free, 2)
        layout.addLayout(free_buttons)
        layout.addWidget(self.message)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 600)
        self.reload()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        return add_button(self, row, text, name, slot)

    # -- what is shown -------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.rows = places.places_of_year(self.store, self.year)
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            cells = (item.place.name, item.place.area, item.place.kind, str(item.this_year), str(item.last_year),
                     self.tr("ja") if item.recurs else "", item.prioritised or "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.free_rows = places.free_text_places(self.store)
        self.free.setRowCount(len(self.free_rows))
        for row, item in enumerate(self.free_rows):
            written = "; ".join(f"«{text}» {number}" for text, number in item.spellings)
            for column, text in enumerate((item.area, written, str(item.count))):
                self.free.setItem(row, column, QTableWidgetItem(text))
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        if self.free_rows and self.free.currentRow() < 0:
            self.free.selectRow(0)

    def chosen(self):
        row = self.table.currentRow()
        return self.rows[row].place if 0 <= row < len(self.rows) else None

    # -- questions (tests answer them instead) -----------------------------------------------------------

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return ask_text(self, title, label, text)

    def ask_item(self, title: str, label: str, items: list[str], editable: bool = False) -> str | None:
        answer, ok = QInputDialog.getItem(self, title, label, items, 0, editable)
        return answer if ok else None

    # -- changes ------------------------------------------------------------------------------------------

    def _done(self, said: str) -> None:
        say(self.message, said)
        self.reload()
        self.changed.emit(said)

    def _failed(self, error: LagesbildError) -> None:
        say(self.message, error.message, refused=True)

    def add_place(self) -> None:
        areas = [name for _area, name in areas_of_year(self.store, self.year)]
        name = self.ask_text(self.tr("Ny plats"), self.tr("Platsens namn:"))
        if not name:
            return
        area = self.ask_item(self.tr("Ny plats"), self.tr("Område:"), areas)
        if not area:
            return
        kind = self.ask_item(self.tr("Ny plats"), self.tr("Slag (eller skriv ett nytt):"), places.kinds(self.store),
                             editable=True)
        if not kind:
            return
        try:
            made = places.add_place(self.store, name, area=area, kind=kind, context=CONTEXT)
        except LagesbildError as error:
            self._failed(error)
            return
        self._done(self.tr("Plats registrerad: {name} ({area})").format(name=made.name, area=made.area))

    def rename_place(self) -> None:
        place = self.chosen()
        if place is None:
            return
        name = self.ask_text(self.tr("Byt namn"), self.tr("Nytt namn för {name}:").format(name=place.name),
                             place.name)
        if not name or name == place.name:
            return
        self._change(lambda: places.rename(self.store, place.name, name, area=place.area, context=CONTEXT),
                     self.tr("Plats omdöpt: {old} → {new}"), old=place.name)

    def place_coordinates(self) -> None:
        place = self.chosen()
        if place is None:
            return
        now = f"{place.lat}, {place.lon}" if place.lat is not None else ""
        said = self.ask_text(self.tr("Koordinater"), self.tr("Latitud, longitud i WGS 84 (t.ex. 59.3617, 17.8723) "
                                                             "för {name}:").format(name=place.name), now)
        if said is None or said.strip() == now:
            return
        parts = [part.strip() for part in said.replace(";", ",").split(",")]
        if len(parts) != 2:
            self._failed(LagesbildError(self.tr("Skriv latitud och longitud åtskilda av komma")))
            return
        self._change(lambda: places.edit(self.store, place.name, area=place.area, lat=parts[0], lon=parts[1],
                                         context=CONTEXT), self.tr("Koordinater sparade för {new}"))

    def prioritise_place(self) -> None:
        place = self.chosen()
        if place is None:
            return
        reason = self.ask_text(self.tr("Prioriterad plats {year}").format(year=self.year),
                               self.tr("Skälet (tomt: inte längre prioriterad):"),
                               place.priorities.get(str(self.year), ""))
        if reason is None:
            return
        self._change(lambda: places.prioritise(self.store, place.name, self.year, reason, area=place.area,
                                               remove=not reason.strip(), context=CONTEXT),
                     self.tr("Prioritering sparad för {new}"))

    def retire_place(self) -> None:
        place = self.chosen()
        if place is None:
            return
        year = self.ask_text(self.tr("Avveckla plats"), self.tr("{name} avvecklas från år:").format(name=place.name),
                             str(self.year + 1))
        if not year:
            return
        self._change(lambda: places.retire(self.store, place.name, year, area=place.area, context=CONTEXT),
                     self.tr("{new} avvecklad"))

    def _change(self, make, said: str, **names) -> None:
        try:
            made = make()
        except LagesbildError as error:
            self._failed(error)
            return
        self._done(said.format(new=made.name, **names))

    def adopt_free(self) -> None:
        row = self.free.currentRow()
        if not 0 <= row < len(self.free_rows):
            return
        item = self.free_rows[row]
        name = self.ask_text(self.tr("Gör till registrerad plats"), self.tr("Platsens namn ({count} händelser i "
                                                                          "{area}):").format(count=item.count,
                                                                                             area=item.area),
                             item.spellings[0][0])
        if not name:
            return
        kind = self.ask_item(self.tr("Gör till registrerad plats"), self.tr("Slag (eller skriv ett nytt):"),
                             places.kinds(self.store), editable=True)
        if not kind:
            return
        try:
            place, count = places.adopt(self.store, item.spellings[0][0], area=item.area, name=name, kind=kind,
                                        context=CONTEXT)
        except LagesbildError as error:
            self._failed(error)
            return
        self._done(self.tr("{count} händelser kopplade till {name}").format(count=count, name=place.name))
