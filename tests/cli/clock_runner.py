"""Run the command line in a process whose clock is wrong, as on an offline workstation.

    python tests/cli/clock_runner.py [lagesbild arguments...]

LAGESBILD_TEST_CLOCK_OFFSET (seconds, may be negative) moves the clock; LAGESBILD_TEST_CLOCK_AT (an ISO
time) stops it there, so that several processes work "in the same second". The program asks the time
only through osenv.now(), so that is what is replaced.
"""

import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lagesbild_desktop import osenv  # noqa: E402
from lagesbild_desktop.cli import main  # noqa: E402

_real_now = osenv.now
_offset = dt.timedelta(seconds=float(os.environ.get("LAGESBILD_TEST_CLOCK_OFFSET", "0")))
_fixed = os.environ.get("LAGESBILD_TEST_CLOCK_AT")


def _wrong_now() -> dt.datetime:
    if _fixed:
        return dt.datetime.fromisoformat(_fixed)
    return _real_now() + _offset


osenv.now = _wrong_now

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
