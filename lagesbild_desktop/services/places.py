"""Registered places: added, renamed, retired, prioritised per year, listed with their incidents this year
and last year and whether they recur; and the weekday × time-of-day table of incidents."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.isoweek import validate_year
from lagesbild_desktop.domain.personnummer import contains_personal_number
from lagesbild_desktop.domain.places import (
    DEFAULT_RECUR_COUNT,
    DEFAULT_RECUR_WEEKS,
    recurs,
    weekday_time_table,
)
from lagesbild_desktop.errors import InvalidInput, NotFound
from lagesbild_desktop.services.validation import area_named, one_line
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import incidents as incident_store
from lagesbild_desktop.store import named_lists
from lagesbild_desktop.store import places as store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.named_lists import PLACE_KINDS


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(str(text).split())).casefold()


def kinds(db: Store) -> list[str]:
    return [item.name for item in named_lists.all_names(db.conn, PLACE_KINDS)]


def _name(text: object) -> str:
    name = one_line(text, "Platsens namn", max_length=120)
    if contains_personal_number(name):
        raise InvalidInput("Platsens namn innehåller ett personnummer: en plats är en plats, inte en person")
    return name


def find(db: Store, name: str, area: str | None = None) -> store.Place:
    """A place by its name (case and spacing ignored), in an area if the name is in several."""
    wanted = _folded(name)
    found = [place for place in store.all_places(db.conn) if _folded(place.name) == wanted]
    if area:
        area_id = area_named(db, area).id
        found = [place for place in found if place.area_id == area_id]
    if not found:
        raise NotFound(f"Ingen registrerad plats heter '{name}'" + (f" i {area}" if area else ""))
    if len(found) > 1:
        raise InvalidInput(f"Platsen '{name}' finns i flera områden ({', '.join(p.area for p in found)}): ange --area")
    return found[0]


def registered_names(db: Store, area: str) -> list[str]:
    """The area's registered places not retired (this year), by name: what the incident dialog completes."""
    found = area_store.find(db.conn, str(area or "").strip())
    if found is None:
        return []
    return [place.name for place in store.all_places(db.conn) if place.area_id == found.id
            and (place.retired_from_year is None or place.retired_from_year > osenv.today().year)]


def in_area(db: Store, name: str, area_id: int) -> store.Place | None:
    """The registered place of that name in the area, or None (a free-text place)."""
    wanted = _folded(name)
    return next((place for place in store.all_places(db.conn)
                 if place.area_id == area_id and _folded(place.name) == wanted), None)


def add_place(db: Store, name: str, *, area: str, kind: str = "annat", lat=None, lon=None, notes: str = "",
              context: str = "") -> store.Place:
    name, found_area = _name(name), area_named(db, area)
    kind = one_line(kind or "annat", "Slaget av plats", max_length=80)
    lat, lon = _coordinate(lat, -90, 90, "latituden"), _coordinate(lon, -180, 180, "longituden")
    if (lat is None) != (lon is None):
        raise InvalidInput("ange både --lat och --lon, eller ingen av dem")
    with db.transaction():
        if in_area(db, name, found_area.id) is not None:
            raise InvalidInput(f"Platsen '{name}' finns redan i {found_area.name}")
        _listed(db, kind, context)
        return store.save(db, store.draft(name=name, area_id=found_area.id, area=found_area.name, kind=kind,
                                          lat=lat, lon=lon, notes=str(notes or "").strip()), context or "platser")


def _listed(db: Store, kind: str, context: str) -> None:
    """A kind not in the list joins it (inside the caller's transaction)."""
    if named_lists.by_name(db.conn, PLACE_KINDS, kind) is None:
        named_lists.insert(db, PLACE_KINDS, kind, context or "platser")


def _coordinate(value, low: float, high: float, word: str) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise InvalidInput(f"{word} '{value}' är inget tal") from None
    if not low <= number <= high:
        raise InvalidInput(f"{word} {value} ligger utanför {low}–{high}")
    return number


def rename(db: Store, name: str, new_name: str, *, area: str | None = None, context: str = "") -> store.Place:
    with db.transaction():
        place = find(db, name, area)
        new_name = _name(new_name)
        other = in_area(db, new_name, place.area_id)
        if other is not None and other.uid != place.uid:
            raise InvalidInput(f"Platsen '{new_name}' finns redan i {place.area}")
        return store.save(db, place._replace(name=new_name), context or "platser")


