"""Adding, changing and removing incidents."""

from lagesbild_desktop.domain.incidents import parse_severity
from lagesbild_desktop.domain.isoweek import parse_date, validate_week, week_of
from lagesbild_desktop.errors import InvalidInput, NotFound
from lagesbild_desktop.services.validation import area_in_year, free_text, personal_data_context
from lagesbild_desktop.store import categories, incidents
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.incidents import Incident


def category_code(store: Store, value: str) -> str:
    """The stored code of a category given by code or name (any case); unknown ones list the valid ones."""
    wanted = (value or "").strip().casefold()
    known = categories.all_categories(store.conn)
    for category in known:
        if wanted in (category.code.casefold(), category.name_sv.casefold(), category.name_en.casefold()):
            return category.code
    raise InvalidInput(
        f"Okänd kategori '{value}'. Giltiga kategorier: {', '.join(c.code for c in known)}"
    )


def _validated(store: Store, *, area, date, category, severity, place, description,
               allow_personal_data: bool, time=None) -> Incident:
    from lagesbild_desktop.domain.places import parse_time
    from lagesbild_desktop.services.places import in_area

    day = parse_date(date)
    year, week = week_of(day)
    found = area_in_year(store, area, year)
    place = free_text(place, "Platsen", allow_personal_data=allow_personal_data)
    # A place written as a registered place of the area is that place (its name as registered); any other
    # text stays free text, as before places could be registered.
    registered = in_area(store, place, found.id) if place else None
    return incidents.draft(
        area_id=found.id,
        area=found.name,
        date=day.isoformat(),
        year=year,
        week=week,
        category=category_code(store, category),
        severity=parse_severity(severity).code,
        place=registered.name if registered else place,
        description=free_text(description, "Beskrivningen", allow_personal_data=allow_personal_data),
        place_uid=registered.uid if registered else None,
        time=parse_time(time),
    )


def add_incident(store: Store, *, area: str, date: str, category: str, severity, place: str | None = "",
                 description: str | None = "", allow_personal_data: bool = False,
                 context: str = "", time: str | None = None) -> Incident:
    with store.transaction():
        draft = _validated(store, area=area, date=date, category=category, severity=severity, place=place,
                           description=description, allow_personal_data=allow_personal_data, time=time)
        return incidents.insert(store, draft, personal_data_context(context, allow_personal_data,
                                                                    draft.place, draft.description))


def get_incident(store: Store, incident_id) -> Incident:
    try:
        number = int(str(incident_id).strip())
    except ValueError:
        raise InvalidInput(f"Ogiltigt händelsenummer '{incident_id}'") from None
    if not 1 <= number < 2**63:
        raise NotFound(f"Det finns ingen händelse med nummer {incident_id}")
    found = incidents.get(store.conn, number)
    if found is None:
        raise NotFound(f"Det finns ingen händelse med nummer {number}")
    return found


def update_incident(store: Store, incident_id, *, allow_personal_data: bool = False, context: str = "",
                    **changes) -> Incident:
    """Change some fields (area, date, category, severity, place, description) of an incident."""
    with store.transaction():
        old = get_incident(store, incident_id)
        fields = {"area": old.area, "date": old.date, "category": old.category, "severity": old.severity,
                  "place": old.place, "description": old.description, "time": old.time}
        fields.update({key: value for key, value in changes.items() if value is not None})
        changed = _validated(store, allow_personal_data=allow_personal_data, **fields)
        if changed._replace(id=old.id, uid=old.uid, vv=old.vv).value() == old.value():
            return old
        return incidents.update(store, old, changed, personal_data_context(context, allow_personal_data,
                                                                           changed.place, changed.description))


def delete_incident(store: Store, incident_id, *, context: str = "") -> Incident:
    with store.transaction():
        old = get_incident(store, incident_id)
        incidents.delete(store, old, context)
        return old


def list_incidents(store: Store, year, week=None) -> list[Incident]:
    if week is None:
        year, _ = validate_week(year, 1)
        return incidents.for_year(store.conn, year)
    year, week = validate_week(year, week)
    return incidents.for_week(store.conn, year, week)

