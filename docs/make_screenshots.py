"""Regenerate docs/screenshots/: every screen in Swedish and English, light and dark, zoomed, 200 % scaling.

    .venv/bin/python docs/make_screenshots.py

Runs offscreen on a throw-away database with invented data (benchmarks/sample_data.py),
with the clock set to 4 March 2026 (week 10) so that the pictures do not change from day to day.
"""

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sample_data import build  # noqa: E402

from lagesbild_desktop import osenv  # noqa: E402
from lagesbild_desktop.services import boundaries, key_figures  # noqa: E402
from lagesbild_desktop.services.incidents import add_incident  # noqa: E402
from lagesbild_desktop.services.measures import add_measure, follow_up  # noqa: E402
from lagesbild_desktop.services.report_texts import set_priority_field, set_week_note  # noqa: E402
from lagesbild_desktop.services.reports import make_weekly_report, make_yearly_report  # noqa: E402
from lagesbild_desktop.services.year_drafts import insert_draft  # noqa: E402
from lagesbild_desktop.services.year_texts import place, set_text  # noqa: E402
from lagesbild_desktop.ui.app import install_translators  # noqa: E402
from lagesbild_desktop.ui.main_window import MainWindow  # noqa: E402
from lagesbild_desktop.ui.settings import UiSettings  # noqa: E402
from lagesbild_desktop.ui.theme import apply_theme  # noqa: E402
from lagesbild_desktop.ui.zoom import set_point_size  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TODAY = dt.date(2026, 3, 4)


