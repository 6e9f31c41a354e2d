"""The action plan: adding, changing, following up and listing measures, and their effect."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.domain import measures as rules
from lagesbild_desktop.domain.isoweek import parse_date, validate_year
from lagesbild_desktop.domain.priority_fields import validate_field
from lagesbild_desktop.domain.text import problem_in_line
from lagesbild_desktop.errors import Conflict, InvalidInput, NotFound
from lagesbild_desktop.services.validation import area_named, free_text, personal_data_context
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import assessments, incidents, responsibles
from lagesbild_desktop.store import measures as store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.measures import FollowUp, Measure

_UNSET = object()


class MeasureView(NamedTuple):
    """A measure as it is shown: its areas by name, its status and follow-ups."""

    measure: Measure
    area_names: tuple[str, ...]
    status: str
    follow_ups: tuple[FollowUp, ...]

    @property
    def id(self) -> int:
        return self.measure.id

    @property
    def last_follow_up(self) -> FollowUp | None:
        return self.follow_ups[-1] if self.follow_ups else None

    @property
    def finished_on(self) -> str | None:
        """The day it was completed or cancelled (its latest follow-up says so), or None."""
        last = self.last_follow_up
        return last.date if last and last.status not in rules.ACTIVE else None


# -- reading ------------------------------------------------------------------------------------------

def get_measure(db: Store, measure_id) -> Measure:
    try:
        number = int(str(measure_id).strip())
    except ValueError:
        raise InvalidInput(f"Ogiltigt åtgärdsnummer '{measure_id}'") from None
    found = store.get(db.conn, number) if 1 <= number < 2**63 else None
    if found is None:
        raise NotFound(f"Det finns ingen åtgärd med nummer {measure_id}")
    return found


def views(db: Store, items: list[Measure] | None = None) -> list[MeasureView]:
    """Every measure (or those given), with names, status and follow-ups, read in three queries."""
    conn = db.conn
    items = store.all_measures(conn) if items is None else items
    names = {area.uid: area.name for area in area_store.all_areas(conn)}
    by_measure = store.follow_ups_by_measure(conn)
    result = []
    for measure in items:
        done = tuple(by_measure.get(measure.uid, ()))  # oldest first: the last one is the latest
        status = rules.status_after(done[-1].status if done else None)
        result.append(MeasureView(measure, tuple(names.get(uid, "okänt område") for uid in measure.areas), status,
                                  done))
    return result


def view(db: Store, measure_id) -> MeasureView:
    return views(db, [get_measure(db, measure_id)])[0]


def overlaps_year(measure: Measure, year: int) -> bool:
    """The measure's period (open-ended without an end) touches the calendar year."""
    return measure.start <= f"{year}-12-31" and (measure.end is None or measure.end >= f"{year}-01-01")


def list_measures(db: Store, *, year=None, status=None, area=None, responsible=None,
                  priority_field=None) -> list[MeasureView]:
    wanted_year = validate_year(year) if year not in (None, "") else None
    wanted_status = rules.parse_status(status) if status else None
    wanted_area = area_named(db, area).uid if area else None
    wanted_responsible = _responsible_name(db, responsible) if responsible else None
    wanted_field = validate_field(priority_field) if priority_field not in (None, "") else None
    found = []
    for item in views(db):
        measure = item.measure
        if ((wanted_year is None or overlaps_year(measure, wanted_year))
                and (wanted_status is None or item.status == wanted_status)
                and (wanted_area is None or wanted_area in measure.areas)
                and (wanted_responsible is None or wanted_responsible in measure.responsible)
                and (wanted_field is None or measure.priority_field == wanted_field)):
            found.append(item)
    return found


def week_measures(db: Store, first: dt.date, last: dt.date) -> tuple[dict[str, list[MeasureView]],
                                                                     list[MeasureView]]:
    """What the meeting shows of a week, from one reading of the measures: those active some day of it by
    area uid, and those due for a follow-up by its last day."""
    active: dict[str, list[MeasureView]] = {}
    due_now = []
    for item in views(db):
        measure = item.measure
        if (item.status in rules.ACTIVE and measure.start <= last.isoformat()
                and (measure.end is None or measure.end >= first.isoformat())):
            for uid in measure.areas:
                active.setdefault(uid, []).append(item)
        if rules.is_due(item.status, measure.next_follow_up, last):
            due_now.append(item)
    return active, due_now


# -- effect -------------------------------------------------------------------------------------------

def effect_of(db: Store, item: MeasureView, *, today: dt.date | None = None,
              weeks: int = rules.EFFECT_WEEKS) -> rules.Effect:
    return effects(db, [item], today=today, weeks=weeks)[item.id]


def effect_window(item: MeasureView, today: dt.date, weeks: int = rules.EFFECT_WEEKS) -> tuple[list, list]:
    """The weeks a measure's effect compares: up to its end, or the day it was completed or cancelled."""
    end = rules.effective_end(item.measure.end, item.finished_on)
    return rules.effect_weeks(dt.date.fromisoformat(item.measure.start),
                              dt.date.fromisoformat(end) if end else None, today, weeks)


