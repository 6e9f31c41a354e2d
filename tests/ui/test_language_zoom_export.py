"""English, the projector zoom, the translation sources, and the grid as a picture."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from lagesbild_desktop.cli import main
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.ui.app import install_translators
from lagesbild_desktop.ui.settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "lagesbild_en.ts"


def test_english_interface(qtbot, make_window, store):
    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        assert translators, "the English .qm is built by `make` (pyside6-lrelease)"
        record_grade(store, "Vinsta", 2024, 10, 4)
        window = make_window(store, lang="en")
        assert window.navigation.item(0).text() == "Weekly meeting"
        assert window.meeting.heading.text().startswith("Week 10 2024")
        assert window.meeting.rows[7].selector.accessibleName() == "Vinsta, week 10: 4 Serious"
        assert "of 9 areas graded" in window.progress_label.text()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_every_string_in_the_code_has_an_english_translation(tmp_path):
    """pyside6-lupdate over the code finds no string that the committed .ts lacks or leaves unfinished."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "lagesbild_desktop" / "ui").glob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def messages(path):
        return {(context.findtext("name"), message.findtext("source")): message.find("translation")
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}

    in_code, committed = messages(fresh), messages(TS)
    assert len(in_code) > 50, "string extraction found too little: is lupdate still reading the code?"
    missing = [key for key in in_code if key not in committed]
    unfinished = [key for key, tr in committed.items() if tr is None or not tr.text or tr.get("type")]
    assert missing == [], f"run tools/fill_translations.py: {missing[:5]}"
    assert unfinished == [], unfinished[:5]


def test_zoom_grows_the_window_and_is_remembered(qtbot, make_window, store, tmp_path):
    window = make_window(store)
    before = QApplication.font().pointSize()
    name_before = window.meeting.rows[0].name.font().pointSizeF()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == before + 2
    assert window.meeting.rows[0].name.font().pointSizeF() > name_before
    assert UiSettings(tmp_path / "ui.ini").point_size == before + 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert UiSettings(tmp_path / "ui.ini").point_size == before


def test_export_png_draws_the_grid_with_scale_colours(store, tmp_path, capsys):
    record_grade(store, "Grimsta", 2024, 1, 5)
    record_grade(store, "Vällingby", 2024, 52, 1)
    store.close()
    out = tmp_path / "rutnat.png"
    assert main(["--db", str(store.path), "export", "--year", "2024", "--format", "png", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert image.width() > 1000 and image.height() > 200
    colours = {QColor(image.pixel(x, y)).name().upper() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert "#7030A0" in colours and "#00B050" in colours  # the purple 5 and the green 1 are drawn


def test_export_png_bad_year_is_refused(store, tmp_path, capsys):
    out = tmp_path / "a.png"
    assert main(["--db", str(store.path), "export", "--year", "tjugo", "--format", "png", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Ogiltigt år 'tjugo'" in err and "Traceback" not in err
    assert not out.exists()
