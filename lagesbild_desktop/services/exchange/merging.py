"""Merging an exchange file into this database: decided by versions, never by clocks.

For every record (or independently versioned part of one) the file's version vector is compared
with the one held here (domain/versions.py):
- the same version: nothing to do (a different value under the same version is a changed file);
- the file's has seen ours: the file's value (or deletion) is taken, with its version;
- ours has seen the file's: nothing (an older file never undoes a newer merge);
- neither has seen the other: equal values are one version now (the versions are joined); different
  values are a conflict: the value here stays and both are listed, until the user chooses. A choice
  is a new write here on top of both versions, so it travels and settles the conflict everywhere.
A deletion is a record state like any other (a tombstone with a version), so it travels too and a
deleted record never comes back unless someone changes it after seeing the deletion.

Everything happens in one transaction, planned and applied there: the file is checked first
(services/exchange/verify.py), and a problem anywhere means nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from lagesbild_desktop.domain import versions
from lagesbild_desktop.domain.versions import Order
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.exchange.fileformat import ExchangeFile, ExchangeRefused
from lagesbild_desktop.services.exchange.verify import FileLog, record_problems, tombstone_problems
from lagesbild_desktop.services.validation import PERSONAL_DATA_CONTEXT
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import assessments, audit, foreign_log, identity, kinds
from lagesbild_desktop.store import categories as category_store
from lagesbild_desktop.store import versions as version_store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.kinds import AREA, INCIDENT, KINDS, Kind
from lagesbild_desktop.store.versions import Advance

HERE, FILE = "här", "fil"  # a conflict's two choices


class MergeConflict(NamedTuple):
    key: str  # names the record (and part), for choosing: merge(choices={key: HERE or FILE})
    ref: str  # the same, as a person reads and types it on the command line
    text: str  # Swedish, for the user: both values
    choosable: bool = True  # False: the user must change something first (two areas with one name)


class MergeResult(NamedTuple):
    peer: str
    added: int
    updated: int
    deleted: int
    unchanged: int
    conflicts: list[MergeConflict]
    foreign_entries: int
    resolved: int = 0
    notes: tuple[str, ...] = ()
    # What was found before any choice: every conflict (chosen or not) and the other changes' counts.
    found: tuple = ()
    unknown_choices: tuple[str, ...] = ()  # choices that name no conflict of this file (a typing error?)

    def summary(self) -> tuple:
        """What a preview showed: applying must find the same, or show the new preview instead."""
        return self.found


class PlanChanged(InvalidInput):
    """The database changed between the preview and the merge: here is the new preview."""

    def __init__(self, result: MergeResult):
        super().__init__("Databasen har ändrats sedan förhandsgranskningen: granska den nya och välj igen")
        self.result = result


@dataclass
class Write:
    """One record to write: the parts taken or chosen, each with the version it gets."""

    kind: Kind
    key: str
    local: dict | None  # the record here (local ids), if it is held here
    remote: dict | None  # the file's record (the file's ids), if it has one
    parts: dict[str, tuple[str, object]] = field(default_factory=dict)  # unit -> (HERE or FILE, version)
    delete: object = None  # a version: the record ends deleted (None: it lives)
    local_id: int | None = None  # the id a tombstone here keeps
    counted: str = "unchanged"  # what it is for the user: added, updated, deleted, or only versions joined
    plain: str = "unchanged"  # the same, before any choice of the user's (what a preview found)
    personal: bool = False  # the file's log says a personal identity number in it was kept on purpose

    def becomes(self, what: str) -> None:
        """What the file's record does here without any choice."""
        self.counted = self.plain = what


@dataclass
class Plan:
    writes: list[Write] = field(default_factory=list)
    conflicts: list[MergeConflict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    found: list[tuple[str, str]] = field(default_factory=list)  # every conflict, chosen or not: (key, text)
    refs: set[str] = field(default_factory=set)  # every conflict's reference as typed (case folded)
    plain: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "deleted": 0})
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0,
                                                           "resolved": 0})


