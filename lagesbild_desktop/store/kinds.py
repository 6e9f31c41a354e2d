"""The one registry of record kinds: every kind of record the program keeps, described once.

For each kind: where it is stored, what its audit entries record of it (its fields, which are also
the columns an exchange file carries), how it is named in words, which rules a record must follow
(domain/records.py), its key in every database, and how a version from another workstation is
written here. The audit log's words (`lagesbild log`), `check` and the exchange merge all read
this registry; a new kind is one entry here and its tests.

A record is read as a row: a tuple of ("id", *fields) — the local id (its entity id in the audit
log) and the values the log records. References to areas are local area ids in a row; the key and
the compared content use the area's uid, which is the same in every database. (An area's name as
it was when a grade was logged is in the log too, but it is not part of the grade: a rename does
not change the grade, so it is left out of the fields.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from lagesbild_desktop.domain import records
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import week_of
from lagesbild_desktop.domain.key_figures import format_number
from lagesbild_desktop.domain.personnummer import KEPT_ON_PURPOSE
from lagesbild_desktop.domain.versions import origin
from lagesbild_desktop.errors import InvalidInput, PersonalDataFound
from lagesbild_desktop.store import (
    areas,
    assessments,
    audit,
    boundaries,
    categories,
    district,
    incidents,
    key_figures,
    measures,
    named_lists,
    places,
    report_texts,
    year_texts,
)
from lagesbild_desktop.store import versions as version_store
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.versions import Advance

Version = str | Advance
AreaUid = Callable[[int], str | None]  # an area id (in the database the row comes from) -> the area's uid


@dataclass(frozen=True)
class Kind:
    entity: str  # the audit log's entity and the exchange file's section
    label: str  # a Swedish noun for messages: "bedömning"
    fields: tuple[str, ...]  # what the audit log records (after the id); the exchange file's columns
    select: str  # SQL giving rows ("id", *fields), ordered by id ("" for a kind with `read`)
    problems: Callable[[dict, bool], list[str]]  # domain rules: (value, personal data allowed) -> problems
    title: Callable[[dict], str]  # which record, in words
    describe: Callable[[dict], str]  # its value, in words (`lagesbild log`)
    key: Callable[[dict, AreaUid], str | None]  # the same in every database; None: an area it names is unknown
    # Parts that change and travel independently, each with its own version field and compared fields.
    units: dict[str, tuple[str, tuple[str, ...]]]
    write: Callable[..., None]  # (store, local row dict or None, wanted value, {unit: Version}, context)
    deletable: bool = False
    signed: bool = True  # rows record who wrote them and when, which must match their newest entry
    signature: str = ""  # SQL giving (id, recorded_by, recorded_at) of every row
    area_fields: tuple[str, ...] = ()  # fields holding an area id
    areas_optional: bool = False  # an area field may be empty (a text of the whole report, not of an area)
    # SQL giving (id, number) where the number must be the id of the record's newest audit entry
    # (a grade's version, which windows compare to notice a change made elsewhere).
    numbered: str = ""
    table: str = ""  # where records of a kind that can be deleted live (for new local ids)
    booleans: tuple[str, ...] = ()  # fields SQLite stores as 0/1 that are yes/no
    # The key straight from a row (a merge computes it for every record it reads; default: key(value)).
    key_from_row: Callable[[tuple, AreaUid], str | None] | None = None
    # For kinds whose local id follows from the key (a grade's id is its area-week here): the id a row of
    # another database has here, given that database's area ids as this one's. Saves a merge the keys.
    local_id_from_row: Callable[[tuple, Callable[[int], int | None]], int | None] | None = None
    # Rows that SQL alone cannot give (lists decoded, an area's former names): read by this instead of `select`.
    read: Callable[[sqlite3.Connection], list[tuple]] | None = None
    # Compared fields a kind got later (an incident's registered place and time): left out of what two
    # databases compare while empty, so that a record's origin version is the one it had before them.
    later: tuple[str, ...] = ()
    # How a part that travels on its own is named in a conflict ("nästa uppföljning"); "" is the record itself.
    part_names: dict[str, str] = field(default_factory=dict, hash=False)
    # A record that belongs to another (a follow-up to its measure): (the field holding the other's key, the
    # other's entity). It is deleted with the other, and kept with it when a deletion is overruled.
    belongs_to: tuple[str, str] | None = None
    # The exchange format version that brought the kind, its later fields, and its deletions (a file of an
    # earlier version has none of them; 2 is the first format with versions).
    since: int = 2
    later_since: int = 0
    tombstones_since: int = 0
    delete: Callable[..., None] | None = None  # (store, local row dict, version, context) for a deletable kind
    id_column: str = "id"  # the local id's column in `table`
    # What an undo writes for a record that did not exist before (a kind that cannot be deleted: its texts
    # emptied); None with `deletable` False: such a record cannot be undone away.
    blank: dict | None = field(default=None, hash=False)

    @property
    def row_fields(self) -> tuple[str, ...]:
        return ("id", *self.fields)

    def rows(self, conn: sqlite3.Connection) -> list[tuple]:
        if self.read is not None:
            return self.read(conn)
        rows = conn.execute(self.select).fetchall()
        if self.booleans:
            places = [self.row_fields.index(name) for name in self.booleans]
            rows = [tuple(bool(item) if index in places else item for index, item in enumerate(row)) for row in rows]
        return rows

    def row_key(self, row, area_uid: AreaUid) -> str | None:
        if self.key_from_row is not None:
            return self.key_from_row(row, area_uid)
        return self.key(self.value(row[:len(self.row_fields)]), area_uid)

    def value(self, row) -> dict:
        return dict(zip(self.fields, row[1:], strict=True))

    def content(self, value: dict, unit: str, area_uid: AreaUid) -> tuple:
        """What two databases compare of one unit: area ids as uids, so that equal means equal."""
        return tuple(area_uid(value[name]) if name in self.area_fields else _frozen(value[name])
                     for name in self.units[unit][1] if name not in self.later or value.get(name) is not None)


def _frozen(value):
    return tuple(_frozen(item) for item in value) if isinstance(value, list) else value


# -- areas ------------------------------------------------------------------------------------------

def _area_rows(conn: sqlite3.Connection) -> list[tuple]:
    """Areas with their former names (from their own table)."""
    history = areas.name_history(conn)
    return [(*row[:6], [list(item) for item in history.get(row[0], [])], row[6])
            for row in conn.execute("SELECT id, uid, name, first_year, retired_from_year, explicit_order, vv"
                                    " FROM areas ORDER BY id")]


def _area_described(value: dict) -> str:
    text = str(value.get("name", ""))
    former = value.get("former_names") or []
    if former:
        text += " (tidigare " + ", ".join(f"{name} till {until}" for name, until in former) + ")"
    if value.get("retired_from_year"):
        text += f", avvecklat från {value['retired_from_year']}"
    if value.get("explicit_order"):
        text += f", plats {value['explicit_order']}"
    return text


def _write_area(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    old = areas.by_uid(store.conn, wanted["uid"])
    areas.apply(store, old, wanted["uid"], wanted, chosen[""], context)


AREA = Kind(
    entity=areas.ENTITY, label="område",
    fields=("uid", "name", "first_year", "retired_from_year", "explicit_order", "former_names", "vv"),
    select="", read=_area_rows,
    problems=records.area_problems,
    title=lambda v: f"{v.get('name')}",
    describe=lambda v: _area_described(v),
    key=lambda v, area_uid: v["uid"],
    units={"": ("vv", ("name", "first_year", "retired_from_year", "explicit_order", "former_names"))},
    write=_write_area, signed=False, key_from_row=lambda row, area_uid: row[1],
)


# -- categories -------------------------------------------------------------------------------------

def _write_category(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    old = categories.by_code(store.conn, wanted["code"])
    if old is None:
        categories.insert(store, wanted["code"], wanted["name_sv"], wanted["name_en"], context,
                          sort_order=wanted["sort_order"], active=wanted["active"], version=chosen[""])
    else:
        categories.update(store, old, wanted, context, version=chosen[""])


CATEGORY = Kind(
    entity=categories.ENTITY, label="kategori",
    fields=("code", "name_sv", "name_en", "sort_order", "active", "vv"),
    select="SELECT number, code, name_sv, name_en, sort_order, active, vv FROM categories ORDER BY number",
    problems=records.category_problems,
    title=lambda v: f"{v.get('code')}",
    describe=lambda v: f"{v.get('code', '')} ({v.get('name_sv', '')})",
    key=lambda v, area_uid: v["code"],
    units={"": ("vv", ("name_sv", "name_en", "sort_order", "active"))},
    write=_write_category, signed=False, booleans=("active",),
)


# -- grades -----------------------------------------------------------------------------------------

def _assessment_key(value: dict, area_uid: AreaUid) -> str | None:
    uid = area_uid(value["area_id"])
    return None if uid is None else assessments.key_of(uid, value["year"], value["week"])


def _write_assessment(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version],
                      context: str) -> None:
    area = areas.by_id(store.conn, wanted["area_id"])
    assessments.save(store, area, wanted["year"], wanted["week"], wanted["grade"], wanted["note"], context,
                     version=chosen[""])


def _delete_assessment(store: Store, local: dict, version: Version, context: str) -> None:
    area = areas.by_id(store.conn, local["area_id"])
    assessments.delete(store, area, local["year"], local["week"], context, version=version)


def _assessment_described(value: dict) -> str:
    return f"{value['grade']}" + (f" «{value['note']}»" if value.get("note") else "")


ASSESSMENT = Kind(
    entity=assessments.ENTITY, label="bedömning",
    fields=("area_id", "year", "week", "grade", "note", "vv"),
    select="SELECT id, area_id, iso_year, iso_week, grade, note, vv FROM assessments ORDER BY id",
    problems=records.assessment_problems,
    title=lambda v: f"{v.get('area')} {v.get('year')} v{v.get('week')}",
    describe=_assessment_described,
    key=_assessment_key,
    units={"": ("vv", ("grade", "note"))},
    write=_write_assessment, deletable=True, table="assessments", delete=_delete_assessment,
    signature="SELECT id, recorded_by, recorded_at FROM assessments",
    area_fields=("area_id",),
    numbered="SELECT id, version FROM assessments",
    key_from_row=lambda row, area_uid: (None if (uid := area_uid(row[1])) is None
                                        else assessments.key_of(uid, row[2], row[3])),
    local_id_from_row=lambda row, area_id: (None if (here := area_id(row[1])) is None
                                            else assessments.cell_id(here, row[2], row[3])),
)


# -- incidents --------------------------------------------------------------------------------------

def _incident_draft(wanted: dict):
    year, week = week_of(records.parse_iso_date(wanted["date"]))
    return incidents.draft(uid=wanted["uid"], area_id=wanted["area_id"], area=wanted.get("area", ""),
                           date=wanted["date"], year=year, week=week, category=wanted["category"],
                           severity=wanted["severity"], place=wanted["place"], description=wanted["description"],
                           place_uid=wanted.get("place_uid"), time=wanted.get("time"))


def _write_incident(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    old = incidents.by_uid(store.conn, wanted["uid"])
    if old is None:
        incidents.insert(store, _incident_draft(wanted), context, version=chosen[""])
    else:
        incidents.update(store, old, _incident_draft(wanted), context, version=chosen[""])


def _delete_incident(store: Store, local: dict, version: Version, context: str) -> None:
    incidents.delete(store, incidents.by_uid(store.conn, local["uid"]), context, version=version)


INCIDENT = Kind(
    entity=incidents.ENTITY, label="händelse",
    fields=("uid", "area_id", "date", "category", "severity", "place", "description", "place_uid", "time", "vv"),
    select=("SELECT id, uid, area_id, occurred_on, category, severity, place, description, place_uid, time_of_day,"
            " vv FROM incidents ORDER BY id"),
    problems=records.incident_problems,
    title=lambda v: f"{v.get('date')} {v.get('area')} ({v.get('category')})",
    describe=lambda v: f"{v['date']} {v['category']} {_severity_sv(v['severity'])}",
    key=lambda v, area_uid: v["uid"],
    units={"": ("vv", ("area_id", "date", "category", "severity", "place", "description", "place_uid", "time"))},
    write=_write_incident, deletable=True, table="incidents", key_from_row=lambda row, area_uid: row[1],
    later=("place_uid", "time"),
    later_since=8, delete=_delete_incident,
    signature="SELECT id, recorded_by, recorded_at FROM incidents",
    area_fields=("area_id",),
)


def _severity_sv(code: str) -> str:
    try:
        return Severity.from_code(code).name_sv
    except Exception:  # an unknown code in an old entry is shown as it is
        return str(code)


# -- the reports' texts -----------------------------------------------------------------------------

def _write_field(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    report_texts.save_field(store, wanted["year"], wanted["field"], wanted["needs_measures"], wanted["comment"],
                            context, version=chosen[""])


PRIORITY_FIELD = Kind(
    entity=report_texts.FIELD_ENTITY, label="prioriterat område",
    fields=("year", "field", "needs_measures", "comment", "vv"),
    select="SELECT id, iso_year, field, needs_measures, comment, vv FROM priority_fields ORDER BY id",
    problems=records.priority_field_problems,
    title=lambda v: f"{v.get('field')} år {v.get('year')}",
    describe=lambda v: ("behov av åtgärder" if v.get("needs_measures") else "inget behov")
    + (f" «{v['comment']}»" if v.get("comment") else ""),
    key=lambda v, area_uid: f"{v['year']}/{v['field']}",
    units={"": ("vv", ("needs_measures", "comment"))},
    write=_write_field, blank={"needs_measures": False, "comment": ""},
    signature="SELECT id, recorded_by, recorded_at FROM priority_fields",
    booleans=("needs_measures",),
)


def _write_week_note(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version],
                     context: str) -> None:
    report_texts.save_week_note(store, wanted["year"], wanted["week"], wanted["participants"], wanted["summary"],
                                context, versions=chosen)


WEEK_NOTE = Kind(
    entity=report_texts.WEEK_ENTITY, label="veckoanteckning",
    fields=("year", "week", "participants", "summary", "vv_participants", "vv_summary"),
    select=("SELECT id, iso_year, iso_week, participants, summary, vv_participants, vv_summary FROM week_notes"
            " ORDER BY id"),
    problems=records.week_note_problems,
    title=lambda v: f"{v.get('year')} v{v.get('week')}",
    describe=lambda v: "; ".join(f"{label} «{v[name]}»" for name, label in (("participants", "deltagare"),
                                                                            ("summary", "sammanfattning"))
                                 if v.get(name)) or "tom",
    key=lambda v, area_uid: f"{v['year']}/{v['week']}",
    units={"participants": ("vv_participants", ("participants",)), "summary": ("vv_summary", ("summary",))},
    part_names={"participants": "deltagare", "summary": "sammanfattning"},
    write=_write_week_note, blank={"participants": "", "summary": ""},
    signature="SELECT id, recorded_by, recorded_at FROM week_notes",
)


def _write_year_text(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version],
                     context: str) -> None:
    area_id = wanted["area_id"]
    what = _year_text_title(wanted, areas.by_id(store.conn, area_id).name if area_id is not None else "")
    year_texts.save(store, wanted["year"], wanted["section"], area_id, wanted["body"], what, context,
                    version=chosen[""])


def _year_text_title(value: dict, area_name: str = "") -> str:
    from lagesbild_desktop.domain.year_texts import BY_KEY

    section = value.get("section")
    found = BY_KEY.get(section) if isinstance(section, str) else None
    title = found.title if found else str(value.get("section"))
    if value.get("area_id") is not None:
        title = f"Områdestext {area_name or value.get('area') or '?'}"
    return f"{title} {value.get('year')}"


def _year_text_key(value: dict, area_uid: AreaUid) -> str | None:
    area_id = value["area_id"]
    uid = None if area_id is None else area_uid(area_id)
    if area_id is not None and uid is None:
        return None
    return year_texts.key_of(value["year"], value["section"], uid)


YEAR_TEXT = Kind(
    entity=year_texts.ENTITY, label="text i lägesbilden",
    fields=("year", "section", "area_id", "body", "vv"),
    select="SELECT id, iso_year, section, area_id, body, vv FROM year_texts ORDER BY id",
    problems=records.year_text_problems,
    title=_year_text_title,
    describe=lambda v: f"«{v['body'][:200]}»" if v.get("body") else "tom",
    key=_year_text_key,
    units={"": ("vv", ("body",))},
    write=_write_year_text, since=4, blank={"body": ""},
    signature="SELECT id, recorded_by, recorded_at FROM year_texts",
    area_fields=("area_id",), areas_optional=True,
)


# -- the district -----------------------------------------------------------------------------------

def _write_setting(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    district.save(store, wanted["key"], wanted["value"], context, version=chosen[""])


SETTING = Kind(
    entity=district.ENTITY, label="inställning",
    fields=("key", "value", "vv"),
    select="", read=lambda conn: [(s.id, s.key, s.value, s.vv) for s in district.all_settings(conn)],
    problems=records.setting_problems,
    title=lambda v: {"district": "stadsdelens namn", "place_recurrence": "återkommande plats"}.get(
        v.get("key"), f"{v.get('key')}"),
    describe=lambda v: str(v.get("value", "")),
    key=lambda v, area_uid: v["key"],
    units={"": ("vv", ("value",))},
    write=_write_setting, signed=False,
)

# -- the action plan: responsible organisations, measures and their follow-ups --------------------------

def _named_list_kind(names: named_lists.NamedList, label: str, problems, since: int) -> Kind:
    """An editable list of names (the name is the key in every database; its place and state change, and a
    name is renamed by adding the new one and deleting the old: deletions travel from format 9)."""

    def delete(store: Store, local: dict, version: Version, context: str) -> None:
        named_lists.delete(store, names, named_lists.by_name(store.conn, names, local["name"]), context,
                           version=version)

    def write(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
        old = named_lists.by_name(store.conn, names, wanted["name"])
        if old is None:
            named_lists.insert(store, names, wanted["name"], context, sort_order=wanted["sort_order"],
                               active=wanted["active"], version=chosen[""])
        else:
            named_lists.update(store, names, old, wanted, context, version=chosen[""])

    return Kind(
        entity=names.entity, label=label,
        fields=("name", "sort_order", "active", "vv"),
        select=named_lists.exchange_select(names),
        problems=problems,
        title=lambda v: f"{v.get('name')}",
        describe=lambda v: f"{v.get('name', '')}" + ("" if v.get("active", True) else " (inaktiv)"),
        key=lambda v, area_uid: v["name"],
        units={"": ("vv", ("sort_order", "active"))},
        write=write, signed=False, booleans=("active",),
        deletable=True, table=names.table, id_column="number", delete=delete, since=since, tombstones_since=9,
    )


RESPONSIBLE = _named_list_kind(named_lists.RESPONSIBLES, "ansvarig", records.responsible_problems, since=3)


def _measure_from(wanted: dict) -> measures.Measure:
    return measures.draft(uid=wanted["uid"], title=wanted["title"], description=wanted["description"],
                          areas=tuple(wanted["areas"]), priority_field=wanted["priority_field"], place=wanted["place"],
                          responsible=tuple(wanted["responsible"]), start=wanted["start"], end=wanted["end"],
                          term=wanted["term"], goal=wanted["goal"], next_follow_up=wanted["next_follow_up"])


def _write_measure(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    old = measures.by_uid(store.conn, wanted["uid"])
    if old is None:
        measures.insert(store, _measure_from(wanted), context, version=chosen[""], version_next=chosen["next"])
    else:
        measures.update(store, old, _measure_from(wanted), context, version=chosen[""], version_next=chosen["next"])


def _delete_measure(store: Store, local: dict, version: Version, context: str) -> None:
    measures.delete(store, measures.by_uid(store.conn, local["uid"]), context, version=version)


def _measure_described(value: dict) -> str:
    period = f"{value.get('start')}–{value.get('end') or ''}"
    parts = [f"«{value.get('title')}» {period}", f"{len(value.get('areas') or [])} områden"]
    if value.get("responsible"):
        parts.append("ansvariga " + ", ".join(value["responsible"]))
    if value.get("next_follow_up"):
        parts.append(f"uppföljning {value['next_follow_up']}")
    return ", ".join(parts)


MEASURE = Kind(
    entity=measures.ENTITY, label="åtgärd",
    fields=("uid", "title", "description", "areas", "priority_field", "place", "responsible", "start", "end", "term",
            "goal", "next_follow_up", "vv", "vv_next"),
    select="", read=measures.exchange_rows,  # areas and responsibles: lists
    problems=records.measure_problems,
    title=lambda v: f"«{v.get('title')}»",
    describe=_measure_described,
    key=lambda v, area_uid: v["uid"],
    # The next follow-up travels on its own: set at a meeting's follow-up, it does not conflict with a change
    # of the plan made elsewhere meanwhile.
    units={"": ("vv", ("title", "description", "areas", "priority_field", "place", "responsible", "start", "end",
                       "term", "goal")),
           "next": ("vv_next", ("next_follow_up",))},
    part_names={"next": "nästa uppföljning"},
    write=_write_measure, deletable=True, table="measures", key_from_row=lambda row, area_uid: row[1],
    since=3, tombstones_since=3, delete=_delete_measure,
    signature="SELECT id, recorded_by, recorded_at FROM measures",
)


def _write_follow_up(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version],
                     context: str) -> None:
    made = measures.follow_up_draft(uid=wanted["uid"], measure=wanted["measure"], date=wanted["date"],
                                    status=wanted["status"], comment=wanted["comment"], who=wanted["who"])
    old = measures.follow_up_by_uid(store.conn, wanted["uid"])
    if old is None:
        measures.insert_follow_up(store, made, context, version=chosen[""])
    else:
        measures.update_follow_up(store, old, made, context, version=chosen[""])


def _delete_follow_up(store: Store, local: dict, version: Version, context: str) -> None:
    measures.delete_follow_up(store, measures.follow_up_by_uid(store.conn, local["uid"]), context, version=version)


FOLLOW_UP = Kind(
    entity=measures.FOLLOW_UP_ENTITY, label="uppföljning",
    fields=("uid", "measure", "date", "status", "comment", "who", "vv"),
    select="", read=measures.follow_up_rows,
    problems=records.follow_up_problems,
    title=lambda v: f"{v.get('date')}",
    describe=lambda v: f"{v.get('date')} {v.get('status')}" + (f" «{v['comment']}»" if v.get("comment") else ""),
    key=lambda v, area_uid: v["uid"],
    units={"": ("vv", ("measure", "date", "status", "comment", "who"))},
    write=_write_follow_up, deletable=True, table="follow_ups", key_from_row=lambda row, area_uid: row[1],
    belongs_to=("measure", "measure"),
    since=3, tombstones_since=3, delete=_delete_follow_up,
    signature="SELECT id, recorded_by, recorded_at FROM follow_ups",
)

# -- key figures and their sources ----------------------------------------------------------------------

FIGURE_SOURCE = _named_list_kind(named_lists.FIGURE_SOURCES, "källa", records.figure_source_problems, since=5)


def _key_figure_key(value: dict, area_uid: AreaUid) -> str | None:
    area_id = value["area_id"]
    uid = None if area_id is None else area_uid(area_id)
    if area_id is not None and uid is None:
        return None
    return key_figures.key_of(value["source"], value["group"], value["measure"], uid, value["start"], value["end"])


def _write_key_figure(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version],
                      context: str) -> None:
    figure = key_figures.KeyFigure(0, wanted["source"], wanted["measure"], wanted["group"], wanted["area_id"],
                                   wanted["start"], wanted["end"], wanted["value"], wanted["unit"])
    area = areas.by_id(store.conn, wanted["area_id"]) if wanted["area_id"] is not None else None
    key_figures.save(store, figure, context, area_name=area.name if area else "", version=chosen[""])


def _delete_key_figure(store: Store, local: dict, version: Version, context: str) -> None:
    key_figures.delete(store, key_figures.by_id(store.conn, local["id"]), context, version=version)


KEY_FIGURE = Kind(
    entity=key_figures.ENTITY, label="nyckeltal",
    fields=("source", "measure", "group", "area_id", "start", "end", "value", "unit", "vv"),
    select="", read=key_figures.exchange_rows,
    problems=records.key_figure_problems,
    title=lambda v: f"{v.get('measure')} {v.get('start')}–{v.get('end')} ({v.get('source')})",
    describe=lambda v: f"{format_number(v['value'])} {v.get('unit', '')}".strip(),
    key=_key_figure_key,
    units={"": ("vv", ("value", "unit"))},
    write=_write_key_figure, deletable=True, table="key_figures",
    since=5, tombstones_since=6, delete=_delete_key_figure,
    signature="SELECT id, recorded_by, recorded_at FROM key_figures",
    area_fields=("area_id",), areas_optional=True,
)

# -- places -------------------------------------------------------------------------------------------

PLACE_KIND = _named_list_kind(named_lists.PLACE_KINDS, "slag av plats", records.place_kind_problems, since=8)


def _write_place(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    area = areas.by_id(store.conn, wanted["area_id"])
    place = places.draft(uid=wanted["uid"], name=wanted["name"], area_id=area.id, area=area.name,
                         kind=wanted["kind"], lat=wanted["lat"], lon=wanted["lon"], notes=wanted["notes"],
                         retired_from_year=wanted["retired_from_year"], priorities=dict(wanted["priorities"]))
    places.save(store, place, context, version=chosen[""])


def _place_described(value: dict) -> str:
    said = f"{value.get('name')} ({value.get('kind')})"
    if value.get("retired_from_year"):
        said += f", avvecklad från {value['retired_from_year']}"
    for year, reason in sorted((value.get("priorities") or {}).items()):
        said += f", prioriterad {year}: «{reason}»"
    return said


PLACE = Kind(
    entity=places.ENTITY, label="plats",
    fields=("uid", "name", "area_id", "kind", "lat", "lon", "notes", "retired_from_year", "priorities", "vv"),
    select="", read=places.exchange_rows,
    problems=records.place_problems,
    title=lambda v: f"{v.get('name')}",
    describe=_place_described,
    key=lambda v, area_uid: v["uid"],
    units={"": ("vv", ("name", "area_id", "kind", "lat", "lon", "notes", "retired_from_year", "priorities"))},
    write=_write_place, key_from_row=lambda row, area_uid: row[1], since=8,
    signature="SELECT id, recorded_by, recorded_at FROM places",
    area_fields=("area_id",),
)


# -- the areas' boundaries (the map) -------------------------------------------------------------------

def _write_boundary(store: Store, local: dict | None, wanted: dict, chosen: dict[str, Version], context: str) -> None:
    area = areas.by_id(store.conn, wanted["area_id"])
    boundaries.save(store, area.id, wanted["polygons"], wanted["source"], f"Gräns {area.name}", context,
                    version=chosen[""])


def _polygons_in_words(value: dict) -> str:
    count = len(value.get("polygons") or [])
    return f"{count} {'polygon' if count == 1 else 'polygoner'} ur {value.get('source') or 'en fil'}"


def _boundary_key(value: dict, area_uid: AreaUid) -> str | None:
    return area_uid(value["area_id"])


AREA_BOUNDARY = Kind(
    entity=boundaries.ENTITY, label="områdesgräns",
    fields=("area_id", "polygons", "source", "vv"),
    select="", read=boundaries.exchange_rows,
    problems=records.boundary_problems,
    title=lambda v: f"{v.get('area') or v.get('area_id')}",
    describe=lambda v: _polygons_in_words(v),
    key=_boundary_key,
    units={"": ("vv", ("polygons", "source"))},
    write=_write_boundary, since=7,
    signature="SELECT area_id, recorded_by, recorded_at FROM area_boundaries",
    area_fields=("area_id",),
)

# In the order a merge writes them: what others refer to comes first.
KINDS: tuple[Kind, ...] = (SETTING, CATEGORY, RESPONSIBLE, AREA, ASSESSMENT, INCIDENT, PRIORITY_FIELD, WEEK_NOTE,
                           MEASURE, FOLLOW_UP, YEAR_TEXT, FIGURE_SOURCE, KEY_FIGURE, AREA_BOUNDARY, PLACE_KIND,
                           PLACE)
BY_ENTITY = {kind.entity: kind for kind in KINDS}


def guard(entity: str, value: dict, context: str) -> None:
    """The kind's rules for a value about to be logged and stored (Store.rules): whichever entrance it came
    through (window, command line, import, exchange), a record that breaks them is refused and the
    transaction rolled back. A personal identity number passes only where the context says the user
    chose to keep it."""
    kind = BY_ENTITY.get(entity)
    if kind is None:
        return
    problems = kind.problems(value, KEPT_ON_PURPOSE in context)
    if not problems:
        return
    if all(records.is_personal(problem) for problem in problems):
        labels = "; ".join(problem.split(records.PERSONAL)[0].strip() for problem in problems)
        raise PersonalDataFound(f"{labels} {records.PERSONAL}. Inget har sparats: ta bort det")
    raise InvalidInput(f"{kind.label.capitalize()} {kind.title(value)}: " + "; ".join(problems)
                       + ". Inget har sparats")


def settle(store: Store, context: str) -> None:
    """What a merge leaves that no record alone can settle, once every kind is written: follow-ups of a
    measure that is no longer here (deleted on one workstation while another followed it up) go the way
    their measure went, as its follow-ups do when it is deleted here: logged, each with a tombstone, so
    the deletion travels back."""
    for follow_up in measures.orphaned_follow_ups(store.conn):
        measures.delete_follow_up(store, follow_up, f"{context}; åtgärden är borttagen")


def origin_versions(kind: Kind, value: dict, area_uid: AreaUid = lambda _id: None) -> dict[str, str]:
    """The versions a record gets when it is given to every database alike (domain.versions.origin):
    default records of a new database, and records of a database upgraded to versions. A part with no
    content (a week note's empty text) has never been written: no version."""
    key = kind.key(value, area_uid)
    made = {}
    for unit in kind.units:
        content = kind.content(value, unit, area_uid)
        empty = len(kind.units) > 1 and all(item in ("", None) for item in content)
        made[unit] = "" if empty else origin(kind.entity, key, [unit, *content])
    return made


def delete(store: Store, kind: Kind, local: dict, version: Version, context: str) -> None:
    """Delete a record held here (a deletion that arrived, or chosen in a conflict)."""
    kind.delete(store, local, version, context)


def bury(store: Store, kind: Kind, key: str, local_id: int | None, value: dict | None, version: Version,
         context: str) -> None:
    """Record a deletion of a record not held here: one deleted before it came here, or one whose
    deletion a conflict's choice confirms again (its tombstone gets the new version)."""
    conn = store.conn
    if local_id is None and kind is ASSESSMENT:  # a grade's id is its area-week here (the merge checked both)
        area_uid, year, week = assessments.parse_key(key)
        local_id = assessments.cell_id(areas.by_uid(conn, area_uid).id, year, week)
    elif local_id is None:
        local_id = version_store.next_local_id(conn, kind.table, kind.entity, kind.id_column)
    head = audit.next_entry(conn)
    vv = version_store.resolve(conn, version, head[0])
    version_store.bury(conn, kind.entity, key, local_id, vv, value)
    audit.append(store, action="delete", entity=kind.entity, entity_id=local_id,
                 summary=f"{kind.label.capitalize()} {kind.title(value or {})}", old=value, new={"vv": vv, "key": key},
                 context=context, head=head)


def held(conn: sqlite3.Connection, kind: Kind) -> dict[int, dict]:
    """The records of a kind held here, by local id, each as a value with its "id"."""
    return {row[0]: kind.value(row) | {"id": row[0]} for row in kind.rows(conn)}


def described(entity: str, value: dict | None) -> str:
    """A logged value as a person reads it ("4 «bränder vid torget»"), for any kind."""
    if not value:
        return "–"
    kind = BY_ENTITY.get(entity)
    if kind is None or set(value) <= {"vv", "key"}:  # nothing but versions: a deletion's new state
        return "–"
    try:
        return kind.describe(value)
    except (KeyError, TypeError):  # an entry written by an older program, with fewer fields
        return str({key: item for key, item in value.items() if key != "vv"})
