"""Helpers for the operations that read or write tens of thousands of records at once."""

import functools
import gc


def cycle_collector_paused(function):
    """Run without Python's cycle collector: an import or a merge makes some hundred thousand small
    tuples, lists and strings and no reference cycles, and the collector would walk them all again
    and again (a fifth of a city's import). Reference counting still frees everything as usual."""
    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused
