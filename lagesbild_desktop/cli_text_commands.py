"""What `lagesbild text …` does: write, show and list the yearly report's texts, and draft an area's."""

from pathlib import Path

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services import year_drafts, year_texts
from lagesbild_desktop.store.connection import Store

CONTEXT = "kommandoraden"


def run_text(store: Store, args) -> int:
    if args.action == "list":
        _list(store, args.year)
        return 0
    if args.action == "draft":
        print(year_drafts.draft(store, year_texts.place(store, args.year, "omrade", args.area)), end="")
        return 0
    where = year_texts.place(store, args.year, args.section, args.area)
    if args.action == "show":
        body = year_texts.text(store, where)
        print(body, end="" if body.endswith("\n") or not body else "\n")
        return 0
    body = _read(args.file) if args.file is not None else args.text
    before = year_texts.stored(store, where)
    saved = year_texts.set_text(store, where, body, allow_personal_data=args.allow_personal_data,
                                context=f"{CONTEXT}: text set")
    state = "oförändrad" if before is not None and before.vv == saved.vv else "sparad"
    print(f"{where.in_words()}: {state} ({len(saved.body)} tecken)")
    return 0


def _read(name: str) -> str:
    path = Path(name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Filen {name} finns inte. Inget har sparats") from None
    except IsADirectoryError:
        raise InvalidInput(f"{name} är en mapp, ingen fil. Inget har sparats") from None
    except OSError as error:
        raise InvalidInput(f"Filen {name} kan inte läsas ({error.strerror}). Inget har sparats") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"Filen {name} är inte UTF-8: spara den som UTF-8 och försök igen. Inget har sparats"
                           ) from None


def _list(store: Store, year) -> None:
    for state in year_texts.states(store, year):
        where = state.place
        key = where.section.key + (f" --area \"{where.area_name}\"" if where.area else "")
        if state.default:
            status = "standardtext"
        elif state.stored is None or state.length == 0:
            status = "tom"
        else:
            status = f"{state.length} tecken" + (", UTKAST" if state.draft else "")
            status += f", {state.stored.recorded_by} {state.stored.recorded_at[:16].replace('T', ' ')}"
        print(f"{key:<40} {where.title:<55} {status}")
