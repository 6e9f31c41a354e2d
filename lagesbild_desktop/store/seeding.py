"""What a new database starts with: the default areas, categories and district's name from resources/,
each recorded in the audit log like any change."""

import json

from lagesbild_desktop import osenv
from lagesbild_desktop.paths import resources_dir
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import categories as category_store
from lagesbild_desktop.store import district, kinds, named_lists, responsibles, settings
from lagesbild_desktop.store.connection import Store


def seed(store: Store) -> None:
    """Default areas and categories from resources/, recorded in the audit log like any change."""
    now = osenv.now_iso()
    areas = json.loads((resources_dir() / "default_areas.json").read_text("utf-8"))
    categories = json.loads((resources_dir() / "categories.json").read_text("utf-8"))
    # Every new database is given the same defaults: they carry the same version in all of them
    # (store/kinds.origin_versions), so the first change on any workstation is simply newer.
    context = "standardvärden vid ny databas"
    for order, category in enumerate(categories["categories"]):
        value = {"code": category["code"], "name_sv": category["name_sv"], "name_en": category["name_en"],
                 "sort_order": order, "active": True}
        category_store.insert(store, category["code"], category["name_sv"], category["name_en"], context,
                              sort_order=order, version=kinds.origin_versions(kinds.CATEGORY, value)[""])
    for name in areas["areas"]:
        value = {"uid": area_store.uid_for_name(name), "name": name, "first_year": areas["first_year"],
                 "retired_from_year": None, "explicit_order": None, "former_names": []}
        area_store.insert(store, name, areas["first_year"], "standardområden vid ny databas", uid=value["uid"],
                          version=kinds.origin_versions(kinds.AREA, value)[""])
    settings.put(store.conn, "created_at", now)
    name = areas.get("district", "")
    district.save(store, "district", name, context,
                  version=kinds.origin_versions(kinds.SETTING, {"key": "district", "value": name})[""])


def seed_responsibles(store: Store, context: str) -> None:
    """The default responsible organisations, with the same version in every database: given by the
    upgrade to schema 6 (store/upgrades.py), to a new database as to an old one."""
    names = json.loads((resources_dir() / "responsibles.json").read_text("utf-8"))["responsibles"]
    for order, name in enumerate(names):
        value = {"name": name, "sort_order": order, "active": True}
        responsibles.insert(store, name, context, sort_order=order,
                            version=kinds.origin_versions(kinds.RESPONSIBLE, value)[""])


def seed_place_kinds(store: Store, context: str) -> None:
    """The default kinds of places, with the same version in every database (schema 10)."""
    names = json.loads((resources_dir() / "place_kinds.json").read_text("utf-8"))["kinds"]
    for order, name in enumerate(names):
        value = {"name": name, "sort_order": order, "active": True}
        named_lists.insert(store, named_lists.PLACE_KINDS, name, context, sort_order=order,
                           version=kinds.origin_versions(kinds.PLACE_KIND, value)[""])


def seed_figure_sources(store: Store, context: str) -> None:
    """The default sources of key figures, with the same version in every database (schema 8)."""
    names = json.loads((resources_dir() / "figure_sources.json").read_text("utf-8"))["sources"]
    for order, name in enumerate(names):
        value = {"name": name, "sort_order": order, "active": True}
        named_lists.insert(store, named_lists.FIGURE_SOURCES, name, context, sort_order=order,
                           version=kinds.origin_versions(kinds.FIGURE_SOURCE, value)[""])
