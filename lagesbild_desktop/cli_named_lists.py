"""The editable lists of names on the command line: `figures sources …`, `responsibles …`, `places kinds …`
list, rename, retire and remove a name (services/named_lists.py; loaded when a command runs)."""


def name_actions(sub, parser):
    """A subcommand's own actions on a list of names (`figures sources …`), in args.name_action."""
    return parser.add_subparsers(dest="name_action", metavar="ÅTGÄRD", required=True)


def add_name_actions(sub, actions, what: str, *, retire: bool, listing: bool = True) -> None:
    """list, rename OLD NEW, remove NAME (and retire NAME) among `actions` (a subparsers object)."""
    if listing:
        sub(actions, "list", f"lista {what}")
    rename = sub(actions, "rename", "byt namn (överallt där det används; loggas, följer med utbytesfiler)")
    rename.add_argument("old", metavar="GAMMALT_NAMN")
    rename.add_argument("new", metavar="NYTT_NAMN")
    remove = sub(actions, "remove", "ta bort ett namn som inget använder (loggas, följer med utbytesfiler)")
    remove.add_argument("name", metavar="NAMN")
    if retire:
        retiring = sub(actions, "retire", "avveckla: namnet står kvar där det används men erbjuds inte längre")
        retiring.add_argument("name", metavar="NAMN")


def run_name_action(store, entity: str, action: str, args, context: str) -> int:
    from lagesbild_desktop.services import named_lists

    if action == "rename":
        done = named_lists.rename(store, entity, args.old, args.new, context=f"{context} rename")
        print(f"Bytt namn: {done.old} → {done.new} ({done.records} poster ändrade)")
    elif action == "remove":
        print(f"Borttaget: {named_lists.remove(store, entity, args.name, context=f'{context} remove')}")
    elif action == "retire":
        done = named_lists.set_active(store, entity, args.name, False, context=f"{context} retire")
        print(f"Avvecklad: {done.name}")
    else:
        for item in named_lists.names_of(store, entity):
            print(item.name + ("" if item.active else " (avvecklad)"))
    return 0
