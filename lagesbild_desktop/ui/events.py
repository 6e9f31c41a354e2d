"""One signal announcing that the data changed, from this window or from elsewhere.

Views refresh themselves from the database when it fires; no view reaches
into another. Changes made by other programs (a second window, another
workstation on a shared file) are noticed through SQLite's data_version,
which changes when another connection commits.
"""

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 1000


class DataEvents(QObject):
    changed = Signal()  # something in the database changed; re-read what you show

    def __init__(self, conn: sqlite3.Connection, parent: QObject | None = None):
        super().__init__(parent)
        self._conn = conn
        self._version = self._data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _data_version(self) -> int | None:
        try:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    def poll(self) -> None:
        """Announce a change another program committed since the last look."""
        version = self._data_version()
        if version is None:  # the database was closed (the window is going away)
            self.stop()
            return
        if version != self._version:
            self._version = version
            self.changed.emit()

    def announce(self) -> None:
        """This window wrote something (data_version does not change for one's own writes)."""
        self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
