"""Key figures from other sources: typed one by one, imported from CSV or xlsx (long form or the wide
layout), listed, and compared with the same period a year earlier (domain/key_figures.py).

An import is planned first (what is new, changed and unchanged, which sources, measures and groups are
new) and applied all or nothing, planned again inside the transaction: if the database changed since
the preview, nothing is written and the new plan is shown, as the grade import does.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import NamedTuple

from lagesbild_desktop.domain.csv_import import decode, separator
from lagesbild_desktop.domain.figure_tables import ReadResult, Sheet, read_sheets
from lagesbild_desktop.domain.key_figures import (
    ComparisonRow,
    Figure,
    Period,
    YearBar,
    compare,
    format_number,
    parse_period,
    parse_unit,
    parse_value,
    series_by_year,
)
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.importing import OLE_SIGNATURE, ImportRefused
from lagesbild_desktop.services.validation import area_named, one_line
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import key_figures as store
from lagesbild_desktop.store import named_lists
from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.named_lists import FIGURE_SOURCES

CONTEXT = "nyckeltal"


# -- the list of sources --------------------------------------------------------------------------

def sources(db: Store) -> list[str]:
    return [item.name for item in named_lists.all_names(db.conn, FIGURE_SOURCES)]


def _in_list_order(listed: list[str], held) -> list[str]:
    """Sources with figures in the list's order, then any with figures the list lacks, by name."""
    return [*[name for name in listed if name in held], *sorted(set(held) - set(listed))]


def sources_in_order(db: Store) -> list[str]:
    """Every source for choosing one: those with figures first (in the list's order), then the rest."""
    listed, held = sources(db), store.held_sources(db.conn)
    return [*_in_list_order(listed, held), *[name for name in listed if name not in held]]


def _source_name(text: object) -> str:
    return one_line(text, "Källan", max_length=80)


# -- reading the stored figures -----------------------------------------------------------------------

def _area_names(db: Store) -> dict[int, str]:
    return {area.id: area.name for area in area_store.all_areas(db.conn)}


def _known_areas(db: Store) -> dict[str, str]:
    return {area.name.lower(): area.name for area in area_store.all_areas(db.conn)}


def _period(row: store.KeyFigure) -> Period:
    """A stored figure's period (its dates are ISO dates already: nothing to parse as a table writes it)."""
    return Period(dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end))


def _as_figure(row: store.KeyFigure, names: dict[int, str]) -> Figure:
    return Figure(row.source, row.measure, row.group, names.get(row.area_id, "") if row.area_id else "",
                  _period(row), row.value, row.unit)


def figures(db: Store, *, source: str | None = None, year: int | None = None) -> list[Figure]:
    names = _area_names(db)
    return [_as_figure(row, names) for row in store.all_figures(db.conn, source=source, year=year)]


def comparison(db: Store, source: str, period: Period, measures: set[str] | None = None) -> list[ComparisonRow]:
    """Tabell 3: the source's figures for the period against the same period a year earlier."""
    found = [f for f in figures(db, source=source) if f.period in (period, period.year_before())]
    return compare(found, period, measures)


def periods(db: Store, source: str) -> list[Period]:
    """The periods a source has figures for, the newest (by end, then the longest) first."""
    found = {_period(row) for row in store.all_figures(db.conn, source=source)}
    return sorted(found, key=lambda p: (p.end, p.end - p.start), reverse=True)


class SheetRow(NamedTuple):
    """A row of the window's table of a source and period: the comparison's row, and the version of the
    period's figure as shown ("" when there is none), which a typed change is checked against."""

    row: ComparisonRow
    version: str


def sheet(db: Store, source: str, period: Period) -> list[SheetRow]:
    """The source's figures for the period against the same period a year earlier (Tabell 3, with its
    subtotals), each with the version of the period's own figure: what the window shows and edits."""
    names = _area_names(db)
    held = [row for row in store.all_figures(db.conn, source=source)
            if (row.start, row.end) in ((period.start.isoformat(), period.end.isoformat()),
                                        (period.year_before().start.isoformat(), period.year_before().end.isoformat()))]
    versions = {(row.group, row.measure, names.get(row.area_id, "") if row.area_id else ""): row.vv
                for row in held if row.start == period.start.isoformat() and row.end == period.end.isoformat()}
    rows = compare([_as_figure(row, names) for row in held], period)
    return [SheetRow(row, "" if row.subtotal else versions.get((row.group, row.measure, row.area), ""))
            for row in rows]


