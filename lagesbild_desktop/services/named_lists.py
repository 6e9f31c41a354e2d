"""Correcting the editable lists of names (responsible organisations, sources of key figures, kinds of
places): whatever can be added can be renamed, retired or removed, so that a workstation blocked by a
bad name (a personal identity number typed into a source) can always unblock itself.

A name is the key of its entry in every database, so a rename is the new name added (in the old one's
place and state), every record that uses the old name changed to the new one, and the old name removed
(a tombstone, which travels): one transaction, every step audited.
"""

from __future__ import annotations

from typing import NamedTuple

from lagesbild_desktop.domain.records import MAX_RESPONSIBLE_NAME
from lagesbild_desktop.errors import InvalidInput, NotFound
from lagesbild_desktop.services.validation import one_line
from lagesbild_desktop.store import areas, key_figures, measures, named_lists, places
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.named_lists import FIGURE_SOURCES, PLACE_KINDS, RESPONSIBLES, NamedList
from lagesbild_desktop.store.versions import Advance

LISTS = {"responsible": RESPONSIBLES, "figure_source": FIGURE_SOURCES, "place_kind": PLACE_KINDS}
_WORDS = {"responsible": ("ansvarig", "ansvariga"), "figure_source": ("källa", "källor"),
          "place_kind": ("slag av plats", "slag av platser")}


class Renamed(NamedTuple):
    old: str
    new: str
    records: int  # records that used the old name and now use the new one


def _entry(db: Store, names: NamedList, name: str) -> named_lists.Named:
    typed = " ".join(str(name or "").split())
    found = named_lists.by_name(db.conn, names, typed)
    if found is None:  # as typed, whatever the case
        found = next((item for item in named_lists.all_names(db.conn, names, include_inactive=True)
                      if item.name.casefold() == typed.casefold()), None)
    if found is None:
        singular, plural = _WORDS[names.entity]
        known = ", ".join(item.name for item in named_lists.all_names(db.conn, names, include_inactive=True))
        raise NotFound(f"Ingen {singular} heter '{typed}'. Listans {plural}: {known or 'inga'}")
    return found


def _users(db: Store, names: NamedList, name: str) -> list:
    """The records that use a name."""
    conn = db.conn
    if names is RESPONSIBLES:
        return [item for item in measures.all_measures(conn) if name in item.responsible]
    if names is FIGURE_SOURCES:
        return key_figures.all_figures(conn, source=name)
    return [item for item in places.all_places(conn) if item.kind == name]


def rename(db: Store, entity: str, old_name: str, new_name: str, *, context: str = "") -> Renamed:
    names = LISTS[entity]
    singular, _ = _WORDS[entity]
    new = one_line(new_name, "Det nya namnet", max_length=MAX_RESPONSIBLE_NAME)
    context = context or f"byt namn på {singular}"
    with db.transaction():
        old = _entry(db, names, old_name)
        if new == old.name:
            raise InvalidInput(f"'{new}' heter redan så")
        existing = next((item for item in named_lists.all_names(db.conn, names, include_inactive=True)
                         if item.name.casefold() == new.casefold() and item.name != old.name), None)
        users = _users(db, names, old.name)
        if existing is not None:  # two names made one: the records of the old one join the other
            new = existing.name
            _refuse_doubles(db, names, users, new)
        elif new.casefold() == old.name.casefold():  # only the case changes: the old key must go first
            named_lists.delete(db, names, old, context)
            named_lists.insert(db, names, new, context, sort_order=old.sort_order, active=old.active)
        else:
            named_lists.insert(db, names, new, context, sort_order=old.sort_order, active=old.active)
        _rename_users(db, names, users, old.name, new, context)
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


def _rename_users(db: Store, names: NamedList, users: list, old: str, new: str, context: str) -> None:
    if names is RESPONSIBLES:
        for item in users:
            renamed = [new if name == old else name for name in item.responsible]
            changed = item._replace(responsible=tuple(dict.fromkeys(renamed)))  # a name once, if both were there
            measures.update(db, item, changed, context)
    elif names is FIGURE_SOURCES:
        # A figure's key holds its source: the figure under the new name is a new record, the old one deleted.
        for figure in users:
            area_name = _area_name(db, figure.area_id)
            key_figures.save(db, figure._replace(id=0, source=new), context, area_name=area_name)
            key_figures.delete(db, figure, context, area_name=area_name)
    else:
        for place in users:
            places.save(db, place._replace(kind=new), context)


def _area_name(db: Store, area_id: int | None) -> str:
    area = areas.by_id(db.conn, area_id) if area_id is not None else None
    return area.name if area else ""


def remove(db: Store, entity: str, name: str, *, context: str = "") -> str:
    """Remove a name no record uses (logged; the removal travels). Refused, saying how many, while used."""
    names = LISTS[entity]
    singular, _ = _WORDS[entity]
    with db.transaction():
        old = _entry(db, names, name)
        users = _users(db, names, old.name)
        if users:
            what = {"responsible": "åtgärder", "figure_source": "nyckeltal", "place_kind": "platser"}[entity]
            raise InvalidInput(f"'{old.name}' används av {len(users)} {what} och kan inte tas bort; byt namn på den "
                               f"i stället, eller ta bort eller ändra {what} först")
        named_lists.delete(db, names, old, context or f"ta bort {singular}")
        return old.name


def set_active(db: Store, entity: str, name: str, active: bool, *, context: str = "") -> named_lists.Named:
    """Retire a name (it stays on the records that have it, and is no longer offered), or take it back."""
    names = LISTS[entity]
    with db.transaction():
        old = _entry(db, names, name)
        if old.active == active:
            return old
        return named_lists.update(db, names, old, {"sort_order": old.sort_order, "active": active},
                                  context or ("avveckla" if not active else "återta"), version=Advance(old.vv))
