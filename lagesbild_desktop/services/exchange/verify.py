"""An exchange file's data must agree with its own hash-chained audit log, and follow the program's rules.

The log's chain is checked entry by entry: an entry changed, removed or added by hand breaks it.

Every record and deletion in the file must name its newest log entry (a log cut short or emptied
fails here). A record that differs from what this database holds must also equal what that entry
says, and pass the same rules as typed input: a record changed in the file by hand is refused and
named. A record equal to one held here, version and all, is what this database already has.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

from lagesbild_desktop.domain import versions
from lagesbild_desktop.services.exchange.fileformat import ACTIONS, ExchangeFile
from lagesbild_desktop.services.exchange.logindex import Logged, ParsedEntry, logged_state, note_newest
from lagesbild_desktop.services.validation import PERSONAL_DATA_CONTEXT
from lagesbild_desktop.store import audit, foreign_log
from lagesbild_desktop.store.integrity import logged_field
from lagesbild_desktop.store.kinds import Kind

ENTRY_TYPES = (int, str, str, str, str, int, str, (str, type(None)), (str, type(None)), str, str, str)
_HASHES = -len(',"' + "0" * 64 + '","' + "0" * 64 + '"]')  # a log row's text ends with its two hashes


class FileLog:
    """The file's audit log, checked against the chain and against what this database already holds."""

    def __init__(self, conn: sqlite3.Connection, file: ExchangeFile):
        self.conn, self.file = conn, file
        self.rows = file.log  # checked to be numbered 1, 2, 3 …: entry n is rows[n - 1]
        self.newest: dict[str, dict[int, list[int]]] = {}  # see logindex.newest_entries
        self.known_until = 0  # entries up to here this database already holds (not stored again)
        self._parsed: dict[int, ParsedEntry] = {}

    # -- the chain ----------------------------------------------------------------------------------

    def chain_problems(self) -> list[str]:
        """Every entry of the file's log is linked to the one before, and is what its hash says (an entry
        changed, added or removed by hand breaks the chain there). The same pass notes which entries
        tell each record's state (logindex.newest_entries)."""
        rows = self.rows
        text = self.file.log_text or [None] * len(rows)
        sha256, row_hash = hashlib.sha256, audit.row_hash
        previous = audit.GENESIS_HASH
        newest = self.newest
        for number, (row, line) in enumerate(zip(rows, text, strict=True), start=1):
            if row[0] != number:
                return ["ändringsloggen i filen är inte hel (posternas nummer följer inte på varandra från 1)"]
            if row[10] != previous:
                return [self._broken(row)]
            if not all(map(isinstance, row, ENTRY_TYPES)) or row[3] not in ACTIONS:
                return [f"audit_log rad {number}: posten har fel slags värden"]
            # The row as written, less its two hashes, is the hashed text: no need to encode it again.
            if (line is None or sha256(previous.encode() + b"\n" + line[:_HASHES] + b"]").hexdigest() != row[11]) \
                    and row_hash(previous, row) != row[11]:
                return [self._broken(row)]
            previous = row[11]
            if row[5]:  # one record's entry (the common case, inline)
                records = newest.get(row[4])
                if records is None:
                    records = newest[row[4]] = {}
                records[row[5]] = [number]
            else:
                note_newest(newest, number, row[3], row[4], row[5], row[8])
        peer = self.file.peer
        self.known_until = max(self._agreeing(lambda entry_id: audit.hash_of(self.conn, entry_id)),
                               self._agreeing(lambda entry_id: foreign_log.hash_of(self.conn, peer, entry_id)))
        return []

    @staticmethod
    def _broken(row: list) -> str:
        return f"ändringsloggen i filen är bruten vid post {row[0]}: filen har ändrats efter att den skrevs"

    def _agreeing(self, hash_of: Callable[[int], str | None]) -> int:
        """The last id up to which the file's entries are ones held here, by their hashes (a log's hashes
        agree up to where two logs part, and not after): those are not stored again."""
        low, high = 0, len(self.rows)
        while low < high:
            middle = (low + high + 1) // 2
            if hash_of(middle) == self.rows[middle - 1][11]:
                low = middle
            else:
                high = middle - 1
        return low

    def new_entries(self, stored_until: int) -> list[list]:
        """The file's entries after both what it shares with this database and what is stored of it."""
        start = max(self.known_until, stored_until)
        return self.file.log[start:]

    # -- the records --------------------------------------------------------------------------------

    def entry(self, entry_id: int) -> ParsedEntry:
        parsed = self._parsed.get(entry_id)
        if parsed is None:
            row = self.rows[entry_id - 1]
            parsed = ParsedEntry(entry_id, row[3], row[8], row[9], row[2], row[1], row[5])
            self._parsed[entry_id] = parsed
        return parsed

    def newest_of(self, entity: str) -> dict[int, int]:
        """Record id -> its newest entry in the file's log, for one kind (no value is read): a record row
        must name exactly that entry, or the log was cut short or changed."""
        return {record_id: chain[-1] for record_id, chain in self.newest.get(entity, {}).items()}

    def holds(self, entity: str, record_id: int) -> bool:
        return record_id in self.newest.get(entity, {})

    def state(self, entity: str, record_id: int) -> Logged | None:
        chain = self.newest.get(entity, {}).get(record_id)
        return logged_state(record_id, chain, self.entry) if chain else None


def record_problems(log: FileLog, kind: Kind, row: list, title: str) -> tuple[list[str], bool]:
    """A record of the file that differs from here: agrees with its log entry, and follows the rules.

    Also returns whether the file's log says a personal identity number in it was kept on purpose
    (the merge then says so in this database's log too, so the next workstation accepts it as well)."""
    state = log.state(kind.entity, row[0])
    if state is None or state.action == "delete" or state.new is None:
        return [f"{title}: saknas i utbytesfilens ändringslogg"], False
    value = kind.value(row[:-1])
    if any(value[name] != logged_field(_as_state(state), name) for name in kind.fields):
        return [f"{title} stämmer inte med loggpost {state.entry_id} i filen: ändrad efter att filen skrevs"], False
    allowed = PERSONAL_DATA_CONTEXT in state.context
    return [f"{title}: {problem}" for problem in kind.problems(value, allowed)], allowed


def tombstone_problems(log: FileLog, kind: Kind, row: list, title: str) -> list[str]:
    state = log.state(kind.entity, row[0])
    if state is None or state.action != "delete":
        return [f"borttagen {title}: borttagningen saknas i utbytesfilens ändringslogg"]
    logged = state.new or {}
    if logged.get("vv") != row[2] or logged.get("key") != row[1] or not versions.is_valid(row[2]) or not row[2]:
        return [f"borttagen {title} stämmer inte med loggpost {state.entry_id} i filen"]
    return []


def _as_state(logged: Logged) -> audit.LoggedState:
    return audit.LoggedState(logged.entry_id, logged.action, logged.new, logged.os_user, logged.at)