class SourceTables(NamedTuple):
    """What a report shows of one source: a period, its comparison (Tabell 3), and its counts by year."""

    source: str
    period: Period
    rows: list[ComparisonRow]
    bars: list[YearBar]


class FigureChoice(NamedTuple):
    """Which key figures the yearly report shows: the sources, and the measures (by name in every source,
    or as (source, measure) for one source's); None: all."""

    sources: frozenset[str] | None = None
    measures: frozenset | None = None

    def wants(self, figure: Figure) -> bool:
        return (self.sources is None or figure.source in self.sources) and \
            (self.measures is None or figure.measure in self.measures
             or (figure.source, figure.measure) in self.measures)


ALL_FIGURES = FigureChoice()


def checked_choice(db: Store, sources: list[str] | None, measures: list[str] | None) -> FigureChoice:
    """The command line's --figure-source and --figure-measure as a choice; InvalidInput in Swedish for a
    source or measure no stored figure has."""
    held = figures(db)
    known_sources, known_measures = {f.source for f in held}, {f.measure for f in held}
    for name in sources or []:
        if name not in known_sources:
            raise InvalidInput(f"Källan '{name}' har inga nyckeltal (källor med nyckeltal: "
                               f"{'; '.join(sorted(known_sources)) or 'inga'})")
    for name in measures or []:
        if name not in known_measures:
            raise InvalidInput(f"Måttet '{name}' finns inte bland nyckeltalen")
    return FigureChoice(frozenset(sources) if sources else None, frozenset(measures) if measures else None)


def yearly_tables(db: Store, year: int, choice: FigureChoice = ALL_FIGURES) -> list[SourceTables]:
    """Each source's latest period within the year that has figures the year before too (the yearly
    report's default comparison), with its counts by year up to the year; sources in the list's order.
    `choice`: only these sources and measures (the periods and bars are then of the chosen measures)."""
    def latest(periods: set[Period]) -> list[Period]:
        within = [p for p in periods if p.start.year == year and p.end.year == year and p.year_before() in periods]
        return [max(within, key=lambda p: (p.end, p.start))] if within else []

    return _tables(db, latest, until=year, choice=choice)


def week_tables(db: Store, first: dt.date, last: dt.date) -> list[SourceTables]:
    """The sources' periods that end between two days (a week) and have figures the year before too."""
    return _tables(db, lambda periods: sorted(p for p in periods if first <= p.end <= last
                                              and p.year_before() in periods), until=None, bars=False)


def _tables(db: Store, chosen, *, until: int | None, bars: bool = True,
            choice: FigureChoice = ALL_FIGURES) -> list[SourceTables]:
    """The stored figures read once, by source; `chosen(periods)` picks the periods a report compares."""
    found = [figure for figure in figures(db) if choice.wants(figure)]
    by_source: dict[str, list[Figure]] = {}
    for figure in found:
        by_source.setdefault(figure.source, []).append(figure)
    listed = sources(db)
    made = []
    for source in _in_list_order(listed, by_source):
        own = by_source[source]
        series = [bar for bar in series_by_year(own, source) if until is None or bar.year <= until] if bars else []
        for period in chosen({f.period for f in own}):
            compared = [f for f in own if f.period in (period, period.year_before())]
            made.append(SourceTables(source, period, compare(compared, period), series))
    return made


# -- typing one, and deleting one ----------------------------------------------------------------------

class FigureChanged(InvalidInput):
    """The figure was changed (or made, or deleted) elsewhere since it was shown: nothing was written."""

    def __init__(self, what: str, now: store.KeyFigure | None):
        now_text = f"nu {format_number(now.value)} {now.unit}" if now else "nu borttaget"
        super().__init__(f"{what} har ändrats på en annan dator sedan det visades ({now_text}). Inget har "
                         "sparats: se det nya värdet och skriv igen om du vill ändra det")
        self.now = now


