"""Reading the editable files shipped in resources/ (the scale, default areas, categories)."""

import sys
from functools import cache

from lagesbild_desktop.domain.scale import Scale, scale_from_dict
from lagesbild_desktop.paths import resources_dir


def read_json(name: str) -> dict:
    data = (resources_dir() / name).read_bytes()
    if "PySide6.QtCore" in sys.modules:
        # The window is starting and Qt is loaded already: its JSON reader saves importing
        # Python's before the first paint. The command line never loads Qt for this.
        from PySide6.QtCore import QJsonDocument

        document = QJsonDocument.fromJson(data)
        if document.isObject():
            return document.object()
    import json

    return json.loads(data.decode("utf-8"))


@cache
def scale() -> Scale:
    return scale_from_dict(read_json("scale.json"))


@cache
def priority_field_descriptions() -> dict[int, str]:
    """The standard "Beskrivning av området" of each priority field (Markdown), for a year without its own."""
    return {int(number): text for number, text in read_json("priority_field_descriptions.json")["descriptions"].items()}
