"""The exchange file (docs/exchange-format.md): writing it, and reading one back into plain rows.

Reading checks the file's shape only — every section, column and row where it should be, with the
types a row needs to be read at all — and names every problem. Whether the records follow the
program's rules and agree with the file's own audit log needs the database: services/exchange/verify.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lagesbild_desktop import __version__, osenv
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.output import write_atomically
from lagesbild_desktop.store import versions
from lagesbild_desktop.store.database import Store
from lagesbild_desktop.store.kinds import KINDS

FORMAT, VERSION = "lagesbild-utbyte", 2
LOG_FIELDS = ("id", "at", "os_user", "action", "entity", "entity_id", "summary", "old_value", "new_value",
              "context", "prev_hash", "hash")
TOMBSTONE_FIELDS = ("id", "key", "vv", "value")
ENTRY = "entry"  # the last column of a record row: the id of its newest entry in the file's log
MAX_PROBLEMS = 40  # lines shown; the rest are counted


class ExchangeRefused(InvalidInput):
    """The file cannot be merged; nothing was written. One Swedish line per problem."""

    def __init__(self, source: str, problems: list[str]):
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        lines = [f"{source}: {problem}" for problem in shown]
        if more:
            lines.append(f"{source}: … och {more} problem till")
        super().__init__("\n".join(lines + [f"{source}: utbytesfilen lästes inte in; databasen är oförändrad"]))
        self.source = source
        self.problems = problems


@dataclass
class ExchangeFile:
    """One exchange file, read: rows as the file holds them (lists), per record kind."""

    source: str  # the file's name, for messages
    version: int
    peer: str  # the replica id of the database that wrote it (version 1: its database id)
    exported_at: str
    exported_by: str
    district: str
    records: dict[str, list[list]] = field(default_factory=dict)  # entity -> rows ("id", *fields, ENTRY)
    tombstones: dict[str, list[list]] = field(default_factory=dict)  # entity -> rows TOMBSTONE_FIELDS
    log: list[list] = field(default_factory=list)  # rows LOG_FIELDS, in id order

    @property
    def legacy(self) -> bool:
        """A version 1 file: no versions and no record ids; merged as by the program that wrote it."""
        return self.version == 1


# -- writing ----------------------------------------------------------------------------------------

def export_exchange(store: Store, out: Path | str) -> Path:
    """Everything this database holds, with its whole audit log, in one file. One read transaction."""
    from lagesbild_desktop.services.exchange.logindex import newest_entries

    conn = store.conn
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    try:
        newest = newest_entries(conn.execute(
            "SELECT id, action, entity, entity_id, CASE WHEN entity_id = 0 THEN new_value END FROM audit_log"
            " ORDER BY id"))
        records, tombstones = {}, {}
        for kind in KINDS:
            rows = kind.rows(conn)
            records[kind.entity] = {"fields": [*kind.row_fields, ENTRY],
                                    "rows": [[*row, _last(newest.get((kind.entity, row[0])))] for row in rows]}
            if kind.deletable:
                tombstones[kind.entity] = {"fields": list(TOMBSTONE_FIELDS), "rows": [
                    [stone.local_id, stone.key, stone.vv, stone.value]
                    for stone in versions.tombstones(conn, kind.entity)]}
        data = {
            "format": FORMAT, "version": VERSION, "program": __version__,
            "database_id": versions.replica(conn),
            "district": store.setting("district", ""), "exported_at": osenv.now().isoformat(timespec="seconds"),
            "exported_by": osenv.current_user(),
            "records": records, "tombstones": tombstones,
            "audit_log": {"fields": list(LOG_FIELDS), "rows": [list(row) for row in conn.execute(
                f"SELECT {', '.join(LOG_FIELDS)} FROM audit_log ORDER BY id")]},
        }
    finally:
        if own_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")

    def build(target: Path) -> None:
        with open(target, "w", encoding="utf-8") as file:
            file.write(_dumped(data))

    return write_atomically(build, out, "Utbytesfilen")


def _dumped(value) -> str:
    """JSON with one row of a table per line: a person can read it, and a changed value is one line."""
    if isinstance(value, dict) and isinstance(value.get("rows"), list):
        rows = ",\n".join(_ENCODER.encode(row) for row in value["rows"])
        return f'{{"fields":{_ENCODER.encode(value["fields"])},"rows":[\n{rows}]}}'
    if isinstance(value, dict):
        return "{" + ",\n".join(f"{_ENCODER.encode(key)}:{_dumped(item)}" for key, item in value.items()) + "}"
    return _ENCODER.encode(value)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _last(entries: list[int] | None) -> int | None:
    return entries[-1] if entries else None


# -- reading ----------------------------------------------------------------------------------------

def is_exchange_file(head: bytes) -> bool:
    return head.lstrip()[:1] == b"{" and FORMAT.encode() in head[:400]


def read_exchange(path: Path | str) -> ExchangeFile:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path.name}: filen kan inte läsas ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ExchangeRefused(path.name, [f"ingen läsbar utbytesfil (JSON: {exc})"]) from exc
    return parse_exchange(data, path.name)


def parse_exchange(data: object, source: str) -> ExchangeFile:
    """The file's content as rows, or ExchangeRefused naming every problem of its shape."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeRefused(source, ["ingen utbytesfil från Lägesbild Desktop"])
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise ExchangeRefused(source, [f"utbytesfilen har en ogiltig version ({str(version)[:20]})"])
    if version > VERSION:
        raise ExchangeRefused(source, [f"utbytesfilen har version {version}, programmet läser till och med version "
                                       f"{VERSION}: uppdatera programmet"])
    if version == 1:
        from lagesbild_desktop.services.exchange.legacy import parse_version_1

        return parse_version_1(data, source)
    problems: list[str] = []
    peer = data.get("database_id")
    if not (isinstance(peer, str) and versions_pattern(peer)):
        problems.append(f"databasens id '{str(peer)[:40]}' är ogiltigt")
    file = ExchangeFile(source, version, peer if isinstance(peer, str) else "",
                        _text(data, "exported_at", problems), _text(data, "exported_by", problems),
                        _text(data, "district", problems))
    sections = data.get("records")
    if not isinstance(sections, dict):
        problems.append("avsnittet 'records' saknas eller är inte ett objekt")
        sections = {}
    for kind in KINDS:
        file.records[kind.entity] = _table(sections.get(kind.entity), f"records.{kind.entity}",
                                           (*kind.row_fields, ENTRY), problems, _record_row_problem)
    unknown = sorted(set(sections) - {kind.entity for kind in KINDS})
    if unknown:
        problems.append(f"okända slag av poster: {', '.join(unknown)} (från en nyare version av programmet?)")
    buried = data.get("tombstones")
    if not isinstance(buried, dict):
        problems.append("avsnittet 'tombstones' saknas eller är inte ett objekt")
        buried = {}
    for kind in KINDS:
        if kind.deletable:
            file.tombstones[kind.entity] = _table(buried.get(kind.entity), f"tombstones.{kind.entity}",
                                                  TOMBSTONE_FIELDS, problems, _tombstone_row_problem)
    file.log = _table(data.get("audit_log"), "audit_log", LOG_FIELDS, problems, _log_row_problem)
    if problems:
        raise ExchangeRefused(source, problems)
    return file


