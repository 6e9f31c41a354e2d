"""An installed (non-editable) package must carry and find resources/ and db/."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_carries_resources_and_migrations_and_runs_from_them(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True)
    wheel = next((tmp_path / "dist").glob("lagesbild_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "lagesbild_desktop/db/migrations/0001_initial.sql" in names
    assert "lagesbild_desktop/resources/scale.json" in names
    assert "lagesbild_desktop/resources/default_areas.json" in names
    assert "lagesbild_desktop/docs/anvandarguide.md" in names
    assert "lagesbild_desktop/docs/screenshots/meeting_sv.png" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    program = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import lagesbild_desktop.paths as p;"
        "assert str(p.resources_dir()).startswith(sys.argv[1]), p.resources_dir();"
        "assert str(p.migrations_dir()).startswith(sys.argv[1]), p.migrations_dir();"
        "from lagesbild_desktop.cli import main;"
        "sys.exit(main(['--db', sys.argv[2], 'record', '--area', 'Vinsta', '--year', '2024', '--week', '1',"
        " '--grade', '3']))"
    )
    result = subprocess.run([sys.executable, "-c", program, str(site), str(tmp_path / "x.db")],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 Oroande läge" in result.stdout
