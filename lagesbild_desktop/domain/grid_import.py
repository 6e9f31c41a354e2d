"""Reading a yearly grid as districts keep it in Excel, from plain cell values (no Excel library here).

A sheet arrives as rows of SheetCell (value, fill colour, comment). The grid is found by
its week header row (`1`, `v1`, `v.1`, `V 1`, `Vecka 1` ...) after any title rows; areas
are down the first column. Every problem is collected with its sheet, row and column so
that the user can fix the file in one go; nothing is imported while there is any.
"""

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR, weeks_in_year

WEEK_HEADER = re.compile(r"^(?:v(?:ecka|\.)?\s*\.?\s*)?(\d{1,2})$", re.IGNORECASE)
YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(?!\d)")
HEADER_SEARCH_ROWS = 20  # title rows above the header: a few in practice, never this many
MIN_WEEK_COLUMNS = 3  # a row with fewer week-like cells is not the header
COLOUR_TOLERANCE = 90  # RGB distance within which a fill counts as a scale colour

# Excel's standard palette colours that districts use for the scale, besides the program's own.
EXCEL_COLOURS = {
    "#00B050": 1, "#92D050": 1, "#00FF00": 1,
    "#FFFF00": 2,
    "#FFC000": 3, "#FF9900": 3, "#F79646": 3,
    "#FF0000": 4, "#C00000": 4,
    "#7030A0": 5, "#800080": 5,
}
SUMMARY_ROWS = {"totalt", "summa", "medel", "medelvärde", "snitt", "genomsnitt", "förklaring", "medel:"}
NO_FILL = {"#FFFFFF"}  # a white fill is a blank cell, as on screen


class SheetCell(NamedTuple):
    value: object = None
    fill: str | None = None  # "#RRGGBB" when the cell has a solid fill
    comment: str | None = None


class ImportedGrade(NamedTuple):
    area: str
    year: int
    week: int
    grade: int
    note: str
    where: str  # "blad 2023, rad 5, kolumn C", for messages


def kept_note(first: str, second: str) -> str | None:
    """The note of an area-week that the file holds twice with the same grade; None when the two
    notes differ (then neither may be dropped without the user knowing)."""
    if not second or second == first:
        return first
    if not first:
        return second
    return None


@functools.cache  # asked for every cell of every sheet: a few dozen distinct columns
def column_name(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: as Excel names columns."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def week_of_header(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        number = int(value)
    elif isinstance(value, str) and (match := WEEK_HEADER.fullmatch(value.strip())):
        number = int(match.group(1))
    else:
        return None
    return number if 1 <= number <= 53 else None


def year_in(texts: Iterable[object]) -> int | None:
    for text in texts:
        if isinstance(text, str):
            for match in YEAR_IN_TEXT.finditer(text):
                if MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
                    return int(match.group(1))
        elif isinstance(text, int) and not isinstance(text, bool) and 1990 <= text <= 2100:
            return text
    return None


def tinted(colour: str, tint: float) -> str:
    """Excel's tint of a theme colour: towards black (tint < 0) or white (tint > 0) in HLS lightness."""
    import colorsys

    if not tint:
        return colour
    red, green, blue = (int(colour[index:index + 2], 16) / 255 for index in (1, 3, 5))
    hue, light, saturation = colorsys.rgb_to_hls(red, green, blue)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    return "#" + "".join(f"{round(part * 255):02X}" for part in colorsys.hls_to_rgb(hue, light, saturation))


def nearest_grade(fill: str, scale_fills: dict[str, int]) -> int | None:
    """The grade whose colour (the program's or Excel's standard one) is nearest the fill."""
    def rgb(colour: str) -> tuple[int, int, int]:
        return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)

    target = rgb(fill)
    best, best_distance = None, None
    for colour, grade in {**EXCEL_COLOURS, **scale_fills}.items():
        distance = sum((a - b) ** 2 for a, b in zip(rgb(colour), target, strict=True)) ** 0.5
        if best_distance is None or distance < best_distance:
            best, best_distance = grade, distance
    return best if best_distance is not None and best_distance <= COLOUR_TOLERANCE else None


def _header(rows: list[list[SheetCell]]) -> tuple[int, dict[int, int]] | None:
    """The row with the most week headings among the first rows: a scale legend above the grid
    ("1 2 3 4 5") has fewer than the real header."""
    best = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        weeks = {column: week for column, cell in enumerate(row) if (week := week_of_header(cell.value))}
        # The first column holds the areas; a number there is not a week.
        weeks.pop(0, None)
        if len(weeks) >= MIN_WEEK_COLUMNS and (best is None or len(weeks) > len(best[1])):
            best = (index, weeks)
    return best


