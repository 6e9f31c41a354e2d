"""Regenerate docs/screenshots/: every screen in Swedish and English, light and dark, 100 % and 200 %.

    .venv/bin/python docs/make_screenshots.py

Runs offscreen on a throw-away database with invented data (benchmarks/sample_data.py),
with the clock set to 4 March 2026 (week 10) so that the pictures do not change from day to day.
"""

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sample_data import build  # noqa: E402

from lagesbild_desktop import osenv  # noqa: E402
from lagesbild_desktop.services.incidents import add_incident  # noqa: E402
from lagesbild_desktop.ui.app import install_translators  # noqa: E402
from lagesbild_desktop.ui.main_window import MainWindow  # noqa: E402
from lagesbild_desktop.ui.settings import UiSettings  # noqa: E402
from lagesbild_desktop.ui.theme import apply_theme  # noqa: E402
from lagesbild_desktop.ui.zoom import set_point_size  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TODAY = dt.date(2026, 3, 4)


def main() -> None:
    osenv.today = lambda: TODAY
    work = Path(tempfile.mkdtemp())
    # Graded up to last week: the running week is open for the meeting, with incidents to suggest from.
    store = build(work / "demo.db", years=range(2025, 2027), seed=7, last_week=9)
    add_incident(store, area="Grimsta", date="2026-03-03", category="brandattentat", severity="allvarlig",
                 place="Grimstatorget", description="Brand i trapphus")
    add_incident(store, area="Vällingby", date="2026-03-02", category="skjutning", severity="kritisk",
                 place="Vällingby centrum", description="Skott mot entré")
    add_incident(store, area="Hässelby gård", date="2026-03-04", category="ordningsstörning", severity="oroande",
                 place="Hässelby torg")
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for lang in ("sv", "en"):
        translators = install_translators(app, lang)
        for dark, size, suffix in ((False, 12, ""), (True, 12, "_dark"), (False, 24, "_200")):
            if lang == "en" and suffix:
                continue
            apply_theme(app, dark=dark, point_size=size)
            settings = UiSettings(work / f"settings-{lang}{suffix}.json")
            settings.point_size = size
            window = MainWindow(store, year=2026, week=10, lang=lang, settings=settings)
            window.resize(1600 if size > 12 else 1280, 1000 if size > 12 else 720)
            window.show()
            set_point_size(window, size)
            window.meeting.reload()
            app.processEvents()
            window.grab().save(str(OUT / f"meeting_{lang}{suffix}.png"))
            grid = window.show_year_grid()
            app.processEvents()
            window.grab().save(str(OUT / f"grid_2026_{lang}{suffix}.png"))
            if not suffix:
                grid.show_year(2025)
                app.processEvents()
                window.grab().save(str(OUT / f"grid_2025_{lang}.png"))
            window.close()
            window.deleteLater()
            app.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
    store.close()
    print(f"wrote {len(list(OUT.glob('*.png')))} pictures to {OUT}")


if __name__ == "__main__":
    main()
