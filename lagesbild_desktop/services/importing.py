"""Importing grades from Excel grids and CSV files: read, check, preview, then write all or nothing."""

import zipfile
from pathlib import Path
from typing import NamedTuple

from lagesbild_desktop import shipped
from lagesbild_desktop.domain.areas import area_exists_in, validate_area_name
from lagesbild_desktop.domain.csv_import import is_long_form_header, parse_csv, parse_long_rows
from lagesbild_desktop.domain.grid_import import ImportedGrade, kept_note, parse_grid, week_of_header
from lagesbild_desktop.domain.personnummer import contains_personal_number
from lagesbild_desktop.domain.text import problem_in_text
from lagesbild_desktop.errors import InvalidInput
from lagesbild_desktop.services.bulk import cycle_collector_paused
from lagesbild_desktop.services.workbook_reading import Workbook
from lagesbild_desktop.store import areas as area_store
from lagesbild_desktop.store import assessments
from lagesbild_desktop.store.connection import Store

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # encrypted (password) xlsx and old .xls files are OLE containers


class ImportRefused(InvalidInput):
    """The file has problems: every one is listed, nothing was imported."""

    def __init__(self, source: str, problems: list[str]):
        self.problems = problems
        super().__init__(f"{source}: inget importerades ({len(problems)} problem):\n"
                         + "\n".join(f"  - {problem}" for problem in problems))


class Conflict(NamedTuple):
    grade: ImportedGrade
    stored: assessments.Assessment


class ImportPlan(NamedTuple):
    source: str
    new: list[ImportedGrade]
    changed: list[Conflict]  # a stored grade or note the file would replace
    unchanged: list[ImportedGrade]
    unknown_areas: list[str]
    areas: dict[str, int | None]  # name in the file -> area id (None: to be created)
    # How it was planned, so that apply() can plan again inside its transaction.
    grades: tuple = ()
    create_areas: bool = False
    mapping: tuple = ()

    def seen(self) -> tuple:
        """What the user was shown: every grade's fate, and the stored version each change replaces."""
        return (tuple(self.new), tuple((c.grade, c.stored.id, c.stored.version) for c in self.changed),
                tuple(self.unchanged), tuple(self.unknown_areas), tuple(sorted(self.areas.items())))


class ImportPlanChanged(InvalidInput):
    """The database changed between the preview and the import (another window or workstation wrote
    some of the same cells): nothing was written; here is the plan as it is now."""

    def __init__(self, source: str, plan: "ImportPlan"):
        super().__init__(f"{source}: databasen har ändrats sedan förhandsgranskningen (någon annan har sparat "
                         "bedömningar under tiden). Inget har importerats: granska den nya förhandsgranskningen")
        self.plan = plan


