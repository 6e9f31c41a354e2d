"""The command line: a thin argparse layer over services/.

Without a subcommand the GUI starts. Every error the program raises on
purpose is printed as one Swedish line on stderr with its exit code
(2 bad input, 3 unusable database or environment, 4 conflict, 1 check failed).
"""

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from lagesbild_desktop import __version__, cli_argparse_sv, cli_figures, cli_measures, cli_places, cli_texts
from lagesbild_desktop.errors import LagesbildError

PROG = "lagesbild"


class UsageError(Exception):
    """A command line that argparse could not make sense of (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # One line, not argparse's usage block: the user sees exactly what was wrong.
        raise UsageError(f"{self.prog}: {message} (se '{self.prog} --help')")


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: --db may stand before or after the subcommand without one hiding the other.
    parser.add_argument("--db", metavar="SÖKVÄG", default=argparse.SUPPRESS,
                        help="databasfilen (standard: användarens datamapp)")
    parser.add_argument("--shared", action="store_true", default=argparse.SUPPRESS,
                        help="filen delas mellan datorer (nätverksenhet): använd inte WAL")


def _file_name(text: str) -> str:
    """--out's value: an empty one (a variable that was not set) would otherwise be read as '.'."""
    if not text.strip():
        raise argparse.ArgumentTypeError("saknar filnamn")
    return text


