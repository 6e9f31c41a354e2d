"""Reading the editable files shipped in resources/ (the scale, default areas, categories)."""

import json
from functools import cache

from lagesbild_desktop.domain.scale import Scale, scale_from_dict
from lagesbild_desktop.paths import resources_dir


def read_json(name: str) -> dict:
    return json.loads((resources_dir() / name).read_text("utf-8"))


@cache
def scale() -> Scale:
    return scale_from_dict(read_json("scale.json"))
