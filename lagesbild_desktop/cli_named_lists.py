"""The editable lists of names on the command line: `figures sources …`, `responsibles …`, `places kinds …`
list, rename, retire and remove a name (services/named_lists.py; loaded when a command runs)."""


def add_name_actions(sub, parser, what: str, *, retire: bool) -> None:
    """list, rename OLD NEW, remove NAME (and retire NAME) as `parser`'s actions, in `parser.dest` 'name_action'."""
    actions = parser.add_subparsers(dest="name_action", metavar="ÅTGÄRD", required=True)
    sub(actions, "list", f"lista {what}")
    rename = sub(actions, "rename", "byt namn (överallt där det används; loggas, följer med utbytesfiler)")
    rename.add_argument("old", metavar="GAMMALT_NAMN")
    rename.add_argument("new", metavar="NYTT_NAMN")
    remove = sub(actions, "remove", "ta bort ett namn som inget använder (loggas, följer med utbytesfiler)")
    remove.add_argument("name", metavar="NAMN")
    if retire:
        retiring = sub(actions, "retire", "avveckla: namnet står kvar där det används men erbjuds inte längre")
        retiring.add_argument("name", metavar="NAMN")


def run_name_action(store, entity: str, args, context: str) -> int:
    from lagesbild_desktop.services import named_lists

    action = args.name_action
    if action == "rename":
        done = named_lists.rename(store, entity, args.old, args.new, context=f"{context} rename")
        print(f"Bytt namn: {done.old} → {done.new} ({done.records} poster ändrade)")
    elif action == "remove":
        print(f"Borttaget: {named_lists.remove(store, entity, args.name, context=f'{context} remove')}")
    elif action == "retire":
        done = named_lists.set_active(store, entity, args.name, False, context=f"{context} retire")
        print(f"Avvecklad: {done.name}")
    else:
        from lagesbild_desktop.store import named_lists as lists

        for item in lists.all_names(store.conn, named_lists.LISTS[entity], include_inactive=True):
            print(item.name + ("" if item.active else " (avvecklad)"))
    return 0
