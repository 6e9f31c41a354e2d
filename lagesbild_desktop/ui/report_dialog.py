"""The report dialog: choose the yearly summary, a weekly report, the action plan or the quarterly
analysis; see it, print it or save it.

The PDF is built on a worker thread (reportlab can take a few seconds for a big district)
while the dialog shows progress; the data is read on the GUI thread first, because the
database connection belongs to it. The yearly report's priority-field texts are edited here (and
in the Lägesbild view); the yearly report can be saved as PDF or Word, with the sections chosen.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, QThread, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR, weeks_in_year
from lagesbild_desktop.domain.markdown import as_markdown, one_plain_line, plain
from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.errors import LagesbildError
from lagesbild_desktop.reports.sections import REPORT_SECTIONS
from lagesbild_desktop.services import report_texts, reports
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.prompts import Prompts
from lagesbild_desktop.ui.text_saving import save_fields

YEARLY, WEEKLY, ACTION_PLAN, QUARTERLY = 0, 1, 2, 3
PDF, WORD = 0, 1  # the yearly report's formats
PRINT_DPI = 300  # enough for print; the printer's own 600 or 1200 dpi would only make huge images


class ReportWorker(QThread):
    """Runs build(target, progress) off the GUI thread."""

    progressed = Signal(int)  # per cent
    made = Signal(str)
    failed = Signal(str)  # what the user can act on (a full disk …)
    crashed = Signal(object)  # a bug: the exception, raised again in the GUI thread (crash report)

    def __init__(self, build, target: Path, parent=None):
        super().__init__(parent)
        self.build, self.target = build, target

    def run(self) -> None:
        try:
            self.build(self.target, lambda share: self.progressed.emit(round(share * 100)))
        except LagesbildError as error:
            self.failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which reports it as a bug
            self.crashed.emit(error)
        else:
            self.made.emit(str(self.target))


class PriorityFieldsBox(QGroupBox):
    """The five fields of the yearly report: "needs special measures" and a comment, saved as typed."""

    changed = Signal()
    status = Signal(str)

    def __init__(self, store: Store, prompts: Prompts, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("priorityFields")
        self.store, self.prompts, self.year = store, prompts, 0
        # What each field showed when last read or saved: only a field the user changed since is
        # saved (an open dialog must not write old texts over ones restored or changed elsewhere).
        self._shown: dict[int, tuple[bool, str]] = {}
        self._stored: dict[int, str] = {}  # each comment as stored (Markdown)
        grid = QGridLayout(self)
        self.checks: list[QCheckBox] = []
        self.comments: list[QLineEdit] = []
        for row, field in enumerate(PRIORITY_FIELDS):
            name = field.name_en if lang == "en" else field.name_sv
            check = QCheckBox(self.tr("Behov av särskilda åtgärder"), self)
            check.setObjectName(f"priorityNeeds{field.number}")
            check.setAccessibleName(self.tr("{field}: behov av särskilda åtgärder").format(field=name))
            comment = QLineEdit(self)
            comment.setObjectName(f"priorityComment{field.number}")
            comment.setAccessibleName(self.tr("{field}: kommentar").format(field=name))
            comment.setPlaceholderText(self.tr("Kommentar"))
            grid.addWidget(QLabel(f"{field.number}. {name}", self), row, 0)
            grid.addWidget(check, row, 1)
            grid.addWidget(comment, row, 2)
            check.toggled.connect(lambda _on, number=field.number: self._save(number))
            comment.editingFinished.connect(lambda number=field.number: self._save(number))
            self.checks.append(check)
            self.comments.append(comment)
        grid.setColumnStretch(2, 1)

    def show_year(self, year: int) -> None:
        self.year = year
        self.setTitle(self.tr("Prioriterade samverkansområden {year}").format(year=year))
        stored = report_texts.priority_fields(self.store, year)
        for field, check, comment in zip(PRIORITY_FIELDS, self.checks, self.comments, strict=True):
            value = stored.get(field.number)
            check.blockSignals(True)
            check.setChecked(bool(value and value.needs_measures))
            check.blockSignals(False)
            self._show_comment(field.number, value.comment if value else "")
            self._shown[field.number] = (check.isChecked(), comment.text().strip())

    def _show_comment(self, number: int, stored: str) -> None:
        """A comment is Markdown. One plain line is edited here as it reads; a comment with paragraphs, a
        list, bold or italic is shown read-only (its words only) and written in the Lägesbild view, where
        it is seen as it prints: one line here could not show it, and typing in it could undo its form."""
        comment = self.comments[number - 1]
        self._stored[number] = stored
        line = one_plain_line(stored)
        comment.setText(line if line is not None else " / ".join(plain(stored).splitlines()))
        comment.setCursorPosition(0)  # the beginning of a long comment is what says what it is about
        comment.setReadOnly(line is None)
        comment.setToolTip(self.tr("Kommentaren har flera stycken: skriv den i vyn Lägesbild (Alt+6)")
                           if line is None else "")

    def reload_unless_edited(self) -> None:
        """Show what is stored now (after a restore, or another window's change), unless a field is being edited."""
        edited = any((check.isChecked(), comment.text().strip()) != self._shown.get(field.number)
                     for field, check, comment in zip(PRIORITY_FIELDS, self.checks, self.comments, strict=True))
        if self.year and not edited:
            self.show_year(self.year)

    def save_all(self) -> None:
        for field in PRIORITY_FIELDS:
            self._save(field.number)

    def _save(self, number: int) -> None:
        check, comment = self.checks[number - 1], self.comments[number - 1]
        wanted = (check.isChecked(), comment.text().strip())
        shown = self._shown.get(number, (False, ""))
        if wanted == shown:
            return  # not changed here since it was shown
        year = self.year
        changes: dict = {}
        if wanted[0] != shown[0]:
            changes["needs_measures"] = (shown[0], wanted[0])
        if wanted[1] != shown[1] and not comment.isReadOnly():
            # Stored as Markdown that reads as typed: "1. Belysning" stays a sentence, not a list.
            changes["comment"] = (self._stored.get(number, ""), as_markdown(wanted[1]))
        if not changes:
            return

        def save(fields: dict, allow: bool) -> None:
            report_texts.update_priority_field(self.store, year, number, fields, allow_personal_data=allow,
                                               context="rapportdialogen")

        outcome = save_fields(self.prompts, self, changes, save)
        if outcome.settled:  # show what is stored now: masked, or another's value kept
            stored = report_texts.priority_fields(self.store, year).get(number)
            check.blockSignals(True)
            check.setChecked(bool(stored and stored.needs_measures))
            check.blockSignals(False)
            self._show_comment(number, stored.comment if stored else "")
            self._shown[number] = (check.isChecked(), comment.text().strip())
        if outcome.saved:
            self.changed.emit()
        self.status.emit(outcome.message)


class ReportDialog(QDialog):
    def __init__(self, store: Store, prompts: Prompts, year: int, week: int, lang: str = "sv",
                 parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument  # loaded with the dialog, not at start-up
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Rapporter"))
        self.store, self.prompts = store, prompts
        self.worker: ReportWorker | None = None
        self.made: Path | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="lagesbild-rapport-")
        self._count = 0
        self._generation = 0  # counts changes of choice, so a report made for an older choice is dropped

        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        self.kind.addItems([self.tr("Årssammanställning"), self.tr("Veckorapport"), self.tr("Åtgärdsplan"),
                            self.tr("Kvartalsanalys")])
        self.year = QSpinBox(self)
        self.year.setObjectName("reportYear")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        self.week = QSpinBox(self)
        self.week.setObjectName("reportWeek")
        self.week.setRange(1, weeks_in_year(year))
        self.week.setValue(week)
        self.quarter = QSpinBox(self)
        self.quarter.setObjectName("reportQuarter")
        self.quarter.setRange(1, 4)
        self.quarter.setValue(min(4, 1 + (week - 1) // 13))
        self.create_button = QPushButton(self.tr("S&kapa rapport"), self)
        self.create_button.setObjectName("reportCreate")
        self.create_button.setDefault(True)
        self.kind.setAccessibleName(self.tr("Rapport"))
        self.year.setAccessibleName(self.tr("År"))
        self.week.setAccessibleName(self.tr("Vecka"))
        self.quarter.setAccessibleName(self.tr("Kvartal"))
        choose = QHBoxLayout()
        for text, widget in ((self.tr("&Rapport:"), self.kind), (self.tr("&År:"), self.year),
                             (self.tr("&Vecka:"), self.week), (self.tr("Kv&artal:"), self.quarter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            choose.addWidget(label)
            choose.addWidget(widget)
        choose.addStretch(1)
        choose.addWidget(self.create_button)

        self.format = QComboBox(self)
        self.format.setObjectName("reportFormat")
        self.format.addItems([self.tr("PDF"), self.tr("Word (.docx)")])
        self.format.setAccessibleName(self.tr("Format"))
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format)
        choose.insertWidget(choose.count() - 2, format_label)
        choose.insertWidget(choose.count() - 2, self.format)
        self.sections = QListWidget(self)
        self.sections.setObjectName("reportSections")
        self.sections.setAccessibleName(self.tr("Avsnitt i årssammanställningen"))
        for key, name_sv, name_en in REPORT_SECTIONS:
            item = QListWidgetItem(name_en if lang == "en" else name_sv, self.sections)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.sections.setMaximumHeight(110)
        self.sections.itemChanged.connect(lambda _item: self._invalidate())
        sections_label = QLabel(self.tr("Avs&nitt (markera med mellanslag):"), self)
        sections_label.setBuddy(self.sections)
        from lagesbild_desktop.ui.figure_choice import FigureChoiceTree

        self.figures = FigureChoiceTree(store, self)
        self.figures.setMaximumHeight(110)
        self.figures.changed.connect(self._invalidate)
        figures_label = QLabel(self.tr("N&yckeltal (markera med mellanslag):"), self)
        figures_label.setBuddy(self.figures)
        self.figures_label = figures_label
        self.fields = PriorityFieldsBox(store, prompts, lang, self)
        self.yearly_box = QWidget(self)
        yearly_layout = QHBoxLayout(self.yearly_box)
        yearly_layout.setContentsMargins(0, 0, 0, 0)
        section_column = QVBoxLayout()
        section_column.addWidget(sections_label)
        section_column.addWidget(self.sections)
        section_column.addWidget(figures_label)
        section_column.addWidget(self.figures)
        yearly_layout.addLayout(section_column, 1)
        yearly_layout.addWidget(self.fields, 3)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Rapporten skapas"))
        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Förhandsvisning"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("Skriv &ut…"), self)
        self.print_button.setObjectName("reportPrint")
        self.save_button = QPushButton(self.tr("&Spara som…"), self)
        self.save_button.setObjectName("reportSave")
        close = QPushButton(self.tr("Stäng"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.yearly_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.format.currentIndexChanged.connect(self._invalidate)
        self.year.valueChanged.connect(self._choice_changed)
        self.week.valueChanged.connect(self._invalidate)
        self.quarter.valueChanged.connect(self._invalidate)
        self.fields.changed.connect(self._invalidate)
        self.fields.status.connect(self.message.setText)
        self.create_button.clicked.connect(self.create)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self._choice_changed()
        self.resize(1000, 800)

    # -- choosing -----------------------------------------------------------------------------------

    def _choice_changed(self) -> None:
        yearly = self.kind.currentIndex() == YEARLY
        self.week.setMaximum(weeks_in_year(self.year.value()))
        self.week.setEnabled(self.kind.currentIndex() == WEEKLY)
        self.quarter.setEnabled(self.kind.currentIndex() == QUARTERLY)
        self.yearly_box.setVisible(yearly)
        self.format.setEnabled(yearly)
        if not yearly:
            self.format.setCurrentIndex(PDF)
        if yearly:
            self.fields.show_year(self.year.value())
            self.figures.show_year(self.year.value())
            held = self.figures.topLevelItemCount() > 0  # no key figures this year: no list to choose from
            self.figures.setVisible(held)
            self.figures_label.setVisible(held)
        self._invalidate()

    def _invalidate(self) -> None:
        """What is shown no longer matches the choice: nothing stale can be printed or saved."""
        self.made = None
        self._generation += 1
        self.document.close()
        self.progress.setValue(0)
        self._enable(idle=self.worker is None)

    def _enable(self, *, idle: bool) -> None:
        self.create_button.setEnabled(idle)
        for button in (self.print_button, self.save_button):
            button.setEnabled(idle and self.made is not None)

    # -- making -------------------------------------------------------------------------------------

    def create(self) -> None:
        if self.worker is not None:
            return
        self._invalidate()
        year, week = self.year.value(), self.week.value()
        try:  # the data is read here, on the thread that owns the database connection
            if self.kind.currentIndex() == YEARLY:
                sections, word = self.chosen_sections(), self.format.currentIndex() == WORD
                if not sections:
                    self.message.setText(self.tr("Välj minst ett avsnitt att ta med i rapporten"))
                    return
                data = reports.yearly_report_data(self.store, year, self.figures.choice())

                def build(target, progress):
                    # The preview is the PDF; a Word document with the same content is made beside it.
                    reports.build_yearly(data, target, reports.PDF, sections,
                                         (lambda share: progress(share / 2)) if word else progress)
                    if word:
                        reports.build_yearly(data, target.with_suffix(reports.WORD), reports.WORD, sections,
                                             lambda share: progress(0.5 + share / 2))
            elif self.kind.currentIndex() == WEEKLY:
                from lagesbild_desktop.reports.weekly import build_weekly

                data = reports.weekly_report_data(self.store, year, week)

                def build(target, progress):
                    build_weekly(data, target, progress)
            else:
                build = self._measure_report(year)
        except LagesbildError as error:
            self.message.setText(error.message)
            return
        self._count += 1
        target = Path(self._folder.name) / f"rapport-{self._count}.pdf"
        self.worker = ReportWorker(build, target, self)
        self.worker.generation = self._generation
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.made.connect(self._made)
        self.worker.failed.connect(self._failed)
        self.worker.crashed.connect(self._crashed)
        self.worker.finished.connect(self._worker_done)
        self.message.setText(self.tr("Rapporten skapas…"))
        self._enable(idle=False)
        self.worker.start()

    def chosen_sections(self) -> tuple[str, ...]:
        items = (self.sections.item(row) for row in range(self.sections.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def _measure_report(self, year: int):
        """The action plan, or the quarterly analysis: read now, laid out on the worker."""
        from lagesbild_desktop.reports import measures as layout
        from lagesbild_desktop.services import measure_reports

        if self.kind.currentIndex() == ACTION_PLAN:
            data, made = measure_reports.action_plan_data(self.store, year), layout.build_action_plan
        else:
            data, made = measure_reports.quarterly_data(self.store, year, self.quarter.value()), layout.build_quarterly

        def build(target, progress):
            made(data, target)
            progress(1.0)

        return build

    def _made(self, path: str) -> None:
        if self.worker is None or self.worker.generation != self._generation:
            return  # the choice changed while it was being made
        self.made = Path(path)
        self.document.load(path)
        self.progress.setValue(100)
        self.message.setText(self.tr("Klar: {pages} sidor").format(pages=self.document.pageCount()))

    def _failed(self, message: str) -> None:
        if self.worker is None or self.worker.generation != self._generation:
            return  # a failure of a report nobody waits for any more
        self.message.setText(self.tr("Rapporten kunde inte skapas: {problem}").format(problem=message))

    def _crashed(self, error: BaseException) -> None:
        self.message.setText(self.tr("Rapporten kunde inte skapas: ett fel i programmet."))
        raise error  # in the GUI thread: the crash report and its dialog (ui/crash_dialog.py)

    def _worker_done(self) -> None:
        self.worker.deleteLater()
        self.worker = None
        self._enable(idle=True)

    # -- printing and saving ------------------------------------------------------------------------

    def choose_printer(self):
        """The system's print dialog; None when the user cancels (tests answer this instead)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from lagesbild_desktop.ui.modal import run_modal

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())  # the page range offered is the report's
        return printer if run_modal(dialog) == QDialog.DialogCode.Accepted else None

    def choose_file(self) -> str:
        """Where to save; "" when the user cancels (tests answer this instead)."""
        from PySide6.QtWidgets import QFileDialog

        suggested = str(Path.home() / self.suggested_name())
        kind = self.tr("Word-dokument (*.docx)") if self.saves_word() else self.tr("PDF-dokument (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Spara rapporten"), suggested, kind)
        return path

    def saves_word(self) -> bool:
        return self.kind.currentIndex() == YEARLY and self.format.currentIndex() == WORD

    def suggested_name(self) -> str:
        kind, year = self.kind.currentIndex(), self.year.value()
        if kind == YEARLY:
            return f"lagesbild-{year}{reports.WORD if self.saves_word() else reports.PDF}"
        if kind == ACTION_PLAN:
            return f"atgardsplan-{year}.pdf"
        if kind == QUARTERLY:
            return f"kvartalsanalys-{year}-k{self.quarter.value()}.pdf"
        return f"lagesbild-{year}-v{self.week.value():02d}.pdf"

    def save_report(self) -> None:
        if self.made is None:
            return
        path = self.choose_file()
        if not path:
            return
        suffix = reports.WORD if self.saves_word() else reports.PDF
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            saved = reports.copy_report(self.made.with_suffix(suffix), path)
        except LagesbildError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Sparad: {path}").format(path=saved))

    def print_report(self) -> None:
        if self.made is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        pages = self.print_to(printer)
        self.message.setText(self.tr("{pages} sidor skickade till {printer}").format(
            pages=pages, printer=printer.printerName() or printer.outputFileName()))

    def print_to(self, printer) -> int:
        """Draw every page on the printer; landscape pages are turned to fit the paper."""
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("Skrivaren kunde inte öppnas"))
            return 0
        count = self.document.pageCount()
        first = max(1, printer.fromPage() or 1)  # 0, 0 means every page
        last = min(count, printer.toPage() or count)
        pages = range(first - 1, last)
        try:
            for page in pages:
                if page != pages.start:
                    printer.newPage()
                self._draw_page(painter, page)
        finally:
            painter.end()
        return len(pages)

    def _draw_page(self, painter: QPainter, page: int) -> None:
        area = painter.viewport()
        points = self.document.pagePointSize(page)
        image = self.document.render(page, QSize(round(points.width() / 72 * PRINT_DPI),
                                                 round(points.height() / 72 * PRINT_DPI)))
        if (image.width() > image.height()) != (area.width() > area.height()):
            image = image.transformed(QTransform().rotate(90))
        scale = min(area.width() / image.width(), area.height() / image.height())
        painter.save()
        painter.translate(QPointF(area.x(), area.y()))
        painter.scale(scale, scale)
        painter.drawImage(QPointF(0, 0), image)
        painter.restore()

    # -- closing ------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._close_down()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._close_down()
        super().closeEvent(event)

    def _close_down(self) -> None:
        if self._folder is None:
            return
        if self.worker is not None:
            self.worker.wait()  # a report half made is finished, then thrown away with the folder
        if self.yearly_box.isVisible():
            self.fields.save_all()  # a comment still being typed is kept
        self.document.close()
        self._folder.cleanup()
        self._folder = None

