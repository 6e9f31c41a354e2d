"""One signal announcing that the data changed, from this window or from elsewhere.

Views refresh themselves from the database when it fires; no view reaches
into another. Changes made by other programs (a second window, another
workstation on a shared file) are noticed through SQLite's data_version,
which changes when another connection commits.
"""

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from lagesbild_desktop.store.change_counter import ConnectionClosed, peek_data_version

POLL_MS = 1000


class DataEvents(QObject):
    changed = Signal()  # something in the database changed; re-read what you show

    def __init__(self, conn: sqlite3.Connection, parent: QObject | None = None):
        super().__init__(parent)
        self._conn = conn
        self._missed = False
        self._timer = None
        self._version = self._data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _data_version(self) -> int | None:
        try:
            return peek_data_version(self._conn)
        except ConnectionClosed:
            self.stop()
            return None

    def poll(self) -> None:
        """Announce a change another program committed since the last look."""
        version = self._data_version()
        if version is None:
            # Not readable just now: look again at the next tick. What changed meanwhile (a whole restore,
            # perhaps) is announced once the file can be read again, whatever its counter says.
            self._missed = True
            return
        if version != self._version or self._missed:
            self._version, self._missed = version, False
            self.changed.emit()

    def announce(self) -> None:
        """This window wrote something (data_version does not change for one's own writes)."""
        self.changed.emit()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
