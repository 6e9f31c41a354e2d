"""Making the reports: the data of each from the same services as the screen, then the PDF.

reports/ lays out pages; this module decides what goes on them, so that the printed
numbers and the charts on screen can never disagree (both use services.trends).
"""

import datetime as dt
from pathlib import Path

from lagesbild_desktop import __version__, osenv
from lagesbild_desktop.domain.incidents import Severity
from lagesbild_desktop.domain.isoweek import validate_week, validate_year, week_dates
from lagesbild_desktop.services import (
    key_figures,
    maps,
    measure_reports,
    places,
    report_texts,
    summary,
    trends,
    weeks,
    year_texts,
)
from lagesbild_desktop.services.areas import areas_of_year
from lagesbild_desktop.services.output import write_atomically
from lagesbild_desktop.services.report_contents import WeeklyReport, YearlyReport
from lagesbild_desktop.store import categories as category_store
from lagesbild_desktop.store import incidents
from lagesbild_desktop.store.connection import Store


def yearly_report_data(store: Store, year, figures: key_figures.FigureChoice = key_figures.ALL_FIGURES
                       ) -> YearlyReport:
    """`figures`: which sources and measures the key figures' section shows (default: all)."""
    year = validate_year(year)
    critical = [i for i in incidents.for_year(store.conn, year) if i.severity == Severity.CRITICAL.code]
    plan, followed = measure_reports.yearly_lines(store, year)
    return YearlyReport(store.setting("district", ""), year, osenv.today(), __version__,
                        weeks.year_grid(store, year), summary.yearly_summary(store, year), critical,
                        trends.year_trends(store, year), report_texts.priority_fields(store, year),
                        tuple(plan), tuple(followed), year_texts.texts_of_year(store, year),
                        {c.code: c.name_sv for c in category_store.all_categories(store.conn, include_inactive=True)},
                        tuple(key_figures.yearly_tables(store, year, figures)),
                        maps.mean_map(store, year) if maps.has_boundaries(store) else None,
                        tuple(places.places_of_year(store, year)),
                        places.weekday_times(store, dt.date(year, 1, 1), dt.date(year, 12, 31)),
                        places.recurrence(store))


WORD, PDF = ".docx", ".pdf"


def report_format(out: Path | str) -> str:
    """The format the file name's extension chooses: .docx is Word; anything else is a PDF, as before."""
    return WORD if Path(out).suffix.lower() == WORD else PDF


def build_yearly(data: YearlyReport, target: Path, fmt: str, sections: tuple[str, ...] | None = None,
                 progress=None) -> None:
    """Lay the report out in the format (reportlab and python-docx are loaded here, when a report is made)."""
    from lagesbild_desktop.reports.yearly_outline import ALL_SECTIONS, yearly_outline

    outline = yearly_outline(data, sections or ALL_SECTIONS)
    if fmt == WORD:
        from lagesbild_desktop.reports.docx_writer import build_docx

        build_docx(outline, target, progress)
    else:
        from lagesbild_desktop.reports.pdf_writer import build_pdf

        build_pdf(outline, target, progress)


def weekly_report_data(store: Store, year, week) -> WeeklyReport:
    year, week = validate_week(year, week)
    monday, sunday = week_dates(year, week)
    figures = tuple(key_figures.week_tables(store, monday, sunday))
    return WeeklyReport(store.setting("district", ""), year, week, osenv.today(), __version__,
                        weeks.week_overview(store, year, week), report_texts.week_note(store, year, week),
                        measure_reports.week_measures(store, year, week), figures,
                        maps.week_map(store, year, week) if maps.has_boundaries(store) else None,
                        _recurring(store, year, week), places.recurrence(store))


def _recurring(store: Store, year: int, week: int) -> tuple:
    names = {area.id: name for area, name in areas_of_year(store, year)}
    return tuple((names.get(area_id, ""), place, count)
                 for area_id, found in places.recurring_in_week(store, year, week).items() for place, count in found)


def make_yearly_report(store: Store, year, out: Path | str, progress=None, sections: tuple[str, ...] | None = None,
                       figures: key_figures.FigureChoice = key_figures.ALL_FIGURES) -> Path:
    """The yearly lokal lägesbild as .pdf or .docx, as the name's extension says; `sections`: which parts;
    `figures`: which key figures."""
    fmt = report_format(out)
    data = yearly_report_data(store, year, figures)
    return write_atomically(lambda target: build_yearly(data, target, fmt, sections, progress), out, "Rapporten")


def make_weekly_report(store: Store, year, week, out: Path | str, progress=None) -> Path:
    data = weekly_report_data(store, year, week)
    from lagesbild_desktop.reports.weekly import build_weekly

    return write_atomically(lambda target: build_weekly(data, target, progress), out, "Rapporten")


def copy_report(made: Path | str, out: Path | str) -> Path:
    """Save a report made for the preview under the name the user chose (never half a file)."""
    import shutil

    return write_atomically(lambda target: shutil.copyfile(made, target), out, "Rapporten")
