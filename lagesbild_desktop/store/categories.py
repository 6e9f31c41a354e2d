"""The editable list of incident categories (audited, and carried by exchange files like the rest)."""

import sqlite3
from dataclasses import dataclass

from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import NEW, Advance, resolve

ENTITY = "category"
TRACKED = ("code", "name_sv", "name_en", "sort_order", "active", "vv")
_COLUMNS = "code, name_sv, name_en, active, number, sort_order, vv"


@dataclass(frozen=True)
class Category:
    code: str
    name_sv: str
    name_en: str
    active: bool
    number: int = 0  # the category's entity id in the audit log
    sort_order: int = 0
    vv: str = ""

    @property
    def id(self) -> int:
        return self.number

    def value(self) -> dict:
        return {"code": self.code, "name_sv": self.name_sv, "name_en": self.name_en, "sort_order": self.sort_order,
                "active": self.active, "vv": self.vv}


def _category(row) -> Category:
    code, sv, en, active, number, order, vv = row
    return Category(code, sv, en, bool(active), number or 0, order, vv)


def all_categories(conn: sqlite3.Connection, *, include_inactive: bool = False) -> list[Category]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM categories {where} ORDER BY sort_order, code")
    return [_category(row) for row in rows]


def by_code(conn: sqlite3.Connection, code: str) -> Category | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM categories WHERE code = ?", [code]).fetchone()
    return _category(row) if row else None


def insert(store: Store, code: str, name_sv: str, name_en: str, context: str = "", *,
           sort_order: int | None = None, active: bool = True, version: "str | Advance" = NEW) -> Category:
    conn = store.conn
    if sort_order is None:
        (sort_order,) = conn.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM categories").fetchone()
    (number,) = conn.execute("SELECT coalesce(max(number), 0) + 1 FROM categories").fetchone()
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    conn.execute("INSERT INTO categories (code, name_sv, name_en, sort_order, active, number, vv)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)", [code, name_sv, name_en, sort_order, int(active), number, vv])
    new = by_code(conn, code)
    audit.append(store, action="create", entity=ENTITY, entity_id=number, summary=f"Kategori {code}", old=None,
                 new=new.value(), context=context, head=head)
    return new


def update(store: Store, old: Category, value: dict, context: str, *, version: "str | Advance") -> Category:
    """Give a category other names, place or state (a merge: the code stays, it is the key)."""
    conn = store.conn
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    conn.execute("UPDATE categories SET name_sv = ?, name_en = ?, sort_order = ?, active = ?, vv = ? WHERE code = ?",
                 [value["name_sv"], value["name_en"], value["sort_order"], int(value["active"]), vv, old.code])
    new = by_code(conn, old.code)
    audit.append(store, action="update", entity=ENTITY, entity_id=old.number, summary=f"Kategori {old.code}",
                 old=old.value(), new=new.value(), context=context, head=head)
    return new

