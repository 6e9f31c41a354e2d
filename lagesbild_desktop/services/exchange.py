"""Exchange files: everything one workstation holds, merged into another without silent overwrites.

The format is documented in docs/exchange-format.md. Merging rules:
- a record the other side has and this one lacks is added; an identical one is skipped;
- a record that differs is taken from the file only if it changed there, and not here, since the
  two databases last met (the last merge of a file from that database); changed on both sides,
  or never met before, it is a conflict: the local value stays and the conflict is listed;
- incidents have no shared identity, so they are merged by content: new ones are added;
- the other side's audit log is kept in foreign_audit_log.
Everything is one transaction.
"""

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import NamedTuple

from lagesbild_desktop import __version__, osenv
from lagesbild_desktop.domain.isoweek import week_of
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.output import write_atomically
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import assessments, audit, incidents, report_texts
from lagesbild_desktop.store.database import Store
from lagesbild_desktop.store.incidents import Incident

FORMAT, VERSION = "lagesbild-utbyte", 1
DATABASE_ID = "database_id"
LAST_MET = "utbyte_senast:"  # + peer id -> {"peer_exported_at": ..., "merged_at": ...}


def _shown(grade: int, note: str) -> str:
    return f"{grade} \u201d{note}\u201d" if note else str(grade)


def _precise_now() -> str:
    """Meeting times to the microsecond: the records a merge writes (stamped to the second) then
    count as written before the meeting, not as changes made after it."""
    return osenv.now().isoformat(timespec="microseconds")


def _at(text: str) -> dt.datetime:
    """A stored time as a moment (times from two machines may carry different UTC offsets)."""
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class MergeConflict(NamedTuple):
    key: str  # names the record, for choosing the file's value next time (merge(take=...))
    text: str  # Swedish, for the user


class MergeResult(NamedTuple):
    peer: str
    added: int
    updated: int
    unchanged: int
    conflicts: list["MergeConflict"]
    foreign_entries: int


def database_id(store: Store) -> str:
    """This database's own id, made on first use (a copy of the file shares it, which is what it is)."""
    found = store.setting(DATABASE_ID)
    if found:
        return found
    made = str(uuid.uuid4())
    with store.transaction():
        store.conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [DATABASE_ID, made])
    return store.setting(DATABASE_ID)


