"""The import dialog: choose a file, see what would change, map unknown areas, then import all or nothing."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import importing
from lagesbild_desktop.services.areas import list_areas
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.busy import busy
from lagesbild_desktop.ui.conflict_choices import ConflictChoices

CREATE = "\x00create"  # the mapping choice "create a new area"


class ImportDialog(QDialog):
    done_importing = Signal(int)  # grades written: the window reads the database again

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Importera bedömningar"))
        self.store = store
        self.grades: list = []
        self.plan: importing.ImportPlan | None = None
        self.imported = 0
        self._open_choices: list[str] = []

        self.path = QLineEdit(self)
        self.path.setObjectName("importFile")
        self.path.setAccessibleName(self.tr("Fil att importera"))
        browse = QPushButton(self.tr("&Bläddra…"), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.year = QSpinBox(self)
        self.year.setObjectName("importYear")
        self.year.setRange(MIN_YEAR - 1, MAX_YEAR)
        self.year.setSpecialValueText(self.tr("ur filen"))  # the lowest value: take the year from the file
        self.year.setValue(MIN_YEAR - 1)
        self.year.setAccessibleName(self.tr("År (annars ur filen)"))
        self.sheet = QLineEdit(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.setPlaceholderText(self.tr("alla årsblad"))
        self.sheet.setAccessibleName(self.tr("Blad"))
        self.preview_button = QPushButton(self.tr("&Förhandsgranska"), self)
        self.preview_button.setObjectName("importPreview")
        self.preview_button.setDefault(True)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Fil:"), self)
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy from the form
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Å&r:"), self.year)
        form.addRow(self.tr("B&lad:"), self.sheet)

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.areas = QTableWidget(0, 2, self)
        self.areas.setObjectName("importAreas")
        self.areas.setAccessibleName(self.tr("Okända områden"))
        self.areas.setHorizontalHeaderLabels([self.tr("Namn i filen"), self.tr("Blir")])
        self.areas.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes = QTableWidget(0, 4, self)
        self.changes.setObjectName("importChanges")
        self.changes.setAccessibleName(self.tr("Bedömningar som skulle ändras"))
        self.changes.setHorizontalHeaderLabels([self.tr("Område"), self.tr("Vecka"), self.tr("Nu"),
                                                self.tr("I filen")])
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts = ConflictChoices(self)
        self.exchange_data = None  # an exchange file read for the preview (services.exchange.ExchangeFile)
        self.trial = None  # what the preview found
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problem i filen"))
        self.problems.setReadOnly(True)
        self.overwrite = QCheckBox(self)
        self.overwrite.setObjectName("importOverwrite")
        self.import_button = QPushButton(self.tr("&Importera"), self)
        self.import_button.setObjectName("importApply")
        close = QPushButton(self.tr("Stäng"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.overwrite, 1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.areas, 1)
        layout.addWidget(self.changes, 2)
        layout.addWidget(self.conflicts, 2)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        self.overwrite.toggled.connect(self._enable)
        for widget in (self.path, self.sheet):
            widget.textChanged.connect(self._forget)
        self.year.valueChanged.connect(self._forget)
        self._forget()
        self.resize(900, 700)

    # -- choosing -----------------------------------------------------------------------------------

    def choose_file(self) -> str:
        """The system's file dialog; "" when cancelled (tests answer this instead)."""
        from PySide6.QtWidgets import QFileDialog

        kinds = self.tr("Excel, CSV och utbytesfiler (*.xlsx *.xlsm *.csv *.json);;Alla filer (*)")
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Välj fil att importera"), str(Path.home()), kinds)
        return path

    def browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path.setText(path)
            self.preview()

    def _forget(self) -> None:
        """The choice changed: nothing read for the old one may be imported."""
        self.grades, self.plan = [], None
        self._show_problems([])
        self.areas.setRowCount(0)
        self.changes.setRowCount(0)
        self.conflicts.setRowCount(0)
        self.areas.hide()
        self.changes.hide()
        self.conflicts.hide()
        self.exchange_data = None
        self.trial = None
        self.preview_button.setDefault(True)
        self.summary.setText(self.tr("Välj en fil och tryck Förhandsgranska. Inget sparas förrän du trycker "
                                     "Importera."))
        self._enable()

    # -- preview ------------------------------------------------------------------------------------

    def preview(self) -> None:
        self._forget()
        path = self.path.text().strip()
        if not path:
            self.summary.setText(self.tr("Ange vilken fil som ska importeras."))
            return
        if self._is_exchange(path):
            self._preview_exchange(path)
            return
        year = self.year.value() if self.year.value() >= MIN_YEAR else None
        try:
            with busy():
                self.grades = importing.read_file(path, year=year, sheet=self.sheet.text().strip() or None)
        except importing.ImportRefused as refused:
            self.summary.setText(self.tr("Filen kan inte importeras. Inget har sparats."))
            self._show_problems(refused.problems)
            return
        except LagesbildError as error:
            self.summary.setText(error.message)
            return
        self._fill_areas()
        self._replan()

    @staticmethod
    def _is_exchange(path: str) -> bool:
        from lagesbild_desktop.services import exchange

        try:
            with open(path, "rb") as file:
                return exchange.is_exchange_file(file.read(400))
        except OSError:
            return False

    def _preview_exchange(self, path: str) -> None:
        """Another workstation's exchange file: what the merge adds and updates, and the conflicts to decide."""
        from lagesbild_desktop.services import exchange

        try:
            with busy():
                self.exchange_data = exchange.read_exchange(path)
                trial = exchange.trial_merge(self.store, self.exchange_data)
        except exchange.ExchangeRefused as refused:
            self.exchange_data = None
            self.summary.setText(self.tr("Utbytesfilen kan inte läsas in. Inget har sparats."))
            self._show_problems(refused.message.splitlines())
            self._enable()
            return
        except LagesbildError as error:
            self.exchange_data = None
            self.summary.setText(error.message)
            self._enable()
            return
        self._show_trial(trial)

    def _show_trial(self, trial) -> None:
        self.trial = trial
        self.conflicts.show_conflicts(trial.conflicts)
        self.summary.setText(self.tr(
            "Utbytesfil från en annan dator: {added} läggs till, {updated} uppdateras, {deleted} tas bort, "
            "{same} är lika eller äldre, {conflicts} konflikter. I en konflikt står värdet här kvar tills du väljer "
            "vilket som gäller; valet sparas och följer med till de andra datorerna.").format(
                added=trial.added, updated=trial.updated, deleted=trial.deleted, same=trial.unchanged,
                conflicts=len(trial.conflicts)))
        self._enable()
        self.import_button.setDefault(True)  # Enter now merges; the conflicts wait for a choice first
        if trial.conflicts:
            self.conflicts.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> dict[str, str]:
        """The conflicts the user has decided: key -> here or file."""
        return self.conflicts.chosen()

    def _fill_areas(self) -> None:
        plan = importing.plan(self.store, self.grades, Path(self.path.text()).name)
        names = [area.name for area in list_areas(self.store)]
        self.areas.setRowCount(len(plan.unknown_areas))
        self.areas.setVisible(bool(plan.unknown_areas))
        for row, unknown in enumerate(plan.unknown_areas):
            self.areas.setItem(row, 0, QTableWidgetItem(unknown))
            choice = QComboBox(self.areas)
            choice.setAccessibleName(self.tr("{name} blir").format(name=unknown))
            choice.addItem(self.tr("– välj –"), None)
            choice.addItem(self.tr("Nytt område: {name}").format(name=unknown), CREATE)
            for name in names:
                choice.addItem(name, name)
            choice.currentIndexChanged.connect(self._replan)
            self.areas.setCellWidget(row, 1, choice)

    def _mapping(self) -> tuple[dict[str, str], set[str], list[str]]:
        mapping, create, open_choices = {}, set(), []
        for row in range(self.areas.rowCount()):
            name = self.areas.item(row, 0).text()
            choice = self.areas.cellWidget(row, 1).currentData()
            if choice is None:
                open_choices.append(name)
            elif choice == CREATE:
                create.add(name)
            else:
                mapping[name] = choice
        return mapping, create, open_choices

    def _replan(self) -> None:
        mapping, create, open_choices = self._mapping()
        try:
            plan = importing.plan(self.store, self.grades, Path(self.path.text()).name, create_areas=bool(create),
                                  mapping=mapping)
        except importing.ImportRefused as refused:
            self.plan = None
            self._show_problems(refused.problems)
            self._enable()
            return
        self.plan = plan
        self._show_problems([])
        self.changes.setRowCount(len(plan.changed))
        self.changes.setVisible(bool(plan.changed))
        for row, conflict in enumerate(plan.changed):
            grade, stored = conflict.grade, conflict.stored
            for column, text in enumerate([grade.area, f"{grade.year} v{grade.week}",
                                           f"{stored.grade} {stored.note}".strip(),
                                           f"{grade.grade} {grade.note}".strip()]):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        text = self.tr("{new} nya, {changed} ändrade, {same} oförändrade bedömningar.").format(
            new=len(plan.new), changed=len(plan.changed), same=len(plan.unchanged))
        if open_choices:
            text += " " + self.tr("Välj vad {count} okända områden ska bli innan du importerar.").format(
                count=len(open_choices))
        self.summary.setText(text)
        self.overwrite.setText(self.tr("Skriv över {count} bedömningar som redan finns").format(
            count=len(plan.changed)))
        self._open_choices = open_choices
        self._enable()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setPlainText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _enable(self) -> None:
        plan = self.plan
        if self.exchange_data is not None:
            self.import_button.setEnabled(self.trial is not None)
            self.overwrite.hide()
            return
        ready = (plan is not None and not self._open_choices and bool(plan.new or plan.changed)
                 and (not plan.changed or self.overwrite.isChecked()))
        self.import_button.setEnabled(ready)
        self.overwrite.setVisible(plan is not None and bool(plan.changed))

    # -- importing ----------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.exchange_data is not None and self.import_button.isEnabled():
            self._merge()
            return
        if self.plan is None or not self.import_button.isEnabled():
            return
        try:
            with busy():
                self.imported = importing.apply(self.store, self.plan, overwrite=self.overwrite.isChecked())
        except importing.ImportPlanChanged as changed:
            # The consent to overwrite was given for the values shown, not for ones written since.
            self.overwrite.setChecked(False)
            self._replan()
            self.summary.setText(changed.message + " " + self.summary.text())
            return
        except LagesbildError as error:
            self.summary.setText(error.message)
            return
        self.summary.setText(self.tr("Importerat: {count} bedömningar sparade.").format(count=self.imported))
        self.done_importing.emit(self.imported)
        self.plan = None
        self._enable()
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _merge(self) -> None:
        from lagesbild_desktop.services import exchange

        try:
            with busy():
                # Planned again inside the merge's own transaction: if the database changed since the
                # preview, the new preview is shown instead and nothing is written.
                result = exchange.merge(self.store, self.exchange_data, choices=self.chosen(),
                                        expected=self.trial.summary())
        except exchange.PlanChanged as changed:
            self._show_trial(changed.result)
            self.summary.setText(changed.message + " " + self.summary.text())
            return
        except exchange.ExchangeRefused as refused:
            self.summary.setText(self.tr("Utbytesfilen kan inte läsas in. Inget har sparats."))
            self._show_problems(refused.message.splitlines())
            return
        except LagesbildError as error:
            self.summary.setText(error.message)
            return
        text = self.tr("Sammanslaget: {added} tillagda, {updated} uppdaterade, {deleted} borttagna, {resolved} "
                       "konflikter avgjorda.").format(added=result.added, updated=result.updated,
                                                       deleted=result.deleted, resolved=result.resolved)
        if result.conflicts:
            text += " " + self.tr("{count} konflikter väntar: värdet här står kvar tills du väljer. Läs in filen "
                                  "igen för att avgöra dem.").format(count=len(result.conflicts))
        self.summary.setText(" ".join([text, *result.notes]))
        self.exchange_data = None
        self.conflicts.setRowCount(0)
        self.conflicts.hide()
        self.import_button.setEnabled(False)
        self.done_importing.emit(result.added + result.updated + result.deleted + result.resolved)
