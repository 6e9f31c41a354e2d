"""Window preferences kept between starts (the zoom), never in the database.

Qt's QSettings keeps them where the platform keeps user preferences (the
registry on Windows, ~/.config on Linux). With LAGESBILD_DATA_DIR set (tests,
benchmarks, portable installs) or an explicit path, an ini file is used instead.
"""

import os
from pathlib import Path

from PySide6.QtCore import QSettings

DEFAULT_POINT_SIZE = 12  # at least 11 pt on the desk (UI.md); Ctrl+Plus for the projector
MIN_POINT_SIZE = 9
MAX_POINT_SIZE = 40
_KEY = "window/point_size"


class UiSettings:
    def __init__(self, path: Path | None = None):
        override = os.environ.get("LAGESBILD_DATA_DIR")
        if path is None and override:
            path = Path(override) / "fonster.ini"
        if path is not None:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._settings = QSettings("Lagesbild", "Lagesbild")

    @property
    def point_size(self) -> int:
        try:
            value = int(self._settings.value(_KEY, DEFAULT_POINT_SIZE))
        except (TypeError, ValueError):
            return DEFAULT_POINT_SIZE
        return value if MIN_POINT_SIZE <= value <= MAX_POINT_SIZE else DEFAULT_POINT_SIZE

    @point_size.setter
    def point_size(self, value: int) -> None:
        # A lost preference is harmless; QSettings never raises, so the meeting is never disturbed.
        self._settings.setValue(_KEY, max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(value))))
        self._settings.sync()
