"""Recording and clearing a week's grade for an area."""

from lagesbild_desktop.domain.isoweek import validate_week
from lagesbild_desktop.domain.scale import parse_grade
from lagesbild_desktop.services.validation import area_in_year, area_named, free_text, personal_data_context
from lagesbild_desktop.store import assessments
from lagesbild_desktop.store.assessments import Change
from lagesbild_desktop.store.connection import Store


def record_grade(
    store: Store,
    area: str,
    year,
    week,
    grade,
    note: str | None = None,
    *,
    allow_personal_data: bool = False,
    expected_version: int | None = None,
    context: str = "",
) -> Change:
    """Store the grade (and note) of one area-week. Durable when it returns.

    note=None keeps the note the cell already has; "" clears it.
    """
    year, week = validate_week(year, week)
    grade = parse_grade(grade)
    if note is not None:
        note = free_text(note, "Anteckningen", allow_personal_data=allow_personal_data)
    context = personal_data_context(context, allow_personal_data, note or "")
    with store.transaction():
        found = area_in_year(store, area, year)
        return assessments.save(store, found, year, week, grade, note, context, expected_version)


def clear_grade(store: Store, area: str, year, week, *, expected_version: int | None = None,
                context: str = "") -> Change:
    """Delete the area-week's grade (the audit log keeps what it was)."""
    year, week = validate_week(year, week)
    with store.transaction():
        found = area_named(store, area)
        return assessments.delete(store, found, year, week, context, expected_version)


def get_grade(store: Store, area: str, year, week) -> assessments.Assessment | None:
    year, week = validate_week(year, week)
    return assessments.get(store.conn, area_named(store, area).id, year, week)


def record_grades(store: Store, year, week, grades: dict[str, object], *, context: str = "") -> list[Change]:
    """Several areas' grades of one week in one transaction: all are stored, or none."""
    year, week = validate_week(year, week)
    parsed = {area: parse_grade(grade) for area, grade in grades.items()}
    with store.transaction():
        changes = []
        for area, grade in parsed.items():
            found = area_in_year(store, area, year)
            changes.append(assessments.save(store, found, year, week, grade, None, context))
        return changes
