"""`lagesbild check`: the file, the audit chain, and the data against the audit log.

All of it is read in one read transaction, so that a program writing at the
same time cannot make the data and the log look as if they disagree.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from lagesbild_desktop.domain.areas import swedish_sort_key
from lagesbild_desktop.domain.isoweek import week_of
from lagesbild_desktop.store import areas, assessments, audit, incidents, report_texts

_ENTITY_NAMES = {"assessment": "bedömning", "incident": "händelse", "area": "område",
                 "priority_field": "prioriterat område", "week_note": "veckomötets anteckning"}


@dataclass
class CheckReport:
    file_problems: list[str] = field(default_factory=list)
    chain_problems: list[str] = field(default_factory=list)
    data_problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    anchored_to: str | None = None  # the backup whose log the current log was compared with

    @property
    def ok(self) -> bool:
        return not (self.file_problems or self.chain_problems or self.data_problems)

    @property
    def problems(self) -> list[str]:
        return self.file_problems + self.chain_problems + self.data_problems


def check(conn: sqlite3.Connection, anchor: Path | None = None) -> CheckReport:
    """Check the open database; `anchor` is an earlier backup whose audit log must still be there."""
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    try:
        return _check(conn, anchor)
    finally:
        if own_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")


def _check(conn: sqlite3.Connection, anchor: Path | None) -> CheckReport:
    report = CheckReport()
    results = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if results != ["ok"]:
        report.file_problems.extend(f"filen: {text}" for text in results)
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        report.file_problems.append(f"filen: rad {rowid} i {table} pekar på en saknad rad i {parent}")
    report.chain_problems = [problem.message for problem in audit.verify_chain(conn)]
    report.audit_entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if anchor is not None:
        report.anchored_to = anchor.name
        report.chain_problems.extend(_compare_with_anchor(conn, anchor))

    area_rows = areas.all_areas(conn)
    report.data_problems.extend(_compare_with_log(
        conn, "area", area_rows, lambda area: areas.value_of(conn, area), areas.TRACKED))
    report.data_problems.extend(_compare_with_log(
        conn, "assessment", assessments.all_rows(conn), lambda row: row.value(), assessments.TRACKED,
        signed=True, area_names={area.id: area.name for area in area_rows}))
    incident_rows = incidents.all_rows(conn)
    report.data_problems.extend(_compare_with_log(
        conn, "incident", incident_rows, lambda row: row.value(), incidents.TRACKED, signed=True))
    report.data_problems.extend(_compare_with_log(
        conn, "priority_field", report_texts.all_fields(conn), lambda row: row.value(), report_texts.FIELD_TRACKED,
        signed=True))
    report.data_problems.extend(_compare_with_log(
        conn, "week_note", report_texts.all_week_notes(conn), lambda row: row.value(), report_texts.WEEK_TRACKED,
        signed=True))
    # Columns derived from others must agree with them.
    for area in area_rows:
        if area.sort_key != swedish_sort_key(area.name):
            report.data_problems.append(f"område {area.id} ({area.name}): sorteringsnyckeln är ändrad")
    for row in incident_rows:
        if (row.year, row.week) != tuple(week_of(_date(row.date))):
            report.data_problems.append(
                f"händelse {row.id} ({row.area} {row.date}): veckan {row.year}-v{row.week} stämmer inte med datumet")
    return report


def _date(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


def _compare_with_log(conn, entity, rows, value_of, tracked, signed: bool = False,
                      area_names: dict[int, str] | None = None) -> list[str]:
    """Each record must equal what its newest audit entry says it became (and who made it, when).

    area_names: for entries that name an area only by id (an import's one entry for all its grades).
    """
    name = _ENTITY_NAMES[entity]
    logged = audit.latest_entries(conn, entity)
    problems = []
    present = set()
    for row in rows:
        present.add(row.id)
        current = value_of(row)
        entry = logged.get(row.id)
        label = f"{name} {row.id} ({_describe(current)})"
        if entry is None:
            problems.append(f"{label} saknas i ändringsloggen")
            continue
        if entry.action == "delete":
            problems.append(f"{label} finns kvar fast loggpost {entry.id} säger att den togs bort")
        elif entry.new is None or any(current.get(key) != entry.new.get(key) for key in tracked):
            problems.append(f"{label} stämmer inte med loggpost {entry.id}: ändrad utanför programmet")
        elif signed and (row.recorded_by, row.recorded_at) != (entry.os_user, entry.at):
            problems.append(f"{label}: vem eller när stämmer inte med loggpost {entry.id}")
        elif entity == "assessment" and row.version != entry.id:
            problems.append(f"{label}: versionen stämmer inte med loggpost {entry.id}")
    for entity_id, entry in logged.items():
        if entity_id not in present and entry.action != "delete":
            value = dict(entry.new or {})
            if "area" not in value and "area_id" in value and area_names:
                value["area"] = area_names.get(value["area_id"], f"område {value['area_id']}")
            problems.append(f"{name} {entity_id} ({_describe(value)}) enligt loggpost {entry.id} saknas: "
                            "borttagen utanför programmet")
    return problems


def _compare_with_anchor(conn: sqlite3.Connection, anchor: Path) -> list[str]:
    """The newest entry of an earlier backup must still stand, unchanged, in the current log.

    The chain alone cannot show that its newest entries were removed together
    with the changes they record; a backup taken earlier can.
    """
    from lagesbild_desktop.store.fileuri import connect_readonly

    try:
        backup = connect_readonly(anchor)
        try:
            last = backup.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            backup.close()
    except sqlite3.Error:
        return []  # an unreadable backup proves nothing either way; `restore` reports on backups
    if last is None:
        return []
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [last[0]]).fetchone()
    if row is None:
        return [f"loggpost {last[0]} finns i säkerhetskopian {anchor.name} men saknas nu (borttagen)"]
    if row[0] != last[1]:
        return [f"loggpost {last[0]} skiljer sig från säkerhetskopian {anchor.name} (ändrad)"]
    return []


def _describe(value: dict) -> str:
    if "field" in value:
        return f"{value.get('year')} område {value.get('field')}"
    if "week" in value and "area" not in value:
        return f"{value.get('year')} v{value.get('week')}"
    if "week" in value:
        return f"{value.get('area')} {value.get('year')} v{value.get('week')}"
    if "date" in value:
        return f"{value.get('area')} {value.get('date')}"
    return str(value.get("name", ""))