def _grade(cell: SheetCell, scale_fills: dict[str, int]) -> tuple[int | None, str | None]:
    """(grade, problem); (None, None) for a blank cell (not assessed)."""
    value = cell.value
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        if cell.fill and cell.fill not in NO_FILL:
            grade = nearest_grade(cell.fill, scale_fills)
            if grade is None:
                return None, f"färgen {cell.fill} motsvarar ingen bedömning"
            return grade, None
        return None, None
    if isinstance(value, bool):
        return None, f"'{value}' är ingen bedömning"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"[0-9]+(?:[.,]0+)?", value):
        value = int(re.split(r"[.,]", value)[0])  # "3", "3,0" and "3.0" as a spreadsheet may hold them
    if isinstance(value, int):
        if 1 <= value <= 5:
            return value, None
        return None, f"bedömningen {value} ligger utanför skalan 1–5"
    return None, f"'{value}' är ingen bedömning (ange 1–5)"


def parse_grid(rows: list[list[SheetCell]], sheet: str, year: int | None, scale_fills: dict[str, int],
               has_personal_number=lambda _text: False) -> tuple[list[ImportedGrade], list[str]]:
    """The grades of one sheet, and every problem found (each naming sheet, row and column)."""
    problems: list[str] = []
    found = _header(rows)
    if found is None:
        return [], [f"blad {sheet}: hittar ingen rubrikrad med veckor (1, v1, v.1, Vecka 1 …)"]
    header_index, weeks = found
    seen: dict[int, int] = {}
    for column, week in sorted(weeks.items()):
        if week in seen:
            problems.append(f"blad {sheet}, rad {header_index + 1}, kolumn {column_name(column)}: vecka {week} "
                            f"står två gånger i rubriken (även kolumn {column_name(seen[week])})")
        else:
            seen[week] = column
    # The sheet's name first ("2023"), then the header row's first cell, then a title above the grid:
    # a title may also carry a date of another year ("uppdaterad 2024-01-08").
    year = (year_in([sheet]) or year_in([rows[header_index][0].value] if rows[header_index] else [])
            or year_in([cell.value for row in rows[:header_index] for cell in row]) or year)
    if year is None:
        return [], problems + [f"blad {sheet}: året står varken i en rubrik eller i bladets namn; ange --year"]
    last_week = weeks_in_year(year)
    grades: list[ImportedGrade] = []
    by_area: dict[str, dict[int, tuple[int, str]]] = {}
    column_names = {column: column_name(column) for column in weeks}
    started = False
    for row_index in range(header_index + 1, len(rows)):
        row = rows[row_index]
        name = row[0].value if row else None
        name = str(name).strip() if name is not None else ""
        if not any(cell.value not in (None, "") or cell.fill for cell in row):
            if started:
                break  # the grid ends at its first empty row; below it come legends and remarks
            continue
        started = True
        if name.casefold().rstrip(":") in SUMMARY_ROWS:
            continue  # a row of totals or means under the areas
        cells = [(column, week, row[column]) for column, week in weeks.items() if column < len(row)]
        values = []
        at_row = f"blad {sheet}, rad {row_index + 1}, kolumn "
        for column, week, cell in cells:
            where = at_row + column_names[column]
            value = cell.value
            if value.__class__ is int and 1 <= value <= 5:  # the usual cell, without _grade's questions
                grade, problem = value, None
            else:
                grade, problem = _grade(cell, scale_fills)
            if problem:
                problems.append(f"{where}: {problem}")
                continue
            if grade is None:
                continue
            if week > last_week:
                problems.append(f"{where}: vecka {week} finns inte år {year} (året har {last_week} veckor)")
                continue
            note = cell.comment.strip() if cell.comment else ""
            if note and has_personal_number(note):
                problems.append(f"{where}: kommentaren innehåller ett personnummer")
                continue
            values.append(ImportedGrade(name, year, week, grade, note, where))
        if not values:
            continue  # an empty row, a legend line under the grid, an area without meetings
        if not name:
            problems.append(f"blad {sheet}, rad {row_index + 1}, kolumn A: bedömningar utan områdesnamn")
            continue
        earlier = by_area.setdefault(name.casefold(), {})  # week -> index in grades
        for value in values:
            if value.week not in earlier:
                earlier[value.week] = len(grades)
                grades.append(value)
                continue
            first = grades[earlier[value.week]]
            note = kept_note(first.note, value.note)
            if first.grade != value.grade:
                problems.append(f"{value.where}: {name} står två gånger med olika bedömning vecka {value.week}")
            elif note is None:
                problems.append(f"{value.where}: {name} står två gånger vecka {value.week} med olika "
                                f"anteckningar (även {first.where})")
            else:
                grades[earlier[value.week]] = first._replace(note=note)
    return grades, problems
