"""Editing the reports' own texts: the yearly priority fields and each week's participants and summary."""

from lagesbild_desktop.domain.isoweek import validate_week, validate_year
from lagesbild_desktop.domain.priority_fields import validate_field
from lagesbild_desktop.domain.year_texts import MAX_YEAR_TEXT
from lagesbild_desktop.errors import Conflict
from lagesbild_desktop.services.validation import free_text, personal_data_context
from lagesbild_desktop.store import report_texts
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.report_texts import PriorityField, WeekNote


def set_priority_field(store: Store, year, field, needs_measures: bool, comment: str | None = "", *,
                       allow_personal_data: bool = False, context: str = "") -> PriorityField:
    year, field = validate_year(year), validate_field(field)
    comment = free_text(comment, "Kommentaren", allow_personal_data=allow_personal_data, max_length=MAX_YEAR_TEXT)
    context = personal_data_context(context, allow_personal_data, comment)
    with store.transaction():
        return report_texts.save_field(store, year, field, bool(needs_measures), comment, context)


def priority_fields(store: Store, year) -> dict[int, PriorityField]:
    return report_texts.fields_of_year(store.conn, validate_year(year))


def set_week_note(store: Store, year, week, participants: str | None = "", summary: str | None = "", *,
                  allow_personal_data: bool = False, context: str = "") -> WeekNote:
    year, week = validate_week(year, week)
    participants = free_text(participants, "Deltagarna", allow_personal_data=allow_personal_data)
    summary = free_text(summary, "Sammanfattningen", allow_personal_data=allow_personal_data)
    context = personal_data_context(context, allow_personal_data, participants, summary)
    with store.transaction():
        return report_texts.save_week_note(store, year, week, participants, summary, context)


def week_note(store: Store, year, week) -> WeekNote | None:
    year, week = validate_week(year, week)
    return report_texts.week_note(store.conn, year, week)


WEEK_LABELS = {"participants": "Deltagarna", "summary": "Sammanfattningen"}
FIELD_LABELS = {"needs_measures": "Behov av särskilda åtgärder", "comment": "Kommentaren"}


class TextChanged(Conflict):
    """A field someone else changed since it was shown: nothing was written (exit code 4)."""

    def __init__(self, field: str, label: str, current):
        super().__init__(f"{label} har ändrats av någon annan sedan den visades", current)
        self.field, self.label = field, label


def _checked(changes: dict, current: dict, labels: dict, what: str) -> dict:
    """The stored values with the changes made on them; TextChanged if a changed field moved meanwhile."""
    for name, (seen, _typed) in changes.items():
        if current[name] != seen:
            raise TextChanged(name, f"{labels[name]} ({what})", current[name])
    return {**current, **{name: typed for name, (_seen, typed) in changes.items()}}


def update_week_note(store: Store, year, week, changes: dict[str, tuple[str, str]], *,
                     allow_personal_data: bool = False, context: str = "") -> WeekNote:
    """Write the fields the user changed, each given as (value shown, value typed); the other field keeps
    what is stored now. A changed field that someone else changed since it was shown: TextChanged."""
    year, week = validate_week(year, week)
    typed = {name: (seen, free_text(value, WEEK_LABELS[name], allow_personal_data=allow_personal_data))
             for name, (seen, value) in changes.items()}
    context = personal_data_context(context, allow_personal_data, *(value for _seen, value in typed.values()))
    with store.transaction():
        old = report_texts.week_note(store.conn, year, week)
        current = {"participants": old.participants if old else "", "summary": old.summary if old else ""}
        wanted = _checked(typed, current, WEEK_LABELS, f"veckomötet {year} v{week}")
        return report_texts.save_week_note(store, year, week, wanted["participants"], wanted["summary"], context)


def update_priority_field(store: Store, year, field, changes: dict[str, tuple[object, object]], *,
                          allow_personal_data: bool = False, context: str = "") -> PriorityField:
    """As update_week_note, for a priority field's "needs measures" and comment."""
    year, field = validate_year(year), validate_field(field)
    typed = dict(changes)
    if "comment" in typed:
        seen, value = typed["comment"]
        typed["comment"] = (seen, free_text(value, "Kommentaren", allow_personal_data=allow_personal_data,
                                            max_length=MAX_YEAR_TEXT))
        context = personal_data_context(context, allow_personal_data, typed["comment"][1])
    with store.transaction():
        old = report_texts.fields_of_year(store.conn, year).get(field)
        current = {"needs_measures": bool(old and old.needs_measures), "comment": old.comment if old else ""}
        wanted = _checked(typed, current, FIELD_LABELS, f"prioriterat område {field} {year}")
        return report_texts.save_field(store, year, field, bool(wanted["needs_measures"]), wanted["comment"],
                                       context)
