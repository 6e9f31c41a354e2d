"""What each command-line command does: call a service, print its result in Swedish."""

import argparse
import json
import sys
from pathlib import Path

from lagesbild_desktop import (
    cli_figure_commands,
    cli_figures,
    cli_measure_commands,
    cli_measures,
    cli_place_commands,
    cli_places,
    cli_text_commands,
    cli_texts,
    shipped,
)
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.summary import to_dict
from lagesbild_desktop.errors import InvalidInput, NotFound
from lagesbild_desktop.paths import default_db_path
from lagesbild_desktop.services import areas, assessments, categories, incidents, maintenance, measure_reports, summary
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.database import DATABASE_ROOM
from lagesbild_desktop.store.errors import refuse_unusable_path

CONTEXT = "kommandoraden"


def _decimal(value: float | None, digits: int = 2) -> str:
    """Swedish decimal comma for text output (machine output keeps the point)."""
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


# Commands that only read: a --db naming a missing file is a typing error, not a new database.
_READ_ONLY = {("summary", None), ("check", None), ("log", None), ("backup", None), ("export", None),
              ("report", "yearly"), ("report", "weekly"), ("report", "action-plan"), ("report", "quarterly"),
              ("incident", "list"),
              ("areas", "list"), ("categories", "list"), ("shared", None)
              } | cli_measures.READ_ONLY | cli_texts.READ_ONLY | cli_figures.READ_ONLY | cli_places.READ_ONLY



def _db_argument(args: argparse.Namespace) -> Path | None:
    db = getattr(args, "db", None)
    if db is not None and not db.strip():
        raise InvalidInput("--db saknar sökväg")
    return Path(db) if db else None


def _open(args: argparse.Namespace) -> Store:
    given = _db_argument(args)
    db = given or default_db_path()
    refuse_unusable_path(db, "Databasen", room=DATABASE_ROOM)
    # Also for the default file: a scheduled `backup` under another account must fail, not
    # back up a new empty database and report success.
    if not db.exists() and (args.command, getattr(args, "action", None)) in _READ_ONLY:
        hint = "" if given else " (programmet har inte använts med den här användarens standardfil; ange --db)"
        raise NotFound(f"Databasen {db} finns inte{hint}")
    created = not db.exists()
    # A command that only reads leaves a copied file as it is; one that writes or sends claims an id of its own.
    reads_only = (args.command, getattr(args, "action", None)) in _READ_ONLY and not getattr(args, "exchange", False)
    store = maintenance.open_store(db, shared=True if getattr(args, "shared", False) else None,
                                   claim_identity=not reads_only)
    if created:
        print(f"Ny databas skapad: {db}", file=sys.stderr)
    if store.identity_note:
        print(store.identity_note, file=sys.stderr)
    return store


def run(args: argparse.Namespace) -> int:
    if args.command == "restore":
        result = maintenance.restore_database(_db_argument(args), args.file)
        kept = f" Den ersatta databasen finns kvar som {result.previous_kept_at}" if result.previous_kept_at else ""
        print(f"Återställt från {result.restored_from}.{kept}")
        return 0
    store = _open(args)
    try:
        handler = _HANDLERS[args.command]
        return handler(store, args)
    finally:
        store.close()


def _record(store: Store, args) -> int:
    change = assessments.record_grade(store, args.area, args.year, args.week, args.grade, args.note,
                                      allow_personal_data=args.allow_personal_data, context=f"{CONTEXT}: record")
    new = change.new
    label = shipped.scale().level(new.grade).label()
    verb = {"create": "Sparat", "update": "Ändrat", "unchanged": "Oförändrat"}[change.action]
    was = f" (var {change.old.grade})" if change.action == "update" and change.old.grade != new.grade else ""
    print(f"{verb}: {new.area}, {new.year} vecka {new.week}: {label}{was}")
    return 0


def _clear(store: Store, args) -> int:
    change = assessments.clear_grade(store, args.area, args.year, args.week, context=f"{CONTEXT}: clear")
    if change.action == "unchanged":
        print(f"Ingen bedömning att ta bort för {args.area} {args.year} vecka {args.week}")
    else:
        print(f"Borttaget: {change.old.area}, {change.old.year} vecka {change.old.week} (var {change.old.grade})")
    return 0


