"""Which database this is, for exchanges: a replica id that no other database file shares.

A copied database file (a second workstation set up from a copy, a backup opened or restored)
holds the same replica id as its original. Two databases writing under one id would give two
different writes the same version, and an exchange between them would lose one silently. So the
id is tied to the file it was made for: the file's identity (inode / Windows file id), which a copy
never has, is recorded beside it and compared whenever the database is opened for writing. A file
that is not the one recorded gets a new id, and the user is told. A restore always gives a new id.

A file put back to an earlier state by copying a backup over it keeps its file identity. What it
must not do is hand out again numbers other workstations have already seen: those left only in
exchange files. So every export notes the id and the last entry it sent, in a small file beside the
database and again in the user's profile (a folder backup put back brings the note beside the database
back with it, not the one in the profile); a database whose log is now shorter than either, under the
same id, gets a new id too.
"""

import contextlib
import json
import os
import sqlite3
from pathlib import Path

from lagesbild_desktop.paths import exchange_marks_dir
from lagesbild_desktop.store import audit, settings
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.fileuri import connect_readonly
from lagesbild_desktop.store.versions import REPLICA_SETTING

ANCHOR_SETTING = "replica_file"

COPY_NOTE = ("Databasfilen {path} är en kopia av en annan databasfil (eller har flyttats till en annan disk). "
             "Den har fått en egen identitet för utbytesfiler, så att den och originalet kan utbyta data utan att "
             "något går förlorat. Inga bedömningar har ändrats.")


ROLLED_BACK_NOTE = ("Databasfilen {path} är äldre än när den senast gjorde en utbytesfil (den har återställts "
                    "utanför programmet?). Den har fått en ny identitet för utbytesfiler, så att det som skrivs nu "
                    "inte kan förväxlas med det som redan skickats. Inga bedömningar har ändrats.")


def sent_marker(path: Path) -> Path:
    """The file beside the database that notes what its exchange files have handed out."""
    return path.with_name(path.name + ".senaste-utbyte")


def note_sent(store: Store, replica: str, last_entry: int) -> None:
    """After an export: the id and the last entry that left this database (see the module's text).
    Written aside and renamed into place; OSError if the folder cannot be written."""
    profile = _profile_marker(replica)
    if profile is not None:  # first: a note beside the database held open elsewhere must not cost this one
        with contextlib.suppress(OSError):  # a profile that cannot be written: the note beside it stays
            _write_note(profile, replica, last_entry)
    _write_note(sent_marker(store.path), replica, last_entry)


def _profile_marker(replica: str) -> Path | None:
    """The note in the user's profile (None for an id that is not hex digits: never a path of its own)."""
    return exchange_marks_dir() / f"{replica}.json" if replica.isalnum() else None


def _write_note(marker: Path, replica: str, last_entry: int) -> None:
    marker.parent.mkdir(parents=True, exist_ok=True)
    temp = marker.with_name(marker.name + ".skrivs")
    temp.write_text(json.dumps({"replica": replica, "entry": last_entry}), encoding="utf-8")
    os.replace(temp, marker)


def _sent_until(marker: Path, replica: str) -> int:
    try:
        sent = json.loads(marker.read_text(encoding="utf-8"))
        return int(sent["entry"]) if sent["replica"] == replica else 0
    except (OSError, ValueError, KeyError, TypeError):
        return 0  # no export yet, or the note is unreadable: nothing to compare with


def _rolled_back(store: Store) -> bool:
    own = settings.get(store.conn, REPLICA_SETTING)
    if own is None:
        return False
    profile = _profile_marker(own)
    sent = max(_sent_until(sent_marker(store.path), own), _sent_until(profile, own) if profile else 0)
    return audit.last_id(store.conn) < sent


def new_replica_id() -> str:
    import secrets  # it loads OpenSSL (4 MB): when an id is made, not with the window

    return secrets.token_hex(8)


def _file_identity(path: Path) -> dict:
    stat = os.stat(path)
    return {"ino": stat.st_ino, "path": str(path.resolve())}


def _same_file(recorded: dict, current: dict) -> bool:
    if recorded.get("ino") and current.get("ino"):
        return recorded["ino"] == current["ino"]
    # A file system without stable file numbers (some network shares): the path has to do.
    return recorded.get("path") == current.get("path")


def is_in_place(path: Path) -> bool:
    """Whether the database file at `path` is the file its id was made for: a database in use where it
    is, not a copy of one (a backup). Read without changing anything; when in doubt, it is."""
    try:
        conn = connect_readonly(path, 1)
        try:
            anchor = settings.get(conn, ANCHOR_SETTING)
        finally:
            conn.close()
        return anchor is None or _same_file(json.loads(anchor), _file_identity(path))
    except (sqlite3.Error, OSError, ValueError, AttributeError):
        return True


def ensure_own_identity(store: Store) -> str | None:
    """Give a copied database file an id of its own; returns what to tell the user, if anything.

    Writes only when something needs recording; a file that cannot be written is left alone
    (only reading commands can use it, and they send nothing anywhere).
    """
    try:
        current = _file_identity(store.path)
    except OSError:
        return None
    anchor = settings.get(store.conn, ANCHOR_SETTING)
    recorded = json.loads(anchor) if anchor else None
    if recorded is not None and _same_file(recorded, current) and not _rolled_back(store):
        return None
    if not os.access(store.path, os.W_OK):
        return None
    if recorded is not None and _same_file(recorded, current):
        renew(store, "databasen är äldre än vid den senaste utbytesfilen (återställd utanför programmet)")
        return ROLLED_BACK_NOTE.format(path=store.path)
    if recorded is None:  # a new or just upgraded database: this file is where its id was made
        with store.transaction():
            _record_anchor(store, current)
        return None
    renew(store, "kopia av en annan databasfil")
    return COPY_NOTE.format(path=store.path)


def renew(store: Store, reason: str) -> str:
    """A new replica id for this database file (logged); returns it. Runs in its own transaction."""
    made = new_replica_id()
    with store.transaction() as conn:
        old = settings.get(conn, REPLICA_SETTING)
        settings.put(conn, REPLICA_SETTING, made)
        with contextlib.suppress(OSError):  # a file system that cannot tell: the id is new all the same
            _record_anchor(store, _file_identity(store.path))
        audit.append(store, action="update", entity="database", entity_id=1,
                     summary="Databasen fick en ny identitet för utbytesfiler",
                     old={"replica": old}, new={"replica": made}, context=reason)
    return made


def _record_anchor(store: Store, identity: dict) -> None:
    settings.put(store.conn, ANCHOR_SETTING, json.dumps(identity, ensure_ascii=False))
