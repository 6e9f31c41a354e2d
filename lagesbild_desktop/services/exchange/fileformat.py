"""The exchange file (docs/exchange-format.md): writing it, and reading one back into plain rows.

Reading checks the file's shape only — every section, column and row where it should be, with the
types a row needs to be read at all — and names every problem. Whether the records follow the
program's rules and agree with the file's own audit log needs the database: services/exchange/verify.py.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from lagesbild_desktop import __version__, osenv
from lagesbild_desktop.domain.versions import REPLICA_PATTERN
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.exchange.logindex import newest_entries
from lagesbild_desktop.services.output import write_atomically
from lagesbild_desktop.store import audit, identity, versions
from lagesbild_desktop.store.connection import Store, one_snapshot
from lagesbild_desktop.store.kinds import KINDS

# The format's version is the newest version a kind of the registry names (its records, later fields or
# deletions came with it: Kind.since, later_since, tombstones_since).
FORMAT, VERSION = "lagesbild-utbyte", max(max(kind.since, kind.later_since, kind.tombstones_since) for kind in KINDS)
LOG_FIELDS = audit.ENTRY_FIELDS  # the log's entries travel as they are stored: their hashes cover them
TOMBSTONE_FIELDS = ("id", "key", "vv", "value")
ENTRY = "entry"  # the last column of a record row: the id of its newest entry in the file's log
_TOP_KEYS = {"format", "version", "program", "database_id", "district", "exported_at", "exported_by", "records",
             "tombstones", "audit_log"}
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
    # The log's rows as the file wrote them, one per line (see log_lines); None if it is laid out otherwise.
    log_text: list[bytes] | None = None

    @property
    def legacy(self) -> bool:
        """A version 1 file: no versions and no record ids; merged as by the program that wrote it."""
        return self.version == 1


# -- writing ----------------------------------------------------------------------------------------

def export_exchange(store: Store, out: Path | str) -> Path:
    """Everything this database holds, with its whole audit log, in one file. One read transaction."""
    with one_snapshot(store.conn) as conn:
        newest = newest_entries(audit.what_each_entry_touched(conn))
        records, tombstones = {}, {}
        for kind in KINDS:
            rows = kind.rows(conn)
            records[kind.entity] = {"fields": [*kind.row_fields, ENTRY],
                                    "rows": [[*row, _last(newest.get(kind.entity, {}).get(row[0]))] for row in rows]}
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
            "audit_log": {"fields": list(LOG_FIELDS), "rows": [list(row) for row in audit.all_entries(conn)]},
        }

    def build(target: Path) -> None:
        with open(target, "w", encoding="utf-8") as file:
            file.write(_dumped(data))

    written = write_atomically(build, out, "Utbytesfilen")
    rows = data["audit_log"]["rows"]
    # A database folder that cannot be written cannot take the note: nor any new change to remember it for.
    with contextlib.suppress(OSError):
        identity.note_sent(store, data["database_id"], rows[-1][0] if rows else 0)
    return written


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

UTF8_BOM = b"\xef\xbb\xbf"  # Windows editors (Notepad) save UTF-8 with it


def is_exchange_file(head: bytes) -> bool:
    head = head.removeprefix(UTF8_BOM)
    return head.lstrip()[:1] == b"{" and FORMAT.encode() in head[:400]


_LOG_START = b'"audit_log":{"fields":'
_ROWS_START = b'"rows":[\n'


def log_lines(raw: bytes, count: int) -> list[bytes] | None:
    """The log's rows as they stand in the file, if it is laid out as export_exchange writes it.

    A row's JSON text, without its last two fields, is what its hash covers (store/audit.py encodes
    with the same settings), so the chain can be checked without encoding every entry again. The text
    must be the log the JSON reader returned, not a copy elsewhere in the file: export_exchange writes
    it as the file's last member, so its object is followed by nothing but the file's closing brace —
    which no other object that holds such a text can be (a nested one is followed by more closing
    brackets, and one that closes earlier leaves more lines than rows). Inside JSON text a line break
    only stands between rows. Anything unexpected: None, and each entry is encoded again instead; a
    line that does not hash right is encoded again too before the file is refused.
    """
    body = raw.rstrip(b" \t\r\n")
    if not body.endswith(b"]}}") or not count:
        return None
    start = body.rfind(_LOG_START)
    rows_at = body.find(_ROWS_START, start) if start >= 0 else -1
    if rows_at < 0:
        return None
    lines = body[rows_at + len(_ROWS_START):-3].split(b",\n")
    return lines if len(lines) == count else None


def format_version(data: object, source: str) -> int:
    """The file's format version, if it is an exchange file this program reads; else ExchangeRefused."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeRefused(source, ["ingen utbytesfil från Lägesbild Desktop"])
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise ExchangeRefused(source, [f"utbytesfilen har en ogiltig version ({str(version)[:20]})"])
    if version > VERSION:
        raise ExchangeRefused(source, [f"utbytesfilen har version {version}, programmet läser till och med version "
                                       f"{VERSION}: uppdatera programmet"])
    return version


