"""The few things the program asks the operating system: who, and when.

Kept behind functions so tests can replace them.
"""

import datetime as _dt
from functools import cache


@cache
def current_user() -> str:
    """The OS login name (asked once: it does not change while the program runs)."""
    import getpass  # asked on the first write only

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service accounts, containers)
        return "okänd"


def now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


def now_iso() -> str:
    """Local time with its UTC offset, to the second: 2026-03-02T10:42:13+01:00."""
    return now().isoformat(timespec="seconds")


def today() -> _dt.date:
    return now().date()
