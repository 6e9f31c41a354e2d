"""Other databases' audit log entries, as exchange files brought them: kept beside this database's own
log (whose chain stays its own), so that what another workstation did can still be shown and checked."""

import sqlite3

from lagesbild_desktop.store.audit import ENTRY_FIELDS


def stored_until(conn: sqlite3.Connection, peer: str) -> int:
    """The id of the newest entry kept of database `peer` (0: none)."""
    return conn.execute("SELECT coalesce(max(id), 0) FROM foreign_audit_log WHERE peer_id = ?", [peer]).fetchone()[0]


def hash_of(conn: sqlite3.Connection, peer: str, entry_id: int) -> str | None:
    row = conn.execute("SELECT hash FROM foreign_audit_log WHERE peer_id = ? AND id = ?", [peer, entry_id]).fetchone()
    return row[0] if row else None


def keep(conn: sqlite3.Connection, peer: str, rows: list[list]) -> None:
    """Entries of `peer` (each with audit.ENTRY_FIELDS), inside the caller's transaction; one kept already stays."""
    conn.executemany(f"INSERT OR IGNORE INTO foreign_audit_log (peer_id, {', '.join(ENTRY_FIELDS)})"
                     f" VALUES (?, {', '.join('?' * len(ENTRY_FIELDS))})", [(peer, *row) for row in rows])
