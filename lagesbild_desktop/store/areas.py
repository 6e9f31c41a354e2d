"""Areas: queries and audited changes."""

import sqlite3
import unicodedata
from typing import NamedTuple

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.areas import swedish_sort_key
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import NEW, Advance, resolve

ENTITY = "area"
TRACKED = ("uid", "name", "first_year", "retired_from_year", "explicit_order", "former_names", "vv")
_COLUMNS = "id, name, sort_key, explicit_order, first_year, retired_from_year, uid, vv"
# Explicitly placed areas first in their order, then the rest in Swedish alphabetical order.
_ORDER = "ORDER BY explicit_order IS NULL, explicit_order, sort_key"
# Areas made from the same name in two databases are the same area (both seeded "Grimsta", both
# added "Åkermyntans centrum"): their uid is derived from the name they were first given.
_NAMESPACE = "6f1c2a52-8d0e-4c5b-9a57-4c61a7e5b001"


class Area(NamedTuple):
    id: int
    name: str
    sort_key: str
    explicit_order: int | None
    first_year: int
    retired_from_year: int | None
    uid: str = ""
    vv: str = ""

    def value(self, former: list[tuple[str, int]] | None = None) -> dict:
        """What the audit log records of an area (former names: see `value_of`)."""
        return {"uid": self.uid, "name": self.name, "first_year": self.first_year,
                "retired_from_year": self.retired_from_year, "explicit_order": self.explicit_order,
                "former_names": [list(item) for item in former or []], "vv": self.vv}


def uid_for_name(name: str) -> str:
    import uuid  # at the first new area, not with the window

    folded = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return str(uuid.uuid5(uuid.UUID(_NAMESPACE), "area:" + folded))


def value_of(conn: sqlite3.Connection, area: Area) -> dict:
    return area.value(former_names(conn, area.id))


