"""Key figures from other sources: queries and audited changes (db/migrations/0008).

A figure's identity is what it is about (source, group, measure, area, period), the same in every
database; its value and unit change. An import of thousands of new figures is one audit entry
(audit.append_batch), as a grade import is. A deleted figure leaves a tombstone under its key, so that the
deletion travels; a figure made again with that key continues from the tombstone's version and id.
"""

import json
import sqlite3
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.store import areas, audit, versions
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance, resolve

ENTITY = "key_figure"
_SELECT = ("SELECT id, source, measure, grp, area_id, period_from, period_to, value, unit, recorded_by, recorded_at, vv"
           " FROM key_figures")
BATCH_FIELDS = ("id", "source", "measure", "group", "area_id", "start", "end", "value", "unit", "vv")


class KeyFigure(NamedTuple):
    id: int
    source: str
    measure: str
    group: str
    area_id: int | None
    start: str
    end: str
    value: float
    unit: str
    recorded_by: str = ""
    recorded_at: str = ""
    vv: str = ""

    def value_dict(self) -> dict:
        return {"source": self.source, "measure": self.measure, "group": self.group, "area_id": self.area_id,
                "start": self.start, "end": self.end, "value": self.value, "unit": self.unit, "vv": self.vv}

    def about(self) -> tuple:
        return (self.source, self.group, self.measure, self.area_id, self.start, self.end)


def key_of(source: str, group: str, measure: str, area_uid: str | None, start: str, end: str) -> str:
    """The same in every database (the area by its uid); JSON, as names may hold any sign."""
    return json.dumps([source, group, measure, area_uid or "", start, end], ensure_ascii=False)


def all_figures(conn: sqlite3.Connection, *, source: str | None = None, year: int | None = None) -> list[KeyFigure]:
    """In the order they were stored (a table's order); of a source, and touching a calendar year."""
    where, args = [], []
    if source is not None:
        where.append("source = ?")
        args.append(source)
    if year is not None:
        where.append("period_from <= ? AND period_to >= ?")
        args += [f"{year:04d}-12-31", f"{year:04d}-01-01"]
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return [KeyFigure(*row) for row in conn.execute(f"{_SELECT}{clause} ORDER BY id", args)]


def held_sources(conn: sqlite3.Connection) -> set[str]:
    """The sources that have figures (without reading the figures)."""
    return {row[0] for row in conn.execute("SELECT DISTINCT source FROM key_figures")}


def exchange_rows(conn: sqlite3.Connection) -> list[tuple]:
    return [(row[0], *row[1:9], row[11]) for row in conn.execute(f"{_SELECT} ORDER BY id")]


def find(conn: sqlite3.Connection, source: str, group: str, measure: str, area_id: int | None, start: str,
         end: str) -> KeyFigure | None:
    row = conn.execute(f"{_SELECT} WHERE source = ? AND grp = ? AND measure = ? AND coalesce(area_id, 0) = ?"
                       " AND period_from = ? AND period_to = ?",
                       [source, group, measure, area_id or 0, start, end]).fetchone()
    return KeyFigure(*row) if row else None


def key_of_figure(conn: sqlite3.Connection, figure: KeyFigure) -> str:
    area = areas.by_id(conn, figure.area_id) if figure.area_id is not None else None
    return key_of(figure.source, figure.group, figure.measure, area.uid if area else None, figure.start, figure.end)


def by_id(conn: sqlite3.Connection, figure_id: int) -> KeyFigure | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", [figure_id]).fetchone()
    return KeyFigure(*row) if row else None


def _summary(figure: KeyFigure, area_name: str = "") -> str:
    where = f" {area_name}" if area_name else ""
    return f"Nyckeltal {figure.measure}{where} {figure.start}–{figure.end} ({figure.source})"


def save(store: Store, figure: KeyFigure, context: str, *, area_name: str = "",
         version: "str | Advance | None" = None) -> KeyFigure:
    """Store a figure (new, or a new value or unit for one stored) and log it; unchanged: nothing written."""
    conn = store.conn
    old = find(conn, *figure.about())
    if old is not None and (old.value, old.unit) == (figure.value, figure.unit) and version is None:
        return old
    buried = versions.unbury(conn, ENTITY, key_of_figure(conn, figure)) if old is None else None
    version = version if version is not None else Advance(old.vv if old else buried.vv if buried else "")
    head = audit.next_entry(conn)
    who, when = osenv.current_user(), osenv.now_iso()
    vv = resolve(conn, version, head[0])
    if old is None:
        figure_id = buried.local_id if buried else versions.next_local_id(conn, "key_figures", ENTITY)
        conn.execute("INSERT INTO key_figures (id, source, measure, grp, area_id, period_from, period_to, value,"
                     " unit, recorded_by, recorded_at, vv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [figure_id, figure.source, figure.measure, figure.group, figure.area_id, figure.start,
                      figure.end, figure.value, figure.unit, who, when, vv])
    else:
        figure_id = old.id
        conn.execute("UPDATE key_figures SET value = ?, unit = ?, recorded_by = ?, recorded_at = ?, vv = ?"
                     " WHERE id = ?", [figure.value, figure.unit, who, when, vv, figure_id])
    new = figure._replace(id=figure_id, recorded_by=who, recorded_at=when, vv=vv)
    audit.append(store, action="update" if old else "create", entity=ENTITY, entity_id=figure_id,
                 summary=_summary(new, area_name), old=old.value_dict() if old else None, new=new.value_dict(),
                 context=context, at=when, head=head)
    return new


def delete(store: Store, old: KeyFigure, context: str, *, area_name: str = "",
           version: "str | Advance | None" = None) -> None:
    """Delete the figure, leaving a tombstone under its key so that the deletion travels."""
    versions.delete_logged(store, entity=ENTITY, table="key_figures", local_id=old.id,
                           key=key_of_figure(store.conn, old), value=old.value_dict(), base=old.vv,
                           summary=_summary(old, area_name), context=context, version=version)


def create_many(store: Store, figures: list[KeyFigure], summary: str, context: str) -> int:
    """New figures, none stored yet, written in one go and audited in one entry; inside a transaction.
    A figure deleted here before is made again on its own (save), on top of its deletion's version."""
    conn = store.conn
    buried = {stone.key for stone in versions.tombstones(conn, ENTITY)}
    if buried:
        again = [figure for figure in figures if key_of_figure(conn, figure) in buried]
        for figure in again:
            area = areas.by_id(conn, figure.area_id) if figure.area_id is not None else None
            save(store, figure, context, area_name=area.name if area else "")
        made_again = set(again)
        figures = [figure for figure in figures if figure not in made_again]
    if not figures:
        return 0
    who, when = osenv.current_user(), osenv.now_iso()
    head = audit.next_entry(conn)
    vv = versions.after(conn, "", head[0])
    first = versions.next_local_id(conn, "key_figures", ENTITY)
    rows = [(first + index, f.source, f.measure, f.group, f.area_id, f.start, f.end, f.value, f.unit, vv)
            for index, f in enumerate(figures)]
    audit.append_batch(store, ENTITY, BATCH_FIELDS, rows, summary, context, when, head=head)
    conn.executemany("INSERT INTO key_figures (id, source, measure, grp, area_id, period_from, period_to, value,"
                     " unit, vv, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*row, who, when) for row in rows])
    return len(rows)