def report_pages(store, work: Path) -> None:
    """Page images of the reports, as pdftoppm draws them (what an official would print and sign); the
    Word document as LibreOffice prints it."""
    yearly = make_yearly_report(store, 2025, work / "ar.pdf")
    weekly = make_weekly_report(store, 2026, 9, work / "vecka.pdf")
    word = make_yearly_report(store, 2025, work / "ar.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work / "word"), str(word)], check=True, capture_output=True)
    for pdf, prefix in ((yearly, "report_yearly"), (weekly, "report_weekly"),
                        (work / "word" / "ar.pdf", "report_yearly_docx")):
        for old in OUT.glob(f"{prefix}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(OUT / prefix)], check=True)


TEXTS_2025 = {
    "sammantagen": "Läget i stadsdelsområdet har **förbättrats** jämfört med 2024, men skillnaderna mellan "
                   "områdena är stora.\n\nTre områden stack ut under året:\n\n1. Grimsta, med bränder i "
                   "källarförråd under våren\n2. Vällingby centrum, med ordningsstörningar kvällstid\n"
                   "3. Hässelby strand, kring Maltesholmstorget\n\nSamverkan har *fungerat väl* och "
                   "åtgärderna följs upp varje kvartal.",
    "inledning": "Stadsdelsförvaltningen och lokalpolisområdet tar varje vecka fram en gemensam bedömning av "
                 "läget i varje område. Bedömningarna skrivs ihop till en årssammanställning, se tabell 2.",
    "syfte": "Lägesbilden ska visa var problemen är störst, hur de förändras över tid och vilka problem som "
             "kräver gemensamma insatser utöver ordinarie verksamhet.",
    "brottslighet": "Antalet registrerade händelser minskade något jämfört med 2024. Bränder och "
                    "ordningsstörningar dominerar; de kritiska händelserna listas i tabell 4.",
    "kallor": "- Status, brottsstatistik, Polismyndigheten\n- Sammanställning lokala operativa lägesbilden (OSG)"
              "\n- Trygghetsmätningen 2025, Stockholms stad",
}


def write_texts(store) -> None:
    """The year's texts as a district writes them: sections, and drafts for two areas from the year's data."""
    for key, body in TEXTS_2025.items():
        set_text(store, place(store, 2025, key), body)
    for area in ("Grimsta", "Vällingby"):
        insert_draft(store, place(store, 2025, "omrade", area))


def add_figures(store) -> None:
    """Compstat as the district has it: the sample's jan–okt 2024 against 2023, this year's jan–okt 2025
    typed in, whole years before, and the safety survey's share per area."""
    compstat = "Polisen – Compstat/Status"
    sample = ROOT / "tests" / "data" / "samples" / "compstat_jan-okt_2024.xlsx"
    found = key_figures.read_file(store, sample, source=compstat)
    key_figures.apply(store, found, key_figures.plan(store, found), sample.name)
    for figure in [f for f in found if f.period.start.year == 2024]:
        for year, factor in ((2021, 1.25), (2022, 1.3), (2023, 1.2)):
            key_figures.add_figure(store, source=compstat, measure=figure.measure, group=figure.group,
                                   start=f"{year}-01-01", end=f"{year}-12-31",
                                   value=round(figure.value * factor + (year % 3) * 7))
        key_figures.add_figure(store, source=compstat, measure=figure.measure, group=figure.group,
                               start="2025-01-01", end="2025-10-31", value=round(figure.value * 0.93 + 4))
    for area, share in (("Hässelby gård", 47), ("Vällingby", 43), ("Grimsta", 51), ("Vinsta", 39)):
        for year, value in ((2024, share + 3), (2025, share)):
            key_figures.add_figure(store, source="Trygghetsmätningen", measure="Andel som känner sig otrygga kvällstid",
                                   area=area, start=str(year), end=str(year), value=value, unit="procent")


def add_boundaries(store) -> None:
    """The sample's schematic boundaries of the nine default areas (not real ones)."""
    sample = ROOT / "tests" / "data" / "samples" / "omraden_schematiska.geojson"
    matched, crs = boundaries.read_file(store, sample)
    boundaries.apply(store, matched, crs, boundaries.plan(store, matched, crs, sample.name), sample.name)


def preview_import(app, window, path: Path, picture: str, choose_first: str | None = None) -> None:
    """The import dialog's preview of a file, as a picture (choose_first: the first conflict's choice)."""
    importer = window.open_import()
    importer.path.setText(str(path))
    importer.preview()
    if choose_first:
        importer.conflicts.choose(0, choose_first)
    app.processEvents()
    importer.grab().save(str(OUT / picture))
    importer.close()


def guide_pictures(app, work: Path) -> None:
    """The user guide's own pictures (docs/anvandarguide.md): a first start, an old workbook with a
    name the program does not know, and a file from another workstation with two conflicts."""
    from openpyxl import Workbook

    from lagesbild_desktop.services import exchange
    from lagesbild_desktop.services.assessments import record_grade
    from lagesbild_desktop.store.database import open_database

    install_translators(app, "sv")
    apply_theme(app, dark=False, point_size=12)
    fresh = open_database(work / "ny.db")
    window = MainWindow(fresh, year=2026, week=10, lang="sv", settings=UiSettings(work / "guide.ini"))
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "guide_first_start_sv.png"))

    folder = Path(tempfile.gettempdir()) / "lagesbild-guide"
    folder.mkdir(exist_ok=True)
    old = folder / "Lägesbild HV 2022-2023.xlsx"
    book = Workbook()
    book.remove(book.active)
    for year in (2022, 2023):
        sheet = book.create_sheet(str(year))
        sheet.append([f"Lägesbild Hässelby-Vällingby {year}"])
        sheet.append(["Område", *[f"v.{week}" for week in range(1, 53)]])
        for row, name in enumerate(("Grimsta", "Hässelby gård", "Vällingby C", "Vinsta")):
            sheet.append([name, *[1 + (row + week) % 3 for week in range(1, 53)]])
    book.save(old)
    preview_import(app, window, old, "guide_import_sv.png")

    from lagesbild_desktop.store.backup import auto_backup

    for day in (2, 3, 4):  # a few meeting days' automatic copies
        auto_backup(fresh.conn, fresh.path, dt.date(2026, 3, day))
    backups = window.open_backups()
    app.processEvents()
    backups.grab().save(str(OUT / "guide_backups_sv.png"))
    backups.close()

    names = window.open_names()  # Arkiv → Listor med namn…
    app.processEvents()
    names.grab().save(str(OUT / "guide_names_sv.png"))
    names.close()

    other = open_database(work / "kansliet.db")
    record_grade(other, "Grimsta", 2026, 9, 4, "Bränder i källarförråd")
    record_grade(other, "Vinsta", 2026, 9, 3)
    record_grade(other, "Nälsta", 2026, 9, 1)
    sent = exchange.export_exchange(other, folder / "från kansliet.json")
    other.close()
    record_grade(fresh, "Grimsta", 2026, 9, 3)
    record_grade(fresh, "Vinsta", 2026, 9, 2)
    preview_import(app, window, sent, "guide_exchange_sv.png", choose_first=exchange.FILE)
    window.close()
    fresh.close()