def _sub(subparsers, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    _db_option(parser)
    return parser


def _cell(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options naming one area-week."""
    parser.add_argument("--area", required=True, metavar="OMRÅDE")
    parser.add_argument("--year", required=True, metavar="ÅR")
    parser.add_argument("--week", required=True, metavar="VECKA")
    return parser


# Options of the window itself that take a value (a command word never follows them directly).
_GUI_VALUE_OPTIONS = {"--db", "--year", "--week", "--lang"}


def _starts_window(argv: Sequence[str]) -> bool:
    """No command word and no --help: the window starts, and the commands need no parser."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GUI_VALUE_OPTIONS:
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return False
    return True


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    cli_argparse_sv.install()
    parser = _Parser(
        prog=PROG,
        description="Lägesbild Desktop: veckovis lägesbedömning per område. Utan kommando startar programfönstret.",
    )
    parser.add_argument("--version", action="version", version=f"Lägesbild Desktop {__version__}",
                        help="visa programmets version och avsluta")
    _db_option(parser)
    parser.add_argument("--year", metavar="ÅR", help="öppna veckomötet på detta år")
    parser.add_argument("--week", metavar="VECKA", help="öppna veckomötet på denna vecka")
    parser.add_argument("--lang", choices=["sv", "en"], help="språk i fönstret (standard: svenska)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="öppna fönstret, mät tiden till första ritning, avsluta")
    if not with_commands:  # starting the window: building 20 sub-parsers would only delay it
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    record = _cell(_sub(commands, "record", "spara veckans bedömning för ett område"))
    record.add_argument("--grade", required=True, metavar="BEDÖMNING", help="1–5")
    record.add_argument("--note", default=None, metavar="TEXT", help="anteckning (utelämnad: behåll den som finns)")
    record.add_argument("--allow-personal-data", action="store_true",
                        help="spara anteckningen även om den innehåller ett personnummer")

    _cell(_sub(commands, "clear", "ta bort en veckas bedömning för ett område (loggas)"))

    incident = _sub(commands, "incident", "händelser").add_subparsers(dest="action", metavar="ÅTGÄRD",
                                                                     required=True)
    add = _sub(incident, "add", "registrera en händelse")
    add.add_argument("--area", required=True, metavar="OMRÅDE")
    add.add_argument("--date", required=True, metavar="ÅÅÅÅ-MM-DD")
    add.add_argument("--category", required=True, metavar="KATEGORI")
    add.add_argument("--severity", required=True, metavar="GRAD", help="lindrig|oroande|allvarlig|kritisk (1–4)")
    add.add_argument("--place", default="", metavar="PLATS",
                     help="en registrerad plats i området (se 'places list') eller fri text")
    add.add_argument("--time", metavar="TT:MM", help="klockslaget, om det är känt")
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument("--allow-personal-data", action="store_true")
    listing = _sub(incident, "list", "lista händelser")
    listing.add_argument("--year", required=True, metavar="ÅR")
    listing.add_argument("--week", metavar="VECKA")
    edit = _sub(incident, "edit", "ändra en händelse (det som anges ändras, resten står kvar; loggas)")
    edit.add_argument("id", metavar="NUMMER")
    edit.add_argument("--area", metavar="OMRÅDE")
    edit.add_argument("--date", metavar="ÅÅÅÅ-MM-DD")
    edit.add_argument("--category", metavar="KATEGORI")
    edit.add_argument("--severity", metavar="GRAD", help="lindrig|oroande|allvarlig|kritisk (1–4)")
    edit.add_argument("--place", metavar="PLATS")
    edit.add_argument("--description", metavar="TEXT")
    edit.add_argument("--allow-personal-data", action="store_true")
    remove = _sub(incident, "delete", "ta bort en händelse (loggas)")
    remove.add_argument("id", metavar="NUMMER")

    area_cmd = _sub(commands, "areas", "områden").add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)
    area_list = _sub(area_cmd, "list", "lista områden")
    area_list.add_argument("--year", metavar="ÅR", help="bara områden som fanns detta år")
    area_add = _sub(area_cmd, "add", "lägg till ett område")
    area_add.add_argument("name", metavar="NAMN")
    area_add.add_argument("--first-year", metavar="ÅR", help="första året området finns (standard: i år)")
    area_rename = _sub(area_cmd, "rename", "byt namn på ett område (tidigare år behåller det gamla namnet)")
    area_rename.add_argument("old", metavar="GAMMALT")
    area_rename.add_argument("new", metavar="NYTT")
    area_order = _sub(area_cmd, "order", "sätt ett områdes plats i listor och rutnät ('auto': bokstavsordning)")
    area_order.add_argument("name", metavar="NAMN")
    area_order.add_argument("position", metavar="PLATS")
    area_retire = _sub(area_cmd, "retire", "avveckla ett område från ett visst år")
    area_retire.add_argument("name", metavar="NAMN")
    area_retire.add_argument("--from-year", required=True, metavar="ÅR")
    area_bounds = _sub(area_cmd, "boundaries", "läs in områdenas gränser för kartan ur en GeoJSON-fil (WGS 84 eller "
                                              "SWEREF 99 TM)")
    area_bounds.add_argument("file", metavar="FIL.geojson")
    area_bounds.add_argument("--name-property", metavar="EGENSKAP",
                             help="egenskapen som har områdets namn (standard: namn, name eller liknande)")
    area_bounds.add_argument("--map", action="append", default=[], metavar="I_FILEN=OMRÅDE",
                             help="namnet i filen är detta befintliga område (kan upprepas)")
    area_bounds.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, skriv inget")

    cat_cmd = _sub(commands, "categories", "händelsekategorier").add_subparsers(dest="action", metavar="ÅTGÄRD",
                                                                             required=True)
    _sub(cat_cmd, "list", "lista kategorier")
    cat_add = _sub(cat_cmd, "add", "lägg till en kategori")
    cat_add.add_argument("code", metavar="KOD")
    cat_add.add_argument("--name-sv", metavar="NAMN")
    cat_add.add_argument("--name-en", metavar="NAME")

    summary = _sub(commands, "summary", "årssammanställning per område")
    summary.add_argument("--year", required=True, metavar="ÅR")
    summary.add_argument("--json", action="store_true", help="maskinläsbar JSON (nycklar: se README)")

    note = _sub(commands, "week-note",
                "veckans deltagare och sammanfattning (till veckorapporten); visas utan ändringar")
    note.add_argument("--year", required=True, metavar="ÅR")
    note.add_argument("--week", required=True, metavar="VECKA")
    note.add_argument("--participants", metavar="TEXT", help="vilka som deltog")
    note.add_argument("--summary", metavar="TEXT", help="veckans sammanfattning")
    note.add_argument("--allow-personal-data", action="store_true")
    field = _sub(commands, "priority-field",
                 "ett prioriterat samverkansområde i årsrapporten (1–5); visas utan ändringar")
    field.add_argument("--year", required=True, metavar="ÅR")
    field.add_argument("--field", required=True, metavar="1-5")
    field.add_argument("--needs-measures", choices=["ja", "nej"], help="behov av särskilda åtgärder")
    field.add_argument("--comment", metavar="TEXT")
    field.add_argument("--allow-personal-data", action="store_true")

    export = _sub(commands, "export", "exportera ett år: rutnätet för Excel, långform som CSV, eller bild")
    export.add_argument("--year", metavar="ÅR")
    export.add_argument("--exchange", action="store_true",
                        help="allt i databasen som en utbytesfil till en annan dator (ingen --year/--format)")
    export.add_argument("--format", choices=["xlsx", "csv", "png", "map"],
                        help="xlsx: rutnätet med färger, förklaring och långform; csv: långform för Excel; "
                             "png: rutnätet med skalan som bild; map: kartan som PNG (veckans bedömningar med "
                             "--week, annars årets medel)")
    export.add_argument("--week", metavar="VECKA", help="med --format map: veckans bedömningar")
    export.add_argument("--out", required=True, type=_file_name, metavar="FIL")
    export.add_argument("--lang", choices=["sv", "en"], default="sv", help="språk i bilden")

    report = _sub(commands, "report", "rapporter som PDF").add_subparsers(dest="action", metavar="RAPPORT",
                                                                      required=True)
    yearly = _sub(report, "yearly", "årssammanställningen")
    yearly.add_argument("--year", required=True, metavar="ÅR")
    yearly.add_argument("--out", required=True, type=_file_name, metavar="FIL.pdf|FIL.docx",
                        help="filändelsen väljer format: .pdf eller .docx (Word)")
    yearly.add_argument("--sections", metavar="AVSNITT,…",
                        help="bara dessa delar, kommaseparerade: sammantagen, inledning, syfte, tabell1, tabell2, "
                             "sammanstallning, karta, omraden, brottslighet, platser, nyckeltal, diagram, "
                             "prioriterade, atgardsplan, kallor (standard: alla)")
    yearly.add_argument("--figure-source", action="append", metavar="KÄLLA",
                        help="nyckeltal bara från denna källa (kan anges flera gånger; standard: alla)")
    yearly.add_argument("--figure-measure", action="append", metavar="MÅTT",
                        help="bara detta mått bland nyckeltalen (kan anges flera gånger; standard: alla)")
    weekly = _sub(report, "weekly", "veckorapporten")
    weekly.add_argument("--year", required=True, metavar="ÅR")
    weekly.add_argument("--week", required=True, metavar="VECKA")
    weekly.add_argument("--out", required=True, type=_file_name, metavar="FIL.pdf")
    plan = _sub(report, "action-plan", "åtgärdsplanen för ett år, som eget dokument")
    plan.add_argument("--year", required=True, metavar="ÅR")
    plan.add_argument("--out", required=True, type=_file_name, metavar="FIL.pdf")
    quarterly = _sub(report, "quarterly", "kvartalsanalysen (EST): områden efter medelbedömning, händelser, åtgärder")
    quarterly.add_argument("--year", required=True, metavar="ÅR")
    quarterly.add_argument("--quarter", required=True, metavar="1–4", help="vecka 1–13, 14–26, 27–39, 40–årets slut")
    quarterly.add_argument("--out", required=True, type=_file_name, metavar="FIL.pdf")

    importing = _sub(commands, "import", "läs in bedömningar från en Excel-arbetsbok (rutnät) eller CSV (långform)")
    importing.add_argument("file", metavar="FIL")
    importing.add_argument("--year", metavar="ÅR", help="året, om det inte står i en rubrik eller bladets namn")
    importing.add_argument("--sheet", metavar="BLAD", help="bara detta blad (annars alla årsblad)")
    importing.add_argument("--create-areas", action="store_true", help="skapa områden som inte finns")
    importing.add_argument("--map", action="append", default=[], metavar="I_FILEN=OMRÅDE",
                           help="namnet i filen är detta befintliga område (kan upprepas)")
    importing.add_argument("--overwrite", action="store_true",
                           help="skriv över bedömningar som redan finns med ett annat värde")
    importing.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, skriv inget")
    importing.add_argument("--resolve", action="append", default=[], metavar="VAL",
                           help="utbytesfil: avgör konflikter. 'här' eller 'fil' för alla, eller "
                                "'KONFLIKT=här' / 'KONFLIKT=fil' för en (KONFLIKT som den står i hakparentes i "
                                "listan); kan upprepas")
    cli_measures.add_parsers(commands, _sub)
    cli_texts.add_parsers(commands, _sub)
    cli_figures.add_parsers(commands, _sub)
    cli_places.add_parsers(commands, _sub)
    _sub(commands, "check", "kontrollera filen och ändringsloggens kedja")
    log = _sub(commands, "log", "visa ändringsloggen (senaste först)")
    log.add_argument("--limit", type=int, default=50, metavar="ANTAL")
    backup = _sub(commands, "backup", "gör en säkerhetskopia")
    backup.add_argument("--out", required=True, type=_file_name, metavar="FIL")
    restore = _sub(commands, "restore", "återställ från en säkerhetskopia (den nuvarande filen sparas undan)")
    restore.add_argument("file", metavar="FIL")
    district = _sub(commands, "district", "stadsdelens namn (följer med utbytesfiler); visas utan NAMN")
    district.add_argument("name", nargs="?", metavar="NAMN")
    shared = _sub(commands, "shared", "markera databasen som delad mellan datorer (på/av/visa)")
    shared.add_argument("state", choices=["on", "off", "status"], nargs="?", default="status")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any("\udc80" <= ch <= "\udcff" for arg in argv for ch in arg):
        # Bytes that are not UTF-8 (e.g. a script saved as Windows-1252) arrive as surrogates.
        print(f"{PROG}: argumenten innehåller tecken som inte är UTF-8; spara skriptet som UTF-8", file=sys.stderr)
        return 2
    parser = build_parser(with_commands=not _starts_window(argv))
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except SystemExit as done:  # --help and --version
        return done.code or 0
    _utf8_output()
    if args.command is None:
        from lagesbild_desktop.ui.app import run_gui

        return run_gui(args)
    from lagesbild_desktop.cli_commands import run

    try:
        return run(args)
    except LagesbildError as error:
        print(f"{PROG}: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: avbrutet", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output was piped into a program that stopped reading (| head)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout once more at exit
        return 0
    except Exception as error:  # a bug: said to be one, with a report (crash.py), never as bad input
        from pathlib import Path

        from lagesbild_desktop import crash

        db = getattr(args, "db", None)
        report = crash.write_report(error, Path(db) if db else None, f"kommandot {args.command}")
        print(crash.command_line_message(error, report), file=sys.stderr)
        return crash.EXIT_CODE


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


if __name__ == "__main__":
    sys.exit(main())
