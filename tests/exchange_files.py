"""Changing exchange files as someone with a text editor would: for tests of what the merge refuses."""

import json
from pathlib import Path

from lagesbild_desktop.services import exchange
from lagesbild_desktop.store.audit import GENESIS_HASH, entry_hash

LOG_FIELDS = ("id", "at", "os_user", "action", "entity", "entity_id", "summary", "old_value", "new_value",
              "context", "prev_hash", "hash")


def load(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def save(data: dict, path: Path) -> Path:
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return Path(path)


def records(data: dict, entity: str) -> list[dict]:
    """The rows of a record kind as dicts (views: change them with set_field)."""
    section = data["records"][entity]
    return [dict(zip(section["fields"], row, strict=True)) for row in section["rows"]]


def set_field(data: dict, entity: str, index: int, field: str, value, *, in_log_too: bool = False) -> None:
    """Change one field of one record; in_log_too: also in its newest log entry, with the whole chain's
    hashes computed again (a careful forger: only the rules can catch it then)."""
    section = data["records"][entity]
    row = section["rows"][index]
    row[section["fields"].index(field)] = value
    if in_log_too:
        entry_id = row[-1]
        log = data["audit_log"]
        entry = log["rows"][entry_id - 1]
        new = json.loads(entry[LOG_FIELDS.index("new_value")])
        new[field] = value
        entry[LOG_FIELDS.index("new_value")] = json.dumps(new, ensure_ascii=False, sort_keys=True,
                                                          separators=(",", ":"))
        rehash(data)


def rehash(data: dict) -> None:
    previous = GENESIS_HASH
    for row in data["audit_log"]["rows"]:
        entry = dict(zip(LOG_FIELDS, row, strict=True))
        row[LOG_FIELDS.index("prev_hash")] = previous
        row[LOG_FIELDS.index("hash")] = previous = entry_hash(previous, entry)


def send(source, target, tmp_path, name="utbyte", **options):
    """Export `source` to a file and merge it into `target`, as two workstations exchange."""
    path = exchange.export_exchange(source, tmp_path / f"{name}.json")
    return exchange.merge(target, exchange.read_exchange(path), **options)