def export_exchange(store: Store, out: Path | str) -> Path:
    conn = store.conn
    names = {area.id: area.name for area in area_store.all_areas(conn)}
    data = {
        "format": FORMAT, "version": VERSION, "program": __version__, "database_id": database_id(store),
        "district": store.setting("district", ""), "exported_at": _precise_now(),
        "exported_by": osenv.current_user(),
        # When this database last merged a file from each other one: lets the other side tell, on
        # the way back, what changed where since the two met.
        "last_met": {key[len(LAST_MET):]: json.loads(value) for key, value in conn.execute(
            "SELECT key, value FROM settings WHERE key LIKE ?", [LAST_MET + "%"])},
        "areas": [{"name": area.name, "first_year": area.first_year, "retired_from_year": area.retired_from_year,
                   "explicit_order": area.explicit_order,
                   "former_names": [list(item) for item in area_store.former_names(conn, area.id)]}
                  for area in area_store.all_areas(conn)],
        "assessments": [{"area": names[a.area_id], "year": a.year, "week": a.week, "grade": a.grade, "note": a.note,
                         "recorded_by": a.recorded_by, "recorded_at": a.recorded_at}
                        for a in assessments.all_rows(conn)],
        "incidents": [{"area": names[i.area_id], "date": i.date, "category": i.category, "severity": i.severity,
                       "place": i.place, "description": i.description, "recorded_by": i.recorded_by,
                       "recorded_at": i.recorded_at} for i in incidents.all_rows(conn)],
        "priority_fields": [{"year": f.year, "field": f.field, "needs_measures": f.needs_measures,
                             "comment": f.comment, "recorded_by": f.recorded_by, "recorded_at": f.recorded_at}
                            for f in report_texts.all_fields(conn)],
        "week_notes": [{"year": n.year, "week": n.week, "participants": n.participants, "summary": n.summary,
                        "recorded_by": n.recorded_by, "recorded_at": n.recorded_at}
                       for n in report_texts.all_week_notes(conn)],
        "audit_log": [dict(zip(_AUDIT_COLUMNS, row, strict=True)) for row in conn.execute(
            f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM audit_log ORDER BY id")],
    }

    def build(target: Path) -> None:
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    return write_atomically(build, out, "Utbytesfilen")


_AUDIT_COLUMNS = ("id", "at", "os_user", "action", "entity", "entity_id", "summary", "old_value", "new_value",
                  "context", "prev_hash", "hash")


def is_exchange_file(data: bytes) -> bool:
    return data.lstrip()[:1] == b"{" and FORMAT.encode() in data[:400]


def read_exchange(path: Path | str) -> dict:
    path = Path(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"{path.name}: ingen läsbar utbytesfil ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput(f"{path.name}: ingen utbytesfil från Lägesbild Desktop")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise InvalidInput(f"{path.name}: utbytesfilen har version {data.get('version')}, "
                           f"programmet läser till och med version {VERSION}: uppdatera programmet")
    for key in ("database_id", "exported_at", "areas", "assessments", "incidents", "priority_fields",
                "week_notes", "audit_log"):
        if key not in data:
            raise InvalidInput(f"{path.name}: utbytesfilen saknar '{key}' (avkortad eller ändrad?)")
    _verify_chain(path.name, data["audit_log"])
    return data


def _verify_chain(name: str, entries: list[dict]) -> None:
    previous = audit.GENESIS_HASH
    for entry in entries:
        if entry.get("prev_hash") != previous or audit.entry_hash(previous, entry) != entry.get("hash"):
            raise InvalidInput(f"{name}: ändringsloggen i utbytesfilen är bruten vid post {entry.get('id')}: "
                               "filen har ändrats efter att den skrevs")
        previous = entry["hash"]


def merge(store: Store, data: dict, source: str, *, dry_run: bool = False,
          take: frozenset[str] = frozenset()) -> MergeResult:
    """take: keys of conflicts where the user chose the file's value (from an earlier trial merge)."""
    peer = data["database_id"]
    own = store.setting(DATABASE_ID)  # made only by an export: a merge (or a dry run) writes no id
    if peer == own:
        raise InvalidInput(f"{source}: utbytesfilen kommer från den här databasen")
    # The last meeting, as either side recorded it: (changed here since, changed there since).
    meetings = []
    ours = json.loads(store.setting(LAST_MET + peer, "null") or "null")
    if ours:
        meetings.append((ours["merged_at"], ours["peer_exported_at"]))
    theirs = (data.get("last_met") or {}).get(own) if own else None
    if theirs:
        meetings.append((theirs["peer_exported_at"], theirs["merged_at"]))
    met = max(meetings, key=lambda meeting: _at(meeting[0])) if meetings else None
    context = f"utbyte {source}"
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    conflicts: list[MergeConflict] = []

    def decide(key: str, local_at: str, remote_at: str) -> str:
        """'take' the file's value, 'keep' ours, or 'conflict'."""
        if key in take:
            return "take"  # the user has looked at this conflict and chosen the file's value
        if met is None:
            return "conflict"
        local_since, remote_since = met
        remote_changed = _at(remote_at) > _at(remote_since)
        local_changed = _at(local_at) > _at(local_since)
        if remote_changed and not local_changed:
            return "take"
        if local_changed and not remote_changed:
            return "keep"
        return "conflict"

    def settle(key: str, local, local_value, wanted, remote_at: str, save, describe) -> None:
        """One record present in the file: add it, skip it, take it, or list the conflict."""
        if local is None:
            save()
            counts["added"] += 1
            return
        verdict = "keep" if local_value == wanted else decide(key, local.recorded_at, remote_at)
        if verdict == "take":
            save()
            counts["updated"] += 1
        elif verdict == "conflict":
            conflicts.append(MergeConflict(key, describe()))
        else:
            counts["unchanged"] += 1

    with store.transaction():
        conn = store.conn
        ids = _merge_areas(store, data["areas"], context)
        for item in data["assessments"]:
            area = area_store.by_id(conn, ids[item["area"]])
            local = assessments.get(conn, area.id, item["year"], item["week"])
            settle(f"assessment:{area.id}:{item['year']}:{item['week']}", local,
                   (local.grade, local.note) if local else None, (item["grade"], item["note"]), item["recorded_at"],
                   lambda item=item, area=area: assessments.save(store, area, item["year"], item["week"],
                                                                 item["grade"], item["note"], context),
                   lambda local=local, item=item, area=area:
                   f"{area.name} v{item['week']} {item['year']}: här {_shown(local.grade, local.note)}, "
                   f"i filen {_shown(item['grade'], item['note'])}")
        _merge_incidents(store, data["incidents"], ids, context, counts)
        _merge_texts(store, data, context, settle)
        before = conn.total_changes
        conn.executemany(
            f"INSERT OR IGNORE INTO foreign_audit_log (peer_id, {', '.join(_AUDIT_COLUMNS)}) "
            f"VALUES (?, {', '.join('?' * len(_AUDIT_COLUMNS))})",
            [(peer, *(entry[column] for column in _AUDIT_COLUMNS)) for entry in data["audit_log"]])
        foreign = conn.total_changes - before
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value", [LAST_MET + peer, json.dumps(
                         {"peer_exported_at": data["exported_at"], "merged_at": _precise_now()})])
        if dry_run:  # the exception rolls the whole transaction back
            raise _DryRun(MergeResult(peer, counts["added"], counts["updated"], counts["unchanged"], conflicts,
                                      foreign))
    return MergeResult(peer, counts["added"], counts["updated"], counts["unchanged"], conflicts, foreign)


