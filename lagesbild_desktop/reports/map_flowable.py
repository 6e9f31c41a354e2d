"""The map as vector drawing in the PDF reports (the same picture as services/maps.MapPicture on screen):
the areas filled in their colours, holes left out (even-odd fill), the digit and name in each area, a
legend under the map. Word gets it as a picture, as it gets the charts."""

from reportlab.lib import colors
from reportlab.lib.units import mm

from lagesbild_desktop.domain.boundaries import label_place, plane
from lagesbild_desktop.reports.charts import FixedSize
from lagesbild_desktop.reports.pdf import BOLD, FONT
from lagesbild_desktop.services.maps import PLACE_FILL

LEGEND_SIZE = 7


class MapFlowable(FixedSize):
    def __init__(self, picture, width: float = 180 * mm, height: float = 120 * mm):
        super().__init__()
        self.picture, self.width, self.height = picture, width, height

    def _legend_rows(self, c) -> list[list[tuple[str, str, float]]]:
        rows, x, row = [], 0.0, []
        entries = list(self.picture.legend)
        if self.picture.without_boundary:
            entries.append(("", "utan gräns: " + ", ".join(self.picture.without_boundary)))
        for fill, text in entries:
            width = (4 * mm if fill else 0) + c.stringWidth(text, FONT, LEGEND_SIZE) + 5 * mm
            if x + width > self.width and row:
                rows.append(row)
                row, x = [], 0.0
            row.append((fill, text, x))
            x += width
        return [*rows, row] if row else rows

    def draw(self):
        c = self.canv
        legend = self._legend_rows(c)
        legend_height = len(legend) * 4.5 * mm + 2 * mm
        top, bottom = self.height, legend_height
        project, (x0, y0, x1, y1) = plane({area.area_id: area.polygons for area in self.picture.areas})
        width, height = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
        scale = min(self.width / width, (top - bottom) / height)
        left = (self.width - width * scale) / 2
        base = bottom + ((top - bottom) - height * scale) / 2

        def to_page(lon: float, lat: float) -> tuple[float, float]:
            x, y = project(lon, lat)
            return left + (x - x0) * scale, base + (y - y0) * scale

        c.saveState()
        c.setLineWidth(0.5)
        c.setStrokeColor(colors.HexColor("#404040"))
        placed = {}
        for area in self.picture.areas:
            shape = [[[to_page(lon, lat) for lon, lat in ring] for ring in polygon] for polygon in area.polygons]
            path = c.beginPath()
            for polygon in shape:
                for ring in polygon:
                    path.moveTo(*ring[0])
                    for point in ring[1:]:
                        path.lineTo(*point)
                    path.close()
            c.setFillColor(colors.HexColor(area.fill))
            c.drawPath(path, stroke=1, fill=1, fillMode=0)  # even-odd: a hole is no part of its area
            placed[area.area_id] = shape
        for area in self.picture.areas:
            x, y, room = label_place(placed[area.area_id], lambda px, py: (px, py))
            c.setFillColor(colors.HexColor(area.text_colour))
            c.setFont(BOLD, 11)
            c.drawCentredString(x, y + 1 * mm, area.text)
            size = 7.0
            while size > 4.5 and c.stringWidth(area.name, FONT, size) > room * 0.92:
                size -= 0.5
            c.setFillColor(colors.black)
            c.setFont(FONT, size)
            c.drawCentredString(x, y - size - 0.5 * mm, area.name)
        for place in self.picture.places:
            x, y = to_page(place.lon, place.lat)
            radius = 1.2 * (0.5 + 0.6 * place.incidents ** 0.5) * mm
            c.setStrokeColor(colors.white)
            c.setFillColor(colors.HexColor(PLACE_FILL))
            c.circle(x, y, radius, stroke=1, fill=1)
            if place.recurs:
                c.setStrokeColor(colors.HexColor("#C5221F"))
                c.setLineWidth(1)
                c.circle(x, y, radius + 1.2 * mm, stroke=1, fill=0)
                c.setLineWidth(0.5)
            c.setFillColor(colors.black)
            c.setFont(FONT, 6)
            c.drawCentredString(x, y - radius - 2.6 * mm, place.name)
        c.setStrokeColor(colors.HexColor("#404040"))
        c.setFont(FONT, LEGEND_SIZE)
        for number, row in enumerate(legend):
            y = legend_height - (number + 1) * 4.5 * mm
            for fill, text, x in row:
                if fill:
                    c.setFillColor(colors.HexColor(fill))
                    c.rect(x, y, 3 * mm, 3 * mm, stroke=1, fill=1)
                    x += 4 * mm
                c.setFillColor(colors.black)
                c.drawString(x, y + 0.6 * mm, text)
        c.restoreState()


def map_part(picture):
    """For a report outline's Chart: width in points -> the flowable, two thirds as high as wide."""
    return lambda width: MapFlowable(picture, width=width, height=width * 2 / 3)
