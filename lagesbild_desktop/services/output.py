"""Writing an output file (report, export) so that the target is either whole or untouched."""

import contextlib
from pathlib import Path

from lagesbild_desktop.errors import EnvironmentProblem, InvalidInput
from lagesbild_desktop.store.errors import os_message, refuse_unusable_path
from lagesbild_desktop.store.outputs import OUTPUT_ROOM, refuse_database_target


def write_atomically(build, out: Path | str, what: str) -> Path:
    """build(temp) writes a file beside the target, which is then renamed into place: never half a file.

    `what` names the file in messages ("Rapporten", "Exporten"). Only the disk's complaints become a
    message; any other failure is a bug and goes on as it is (crash.py), the target untouched.
    """
    out = Path(out)
    refuse_unusable_path(out, what, room=OUTPUT_ROOM)
    if out.is_dir():
        raise InvalidInput(f"{out} är en mapp: ange ett filnamn")
    refuse_database_target(out)
    temp = out.with_name(f".{out.name}.skrivs")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        build(temp)
        temp.replace(out)
    except OSError as exc:
        if not _about_the_output(exc, temp, out):
            raise  # a file of the program's own is missing or unreadable: a bug, shown as one (crash.py)
        raise EnvironmentProblem(f"{what} {out} kunde inte skrivas: {os_message(exc)}") from exc
    finally:
        with contextlib.suppress(OSError):  # the folder may not exist: the error above is the one to show
            temp.unlink(missing_ok=True)
    return out


def _about_the_output(exc: OSError, temp: Path, out: Path) -> bool:
    """Whether the disk's complaint concerns the file being written (or its folder); a write that fails
    for want of space names no file at all."""
    named = [name for name in (exc.filename, exc.filename2) if name is not None]
    if not named:
        return True
    ours = {temp, out, out.parent}
    return any(Path(str(name) if not isinstance(name, bytes) else name.decode(errors="replace")) in ours
               for name in named)
