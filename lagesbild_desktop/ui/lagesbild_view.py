"""The Lägesbild view: the texts of the yearly lokal lägesbild, a section list beside an editor.

Like everything else in the program there is no Save button: a text is saved a moment after typing
stops, when the user leaves it, changes section or year, or closes the window. Each save compares
the text shown with the one stored (services/year_texts.update_text), so a text someone changed on
another computer is asked about, never overwritten. A priority field's page also has its checkbox
and comment (the priority field's own record, saved the same way).
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR
from lagesbild_desktop.services import report_texts, year_drafts, year_texts
from lagesbild_desktop.services.year_texts import TextPlace, TextState
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.ui.events import DataEvents
from lagesbild_desktop.ui.markdown_edit import MarkdownEdit
from lagesbild_desktop.ui.prompts import Prompts
from lagesbild_desktop.ui.text_saving import save_fields

SAVE_AFTER_MS = 1500  # typing stopped this long: the text is saved
CONTEXT = "vyn Lägesbild"


class LagesbildView(QWidget):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, events: DataEvents, year: int, lang: str = "sv",
                 parent: QWidget | None = None, prompts: Prompts | None = None):
        super().__init__(parent)
        self.setObjectName("lagesbildView")
        self.store, self.events, self.lang = store, events, lang
        self.prompts = prompts or Prompts()
        self.states: list[TextState] = []
        self.rows: list[int | None] = []
        self._row = -1
        self._saving = False
        self.place: TextPlace | None = None
        self._seen_body = ""
        self._seen_comment = ""
        self._seen_needs = False

        self.year = QSpinBox(self)
        self.year.setObjectName("lagesbildYear")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("År"))
        year_label = QLabel(self.tr("&År:"), self)
        year_label.setBuddy(self.year)
        self.sections = QListWidget(self)
        self.sections.setObjectName("lagesbildSections")
        self.sections.setAccessibleName(self.tr("Avsnitt"))
        self.sections.setWordWrap(True)  # a priority field's long name on two lines, not cut off
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sections_label = QLabel(self.tr("Av&snitt:"), self)
        sections_label.setBuddy(self.sections)

        self.title = QLabel(self)
        self.title.setObjectName("lagesbildTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("lagesbildHint")
        self.hint.setWordWrap(True)
        self.editor = MarkdownEdit(self)
        self.editor.setObjectName("lagesbildText")
        text_label = QLabel(self.tr("&Text:"), self)
        text_label.setBuddy(self.editor)
        self.text_label = text_label
        self.buttons = {}
        tools = QHBoxLayout()
        for key, text, tip in (("bold", self.tr("&Fet"), "Ctrl+B"), ("italic", self.tr("&Kursiv"), "Ctrl+I"),
                               ("bullets", self.tr("&Punktlista"), "Ctrl+Shift+L"),
                               ("numbers", self.tr("&Numrerad lista"), "Ctrl+Shift+N")):
            button = QPushButton(text, self)
            button.setObjectName(f"lagesbild_{key}")
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            tools.addWidget(button)
            self.buttons[key] = button
        tools.addStretch(1)
        self.last_year_button = QPushButton(self.tr("Börja från f&örra årets text"), self)
        self.last_year_button.setObjectName("lagesbildLastYear")
        self.draft_button = QPushButton(self.tr("Infoga &utkast ur årets data"), self)
        self.draft_button.setObjectName("lagesbildDraft")
        tools.addWidget(self.last_year_button)
        tools.addWidget(self.draft_button)

        self.needs = QCheckBox(self.tr("Finns &behov av särskilda åtgärder (inkluderas i åtgärdsplan)"), self)
        self.needs.setObjectName("lagesbildNeeds")
        self.comment = MarkdownEdit(self)
        self.comment.setObjectName("lagesbildComment")
        self.comment_label = QLabel(self.tr("Ko&mmentar:"), self)
        self.comment_label.setBuddy(self.comment)

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        left.addLayout(top)
        left.addWidget(sections_label)
        left.addWidget(self.sections, 1)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.hint)
        right.addLayout(tools)
        right.addWidget(text_label)
        right.addWidget(self.editor, 3)
        right.addWidget(self.needs)
        right.addWidget(self.comment_label)
        right.addWidget(self.comment, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.commit)
        self.editor.textChanged.connect(self._typed)
        self.comment.textChanged.connect(self._typed)
        for editor in (self.editor, self.comment):
            editor.installEventFilter(self)
        self.needs.toggled.connect(lambda _on: self.commit())
        self.buttons["bold"].clicked.connect(lambda: self._format(lambda e: e.toggle_bold()))
        self.buttons["italic"].clicked.connect(lambda: self._format(lambda e: e.toggle_italic()))
        self.buttons["bullets"].clicked.connect(lambda: self._format(lambda e: e.toggle_list(ordered=False)))
        self.buttons["numbers"].clicked.connect(lambda: self._format(lambda e: e.toggle_list(ordered=True)))
        self.last_year_button.clicked.connect(self.start_from_last_year)
        self.draft_button.clicked.connect(self.insert_draft)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.year.valueChanged.connect(self._year_changed)
        events.changed.connect(self._data_changed)
        self.load()

    # -- reading --------------------------------------------------------------------------------------

    def load(self, keep: tuple | None = None) -> None:
        """Read the year's sections; keep the one chosen (by its section and area) where it still exists."""
        self.states = year_texts.states(self.store, self.year.value())
        self.sections.blockSignals(True)
        self.sections.clear()
        self.rows = []  # the list's rows: a state's index, or None for the heading above the areas' texts
        for index, state in enumerate(self.states):
            if state.place.area is not None and (index == 0 or self.states[index - 1].place.area is None):
                heading = QListWidgetItem(state.place.section.title, self.sections)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a text: cannot be chosen
                bold = heading.font()
                bold.setBold(True)
                heading.setFont(bold)
                self.rows.append(None)
            item = QListWidgetItem(self._item_text(state), self.sections)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(state))
            self.rows.append(index)
        keys = [self._key(state.place) for state in self.states]
        chosen = keys.index(keep) if keep in keys else 0
        self.sections.setCurrentRow(self.rows.index(chosen))
        self._row = self.sections.currentRow()
        self.sections.blockSignals(False)
        self._show(chosen)

    @staticmethod
    def _key(where: TextPlace) -> tuple:
        return where.section.key, where.area.id if where.area else None

    def _item_text(self, state: TextState) -> str:
        where = state.place
        name = f"    {where.title}" if where.area else where.section.title  # areas under their heading
        if state.draft:
            return name + self.tr(" (utkast)")
        if state.default:
            return name + self.tr(" (standardtext)")
        if state.length == 0:
            return name + self.tr(" (tom)")
        return name

    def _spoken(self, state: TextState) -> str:
        """What a screen reader says of a row: the text's whole name ("Områdestext Grimsta") and its state,
        without the indentation that shows the eye it belongs to the areas."""
        return self._item_text(state).strip().replace(state.place.title, state.place.in_words().rsplit(" ", 1)[0], 1)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.states):
            return
        self.place = where = self.states[index].place
        self.title.setText(where.in_words())
        field = where.section.field
        if where.area is not None:
            self.hint.setText(self.tr("Vad som hänt i området under året. \"Infoga utkast\" hämtar veckorna med "
                                      "bedömning 3 eller högre, händelserna, jämförelsen med förra året och "
                                      "åtgärderna; skriv sedan om texten."))
        elif field is not None:
            self.hint.setText(self.tr("Beskrivning av området (standardtexten tills den skrivs om för året), "
                                      "behovet av särskilda åtgärder och en kommentar."))
        else:
            self.hint.setText("")
        self._seen_body = year_texts.text(self.store, where)
        self._set_quietly(self.editor, self._seen_body)
        self.draft_button.setVisible(where.area is not None)
        for widget in (self.needs, self.comment_label, self.comment):
            widget.setVisible(field is not None)
        if field is not None:
            stored = report_texts.priority_fields(self.store, where.year).get(field)
            self._seen_needs = bool(stored and stored.needs_measures)
            self._seen_comment = stored.comment if stored else ""
            self.needs.blockSignals(True)
            self.needs.setChecked(self._seen_needs)
            self.needs.blockSignals(False)
            self._set_quietly(self.comment, self._seen_comment)
        self.editor.setAccessibleName(where.in_words())
        self.comment.setAccessibleName(self.tr("Kommentar"))

    def _set_quietly(self, editor: MarkdownEdit, text: str) -> None:
        editor.blockSignals(True)
        editor.set_markdown(text)
        editor.blockSignals(False)

    # -- choosing -------------------------------------------------------------------------------------

    def leave(self) -> bool:
        """Save what was typed before the page is left; False (and the page stays) when it could not be
        saved (a personal identity number kept back, a text too long, a file locked): nothing typed is lost."""
        self.commit()
        return not self._edited()

    def _section_chosen(self, row: int) -> None:
        if row == self._row:
            return
        if not self.leave():
            self._back_to(self._row)
            return
        index = self.rows[row] if 0 <= row < len(self.rows) else None
        if index is None:  # the heading above the areas: on to the first area (or back up, going up)
            step = 1 if row > self._row else -1
            target = row + step if 0 <= row + step < len(self.rows) else row - step
            self._back_to(target)
            index = self.rows[target]
        self._row = self.sections.currentRow()
        self._show(index)

    def _back_to(self, row: int) -> None:
        self.sections.blockSignals(True)
        self.sections.setCurrentRow(row)
        self.sections.blockSignals(False)

    def _year_changed(self, year: int) -> None:
        if self.place is not None and year != self.place.year and not self.leave():
            self.year.blockSignals(True)
            self.year.setValue(self.place.year)  # the text that could not be saved stays on screen
            self.year.blockSignals(False)
            return
        self.load(self._key(self.place) if self.place else None)

    def set_year(self, year: int) -> None:
        self.year.setValue(year)

    def _data_changed(self) -> None:
        """Another window or computer changed something: show it, unless a text here is being typed or
        this view made the change itself (reloading would move the cursor to the start)."""
        if self._saving or self.timer.isActive() or self._edited():
            return
        self.load(self._key(self.place) if self.place else None)

    # -- saving ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.editor, self.comment):
            self.commit()
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        self.timer.start()

    def _format(self, change) -> None:
        """The buttons do not take the focus: they format the editor being typed in."""
        editor = self.comment if self.comment.hasFocus() else self.editor
        change(editor)
        editor.setFocus()

    def _edited(self) -> bool:
        if self.place is None:
            return False
        if self.editor.markdown() != _normal(self._seen_body):
            return True
        return self.place.section.field is not None and (
            self.comment.markdown() != _normal(self._seen_comment) or self.needs.isChecked() != self._seen_needs)

    def commit(self) -> bool:
        """Save what was changed on the page shown; returns whether anything was written."""
        self.timer.stop()
        where = self.place
        if where is None:
            return False
        wrote = False
        typed = self.editor.markdown()
        if typed != _normal(self._seen_body):
            wrote |= self._save_body(where, typed)
        if where.section.field is not None:
            wrote |= self._save_field(where)
        if wrote:
            self._saving = True
            try:
                self.events.announce()  # other views read the change; this one has it on screen already
            finally:
                self._saving = False
            self._refresh_item()
        return wrote

    def _save_body(self, where: TextPlace, typed: str) -> bool:
        seen = self._seen_body

        def save(changes: dict, allow: bool) -> None:
            shown, wanted = changes["body"]
            year_texts.update_text(self.store, where, shown, wanted, allow_personal_data=allow, context=CONTEXT)

        outcome = save_fields(self.prompts, self, {"body": (seen, typed)}, save)
        self._said(outcome.message, outcome.saved)
        if outcome.settled:
            self._seen_body = year_texts.text(self.store, where)
            if _normal(self._seen_body) != typed and self.place == where:
                self._set_quietly(self.editor, self._seen_body)  # masked, or another's text kept
        return outcome.saved

    def _save_field(self, where: TextPlace) -> bool:
        field = where.section.field
        changes: dict = {}
        typed = self.comment.markdown()
        if typed != _normal(self._seen_comment):
            changes["comment"] = (self._seen_comment, typed)
        if self.needs.isChecked() != self._seen_needs:
            changes["needs_measures"] = (self._seen_needs, self.needs.isChecked())
        if not changes:
            return False

        def save(fields: dict, allow: bool) -> None:
            report_texts.update_priority_field(self.store, where.year, field, fields, allow_personal_data=allow,
                                               context=CONTEXT)

        outcome = save_fields(self.prompts, self, changes, save)
        self._said(outcome.message, outcome.saved)
        if outcome.settled:
            stored = report_texts.priority_fields(self.store, where.year).get(field)
            self._seen_needs = bool(stored and stored.needs_measures)
            self._seen_comment = stored.comment if stored else ""
            if self.place == where:
                if self.comment.markdown() != _normal(self._seen_comment):
                    self._set_quietly(self.comment, self._seen_comment)
                self.needs.blockSignals(True)
                self.needs.setChecked(self._seen_needs)
                self.needs.blockSignals(False)
        return outcome.saved

    def _said(self, message: str, saved: bool) -> None:
        """To the window's status line ("Sparat 10:42:07", or what stopped the save)."""
        (self.saved if saved else self.failed).emit(message)

    def _refresh_item(self) -> None:
        """The section list says what each text is now (written, a draft, empty)."""
        fresh = {self._key(state.place): state for state in year_texts.states(self.store, self.year.value())}
        for row, index in enumerate(self.rows):
            if index is None:
                continue
            now = fresh.get(self._key(self.states[index].place))
            if now is not None:
                self.states[index] = now
                item = self.sections.item(row)
                item.setText(self._item_text(now))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(now))

    # -- the two helpers ------------------------------------------------------------------------------

    def start_from_last_year(self) -> None:
        where = self.place
        if where is None:
            return
        if not self.leave():
            return  # what was typed could not be saved: it is not replaced either
        last = year_texts.last_years(self.store, where)
        if not last.strip():
            self._said(self.tr("Det finns ingen text för {year} att börja från").format(year=where.year - 1), False)
            return
        if self.editor.markdown().strip() and not self.prompts.confirm_replace(self, where.in_words(),
                                                                                where.year - 1):
            return
        self.editor.set_markdown(last)
        self.commit()
        self.editor.setFocus()

    def insert_draft(self) -> None:
        where = self.place
        if where is None or where.area is None:
            return
        if not self.leave():
            return
        made = year_drafts.draft(self.store, where)
        current = self.editor.markdown()
        self.editor.set_markdown(f"{current.rstrip()}\n\n{made}" if current.strip() else made)
        self.commit()
        self.editor.setFocus()

    def hideEvent(self, event) -> None:
        self.commit()  # leaving the view keeps what was typed (the window asks leave() first)
        super().hideEvent(event)


def _normal(text: str) -> str:
    """A stored text as the editor gives it back (the same blocks written the same way)."""
    from lagesbild_desktop.domain.markdown import parse, write

    return write(parse(text))
