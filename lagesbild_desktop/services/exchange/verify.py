"""An exchange file's data must agree with its own hash-chained audit log, and follow the program's rules.

The log's chain is checked entry by entry: an entry changed, removed or added by hand breaks it.

Every record and deletion in the file must name its newest log entry (a log cut short or emptied
fails here). A record that differs from what this database holds must also equal what that entry
says, and pass the same rules as typed input: a record changed in the file by hand is refused and
named. A record equal to one held here, version and all, is what this database already has.
"""

from __future__ import annotations

import sqlite3

from lagesbild_desktop.services.exchange.fileformat import ExchangeFile
from lagesbild_desktop.services.exchange.logindex import Logged, ParsedEntry, logged_state, newest_entries
from lagesbild_desktop.services.validation import PERSONAL_DATA_CONTEXT
from lagesbild_desktop.store import audit
from lagesbild_desktop.store.integrity import logged_field
from lagesbild_desktop.store.kinds import Kind


class FileLog:
    """The file's audit log, checked against the chain and against what this database already holds."""

    def __init__(self, conn: sqlite3.Connection, file: ExchangeFile):
        self.conn, self.file = conn, file
        self.rows = {row[0]: row for row in file.log}
        self.newest = newest_entries((row[0], row[3], row[4], row[5], row[8] if row[5] == 0 else None)
                                     for row in file.log)
        self.known_until = 0  # entries up to here this database already holds (not stored again)
        self._parsed: dict[int, ParsedEntry] = {}

    # -- the chain ----------------------------------------------------------------------------------

    def chain_problems(self) -> list[str]:
        rows = self.file.log
        if [row[0] for row in rows[:1]] not in ([], [1]) or any(
                rows[index][0] != rows[index - 1][0] + 1 for index in range(1, len(rows))):
            return ["ändringsloggen i filen är inte hel (posternas nummer följer inte på varandra från 1)"]
        previous = audit.GENESIS_HASH
        for row in rows:
            if row[10] != previous or audit.row_hash(previous, row) != row[11]:
                return [f"ändringsloggen i filen är bruten vid post {row[0]}: filen har ändrats efter att den skrevs"]
            previous = row[11]
        self.known_until = self._shared_prefix()
        return []

    def _shared_prefix(self) -> int:
        """The last entry this database already holds: its own (a copy of this database shares its history up
        to the copy) or the other database's, stored at an earlier merge. The chain is whole (checked
        first), so equal hashes at one entry mean equal logs up to it."""
        own_last = self.conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        foreign_last = self.conn.execute("SELECT coalesce(max(id), 0) FROM foreign_audit_log WHERE peer_id = ?",
                                         [self.file.peer]).fetchone()[0]
        low, high = 0, min(len(self.file.log), max(own_last, foreign_last))
        while low < high:  # the largest id where the hashes agree (they agree up to where the logs part)
            middle = (low + high + 1) // 2
            if self.rows[middle][11] in self._held_hashes(middle):
                low = middle
            else:
                high = middle - 1
        return low

    def _held_hashes(self, entry_id: int) -> set[str]:
        own = self.conn.execute("SELECT hash FROM audit_log WHERE id = ?", [entry_id]).fetchone()
        foreign = self.conn.execute("SELECT hash FROM foreign_audit_log WHERE peer_id = ? AND id = ?",
                                    [self.file.peer, entry_id]).fetchone()
        return {row[0] for row in (own, foreign) if row}

    def new_entries(self, stored_until: int) -> list[list]:
        """The file's entries after both what it shares with this database and what is stored of it."""
        start = max(self.known_until, stored_until)
        return self.file.log[start:]

    # -- the records --------------------------------------------------------------------------------

    def entry(self, entry_id: int) -> ParsedEntry:
        parsed = self._parsed.get(entry_id)
        if parsed is None:
            row = self.rows[entry_id]
            parsed = ParsedEntry(entry_id, row[3], row[8], row[9], row[2], row[1], row[5])
            self._parsed[entry_id] = parsed
        return parsed

    def names_newest(self, entity: str, row: list) -> bool:
        """The row names its record's newest entry in the file's log (cheap: no value is read)."""
        chain = self.newest.get((entity, row[0]))
        return chain is not None and chain[-1] == row[-1]

    def state(self, entity: str, record_id: int) -> Logged | None:
        chain = self.newest.get((entity, record_id))
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
    from lagesbild_desktop.domain import versions

    state = log.state(kind.entity, row[0])
    if state is None or state.action != "delete":
        return [f"borttagen {title}: borttagningen saknas i utbytesfilens ändringslogg"]
    if (state.new or {}).get("vv") != row[2] or not versions.is_valid(row[2]) or not row[2]:
        return [f"borttagen {title} stämmer inte med loggpost {state.entry_id} i filen"]
    return []


def _as_state(logged: Logged) -> audit.LoggedState:
    return audit.LoggedState(logged.entry_id, logged.action, logged.new, logged.os_user, logged.at)