def merge_current(store: Store, file: ExchangeFile, choices: dict[str, str]) -> MergeResult:
    """Merge a file of the current format version, inside the caller's transaction."""
    conn = store.conn
    log = FileLog(conn, file)
    own = version_store.replica(conn)
    problems = log.chain_problems()
    if file.peer == own:
        if not problems and log.known_until == len(file.log):
            raise InvalidInput(f"{file.source}: utbytesfilen kommer från den här databasen; det finns inget att läsa "
                               "in")
        problems.append("utbytesfilen har samma identitet som den här databasen men en annan historik (en kopia av "
                        "databasfilen som inte fått egen identitet); öppna kopian med den här versionen av programmet "
                        "och gör en ny utbytesfil där")
    if problems:
        raise ExchangeRefused(file.source, problems)
    context = f"utbyte {file.source}"
    planner = Planner(store, file, log, Plan(), choices)
    plan = planner.plan_all()
    notes = []
    if planner.own_seen_beyond():
        # This database's log is shorter than what the other one has seen of it: it was put back to an
        # earlier state outside the program. Its next writes would repeat numbers the other has seen for
        # other writes; under a new id they cannot (and what the file has of the lost writes comes back).
        identity.renew(store, f"utbyte {file.source}: filen har sett ändringar härifrån som inte finns kvar här")
        notes.append("Utbytesfilen har sett ändringar från den här databasen som inte längre finns i den (den har "
                     "återställts utanför programmet?). De ändringar filen har kom tillbaka med sammanslagningen, och "
                     "databasen har fått en ny identitet så att inget nytt går förlorat.")
    planner.apply(context)
    new_entries = log.new_entries(foreign_log.stored_until(conn, file.peer))
    foreign_log.keep(conn, file.peer, new_entries)
    return result_of(file, plan, len(new_entries), tuple(planner.notes + notes), choices)


def result_of(file: ExchangeFile, plan: Plan, foreign: int, notes: tuple[str, ...] = (),
              choices: dict[str, str] | None = None) -> MergeResult:
    counts = plan.counts
    found = (tuple(plan.plain.values()), tuple(plan.found))
    named = {key for key, _ in plan.found} | plan.refs
    unknown = tuple(choice for choice in (choices or {}) if choice != "*" and choice not in named)
    return MergeResult(file.peer, counts["added"], counts["updated"], counts["deleted"], counts["unchanged"],
                       plan.conflicts, foreign, counts["resolved"], notes, found, unknown)


REFERRED = KINDS[:KINDS.index(AREA) + 1]  # written before the kinds that refer to them


