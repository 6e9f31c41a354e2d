"""The editable list of responsible organisations of measures (audited and exchanged like categories)."""

import sqlite3
from dataclasses import dataclass

from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import NEW, Advance, resolve

ENTITY = "responsible"
_COLUMNS = "name, sort_order, active, number, vv"


@dataclass(frozen=True)
class Responsible:
    name: str
    sort_order: int
    active: bool
    number: int  # the entity id in the audit log
    vv: str = ""

    def value(self) -> dict:
        return {"name": self.name, "sort_order": self.sort_order, "active": self.active, "vv": self.vv}


def _responsible(row) -> Responsible:
    name, order, active, number, vv = row
    return Responsible(name, order, bool(active), number, vv)


def all_responsibles(conn: sqlite3.Connection, *, include_inactive: bool = False) -> list[Responsible]:
    where = "" if include_inactive else "WHERE active = 1"
    return [_responsible(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM responsibles {where}"
                                                      " ORDER BY sort_order, name")]


def by_name(conn: sqlite3.Connection, name: str) -> Responsible | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM responsibles WHERE name = ?", [name]).fetchone()
    return _responsible(row) if row else None


def insert(store: Store, name: str, context: str = "", *, sort_order: int | None = None, active: bool = True,
           version: "str | Advance" = NEW) -> Responsible:
    conn = store.conn
    if sort_order is None:
        (sort_order,) = conn.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM responsibles").fetchone()
    (number,) = conn.execute("SELECT coalesce(max(number), 0) + 1 FROM responsibles").fetchone()
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    conn.execute("INSERT INTO responsibles (name, sort_order, active, number, vv) VALUES (?, ?, ?, ?, ?)",
                 [name, sort_order, int(active), number, vv])
    new = by_name(conn, name)
    audit.append(store, action="create", entity=ENTITY, entity_id=number, summary=f"Ansvarig {name}", old=None,
                 new=new.value(), context=context, head=head)
    return new


def update(store: Store, old: Responsible, value: dict, context: str, *, version: "str | Advance") -> Responsible:
    """Another place in the list or another state (the name is the key: it stays)."""
    conn = store.conn
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    conn.execute("UPDATE responsibles SET sort_order = ?, active = ?, vv = ? WHERE name = ?",
                 [value["sort_order"], int(value["active"]), vv, old.name])
    new = by_name(conn, old.name)
    audit.append(store, action="update", entity=ENTITY, entity_id=old.number, summary=f"Ansvarig {old.name}",
                 old=old.value(), new=new.value(), context=context, head=head)
    return new
