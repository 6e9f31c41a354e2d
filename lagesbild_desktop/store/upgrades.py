"""Schema upgrades that need more than SQL: run right after their migration file, in its transaction.

Version 5 gives the records of an existing database what exchanges now need (db/migrations/0005):
- a replica id for the database;
- a uid for every area (from the first name it had, so that two databases' "Grimsta" are one area)
  and every incident (from its content, so that an incident earlier exchanges copied into both
  databases is one incident in both, not two);
- a version for every record: its origin version (domain/versions.origin), the same in every
  database that held the same content when it was upgraded, so the first change made after the
  upgrade is newer everywhere instead of a conflict;
- tombstones for grades and incidents deleted before the upgrade, so those deletions travel too;
- audit entries for all of it: the categories and the district's name get their first entries, and
  each other kind one "update" entry listing the uids and versions given (store/audit.apply_batch).
"""

import dataclasses
import json
import sqlite3
import uuid
from collections import Counter

from lagesbild_desktop.domain.versions import origin
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import assessments, audit, categories, district, incidents, kinds, seeding, settings
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.identity import new_replica_id
from lagesbild_desktop.store.versions import REPLICA_SETTING, bury

CONTEXT = "schemauppgradering till version 5"
_INCIDENT_NAMESPACE = uuid.UUID("6f1c2a52-8d0e-4c5b-9a57-4c61a7e5b002")
# Where each kind keeps its versions (the registry's fields name them; the tables are here).
_VERSION_COLUMNS = {"area": ("areas", ("vv",)), "assessment": ("assessments", ("vv",)),
                    "incident": ("incidents", ("vv",)), "priority_field": ("priority_fields", ("vv",)),
                    "week_note": ("week_notes", ("vv_participants", "vv_summary"))}


def incident_uid(area_uid: str, date: str, category: str, severity: str, place: str, description: str,
                 occurrence: int) -> str:
    """The uid of an incident made before incidents had one: the same in every database that holds it
    (`occurrence` tells apart identical incidents recorded more than once, counted in id order)."""
    content = json.dumps([area_uid, date, category, severity, place, description, occurrence], ensure_ascii=False)
    return str(uuid.uuid5(_INCIDENT_NAMESPACE, content))


def after_migration(number: int, conn: sqlite3.Connection) -> None:
    if number == 5:
        _give_versions(conn)
    elif number == 6:
        # The action plan's list of responsible organisations starts as a new database's does.
        seeding.seed_responsibles(Store(conn, None, shared=False), "standardlistan över ansvariga (schemaversion 6)")  # type: ignore[arg-type]
    elif number == 8:
        # The sources of key figures start as a new database's do.
        seeding.seed_figure_sources(Store(conn, None, shared=False), "standardlistan över källor (schemaversion 8)")  # type: ignore[arg-type]
    elif number == 10:
        # The kinds of places start as a new database's do.
        store = Store(conn, None, shared=False)  # type: ignore[arg-type] - only the connection is used
        seeding.seed_place_kinds(store, "standardlistan över slag av platser (schemaversion 10)")


def _give_versions(conn: sqlite3.Connection) -> None:
    store = Store(conn, None, shared=False)  # type: ignore[arg-type] - only the connection is used
    settings.put(conn, REPLICA_SETTING, new_replica_id())
    area_uids = _area_uids(conn)
    conn.executemany("UPDATE areas SET uid = ? WHERE id = ?", [(uid, area_id) for area_id, uid in area_uids.items()])
    incident_rows = _incident_uids(conn, area_uids)
    conn.executemany("UPDATE incidents SET uid = ? WHERE id = ?", [(uid, i) for i, uid in incident_rows["live"]])
    for kind in (kinds.AREA, kinds.ASSESSMENT, INCIDENT_AT_SCHEMA_5, kinds.PRIORITY_FIELD, kinds.WEEK_NOTE):
        _version_records(store, kind, area_uids.get)
    _bury_deleted(store, area_uids, incident_rows["deleted"])
    _log_categories(store)
    _log_district(store)


# Incidents as schema 5 had them (their place and time of day came with schema 10): what this upgrade
# reads, and what it logs.
INCIDENT_AT_SCHEMA_5 = dataclasses.replace(
    kinds.INCIDENT, fields=("uid", "area_id", "date", "category", "severity", "place", "description", "vv"),
    select=("SELECT id, uid, area_id, occurred_on, category, severity, place, description, vv FROM incidents"
            " ORDER BY id"))


def _version_records(store, kind, area_uid) -> None:
    """Each record's origin version (and uid), written and logged in one entry for the kind."""
    table, columns = _VERSION_COLUMNS[kind.entity]
    rows = kind.rows(store.conn)
    if not rows:
        return
    with_uid = "uid" in kind.fields
    patches = []
    for row in rows:
        value = kind.value(row)
        made = kinds.origin_versions(kind, value, area_uid)
        patches.append([row[0], *([value["uid"]] if with_uid else []), *(made[unit] for unit in kind.units)])
    assignments = ", ".join(f"{column} = ?" for column in columns)
    store.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?",
                           [(*patch[1 + with_uid:], patch[0]) for patch in patches])
    fields = ("id", *(["uid"] if with_uid else []), *columns)
    head = audit.next_entry(store.conn)
    audit.append_batch(store, kind.entity, fields, patches, f"{len(patches)} {kind.label}: id och version",
                       CONTEXT, None, action="update", head=head)
    if kind.numbered:  # a grade's number is its newest entry's: windows that showed it notice the upgrade
        store.conn.execute(f"UPDATE {table} SET version = ?", [head[0]])


