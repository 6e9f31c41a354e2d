"""Correcting the editable lists of names (responsible organisations, sources of key figures, kinds of
places): whatever can be added can be renamed, retired or removed, so that a workstation blocked by a
bad name (a personal identity number typed into a source) can always unblock itself.

A name is the key of its entry in every database, so a rename is the new name added (in the old one's
place and state), every record that uses the old name changed to the new one, and the old name removed
(a tombstone, which travels): one transaction, every step audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from lagesbild_desktop.domain.records import MAX_RESPONSIBLE_NAME
from lagesbild_desktop.errors import InvalidInput, NotFound
from lagesbild_desktop.services.validation import one_line
from lagesbild_desktop.store import areas, key_figures, measures, named_lists, places
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.named_lists import FIGURE_SOURCES, PLACE_KINDS, RESPONSIBLES, NamedList
from lagesbild_desktop.store.versions import Advance


class Renamed(NamedTuple):
    old: str
    new: str
    records: int  # records that used the old name and now use the new one


def _measures_of(db: Store, name: str) -> list:
    return [item for item in measures.all_measures(db.conn) if name in item.responsible]


def _move_measures(db: Store, users: list, old: str, new: str, context: str) -> None:
    for item in users:
        renamed = [new if name == old else name for name in item.responsible]
        measures.update(db, item, item._replace(responsible=tuple(dict.fromkeys(renamed))), context)  # a name once


def _figures_of(db: Store, name: str) -> list:
    return key_figures.all_figures(db.conn, source=name)


def _move_figures(db: Store, users: list, old: str, new: str, context: str) -> None:
    # A figure's key holds its source: the figure under the new name is a new record, the old one deleted.
    for figure in users:
        area = areas.by_id(db.conn, figure.area_id) if figure.area_id is not None else None
        area_name = area.name if area else ""
        key_figures.save(db, figure._replace(id=0, source=new), context, area_name=area_name)
        key_figures.delete(db, figure, context, area_name=area_name)


def _places_of(db: Store, name: str) -> list:
    return [item for item in places.all_places(db.conn) if item.kind == name]


def _move_places(db: Store, users: list, old: str, new: str, context: str) -> None:
    for place in users:
        places.save(db, place._replace(kind=new), context)


class _List(NamedTuple):
    names: NamedList
    singular: str
    plural: str
    used_by: str  # what the records that use a name are called
    users: Callable[[Store, str], list]  # the records that use a name
    move: Callable[[Store, list, str, str, str], None]  # (db, users, old, new, context): to the new name


LISTS = {
    "responsible": _List(RESPONSIBLES, "ansvarig", "ansvariga", "åtgärder", _measures_of, _move_measures),
    "figure_source": _List(FIGURE_SOURCES, "källa", "källor", "nyckeltal", _figures_of, _move_figures),
    "place_kind": _List(PLACE_KINDS, "slag av plats", "slag av platser", "platser", _places_of, _move_places),
}


def _entry(db: Store, listed: _List, name: str) -> named_lists.Named:
    typed = " ".join(str(name or "").split())
    every = named_lists.all_names(db.conn, listed.names, include_inactive=True)
    found = named_lists.by_name(db.conn, listed.names, typed) or next(  # as typed, else whatever the case
        (item for item in every if item.name.casefold() == typed.casefold()), None)
    if found is None:
        known = ", ".join(item.name for item in every)
        raise NotFound(f"Ingen {listed.singular} heter '{typed}'. Listans {listed.plural}: {known or 'inga'}")
    return found


def rename(db: Store, entity: str, old_name: str, new_name: str, *, context: str = "") -> Renamed:
    listed = LISTS[entity]
    names = listed.names
    new = one_line(new_name, "Det nya namnet", max_length=MAX_RESPONSIBLE_NAME)
    context = context or f"byt namn på {listed.singular}"
    with db.transaction():
        old = _entry(db, listed, old_name)
        if new == old.name:
            raise InvalidInput(f"'{new}' heter redan så")
        existing = next((item for item in named_lists.all_names(db.conn, names, include_inactive=True)
                         if item.name.casefold() == new.casefold() and item.name != old.name), None)
        users = listed.users(db, old.name)
        if existing is not None:  # two names made one: the records of the old one join the other
            new = existing.name
            _refuse_doubles(db, names, users, new)
        elif new.casefold() == old.name.casefold():  # only the case changes: the old key must go first
            named_lists.delete(db, names, old, context)
            named_lists.insert(db, names, new, context, sort_order=old.sort_order, active=old.active)
        else:
            named_lists.insert(db, names, new, context, sort_order=old.sort_order, active=old.active)
        listed.move(db, users, old.name, new, context)
        if new.casefold() != old.name.casefold():
            named_lists.delete(db, names, named_lists.by_name(db.conn, names, old.name), context)
        return Renamed(old.name, new, len(users))


def _refuse_doubles(db: Store, names: NamedList, users: list, new: str) -> None:
    """Key figures of the old source that the other source has for the same measure and period: refused."""
    if names is not FIGURE_SOURCES:
        return
    doubles = [figure for figure in users if key_figures.find(db.conn, new, figure.group, figure.measure,
                                                               figure.area_id, figure.start, figure.end)]
    if doubles:
        first = doubles[0]
        raise InvalidInput(f"'{new}' har redan {len(doubles)} av samma nyckeltal (till exempel {first.measure} "
                           f"{first.start}–{first.end}): ta bort dem i den ena källan först")


def names_of(db: Store, entity: str) -> list[named_lists.Named]:
    """Every name of a list, retired ones too, in the list's order."""
    return named_lists.all_names(db.conn, LISTS[entity].names, include_inactive=True)


def remove(db: Store, entity: str, name: str, *, context: str = "") -> str:
    """Remove a name no record uses (logged; the removal travels). Refused, saying how many, while used."""
    listed = LISTS[entity]
    with db.transaction():
        old = _entry(db, listed, name)
        users = listed.users(db, old.name)
        if users:
            what = listed.used_by
            raise InvalidInput(f"'{old.name}' används av {len(users)} {what} och kan inte tas bort; byt namn på den "
                               f"i stället, eller ta bort eller ändra {what} först")
        named_lists.delete(db, listed.names, old, context or f"ta bort {listed.singular}")
        return old.name


def set_active(db: Store, entity: str, name: str, active: bool, *, context: str = "") -> named_lists.Named:
    """Retire a name (it stays on the records that have it, and is no longer offered), or take it back."""
    listed = LISTS[entity]
    with db.transaction():
        old = _entry(db, listed, name)
        if old.active == active:
            return old
        return named_lists.update(db, listed.names, old, {"sort_order": old.sort_order, "active": active},
                                  context or ("avveckla" if not active else "återta"), version=Advance(old.vv))