def edit(db: Store, name: str, *, area: str | None = None, kind: str | None = None, lat=None, lon=None,
         notes: str | None = None, context: str = "") -> store.Place:
    """Another kind, coordinates or notes for a place (what is not given stays)."""
    with db.transaction():
        place = find(db, name, area)
        changed = place
        if kind is not None:
            kind = one_line(kind, "Slaget av plats", max_length=80)
            _listed(db, kind, context)
            changed = changed._replace(kind=kind)
        if lat is not None or lon is not None:
            new_lat, new_lon = _coordinate(lat, -90, 90, "latituden"), _coordinate(lon, -180, 180, "longituden")
            if (new_lat is None) != (new_lon is None):
                raise InvalidInput("ange både --lat och --lon")
            changed = changed._replace(lat=new_lat, lon=new_lon)
        if notes is not None:
            changed = changed._replace(notes=str(notes).strip())
        return store.save(db, changed, context or "platser")


def retire(db: Store, name: str, from_year, *, area: str | None = None, context: str = "") -> store.Place:
    with db.transaction():
        place = find(db, name, area)
        return store.save(db, place._replace(retired_from_year=validate_year(from_year)), context or "platser")


def prioritise(db: Store, name: str, year, reason: str, *, area: str | None = None, remove: bool = False,
               context: str = "") -> store.Place:
    """A "prioriterad plats" for the year, with the reason (or no longer, with remove)."""
    year = validate_year(year)
    reason = one_line(reason, "Skälet", max_length=2000, empty_ok=True)
    if not remove and not reason:
        raise InvalidInput("ange skälet med --reason")
    with db.transaction():
        place = find(db, name, area)
        priorities = {key: value for key, value in place.priorities.items() if key != str(year)}
        if not remove:
            priorities[str(year)] = reason
        return store.save(db, place._replace(priorities=priorities), context or "platser")


class PlaceYear(NamedTuple):
    place: store.Place
    this_year: int
    last_year: int
    recurs: bool
    prioritised: str | None  # the reason, when prioritised this year


RECURRENCE = "place_recurrence"


def recurrence(db: Store) -> tuple[int, int]:
    """When a place recurs, as the district set it (at least N incidents within M weeks), else 3 in 4."""
    stored = db.setting(RECURRENCE, "")
    if stored and "/" in stored:
        count, weeks = stored.split("/", 1)
        if count.isdigit() and weeks.isdigit():
            return int(count), int(weeks)
    return DEFAULT_RECUR_COUNT, DEFAULT_RECUR_WEEKS


def set_recurrence(db: Store, count, weeks, context: str = "") -> tuple[int, int]:
    """Stored for the district (logged, and it travels with exchange files like the district's name)."""
    from lagesbild_desktop.store import district

    try:
        count, weeks = int(count), int(weeks)
    except (TypeError, ValueError):
        raise InvalidInput("ange antal händelser och veckor som heltal") from None
    if not (1 <= count <= 999 and 1 <= weeks <= 53):
        raise InvalidInput("minst 1 händelse, och 1–53 veckor")
    with db.transaction():
        district.save(db, RECURRENCE, f"{count}/{weeks}", context or "platser")
    return count, weeks


def places_of_year(db: Store, year, *, count: int | None = None, weeks: int | None = None) -> list[PlaceYear]:
    """Every place not retired by the year, with its incidents this year and last year, ranked by this
    year's (then by name), and whether it recurs: at least `count` incidents within `weeks` weeks (by
    default as the district set it)."""
    year = validate_year(year)
    stored = recurrence(db)
    count, weeks = count or stored[0], weeks or stored[1]
    days: dict[str, dict[int, list[dt.date]]] = {}
    for shown_year in (year, year - 1):
        for incident in incident_store.for_year(db.conn, shown_year):
            if incident.place_uid:
                days.setdefault(incident.place_uid, {}).setdefault(shown_year, []).append(
                    dt.date.fromisoformat(incident.date))
    made = []
    for place in store.all_places(db.conn):
        if place.retired_from_year is not None and place.retired_from_year <= year:
            continue
        own = days.get(place.uid, {})
        made.append(PlaceYear(place, len(own.get(year, [])), len(own.get(year - 1, [])),
                              recurs(own.get(year, []), count, weeks), place.priorities.get(str(year))))
    return sorted(made, key=lambda item: (-item.this_year, _folded(item.place.name)))


