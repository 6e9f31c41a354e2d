"""`lagesbild check`: the file, the audit chain, and the data against the audit log.

All of it is read in one read transaction, so that a program writing at the
same time cannot make the data and the log look as if they disagree.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from lagesbild_desktop.domain.areas import swedish_sort_key
from lagesbild_desktop.domain.isoweek import week_of
from lagesbild_desktop.store import areas, audit, incidents, kinds, versions
from lagesbild_desktop.store.fileuri import connect_readonly


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

    area_names = {area.id: area.name for area in areas.all_areas(conn)}
    for kind in kinds.KINDS:
        report.data_problems.extend(_compare_with_log(conn, kind, area_names))
    # Columns derived from others must agree with them.
    for area in areas.all_areas(conn):
        if area.sort_key != swedish_sort_key(area.name):
            report.data_problems.append(f"område {area.id} ({area.name}): sorteringsnyckeln är ändrad")
    for row in incidents.all_rows(conn):
        if (row.year, row.week) != tuple(week_of(_date(row.date))):
            report.data_problems.append(
                f"händelse {row.id} ({row.area} {row.date}): veckan {row.year}-v{row.week} stämmer inte med datumet")
    return report


def _date(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


def logged_field(entry: audit.LoggedState, name: str):
    """What an entry says a field of its record holds."""
    return entry.new.get(name) if entry.new is not None else None


def _compare_with_log(conn: sqlite3.Connection, kind: kinds.Kind, area_names: dict[int, str]) -> list[str]:
    """Each record must equal what its newest audit entry says it became (and who made it, when);
    each tombstone must be a deletion its newest entry records."""
    name = kind.label
    logged = audit.latest_entries(conn, kind.entity)
    signatures = {row[0]: (row[1], row[2]) for row in conn.execute(kind.signature)} if kind.signed else {}
    numbered = dict(conn.execute(kind.numbered)) if kind.numbered else {}
    problems = []
    present = set()

    def label(record_id: int, value: dict) -> str:
        if "area_id" in value:
            value = {**value, "area": area_names.get(value["area_id"], f"område {value['area_id']}")}
        return f"{name} {record_id} ({kind.title(value)})"

    for row in kind.rows(conn):
        present.add(row[0])
        current = kind.value(row)
        entry = logged.get(row[0])
        if entry is None:
            problems.append(f"{label(row[0], current)} saknas i ändringsloggen")
            continue
        if entry.action == "delete":
            problems.append(f"{label(row[0], current)} finns kvar fast loggpost {entry.id} säger att den togs bort")
        elif entry.new is None or any(current[field] != logged_field(entry, field) for field in kind.fields):
            problems.append(f"{label(row[0], current)} stämmer inte med loggpost {entry.id}: ändrad utanför programmet")
        elif kind.signed and signatures.get(row[0]) != (entry.os_user, entry.at):
            problems.append(f"{label(row[0], current)}: vem eller när stämmer inte med loggpost {entry.id}")
        elif numbered and numbered.get(row[0]) != entry.id:
            problems.append(f"{label(row[0], current)}: versionen stämmer inte med loggpost {entry.id}")
    buried = {stone.local_id: stone for stone in versions.tombstones(conn, kind.entity)} if kind.deletable else {}
    for local_id, stone in buried.items():
        entry = logged.get(local_id)
        if entry is None or entry.action != "delete" or logged_field(entry, "vv") != stone.vv \
                or logged_field(entry, "key") != stone.key:
            problems.append(f"{label(local_id, stone.value or {})}: borttagningen stämmer inte med ändringsloggen")
    for entity_id, entry in logged.items():
        if entity_id not in present and entry.action != "delete":
            problems.append(f"{label(entity_id, dict(entry.new or {}))} enligt loggpost {entry.id} saknas: "
                            "borttagen utanför programmet")
    return problems


def _compare_with_anchor(conn: sqlite3.Connection, anchor: Path) -> list[str]:
    """The newest entry of an earlier backup must still stand, unchanged, in the current log.

    The chain alone cannot show that its newest entries were removed together
    with the changes they record; a backup taken earlier can.
    """
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
