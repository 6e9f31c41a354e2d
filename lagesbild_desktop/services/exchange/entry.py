"""Reading and merging an exchange file, whichever format version it has.

The one place that knows both versions: fileformat and merging handle the current format,
legacy the first, and neither side needs the other.
"""

import json
from pathlib import Path

from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.bulk import cycle_collector_paused
from lagesbild_desktop.services.exchange.fileformat import (
    UTF8_BOM,
    ExchangeFile,
    ExchangeRefused,
    format_version,
    log_lines,
    parse_current,
)
from lagesbild_desktop.services.exchange.legacy import merge_version_1, parse_version_1
from lagesbild_desktop.services.exchange.merging import MergeResult, PlanChanged, merge_current
from lagesbild_desktop.store.connection import Store


def parse_exchange(data: object, source: str) -> ExchangeFile:
    """The file's content as rows, or ExchangeRefused naming every problem of its shape."""
    if format_version(data, source) == 1:
        return parse_version_1(data, source)
    return parse_current(data, source)


@cycle_collector_paused
def read_exchange(path: Path | str) -> ExchangeFile:
    path = Path(path)
    try:
        raw = path.read_bytes().removeprefix(UTF8_BOM)
    except OSError as exc:
        raise InvalidInput(f"{path.name}: filen kan inte läsas ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw)  # UTF-8, or UTF-16/32 with a byte-order mark; other bytes fail here, named
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ExchangeRefused(path.name, [f"ingen läsbar utbytesfil (JSON: {str(exc)[:200]})"]) from exc
    except ValueError as exc:  # an integer of thousands of digits (Python refuses to convert it)
        raise ExchangeRefused(path.name, [f"filen har ett tal som är orimligt stort ({str(exc)[:80]})"]) from exc
    file = parse_exchange(data, path.name)
    file.log_text = log_lines(raw, len(file.log))
    return file



class _DryRun(Exception):
    def __init__(self, result: MergeResult):
        super().__init__("dry run")
        self.result = result


@cycle_collector_paused
def merge(store: Store, file: ExchangeFile, *, dry_run: bool = False, choices: dict[str, str] | None = None,
          expected: tuple | None = None) -> MergeResult:
    """Merge the file; choices: conflict key -> HERE or FILE (the rest stay unresolved).

    expected: the summary() of the preview the user saw; if the merge planned now differs,
    PlanChanged carries the new preview and nothing is written.
    """
    try:
        with store.transaction():
            merging = merge_version_1 if file.legacy else merge_current
            result = merging(store, file, choices or {})
            if expected is not None and result.summary() != expected:
                raise PlanChanged(result)
            if result.unknown_choices:
                names = ", ".join(f"'{name}'" for name in result.unknown_choices)
                raise InvalidInput(f"{file.source}: --resolve {names} namnger ingen konflikt i filen; konflikterna "
                                   "står i hakparenteser när filen läses in utan --resolve. Inget har sparats")
            if dry_run:
                raise _DryRun(result)  # rolls the transaction back
        return result
    except _DryRun as trial:
        return trial.result


def trial_merge(store: Store, file: ExchangeFile, choices: dict[str, str] | None = None) -> MergeResult:
    """What merge() would do, with nothing kept."""
    return merge(store, file, dry_run=True, choices=choices)


