"""Update resources/translations/lagesbild_en.ts from the code and fill in English from tools/english.py.

    .venv/bin/python tools/fill_translations.py      (then `make translations` builds the .qm)
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from english import ENGLISH  # noqa: E402

TS = ROOT / "resources" / "translations" / "lagesbild_en.ts"


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "lagesbild_desktop" / "ui").glob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(TS)], check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        english = ENGLISH.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)  # no longer "unfinished"
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no English for: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
