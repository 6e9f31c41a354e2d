"""Key figures from other sources (reported crime, citizens' reports, surveys): periods, values and the
comparison with the same period a year earlier, as the seed report's "Tabell 3" (pure, no I/O).

A figure is a value of a measure ("Inbrott i bostad") from a source ("Polisen – Compstat/Status") for a
period (from and to dates), optionally in a group ("Brott mot hushåll") and for an area (otherwise the
whole district), counted (antal) or a share (procent).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from lagesbild_desktop.errors import InvalidInput

UNITS = ("antal", "procent")
DEFAULT_SOURCES = ("Polisen – Compstat/Status", "Tyck till", "Trygghetsmätningen", "Stockholmsenkäten",
                   "Egen räkning")

_MONTHS = {name: number for number, names in enumerate((
    ("januari", "jan"), ("februari", "feb"), ("mars", "mar"), ("april", "apr"), ("maj",), ("juni", "jun"),
    ("juli", "jul"), ("augusti", "aug"), ("september", "sep", "sept"), ("oktober", "okt"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DASH = r"\s*(?:–|—|-|till|t\.o\.m\.?)\s*"
_DATE = r"(\d{4}-\d{2}-\d{2})"
_DATES = re.compile(rf"^{_DATE}{_DASH}{_DATE}$")
_ONE_DATE = re.compile(rf"^{_DATE}(?:[ T]00:00(?::00)?)?$")  # a date cell that a CSV or Excel wrote as text
# "jan–okt 2024", "1 jan–31 okt 2024", "januari 2024", "jan 2024–mar 2024"
_MONTHS_OF_YEAR = re.compile(rf"^(?:(\d{{1,2}})\s+)?({_MONTH})\.?(?:\s+(\d{{4}}))?(?:{_DASH}(?:(\d{{1,2}})\s+)?"
                             rf"({_MONTH})\.?)?\s+(\d{{4}})$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:helår\s+|år\s+)?(\d{4})$", re.IGNORECASE)


class Period(NamedTuple):
    start: dt.date
    end: dt.date

    def __str__(self) -> str:
        return f"{self.start.isoformat()}–{self.end.isoformat()}"

    def year_before(self) -> Period:
        return Period(_a_year_before(self.start), _a_year_before(self.end))

    @property
    def whole_year(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) and \
            self.start.year == self.end.year


def _a_year_before(day: dt.date) -> dt.date:
    return a_year_from(day, -1)


def a_year_from(day: dt.date, years: int) -> dt.date:
    """The same day `years` years away; a month's last day stays its month's last, so that jan–feb 2025
    (to the 28th) and jan–feb 2024 (to the 29th) are the same period a year apart."""
    if (day + dt.timedelta(days=1)).day == 1:
        return _month_end(day.year + years, day.month)
    return day.replace(year=day.year + years)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def parse_period(text: object) -> Period:
    """A period as tables write it: "2024-01-01–2024-10-31", "jan–okt 2024", "1 jan–31 okt 2024",
    "oktober 2024", "2024" (the whole year), or one day ("2024-10-31", a date cell). InvalidInput in
    Swedish for anything else, or an end before its start."""
    if isinstance(text, dt.datetime):
        text = text.date()
    if isinstance(text, dt.date):
        return Period(text, text)
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("perioden saknas")
    said = " ".join(text.replace("\u2212", "-").split())
    found = _DATES.match(said)
    if found:
        period = Period(_iso(found.group(1), said), _iso(found.group(2), said))
    elif (found := _ONE_DATE.match(said)) is not None:
        day = _iso(found.group(1), said)
        period = Period(day, day)
    elif (found := _YEAR.match(said)) is not None:
        year = int(found.group(1))
        period = Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    elif (found := _MONTHS_OF_YEAR.match(said)) is not None:
        first_day, first, first_year, last_day, last, year = found.groups()
        year_end = int(year)
        year_start = int(first_year) if first_year else year_end
        start_month = _MONTHS[first.lower()]
        end_month = _MONTHS[(last or first).lower()]
        try:
            start = dt.date(year_start, start_month, int(first_day) if first_day else 1)
            end = (dt.date(year_end, end_month, int(last_day)) if last_day
                   else _month_end(year_end, end_month))
        except ValueError:
            raise InvalidInput(f"perioden '{said}' har en dag som inte finns") from None
        period = Period(start, end)
    else:
        raise InvalidInput(f"perioden '{said}' kan inte läsas (skriv t.ex. 2024-01-01–2024-10-31 eller jan–okt 2024)")
    if period.end < period.start:
        raise InvalidInput(f"perioden '{said}' slutar före sin början")
    return period


def _iso(text: str, whole: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"perioden '{whole}' har ett datum som inte finns ({text})") from None


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def parse_value(value: object, unit: str = "antal") -> float | None:
    """A value as a table writes it ("1 234", "1,5", "47 %", 47.0); None for an empty cell or a dash.
    InvalidInput for anything that is not a number, and for a share outside 0–100 per cent."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise InvalidInput(f"värdet '{value}' är inget tal")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", " ").replace("\u2212", "-")
        if text in ("", "-", "–", "—"):
            return None
        if text.endswith("%"):
            text = text[:-1].strip()
        text = text.replace(" ", "")
        if not _NUMBER.match(text):
            raise InvalidInput(f"värdet '{str(value)[:40]}' är inget tal")
        number = float(text.replace(",", "."))
    if number != number or number in (float("inf"), float("-inf")):
        raise InvalidInput(f"värdet '{value}' är inget tal")
    if unit == "procent" and not 0 <= number <= 100:
        raise InvalidInput(f"andelen {format_number(number)} % ligger utanför 0–100")
    return number


