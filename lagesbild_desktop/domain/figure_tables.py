"""Key figures read from a table's cells, in the two layouts districts receive (pure, no I/O).

- Long form: a header row `Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet` (Källa, Grupp, Område and
  Enhet may be left out), one figure per row.
- Wide layout: a header row with one column per period ("2024-01-01–2024-10-31", "jan–okt 2024"),
  measures down the first column, and group rows ("Brott mot hushåll": a label and no values) that the
  measures below them belong to. If the labels down the first column are areas (a survey's share per
  area), the measure is the table's title or the header's first cell. The source is given, or the
  sheet's name.

Every problem is named with its sheet, row and column, as the grade import names them.
"""

from __future__ import annotations

from typing import NamedTuple

from lagesbild_desktop.domain.grid_import import column_name
from lagesbild_desktop.domain.key_figures import Figure, Period, parse_period, parse_unit, parse_value
from lagesbild_desktop.errors import InvalidInput

LONG_COLUMNS = {"källa": "source", "kalla": "source", "mått": "measure", "matt": "measure", "grupp": "group",
                "område": "area", "omrade": "area", "från": "start", "fran": "start", "till": "end",
                "värde": "value", "varde": "value", "enhet": "unit"}
_NEEDED = ("measure", "start", "end", "value")


class Sheet(NamedTuple):
    name: str
    rows: list[list[object]]  # the cells' values, row by row from row 1


class ReadResult(NamedTuple):
    figures: list[Figure]
    problems: list[str]


def _where(sheet: Sheet, row: int, column: int | None = None) -> str:
    place = f"blad {sheet.name}, rad {row + 1}" if sheet.name else f"rad {row + 1}"
    return place + (f", kolumn {column_name(column)}" if column is not None else "")


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def read_sheets(sheets: list[Sheet], *, source: str | None, areas: dict[str, str]) -> ReadResult:
    """The figures of every sheet that holds a table of either layout. `areas`: the known areas, by their
    name folded to lower case, as their proper names."""
    figures: list[Figure] = []
    problems: list[str] = []
    read_any = False
    for sheet in sheets:
        found = _read_sheet(sheet, source, areas)
        if found is None:
            continue
        read_any = True
        figures += found.figures
        problems += found.problems
    if not read_any:
        problems.append("ingen tabell med nyckeltal hittades: varken rubrikraden Källa;Mått;Från;Till;Värde eller "
                        "en rubrikrad med perioder (t.ex. 2024-01-01–2024-10-31)")
    return ReadResult(figures, problems + _contradictions(figures))


def _read_sheet(sheet: Sheet, source: str | None, areas: dict[str, str]) -> ReadResult | None:
    for number, row in enumerate(sheet.rows):
        labels = [_text(cell).lower() for cell in row]
        named = {LONG_COLUMNS[label]: index for index, label in enumerate(labels) if label in LONG_COLUMNS}
        if all(name in named for name in _NEEDED):
            return _read_long(sheet, number, named, source, areas)
        periods = _periods(row)
        if periods:
            return _read_wide(sheet, number, periods, source, areas)
    return None


def _periods(row: list[object]) -> dict[int, object]:
    """The header's period columns (from the second column on), if there are any."""
    found = {}
    for index, cell in enumerate(row[1:], start=1):
        if cell is None or _text(cell) == "":
            continue
        try:
            found[index] = parse_period(cell if not isinstance(cell, str) else _text(cell))
        except InvalidInput:
            return {}  # a header that is not all periods is not the wide layout's
    return found


def _area(name: str, areas: dict[str, str]) -> str | None:
    return areas.get(name.strip().lower()) if name.strip() else ""