def versions_pattern(text: str) -> bool:
    from lagesbild_desktop.domain.versions import REPLICA_PATTERN

    return bool(REPLICA_PATTERN.fullmatch(text))


def _text(data: dict, key: str, problems: list[str]) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        problems.append(f"'{key}' saknas eller är ingen text")
        return ""
    return value


def _table(section: object, name: str, fields: tuple[str, ...], problems: list[str], row_problem) -> list[list]:
    """The rows of a {"fields": [...], "rows": [[...], ...]} section whose fields are exactly `fields`."""
    if not isinstance(section, dict):
        problems.append(f"avsnittet '{name}' saknas eller är inte ett objekt")
        return []
    if section.get("fields") != list(fields):
        problems.append(f"avsnittet '{name}' har kolumnerna {str(section.get('fields'))[:200]}, "
                        f"väntade {list(fields)}")
        return []
    rows = section.get("rows")
    if not isinstance(rows, list):
        problems.append(f"avsnittet '{name}' har inga rader (\"rows\" saknas eller är ingen lista)")
        return []
    good = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(fields):
            problems.append(f"{name} rad {number}: {len(fields)} värden väntades")
            continue
        problem = row_problem(row)
        if problem:
            problems.append(f"{name} rad {number}: {problem}")
            continue
        good.append(row)
    return good


def _record_row_problem(row: list) -> str | None:
    if type(row[0]) is not int or row[0] < 1:
        return f"id '{str(row[0])[:20]}' är inget positivt heltal"
    if row[-1] is not None and (type(row[-1]) is not int or row[-1] < 1):
        return f"loggposten '{str(row[-1])[:20]}' är inget positivt heltal"
    return None


def _tombstone_row_problem(row: list) -> str | None:
    if type(row[0]) is not int or row[0] < 1:
        return f"id '{str(row[0])[:20]}' är inget positivt heltal"
    if not isinstance(row[1], str) or not row[1] or len(row[1]) > 200:
        return "nyckeln är ogiltig"
    if row[3] is not None and not isinstance(row[3], dict):
        return "det senaste värdet är inget objekt"
    return None


def _log_row_problem(row: list) -> str | None:
    if type(row[0]) is not int or type(row[5]) is not int:
        return "id och entity_id måste vara heltal"
    if row[3] not in ("create", "update", "delete"):
        return f"okänd handling '{str(row[3])[:20]}'"
    for index in (1, 2, 4, 6, 9, 10, 11):
        if not isinstance(row[index], str):
            return f"'{LOG_FIELDS[index]}' är ingen text"
    for index in (7, 8):
        if row[index] is not None and not isinstance(row[index], str):
            return f"'{LOG_FIELDS[index]}' är ingen text"
    return None