def parse_current(data: dict, source: str) -> ExchangeFile:
    """A file of the current format version as rows, or ExchangeRefused naming every problem of its shape."""
    version = data["version"] if data.get("version") in range(2, VERSION + 1) else VERSION
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
        if kind.entity not in sections and version < kind.since:
            file.records[kind.entity] = []
            continue
        section = sections.get(kind.entity)
        given = section.get("fields") if isinstance(section, dict) else None
        if kind.later and version < kind.later_since and given != [*kind.row_fields, ENTRY]:
            older = tuple(name for name in kind.row_fields if name not in kind.later)
            rows = _table(section, f"records.{kind.entity}", (*older, ENTRY), problems)
            places = [kind.row_fields.index(name) for name in kind.later]
            for row in rows:
                for place in places:
                    row.insert(place, None)
            file.records[kind.entity] = rows
            continue
        file.records[kind.entity] = _table(sections.get(kind.entity), f"records.{kind.entity}",
                                           (*kind.row_fields, ENTRY), problems)
    unknown = sorted(set(sections) - {kind.entity for kind in KINDS})
    if unknown:
        problems.append(f"okända slag av poster: {', '.join(map(str, unknown))} (från en nyare version av "
                        "programmet?)")
    strange = sorted(set(data) - _TOP_KEYS)
    if strange:
        problems.append(f"okända nycklar i filen: {', '.join(map(str, strange))[:200]}")
    buried = data.get("tombstones")
    if not isinstance(buried, dict):
        problems.append("avsnittet 'tombstones' saknas eller är inte ett objekt")
        buried = {}
    for kind in KINDS:
        if kind.deletable and kind.entity not in buried and version < kind.tombstones_since:
            file.tombstones[kind.entity] = []
        elif kind.deletable:
            file.tombstones[kind.entity] = _table(buried.get(kind.entity), f"tombstones.{kind.entity}",
                                                  TOMBSTONE_FIELDS, problems, TOMBSTONE_TYPES)
    file.log = _table(data.get("audit_log"), "audit_log", LOG_FIELDS, problems)
    if problems:
        raise ExchangeRefused(source, problems)
    return file


def versions_pattern(text: str) -> bool:
    return bool(REPLICA_PATTERN.fullmatch(text))


def _text(data: dict, key: str, problems: list[str]) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        problems.append(f"'{key}' saknas eller är ingen text")
        return ""
    return value


_NONE = type(None)
# The types a tombstone's columns must have to be read at all. A record row's values are checked by the
# rules when they differ from here (its id and entry first, against the log), and a log row's by the
# chain check, which reads every row anyway (services/exchange/verify.py).
TOMBSTONE_TYPES = (int, str, str, (dict, _NONE))
ACTIONS = frozenset(("create", "update", "delete"))


def _table(section: object, name: str, fields: tuple[str, ...], problems: list[str],
           types: tuple | None = None) -> list[list]:
    """The rows of a {"fields": [...], "rows": [[...], ...]} section whose fields are exactly `fields`."""
    if not isinstance(section, dict):
        problems.append(f"avsnittet '{name}' saknas eller är inte ett objekt")
        return []
    if set(section) != {"fields", "rows"} or section.get("fields") != list(fields):
        problems.append(f"avsnittet '{name}' har kolumnerna {str(section.get('fields'))[:200]}, "
                        f"väntade {list(fields)}")
        return []
    rows = section.get("rows")
    if not isinstance(rows, list):
        problems.append(f"avsnittet '{name}' har inga rader (\"rows\" saknas eller är ingen lista)")
        return []
    width = len(fields)
    # Only the columns the program reads before it checks a row's values (the log's chain and the rules
    # see to the rest): the first pass stays cheap for a file of a hundred thousand rows.
    if types:
        found = [f"{name} rad {number}: {_row_problem(row, fields, types)}" for number, row in enumerate(rows, 1)
                 if type(row) is not list or len(row) != width or not all(map(isinstance, row, types))]
    else:
        found = [f"{name} rad {number}: {len(fields)} värden väntades" for number, row in enumerate(rows, 1)
                 if type(row) is not list or len(row) != width]
    problems.extend(found)
    return [] if found else rows


def _row_problem(row: object, fields: tuple[str, ...], types: tuple) -> str:
    if type(row) is not list or len(row) != len(fields):
        return f"{len(fields)} värden väntades"
    for column, value, wanted in zip(fields, row, types, strict=True):
        if not isinstance(value, wanted):
            kind = "heltal" if wanted is int else "text" if wanted in (str, (str, _NONE)) else "objekt"
            return f"'{column}' är inget {kind} ({str(value)[:20]})"
    return "ogiltig rad"