def parse_unit(text: object, default: str = "antal") -> str:
    if text is None or not str(text).strip():
        return default
    said = str(text).strip().lower()
    aliases = {"antal": "antal", "st": "antal", "count": "antal", "procent": "procent", "%": "procent",
               "andel": "procent", "percent": "procent"}
    if said not in aliases:
        raise InvalidInput(f"enheten '{str(text)[:20]}' är okänd (antal eller procent)")
    return aliases[said]


def format_number(value: float | None, decimals: int | None = None) -> str:
    """Swedish: "1 234", "2,5"; a whole number without decimals unless asked for; "–" for none."""
    if value is None:
        return "–"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text.replace("-", "−") if value < 0 else text


class Figure(NamedTuple):
    source: str
    measure: str
    group: str  # "" when the measure belongs to no group
    area: str  # "" for the whole district
    period: Period
    value: float
    unit: str = "antal"

    def key(self) -> tuple:
        """What one figure is about: a second value for the same key is a contradiction."""
        return (self.source, self.group, self.measure, self.area, self.period)


class ComparisonRow(NamedTuple):
    group: str
    measure: str
    area: str
    value: float | None
    previous: float | None
    unit: str
    subtotal: bool = False  # a group's sum (counts only)
    comparable: bool = True  # False: a sum of different measures in the two years, no change to show

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None or not self.comparable:
            return None
        return self.value - self.previous

    @property
    def change_pct(self) -> float | None:
        """Change in per cent, one decimal; None where the previous value is 0 or missing (no base)."""
        if self.change is None or not self.previous:
            return None
        return round(100 * self.change / self.previous, 1)