class _About(NamedTuple):
    source: str
    measure: str
    group: str
    area: area_store.Area | None
    period: Period

    def in_words(self) -> str:
        return f"{self.measure}{f' {self.area.name}' if self.area else ''} {self.period}"


def _about(db: Store, source, measure, group, area, start, end) -> _About:
    """What a typed figure is about, checked; InvalidInput in Swedish."""
    source = _source_name(source)
    measure = one_line(measure, "Måttet", max_length=200)
    group = one_line(group, "Gruppen", max_length=200, empty_ok=True)
    period = Period(parse_period(start).start, parse_period(end).end)
    if period.end < period.start:
        raise InvalidInput(f"perioden {period} slutar före sin början")
    area_row = area_named(db, str(area).strip()) if area and str(area).strip() else None
    return _About(source, measure, group, area_row, period)


def _held(db: Store, about: _About) -> store.KeyFigure | None:
    return store.find(db.conn, about.source, about.group, about.measure, about.area.id if about.area else None,
                      about.period.start.isoformat(), about.period.end.isoformat())


def _check_shown(db: Store, about: _About, shown_version: str | None) -> store.KeyFigure | None:
    """The figure held now; FigureChanged when it is not the one that was shown (None: no check)."""
    held = _held(db, about)
    if shown_version is not None and (held.vv if held else "") != shown_version:
        raise FigureChanged(about.in_words(), held)
    return held


def add_figure(db: Store, *, source: str, measure: str, start, end, value, group: str = "", area: str = "",
               unit: str | None = "antal", context: str = "", shown_version: str | None = None) -> store.KeyFigure:
    """One figure (or a new value for one stored); InvalidInput in Swedish for bad input, nothing stored.
    `shown_version`: the version the window showed ("" for none): FigureChanged if it is not the one held."""
    about = _about(db, source, measure, group, area, start, end)
    unit = parse_unit(unit)
    number = parse_value(value, unit)
    if number is None:
        raise InvalidInput("värdet saknas")
    with db.transaction():
        _check_shown(db, about, shown_version)
        _ensure_source(db, about.source, context or CONTEXT)
        return store.save(db, store.KeyFigure(0, about.source, about.measure, about.group,
                                              about.area.id if about.area else None, about.period.start.isoformat(),
                                              about.period.end.isoformat(), number, unit),
                          context or CONTEXT, area_name=about.area.name if about.area else "")


def delete_figure(db: Store, *, source: str, measure: str, start, end, group: str = "", area: str = "",
                  context: str = "", shown_version: str | None = None) -> store.KeyFigure:
    """Delete one figure (logged, and the deletion travels); InvalidInput when there is none such."""
    about = _about(db, source, measure, group, area, start, end)
    with db.transaction():
        held = _check_shown(db, about, shown_version)
        if held is None:
            raise InvalidInput(f"Inget nyckeltal {about.in_words()} i {about.source}")
        store.delete(db, held, context or CONTEXT, area_name=about.area.name if about.area else "")
    return held


def _ensure_source(db: Store, name: str, context: str) -> bool:
    if named_lists.by_name(db.conn, FIGURE_SOURCES, name) is None:
        named_lists.insert(db, FIGURE_SOURCES, name, context)
        return True
    return False


# -- importing -------------------------------------------------------------------------------------