def weekday_times(db: Store, start: dt.date, end: dt.date, area: str | None = None):
    """The weekday × four-hour table of the incidents from `start` to `end` (both included), for the
    district or one area; and how many of them had no time of day."""
    if end < start:
        raise InvalidInput("perioden slutar före sin början")
    area_id = area_named(db, area).id if area else None
    found = [(dt.date.fromisoformat(incident.date), incident.time)
             for incident in incident_store.between(db.conn, start.isoformat(), end.isoformat())
             if area_id is None or incident.area_id == area_id]
    return weekday_time_table(found)


# -- free-text places turned into registered ones ---------------------------------------------------------

def spelling_key(text: str) -> str:
    """What spellings of one place share: case, spacing and punctuation aside ("Hässelby torg",
    "hässelby-torg", "Hässelby Torg.")."""
    folded = _folded(text)
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


class FreeText(NamedTuple):
    area: str
    area_id: int
    key: str
    spellings: list[tuple[str, int]]  # (as written, incidents), the most common first

    @property
    def count(self) -> int:
        return sum(number for _text, number in self.spellings)


def free_text_places(db: Store, year=None) -> list[FreeText]:
    """Places written as free text on incidents (no registered place), grouped per area by spelling, most
    incidents first: the candidates for registered places."""
    rows = incident_store.for_year(db.conn, validate_year(year)) if year is not None else \
        incident_store.between(db.conn, "0001-01-01", "9999-12-31")
    groups: dict[tuple[int, str], dict[str, int]] = {}
    names: dict[int, str] = {}
    for incident in rows:
        if incident.place_uid or not incident.place.strip():
            continue
        key = spelling_key(incident.place)
        if not key:
            continue
        names[incident.area_id] = incident.area
        written = groups.setdefault((incident.area_id, key), {})
        written[incident.place] = written.get(incident.place, 0) + 1
    found = [FreeText(names[area_id], area_id, key, sorted(written.items(), key=lambda item: (-item[1], item[0])))
             for (area_id, key), written in groups.items()]
    return sorted(found, key=lambda item: (-item.count, item.area, item.key))


def adopt(db: Store, text: str, *, area: str, name: str | None = None, kind: str = "annat", dry_run: bool = False,
          context: str = "") -> tuple[store.Place | None, int]:
    """Make a free-text place a registered one in one step: the place (made, or the registered place of
    that name), and every incident of the area written in any spelling of it linked to it, its text the
    place's name. All or nothing; returns the place and the number of incidents linked (planned again
    inside the transaction)."""
    found_area = area_named(db, area)
    key = spelling_key(text)
    if not key:
        raise InvalidInput("ange platsen som den står i händelserna")
    with db.transaction():
        group = next((item for item in free_text_places(db) if item.area_id == found_area.id and item.key == key),
                     None)
        if group is None:
            raise NotFound(f"Ingen händelse i {found_area.name} har platsen '{text}' som fri text")
        wanted = _name(name or group.spellings[0][0])
        place = in_area(db, wanted, found_area.id)
        if dry_run:
            return place, group.count
        if place is None:
            place = add_place(db, wanted, area=found_area.name, kind=kind, context=context or "platser")
        linked = update_linked(db, found_area.id, key, place, context or "platser")
    return place, linked


def update_linked(db: Store, area_id: int, spelling: str, place: store.Place, context: str) -> int:
    """Link every incident of the area whose free-text place is spelt as `spelling` to the registered place,
    its text the place's name; inside the caller's transaction."""
    linked = 0
    for old in incident_store.between(db.conn, "0001-01-01", "9999-12-31"):
        if old.area_id == area_id and not old.place_uid and old.place.strip() and spelling_key(old.place) == spelling:
            incident_store.update(db, old, old._replace(place=place.name, place_uid=place.uid), context)
            linked += 1
    return linked


def recurring_in_week(db: Store, year, week) -> dict[int, list[tuple[str, int]]]:
    """The registered places with at least N incidents in the M weeks up to and including this one (as the
    district set it), per area id (the meeting flags them): (name, incidents in those weeks)."""
    from lagesbild_desktop.domain.isoweek import validate_week, week_dates

    year, week = validate_week(year, week)
    count, weeks = recurrence(db)
    monday, sunday = week_dates(year, week)
    first = monday - dt.timedelta(weeks=weeks - 1)
    counts: dict[str, int] = {}
    for incident in incident_store.between(db.conn, first.isoformat(), sunday.isoformat()):
        if incident.place_uid:
            counts[incident.place_uid] = counts.get(incident.place_uid, 0) + 1
    found: dict[int, list[tuple[str, int]]] = {}
    for place in store.all_places(db.conn):
        if counts.get(place.uid, 0) >= count:
            found.setdefault(place.area_id, []).append((place.name, counts[place.uid]))
    return found
