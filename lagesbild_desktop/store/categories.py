"""The editable list of incident categories."""

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    code: str
    name_sv: str
    name_en: str
    active: bool


def all_categories(conn: sqlite3.Connection, *, include_inactive: bool = False) -> list[Category]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = conn.execute(f"SELECT code, name_sv, name_en, active FROM categories {where} ORDER BY sort_order, code")
    return [Category(code, sv, en, bool(active)) for code, sv, en, active in rows]


def insert(conn: sqlite3.Connection, code: str, name_sv: str, name_en: str) -> Category:
    (next_order,) = conn.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM categories").fetchone()
    conn.execute("INSERT INTO categories (code, name_sv, name_en, sort_order) VALUES (?, ?, ?, ?)",
                 [code, name_sv, name_en, next_order])
    return Category(code, name_sv, name_en, True)