def _area_uids(conn: sqlite3.Connection) -> dict[int, str]:
    """Each area's uid, from the first name it had (the oldest former name, or its name)."""
    history = area_store.name_history(conn)
    made: dict[int, str] = {}
    for area_id, name in conn.execute("SELECT id, name FROM areas ORDER BY id"):
        first = history.get(area_id, [(name, 0)])[0][0]
        uid = area_store.uid_for_name(first)
        made[area_id] = uid if uid not in made.values() else str(uuid.uuid4())
    return made


def _incident_uids(conn: sqlite3.Connection, area_uids: dict[int, str]) -> dict[str, list]:
    """uids for the incidents held and those deleted (from the log), counted together in id order."""
    deleted_values = {}
    for entity_id, old_value in conn.execute(
            "SELECT a.entity_id, a.old_value FROM audit_log a JOIN (SELECT entity_id, max(id) AS id FROM audit_log"
            " WHERE entity = 'incident' AND entity_id != 0 GROUP BY entity_id) m ON a.id = m.id"
            " WHERE a.action = 'delete'"):
        deleted_values[entity_id] = json.loads(old_value) if old_value else None
    live = {row[0]: row for row in conn.execute(
        "SELECT id, area_id, occurred_on, category, severity, place, description FROM incidents")}
    seen: Counter = Counter()
    result: dict[str, list] = {"live": [], "deleted": []}
    for local_id in sorted(set(live) | set(deleted_values)):
        if local_id in live:
            _, area_id, date, category, severity, place, description = live[local_id]
        else:
            value = deleted_values[local_id]
            if not value or value.get("area_id") not in area_uids:
                continue
            area_id, date, category, severity, place, description = (
                value["area_id"], value["date"], value["category"], value["severity"], value.get("place", ""),
                value.get("description", ""))
        content = (area_uids.get(area_id, str(area_id)), date, category, severity, place, description)
        uid = incident_uid(*content, seen[content])
        seen[content] += 1
        if local_id in live:
            result["live"].append((local_id, uid))
        else:
            result["deleted"].append((local_id, uid, deleted_values[local_id]))
    return result


def _bury_deleted(store, area_uids: dict[int, str], deleted_incidents: list) -> None:
    """Tombstones for what was deleted before the upgrade: the same deletion has the same version everywhere."""
    conn = store.conn
    stones: dict[str, list] = {incidents.ENTITY: [], assessments.ENTITY: []}
    for local_id, uid, value in deleted_incidents:
        stones[incidents.ENTITY].append((local_id, uid, value))
    rows = conn.execute(
        "SELECT a.entity_id, a.old_value FROM audit_log a JOIN (SELECT entity_id, max(id) AS id FROM audit_log"
        " WHERE entity = 'assessment' AND entity_id != 0 GROUP BY entity_id) m ON a.id = m.id"
        " WHERE a.action = 'delete'")
    for cell, old_value in rows:
        area_id, rest = cell % 100_000, cell // 100_000
        if area_id in area_uids:
            key = assessments.key_of(area_uids[area_id], rest // 100, rest % 100)
            stones[assessments.ENTITY].append((cell, key, json.loads(old_value) if old_value else None))
    for entity, buried in stones.items():
        patches = []
        for local_id, key, value in buried:
            vv = origin(entity, key, ["deleted"])
            bury(conn, entity, key, local_id, vv, value)
            patches.append([local_id, vv, key])
        if patches:
            audit.append_batch(store, entity, ("id", "vv", "key"), patches, f"{len(patches)} borttagna: version",
                               CONTEXT, None, action="update")


def _log_categories(store) -> None:
    conn = store.conn
    rows = conn.execute("SELECT code FROM categories ORDER BY sort_order, code").fetchall()
    for number, (code,) in enumerate(rows, start=1):
        conn.execute("UPDATE categories SET number = ? WHERE code = ?", [number, code])
        category = categories.by_code(conn, code)
        vv = kinds.origin_versions(kinds.CATEGORY, category.value())[""]
        conn.execute("UPDATE categories SET vv = ? WHERE code = ?", [vv, code])
        audit.append(store, action="create", entity=categories.ENTITY, entity_id=number, summary=f"Kategori {code}",
                     old=None, new=categories.by_code(conn, code).value(), context=CONTEXT)


def _log_district(store) -> None:
    row = store.conn.execute("SELECT value FROM settings WHERE key = 'district'").fetchone()
    if row is not None:
        store.conn.execute("DELETE FROM settings WHERE key = 'district'")
        vv = kinds.origin_versions(kinds.SETTING, {"key": "district", "value": row[0]})[""]
        district.save(store, "district", row[0], CONTEXT, version=vv)
