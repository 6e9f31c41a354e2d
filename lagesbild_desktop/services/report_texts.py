"""Editing the reports' own texts: the yearly priority fields and each week's participants and summary."""

from lagesbild_desktop.domain.isoweek import validate_week, validate_year
from lagesbild_desktop.domain.priority_fields import validate_field
from lagesbild_desktop.services.validation import free_text, personal_data_context
from lagesbild_desktop.store import report_texts
from lagesbild_desktop.store.database import Store
from lagesbild_desktop.store.report_texts import PriorityField, WeekNote


def set_priority_field(store: Store, year, field, needs_measures: bool, comment: str | None = "", *,
                       allow_personal_data: bool = False, context: str = "") -> PriorityField:
    year, field = validate_year(year), validate_field(field)
    comment = free_text(comment, "Kommentaren", allow_personal_data=allow_personal_data)
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
