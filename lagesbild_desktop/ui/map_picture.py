"""Drawing the map (services/maps.MapPicture) with QPainter: the areas filled in their colours with the
digit and name inside, a title, and a legend below; the same for the Karta view and the PNG export.

The map is flat (domain/boundaries.plane: east and north in the same scale), north up, as large as the
space above the legend allows, centred."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from lagesbild_desktop.domain.boundaries import label_place, plane
from lagesbild_desktop.services.maps import PLACE_FILL, MapPicture

MARGIN = 12.0


class Placed(NamedTuple):
    """Where each area and place was drawn, for a tooltip or a click."""

    paths: dict[int, QPainterPath]
    to_pixel: object  # (lon, lat) -> QPointF
    markers: list = []  # (centre, radius, the place's details in words); a default never changed


def layout(picture: MapPicture, rect: QRectF):
    """(lon, lat) -> a point in `rect`, the areas as large as fit, centred, north up; and the same as a
    plain affine map (ax, bx, ay, by: x = ax·lon + bx, y = ay·lat + by) for whole rings at once."""
    project, (x0, y0, x1, y1) = plane({area.area_id: area.polygons for area in picture.areas})
    width, height = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
    inner = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    scale = min(inner.width() / width, inner.height() / height)
    left = inner.left() + (inner.width() - width * scale) / 2
    top = inner.top() + (inner.height() - height * scale) / 2
    shrink = project(1.0, 0.0)[0]  # plane() shortens longitude by a constant factor
    affine = (shrink * scale, left - x0 * scale, -scale, top + y1 * scale)

    def to_pixel(lon: float, lat: float) -> QPointF:
        return QPointF(affine[0] * lon + affine[1], affine[2] * lat + affine[3])

    return to_pixel, affine


def paint(painter: QPainter, rect: QRectF, picture: MapPicture, point_size: float = 10.0) -> Placed:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("#FFFFFF"))
    title_font = QFont(painter.font())
    title_font.setPointSizeF(point_size * 1.3)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(QColor("#000000"))
    title_height = QFontMetricsF(title_font).height() * 1.4
    painter.drawText(rect.adjusted(MARGIN, MARGIN / 2, -MARGIN, 0), Qt.AlignmentFlag.AlignLeft, picture.title)
    font = QFont(painter.font())
    font.setPointSizeF(point_size)
    font.setBold(False)
    legend_height = _legend(painter, rect, picture, font, measure_only=True)
    area_rect = QRectF(rect.left(), rect.top() + title_height, rect.width(),
                       rect.height() - title_height - legend_height)
    paths: dict[int, QPainterPath] = {}
    if not picture.areas:
        painter.restore()
        return Placed(paths, lambda lon, lat: QPointF())
    to_pixel, (ax, bx, ay, by) = layout(picture, area_rect)
    painter.setPen(QPen(QColor("#404040"), 0))  # a cosmetic line, one pixel whatever the scale: fast to draw
    placed_rings = {}
    for area in picture.areas:
        rings = [[(ax * lon + bx, ay * lat + by) for lon, lat in ring] for polygon in area.polygons for ring in polygon]
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)  # a hole in an area is left out of it
        for ring in rings:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        painter.fillPath(path, QBrush(QColor(area.fill)))
        painter.drawPath(path)
        paths[area.area_id] = path
        # The same polygons in pixels, for the label's place (projected once, here).
        shape, at = [], 0
        for polygon in area.polygons:
            shape.append(rings[at:at + len(polygon)])
            at += len(polygon)
        placed_rings[area.area_id] = shape
    digit_font = QFont(font)
    digit_font.setPointSizeF(point_size * 1.6)
    digit_font.setBold(True)
    for area in picture.areas:
        x, y, room = label_place(placed_rings[area.area_id], lambda px, py: (px, py))
        _halo_text(painter, QPointF(x, y), area.text, digit_font, QColor(area.text_colour), below=False)
        name_font = QFont(font)
        wide = QFontMetricsF(font).horizontalAdvance(area.name)
        if wide > room * 0.92:  # a long name in a narrow area: smaller, down to 60 %
            name_font.setPointSizeF(point_size * max(0.6, room * 0.92 / wide))
        _halo_text(painter, QPointF(x, y), area.name, name_font, QColor("#000000"), below=True)
    markers = _places(painter, picture, to_pixel, font)
    _legend(painter, rect, picture, font, measure_only=False)
    painter.restore()
    return Placed(paths, to_pixel, markers)


def place_radius(incidents: int, unit: float) -> float:
    """A place's marker grows with the area of its incidents (the square root), from a dot for none."""
    return unit * (0.5 + 0.6 * incidents ** 0.5)


