"""Shared helpers for the benchmarks: timing statistics and the results table."""

import statistics
from dataclasses import dataclass


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


@dataclass(frozen=True)
class Figure:
    name: str
    ours: float
    reference: float
    reference_name: str
    unit: str
    target: float  # highest acceptable ratio ours/reference

    @property
    def ratio(self) -> float:
        return self.ours / self.reference if self.reference else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.target


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(figures: list[Figure]) -> None:
    header = f"| {'figure':<44} | {'this program':>13} | {'reference':>13} | {'ratio':>6} | {'target':>7} | met |"
    print(header)
    print("|" + "|".join("-" * (len(part)) for part in header.split("|")[1:-1]) + "|")
    for f in figures:
        print(f"| {f.name:<44} | {f.ours:>10.3f} {f.unit:<2} | {f.reference:>10.3f} {f.unit:<2} | "
              f"{f.ratio:>6.2f} | ≤ {f.target:<5.2f} | {'yes' if f.met else 'NO':<3} |")
    print()
    for f in figures:
        print(f"- {f.name}: reference is {f.reference_name}")