@cycle_collector_paused
def read_file(path: Path | str, *, year: int | None = None, sheet: str | None = None) -> list[ImportedGrade]:
    """Every grade in the file, or ImportRefused listing every problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: filen kan inte läsas ({exc.strerror or exc})") from exc
    source = path.name
    if not data:
        raise ImportRefused(source, ["filen är tom"])
    if data.startswith(OLE_SIGNATURE):
        raise ImportRefused(source, ["filen är lösenordsskyddad eller i det gamla .xls-formatet; "
                                     "spara den som .xlsx utan lösenord"])
    if data.startswith(b"PK"):
        grades, problems = _read_workbook(path, source, year, sheet)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportRefused(source, ["filen heter .xlsx men är ingen Excel-arbetsbok"])
    else:
        grades, problems = parse_csv(data, source, contains_personal_number)
        if year is not None:
            grades = [grade for grade in grades if grade.year == year]
    # The same limits as a note typed in the window (length, no control characters).
    problems += [f"{grade.where}: {problem[0].lower()}{problem[1:]}" for grade in grades
                 if (problem := problem_in_text(grade.note, "Anteckningen")) is not None]
    if problems:
        raise ImportRefused(source, problems)
    if not grades:
        raise ImportRefused(source, ["filen innehåller inga bedömningar"])
    return grades


def _read_workbook(path: Path, source: str, year: int | None, sheet: str | None):
    # Sheets are read as they are walked, so a damaged part may only show there.
    try:
        with Workbook(path) as book:
            return _read_sheets(book, source, year, sheet)
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:  # SheetXmlError too
        raise ImportRefused(source, ["filen är ingen läsbar Excel-arbetsbok (trasig, avkortad eller "
                                     "inte sparad som .xlsx)"]) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise ImportRefused(source, [f"filen är ingen läsbar Excel-arbetsbok ({type(exc).__name__})"]) from exc


def _read_sheets(book: Workbook, source: str, year: int | None, sheet: str | None):
    titles = [worksheet.title for worksheet in book.worksheets]
    if sheet is not None and sheet not in titles:
        raise ImportRefused(source, [f"bladet '{sheet}' finns inte (bladen heter {', '.join(titles)})"])
    fills = {level.fill.upper(): level.value for level in shipped.scale()}
    grades, problems = [], []
    # Hidden sheets (old years, working copies) only when asked for by name.
    chosen = [worksheet for worksheet in book.worksheets
              if worksheet.title == sheet or (sheet is None and worksheet.sheet_state == "visible")]
    long_form = [worksheet for worksheet in chosen if _is_long_form(book, worksheet)]
    grids = [worksheet for worksheet in chosen if worksheet not in long_form and
             (sheet is not None or _looks_like_grid(book, worksheet))]  # a legend or notes sheet is passed over
    if not grids:  # a workbook holding only the long form (the export's own second sheet, say)
        for worksheet in long_form:
            rows = [[_text(value) for value in row] for row in book.values(worksheet)]
            found, trouble = parse_long_rows(rows, f"{source}, blad {worksheet.title}", contains_personal_number)
            grades += [grade for grade in found if year is None or grade.year == year]
            problems += trouble
    for worksheet in grids:
        found, trouble = parse_grid(book.rows(worksheet), worksheet.title, year, fills,
                                    contains_personal_number)
        grades += [grade for grade in found if year is None or grade.year == year]
        problems += [f"{source}, {problem}" for problem in trouble]
    if not grades and not problems:
        problems.append(f"{source}: inget blad med ett rutnät av veckor hittades")
    return grades, problems


def _is_long_form(book: Workbook, worksheet) -> bool:
    first = next(iter(book.values(worksheet, max_row=1)), [])
    return is_long_form_header([_text(value) for value in first])


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _looks_like_grid(book: Workbook, worksheet) -> bool:
    return any(sum(1 for value in row[1:] if week_of_header(value)) >= 3
               for row in book.values(worksheet, max_row=20))


@cycle_collector_paused
def plan(store: Store, grades: list[ImportedGrade], source: str, *, create_areas: bool = False,
         mapping: dict[str, str] | None = None) -> ImportPlan:
    """What the import would do, without writing anything."""
    original = grades
    mapping = {key.casefold(): value for key, value in (mapping or {}).items()}
    # One spelling per area: "Väster" and "väster " in the file are the same (new) area.
    # Worked out per name, not per grade: a city's import has 60,000 grades and 130 names.
    spellings: dict[str, str] = {}
    spelled: dict[str, str] = {}
    for name in dict.fromkeys(grade.area for grade in grades):
        tidy = " ".join(name.split())
        spelled[name] = spellings.setdefault(tidy.casefold(), tidy)
    grades = [grade if spelled[grade.area] == grade.area else grade._replace(area=spelled[grade.area])
              for grade in grades]
    ids: dict[str, int | None] = {}
    unknown: list[str] = []
    problems: list[str] = []
    for name in dict.fromkeys(spelled.values()):
        area = area_store.find(store.conn, mapping.get(name.casefold(), name))  # also a former name, any case
        if area is None:
            if create_areas:
                ids[name] = None
            else:
                unknown.append(name)
            continue
        ids[name] = area.id
    skipped = set(unknown)
    new, changed, unchanged = [], [], []
    known: dict[int, area_store.Area] = {}  # one read per area, not per grade
    stored_cells: dict[tuple[int, int, int], assessments.Assessment] = {}  # one read per year, not per grade
    for year in sorted({grade.year for grade in grades}):
        stored_cells.update(((cell.area_id, cell.year, cell.week), cell)
                            for cell in assessments.for_year(store.conn, year))
    # Two sheets, a mapped name and the area's own name, or a former name: one area-week.
    unique: dict[tuple, ImportedGrade] = {}
    for grade in grades:
        if grade.area in skipped:
            continue
        key = (ids[grade.area] if ids[grade.area] is not None else grade.area, grade.year, grade.week)
        first = unique.get(key)
        if first is None:
            unique[key] = grade
            continue
        note = kept_note(first.note, grade.note)
        if first.grade != grade.grade:
            problems.append(f"{grade.where}: {grade.area} vecka {grade.week} {grade.year} har redan "
                            f"{first.grade} ({first.where}); filen säger {grade.grade}")
        elif note is None:
            problems.append(f"{grade.where}: {grade.area} vecka {grade.week} {grade.year} har redan en annan "
                            f"anteckning ({first.where})")
        else:
            unique[key] = first._replace(note=note)
    for key, grade in unique.items():
        area_id = ids[grade.area]
        if area_id is not None:
            area = known.get(area_id) or known.setdefault(area_id, area_store.by_id(store.conn, area_id))
            if not area_exists_in(area.first_year, area.retired_from_year, grade.year):
                problems.append(f"{grade.where}: {area.name} finns inte år {grade.year}")
                continue
            stored = stored_cells.get(key)
        else:
            stored = None
        if stored is None:
            new.append(grade)
        elif stored.grade == grade.grade and (not grade.note or grade.note == stored.note):
            unchanged.append(grade)
        else:
            changed.append(Conflict(grade, stored))
    if problems:
        raise ImportRefused(source, [f"{source}, {problem}" if not problem.startswith(source) else problem
                                     for problem in problems])
    return ImportPlan(source, new, changed, unchanged, unknown, ids, tuple(original), create_areas,
                      tuple(mapping.items()))


@cycle_collector_paused
def apply(store: Store, import_plan: ImportPlan, *, overwrite: bool = False) -> int:
    """Write the plan in one transaction; returns the number of grades written."""
    if import_plan.unknown_areas:
        raise ImportRefused(import_plan.source, [
            f"okänt område '{name}': skapa det (--create-areas) eller ange vilket område det är (--map)"
            for name in import_plan.unknown_areas])
    if import_plan.changed and not overwrite:
        raise ImportRefused(import_plan.source, [
            f"{c.grade.where}: {c.grade.area} vecka {c.grade.week} {c.grade.year} har redan {c.stored.grade}"
            f" i databasen, filen säger {c.grade.grade} (skriv över med --overwrite)" for c in import_plan.changed])
    context = f"import {import_plan.source}"
    written = [*import_plan.new, *(c.grade for c in import_plan.changed)] if overwrite else import_plan.new
    first_years: dict[str, int] = {}  # of the areas to be created
    for area, year in {(grade.area, grade.year) for grade in written if import_plan.areas[grade.area] is None}:
        first_years[area] = min(year, first_years.get(area, year))
    with store.transaction():
        # Planned again where it is written: a cell another program filled or changed since the preview
        # must not be written over (or fail as a duplicate); the user sees the new plan instead.
        now = plan(store, list(import_plan.grades), import_plan.source, create_areas=import_plan.create_areas,
                   mapping=dict(import_plan.mapping))
        if now.seen() != import_plan.seen():
            raise ImportPlanChanged(import_plan.source, now)
        areas: dict[str, area_store.Area] = {}
        for name, area_id in import_plan.areas.items():
            areas[name] = (area_store.by_id(store.conn, area_id) if area_id is not None else
                           area_store.insert(store, validate_area_name(name), first_years[name], context))
        # New cells in one go; the few that replace a stored grade one by one (they keep their history).
        assessments.create_many(store, [(areas[g.area], g.year, g.week, g.grade, g.note)
                                        for g in import_plan.new], context)
        for grade in written[len(import_plan.new):]:
            assessments.save(store, areas[grade.area], grade.year, grade.week, grade.grade, grade.note or None,
                             context)
    return len(written)