class Planner:
    def __init__(self, store: Store, file: ExchangeFile, log: FileLog, plan: Plan, choices: dict[str, str]):
        self.store, self.conn, self.file, self.log, self.plan, self.choices = (
            store, store.conn, file, log, plan, choices)
        # The file's areas by their id there (rows whose id or uid is not even of the right type are
        # named as problems when the areas are planned).
        areas = [row for row in file.records.get(AREA.entity, []) if type(row[0]) is int and isinstance(row[1], str)]
        self.file_area_uid = {row[0]: row[1] for row in areas}.get
        self.file_area_uids = {row[1] for row in areas}
        self.file_area_name = {row[0]: row[2] for row in areas}.get
        local_areas = area_store.all_areas(self.conn)
        self.local_area_uid = {area.id: area.uid for area in local_areas}.get
        self.local_area_name = {area.uid: area.name for area in local_areas}
        self.local_area_ids = {area.uid: area.id for area in local_areas}
        self.file_to_local_area = {row[0]: self.local_area_ids.get(row[1]) for row in areas}.get
        self.own = version_store.replica(self.conn)
        self.own_seen = 0  # the highest write number of this database the file's versions have seen
        self.notes: list[str] = []  # what the user should know of the plan beside the counts

    # -- planning -----------------------------------------------------------------------------------

    def plan_all(self) -> Plan:
        """Every kind, in the registry's order; the file is refused if anything in it is wrong."""
        for kind in KINDS:
            self.plan_kind(kind)
        if self.plan.problems:
            raise ExchangeRefused(self.file.source, self.plan.problems)
        self.settle_area_names()
        self.settle_belongings()
        return self.plan

    def plan_kind(self, kind: Kind) -> None:
        rows = kind.rows(self.conn)
        by_id = {row[0]: row for row in rows}
        by_key = None if kind.local_id_from_row else {kind.row_key(row, self.local_area_uid): row for row in rows}
        stones = {stone.key: stone for stone in version_store.tombstones(self.conn, kind.entity)} \
            if kind.deletable else {}
        seen_keys: set = set()
        # What two rows must agree on to be the same record, version and all: every version and compared
        # field (area ids compared through the areas' uids).
        compared = [name for vv_field, fields in kind.units.values() for name in (vv_field, *fields)]
        same = itemgetter(*[kind.row_fields.index(name) for name in compared if name not in kind.area_fields])
        areas = [kind.row_fields.index(name) for name in kind.area_fields if name in compared]
        theirs_uid, ours_uid = self.file_area_uid, self.local_area_uid
        newest = self.log.newest_of(kind.entity)
        local_id_of, to_local = kind.local_id_from_row, self.file_to_local_area
        unchanged = 0
        for row in self.file.records.get(kind.entity, []):
            if type(row[0]) is not int or newest.get(row[0]) != row[-1]:
                self.plan.problems.append(f"{kind.label} {row[0]} i filen: dess senaste post saknas i filens "
                                          "ändringslogg (loggen är avkortad eller ändrad)")
                continue
            try:
                if by_key is None:  # the record's id here follows from its key
                    seen = local_id_of(row, to_local)
                    mine = by_id.get(seen)
                else:
                    seen = kind.row_key(row, theirs_uid)
                    mine = by_key.get(seen)
            except (KeyError, TypeError, IndexError, ValueError):
                mine = seen = None
            if (mine is not None and same(row) == same(mine) and seen not in seen_keys
                    and (not areas or all(theirs_uid(row[i]) == ours_uid(mine[i]) for i in areas))):
                seen_keys.add(seen)  # the record held here, version and all: nothing to check or do
                unchanged += 1
                continue
            try:
                key = kind.row_key(row, theirs_uid)
            except (KeyError, TypeError, IndexError):
                key = None
            if not isinstance(key, str):
                key = None
            if seen is not None and seen in seen_keys:
                key = seen  # named twice: _plan_record says so
            held = kind.value(mine) | {"id": mine[0]} if mine is not None else None
            self._plan_record(kind, row, key, held, stones.get(key), seen_keys, seen)
        self.plan.counts["unchanged"] += unchanged
        if kind.deletable:
            for row in self.file.tombstones.get(kind.entity, []):
                mine = self._held_by_key(kind, row[1], by_id, by_key)
                held = kind.value(mine) | {"id": mine[0]} if mine is not None else None
                self._plan_tombstone(kind, row, held, stones, seen_keys)

    def _held_by_key(self, kind: Kind, key: str, by_id: dict, by_key: dict | None):
        if by_key is not None:
            return by_key.get(key)
        return by_id.get(self._grade_id(key))

    def _grade_id(self, key: str) -> int | None:
        """A grade's id here, from its key (None: not a grade's key, or its area is not here)."""
        parts = assessments.parse_key(key)
        area = self.local_area_ids.get(parts[0]) if parts else None
        return None if area is None else assessments.cell_id(area, parts[1], parts[2])

    def _title(self, kind: Kind, value: dict, key: str, from_file: bool) -> str:
        if "area_id" in value:
            area_id = value["area_id"] if type(value["area_id"]) is int else None
            uid = (self.file_area_uid if from_file else self.local_area_uid)(area_id)
            name = self.local_area_name.get(uid) or (self.file_area_name(area_id) if from_file else None)
            value = {**value, "area": name or "?"}
        title = f"{kind.label} {kind.title(value)}"
        return f"{title} #{key[:8]}" if kind is INCIDENT else title

    def _plan_record(self, kind: Kind, row: list, key: str | None, mine: dict | None, stone, seen_keys: set,
                     seen=None) -> None:
        value = kind.value(row[:-1])
        if key is not None and any(type(value[name]) is not int or self.file_area_uid(value[name]) is None
                                   for name in kind.area_fields
                                   if not (kind.areas_optional and value[name] is None)):
            key = None  # it names an area the file does not have
        if key is None:
            what = f"området {value.get('area_id')} finns inte i filens områden" if kind.area_fields else \
                "nyckeln kan inte läsas"
            self.plan.problems.append(f"{kind.label} {row[0]} i filen: {what}")
            return
        if key in seen_keys or (seen is not None and seen in seen_keys):
            self.plan.problems.append(f"{self._title(kind, value, key, True)} finns två gånger i filen")
            return
        seen_keys.add(key)
        if seen is not None:
            seen_keys.add(seen)
        write = Write(kind, key, mine, value, local_id=stone.local_id if stone is not None else None)
        here = {unit: mine[vv_field] if mine is not None else (stone.vv if stone is not None else "")
                for unit, (vv_field, _) in kind.units.items()}
        theirs = {unit: value.get(vv_field) for unit, (vv_field, _) in kind.units.items()}
        readable = all(isinstance(vv, str) and versions.is_valid(vv) for vv in theirs.values())
        # The parts that differ from here ("": a week note's text never written there).
        differing = [unit for unit in kind.units if not readable or (theirs[unit] and not (
            mine is not None and here[unit] == theirs[unit] and self._same(write, unit)))]
        if differing:
            # What differs from here must be what the file's log says, and follow the rules (this names
            # a version that cannot be read, too).
            title = self._title(kind, value, key, True)
            problems, write.personal = record_problems(self.log, kind, row, title)
            if not readable and not problems:
                problems = [f"{title}: versionen kan inte läsas"]
            if problems:
                self.plan.problems.extend(problems)
                return
        if mine is None and stone is not None and "" in kind.units and len(kind.units) > 1:
            # Deleted here: the record's own version decides, as it does there (_plan_tombstone); its other
            # parts come back with it, or stay deleted with it.
            for unit in differing:
                self._note_own(theirs[unit])
            differing = [unit for unit in differing if unit == ""]
            for unit in differing:
                self._decide(write, unit, here[unit], theirs[unit], False, stone)
            if write.parts.get("", (HERE,))[0] == FILE and not isinstance(write.parts[""][1], Advance):
                for unit in kind.units:
                    if unit and theirs[unit]:
                        write.parts[unit] = (FILE, theirs[unit])
            self._add(write)
            return
        for unit in differing:
            self._note_own(theirs[unit])
            self._decide(write, unit, here[unit], theirs[unit], mine is not None, stone)
        self._add(write)

    def _decide(self, write: Write, unit: str, here_vv: str, theirs_vv: str, held: bool, stone) -> None:
        kind = write.kind
        order = versions.compare(theirs_vv, here_vv)
        if order == Order.EQUAL:
            self.plan.problems.append(
                f"{self._title(kind, write.remote, write.key, True)} har samma version i filen som här "
                "men ett annat värde: filen (eller databasen) har ändrats utanför programmet")
        elif order == Order.BEFORE:
            return  # ours has seen theirs
        elif order == Order.AFTER:
            write.parts[unit] = (FILE, theirs_vv)
            if not held:
                write.becomes("added")
            elif not self._same(write, unit):
                write.becomes("updated")
        elif held and self._same(write, unit):
            write.parts[unit] = (HERE, versions.join(here_vv, theirs_vv))  # the same value, written on both sides
        else:
            joined = versions.join(here_vv, theirs_vv)
            here_text = self._shown(kind, unit, write.local if held else None)
            there_text = self._shown(kind, unit, write.remote)
            self._conflict(write, unit, joined, here_text, there_text, deleted_here=not held)

    def _same(self, write: Write, unit: str) -> bool:
        """The same value here and in the file (only the versions may differ)."""
        return write.local is not None and write.kind.content(write.local, unit, self.local_area_uid) == \
            write.kind.content(write.remote, unit, self.file_area_uid)

    def _shown(self, kind: Kind, unit: str, value: dict | None) -> str:
        if value is None:
            return "borttagen"
        if unit:  # a part that travels on its own: its own fields
            texts = [str(value[name]) for name in kind.units[unit][1] if value.get(name) not in (None, "")]
            return f"\u201d{' '.join(texts)}\u201d" if texts else "tom"
        return kind.describe(value)

    def _conflict(self, write: Write, unit: str, joined: str, here_text: str, there_text: str, *,
                  deleted_here: bool = False, deleted_there: bool = False) -> None:
        kind = write.kind
        title = self._title(kind, write.remote or write.local, write.key, write.remote is not None)
        part = f" {kind.part_names[unit]}" if unit else ""
        key = f"{kind.entity}|{write.key}|{unit}"
        ref = f"{title}{part}"
        text = f"{title}{part}: här {here_text}, i filen {there_text}"
        self.plan.found.append((key, text))
        self.plan.refs.add(ref.casefold())
        choice = self.choices.get(key) or self.choices.get(ref.casefold()) or self.choices.get("*")
        if choice == FILE:
            if deleted_there:
                write.delete = Advance(joined)
                write.counted = "deleted"
            elif deleted_here:  # the file's record comes back over the deletion here: every part of it
                self._over_deletion(write, write.remote, FILE, joined)
                write.counted = "added"
            else:
                write.parts[unit] = (FILE, Advance(joined))
                write.counted = "updated" if write.local is not None else "added"
            self.plan.counts["resolved"] += 1
        elif choice == HERE:
            if deleted_here:
                write.delete = Advance(joined)
            elif deleted_there:  # kept over a deletion there: every part of it
                self._over_deletion(write, write.local, HERE, joined)
            else:
                write.parts[unit] = (HERE, Advance(joined))
            self.plan.counts["resolved"] += 1
        else:
            self.plan.conflicts.append(MergeConflict(key, ref, text))

    @staticmethod
    def _over_deletion(write: Write, value: dict, side: str, joined: str) -> None:
        """A record kept or brought back over a deletion: each of its parts ever written gets a version on
        top of the deletion, so that no part of it stays behind the deletion anywhere."""
        for unit, (vv_field, _) in write.kind.units.items():
            if value.get(vv_field) or unit == "":
                write.parts[unit] = (side, Advance(versions.join(value.get(vv_field) or "", joined)))

    def _plan_tombstone(self, kind: Kind, row: list, mine: dict | None, stones: dict, seen_keys: set) -> None:
        local_id, key, theirs_vv, last_value = row
        title = self._title(kind, last_value or {}, key, True) if last_value else key
        grade = self._grade_id(key) if kind.local_id_from_row else None
        if key in seen_keys or (grade is not None and grade in seen_keys):
            self.plan.problems.append(f"{title} finns i filen både kvar och borttagen")
            return
        seen_keys.add(key)
        if kind.local_id_from_row and grade is None and not self._file_area_of(key):
            self.plan.problems.append(f"borttagen {title}: området i nyckeln finns varken här eller i filen")
            return
        if not self.log.holds(kind.entity, local_id):
            self.plan.problems.append(f"borttagen {title}: borttagningen saknas i filens ändringslogg")
            return
        stone = stones.get(key)
        if stone is not None and mine is None and stone.vv == theirs_vv:
            return  # the same deletion
        problems = tombstone_problems(self.log, kind, row, title)
        if problems:
            self.plan.problems.extend(problems)
            return
        self._note_own(theirs_vv)
        write = Write(kind, key, mine, None, local_id=stone.local_id if stone else None)
        if mine is not None:
            # The record's own version decides (a measure's plan); its other parts (the next follow-up, set at
            # a meeting) go with it: a deletion wins over them, as it wins over its follow-ups.
            order = versions.compare(theirs_vv, mine["vv"])
            if order == Order.AFTER:
                write.delete = theirs_vv
                write.becomes("deleted")
            elif order == Order.CONCURRENT:
                write.remote = last_value if isinstance(last_value, dict) else None
                self._conflict(write, "", versions.join(mine["vv"], theirs_vv), kind.describe(mine), "borttagen",
                               deleted_there=True)
                write.remote = None
            elif order == Order.EQUAL:
                self.plan.problems.append(f"{title}: samma version är borttagen i filen men finns här")
        else:
            here_vv = stone.vv if stone is not None else ""
            order = versions.compare(theirs_vv, here_vv)
            if order in (Order.AFTER, Order.CONCURRENT):
                write.delete = theirs_vv if order == Order.AFTER else versions.join(here_vv, theirs_vv)
                write.remote = last_value if isinstance(last_value, dict) else None  # (nothing held disappears)
        self._add(write)

    def _add(self, write: Write) -> None:
        if write.parts or write.delete is not None:
            self.plan.writes.append(write)
        self.plan.counts[write.counted] += 1
        if write.plain in self.plan.plain:
            self.plan.plain[write.plain] += 1

    def _note_own(self, vv: str) -> None:
        count = versions.parse(vv).get(self.own, 0)
        if count > self.own_seen:
            self.own_seen = count

    def own_seen_beyond(self) -> bool:
        return self.own_seen > audit.last_id(self.conn)

    # -- records that belong to another (follow-ups to their measure) ---------------------------------

    def settle_belongings(self) -> None:
        """A record deleted with the one it belongs to follows that one's fate here: while the deletion of a
        measure waits for a choice, or was overruled ("här"), its follow-ups deleted with it stay, and a
        choice gives them a version on top of the deletion so that they come back wherever it travelled.
        What goes with a deleted record here (follow-ups the file never saw) is listed."""
        for kind in KINDS:
            if kind.belongs_to is None:
                continue
            link, parent_entity = kind.belongs_to
            parent = kinds.BY_ENTITY[parent_entity]
            gone_there = {row[1] for row in self.file.tombstones.get(parent_entity, [])}
            stones_there = {row[1]: row[2] for row in self.file.tombstones.get(kind.entity, [])}
            parent_writes = {write.key: write for write in self.plan.writes if write.kind is parent}
            pending = {conflict.key.split("|")[1] for conflict in self.plan.conflicts
                       if conflict.key.startswith(f"{parent_entity}|")}
            kept = []
            for write in self.plan.writes:
                owner = (write.local or {}).get(link) if write.kind is kind else None
                if owner is None or write.delete is None or owner not in gone_there:
                    kept.append(write)
                    continue
                owner_write = parent_writes.get(owner)
                if owner_write is not None and owner_write.delete is not None:
                    kept.append(write)  # the measure goes, and its follow-up with it
                elif owner in pending or owner_write is None:
                    self._not_deleted(write)  # the measure's deletion waits for a choice: so does this
                else:  # the deletion was overruled: kept, on top of the deletion, so that it travels back
                    self._not_deleted(write)
                    write.parts[""] = (HERE, Advance(versions.join(write.local["vv"], stones_there[write.key])))
                    kept.append(write)
                    self.notes.append(f"{kind.label.capitalize()} {kind.title(write.local)} av "
                                      f"{parent.title(owner_write.local or {})} behålls med {parent.label}en")
            self.plan.writes = kept
            for write in kept:
                if write.kind is parent and write.delete is not None and write.local is not None:
                    for child in self._children_here(kind, link, write.key):
                        self.notes.append(f"{kind.label.capitalize()} {kind.title(child)} av "
                                          f"{parent.title(write.local)} tas bort med {parent.label}en")

    def _not_deleted(self, write: Write) -> None:
        """A deletion planned for a record that stays after all: counted as unchanged."""
        self.plan.counts[write.counted] -= 1
        if write.plain in self.plan.plain:
            self.plan.plain[write.plain] -= 1
        self.plan.counts["unchanged"] += 1
        write.delete = None
        write.counted = write.plain = "unchanged"

    def _children_here(self, kind: Kind, link: str, owner: str) -> list[dict]:
        values = (kind.value(row) for row in kind.rows(self.conn))
        return [value for value in values if value.get(link) == owner]

    # -- areas' names -------------------------------------------------------------------------------

    def settle_area_names(self) -> None:
        """Two different areas may not end with one name: such an area is left as it is here, listed."""
        names = {uid: name for uid, name in self.local_area_name.items()}
        renamed = {}
        for write in self.plan.writes:
            if write.kind is AREA and write.parts.get("", (HERE,))[0] == FILE:
                renamed[write.key] = write.remote["name"]
        names.update(renamed)
        by_name: dict[str, list[str]] = {}
        for uid, name in names.items():
            by_name.setdefault(" ".join(name.casefold().split()), []).append(uid)
        blocked = {uid for uids in by_name.values() if len(uids) > 1 for uid in uids if uid in renamed}
        if not blocked:
            return
        kept = []
        for write in self.plan.writes:
            area_uid = write.key if write.kind is AREA else self._area_of(write)
            if area_uid in blocked and (write.kind is AREA or area_uid not in self.local_area_name):
                if write.kind is AREA:
                    name = renamed[write.key]
                    self.plan.conflicts.append(MergeConflict(
                        f"area-name|{write.key}", f"område {name}",
                        f"område {name}: i filen heter ett annat område likadant som ett område här. Byt namn på "
                        f"det ena (lagesbild areas rename) och läs in filen igen; området och dess bedömningar och "
                        f"händelser väntar till dess", choosable=False))
                self.plan.counts[write.counted] = max(0, self.plan.counts[write.counted] - 1)
                continue
            kept.append(write)
        self.plan.writes = kept

    def _area_of(self, write: Write) -> str | None:
        if write.kind.local_id_from_row and write.delete is not None:  # a grade's deletion: its key names it
            parts = assessments.parse_key(write.key)
            return parts[0] if parts else None
        value = write.remote or write.local
        if value is None or "area_id" not in value:
            return None
        return (self.file_area_uid if write.remote is not None else self.local_area_uid)(value["area_id"])

    def _file_area_of(self, key: str) -> bool:
        """A grade's key names an area of the file."""
        parts = assessments.parse_key(key)
        return bool(parts) and parts[0] in self.file_area_uids

    # -- writing ------------------------------------------------------------------------------------

    def apply(self, context: str) -> None:
        for write in self.plan.writes:
            if write.kind is AREA and write.local is not None and write.parts.get("", (HERE,))[0] == FILE \
                    and write.remote["name"] != write.local["name"]:
                area_store.make_way(self.store, area_store.by_uid(self.conn, write.key))
        # What others refer to first (the plan is in the registry's order): then the areas' ids here.
        referred = [write for write in self.plan.writes if write.kind in REFERRED]
        for write in referred:
            self._apply(write, context, {})
        area_ids = {area.uid: area.id for area in area_store.all_areas(self.conn)}
        for write in self.plan.writes[len(referred):]:
            self._apply(write, context, area_ids)
        kinds.settle(self.store, context)

    def _apply(self, write: Write, context: str, area_ids: dict[str, int]) -> None:
        kind = write.kind
        if write.delete is not None:
            if write.local is not None:
                kinds.delete(self.store, kind, write.local, write.delete, context)
            else:
                kinds.bury(self.store, kind, write.key, write.local_id, self._local_terms(write.remote, area_ids),
                           write.delete, context)
            return
        wanted = dict(write.local) if write.local is not None else self._local_terms(write.remote, area_ids)
        chosen: dict[str, object] = {}
        for unit, (vv_field, content_fields) in kind.units.items():
            taken = write.parts.get(unit)
            if taken is None:
                chosen[unit] = wanted.get(vv_field, "") if write.local is not None else write.remote[vv_field]
                continue
            side, version = taken
            if side == FILE:
                theirs = self._local_terms(write.remote, area_ids)
                for name in content_fields:
                    wanted[name] = theirs[name]
            chosen[unit] = version
        if kind.entity == "incident" and not self._category_known(wanted["category"]):
            raise ExchangeRefused(self.file.source, [f"händelsen {write.key[:8]}: kategorin {wanted['category']} "
                                                     "finns varken här eller i filen"])
        if write.personal and any(side == FILE for side, _ in write.parts.values()):
            context = f"{context}; {PERSONAL_DATA_CONTEXT}"
        kind.write(self.store, write.local, wanted, chosen, context)

    def _category_known(self, code: str) -> bool:
        return category_store.by_code(self.conn, code) is not None

    def _local_terms(self, value: dict | None, area_ids: dict[str, int]) -> dict | None:
        """The file's value with its area ids as this database's."""
        if value is None or "area_id" not in value:
            return dict(value) if value is not None else None
        uid = self.file_area_uid(value["area_id"])
        return {**value, "area_id": area_ids.get(uid, value["area_id"]), "area": self.local_area_name.get(uid, "")}
