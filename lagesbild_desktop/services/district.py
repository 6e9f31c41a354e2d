"""The district's name: shown in reports and grids, and carried to other workstations."""

from lagesbild_desktop.domain.records import MAX_DISTRICT_NAME
from lagesbild_desktop.domain.text import problem_in_line
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.store import district
from lagesbild_desktop.store.connection import Store


def set_district(store: Store, name: str, *, context: str = "") -> str:
    name = " ".join((name or "").split())
    problem = problem_in_line(name, "Stadsdelens namn", max_length=MAX_DISTRICT_NAME)
    if problem:
        raise InvalidInput(problem)
    with store.transaction():
        return district.save(store, "district", name, context).value
