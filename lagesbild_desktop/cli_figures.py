"""Key figures, as the parser knows them: `lagesbild figures …`.

What they do is in cli_figure_commands.py (loaded only when a command runs, not with the window)."""

from lagesbild_desktop.cli_named_lists import add_name_actions, name_actions

READ_ONLY = {("figures", "list"), ("figures", "compare")}


def add_parsers(commands, sub) -> None:
    figures = sub(commands, "figures", "nyckeltal från andra källor (Compstat, Tyck till, enkäter)").add_subparsers(
        dest="action", metavar="ÅTGÄRD", required=True)
    importing = sub(figures, "import", "importera nyckeltal från CSV eller xlsx (långform eller bred tabell)")
    importing.add_argument("file", metavar="FIL")
    importing.add_argument("--source", metavar="KÄLLA", help="källan (annars kolumnen Källa eller bladets namn)")
    importing.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, skriv inget")
    add = sub(figures, "add", "lägg till ett nyckeltal (eller ett nytt värde för ett som finns; loggas)")
    add.add_argument("--source", required=True, metavar="KÄLLA")
    add.add_argument("--measure", required=True, metavar="MÅTT")
    add.add_argument("--group", default="", metavar="GRUPP")
    add.add_argument("--area", default="", metavar="OMRÅDE", help="utelämnat: hela stadsdelen")
    add.add_argument("--from", dest="start", required=True, metavar="ÅÅÅÅ-MM-DD")
    add.add_argument("--to", dest="end", required=True, metavar="ÅÅÅÅ-MM-DD")
    add.add_argument("--value", required=True, metavar="VÄRDE")
    add.add_argument("--unit", default="antal", metavar="antal|procent")
    delete = sub(figures, "delete", "ta bort ett nyckeltal (loggas; borttagningen följer med utbytesfiler)")
    delete.add_argument("--source", required=True, metavar="KÄLLA")
    delete.add_argument("--measure", required=True, metavar="MÅTT")
    delete.add_argument("--group", default="", metavar="GRUPP")
    delete.add_argument("--area", default="", metavar="OMRÅDE", help="utelämnat: hela stadsdelen")
    delete.add_argument("--from", dest="start", required=True, metavar="ÅÅÅÅ-MM-DD")
    delete.add_argument("--to", dest="end", required=True, metavar="ÅÅÅÅ-MM-DD")
    listing = sub(figures, "list", "lista nyckeltal")
    listing.add_argument("--source", metavar="KÄLLA")
    listing.add_argument("--year", metavar="ÅR", help="nyckeltal vars period berör året")
    listing.add_argument("--json", action="store_true")
    comparing = sub(figures, "compare", "jämför en period med samma period året före (som Tabell 3)")
    comparing.add_argument("--source", required=True, metavar="KÄLLA")
    comparing.add_argument("--from", dest="start", required=True, metavar="ÅÅÅÅ-MM-DD")
    comparing.add_argument("--to", dest="end", required=True, metavar="ÅÅÅÅ-MM-DD")
    comparing.add_argument("--json", action="store_true", help="som JSON (se README)")
    add_name_actions(sub, name_actions(sub, sub(figures, "sources", "källorna: lista, byt namn, ta bort")),
                     "källorna", retire=False)