def _places(painter: QPainter, picture: MapPicture, to_pixel, font: QFont) -> list:
    unit = QFontMetricsF(font).height() / 2
    markers = []
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.8)
    for place in picture.places:
        at = to_pixel(place.lon, place.lat)
        radius = place_radius(place.incidents, unit)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(QBrush(QColor(PLACE_FILL)))
        painter.drawEllipse(at, radius, radius)
        if place.recurs:  # a ring around a place that keeps coming back
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#C5221F"), 2.5))
            painter.drawEllipse(at, radius + 4, radius + 4)
        _halo_text(painter, QPointF(at.x(), at.y() + radius + 2), place.name, small, QColor("#000000"), below=True)
        markers.append((at, radius, f"{place.name}: {place.incidents} händelser"
                                    + (" (återkommer)" if place.recurs else "")))
    return markers


def _halo_text(painter: QPainter, at: QPointF, text: str, font: QFont, colour: QColor, *, below: bool) -> None:
    """Text centred on a point (the digit just above it, the name just below), with a thin outline in the
    opposite shade so that it reads on any fill (the text drawn around itself first: glyphs are cached, a
    stroked outline of each letter is not)."""
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text)
    baseline = QPointF(at.x() - width / 2, at.y() + metrics.ascent() if below else at.y() - metrics.descent())
    painter.setFont(font)
    painter.setPen(QColor("#000000") if colour.lightness() > 128 else QColor("#FFFFFF"))
    step = max(1.0, metrics.height() / 18)
    for dx, dy in ((-step, -step), (step, step), (-step, step), (step, -step)):  # four diagonals ring it
        painter.drawText(baseline + QPointF(dx, dy), text)
    painter.setPen(colour)
    painter.drawText(baseline, text)
    painter.setPen(QPen(QColor("#404040"), 1.2))


def _legend(painter: QPainter, rect: QRectF, picture: MapPicture, font: QFont, *, measure_only: bool) -> float:
    """The legend's swatches and texts in rows under the map; returns the height it takes."""
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.5
    box = metrics.height()
    x, rows = rect.left() + MARGIN, 1
    entries = list(picture.legend)
    if picture.without_boundary:
        entries.append(("", "utan gräns: " + ", ".join(picture.without_boundary)))
    placed = []
    for fill, text in entries:
        width = (box + 6 if fill else 0) + metrics.horizontalAdvance(text) + 18
        if x + width > rect.right() - MARGIN and x > rect.left() + MARGIN:
            x, rows = rect.left() + MARGIN, rows + 1
        placed.append((fill, text, x, rows))
        x += width
    height = rows * line + MARGIN
    if measure_only:
        return height
    painter.setFont(font)
    top = rect.bottom() - height
    for fill, text, left, row in placed:
        y = top + (row - 1) * line
        if fill:
            painter.setPen(QPen(QColor("#404040"), 1))
            painter.setBrush(QBrush(QColor(fill)))
            painter.drawRect(QRectF(left, y + (line - box) / 2, box, box))
            left += box + 6
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(left, y, rect.right() - left, line), Qt.AlignmentFlag.AlignVCenter, text)
    return height


def map_image(picture: MapPicture, width: int = 1600, height: int = 1200) -> QImage:
    """The picture as an image (the export, and the reports' picture), white behind."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(11811)  # 300 dpi: 1600 pixels are 13.5 cm in Word
    image.setDotsPerMeterY(11811)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint(painter, QRectF(0, 0, width, height), picture, point_size=9.0)
    finally:
        painter.end()
    return image
