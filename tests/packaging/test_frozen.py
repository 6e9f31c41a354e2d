"""The frozen one-folder application (packaging/lagesbild.spec) has everything it needs.

Built from a copy of the project's tracked files with PyInstaller's caches cleared, then run
after the copy is deleted, from another directory, with a bare PATH and no Python settings:
whatever the bundle lacks (a Qt plugin, a translation, resources/, db/, the report fonts)
makes one of these runs fail.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Built here rather than committed; the package carries them.
BUILT = ["resources/translations/*.qm"]


def tracked_files() -> list[Path]:
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        files = [Path(name) for name in listed.decode().split("\0") if name]
    else:  # an exported tree without git
        files = [path.relative_to(ROOT) for path in ROOT.rglob("*") if path.is_file()
                 and not {".venv", "build", "dist", ".git", "__pycache__"} & set(path.relative_to(ROOT).parts)]
    files += [path.relative_to(ROOT) for pattern in BUILT for path in ROOT.glob(pattern)]
    return [path for path in files if (ROOT / path).is_file()]


def fresh_copy(target: Path) -> Path:
    for name in tracked_files():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    return target


def run(program: Path, *args: str, cwd: Path, data: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "LAGESBILD_DATA_DIR": str(data)}
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the Linux folder; Windows: packaging/README.md")
def test_the_frozen_program_starts_records_and_prints_the_yearly_report(tmp_path):
    assert list((ROOT / "resources" / "translations").glob("*.qm")), "make test builds the translations first"
    source = fresh_copy(tmp_path / "source")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(source / "packaging" / "lagesbild.spec")],
        cwd=source, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    shutil.rmtree(source)
    shutil.rmtree(tmp_path / "work")
    bundle = tmp_path / "dist" / "lagesbild"
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"\nthe frozen folder: {size / 2**20:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} entries")

    program = bundle / "lagesbild"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    database = elsewhere / "lagesbild.db"
    started = run(program, "--smoke-test", cwd=elsewhere, data=elsewhere)
    assert started.returncode == 0 and "Första ritning efter" in started.stdout, started.stderr
    assert database.exists()  # the default database in the data directory, with its areas
    assert list(bundle.rglob("resources/translations/lagesbild_en.qm")), "the English translation is in the bundle"
    guide = next(bundle.rglob("docs/anvandarguide.md"))  # F1: the user guide and the pictures it names
    assert all((guide.parent / name).is_file() for name in re.findall(r"\((screenshots/[^)]+\.png)\)",
                                                                      guide.read_text(encoding="utf-8")))
    in_english = run(program, "--lang", "en", "--smoke-test", cwd=elsewhere, data=elsewhere)
    assert in_english.returncode == 0, in_english.stderr
    recorded = run(program, "record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "4",
                   "--note", "Bränder vid torget", cwd=elsewhere, data=elsewhere)
    assert recorded.returncode == 0 and "4 Allvarligt läge" in recorded.stdout, recorded.stderr
    report = elsewhere / "årsrapport.pdf"
    printed = run(program, "report", "yearly", "--year", "2024", "--out", str(report), cwd=elsewhere, data=elsewhere)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    assert "Årssammanställning 2024" in text and "Vällingby" in text
    # The Word document: python-docx's template and PDFium (its charts) are in the bundle.
    word = elsewhere / "årsrapport.docx"
    printed = run(program, "report", "yearly", "--year", "2024", "--out", str(word), cwd=elsewhere, data=elsewhere)
    assert printed.returncode == 0, printed.stderr
    import docx

    assert "Årssammanställning 2024" in [p.text for p in docx.Document(str(word)).paragraphs]
    # Boundaries in SWEREF 99 TM: pyproj and its PROJ database are in the bundle; the map is drawn.
    from tests.maps.geo import sweref, three_areas, write

    geojson = write(elsewhere / "gränser.geojson", three_areas(sweref))
    read = run(program, "areas", "boundaries", str(geojson), cwd=elsewhere, data=elsewhere)
    assert read.returncode == 0 and "(SWEREF 99 TM)" in read.stdout, read.stderr
    drawn = run(program, "export", "--year", "2024", "--week", "10", "--format", "map", "--out",
                str(elsewhere / "karta.png"), cwd=elsewhere, data=elsewhere)
    assert drawn.returncode == 0 and (elsewhere / "karta.png").stat().st_size > 10_000, drawn.stderr
    checked = run(program, "check", cwd=elsewhere, data=elsewhere)
    assert checked.returncode == 0 and checked.stdout.startswith("OK"), checked.stdout + checked.stderr
    refused = run(program, "record", "--area", "Vällingby", "--year", "2024", "--week", "10", "--grade", "6",
                  cwd=elsewhere, data=elsewhere)
    assert refused.returncode == 2 and "1–5" in refused.stderr  # Swedish errors from the bundle too