def compare(figures: list[Figure], period: Period, measures: set[str] | None = None) -> list[ComparisonRow]:
    """The figures of `period` against the same period a year earlier, in the order they come (a table's
    order), each group followed by its subtotal when it holds counts (shares are not summed)."""
    before = period.year_before()
    now = {(f.group, f.measure, f.area): f for f in figures if f.period == period}
    then = {(f.group, f.measure, f.area): f for f in figures if f.period == before}
    # Last year's order first: typing this year's figures row by row never moves a row under the cursor.
    order = list(dict.fromkeys([*then, *now]))
    if measures:
        order = [key for key in order if key[1] in measures]
    rows: list[ComparisonRow] = []
    groups: dict[str, list[ComparisonRow]] = {}
    for key in order:
        found = now.get(key) or then.get(key)
        row = ComparisonRow(key[0], key[1], key[2], now[key].value if key in now else None,
                            then[key].value if key in then else None, found.unit)
        groups.setdefault(key[0], []).append(row)
    for group, members in groups.items():
        rows += members
        counts = [row for row in members if row.unit == "antal"]
        if group and len(counts) > 1:
            # Like with like: where some measure has a value in only one of the years (a year being typed in,
            # a measure new this year), the sum counts the measures that have both.
            # The sum is then named so, since it is no longer the sum of the rows above it. No measure in
            # both years: the sums are shown, without a change (they count different measures).
            both = [row for row in counts if row.value is not None and row.previous is not None]
            summed = both or counts
            name = f"Summa {group.lower()}" + (" (jämförbara mått)" if both and len(both) < len(counts) else "")
            rows.append(ComparisonRow(group, name, "", _sum([row.value for row in summed]),
                                      _sum([row.previous for row in summed]), "antal", subtotal=True,
                                      comparable=bool(both)))
    return rows


def _sum(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return sum(present) if present else None


def change_in_words(row: ComparisonRow) -> str:
    """As the seed report says it: "Bedrägeri (urval) ökade med 115 antal brott, vilket är en ökning med
    ca 21 procent"."""
    if row.change is None:
        return f"{row.measure}: ingen jämförelse (värde saknas för något av åren)."
    if row.change == 0:
        return f"{row.measure} var oförändrat ({format_number(row.value)})."
    verb, noun = ("ökade", "en ökning") if row.change > 0 else ("minskade", "en minskning")
    amount = format_number(abs(row.change))
    unit = "procentenheter" if row.unit == "procent" else "antal"
    sentence = f"{row.measure} {verb} med {amount} {unit}"
    if row.change_pct is not None and row.unit == "antal":
        sentence += f", vilket är {noun} med ca {format_number(abs(round(row.change_pct)), 0)} procent"
    return sentence + "."


class YearBar(NamedTuple):
    year: int
    value: float
    period: Period

    @property
    def part_of_year(self) -> bool:
        return not self.period.whole_year


def series_by_year(figures: list[Figure], source: str, measure: str | None = None, area: str = "") -> list[YearBar]:
    """A source's counts by year, as the seed's Diagram 2: one bar per year, for each year its longest period
    within the year (a whole year where there is one), a part of the year marked as such. `measure`: one
    measure (a count or a share); else the sum of the counted measures that every year has (so that the bars
    compare like with like; none in common: no bars)."""
    chosen = [f for f in figures if f.source == source and f.area == area and (f.unit == "antal" or measure)
              and f.period.start.year == f.period.end.year and (measure is None or f.measure == measure)]
    measures_in: dict[Period, dict[tuple[str, str], float]] = {}
    for figure in chosen:
        measures_in.setdefault(figure.period, {})[(figure.group, figure.measure)] = figure.value
    best: dict[int, Period] = {}
    for period in measures_in:
        year = period.start.year
        if year not in best or (period.end - period.start) > (best[year].end - best[year].start):
            best[year] = period
    if not best:
        return []
    common = set.intersection(*(set(measures_in[period]) for period in best.values()))
    return [YearBar(year, sum(measures_in[period][key] for key in common), period)
            for year, period in sorted(best.items())] if common else []


def period_in_words(period: Period) -> str:
    """ "jan–okt 2024", "2024" for a whole year."""
    if period.whole_year:
        return str(period.start.year)
    names = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    first, last = names[period.start.month - 1], names[period.end.month - 1]
    return f"{first}–{last} {period.end.year}" if first != last else f"{first} {period.end.year}"
