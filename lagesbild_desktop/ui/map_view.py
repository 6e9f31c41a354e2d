"""The Karta view (Alt+5): the district's areas coloured by the week's grades (or the year's mean, or its
number of incidents), the digit and name in each area, a legend; hover for the details, a click (or Enter
on the area chosen with the arrow keys) goes to the area's row in the meeting, or its cell in the grid.

Without boundaries the view says how to add them, and "Läs in gränser…" reads the district's GeoJSON with
the same preview and rules as `lagesbild areas boundaries`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR, weeks_in_year
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import boundaries, maps
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui import map_picture
from lagesbild_desktop.ui.modal import show_on_top

WEEK, MEAN, INCIDENTS, TIMES = 0, 1, 2, 3


class MapCanvas(QWidget):
    """The picture itself; the area under the mouse, or chosen with the arrow keys, is outlined."""

    area_chosen = Signal(int)  # an area clicked, or Enter on the chosen one

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.picture: maps.MapPicture | None = None
        self.placed: map_picture.Placed | None = None
        self.chosen: int | None = None  # index into picture.areas

    def show_picture(self, picture: maps.MapPicture) -> None:
        keep = self.picture.areas[self.chosen].area_id if self.picture and self.chosen is not None else None
        self.picture = picture
        ids = [area.area_id for area in picture.areas]
        self.chosen = ids.index(keep) if keep in ids else None
        self._describe()
        self.update()

    def paintEvent(self, event) -> None:
        if self.picture is None:
            return
        painter = QPainter(self)
        try:
            self.placed = map_picture.paint(painter, QRectF(self.rect()), self.picture, self.font().pointSizeF())
            if self.chosen is not None and self.placed.paths:
                path = self.placed.paths.get(self.picture.areas[self.chosen].area_id)
                if path is not None:  # the chosen area: a thick dark outline inside a light one
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                    painter.setPen(QPen(QColor("#FFFFFF"), 6))
                    painter.drawPath(path)
                    painter.setPen(QPen(QColor("#000000"), 3))
                    painter.drawPath(path)
        finally:
            painter.end()

    def area_at(self, point: QPointF) -> int | None:
        if self.placed is None or self.picture is None:
            return None
        for index, area in enumerate(self.picture.areas):
            path = self.placed.paths.get(area.area_id)
            if path is not None and path.contains(point):
                return index
        return None

    def place_at(self, point: QPointF) -> str | None:
        """The details of the place marker under the point (a marker lies over its area)."""
        for centre, radius, details in (self.placed.markers if self.placed else []):
            if (point.x() - centre.x()) ** 2 + (point.y() - centre.y()) ** 2 <= (radius + 2) ** 2:
                return details
        return None

    def mouseMoveEvent(self, event) -> None:
        place = self.place_at(event.position())
        if place is not None:
            QToolTip.showText(event.globalPosition().toPoint(), place, self)
            return
        index = self.area_at(event.position())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.picture.areas[index].detail, self)

    def mousePressEvent(self, event) -> None:
        index = self.area_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chosen = index
            self.update()
            self.area_chosen.emit(self.picture.areas[index].area_id)

    def keyPressEvent(self, event) -> None:
        count = len(self.picture.areas) if self.picture else 0
        key = event.key()
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self.chosen = 0 if self.chosen is None else (self.chosen + step) % count
            self._describe()
            self.update()
            return
        if count and self.chosen is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.area_chosen.emit(self.picture.areas[self.chosen].area_id)
            return
        super().keyPressEvent(event)

    def _describe(self) -> None:
        """What a screen reader says: the chosen area first, then every area's details."""
        if self.picture is None:
            return
        details = [area.detail for area in self.picture.areas]
        chosen = details[self.chosen] + ". " if self.chosen is not None else ""
        self.setAccessibleDescription(chosen + "; ".join(details))


