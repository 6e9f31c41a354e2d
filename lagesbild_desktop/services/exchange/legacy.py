"""Exchange files of version 1 (written before records had versions): still read, merged carefully.

Such a file has no versions and no shared ids, so nothing in it can show which side changed a record
since the two databases met. It is merged as the program that wrote it merged: a record only the
file has is added, an equal one is skipped, and one that differs — or that was deleted here — is a
conflict the user decides. Incidents are matched by their content, as then. Its audit log's chain
is checked; its records are checked against the program's rules.
"""

from __future__ import annotations

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.exchange.fileformat import LOG_FIELDS, ExchangeFile, ExchangeRefused
from lagesbild_desktop.services.exchange.merging import (
    FILE,
    HERE,
    MergeResult,
    Plan,
    Planner,
    Write,
    result_of,
)
from lagesbild_desktop.services.exchange.verify import ENTRY_TYPES, FileLog
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import foreign_log
from lagesbild_desktop.store import versions as version_store
from lagesbild_desktop.store.kinds import AREA, ASSESSMENT, INCIDENT, PRIORITY_FIELD, WEEK_NOTE, Kind
from lagesbild_desktop.store.upgrades import incident_uid
from lagesbild_desktop.store.versions import Advance

V1_DATABASE_ID = "database_id"  # the setting where a version 1 program kept its id
_OPTIONAL_INT = (int, type(None))
# Each section's fields and the type each must have to be read (the rules check the values later).
_SECTIONS = {
    "areas": {"name": str, "first_year": int, "retired_from_year": _OPTIONAL_INT, "explicit_order": _OPTIONAL_INT,
              "former_names": list},
    "assessments": {"area": str, "year": int, "week": int, "grade": int, "note": str},
    "incidents": {"area": str, "date": str, "category": str, "severity": str, "place": str, "description": str},
    "priority_fields": {"year": int, "field": int, "needs_measures": bool, "comment": str},
    "week_notes": {"year": int, "week": int, "participants": str, "summary": str},
}


def parse_version_1(data: dict, source: str) -> ExchangeFile:
    problems: list[str] = []
    sections = {}
    for name, keys in _SECTIONS.items():
        items = data.get(name)
        if not isinstance(items, list):
            problems.append(f"avsnittet '{name}' saknas eller är ingen lista")
            items = []
        good = []
        for number, item in enumerate(items, start=1):
            if not isinstance(item, dict) or any(key not in item for key in keys):
                problems.append(f"{name} rad {number}: saknar något av {', '.join(keys)}")
            elif wrong := [key for key, wanted in keys.items() if not isinstance(item[key], wanted)]:
                problems.append(f"{name} rad {number}: fel slags värde i {', '.join(wrong)}")
            else:
                good.append(item)
        sections[name] = good
    log = data.get("audit_log")
    if not isinstance(log, list) or not all(isinstance(entry, dict) for entry in log):
        problems.append("avsnittet 'audit_log' saknas eller är ingen lista av poster")
        log = []
    for number, entry in enumerate(log, start=1):
        if not all(isinstance(entry.get(name), wanted) for name, wanted in zip(LOG_FIELDS, ENTRY_TYPES, strict=True)):
            problems.append(f"audit_log rad {number}: posten har fel slags värden")
    peer = data.get("database_id")
    if not isinstance(peer, str) or not peer:
        problems.append("databasens id saknas")
    if problems:
        raise ExchangeRefused(source, problems)
    file = ExchangeFile(source, 1, peer, str(data.get("exported_at", "")), str(data.get("exported_by", "")),
                        str(data.get("district", "")))
    file.log = [[entry.get(name) for name in LOG_FIELDS] for entry in log]
    area_ids = {}
    rows = []
    for number, item in enumerate(sections["areas"], start=1):
        former = item["former_names"] if isinstance(item["former_names"], list) else []
        first = former[0][0] if former and isinstance(former[0], list) and former[0] else item["name"]
        uid = area_store.uid_for_name(first) if isinstance(first, str) else ""
        area_ids[item["name"]] = number
        rows.append([number, uid, item["name"], item["first_year"], item["retired_from_year"],
                     item["explicit_order"], former, "", None])
    file.records[AREA.entity] = rows
    file.records[ASSESSMENT.entity] = [
        [number, area_ids.get(item["area"], 0), item["year"], item["week"], item["grade"], item["note"], "", None]
        for number, item in enumerate(sections["assessments"], start=1)]
    file.records[INCIDENT.entity] = [
        [number, "", area_ids.get(item["area"], 0), item["date"], item["category"], item["severity"], item["place"],
         item["description"], None, None, "", None] for number, item in enumerate(sections["incidents"], start=1)]
    file.records[PRIORITY_FIELD.entity] = [
        [number, item["year"], item["field"], item["needs_measures"], item["comment"], "", None]
        for number, item in enumerate(sections["priority_fields"], start=1)]
    file.records[WEEK_NOTE.entity] = [
        [number, item["year"], item["week"], item["participants"], item["summary"], "", "", None]
        for number, item in enumerate(sections["week_notes"], start=1)]
    return file


