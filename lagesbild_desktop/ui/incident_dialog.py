"""Quick entry of an incident: category, severity, place (the area's registered places complete as you
type; free text stays possible), date, time of day, short description."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import week_dates
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import categories, incidents
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.modal import save_cancel_buttons


class IncidentDialog(QDialog):
    def __init__(self, store: Store, area: str, shown_name: str, year: int, week: int, today: dt.date,
                 lang: str = "sv", parent: QWidget | None = None, prompts=None):
        super().__init__(parent)
        self.prompts = prompts  # asks what to do with a personal identity number (mask, keep, or not save)
        self.setObjectName("incidentDialog")
        self.store, self.area = store, area
        self.created = None
        self.setWindowTitle(self.tr("Ny händelse i {area}").format(area=shown_name))
        form = QFormLayout(self)
        self.category = QComboBox(self)
        for category in categories.list_categories(store):
            self.category.addItem(category.name_en if lang == "en" else category.name_sv, category.code)
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem(severity.name_en if lang == "en" else severity.name_sv, severity.code)
        self.place = QLineEdit(self)
        self.place.setObjectName("incidentPlace")
        self.place_names = _registered_places(store, area)
        completer = QCompleter(self.place_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "torg" finds "Hässelby torg"
        self.place.setCompleter(completer)
        if self.place_names:
            self.place.setPlaceholderText(self.tr("t.ex. {name} (registrerad) eller fri text").format(
                name=self.place_names[0]))
        self.time = QLineEdit(self)
        self.time.setObjectName("incidentTime")
        self.time.setPlaceholderText(self.tr("TT:MM, om det är känt"))
        self.time.setMaxLength(5)
        self.date = QDateEdit(self)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        monday, sunday = week_dates(year, week)
        self.date.setDateRange(QDate(monday.year, monday.month, monday.day), QDate(sunday.year, sunday.month,
                                                                                  sunday.day))
        default = min(max(today, monday), sunday)
        self.date.setDate(QDate(default.year, default.month, default.day))
        self.description = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #C5221F;")
        self.error.setWordWrap(True)
        for label, widget in ((self.tr("&Kategori"), self.category), (self.tr("&Allvarlighet"), self.severity),
                              (self.tr("&Plats"), self.place), (self.tr("&Datum"), self.date),
                              (self.tr("Klocksla&g"), self.time), (self.tr("&Beskrivning"), self.description)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow(self.error)
        form.addRow(save_cancel_buttons(self, self.save))

    def save(self) -> None:
        from lagesbild_desktop.ui.text_saving import vet_personal_data

        vetted = vet_personal_data(self.prompts, self, [self.place.text(), self.description.text()])
        if vetted is None:
            self.error.setText(self.tr("Inte sparat: ta bort personnumret"))
            return
        (place, description), allow = vetted
        self.place.setText(place)  # masked, if the user chose so
        self.description.setText(description)
        try:
            self.created = incidents.add_incident(
                self.store, area=self.area, date=self.date.date().toString("yyyy-MM-dd"),
                category=self.category.currentData(), severity=self.severity.currentData(),
                place=self.place.text(), description=self.description.text(), allow_personal_data=allow,
                context="fönstret", time=self.time.text())
        except LagesbildError as error:
            self.error.setText(error.message)  # stays open: nothing was stored
            return
        self.accept()


def _registered_places(store: Store, area: str) -> list[str]:
    """The names of the area's registered places in use, for completing the place as it is typed."""
    from lagesbild_desktop.services.places import registered_names

    return registered_names(store, area)
