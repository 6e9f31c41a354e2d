"""The editable list of incident categories."""

import re

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.store import categories
from lagesbild_desktop.store.categories import Category
from lagesbild_desktop.store.database import Store

_CODE = re.compile(r"^[a-zåäö0-9_-]{2,30}$")


def list_categories(store: Store) -> list[Category]:
    return categories.all_categories(store.conn)


def add_category(store: Store, code: str, name_sv: str | None = None, name_en: str | None = None) -> Category:
    code = (code or "").strip().casefold()
    if not _CODE.match(code):
        raise InvalidInput(f"Ogiltig kategorikod '{code}': använd 2–30 små bokstäver, siffror eller bindestreck")
    with store.transaction():
        if any(c.code == code for c in categories.all_categories(store.conn, include_inactive=True)):
            raise InvalidInput(f"Kategorin '{code}' finns redan")
        name = (name_sv or code).strip()
        return categories.insert(store.conn, code, name, (name_en or name).strip())
