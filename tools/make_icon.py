"""Draw the program's icon from the scale's own colours: a small year grid.

    .venv/bin/python tools/make_icon.py     (writes resources/icons/lagesbild.png and .ico; both are committed)
"""

import json
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
GRID = [[1, 2, 1], [2, 3, 4], [1, 5, 2]]  # a few weeks of a few areas


def draw(size: int) -> Image.Image:
    colours = {level["grade"]: level["fill"] for level in json.loads(
        (ROOT / "resources" / "scale.json").read_text(encoding="utf-8"))["grades"]}
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin, radius = size * 0.04, size * 0.16
    pen.rounded_rectangle([margin, margin, size - margin, size - margin], radius, fill="#FFFFFF",
                          outline="#1F3A5F", width=max(1, round(size * 0.045)))
    inner = size * 0.17
    cell = (size - 2 * inner) / 3
    gap = max(1, round(cell * 0.1))
    for row, grades in enumerate(GRID):
        for column, grade in enumerate(grades):
            left, top = inner + column * cell, inner + row * cell
            pen.rectangle([left + gap / 2, top + gap / 2, left + cell - gap / 2, top + cell - gap / 2],
                          fill=colours[grade])
    return image


def main() -> None:
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256).save(out / "lagesbild.png")
    draw(256).save(out / "lagesbild.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                   (256, 256)])


if __name__ == "__main__":
    main()
