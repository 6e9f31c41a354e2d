"""The yearly report's texts: one per year and section, one per year and area (audited; db/migrations/0007)."""

import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "year_text"
AREA_SECTION = "omrade"
_SELECT = "SELECT id, iso_year, section, area_id, body, recorded_by, recorded_at, vv FROM year_texts"


class YearText(NamedTuple):
    id: int
    year: int
    section: str
    area_id: int | None
    body: str
    recorded_by: str = ""
    recorded_at: str = ""
    vv: str = ""

    def value(self) -> dict:
        return {"year": self.year, "section": self.section, "area_id": self.area_id, "body": self.body,
                "vv": self.vv}


def get(conn: sqlite3.Connection, year: int, section: str, area_id: int | None = None) -> YearText | None:
    row = conn.execute(f"{_SELECT} WHERE iso_year = ? AND section = ? AND coalesce(area_id, 0) = ?",
                       [year, section, area_id or 0]).fetchone()
    return YearText(*row) if row else None


def of_year(conn: sqlite3.Connection, year: int) -> list[YearText]:
    return [YearText(*row) for row in conn.execute(f"{_SELECT} WHERE iso_year = ? ORDER BY id", [year])]


def exchange_rows(conn: sqlite3.Connection) -> list[tuple]:
    """("id", year, section, area_id, body, vv) of every text."""
    return [(row[0], *row[1:5], row[7]) for row in conn.execute(f"{_SELECT} ORDER BY id")]


def key_of(year: int, section: str, area_uid: str | None) -> str:
    """The same in every database: the area by its uid."""
    return f"{year}/{section}" + (f"/{area_uid}" if area_uid else "")


def save(store: Store, year: int, section: str, area_id: int | None, body: str, what: str, context: str, *,
         version: "str | Advance | None" = None) -> YearText:
    """Store a text (a new one or a changed one) and log it; an unchanged text writes nothing.

    `what` names the text in the log ("Inledning 2024", "Områdestext Vinsta 2024")."""
    conn = store.conn
    old = get(conn, year, section, area_id)
    if old is not None and old.body == body and version is None:
        return old
    version = version if version is not None else Advance(old.vv if old else "")
    head = audit.next_entry(conn)
    who, when = osenv.current_user(), osenv.now_iso()
    vv = resolve(conn, version, head[0])
    if old is None:
        cursor = conn.execute("INSERT INTO year_texts (iso_year, section, area_id, body, recorded_by, recorded_at, vv)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)", [year, section, area_id, body, who, when, vv])
        text_id = int(cursor.lastrowid or 0)
    else:
        text_id = old.id
        conn.execute("UPDATE year_texts SET body = ?, recorded_by = ?, recorded_at = ?, vv = ? WHERE id = ?",
                     [body, who, when, vv, text_id])
    new = YearText(text_id, year, section, area_id, body, who, when, vv)
    audit.append(store, action="update" if old else "create", entity=ENTITY, entity_id=text_id, summary=what,
                 old=old.value() if old else None, new=new.value(), context=context, at=when, head=head)
    return new
