"""Window preferences kept between starts (zoom), beside the user's data, never in the database."""

import json
from pathlib import Path

from lagesbild_desktop.paths import default_db_path

DEFAULT_POINT_SIZE = 12  # at least 11 pt on the desk (UI.md); Ctrl+Plus for the projector
MIN_POINT_SIZE = 9
MAX_POINT_SIZE = 40


class UiSettings:
    def __init__(self, path: Path | None = None):
        self.path = path or default_db_path().with_name("fonster.json")
        try:
            self._data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            self._data = {}

    @property
    def point_size(self) -> int:
        value = self._data.get("point_size", DEFAULT_POINT_SIZE)
        return value if isinstance(value, int) and MIN_POINT_SIZE <= value <= MAX_POINT_SIZE else DEFAULT_POINT_SIZE

    @point_size.setter
    def point_size(self, value: int) -> None:
        self._data["point_size"] = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(value)))
        self._save()

    def _save(self) -> None:
        # A lost preference is harmless; failing to save one must never disturb the meeting.
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_suffix(".tmp")
            temp.write_text(json.dumps(self._data), "utf-8")
            temp.replace(self.path)
        except OSError:
            pass
