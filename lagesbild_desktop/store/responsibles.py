"""The editable list of responsible organisations of measures (store/named_lists.py)."""

import sqlite3

from lagesbild_desktop.store import named_lists
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.named_lists import RESPONSIBLES, Named
from lagesbild_desktop.store.versions import NEW, Advance

ENTITY = RESPONSIBLES.entity
Responsible = Named


def all_responsibles(conn: sqlite3.Connection, *, include_inactive: bool = False) -> list[Named]:
    return named_lists.all_names(conn, RESPONSIBLES, include_inactive=include_inactive)


def by_name(conn: sqlite3.Connection, name: str) -> Named | None:
    return named_lists.by_name(conn, RESPONSIBLES, name)


def insert(store: Store, name: str, context: str = "", *, sort_order: int | None = None, active: bool = True,
           version: "str | Advance" = NEW) -> Named:
    return named_lists.insert(store, RESPONSIBLES, name, context, sort_order=sort_order, active=active,
                              version=version)


def update(store: Store, old: Named, value: dict, context: str, *, version: "str | Advance") -> Named:
    return named_lists.update(store, RESPONSIBLES, old, value, context, version=version)
