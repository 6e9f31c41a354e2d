"""The action plan's commands, as the parser knows them: `lagesbild measure …`, `lagesbild responsibles …`.

What they do is in cli_measure_commands.py (loaded only when a command runs, not with the window)."""

import argparse

from lagesbild_desktop.cli_named_lists import add_name_actions
from lagesbild_desktop.domain.measures import STATUSES

READ_ONLY = {("measure", "list"), ("measure", "show"), ("responsibles", "list")}


def add_parsers(commands, sub) -> None:
    """The subcommands, on the parser's `commands`; `sub` makes a subcommand with the common options."""
    measure = sub(commands, "measure", "åtgärder i åtgärdsplanen").add_subparsers(dest="action", metavar="ÅTGÄRD",
                                                                                  required=True)
    add = sub(measure, "add", "lägg till en åtgärd (skriver ut dess nummer)")
    add.add_argument("--title", required=True, metavar="RUBRIK")
    _measure_fields(add)
    edit = sub(measure, "edit", "ändra en åtgärd (det som anges ändras, resten står kvar; loggas)")
    edit.add_argument("id", metavar="NUMMER")
    edit.add_argument("--title", metavar="RUBRIK")
    _measure_fields(edit, editing=True)
    follow = sub(measure, "follow-up", "följ upp en åtgärd: status, kommentar och nästa uppföljning")
    follow.add_argument("id", metavar="NUMMER")
    follow.add_argument("--status", required=True, metavar="STATUS", help="|".join(STATUSES))
    follow.add_argument("--date", metavar="ÅÅÅÅ-MM-DD", help="uppföljningens datum (standard: i dag)")
    follow.add_argument("--comment", default="", metavar="TEXT")
    follow.add_argument("--next", metavar="ÅÅÅÅ-MM-DD", help="nästa uppföljning")
    follow.add_argument("--allow-personal-data", action="store_true")
    remove = sub(measure, "delete", "ta bort en åtgärd och dess uppföljningar (loggas)")
    remove.add_argument("id", metavar="NUMMER")
    listing = sub(measure, "list", "lista åtgärder med status och effekt")
    listing.add_argument("--year", metavar="ÅR", help="åtgärder vars period berör året")
    listing.add_argument("--status", metavar="STATUS", help="|".join(STATUSES))
    listing.add_argument("--area", metavar="OMRÅDE")
    listing.add_argument("--responsible", metavar="ORGANISATION")
    listing.add_argument("--priority-field", metavar="1–5")
    listing.add_argument("--json", action="store_true", help="som JSON (se README)")
    show = sub(measure, "show", "visa en åtgärd med uppföljningar och effekt")
    show.add_argument("id", metavar="NUMMER")
    for parser in (listing, show):
        parser.add_argument("--weeks", type=_weeks, default=8, metavar="N",
                            help="veckor före och efter starten som effekten jämför (1–52, standard 8)")

    responsible = sub(commands, "responsibles", "ansvariga organisationer för åtgärder").add_subparsers(
        dest="action", metavar="ÅTGÄRD", required=True)
    sub(responsible, "list", "lista ansvariga organisationer")
    added = sub(responsible, "add", "lägg till en ansvarig organisation")
    added.add_argument("name", metavar="NAMN")
    add_name_actions(sub, responsible, "ansvariga", retire=True, listing=False)


def _weeks(text: str) -> int:
    number = int(text) if text.strip().isdigit() else 0
    if not 1 <= number <= 52:
        raise argparse.ArgumentTypeError(f"'{text}' är inget antal veckor 1–52")
    return number


def _measure_fields(parser: argparse.ArgumentParser, editing: bool = False) -> None:
    parser.add_argument("--area", action="append", metavar="OMRÅDE",
                        help="området åtgärden gäller (kan upprepas)" + ("; ersätter listan" if editing else ""))
    parser.add_argument("--priority-field", metavar="1–5", help="det prioriterade samverkansområdet")
    parser.add_argument("--place", metavar="PLATS")
    parser.add_argument("--responsible", action="append", required=not editing, metavar="ORGANISATION",
                        help="ansvarig organisation (kan upprepas)")
    parser.add_argument("--start", required=not editing, metavar="ÅÅÅÅ-MM-DD")
    parser.add_argument("--end", metavar="ÅÅÅÅ-MM-DD", help="planerat slut" + (" ('' tar bort det)" if editing else ""))
    parser.add_argument("--term", metavar="kort|lång", help="kort- eller långsiktig (standard: kort)")
    parser.add_argument("--goal", metavar="TEXT", help="mål eller indikator i ord")
    parser.add_argument("--description", metavar="TEXT")
    parser.add_argument("--next", metavar="ÅÅÅÅ-MM-DD", help="första/nästa uppföljning")
    parser.add_argument("--allow-personal-data", action="store_true")
