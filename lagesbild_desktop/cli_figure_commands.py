"""What `lagesbild figures …` does: import, add, delete, list and compare key figures."""

import json
from pathlib import Path

from lagesbild_desktop.domain.isoweek import validate_year
from lagesbild_desktop.domain.key_figures import ComparisonRow, Period, format_number, parse_period
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services import key_figures
from lagesbild_desktop.store.connection import Store

CONTEXT = "kommandoraden"


def run_figures(store: Store, args) -> int:
    if args.action == "sources":
        from lagesbild_desktop.cli_named_lists import run_name_action

        return run_name_action(store, "figure_source", args.name_action, args, f"{CONTEXT}: figures sources")
    if args.action == "import":
        found = key_figures.read_file(store, args.file, source=args.source)
        shown = key_figures.plan(store, found)
        print(shown.in_words())
        if args.dry_run:
            print("Inget har sparats (--dry-run).")
            return 0
        key_figures.apply(store, found, shown, Path(args.file).name)
        print(f"Importerat: {len(shown.new)} nya och {len(shown.changed)} ändrade nyckeltal.")
    elif args.action == "add":
        made = key_figures.add_figure(store, source=args.source, measure=args.measure, group=args.group,
                                      area=args.area, start=args.start, end=args.end, value=args.value,
                                      unit=args.unit, context=f"{CONTEXT}: figures add")
        print(f"Sparat: {made.measure} {made.start}–{made.end}: {format_number(made.value)} {made.unit}")
    elif args.action == "delete":
        gone = key_figures.delete_figure(store, source=args.source, measure=args.measure, group=args.group,
                                         area=args.area, start=args.start, end=args.end,
                                         context=f"{CONTEXT}: figures delete")
        print(f"Borttaget: {gone.measure} {gone.start}–{gone.end} ({format_number(gone.value)} {gone.unit})")
    elif args.action == "list":
        year = validate_year(args.year) if args.year is not None else None
        found = key_figures.figures(store, source=args.source, year=year)
        if args.json:
            print(json.dumps([{"source": f.source, "measure": f.measure, "group": f.group, "area": f.area,
                               "from": f.period.start.isoformat(), "to": f.period.end.isoformat(),
                               "value": f.value, "unit": f.unit} for f in found], ensure_ascii=False, indent=2))
        else:
            for f in found:
                where = f" {f.area}" if f.area else ""
                group = f" [{f.group}]" if f.group else ""
                print(f"{f.source}: {f.measure}{group}{where} {f.period}: {format_number(f.value)} {f.unit}")
    else:
        period = Period(parse_period(args.start).start, parse_period(args.end).end)
        if period.end < period.start:
            raise InvalidInput(f"perioden {period} slutar före sin början")
        rows = key_figures.comparison(store, args.source, period)
        if args.json:
            print(json.dumps([_as_dict(row) for row in rows if not row.subtotal], ensure_ascii=False, indent=2))
        else:
            _print_table(rows, period)
    return 0


def _as_dict(row: ComparisonRow) -> dict:
    return {"measure": row.measure, "group": row.group, "area": row.area, "value": row.value,
            "previous": row.previous, "change": row.change, "change_pct": row.change_pct}


def _print_table(rows: list[ComparisonRow], period: Period) -> None:
    before = period.year_before()
    print(f"{'Mått':<40} {str(period.start.year):>10} {str(before.start.year):>10} {'Förändring':>11} {'%':>7}")
    for row in rows:
        name = ("  " if row.group and not row.subtotal else "") + row.measure
        pct = "–" if row.change_pct is None else format_number(row.change_pct, 1)
        change = format_number(row.change)
        if row.change is not None and row.change > 0:
            change = "+" + change
        print(f"{name:<40} {format_number(row.value):>10} {format_number(row.previous):>10} {change:>11} {pct:>7}")