def read_file(db: Store, path: Path | str, *, source: str | None = None) -> list[Figure]:
    """Every figure in the file (long form or wide layout, CSV or xlsx), or ImportRefused listing every
    problem with its sheet, row and column."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: filen kan inte läsas ({exc.strerror or exc})") from exc
    if source is not None:
        source = _source_name(source)
    name = path.name
    if not data:
        raise ImportRefused(name, ["filen är tom"])
    if data.startswith(OLE_SIGNATURE):
        raise ImportRefused(name, ["filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx"])
    sheets = _workbook_sheets(path) if data.startswith(b"PK") else [_csv_sheet(data, name)]
    found: ReadResult = read_sheets(sheets, source=source, areas=_known_areas(db))
    if found.problems:
        raise ImportRefused(name, found.problems)
    return found.figures


def _workbook_sheets(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook  # loaded when a workbook is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any reason openpyxl gives: the file is no workbook it can read
        raise ImportRefused(path.name, [f"filen kan inte läsas som en Excel-arbetsbok ({type(exc).__name__})"]) from exc
    try:
        return [Sheet(sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]) for sheet in book]
    finally:
        book.close()


def _csv_sheet(data: bytes, name: str) -> Sheet:
    text, clean = decode(data)
    if "\x00" in text or not clean:
        raise ImportRefused(name, ["filen är varken en Excel-arbetsbok eller en textfil (CSV) i UTF-8 eller "
                                   "Windows-1252"])
    first = next((line for line in text.splitlines() if line.strip()), "")
    rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator(first))]
    return Sheet("", rows)


class FigurePlan(NamedTuple):
    new: list[Figure]
    changed: list[tuple[Figure, float, str]]  # the figure, and the value and unit stored now
    unchanged: list[Figure]
    new_sources: list[str]
    new_measures: list[str]
    new_groups: list[str]

    def in_words(self) -> str:
        lines = [f"{len(self.new)} nya, {len(self.changed)} ändrade, {len(self.unchanged)} oförändrade nyckeltal"]
        for label, items in (("Nya källor", self.new_sources), ("Nya mått", self.new_measures),
                             ("Nya grupper", self.new_groups)):
            if items:
                lines.append(f"{label}: {'; '.join(items)}")
        for figure, value, unit in self.changed:
            where = f" {figure.area}" if figure.area else ""
            lines.append(f"Ändras: {figure.measure}{where} {figure.period}: {value:g} → {figure.value:g}"
                         + (f" ({unit} → {figure.unit})" if unit != figure.unit else ""))
        return "\n".join(lines)


def plan(db: Store, found: list[Figure]) -> FigurePlan:
    conn = db.conn
    ids = {area.name: area.id for area in area_store.all_areas(conn)}
    stored = {row.about(): row for row in store.all_figures(conn)}
    known_sources = {item.name for item in named_lists.all_names(conn, FIGURE_SOURCES, include_inactive=True)}
    measures = {row.measure for row in stored.values()}
    groups = {row.group for row in stored.values()}
    new, changed, unchanged = [], [], []
    for figure in dict.fromkeys(found):  # the same figure twice with the same value is one
        about = (figure.source, figure.group, figure.measure, ids.get(figure.area) if figure.area else None,
                 figure.period.start.isoformat(), figure.period.end.isoformat())
        held = stored.get(about)
        if held is None:
            new.append(figure)
        elif (held.value, held.unit) != (figure.value, figure.unit):
            changed.append((figure, held.value, held.unit))
        else:
            unchanged.append(figure)
    return FigurePlan(new, changed, unchanged,
                      list(dict.fromkeys(f.source for f in found if f.source not in known_sources)),
                      list(dict.fromkeys(f.measure for f in found if f.measure not in measures)),
                      list(dict.fromkeys(f.group for f in found if f.group and f.group not in groups)))


class FigurePlanChanged(InvalidInput):
    def __init__(self, name: str, new_plan: FigurePlan):
        super().__init__(f"{name}: databasen har ändrats sedan förhandsgranskningen. Inget har importerats: granska "
                         "den nya förhandsgranskningen")
        self.plan = new_plan


def apply(db: Store, found: list[Figure], shown: FigurePlan, name: str) -> FigurePlan:
    """Write the plan the user saw, in one transaction; planned again inside it."""
    with db.transaction():
        now = plan(db, found)
        if now != shown:
            raise FigurePlanChanged(name, now)
        context = f"import {name}"
        for source in now.new_sources:
            _ensure_source(db, source, context)
        ids = {area.name: area.id for area in area_store.all_areas(db.conn)}

        def row(figure: Figure) -> store.KeyFigure:
            return store.KeyFigure(0, figure.source, figure.measure, figure.group,
                                   ids.get(figure.area) if figure.area else None, figure.period.start.isoformat(),
                                   figure.period.end.isoformat(), figure.value, figure.unit)

        store.create_many(db, [row(f) for f in now.new], f"{len(now.new)} nyckeltal", context)
        for figure, _value, _unit in now.changed:
            store.save(db, row(figure), context, area_name=figure.area)
    return now
