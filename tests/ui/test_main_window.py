"""The plain main window opens on a database and shows the district's areas."""

import os
import subprocess
import sys

from lagesbild_desktop.services import areas
from lagesbild_desktop.ui.main_window import MainWindow


def test_main_window_lists_this_years_areas(qtbot, store):
    areas.add_area(store, "Åkermyntans centrum")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = [window.area_list.item(i).text() for i in range(window.area_list.count())]
    assert shown[0] == "Grimsta" and shown[-1] == "Åkermyntans centrum"
    assert "Hässelby-Vällingby" in window.windowTitle()
    assert str(store.path) in window.statusBar().currentMessage()
    assert window.area_list.accessibleName() == "Områden"


def test_smoke_test_opens_paints_and_exits(db_path):
    result = subprocess.run([sys.executable, "-m", "lagesbild_desktop", "--db", str(db_path), "--smoke-test"],
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Första ritning efter" in result.stdout
    assert (db_path.parent / "sakerhetskopior").is_dir(), "the daily backup is made at start"
