"""The editable list of incident categories."""

import re

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.store import categories
from lagesbild_desktop.store.categories import Category
from lagesbild_desktop.store.connection import Store

_CODE = re.compile(r"^[a-zåäö0-9_-]{2,30}$")


def list_categories(store: Store) -> list[Category]:
    return categories.all_categories(store.conn)


def add_category(store: Store, code: str, name_sv: str | None = None, name_en: str | None = None, *,
                 context: str = "") -> Category:
    code = (code or "").strip().casefold()
    if not _CODE.match(code):
        raise InvalidInput(f"Ogiltig kategorikod '{code}': använd 2–30 små bokstäver, siffror eller bindestreck")
    with store.transaction():
        if any(c.code == code for c in categories.all_categories(store.conn, include_inactive=True)):
            raise InvalidInput(f"Kategorin '{code}' finns redan")
        name = category_name(name_sv or code, "Det svenska namnet")
        return categories.insert(store, code, name, category_name(name_en or name, "Det engelska namnet"), context)


def category_name(value: str, label: str) -> str:
    """A category's shown name: one line of ordinary text."""
    from lagesbild_desktop.domain.text import problem_in_line

    name = " ".join((value or "").split())
    problem = problem_in_line(name, label, max_length=MAX_NAME)
    if problem:
        raise InvalidInput(problem)
    return name


MAX_NAME = 60
