"""The long form `Område;År;Vecka;Bedömning;Anteckning` as Excel saves it: any of its encodings and separators."""

import csv
import io
import re

from lagesbild_desktop.domain.grid_import import ImportedGrade, column_name, kept_note
from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR, weeks_in_year

COLUMNS = ("Område", "År", "Vecka", "Bedömning", "Anteckning")


def restore_text(text: str) -> str:
    """Undo the export's guard: "'=SUMMA" was written for "=SUMMA", and "''x" for "'x"."""
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "'") else text


def _plain(text: str) -> str:
    """A heading compared without case or Swedish letters: "Omrade" is "Område"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.strip().strip("\ufeff").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def decode(data: bytes) -> tuple[str, bool]:
    """(text, clean): UTF-8 with or without byte-order mark, UTF-16 (Excel's "Unicode text"), or
    Windows-1252 as Swedish Excel saves "CSV". clean is False when some bytes fit none of them
    (they are then shown as U+FFFD, and the caller refuses the file rather than guess)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decoded(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(data, "utf-16")
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return _decoded(data, "cp1252")


def _decoded(data: bytes, encoding: str) -> tuple[str, bool]:
    try:
        return data.decode(encoding), True
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace"), False


def separator(first_line: str) -> str:
    """Semicolon (Swedish Excel), comma, or tab ("Unicode text"): whichever the header uses most."""
    return max((";", ",", "\t"), key=first_line.count)


def parse_csv(data: bytes, source: str, has_personal_number=lambda _text: False
              ) -> tuple[list[ImportedGrade], list[str]]:
    text, clean = decode(data)
    if not text.strip():
        return [], [f"{source}: filen är tom"]
    if "\x00" in text:
        return [], [f"{source}: filen är inte en textfil (CSV)"]
    if not clean:  # bytes that fit none of the encodings: guessing would alter notes
        line = text[:text.index("\ufffd")].count("\n") + 1
        return [], [f"{source}, rad {line}: tecken som inte går att läsa (filen är varken UTF-8 eller "
                    "Windows-1252, eller blandar dem); spara den som CSV UTF-8 och försök igen"]
    first = next(line for line in text.splitlines() if line.strip())
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator(first)))
    rows = rows[next(index for index, row in enumerate(rows) if any(cell.strip() for cell in row)):]
    return parse_long_rows(rows, source, has_personal_number)


def is_long_form_header(row: list[str]) -> bool:
    return [_plain(cell) for cell in row[:4]] == [_plain(name) for name in COLUMNS[:4]]


def parse_long_rows(rows: list[list[str]], source: str, has_personal_number=lambda _text: False
                    ) -> tuple[list[ImportedGrade], list[str]]:
    """The long form's rows as text (from a CSV file or a spreadsheet's long-form sheet)."""
    if not is_long_form_header(rows[0]):
        return [], [f"{source}, rad 1: rubrikerna ska vara {';'.join(COLUMNS)} (filen har {';'.join(rows[0])})"]
    problems: list[str] = []
    grades: list[ImportedGrade] = []
    seen: dict[tuple[str, int, int], tuple[int, int]] = {}  # -> (index in grades, row)
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"{source}, rad {number}"
        if len(row) < 4:
            problems.append(f"{where}: för få kolumner ({len(row)}, ska vara {len(COLUMNS)})")
            continue
        area, year_text, week_text, grade_text = (cell.strip() for cell in row[:4])
        area = restore_text(area)
        note = restore_text(row[4].strip()) if len(row) > 4 else ""
        if not area:
            problems.append(f"{where}, kolumn A: områdesnamn saknas")
            continue
        try:
            year = int(year_text)
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise ValueError
        except ValueError:
            problems.append(f"{where}, kolumn B: '{year_text}' är inget år")
            continue
        try:
            week = int(week_text)
        except ValueError:
            problems.append(f"{where}, kolumn C: '{week_text}' är ingen vecka")
            continue
        if not 1 <= week <= weeks_in_year(year):
            problems.append(f"{where}, kolumn C: vecka {week} finns inte år {year} "
                            f"(året har {weeks_in_year(year)} veckor)")
            continue
        if re.fullmatch(r"[1-5](?:[.,]0+)?", grade_text):
            grade_text = grade_text[0]  # "3,0" as Excel may write a number
        if not (re.fullmatch(r"[0-9]+", grade_text) and 1 <= int(grade_text) <= 5):
            problems.append(f"{where}, kolumn D: '{grade_text}' är ingen bedömning (ange 1–5)")
            continue
        if note and has_personal_number(note):
            problems.append(f"{where}, kolumn {column_name(4)}: anteckningen innehåller ett personnummer")
            continue
        key = (area.casefold(), year, week)
        if key not in seen:
            seen[key] = (len(grades), number)
            grades.append(ImportedGrade(area, year, week, int(grade_text), note, where))
            continue
        index, first_row = seen[key]
        kept = kept_note(grades[index].note, note)
        if grades[index].grade != int(grade_text):
            problems.append(f"{where}: {area} vecka {week} {year} står redan på rad {first_row} "
                            "med en annan bedömning")
        elif kept is None:
            problems.append(f"{where}: {area} vecka {week} {year} står redan på rad {first_row} "
                            "med en annan anteckning")
        else:
            grades[index] = grades[index]._replace(note=kept)
    return grades, problems