def merge_version_1(store, file: ExchangeFile, choices: dict[str, str]) -> MergeResult:
    conn = store.conn
    own_v1 = store.setting(V1_DATABASE_ID)
    if own_v1 and file.peer == own_v1:
        raise InvalidInput(f"{file.source}: utbytesfilen kommer från den här databasen")
    log = FileLog(conn, file)
    problems = log.chain_problems()
    if problems:
        raise ExchangeRefused(file.source, problems)
    _match_areas(conn, file)
    _derive_incident_uids(file)
    planner = _LegacyPlanner(store, file, log, Plan(), choices)
    plan = planner.plan_all()
    planner.apply(f"utbyte {file.source}")
    foreign_log.keep(conn, file.peer, file.log)
    return result_of(file, plan, len(file.log), choices=choices)


def _match_areas(conn, file: ExchangeFile) -> None:
    """An area of the file is the area here with that name (or former name), as version 1 matched them."""
    for row in file.records[AREA.entity]:
        found = area_store.find(conn, row[2]) if isinstance(row[2], str) else None
        if found is not None:
            row[1] = found.uid


def _derive_incident_uids(file: ExchangeFile) -> None:
    uids = {row[0]: row[1] for row in file.records[AREA.entity]}
    seen: dict[tuple, int] = {}
    for row in file.records[INCIDENT.entity]:
        content = (uids.get(row[2], ""), *row[3:8])
        occurrence = seen.get(content, 0)
        seen[content] = occurrence + 1
        row[1] = incident_uid(*content, occurrence)


class _LegacyPlanner(Planner):
    def plan_kind(self, kind: Kind) -> None:
        if not self.file.records.get(kind.entity):
            return
        local = {}
        for row in kind.rows(self.conn):
            value = kind.value(row)
            local[kind.key(value, self.local_area_uid)] = value | {"id": row[0]}
        stones = {stone.key: stone for stone in version_store.tombstones(self.conn, kind.entity)} \
            if kind.deletable else {}
        for row in self.file.records[kind.entity]:
            value = kind.value(row[:-1])
            key = kind.key(value, self.file_area_uid) if all(
                self.file_area_uid(value[name]) for name in kind.area_fields) else None
            title = self._title(kind, value, key or "", True)
            if key is None:
                self.plan.problems.append(f"{title}: området finns inte i filens områden")
                continue
            problems = [p for p in kind.problems(value, False) if "versionen" not in p]
            if problems:
                self.plan.problems.extend(f"{title}: {problem}" for problem in problems)
                continue
            mine, stone = local.get(key), stones.get(key)
            write = Write(kind, key, mine, value, local_id=stone.local_id if stone is not None else None)
            for unit, (vv_field, _) in kind.units.items():
                if mine is None and stone is None:
                    write.parts[unit] = (FILE, Advance(""))
                    write.becomes("added")
                    continue
                if mine is not None and kind.content(mine, unit, self.local_area_uid) == kind.content(
                        value, unit, self.file_area_uid):
                    continue
                here_vv = mine[vv_field] if mine is not None else stone.vv
                self._conflict(write, unit, here_vv, self._shown(kind, unit, mine), self._shown(kind, unit, value),
                               deleted_here=mine is None)
                if write.parts.get(unit, (None,))[0] == HERE or (mine is None and write.delete is not None):
                    write.parts.pop(unit, None)  # nothing to settle: the file carries no version
                    write.delete = None
            self._add(write)