class _DryRun(Exception):
    """Raised inside the transaction to roll a trial merge back; carries its result."""

    def __init__(self, result: MergeResult):
        super().__init__("dry run")
        self.result = result


def trial_merge(store: Store, data: dict, source: str, take: frozenset[str] = frozenset()) -> MergeResult:
    """What merge() would do, with nothing kept."""
    try:
        merge(store, data, source, dry_run=True, take=take)
    except _DryRun as trial:
        return trial.result
    raise AssertionError("a dry run always rolls back")


def _merge_areas(store: Store, items: list[dict], context: str) -> dict[str, int]:
    ids = {}
    for item in items:
        found = area_store.find(store.conn, item["name"])
        if found is None:
            found = area_store.insert(store, item["name"], item["first_year"], context)
            if item.get("retired_from_year"):
                found = area_store.retire(store, found, item["retired_from_year"], context)
        ids[item["name"]] = found.id
    return ids


def _merge_incidents(store: Store, items: list[dict], ids: dict[str, int], context: str, counts: dict) -> None:
    def key(area_id, date, category, severity, place, description):
        return (area_id, date, category, severity, place, description)

    present = {key(i.area_id, i.date, i.category, i.severity, i.place, i.description)
               for i in incidents.all_rows(store.conn)}
    for item in items:
        area_id = ids[item["area"]]
        identity = key(area_id, item["date"], item["category"], item["severity"], item["place"],
                       item["description"])
        if identity in present:
            counts["unchanged"] += 1
            continue
        iso = week_of(dt.date.fromisoformat(item["date"]))
        incidents.insert(store, Incident(0, area_id, item["area"], item["date"], iso.year, iso.week,
                                         item["category"], item["severity"], item["place"], item["description"],
                                         "", "", 0), context)
        present.add(identity)
        counts["added"] += 1


def _merge_texts(store: Store, data: dict, context: str, settle) -> None:
    conn = store.conn
    for item in data["priority_fields"]:
        local = report_texts.fields_of_year(conn, item["year"]).get(item["field"])
        wanted = (bool(item["needs_measures"]), item["comment"])
        settle(f"priority_field:{item['year']}:{item['field']}", local,
               (local.needs_measures, local.comment) if local else None, wanted, item["recorded_at"],
               lambda item=item, wanted=wanted: report_texts.save_field(store, item["year"], item["field"], *wanted,
                                                                        context),
               lambda local=local, item=item: f"prioriterat område {item['field']} {item['year']}: här "
                                              f"\u201d{local.comment}\u201d, i filen \u201d{item['comment']}\u201d")
    for item in data["week_notes"]:
        local = report_texts.week_note(conn, item["year"], item["week"])
        wanted = (item["participants"], item["summary"])
        settle(f"week_note:{item['year']}:{item['week']}", local,
               (local.participants, local.summary) if local else None, wanted, item["recorded_at"],
               lambda item=item, wanted=wanted: report_texts.save_week_note(store, item["year"], item["week"],
                                                                            *wanted, context),
               lambda local=local, item=item: f"veckoanteckning v{item['week']} {item['year']}: här "
                                              f"\u201d{local.summary}\u201d, i filen \u201d{item['summary']}\u201d")
