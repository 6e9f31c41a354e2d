"""Places, as the parser knows them: `lagesbild places …`.

What they do is in cli_place_commands.py (loaded only when a command runs, not with the window)."""

from lagesbild_desktop.cli_named_lists import add_name_actions, name_actions

READ_ONLY = {("places", "list"), ("places", "when"), ("places", "free")}


def add_parsers(commands, sub) -> None:
    places = sub(commands, "places", "registrerade platser (torg, stationer, drogscener …) och när det händer"
                 ).add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)
    add = sub(places, "add", "registrera en plats (loggas, följer med utbytesfiler)")
    add.add_argument("name", metavar="NAMN")
    add.add_argument("--area", required=True, metavar="OMRÅDE")
    add.add_argument("--kind", default="annat", metavar="SLAG",
                     help="torg, centrum, station, skola, park, drogscen, bosättning, annat (eller ett nytt slag)")
    add.add_argument("--lat", metavar="LATITUD", help="WGS 84, t.ex. 59.3617")
    add.add_argument("--lon", metavar="LONGITUD", help="WGS 84, t.ex. 17.8723")
    add.add_argument("--notes", default="", metavar="TEXT")
    listing = sub(places, "list", "platserna med händelser i år och förra året, och om de återkommer")
    listing.add_argument("--year", metavar="ÅR", help="standard: i år")
    listing.add_argument("--recur-count", type=int, metavar="N",
                         help="återkommande: minst N händelser … (standard: som 'places recurrence' säger, 3)")
    listing.add_argument("--recur-weeks", type=int, metavar="M", help="… inom M veckor (standard: 4)")
    listing.add_argument("--json", action="store_true", help="som JSON (se README)")
    rename = sub(places, "rename", "byt namn på en plats")
    rename.add_argument("name", metavar="NAMN")
    rename.add_argument("new", metavar="NYTT")
    rename.add_argument("--area", metavar="OMRÅDE", help="om namnet finns i flera områden")
    edit = sub(places, "edit", "ändra en plats slag, koordinater eller anteckning (det som anges ändras)")
    edit.add_argument("name", metavar="NAMN")
    edit.add_argument("--area", metavar="OMRÅDE", help="om namnet finns i flera områden")
    edit.add_argument("--kind", metavar="SLAG")
    edit.add_argument("--lat", metavar="LATITUD")
    edit.add_argument("--lon", metavar="LONGITUD")
    edit.add_argument("--notes", metavar="TEXT")
    retire = sub(places, "retire", "avveckla en plats från ett år (den finns kvar i tidigare år)")
    retire.add_argument("name", metavar="NAMN")
    retire.add_argument("--from-year", required=True, metavar="ÅR")
    retire.add_argument("--area", metavar="OMRÅDE")
    prioritise = sub(places, "prioritise", "gör en plats till prioriterad plats ett år, med skäl")
    prioritise.add_argument("name", metavar="NAMN")
    prioritise.add_argument("--year", required=True, metavar="ÅR")
    prioritise.add_argument("--reason", default="", metavar="SKÄL")
    prioritise.add_argument("--remove", action="store_true", help="inte längre prioriterad det året")
    prioritise.add_argument("--area", metavar="OMRÅDE")
    free = sub(places, "free", "platser skrivna som fri text i händelserna, stavningar av samma plats ihop")
    free.add_argument("--year", metavar="ÅR", help="standard: alla år")
    adopt = sub(places, "adopt", "gör en plats skriven som fri text till en registrerad plats och koppla "
                                 "områdets händelser med den (alla stavningar)")
    adopt.add_argument("text", metavar="TEXT", help="platsen som den står i händelserna")
    adopt.add_argument("--area", required=True, metavar="OMRÅDE")
    adopt.add_argument("--name", metavar="NAMN", help="platsens namn (standard: den vanligaste stavningen)")
    adopt.add_argument("--kind", default="annat", metavar="SLAG")
    adopt.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, skriv inget")
    recurring = sub(places, "recurrence", "när en plats räknas som återkommande: minst N händelser inom M veckor "
                                          "(visas utan --count/--weeks; loggas, följer med utbytesfiler)")
    recurring.add_argument("--count", type=int, metavar="N")
    recurring.add_argument("--weeks", type=int, metavar="M")
    add_name_actions(sub, name_actions(sub, sub(places, "kinds", "slagen av platser: lista, byt namn, ta bort")),
                     "slagen av platser", retire=False)
    when = sub(places, "when", "händelser per veckodag och tid på dygnet (sex fyratimmarsband)")
    when.add_argument("--from", dest="start", required=True, metavar="ÅÅÅÅ-MM-DD")
    when.add_argument("--to", dest="end", required=True, metavar="ÅÅÅÅ-MM-DD")
    when.add_argument("--area", metavar="OMRÅDE", help="standard: hela stadsdelen")
    when.add_argument("--json", action="store_true")
