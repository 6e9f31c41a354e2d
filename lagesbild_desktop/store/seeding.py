"""What a new database starts with: the default areas, categories and district's name from resources/,
each recorded in the audit log like any change."""

import json

from lagesbild_desktop import osenv
from lagesbild_desktop.paths import resources_dir
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import categories as category_store
from lagesbild_desktop.store import district, kinds, named_lists, settings
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


def _seed_names(store: Store, names: named_lists.NamedList, kind: kinds.Kind, file: str, key: str,
                context: str) -> None:
    """A default editable list from its resource file, each name with the same version in every database
    (an origin version), so that two databases seeded apart hold the same records."""
    for order, name in enumerate(json.loads((resources_dir() / file).read_text("utf-8"))[key]):
        value = {"name": name, "sort_order": order, "active": True}
        named_lists.insert(store, names, name, context, sort_order=order,
                           version=kinds.origin_versions(kind, value)[""])


def seed_responsibles(store: Store, context: str) -> None:
    """The default responsible organisations: given by the upgrade to schema 6 (store/upgrades.py), to a new
    database as to an old one."""
    _seed_names(store, named_lists.RESPONSIBLES, kinds.RESPONSIBLE, "responsibles.json", "responsibles", context)


def seed_place_kinds(store: Store, context: str) -> None:
    """The default kinds of places (schema 10)."""
    _seed_names(store, named_lists.PLACE_KINDS, kinds.PLACE_KIND, "place_kinds.json", "kinds", context)


def seed_figure_sources(store: Store, context: str) -> None:
    """The default sources of key figures (schema 8)."""
    _seed_names(store, named_lists.FIGURE_SOURCES, kinds.FIGURE_SOURCE, "figure_sources.json", "sources", context)
