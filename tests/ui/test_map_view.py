"""The Karta view (Alt+5) driven with keys and clicks: it says how to add boundaries, reads a GeoJSON file
after showing what it would do, colours the areas by the week's grades, and an area clicked or chosen with
the arrow keys and Enter goes to its row in the meeting or its cell in the grid."""

from PySide6.QtCore import Qt

from lagesbild_desktop import shipped
from lagesbild_desktop.services import boundaries
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.ui.map_view import MEAN
from tests.maps.geo import INSIDE_POINTS, three_areas, write


def open_map(qtbot, make_window, store):
    window = make_window(store)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    view = window.map_view
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    return window, view


def test_without_boundaries_it_says_how_then_reads_a_file_after_asking(qtbot, make_window, store, tmp_path, prompts):
    window, view = open_map(qtbot, make_window, store)
    assert view.empty.isVisible() and "lagesbild areas boundaries" in view.empty.text()
    path = write(tmp_path / "stadsdelar.geojson", three_areas())
    view.choose_file = lambda: str(path)
    asked = []
    view.confirm = lambda text: asked.append(text) or False
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("3 nya, 0 ändrade, 0 oförändrade områdesgränser (WGS 84)")
    assert boundaries.boundaries_by_area(store) == {}  # "no": nothing stored
    view.confirm = lambda text: True
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert len(boundaries.boundaries_by_area(store)) == 3
    assert view.canvas.isVisible() and not view.empty.isVisible()
    assert "Områdesgränser sparade ur stadsdelar.geojson: 3 nya" in window.saved_label.text()
    bad = tmp_path / "fel.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"namn": "X"}, '
                   '"geometry": {"type": "Point", "coordinates": [1, 2]}}]}', encoding="utf-8")
    view.choose_file = lambda: str(bad)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1][0] == "error" and "geometrin är Point" in prompts.asked[-1][1]


def _with_boundaries(store, tmp_path) -> None:
    matched, crs = boundaries.read_file(store, write(tmp_path / "g.geojson", three_areas()))
    boundaries.apply(store, matched, crs, boundaries.plan(store, matched, crs, "g.geojson"), "g.geojson")


def test_the_week_s_grades_colour_the_map_and_a_click_goes_to_the_meeting_row(qtbot, make_window, store, tmp_path):
    _with_boundaries(store, tmp_path)
    record_grade(store, "Grimsta", 2024, 10, 4)
    window, view = open_map(qtbot, make_window, store)
    window.resize(1200, 800)
    qtbot.wait(50)
    picture = view.canvas.picture
    grimsta = next(area for area in picture.areas if area.name == "Grimsta")
    assert grimsta.fill == shipped.scale().level(4).fill and grimsta.text == "4"
    assert next(area for area in picture.areas if area.name == "Vinsta").text == "–"
    image = view.canvas.grab().toImage()
    point = view.canvas.placed.to_pixel(*INSIDE_POINTS["Grimsta"])
    ratio = image.devicePixelRatio()
    assert image.pixelColor(int(point.x() * ratio), int(point.y() * ratio)).name() == grimsta.fill.lower()
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.meeting)
    focused = window.meeting.rows[window.meeting._current_row]
    assert focused.data.area.name == "Grimsta"


def test_arrow_keys_and_enter_choose_an_area_and_the_mean_goes_to_the_grid(qtbot, make_window, store, tmp_path):
    _with_boundaries(store, tmp_path)
    for week, grade in ((3, 2), (4, 3)):
        record_grade(store, "Vinsta", 2024, week, grade)
    window, view = open_map(qtbot, make_window, store)
    view.mode.setCurrentIndex(MEAN)
    assert [a.text for a in view.canvas.picture.areas if a.name == "Vinsta"] == ["2,5"]
    view.canvas.setFocus()
    names = [area.name for area in view.canvas.picture.areas]
    for _ in range(names.index("Vinsta") + 1):
        qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert "Vinsta: medel 2,5 över 2 veckor 2024" in view.canvas.accessibleDescription().split(". ")[0]
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.year_view is not None and window.stack.currentWidget() is window.year_view)
    index = window.year_view.table.currentIndex()
    assert window.year_view.model.area_at(index.row())[0].name == "Vinsta"


def test_the_weekday_and_time_table_for_the_district_or_an_area(qtbot, make_window, store):
    from lagesbild_desktop.services.incidents import add_incident
    from lagesbild_desktop.ui.map_view import TIMES

    for area, date, time in (("Vinsta", "2024-03-04", "21:30"), ("Vinsta", "2024-03-11", "22:00"),  # Mondays
                             ("Grimsta", "2024-03-06", "09:15"), ("Grimsta", "2024-03-07", None)):
        add_incident(store, area=area, date=date, category="klotter", severity=2, time=time)
    window, view = open_map(qtbot, make_window, store)
    view.mode.setCurrentIndex(TIMES)
    assert view.times.isVisible() and not view.canvas.isVisible() and not view.empty.isVisible()
    assert view.times.item(0, 5).text() == "2"  # Monday, 20–24
    assert view.times.item(2, 2).text() == "1"  # Wednesday, 08–12
    assert "3 händelser med klockslag; 1 utan" in view.times_note.text()
    view.area.setCurrentIndex(view.area.findText("Vinsta"))
    assert view.times.item(2, 2).text() == "" and view.times.item(0, 5).text() == "2"
    assert "2 händelser med klockslag; 0 utan" in view.times_note.text()


def test_a_place_marker_tells_its_incidents_when_hovered(qtbot, make_window, store, tmp_path):
    from lagesbild_desktop.services.incidents import add_incident
    from lagesbild_desktop.services.places import add_place

    _with_boundaries(store, tmp_path)
    add_place(store, "Torget", area="Vinsta", lat=59.353, lon=17.805)
    add_incident(store, area="Vinsta", date="2024-03-04", category="klotter", severity=2, place="Torget")
    window, view = open_map(qtbot, make_window, store)
    window.resize(1200, 800)
    qtbot.wait(50)
    centre = view.canvas.placed.to_pixel(17.805, 59.353)
    assert view.canvas.place_at(centre) == "Torget: 1 händelser"
    assert view.canvas.place_at(view.canvas.placed.to_pixel(*INSIDE_POINTS["Grimsta"])) is None
