"""What `lagesbild places …` does: register, rename, retire and prioritise places; list them with their
incidents; the weekday × time-of-day table."""

import json

from lagesbild_desktop import osenv
from lagesbild_desktop.domain.isoweek import validate_year
from lagesbild_desktop.domain.key_figures import parse_period
from lagesbild_desktop.domain.places import BANDS, WEEKDAYS
from lagesbild_desktop.services import places

CONTEXT = "kommandoraden"


def run_places(store, args) -> int:
    context = f"{CONTEXT}: places {args.action}"
    if args.action == "kinds":
        from lagesbild_desktop.cli_named_lists import run_name_action

        return run_name_action(store, "place_kind", args.name_action, args, context)
    if args.action == "add":
        made = places.add_place(store, args.name, area=args.area, kind=args.kind, lat=args.lat, lon=args.lon,
                                notes=args.notes, context=context)
        print(f"Plats registrerad: {made.name} ({made.area}, {made.kind})")
    elif args.action == "edit":
        made = places.edit(store, args.name, area=args.area, kind=args.kind, lat=args.lat, lon=args.lon,
                           notes=args.notes, context=context)
        where = f", {made.lat}, {made.lon}" if made.lat is not None else ""
        print(f"Plats ändrad: {made.name} ({made.area}, {made.kind}{where})")
    elif args.action == "rename":
        made = places.rename(store, args.name, args.new, area=args.area, context=context)
        print(f"Plats omdöpt: {args.name} → {made.name}")
    elif args.action == "retire":
        made = places.retire(store, args.name, args.from_year, area=args.area, context=context)
        print(f"Plats {made.name} avvecklad från år {made.retired_from_year}")
    elif args.action == "prioritise":
        made = places.prioritise(store, args.name, args.year, args.reason, area=args.area, remove=args.remove,
                                 context=context)
        state = "inte längre prioriterad" if args.remove else f"prioriterad: {made.priorities[str(args.year)]}"
        print(f"{made.name} {args.year}: {state}")
    elif args.action == "list":
        _list(store, args)
    elif args.action == "recurrence":
        if args.count is None and args.weeks is None:
            count, weeks = places.recurrence(store)
        else:
            now = places.recurrence(store)
            count, weeks = places.set_recurrence(store, args.count if args.count is not None else now[0],
                                                 args.weeks if args.weeks is not None else now[1], context)
        print(f"En plats återkommer med minst {count} händelser inom {weeks} veckor")
    elif args.action == "free":
        found = places.free_text_places(store, args.year)
        if not found:
            print("Inga platser skrivna som fri text")
        for item in found:
            written = "; ".join(f"«{text}» {number}" for text, number in item.spellings)
            print(f"{item.area}\t{item.spellings[0][0]}\t{item.count} händelser\t{written}")
    elif args.action == "adopt":
        place, count = places.adopt(store, args.text, area=args.area, name=args.name, kind=args.kind,
                                    dry_run=args.dry_run, context=context)
        if args.dry_run:
            made = f"den registrerade platsen {place.name}" if place else "en ny plats"
            print(f"{count} händelser skulle kopplas till {made}. Inget har sparats (--dry-run).")
        else:
            print(f"{count} händelser kopplade till {place.name} ({place.area})")
    else:
        _when(store, args)
    return 0


def _list(store, args) -> None:
    year = validate_year(args.year) if args.year is not None else osenv.today().year
    found = places.places_of_year(store, year, count=args.recur_count, weeks=args.recur_weeks)
    if args.json:
        print(json.dumps([{"name": item.place.name, "area": item.place.area, "kind": item.place.kind,
                           "lat": item.place.lat, "lon": item.place.lon, "incidents": item.this_year,
                           "incidents_last_year": item.last_year, "recurs": item.recurs,
                           "prioritised": item.prioritised} for item in found], ensure_ascii=False, indent=2))
        return
    if not found:
        print("Inga registrerade platser (lägg till med 'lagesbild places add NAMN --area OMRÅDE')")
    for item in found:
        flags = [flag for flag, on in (("återkommande", item.recurs), (f"prioriterad: {item.prioritised}",
                                                                         item.prioritised)) if on]
        print(f"{item.place.name}\t{item.place.area}\t{item.place.kind}\t{year}: {item.this_year}\t"
              f"{year - 1}: {item.last_year}" + (f"\t{'; '.join(flags)}" if flags else ""))


def _when(store, args) -> None:
    start, end = parse_period(args.start).start, parse_period(args.end).end
    table, untimed = places.weekday_times(store, start, end, args.area)
    if args.json:
        print(json.dumps({"bands": list(BANDS), "weekdays": list(WEEKDAYS), "counts": table, "without_time": untimed},
                         ensure_ascii=False, indent=2))
        return
    print(f"{'':10}" + "".join(f"{band:>8}" for band in BANDS))
    for day, row in zip(WEEKDAYS, table, strict=True):
        print(f"{day:10}" + "".join(f"{count:>8}" for count in row))
    print(f"Utan klockslag: {untimed}")
