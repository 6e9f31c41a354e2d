"""What the action plan's commands do (`lagesbild measure …`, `lagesbild responsibles …`)."""

import json

from lagesbild_desktop.domain.measures import effect_in_words
from lagesbild_desktop.domain.priority_fields import PRIORITY_FIELDS
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services import measures
from lagesbild_desktop.store.connection import Store

CONTEXT = "kommandoraden"


def run_measure(store: Store, args) -> int:
    if args.action == "add":
        made = measures.add_measure(
            store, title=args.title, areas=args.area or [], priority_field=args.priority_field,
            place=args.place or "", responsible=args.responsible, start=args.start, end=args.end,
            term=args.term or "kort", goal=args.goal or "", description=args.description or "",
            next_follow_up=args.next, allow_personal_data=args.allow_personal_data,
            context=f"{CONTEXT}: measure add")
        print(made.id)
    elif args.action == "edit":
        changes = {"title": args.title, "areas": args.area, "priority_field": args.priority_field,
                   "place": args.place, "responsible": args.responsible, "start": args.start, "end": args.end,
                   "term": args.term, "goal": args.goal, "description": args.description,
                   "next_follow_up": args.next}
        if all(value is None for value in changes.values()):
            raise InvalidInput("measure edit: ange vad som ska ändras (t.ex. --title, --area, --end, --next)")
        before = measures.get_measure(store, args.id)
        after = measures.edit_measure(store, args.id, allow_personal_data=args.allow_personal_data,
                                      context=f"{CONTEXT}: measure edit", **changes)
        print(f"Åtgärd {after.id} {'oförändrad' if after == before else 'ändrad'}: {after.title}")
    elif args.action == "follow-up":
        extra = {} if args.next is None else {"next_follow_up": args.next}
        done = measures.follow_up(store, args.id, status=args.status, date=args.date, comment=args.comment,
                                  allow_personal_data=args.allow_personal_data,
                                  context=f"{CONTEXT}: measure follow-up", **extra)
        item = measures.view(store, args.id)
        following = item.measure.next_follow_up
        print(f"Uppföljning sparad: åtgärd {item.id} «{item.measure.title}» {done.date}: {done.status}"
              + (f"; nästa uppföljning {following}" if following else ""))
    elif args.action == "delete":
        old = measures.delete_measure(store, args.id, context=f"{CONTEXT}: measure delete")
        print(f"Åtgärd {old.id} borttagen: {old.title}")
    elif args.action == "list":
        _list(store, args)
    else:
        _show(store, measures.view(store, args.id), args.weeks)
    return 0


def _list(store: Store, args) -> None:
    found = measures.list_measures(store, year=args.year, status=args.status, area=args.area,
                                   responsible=args.responsible, priority_field=args.priority_field)
    effects = measures.effects(store, found, weeks=args.weeks)
    if args.json:
        print(json.dumps([measures.as_dict(item, effects[item.id]) for item in found], ensure_ascii=False, indent=2))
        return
    for item in found:
        m = item.measure
        change = effects[item.id].difference
        print(f"{m.id}\t{item.status}\t{m.start}–{m.end or ''}\t{m.title}\t{', '.join(item.area_names) or '–'}\t"
              f"{', '.join(m.responsible)}\t"
              f"{'–' if change is None else f'{change:+.2f}'.replace('.', ',')}")
    if not found:
        print("Inga åtgärder")


def _show(store: Store, item: measures.MeasureView, weeks: int) -> None:
    m = item.measure
    field = f"{m.priority_field} {PRIORITY_FIELDS[m.priority_field - 1].name_sv}" if m.priority_field else "–"
    lines = [f"Åtgärd {m.id}: {m.title}", f"Status: {item.status}", f"Period: {m.start} – {m.end or 'tills vidare'}"
             f" ({'långsiktig' if m.term == 'lång' else 'kortsiktig'})",
             f"Områden: {', '.join(item.area_names) or '–'}", f"Prioriterat område: {field}",
             f"Plats: {m.place or '–'}", f"Ansvariga: {', '.join(m.responsible) or '–'}", f"Mål: {m.goal or '–'}",
             f"Beskrivning: {m.description or '–'}", f"Nästa uppföljning: {m.next_follow_up or '–'}"]
    print("\n".join(lines))
    print("Uppföljningar:" if item.follow_ups else "Uppföljningar: inga")
    for done in item.follow_ups:
        print(f"  {done.date} {done.status}" + (f": {done.comment}" if done.comment else "") + f" ({done.who})")
    print("Effekt: " + effect_in_words(measures.effect_of(store, item, weeks=weeks), bool(m.areas)))


def run_responsibles(store: Store, args) -> int:
    if args.action == "add":
        made = measures.add_responsible(store, args.name, context=f"{CONTEXT}: responsibles add")
        print(f"Ansvarig tillagd: {made.name}")
    elif args.action in ("rename", "retire", "remove"):
        from lagesbild_desktop.cli_named_lists import run_name_action

        return run_name_action(store, "responsible", args.action, args, f"{CONTEXT}: responsibles")
    else:
        for item in measures.list_responsibles(store):
            print(item.name)
    return 0