def effects(db: Store, items: list[MeasureView], *, today: dt.date | None = None,
            weeks: int = rules.EFFECT_WEEKS) -> dict[int, rules.Effect]:
    """The effect of many measures, reading the grades and incidents of their whole span once."""
    today = today or osenv.today()
    windows = {item.id: effect_window(item, today, weeks) for item in items}
    spans = [(before[0], after[-1]) for before, after in windows.values() if after]
    index = rules.NO_WEEKS
    if spans:
        first, last = min(span[0] for span in spans), max(span[1] for span in spans)
        index = rules.index_weeks(assessments.grades_between(db.conn, first, last),
                                  incidents.weeks_between(db.conn, first, last))
    ids = {area.uid: area.id for area in area_store.all_areas(db.conn)}
    return {item.id: rules.effect({ids[uid] for uid in item.measure.areas if uid in ids}, *windows[item.id], index)
            for item in items}


# -- writing ------------------------------------------------------------------------------------------

def _responsible_name(db: Store, name: str) -> str:
    wanted = (name or "").strip().casefold()
    known = responsibles.all_responsibles(db.conn, include_inactive=True)
    for item in known:
        if item.name.casefold() == wanted:
            return item.name
    raise InvalidInput(f"Okänd ansvarig organisation '{name}'. Kända: {', '.join(r.name for r in known if r.active)}"
                       " (lägg till med 'lagesbild responsibles add NAMN')")


