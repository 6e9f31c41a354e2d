"""Exchange files: everything one workstation holds, merged into another without silent overwrites.

entry: reading and merging a file of either version; fileformat: the file's
current format, written and read; verify: the file against its own audit log; merge: the
decisions, from version vectors (never from clocks); legacy: files of format version 1.
The format and the merge are described for people in docs/exchange-format.md.
"""

from lagesbild_desktop.services.exchange.entry import merge, parse_exchange, read_exchange, trial_merge
from lagesbild_desktop.services.exchange.fileformat import (
    FORMAT,
    VERSION,
    ExchangeFile,
    ExchangeRefused,
    export_exchange,
    is_exchange_file,
)
from lagesbild_desktop.services.exchange.merging import FILE, HERE, MergeConflict, MergeResult, PlanChanged

__all__ = ["FILE", "FORMAT", "HERE", "VERSION", "ExchangeFile", "ExchangeRefused", "MergeConflict", "MergeResult",
           "PlanChanged", "export_exchange", "is_exchange_file", "merge", "parse_exchange", "read_exchange",
           "trial_merge"]