def _incident(store: Store, args) -> int:
    if args.action == "add":
        found = incidents.add_incident(
            store, area=args.area, date=args.date, category=args.category, severity=args.severity,
            place=args.place, description=args.description, allow_personal_data=args.allow_personal_data,
            context=f"{CONTEXT}: incident add", time=args.time,
        )
        print(f"Händelse {found.id} sparad: {found.date}{f' {found.time}' if found.time else ''} (vecka {found.week}) "
              f"{found.area}, {found.category}, {Severity.from_code(found.severity).name_sv}"
              + (f", plats {found.place} (registrerad)" if found.place_uid else ""))
    elif args.action == "list":
        rows = incidents.list_incidents(store, args.year, args.week)
        for row in rows:
            print(f"{row.id}\t{row.date}\tv{row.week}\t{row.area}\t{row.category}\t"
                  f"{Severity.from_code(row.severity).name_sv}\t{row.place}\t{row.description}")
        if not rows:
            print("Inga händelser")
    elif args.action == "edit":
        changes = {"area": args.area, "date": args.date, "category": args.category, "severity": args.severity,
                   "place": args.place, "description": args.description}
        if all(value is None for value in changes.values()):
            raise InvalidInput("incident edit: ange vad som ska ändras (--date, --category, --severity, --place, "
                               "--description eller --area)")
        before = incidents.get_incident(store, args.id)
        found = incidents.update_incident(store, args.id, allow_personal_data=args.allow_personal_data,
                                          context=f"{CONTEXT}: incident edit", **changes)
        verb = "oförändrad" if found == before else "ändrad"
        print(f"Händelse {found.id} {verb}: {found.date} (vecka {found.week}) {found.area}, {found.category}, "
              f"{Severity.from_code(found.severity).name_sv}"
              + (f", {found.place}" if found.place else "") + (f": {found.description}" if found.description else ""))
    else:
        old = incidents.delete_incident(store, args.id, context=f"{CONTEXT}: incident delete")
        print(f"Händelse {old.id} borttagen ({old.date} {old.area}, {old.category})")
    return 0


def _areas(store: Store, args) -> int:
    if args.action == "list":
        for area in areas.list_areas(store, args.year):
            until = f"–{area.retired_from_year - 1}" if area.retired_from_year else "–"
            print(f"{area.name}\t{area.first_year}{until}")
    elif args.action == "add":
        area = areas.add_area(store, args.name, args.first_year, context=f"{CONTEXT}: areas add")
        print(f"Område tillagt: {area.name} (från år {area.first_year})")
    elif args.action == "order":
        position = None if args.position.strip().casefold() == "auto" else args.position
        area = areas.set_area_order(store, args.name, position, context=f"{CONTEXT}: areas order")
        where = f"plats {area.explicit_order}" if area.explicit_order else "bokstavsordning"
        print(f"Område {area.name}: {where}")
    elif args.action == "rename":
        area = areas.rename_area(store, args.old, args.new, context=f"{CONTEXT}: areas rename")
        print(f"Område omdöpt: {args.old} → {area.name}")
    elif args.action == "boundaries":
        return _boundaries(store, args)
    else:
        area = areas.retire_area(store, args.name, args.from_year, context=f"{CONTEXT}: areas retire")
        print(f"Område {area.name} avvecklat från år {area.retired_from_year}")
    return 0


def _mapping(items: list[str]) -> dict[str, str]:
    """--map NAMN_I_FILEN=OMRÅDE, as many as given."""
    from lagesbild_desktop.errors import InvalidInput

    mapping = {}
    for item in items:
        if "=" not in item:
            raise InvalidInput(f"--map '{item}': skriv NAMN_I_FILEN=OMRÅDE")
        name, area = item.split("=", 1)
        mapping[name.strip()] = area.strip()
    return mapping


def _boundaries(store: Store, args) -> int:
    from lagesbild_desktop.services import boundaries

    matched, crs = boundaries.read_file(store, args.file, name_property=args.name_property,
                                        mapping=_mapping(args.map))
    source = Path(args.file).name
    shown = boundaries.plan(store, matched, crs, source)
    print(shown.in_words())
    if args.dry_run:
        print("Inget har sparats (--dry-run).")
        return 0
    boundaries.apply(store, matched, crs, shown, source)
    print(f"Sparat: {len(shown.new)} nya och {len(shown.changed)} ändrade områdesgränser.")
    return 0


def _categories(store: Store, args) -> int:
    if args.action == "list":
        for category in categories.list_categories(store):
            print(f"{category.code}\t{category.name_sv}")
    else:
        category = categories.add_category(store, args.code, args.name_sv, args.name_en,
                                           context=f"{CONTEXT}: categories add")
        print(f"Kategori tillagd: {category.code} ({category.name_sv})")
    return 0


def _summary(store: Store, args) -> int:
    rows = summary.yearly_summary(store, args.year)
    if args.json:
        year = rows[0].year if rows else int(args.year)
        print_json({"year": year, "district": store.setting("district", ""),
                    "areas": [to_dict(row) for row in rows]})
        return 0
    header = f"{'Område':<24}{'Bedömda':>8}{'Saknas':>8}{'Medel':>7}  {'1':>3}{'2':>3}{'3':>3}{'4':>3}{'5':>3}" \
             f"  {'Högst':<16}{'Förra året':>11}  Förändring"
    print(header)
    for row in rows:
        counts = "".join(f"{row.counts[g]:>3}" for g in range(1, 6))
        weeks = ", ".join(str(w) for w in row.highest_weeks[:6]) + ("…" if len(row.highest_weeks) > 6 else "")
        highest = f"{row.highest} (v {weeks})" if row.highest else "–"
        change = f"{row.trend} ({_decimal(row.change)})" if row.trend else "–"
        print(f"{row.area:<24}{row.weeks_assessed:>8}{row.weeks_missing:>8}{_decimal(row.mean):>7}  {counts}"
              f"  {highest:<16}{_decimal(row.previous_mean):>11}  {change}")
    if not rows:
        print("Inga områden fanns detta år")
    return 0


def _check(store: Store, args) -> int:
    report = maintenance.check_database(store)
    problems = report.file_problems + report.chain_problems + report.data_problems
    if report.ok:
        print(f"OK: filen är hel och ändringsloggens {report.audit_entries} poster är obrutna och stämmer med datat")
        return 0
    print(f"FEL: {len(problems)} problem hittades i {store.path}:")
    for problem in problems:
        print(f"  - {problem}")
    return 1


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _log(store: Store, args) -> int:
    from lagesbild_desktop.store.audit import BATCH_ID, newest_first

    rows = newest_first(store.conn, max(args.limit, 1))
    verbs = {"create": "skapad", "update": "ändrad", "delete": "borttagen"}
    for entry_id, at, user, action, entity, entity_id, text, old, new, context in rows:
        if entity_id == BATCH_ID:  # one entry for a whole import (or the upgrade's ids and versions)
            count = len(json.loads(new)["rows"])
            change, verb = (f"– → {count} nya", " importerade") if action == "create" else (f"{count} poster",
                                                                                           " kompletterade")
        else:
            before, after = _logged(entity, old), _logged(entity, new)
            # A merge that only joins two databases' versions of the same value writes the version alone.
            joined = before == after and action == "update"
            change = f"{after} (versionen samordnad)" if joined else f"{before} → {after}"
            # The database's own events are named by their summary ("Databasen återställd"), not a verb.
            verb = "" if entity == "database" else f" {verbs[action]}"
        print(f"{entry_id}\t{at}\t{user}\t{text}{verb}: {change}\t{context}")
    return 0


def _logged(entity: str, value: str | None) -> str:
    """A logged value as a person reads it: '4 «bränder vid torget»' rather than JSON."""
    from lagesbild_desktop.store.kinds import described

    if not value:
        return "–"
    data = json.loads(value)
    if entity == "database":  # a restore (the files), a new identity (the ids), the shared mark
        if "shared" in data:
            return "delad" if data["shared"] else "lokal"
        if "replica" in data:
            return data["replica"] or "–"
        return Path(data["file"]).name if data.get("file") else "–"
    return described(entity, data)


def _backup(store: Store, args) -> int:
    out = maintenance.backup_database(store, args.out)
    print(f"Säkerhetskopia skriven: {out}")
    return 0


def _shared(store: Store, args) -> int:
    from lagesbild_desktop.store.network import is_network_path

    if args.state != "status":
        maintenance.set_shared(store, args.state == "on")
    if store.setting("shared_file") == "1":
        state = "markerad som delad (rollback-journal, ingen WAL)"
    elif is_network_path(store.path):
        state = "inte markerad som delad, men den ligger på en nätverksenhet och används därför utan WAL"
    else:
        state = "lokal (WAL)"
    print(f"Databasen {store.path} är {state}")
    return 0


def _export(store: Store, args) -> int:
    from lagesbild_desktop.domain.isoweek import validate_year

    if args.exchange:
        from lagesbild_desktop.services import exchange

        out = exchange.export_exchange(store, Path(args.out))
        print(f"Allt i databasen sparat som utbytesfil: {out}")
        return 0
    if args.year is None or args.format is None:
        raise InvalidInput("export behöver --year och --format (eller --exchange)")
    year = validate_year(args.year)
    if args.week is not None and args.format != "map":
        raise InvalidInput("--week gäller bara --format map")
    if args.format == "map":
        return _export_map(store, year, args)
    if args.format in ("xlsx", "csv"):
        from lagesbild_desktop.services import exporting

        make = exporting.export_xlsx if args.format == "xlsx" else exporting.export_csv
        out = make(store, year, Path(args.out))
        print(f"År {year} exporterat som {out}")
        return 0
    from lagesbild_desktop.ui.app import ensure_platform
    from lagesbild_desktop.ui.export_png import export_grid_png

    ensure_platform(headless_ok=True)
    out = export_grid_png(store, year, Path(args.out), args.lang)
    print(f"Rutnätet för {year} sparat som {out}")
    return 0


