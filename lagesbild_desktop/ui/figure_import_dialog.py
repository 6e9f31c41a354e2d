"""Importing key figures in the window: a file (CSV or xlsx, long form or the wide layout), its preview (what
is new, changed and unchanged, and which sources, measures and groups are new), then all or nothing; the
same services as `lagesbild figures import`, so the rules are the same."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.services import key_figures
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.busy import busy


class FigureImportDialog(QDialog):
    imported = Signal(str, str)  # what was imported, in words; the first source it holds

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureImportDialog")
        self.setWindowTitle(self.tr("Importera nyckeltal"))
        self.store = store
        self.found: list = []
        self.plan: key_figures.FigurePlan | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("figureImportFile")
        self.path.setAccessibleName(self.tr("Fil att importera"))
        browse = QPushButton(self.tr("&Bläddra…"), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.source = QLineEdit(self)
        self.source.setObjectName("figureImportSource")
        self.source.setPlaceholderText(self.tr("ur filen (kolumnen Källa eller bladets namn)"))
        self.source.setAccessibleName(self.tr("Källa (annars ur filen)"))
        form = QFormLayout()
        file_label = QLabel(self.tr("Fi&l:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Källa:"), self.source)
        help_text = QLabel(self.tr(
            "Långform: kolumnerna Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet. Bred tabell: måtten i första "
            "kolumnen och en kolumn per period, med perioden i rubriken (t.ex. 2024-01-01–2024-10-31 eller "
            "jan–okt 2024)."), self)
        help_text.setWordWrap(True)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("figureImportPreview")
        self.preview_text.setAccessibleName(self.tr("Förhandsgranskning"))
        self.preview_text.setReadOnly(True)
        self.preview_button = QPushButton(self.tr("&Förhandsgranska"), self)
        self.preview_button.setObjectName("figureImportPreviewButton")
        self.preview_button.setDefault(True)
        self.import_button = QPushButton(self.tr("&Importera"), self)
        self.import_button.setObjectName("figureImportApply")
        self.import_button.setEnabled(False)
        close = QPushButton(self.tr("Stäng"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.preview_text, 1)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        self.path.textEdited.connect(lambda _text: self._forget())
        self.source.textEdited.connect(lambda _text: self._forget())
        self.resize(720, 480)
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_file(self) -> str:
        """The file to import (tests answer this instead); "" when cancelled."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Importera nyckeltal"), str(Path.home()),
                                                    self.tr("Excel eller CSV (*.xlsx *.csv *.txt);;Alla filer (*)"))
        return path

    def browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path.setText(path)
            self._forget()
            self.preview()

    def _forget(self) -> None:
        self.found, self.plan = [], None
        self.import_button.setEnabled(False)

    def preview(self) -> None:
        self._forget()
        path = self.path.text().strip()
        if not path:
            self.preview_text.setPlainText(self.tr("Välj en fil först."))
            return
        try:
            with busy():
                self.found = key_figures.read_file(self.store, path, source=self.source.text().strip() or None)
                self.plan = key_figures.plan(self.store, self.found)
        except LagesbildError as error:
            self.found = []
            self.preview_text.setPlainText(self.tr("Inget kan importeras:") + "\n" + error.message)
            return
        self._show_plan(self.plan)

    def _show_plan(self, plan: key_figures.FigurePlan) -> None:
        nothing = not plan.new and not plan.changed
        self.preview_text.setPlainText(plan.in_words() + ("\n\n" + self.tr("Inget nytt att importera.")
                                                          if nothing else ""))
        self.import_button.setEnabled(not nothing)
        if not nothing:
            self.import_button.setFocus()

    def apply(self) -> None:
        if self.plan is None:
            return
        name = Path(self.path.text().strip()).name
        try:
            with busy():
                done = key_figures.apply(self.store, self.found, self.plan, name)
        except key_figures.FigurePlanChanged as changed:
            self.plan = changed.plan  # asked again: the user sees what would happen now
            self._show_plan(changed.plan)
            self.preview_text.appendPlainText("\n" + changed.message)
            return
        except LagesbildError as error:
            self.preview_text.appendPlainText("\n" + error.message)
            return
        said = self.tr("Importerat från {name}: {new} nya och {changed} ändrade nyckeltal").format(
            name=name, new=len(done.new), changed=len(done.changed))
        first = self.found[0].source if self.found else ""
        self.preview_text.setPlainText(said)
        self._forget()
        self.imported.emit(said, first)
