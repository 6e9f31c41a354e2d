"""The names SQLite is given for a file: plain paths, and URIs for opening a file read-only (also for
Windows drive and UNC paths)."""

import os
from pathlib import Path
from urllib.parse import quote


def sqlite_path(path: Path | str) -> str:
    """The path to hand to sqlite3.connect() for a file the OS would find at `path`.

    SQLite collapses '..' itself, as text, and refuses a '..' above the root ('/tmp/../../x.db', which
    the OS reads as '/x.db'); the OS also goes through a symbolic link before a '..'. Such a path is
    resolved as the OS does; any other is left as the user wrote it (a mapped Windows drive stays one)."""
    path = Path(path)
    return str(path.resolve() if ".." in path.parts else path)


def readonly_uri(path: Path | str) -> str:
    """file: URI with mode=ro (Path.as_uri() gives file://server/... for UNC paths, which SQLite refuses)."""
    text = str(Path(path).resolve())
    if os.name == "nt":
        text = text.replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/data/x.db -> /C:/data/x.db
    authority = "//" if text.startswith("//") else ""  # UNC: file:////server/share/x.db
    return f"file:{authority}{quote(text)}?mode=ro"


def connect_readonly(path: Path | str, timeout: float = 10.0):
    """A read-only connection: used to inspect files that must not be modified.

    A database in WAL mode whose folder cannot be written (a read-only disk or share) cannot get the
    shared-memory file SQLite reads such a file with; there no one can write it either, so it is read
    as unchanging ("immutable"), which needs no such file."""
    import sqlite3

    conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(Path(path).parent, os.W_OK):
            raise
    return sqlite3.connect(readonly_uri(path) + "&immutable=1", uri=True, timeout=timeout)