def _export_map(store: Store, year: int, args) -> int:
    from lagesbild_desktop.services import maps
    from lagesbild_desktop.ui.app import ensure_platform
    from lagesbild_desktop.ui.export_png import export_map_png

    if not maps.has_boundaries(store):
        raise InvalidInput("Inga områdesgränser finns ännu: läs in dem med 'lagesbild areas boundaries FIL.geojson'")
    picture = maps.week_map(store, year, args.week) if args.week is not None else maps.mean_map(store, year)
    ensure_platform(headless_ok=True)
    out = export_map_png(picture, Path(args.out))
    print(f"Kartan ({picture.title}) sparad som {out}")
    return 0


def _import(store: Store, args) -> int:
    from lagesbild_desktop.domain.isoweek import validate_year
    from lagesbild_desktop.errors import InvalidInput
    from lagesbild_desktop.services import importing

    year = validate_year(args.year) if args.year is not None else None
    mapping = _mapping(args.map)
    try:
        with open(args.file, "rb") as opened:
            head = opened.read(400)  # not the whole file to see its start
    except OSError:
        head = b""
    from lagesbild_desktop.services import exchange

    if exchange.is_exchange_file(head):
        ignored = [flag for flag, given in (("--year", args.year), ("--sheet", args.sheet), ("--map", args.map),
                                            ("--create-areas", args.create_areas), ("--overwrite", args.overwrite))
                   if given]
        if ignored:
            raise InvalidInput(f"{', '.join(ignored)} gäller inte en utbytesfil: konflikter avgörs med --resolve "
                               "(eller i importdialogen), och områden följer med filen")
        return _merge_exchange(store, args)
    if args.resolve:
        raise InvalidInput("--resolve gäller bara utbytesfiler")
    grades = importing.read_file(args.file, year=year, sheet=args.sheet)
    plan = importing.plan(store, grades, Path(args.file).name, create_areas=args.create_areas, mapping=mapping)
    print(f"{plan.source}: {len(plan.new)} nya, {len(plan.changed)} ändrade, {len(plan.unchanged)} oförändrade")
    for conflict in plan.changed:
        grade, stored = conflict.grade, conflict.stored
        before = f"{stored.grade}" + (f" \u201d{stored.note}\u201d" if grade.note and stored.note else "")
        after = f"{grade.grade}" + (f" \u201d{grade.note}\u201d" if grade.note else "")
        print(f"  ändras: {grade.area} v{grade.week} {grade.year}: {before} → {after} ({grade.where})")
    for name in plan.unknown_areas:
        print(f"  okänt område: {name} (ange --create-areas eller --map)")
    created = [name for name, area_id in plan.areas.items() if area_id is None]
    if created:
        print("  nya områden: " + ", ".join(created))
    if args.dry_run:
        refused = bool(plan.unknown_areas) or (bool(plan.changed) and not args.overwrite)
        print("Provkörning: inget sparades" + (
            "; importen skulle avvisas som filen ser ut nu" if refused else ""))
        return 2 if refused else 0
    written = importing.apply(store, plan, overwrite=args.overwrite)
    print(f"Importerat: {written} bedömningar sparade")
    return 0


def _merge_exchange(store: Store, args) -> int:
    from lagesbild_desktop.services import exchange

    file = exchange.read_exchange(args.file)
    choices = _resolutions(args.resolve)
    result = exchange.merge(store, file, dry_run=args.dry_run, choices=choices)
    source = file.source
    print(f"{source}: {result.added} tillagda, {result.updated} uppdaterade, {result.deleted} borttagna, "
          f"{result.unchanged} lika eller äldre, {len(result.conflicts)} konflikter"
          + (f", {result.resolved} avgjorda" if result.resolved else "")
          + f"; {result.foreign_entries} nya poster ur den andra datorns ändringslogg")
    for conflict in result.conflicts:
        print(f"  konflikt [{conflict.ref}] (värdet här står kvar): {conflict.text}")
    for note in result.notes:
        print(note)
    if result.conflicts and any(conflict.choosable for conflict in result.conflicts):
        print("Avgör med --resolve här|fil (alla), eller --resolve \"KONFLIKT=här\" / \"KONFLIKT=fil\" "
              "(KONFLIKT som i hakparentesen), och läs in filen igen")
    if args.dry_run:
        print("Provkörning: inget sparades")
    elif not result.added + result.updated + result.deleted + result.resolved and not result.conflicts:
        print("Inget nytt: allt i filen fanns redan här")
    else:
        print("Sammanslaget")
    return 1 if result.conflicts else 0