def _read_long(sheet: Sheet, header: int, columns: dict[str, int], source: str | None,
               areas: dict[str, str]) -> ReadResult:
    figures, problems = [], []
    for number in range(header + 1, len(sheet.rows)):
        row = sheet.rows[number]

        def cell(name: str, row=row):
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else None

        if all(_text(value) == "" for value in row):
            continue
        said_source = _text(cell("source")) or (source or "")
        if not said_source:
            problems.append(f"{_where(sheet, number, columns.get('source'))}: källan saknas (ange --source)")
            continue
        measure = _text(cell("measure"))
        if not measure:
            problems.append(f"{_where(sheet, number, columns['measure'])}: måttet saknas")
            continue
        area = _area(_text(cell("area")), areas)
        if area is None:
            problems.append(f"{_where(sheet, number, columns['area'])}: okänt område '{_text(cell('area'))}'")
            continue
        try:
            unit = parse_unit(cell("unit"))
        except InvalidInput as error:
            problems.append(f"{_where(sheet, number, columns.get('unit'))}: {error.message}")
            continue
        try:
            start = parse_period(cell("start")).start
            end = parse_period(cell("end")).end
        except InvalidInput as error:
            problems.append(f"{_where(sheet, number, columns['start'])}: {error.message}")
            continue
        if end < start:
            problems.append(f"{_where(sheet, number, columns['end'])}: perioden {start}–{end} slutar före sin början")
            continue
        try:
            value = parse_value(cell("value"), unit)
        except InvalidInput as error:
            problems.append(f"{_where(sheet, number, columns['value'])}: {error.message}")
            continue
        if value is None:
            problems.append(f"{_where(sheet, number, columns['value'])}: värdet saknas")
            continue
        figures.append(Figure(said_source, measure, _text(cell("group")), area, Period(start, end), value, unit))
    return ReadResult(figures, problems)


def _read_wide(sheet: Sheet, header: int, periods: dict[int, object], source: str | None,
               areas: dict[str, str]) -> ReadResult:
    figures, problems = [], []
    said_source = source or sheet.name
    title = next((_text(cell) for row in sheet.rows[:header] for cell in row if _text(cell)), "")
    first = _text(sheet.rows[header][0]) if sheet.rows[header] else ""
    labels = [_text(row[0]) for row in sheet.rows[header + 1:] if row and _text(row[0])]
    by_area = bool(labels) and all(_area(label, areas) for label in labels)
    share = any(word in f"{title} {first}".lower() for word in ("andel", "%", "procent"))
    group = ""
    for number in range(header + 1, len(sheet.rows)):
        row = sheet.rows[number]
        label = _text(row[0]) if row else ""
        cells = {index: row[index] if index < len(row) else None for index in periods}
        if not label:
            if any(_text(value) for value in cells.values()):
                problems.append(f"{_where(sheet, number, 0)}: värden utan mått i första kolumnen")
            continue
        if all(_text(value) == "" for value in cells.values()):
            group = label  # a group's row: the measures below belong to it
            continue
        measure, area = label, ""
        if by_area:
            measure, area = (title or first or "Andel"), _area(label, areas) or ""
        unit = "procent" if share or any(str(value).strip().endswith("%") for value in cells.values()
                                         if isinstance(value, str)) else "antal"
        for index, value in cells.items():
            try:
                parsed = parse_value(value, unit)
            except InvalidInput as error:
                problems.append(f"{_where(sheet, number, index)}: {error.message}")
                continue
            if parsed is not None:
                figures.append(Figure(said_source, measure, "" if by_area else group, area, periods[index], parsed,
                                      unit))
    return ReadResult(figures, problems)


def _contradictions(figures: list[Figure]) -> list[str]:
    """A measure given twice for the same period and area with two values: which one holds is not ours to say."""
    seen: dict[tuple, float] = {}
    problems = []
    for figure in figures:
        key = figure.key()
        if key in seen and seen[key] != figure.value:
            where = f" i {figure.area}" if figure.area else ""
            problems.append(f"{figure.measure}{where} {figure.period} står två gånger med olika värden "
                            f"({seen[key]:g} och {figure.value:g})")
        seen.setdefault(key, figure.value)
    return problems