def main() -> None:
    scaled = "--scaled" in sys.argv  # the second run, with Qt's scale factor at 200 %
    osenv.today = lambda: TODAY
    work = Path(tempfile.mkdtemp())
    # Graded up to last week: the running week is open for the meeting, with incidents to suggest from.
    store = build(work / "demo.db", years=range(2024, 2027), seed=7, last_week=9, incident_count=240)
    add_incident(store, area="Grimsta", date="2026-03-03", category="brandattentat", severity="allvarlig",
                 place="Grimstatorget", description="Brand i trapphus")
    add_incident(store, area="Vällingby", date="2026-03-02", category="skjutning", severity="kritisk",
                 place="Vällingby centrum", description="Skott mot entré")
    add_incident(store, area="Hässelby gård", date="2026-03-04", category="ordningsstörning", severity="oroande",
                 place="Hässelby torg")
    set_week_note(store, 2026, 9, "Stadsdelsförvaltningen, Polisen, Svenska Bostäder, Securitas",
                  "Oro i Grimsta efter bränder i källarförråd. Polisen ökar närvaron kvällstid.")
    set_priority_field(store, 2025, 2, True, "Otrygghet kring Vällingby centrum kvällstid; belysning åtgärdas.")
    set_priority_field(store, 2025, 5, True, "Rekrytering till kriminella nätverk i Grimsta.")
    set_priority_field(store, 2025, 1, False, "Fritidsgårdarnas öppettider förlängda under sommaren.")
    lights = add_measure(store, title="Bättre belysning vid Vällingby centrum", areas=["Vällingby"], priority_field=2,
                         place="Vällingby centrum", responsible=["Fastighetsägare", "Trafikkontoret"],
                         start="2025-09-01", end="2026-06-30", term="lång", goal="Färre veckor med 4–5 kvällstid",
                         next_follow_up="2026-03-05")
    follow_up(store, lights.id, status="pågår", date="2025-10-15", comment="Armaturer beställda",
              next_follow_up="2026-03-05")
    add_measure(store, title="Ordningsvakter vid Grimstatorget", areas=["Grimsta"], priority_field=2,
                responsible=["Ordningsvakter", "Polisen"], start="2026-01-12", end="2026-12-31",
                goal="Lägre bedömning i Grimsta")
    add_measure(store, title="Fältassistenter kvällstid", areas=["Hässelby gård", "Hässelby strand"], priority_field=1,
                responsible=["Stadsdelsförvaltningen"], start="2026-02-02", term="lång")
    write_texts(store)
    add_figures(store)
    add_boundaries(store)
    OUT.mkdir(parents=True, exist_ok=True)
    if not scaled:
        report_pages(store, work)
    app = QApplication.instance() or QApplication([])
    shots = ([("sv", False, 12, "_200", (1280, 720))] if scaled else
             [("sv", False, 12, "", (1280, 720)), ("en", False, 12, "", (1280, 720)),
              ("sv", True, 12, "_dark", (1280, 720)), ("sv", False, 18, "_zoom", (1920, 1080))])
    for lang, dark, size, suffix, (width, height) in shots:
        translators = install_translators(app, lang)
        apply_theme(app, dark=dark, point_size=size)
        settings = UiSettings(work / f"settings-{lang}{suffix}.ini")
        settings.point_size = size
        window = MainWindow(store, year=2026, week=10, lang=lang, settings=settings)
        window.resize(width, height)
        window.show()
        set_point_size(window, size)
        window.meeting.reload()
        app.processEvents()
        if lang == "sv" and not suffix:  # the meeting under way: the first areas graded with the keys
            for digit in "2531":
                QTest.keyClick(QApplication.focusWidget(), digit)
        window.grab().save(str(OUT / f"meeting_{lang}{suffix}.png"))
        grid = window.show_year_grid()
        app.processEvents()
        window.grab().save(str(OUT / f"grid_2026_{lang}{suffix}.png"))
        if not suffix:
            grid.show_year(2025)
            app.processEvents()
            window.grab().save(str(OUT / f"grid_2025_{lang}.png"))
        if suffix in ("", "_dark") and lang == "sv" or (lang == "en" and not suffix):
            window.navigation.setCurrentRow(2)
            charts = window.charts_view
            charts.set_year(2025)
            charts.select_areas(["Grimsta", "Hässelby gård", "Vällingby"])
            for index, name in enumerate(("areas", "district", "counts", "incidents", "severity")):
                charts.tabs.setCurrentIndex(index)
                app.processEvents()
                if not suffix:
                    window.grab().save(str(OUT / f"chart_{name}_{lang}.png"))
                if lang == "sv" and not suffix:  # the picture that goes into a document, at full size
                    charts.image().save(str(OUT / f"chart_{name}_export.png"))
        if not suffix or suffix == "_dark":
            window.navigation.setCurrentRow(3)
            app.processEvents()
            QTest.qWait(300)  # the chart is drawn just after the table
            window.grab().save(str(OUT / f"measures_{lang}{suffix}.png"))
        if not suffix or suffix == "_dark":
            window.navigation.setCurrentRow(4)
            app.processEvents()
            window.grab().save(str(OUT / f"map_{lang}{suffix}.png"))
        if not suffix or suffix == "_dark":
            window.navigation.setCurrentRow(5)
            view = window.lagesbild_view
            view.set_year(2025)
            row = next(i for i, state in enumerate(view.states) if state.place.area_name == "Grimsta")
            view.sections.setCurrentRow(row)
            app.processEvents()
            window.grab().save(str(OUT / f"lagesbild_{lang}{suffix}.png"))
        if not suffix or suffix == "_dark":
            window.navigation.setCurrentRow(6)
            view = window.figures_view
            view.table.setCurrentIndex(view.model.index(2, 4))  # a measure's value: its bars by year
            app.processEvents()
            window.grab().save(str(OUT / f"figures_{lang}{suffix}.png"))
        if lang == "sv" and suffix in ("", "_dark"):
            dialog = window.open_reports()
            dialog.year.setValue(2025)
            dialog.create()
            while dialog.worker is not None:
                app.processEvents()
            QTest.qWait(1500)  # the preview draws its pages on a thread of its own
            dialog.grab().save(str(OUT / f"report_dialog_{lang}{suffix}.png"))
        if lang == "sv" and not suffix:
            preview_import(app, window, ROOT / "tests" / "data" / "samples" / "arssammanstallning_2023.xlsx",
                           "import_dialog_sv.png")
        window.close()
        window.deleteLater()
        app.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
    store.close()
    if not scaled:
        guide_pictures(app, work)
        subprocess.run([sys.executable, __file__, "--scaled"], check=True, env={**os.environ, "QT_SCALE_FACTOR": "2"})
        print(f"wrote {len(list(OUT.glob('*.png')))} pictures to {OUT}")


if __name__ == "__main__":
    main()