def _resolutions(given: list[str]) -> dict[str, str]:
    """--resolve values as merge() choices: '*' for all, or a conflict's reference (case folded)."""
    from lagesbild_desktop.services.exchange import FILE, HERE

    words = {"här": HERE, "here": HERE, "fil": FILE, "file": FILE, "filen": FILE}
    choices = {}
    for item in given:
        target, _, word = item.rpartition("=") if "=" in item else ("*", "=", item)
        choice = words.get(word.strip().casefold())
        if choice is None or not target.strip():
            raise InvalidInput(f"--resolve '{item}': skriv 'här' eller 'fil', eller KONFLIKT=här / KONFLIKT=fil")
        choices[target.strip().strip("[]").casefold() if target != "*" else "*"] = choice
    return choices


def _district(store: Store, args) -> int:
    from lagesbild_desktop.services import district

    if args.name is not None:
        district.set_district(store, args.name, context=f"{CONTEXT}: district")
    print(f"Stadsdel: {store.setting('district', '') or '–'}")
    return 0


def _week_note(store: Store, args) -> int:
    from lagesbild_desktop.services import report_texts

    if args.participants is not None or args.summary is not None:
        old = report_texts.week_note(store, args.year, args.week)
        report_texts.set_week_note(
            store, args.year, args.week,
            args.participants if args.participants is not None else (old.participants if old else ""),
            args.summary if args.summary is not None else (old.summary if old else ""),
            allow_personal_data=args.allow_personal_data, context=f"{CONTEXT}: week-note")
    note = report_texts.week_note(store, args.year, args.week)
    print(f"Deltagare: {note.participants if note and note.participants else '–'}")
    print(f"Sammanfattning: {note.summary if note and note.summary else '–'}")
    return 0


def _priority_field(store: Store, args) -> int:
    from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS, validate_field
    from lagesbild_desktop.services import report_texts

    number = validate_field(args.field)
    if args.needs_measures is not None or args.comment is not None:
        old = report_texts.priority_fields(store, args.year).get(number)
        needs = args.needs_measures == "ja" if args.needs_measures is not None else bool(old and old.needs_measures)
        comment = args.comment if args.comment is not None else (old.comment if old else "")
        report_texts.set_priority_field(store, args.year, number, needs, comment,
                                        allow_personal_data=args.allow_personal_data,
                                        context=f"{CONTEXT}: priority-field")
    stored = report_texts.priority_fields(store, args.year).get(number)
    print(f"{number}. {PRIORITY_FIELDS[number - 1].name_sv}")
    print(f"Behov av särskilda åtgärder: {'ja' if stored and stored.needs_measures else 'nej'}")
    print(f"Kommentar: {stored.comment if stored and stored.comment else '–'}")
    return 0


def _report(store: Store, args) -> int:
    from lagesbild_desktop.services import reports

    if args.action == "yearly":
        from lagesbild_desktop.reports.sections import chosen_sections
        from lagesbild_desktop.services.key_figures import checked_choice

        figures = checked_choice(store, args.figure_source, args.figure_measure)
        out = reports.make_yearly_report(store, args.year, Path(args.out), sections=chosen_sections(args.sections),
                                         figures=figures)
    elif args.action == "action-plan":
        out = measure_reports.make_action_plan_report(store, args.year, Path(args.out))
    elif args.action == "quarterly":
        out = measure_reports.make_quarterly_report(store, args.year, args.quarter, Path(args.out))
    else:
        out = reports.make_weekly_report(store, args.year, args.week, Path(args.out))
    print(f"Rapporten sparad: {out}")
    return 0


_HANDLERS = {
    "record": _record,
    "clear": _clear,
    "incident": _incident,
    "areas": _areas,
    "categories": _categories,
    "summary": _summary,
    "check": _check,
    "log": _log,
    "backup": _backup,
    "export": _export,
    "report": _report,
    "import": _import,
    "week-note": _week_note,
    "priority-field": _priority_field,
    "shared": _shared,
    "district": _district,
    "measure": cli_measure_commands.run_measure,
    "responsibles": cli_measure_commands.run_responsibles,
    "text": cli_text_commands.run_text,
    "figures": cli_figure_commands.run_figures,
    "places": cli_place_commands.run_places,
}