def _optional_date(value, label: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(str(value)).isoformat()
    except InvalidInput as error:
        raise InvalidInput(f"{label}: {error.message}") from None


def _validated(db: Store, *, title, description, areas, priority_field, place, responsible, start, end, term,
               goal, next_follow_up, allow_personal_data: bool) -> Measure:
    title = (title or "").strip()
    if not title:
        raise InvalidInput("Rubriken är tom: ge åtgärden en rubrik")
    problem = problem_in_line(title, "Rubriken", max_length=rules.MAX_TITLE)
    if problem:
        raise InvalidInput(problem)
    free_text(title, "Rubriken", allow_personal_data=allow_personal_data)
    area_uids = []
    for name in areas or []:
        uid = area_named(db, name).uid
        if uid not in area_uids:
            area_uids.append(uid)
    names = []
    for name in responsible or []:
        found = _responsible_name(db, name)
        if found not in names:
            names.append(found)
    first = _optional_date(start, "Startdatumet")
    if first is None:
        raise InvalidInput("Startdatum saknas (ÅÅÅÅ-MM-DD)")
    last = _optional_date(end, "Slutdatumet")
    if last is not None and last < first:
        raise InvalidInput(f"Slutdatumet {last} ligger före startdatumet {first}")
    return store.draft(
        title=title,
        description=free_text(description, "Beskrivningen", allow_personal_data=allow_personal_data),
        areas=tuple(area_uids),
        priority_field=validate_field(priority_field) if priority_field not in (None, "") else None,
        place=free_text(place, "Platsen", allow_personal_data=allow_personal_data),
        responsible=tuple(names), start=first, end=last, term=rules.parse_term(term or "kort"),
        goal=free_text(goal, "Målet", allow_personal_data=allow_personal_data),
        next_follow_up=_optional_date(next_follow_up, "Nästa uppföljning"),
    )


def _context(context: str, allow: bool, measure: Measure) -> str:
    return personal_data_context(context, allow, measure.title, measure.description, measure.place, measure.goal)


def add_measure(db: Store, *, title: str, areas=(), priority_field=None, place="", responsible=(), start,
                end=None, term="kort", goal="", description="", next_follow_up=None,
                allow_personal_data: bool = False, context: str = "") -> Measure:
    if not areas and priority_field in (None, ""):
        raise InvalidInput("Ange vilket problem åtgärden svarar mot: minst ett område (--area) eller ett "
                           "prioriterat område (--priority-field)")
    if not responsible:
        raise InvalidInput("Ange minst en ansvarig organisation (--responsible)")
    with db.transaction():
        made = _validated(db, title=title, description=description, areas=areas, priority_field=priority_field,
                          place=place, responsible=responsible, start=start, end=end, term=term, goal=goal,
                          next_follow_up=next_follow_up, allow_personal_data=allow_personal_data)
        return store.insert(db, made, _context(context, allow_personal_data, made))


def edit_measure(db: Store, measure_id, *, expected_version: int | None = None, allow_personal_data: bool = False,
                 context: str = "", **changes) -> Measure:
    """Change the fields given (None: keep). `end`/`next_follow_up` = "" clear them. With expected_version,
    a measure someone else changed since it was shown is refused (Conflict) instead of overwritten."""
    with db.transaction():
        old = get_measure(db, measure_id)
        if expected_version is not None and old.version != expected_version:
            raise Conflict(f"Åtgärden «{old.title}» har ändrats av någon annan sedan den visades: "
                           "öppna den igen och gör ändringen på nytt")
        names = {area.uid: area.name for area in area_store.all_areas(db.conn)}
        fields = {"title": old.title, "description": old.description,
                  "areas": [names[uid] for uid in old.areas if uid in names], "priority_field": old.priority_field,
                  "place": old.place, "responsible": list(old.responsible), "start": old.start, "end": old.end,
                  "term": old.term, "goal": old.goal, "next_follow_up": old.next_follow_up}
        fields.update({key: value for key, value in changes.items() if value is not None})
        if fields["priority_field"] == "":
            fields["priority_field"] = None
        if not fields["areas"] and fields["priority_field"] is None:
            raise InvalidInput("En åtgärd måste svara mot minst ett område eller ett prioriterat område")
        if not fields["responsible"]:
            raise InvalidInput("En åtgärd måste ha minst en ansvarig organisation")
        made = _validated(db, allow_personal_data=allow_personal_data, **fields)
        made = made._replace(areas=made.areas + tuple(uid for uid in old.areas if uid not in names))
        if made.plan() == old.plan() and made.next_follow_up == old.next_follow_up:
            return old
        return store.update(db, old, made, _context(context, allow_personal_data, made))


def follow_up(db: Store, measure_id, *, status, date=None, comment="", next_follow_up=_UNSET,
              expected_version: int | None = None, allow_personal_data: bool = False,
              context: str = "") -> FollowUp:
    """Record a follow-up; its date defaults to today. The measure's next follow-up becomes `next_follow_up`
    when given; a measure completed or cancelled has none."""
    with db.transaction():
        measure = get_measure(db, measure_id)
        if expected_version is not None and measure.version != expected_version:
            raise Conflict(f"Åtgärden «{measure.title}» har ändrats av någon annan sedan den visades")
        state = rules.parse_status(status)
        today = osenv.today().isoformat()
        day = _optional_date(date, "Datumet") or today
        if day > today:
            raise InvalidInput(f"Uppföljningen {day} ligger i framtiden: en uppföljning gäller det som redan hänt "
                               "(nästa uppföljning anges med --next)")
        if day < measure.start and state != "planerad":
            raise InvalidInput(f"Uppföljningen {day} ligger före åtgärdens start {measure.start}")
        text = free_text(comment, "Kommentaren", allow_personal_data=allow_personal_data)
        made = store.insert_follow_up(db, store.follow_up_draft(measure=measure.uid, date=day, status=state,
                                                                comment=text, who=osenv.current_user()),
                                      personal_data_context(context, allow_personal_data, text))
        if next_follow_up is not _UNSET:
            wanted = _optional_date(next_follow_up, "Nästa uppföljning")
            if wanted is not None and state not in rules.ACTIVE:
                raise InvalidInput(f"En {state} åtgärd har ingen nästa uppföljning: ange inte --next")
        else:
            wanted = None if state not in rules.ACTIVE else measure.next_follow_up
            if wanted is not None and wanted <= day:
                wanted = None  # the follow-up that was due is done
        if wanted is not None and wanted < day:
            raise InvalidInput(f"Nästa uppföljning {wanted} ligger före den här uppföljningen {day}")
        if wanted != measure.next_follow_up:
            store.update(db, measure, measure._replace(next_follow_up=wanted), context)
        return made


def delete_measure(db: Store, measure_id, *, context: str = "") -> Measure:
    """Delete a measure and its follow-ups (each leaves a tombstone, so the deletion travels)."""
    with db.transaction():
        old = get_measure(db, measure_id)
        for item in store.follow_ups(db.conn, old.uid):
            store.delete_follow_up(db, item, context)
        store.delete(db, old, context)
        return old


def add_responsible(db: Store, name: str, *, context: str = "") -> responsibles.Responsible:
    text = (name or "").strip()
    problem = problem_in_line(text, "Namnet", max_length=80) if text else "Namnet är tomt"
    if problem:
        raise InvalidInput(problem)
    free_text(text, "Namnet", allow_personal_data=False)  # an organisation, never a person
    with db.transaction():
        for item in responsibles.all_responsibles(db.conn, include_inactive=True):
            if item.name.casefold() == text.casefold():
                raise InvalidInput(f"'{item.name}' finns redan i listan över ansvariga")
        return responsibles.insert(db, text, context)


def list_responsibles(db: Store) -> list[responsibles.Responsible]:
    return responsibles.all_responsibles(db.conn)


def as_dict(item: MeasureView, found: rules.Effect) -> dict:
    """A measure as `measure list --json` prints it (README: "Åtgärder som JSON")."""
    measure = item.measure
    return {
        "id": measure.id, "uid": measure.uid, "title": measure.title, "description": measure.description,
        "areas": list(item.area_names), "priority_field": measure.priority_field, "place": measure.place,
        "responsible": list(measure.responsible), "start": measure.start, "end": measure.end, "term": measure.term,
        "goal": measure.goal, "status": item.status, "next_follow_up": measure.next_follow_up,
        "follow_ups": [{"date": f.date, "status": f.status, "comment": f.comment, "who": f.who}
                       for f in item.follow_ups],
        "effect": found.as_dict(),
    }
