"""The year grid with its legend as a PNG picture, the way it is pasted into the written report."""

import os
from pathlib import Path

from lagesbild_desktop.store.connection import Store
from lagesbild_desktop.store.errors import where_it_cannot_be_written


def export_grid_png(store: Store, year: int, out: Path, lang: str = "sv") -> Path:
    # Twice the pixels of the screen: the picture stays sharp when Word scales it to the page.
    os.environ.setdefault("QT_SCALE_FACTOR", "2")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QLayout, QVBoxLayout, QWidget

    from lagesbild_desktop.services import weeks
    from lagesbild_desktop.ui.grid_delegate import GridDelegate
    from lagesbild_desktop.ui.legend import Legend
    from lagesbild_desktop.ui.theme import apply_theme
    from lagesbild_desktop.ui.year_model import YearGridModel
    from lagesbild_desktop.ui.year_view import GridTable
    from lagesbild_desktop.ui.zoom import emphasise

    app = QApplication.instance() or QApplication([])
    apply_theme(app, dark=False, point_size=10)  # a document is light, whatever the desktop is
    grid = weeks.year_grid(store, year)
    page = QWidget()
    page.setAutoFillBackground(True)
    layout = QVBoxLayout(page)
    district = store.setting("district", "")
    title = QLabel(" ".join(part for part in (district, str(year)) if part), page)
    emphasise(title, 1.3)
    layout.addWidget(title)
    model = YearGridModel(store, lang, page)
    model.set_grid(grid, None)
    table = GridTable(page)
    table.setModel(model)
    delegate = GridDelegate(table)
    table.setItemDelegate(delegate)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumSectionSize(1)
    header.setDefaultSectionSize(metrics.horizontalAdvance("53") + 6)
    table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.5))
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    width = table.verticalHeader().sizeHint().width() + header.length() + 2 * table.frameWidth()
    height = header.sizeHint().height() + table.verticalHeader().length() + 2 * table.frameWidth()
    table.setFixedSize(width, height)
    layout.addWidget(table)
    legend = Legend(lang, page)
    legend.setFixedWidth(width)
    layout.addWidget(legend)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # the page is exactly its contents
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    page.show()  # laid out for real (wrapped legend texts need their width first)
    app.processEvents()
    from lagesbild_desktop.services.output import write_atomically

    picture = page.grab()
    page.close()
    page.deleteLater()
    return write_atomically(lambda target: save_png(picture, target), Path(out), "Bilden")


def save_png(picture, target: Path, quality: int = -1) -> None:
    if not picture.save(str(target), "PNG", quality):
        raise OSError(where_it_cannot_be_written(target))


def export_map_png(picture, out: Path) -> Path:
    """The map (services/maps.MapPicture) as a 1600 × 1200 PNG at 300 dpi, white behind."""
    from PySide6.QtWidgets import QApplication

    from lagesbild_desktop.services.output import write_atomically
    from lagesbild_desktop.ui.map_picture import map_image

    QApplication.instance() or QApplication([])  # fonts need an application; no window is shown
    image = map_image(picture)
    # Quality 80: zlib's lighter setting, half the time of the default for a file 2 % larger.
    return write_atomically(lambda target: save_png(image, target, 80), Path(out), "Bilden")
