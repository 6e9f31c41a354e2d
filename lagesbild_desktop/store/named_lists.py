"""Editable lists of names (responsible organisations of measures, sources of key figures, kinds of
places): audited and
exchanged like categories, the name being the key in every database.

The tables and entities come from this module's two lists, never from input."""

import sqlite3
from dataclasses import dataclass

from lagesbild_desktop.store import audit, versions
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import NEW, Advance, resolve

_COLUMNS = "name, sort_order, active, number, vv"


@dataclass(frozen=True)
class NamedList:
    table: str
    entity: str
    word: str  # what one is called in the log ("Ansvarig", "Källa")


RESPONSIBLES = NamedList("responsibles", "responsible", "Ansvarig")
FIGURE_SOURCES = NamedList("figure_sources", "figure_source", "Källa")
PLACE_KINDS = NamedList("place_kinds", "place_kind", "Slag av plats")


@dataclass(frozen=True)
class Named:
    name: str
    sort_order: int
    active: bool
    number: int  # the entity id in the audit log
    vv: str = ""

    def value(self) -> dict:
        return {"name": self.name, "sort_order": self.sort_order, "active": self.active, "vv": self.vv}


def _named(row) -> Named:
    name, order, active, number, vv = row
    return Named(name, order, bool(active), number, vv)


def all_names(conn: sqlite3.Connection, kind: NamedList, *, include_inactive: bool = False) -> list[Named]:
    where = "" if include_inactive else "WHERE active = 1"
    return [_named(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM {kind.table} {where}"
                                                " ORDER BY sort_order, name")]


def by_name(conn: sqlite3.Connection, kind: NamedList, name: str) -> Named | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM {kind.table} WHERE name = ?", [name]).fetchone()
    return _named(row) if row else None


def exchange_select(kind: NamedList) -> str:
    return f"SELECT number, name, sort_order, active, vv FROM {kind.table} ORDER BY number"


def insert(store: Store, kind: NamedList, name: str, context: str = "", *, sort_order: int | None = None,
           active: bool = True, version: "str | Advance" = NEW) -> Named:
    conn = store.conn
    if sort_order is None:
        (sort_order,) = conn.execute(f"SELECT coalesce(max(sort_order), -1) + 1 FROM {kind.table}").fetchone()
    buried = versions.unbury(conn, kind.entity, name)  # a name removed before: its number and version go on
    number = buried.local_id if buried else versions.next_local_id(conn, kind.table, kind.entity, "number")
    if version is NEW and buried is not None:
        version = Advance(buried.vv)
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    conn.execute(f"INSERT INTO {kind.table} (name, sort_order, active, number, vv) VALUES (?, ?, ?, ?, ?)",
                 [name, sort_order, int(active), number, vv])
    new = by_name(conn, kind, name)
    audit.append(store, action="create", entity=kind.entity, entity_id=number, summary=f"{kind.word} {name}",
                 old=None, new=new.value(), context=context, head=head)
    return new


def update(store: Store, kind: NamedList, old: Named, value: dict, context: str, *,
           version: "str | Advance") -> Named:
    """Another place in the list or another state (the name is the key: it stays)."""
    conn = store.conn
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    conn.execute(f"UPDATE {kind.table} SET sort_order = ?, active = ?, vv = ? WHERE name = ?",
                 [value["sort_order"], int(value["active"]), vv, old.name])
    new = by_name(conn, kind, old.name)
    audit.append(store, action="update", entity=kind.entity, entity_id=old.number, summary=f"{kind.word} {old.name}",
                 old=old.value(), new=new.value(), context=context, head=head)
    return new


def delete(store: Store, kind: NamedList, old: Named, context: str, *, version: "str | Advance | None" = None) -> None:
    """Remove a name from the list, leaving a tombstone so that the removal travels (a renamed name, or a
    name no record uses: the callers see to that)."""
    versions.delete_logged(store, entity=kind.entity, table=kind.table, local_id=old.number, key=old.name,
                           value=old.value(), base=old.vv, summary=f"{kind.word} {old.name}", context=context,
                           version=version, id_column="number")
