"""Shared helpers for the benchmarks: timing statistics and the results table."""

import statistics
import time
from dataclasses import dataclass


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


@dataclass(frozen=True)
class Figure:
    """One line of the table: a median of this program, beside a reference measured in the same run.

    A figure has a ratio target (ours / reference), an absolute one, both, or none (for information).
    """

    name: str
    ours: float
    unit: str
    reference: float | None = None
    reference_name: str = ""
    ratio_target: float | None = None  # highest acceptable ours / reference
    absolute_target: float | None = None  # highest acceptable value, in unit

    @property
    def ratio(self) -> float | None:
        return self.ours / self.reference if self.reference else None

    @property
    def met(self) -> bool | None:
        """None when the figure has no target."""
        checks = []
        if self.ratio_target is not None:
            checks.append(self.ratio is not None and self.ratio <= self.ratio_target)
        if self.absolute_target is not None:
            checks.append(self.ours <= self.absolute_target)
        return all(checks) if checks else None

    @property
    def target(self) -> str:
        parts = []
        if self.ratio_target is not None:
            parts.append(f"≤ {self.ratio_target:.2f}×")
        if self.absolute_target is not None and self.unit == "yes/no":
            parts.append(_value(self.absolute_target, self.unit))
        elif self.absolute_target is not None:
            parts.append(f"≤ {_value(self.absolute_target, self.unit)}")
        return ", ".join(parts) or "–"


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "yes/no":
        return "yes" if value else "no"
    return f"{value:.1f} {unit}" if value >= 100 else f"{value:.3g} {unit}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(figures: list[Figure]) -> None:
    """A Markdown table (the README shows the latest), then what each reference is."""
    rows = [("figure", "this program", "reference", "ratio", "target", "met")]
    for f in figures:
        rows.append((f.name, _value(f.ours, f.unit), _value(f.reference, f.unit),
                     "–" if f.ratio is None else f"{f.ratio:.2f}", f.target,
                     {True: "yes", False: "NO", None: "–"}[f.met]))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for index, row in enumerate(rows):
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    print()
    for f in figures:
        print(f"- {f.name}: {'reference: ' + f.reference_name if f.reference_name else 'no reference'}")


def against_openpyxl(book, runs: int, workdir, make_store, do_import) -> tuple[float, float, int]:
    """Median seconds of an import against openpyxl alone loading the same workbook, run by turns on a clean
    heap each: make_store(folder) opens a throw-away database, do_import(store, book) imports and returns how
    many records it read. Returns (ours, reference, records)."""
    import gc
    import tempfile
    from pathlib import Path

    from openpyxl import load_workbook

    bare, ours = [], []
    count = 0
    for _ in range(runs):
        gc.collect()  # each side starts from the same clean heap (the other's leftovers slow the collector)
        start = time.perf_counter()
        loaded = load_workbook(book, data_only=True)
        bare.append(time.perf_counter() - start)
        del loaded
        gc.collect()
        with tempfile.TemporaryDirectory(dir=workdir) as folder:
            store = make_store(Path(folder))
            start = time.perf_counter()
            count = do_import(store, book)
            ours.append(time.perf_counter() - start)
            store.close()
    return statistics.median(ours), statistics.median(bare), count
