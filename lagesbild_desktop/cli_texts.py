"""The yearly report's texts, as the parser knows them: `lagesbild text …`.

What they do is in cli_text_commands.py (loaded only when a command runs, not with the window)."""

READ_ONLY = {("text", "show"), ("text", "list"), ("text", "draft")}


def add_parsers(commands, sub) -> None:
    text = sub(commands, "text", "texterna i den lokala lägesbilden (Markdown)").add_subparsers(
        dest="action", metavar="ÅTGÄRD", required=True)
    keys = ("avsnitt: sammantagen, inledning, syfte, brottslighet, omrade (med --area), kallor, "
            "prioriterat-1 … prioriterat-5")
    setting = sub(text, "set", "skriv ett avsnitts text (ersätter den som finns; loggas)")
    show = sub(text, "show", "skriv ut ett avsnitts text (Markdown)")
    for parser in (setting, show):
        parser.add_argument("--year", required=True, metavar="ÅR")
        parser.add_argument("--section", required=True, metavar="AVSNITT", help=keys)
        parser.add_argument("--area", metavar="OMRÅDE", help="området, för avsnittet omrade")
    given = setting.add_mutually_exclusive_group(required=True)
    given.add_argument("--file", metavar="FIL.md", help="texten ur en fil (UTF-8, Markdown)")
    given.add_argument("--text", metavar="TEXT", help="texten (Markdown)")
    setting.add_argument("--allow-personal-data", action="store_true")
    listing = sub(text, "list", "lista årets avsnitt: skrivna, tomma, utkast")
    listing.add_argument("--year", required=True, metavar="ÅR")
    draft = sub(text, "draft", "skriv ut ett utkast till ett områdes text ur årets data")
    draft.add_argument("--year", required=True, metavar="ÅR")
    draft.add_argument("--area", required=True, metavar="OMRÅDE")