class MapView(QWidget):
    saved = Signal(str)
    failed = Signal(str)
    area_chosen = Signal(int, int, int, bool)  # area, year, week; True: the meeting (the week's grades)

    def __init__(self, store: Store, events, year: int, week: int, lang: str, parent: QWidget | None, prompts):
        super().__init__(parent)
        self.setObjectName("mapView")
        self.store, self.lang, self.prompts = store, lang, prompts
        layout = QVBoxLayout(self)
        choices = QHBoxLayout()
        self.mode = QComboBox(self)
        self.mode.setObjectName("mapMode")
        self.mode.addItems([self.tr("Veckans bedömningar"), self.tr("Årets medelbedömning"),
                            self.tr("Årets händelser"), self.tr("Händelser per veckodag och tid")])
        self.year = QSpinBox(self)
        self.year.setObjectName("mapYear")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        self.week = QSpinBox(self)
        self.week.setObjectName("mapWeek")
        self.week.setRange(1, weeks_in_year(year))
        self.week.setValue(week)
        for text, widget, name in ((self.tr("&Visa:"), self.mode, self.tr("Visa")), (self.tr("Å&r:"), self.year,
                                   self.tr("År")), (self.tr("Vec&ka:"), self.week, self.tr("Vecka"))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            choices.addWidget(label)
            choices.addWidget(widget)
        self.area = QComboBox(self)  # the weekday × time table: the district or one area
        self.area.setObjectName("mapTimesArea")
        self.area.setAccessibleName(self.tr("Område"))
        self.area_label = QLabel(self.tr("&Område:"), self)
        self.area_label.setBuddy(self.area)
        choices.addWidget(self.area_label)
        choices.addWidget(self.area)
        choices.addStretch(1)
        self.places_button = QPushButton(self.tr("&Platser…"), self)
        self.places_button.setObjectName("mapPlaces")
        choices.addWidget(self.places_button)
        self.load_button = QPushButton(self.tr("&Läs in gränser…"), self)
        self.load_button.setObjectName("mapLoadBoundaries")
        choices.addWidget(self.load_button)
        layout.addLayout(choices)
        self.canvas = MapCanvas(self)
        self.canvas.setAccessibleName(self.tr("Karta"))
        layout.addWidget(self.canvas, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("mapEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(self.tr(
            "Inga områdesgränser ännu. Tryck Läs in gränser… och välj stadsdelens GeoJSON-fil (stadens öppna data "
            "för stadsdelsområden, i WGS 84 eller SWEREF 99 TM). På kommandoraden: lagesbild areas boundaries "
            "FIL.geojson"))
        layout.addWidget(self.empty, 1)
        self.times = QTableWidget(7, 6, self)
        self.times.setObjectName("mapTimes")
        self.times.setAccessibleName(self.tr("Händelser per veckodag och tid på dygnet"))
        self.times.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.times.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.times.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.times, 1)
        self.times_note = QLabel(self)
        self.times_note.setObjectName("mapTimesNote")
        layout.addWidget(self.times_note)
        self.mode.currentIndexChanged.connect(self.reload)
        self.area.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self._year_changed)
        self.week.valueChanged.connect(self.reload)
        self.load_button.clicked.connect(self.load_boundaries)
        self.places_button.clicked.connect(self.open_places)
        self.canvas.area_chosen.connect(self._chosen)
        events.changed.connect(self.reload)
        self.reload()

    def set_week(self, year: int, week: int) -> None:
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.week.setMaximum(weeks_in_year(year))
        self.week.blockSignals(True)
        self.week.setValue(week)
        self.week.blockSignals(False)
        self.reload()

    def _year_changed(self) -> None:
        self.week.setMaximum(weeks_in_year(self.year.value()))
        self.reload()

    def reload(self) -> None:
        mode, year = self.mode.currentIndex(), self.year.value()
        self.week.setEnabled(mode == WEEK)
        for widget in (self.times, self.times_note, self.area, self.area_label):
            widget.setVisible(mode == TIMES)
        if mode == TIMES:
            self.canvas.setVisible(False)
            self.empty.setVisible(False)
            self._show_times(year)
            return
        held = maps.has_boundaries(self.store)
        self.canvas.setVisible(held)
        self.empty.setVisible(not held)
        if not held:
            return
        picture = (maps.week_map(self.store, year, self.week.value()) if mode == WEEK
                   else maps.mean_map(self.store, year) if mode == MEAN else maps.incident_map(self.store, year))
        self.canvas.show_picture(picture)

    def _show_times(self, year: int) -> None:
        """The year's incidents by weekday and four-hour band, for the district or the chosen area."""
        import datetime as dt

        from lagesbild_desktop.domain.places import BANDS
        from lagesbild_desktop.services.areas import areas_of_year
        from lagesbild_desktop.services.places import weekday_times

        chosen = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("Hela stadsdelen"), None)
        for area, name in areas_of_year(self.store, year):
            self.area.addItem(name, area.name)
        self.area.setCurrentIndex(max(0, self.area.findData(chosen)))
        self.area.blockSignals(False)
        table, untimed = weekday_times(self.store, dt.date(year, 1, 1), dt.date(year, 12, 31),
                                       self.area.currentData())
        self.times.setHorizontalHeaderLabels(list(BANDS))
        self.times.setVerticalHeaderLabels([self.tr("måndag"), self.tr("tisdag"), self.tr("onsdag"),
                                            self.tr("torsdag"), self.tr("fredag"), self.tr("lördag"),
                                            self.tr("söndag")])
        highest = max([max(row) for row in table] + [1])
        for row, counts in enumerate(table):
            for column, count in enumerate(counts):
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                shade = 255 - int(150 * count / highest)  # darker where more happened; the number is there too
                item.setBackground(QColor(shade, shade, 255) if count else QColor("#FFFFFF"))
                item.setForeground(QColor("#000000"))
                self.times.setItem(row, column, item)
        self.times_note.setText(self.tr("{year}: {count} händelser med klockslag; {untimed} utan").format(
            year=year, count=sum(map(sum, table)), untimed=untimed))

    def _chosen(self, area_id: int) -> None:
        self.area_chosen.emit(area_id, self.year.value(), self.week.value(), self.mode.currentIndex() == WEEK)

    # -- places -------------------------------------------------------------------------------------------

    def open_places(self):
        from lagesbild_desktop.ui.places_dialog import PlacesDialog

        dialog = PlacesDialog(self.store, self.year.value(), self)
        dialog.changed.connect(self._places_changed)
        self.places_dialog = show_on_top(dialog)
        return dialog

    def _places_changed(self, said: str) -> None:
        self.saved.emit(said)
        self.reload()

    # -- boundaries ---------------------------------------------------------------------------------------

    def choose_file(self) -> str:
        """The GeoJSON file (tests answer this instead); "" when cancelled."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Läs in områdesgränser"), str(Path.home()),
                                                    self.tr("GeoJSON (*.geojson *.json);;Alla filer (*)"))
        return path

    def confirm(self, text: str) -> bool:
        """The preview, and whether to store it (tests answer this instead)."""
        answer = QMessageBox.question(self, self.tr("Läs in områdesgränser"),
                                      text + "\n\n" + self.tr("Spara gränserna?"))
        return answer == QMessageBox.StandardButton.Yes

    def load_boundaries(self) -> None:
        path = self.choose_file()
        if not path:
            return
        source = Path(path).name
        try:
            matched, crs = boundaries.read_file(self.store, path)
            shown = boundaries.plan(self.store, matched, crs, source)
            if not self.confirm(shown.in_words()):
                return
            done = boundaries.apply(self.store, matched, crs, shown, source)
        except LagesbildError as error:
            self.failed.emit(error.message.splitlines()[0])
            self.prompts.error(self, error.message)  # every problem of the file, named
            return
        self.saved.emit(self.tr("Områdesgränser sparade ur {name}: {new} nya, {changed} ändrade").format(
            name=source, new=len(done.new), changed=len(done.changed)))
        self.reload()
