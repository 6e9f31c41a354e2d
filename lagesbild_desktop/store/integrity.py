"""`lagesbild check`: the file, the audit chain, and the data against the audit log."""

import sqlite3
from dataclasses import dataclass, field

from lagesbild_desktop.store import areas, assessments, audit, incidents

_ENTITY_NAMES = {"assessment": "bedömning", "incident": "händelse", "area": "område"}


@dataclass
class CheckReport:
    file_problems: list[str] = field(default_factory=list)
    chain_problems: list[str] = field(default_factory=list)
    data_problems: list[str] = field(default_factory=list)
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not (self.file_problems or self.chain_problems or self.data_problems)


def check(conn: sqlite3.Connection) -> CheckReport:
    report = CheckReport()
    results = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if results != ["ok"]:
        report.file_problems.extend(f"filen: {text}" for text in results)
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        report.file_problems.append(f"filen: rad {rowid} i {table} pekar på en saknad rad i {parent}")
    report.chain_problems = [problem.message for problem in audit.verify_chain(conn)]
    report.audit_entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    for entity, rows, tracked in (
        ("area", areas.all_areas(conn), areas.TRACKED),
        ("assessment", assessments.all_rows(conn), assessments.TRACKED),
        ("incident", incidents.all_rows(conn), incidents.TRACKED),
    ):
        report.data_problems.extend(_compare_with_log(conn, entity, rows, tracked))
    return report


def _compare_with_log(conn, entity, rows, tracked) -> list[str]:
    """Each record must equal what its newest audit entry says it became."""
    name = _ENTITY_NAMES[entity]
    logged = audit.latest_values(conn, entity)
    problems = []
    present = set()
    for row in rows:
        present.add(row.id)
        current = row.value()
        entry = logged.get(row.id)
        label = f"{name} {row.id}"
        if entry is None:
            problems.append(f"{label} ({_describe(current)}) saknas i ändringsloggen")
            continue
        entry_id, action, value = entry
        if action == "delete":
            problems.append(f"{label} finns kvar fast loggpost {entry_id} säger att den togs bort")
        elif value is None or any(current.get(key) != value.get(key) for key in tracked):
            problems.append(
                f"{label} ({_describe(current)}) stämmer inte med loggpost {entry_id}: ändrad utanför programmet"
            )
    for entity_id, (entry_id, action, value) in logged.items():
        if entity_id not in present and action != "delete":
            problems.append(f"{name} {entity_id} ({_describe(value or {})}) enligt loggpost {entry_id} saknas: "
                            "borttagen utanför programmet")
    return problems


def _describe(value: dict) -> str:
    if "week" in value:
        return f"{value.get('area')} {value.get('year')} v{value.get('week')}"
    if "date" in value:
        return f"{value.get('area')} {value.get('date')}"
    return str(value.get("name", ""))