def all_areas(conn: sqlite3.Connection) -> list[Area]:
    return [Area(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM areas {_ORDER}")]


def areas_in_year(conn: sqlite3.Connection, year: int) -> list[Area]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM areas WHERE first_year <= ?"
        f" AND (retired_from_year IS NULL OR retired_from_year > ?) {_ORDER}",
        [year, year],
    )
    return [Area(*row) for row in rows]


def by_id(conn: sqlite3.Connection, area_id: int) -> Area | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM areas WHERE id = ?", [area_id]).fetchone()
    return Area(*row) if row else None


def by_uid(conn: sqlite3.Connection, uid: str) -> Area | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM areas WHERE uid = ?", [uid]).fetchone()
    return Area(*row) if row else None


def find(conn: sqlite3.Connection, name: str) -> Area | None:
    """By current name (exact, then ignoring case and spacing), then by a former name."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM areas WHERE name = ?", [name]).fetchone()
    if row:
        return Area(*row)
    wanted = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    areas = all_areas(conn)
    for area in areas:
        if unicodedata.normalize("NFC", area.name).casefold() == wanted:
            return area
    # Python's casefold, not SQLite's lower(): lower() leaves Å, Ä and Ö alone.
    history = conn.execute("SELECT area_id, name FROM area_name_history ORDER BY id DESC").fetchall()
    for area_id, former in history:
        if unicodedata.normalize("NFC", former).casefold() == wanted:
            return by_id(conn, area_id)
    return None


def name_history(conn: sqlite3.Connection) -> dict[int, list[tuple[str, int]]]:
    """area id -> its former names with the last year of each, oldest first (one query for all areas)."""
    history: dict[int, list[tuple[str, int]]] = {}
    for area_id, name, until in conn.execute("SELECT area_id, name, until_year FROM area_name_history ORDER BY id"):
        history.setdefault(area_id, []).append((name, until))
    return history


def former_names(conn: sqlite3.Connection, area_id: int) -> list[tuple[str, int]]:
    """(name, last year it was used) for each earlier name, oldest first."""
    rows = conn.execute(
        "SELECT name, until_year FROM area_name_history WHERE area_id = ? ORDER BY id", [area_id]
    )
    return [(name, until) for name, until in rows]


def insert(store: Store, name: str, first_year: int, context: str, *, uid: str | None = None,
           version: "str | Advance" = NEW) -> Area:
    conn = store.conn
    if uid is None:
        uid = uid_for_name(name)
        if by_uid(conn, uid) is not None:  # the name was this database's first name of another area
            import uuid

            uid = str(uuid.uuid4())
    head = audit.next_entry(conn)
    vv = resolve(conn, version, head[0])
    cursor = conn.execute(
        "INSERT INTO areas (name, sort_key, first_year, created_at, uid, vv) VALUES (?, ?, ?, ?, ?, ?)",
        [name, swedish_sort_key(name), first_year, osenv.now_iso(), uid, vv],
    )
    area = by_id(conn, cursor.lastrowid)
    audit.append(store, action="create", entity=ENTITY, entity_id=area.id, summary=f"Område {name}",
                 old=None, new=area.value(), context=context, head=head)
    return area


def _update(store: Store, area: Area, summary: str, context: str, *statements: tuple[str, list],
            version: "str | Advance | None" = None) -> Area:
    """Run the statements on one area, give it its new version, and log its value before and after."""
    conn = store.conn
    old = value_of(conn, area)
    head = audit.next_entry(conn)
    for sql, params in statements:
        conn.execute(sql, params)
    vv = resolve(conn, version if version is not None else Advance(area.vv), head[0])
    conn.execute("UPDATE areas SET vv = ? WHERE id = ?", [vv, area.id])
    changed = by_id(conn, area.id)
    audit.append(store, action="update", entity=ENTITY, entity_id=area.id, summary=summary, old=old,
                 new=value_of(conn, changed), context=context, head=head)
    return changed


def set_order(store: Store, area: Area, position: int | None, context: str) -> Area:
    return _update(store, area, f"Område {area.name}", context,
                   ("UPDATE areas SET explicit_order = ? WHERE id = ?", [position, area.id]))


def rename(store: Store, area: Area, new_name: str, until_year: int, context: str) -> Area:
    return _update(
        store, area, f"Område {area.name} → {new_name}", context,
        ("INSERT INTO area_name_history (area_id, name, until_year, renamed_at, renamed_by) VALUES (?, ?, ?, ?, ?)",
         [area.id, area.name, until_year, osenv.now_iso(), osenv.current_user()]),
        ("UPDATE areas SET name = ?, sort_key = ? WHERE id = ?", [new_name, swedish_sort_key(new_name), area.id]),
    )


def retire(store: Store, area: Area, from_year: int | None, context: str) -> Area:
    return _update(store, area, f"Område {area.name}", context,
                   ("UPDATE areas SET retired_from_year = ? WHERE id = ?", [from_year, area.id]))


def make_way(store: Store, area: Area) -> None:
    """Give an area a passing name no one types, so that names can be swapped in one merge.

    Not logged: the same transaction gives it its real name next, and that change is logged."""
    store.conn.execute("UPDATE areas SET name = ? WHERE id = ?", [f"\x1f{area.uid}", area.id])


def apply(store: Store, old: Area | None, uid: str, value: dict, version: "str | Advance", context: str) -> Area:
    """Make the area what another database says it is (name, years, order, former names): a merge."""
    conn = store.conn
    name = value["name"]
    if old is None:
        area = insert(store, name, value["first_year"], context, uid=uid, version=version)
        if not _same_as(conn, area, value):
            area = _apply_fields(store, area, value, context, version=area.vv)
        return area
    return _apply_fields(store, old, value, context, version=version)


def _same_as(conn: sqlite3.Connection, area: Area, value: dict) -> bool:
    mine = value_of(conn, area)
    return all(mine[key] == value[key] for key in ("name", "first_year", "retired_from_year", "explicit_order",
                                                    "former_names"))


def _apply_fields(store: Store, area: Area, value: dict, context: str, *, version: "str | Advance") -> Area:
    former = [tuple(item) for item in value["former_names"]]
    kept = {(name, until): (at, by) for name, until, at, by in store.conn.execute(
        "SELECT name, until_year, renamed_at, renamed_by FROM area_name_history WHERE area_id = ?", [area.id])}
    now, who = osenv.now_iso(), osenv.current_user()
    history = [("DELETE FROM area_name_history WHERE area_id = ?", [area.id])]
    history += [("INSERT INTO area_name_history (area_id, name, until_year, renamed_at, renamed_by)"
                 " VALUES (?, ?, ?, ?, ?)", [area.id, name, until, *kept.get((name, until), (now, who))])
                for name, until in former]
    # The old value is read before make_way() may have hidden the name: look it up by id again.
    return _update(store, area, f"Område {value['name']}", context, *history,
                   ("UPDATE areas SET name = ?, sort_key = ?, first_year = ?, retired_from_year = ?,"
                    " explicit_order = ? WHERE id = ?",
                    [value["name"], swedish_sort_key(value["name"]), value["first_year"],
                     value["retired_from_year"], value["explicit_order"], area.id]),
                   version=version)

