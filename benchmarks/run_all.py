"""`make bench`: run every benchmark and print one table (figure, this program, reference, ratio, target)."""

import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_charts  # noqa: E402
import bench_figures  # noqa: E402
import bench_import  # noqa: E402
import bench_map  # noqa: E402
import bench_measures  # noqa: E402
import bench_merge  # noqa: E402
import bench_record  # noqa: E402
import bench_reports  # noqa: E402
import bench_startup  # noqa: E402
from common import print_table  # noqa: E402


def main() -> int:
    out = HERE / "out"
    figures = []
    figures += bench_record.run(out / "record")
    figures += bench_startup.startup(out / "startup")
    figures += bench_startup.year_switch(out / "startup")
    figures += bench_charts.redraw(out / "startup")
    figures += bench_charts.charts_at_startup(out / "startup" / "startup-12x10.db")
    figures += bench_measures.open_view(out / "startup")
    figures += bench_reports.run(out / "reports")
    figures += bench_import.run(out / "import")
    figures += bench_figures.run(out / "figures")
    figures += bench_merge.run(out / "startup")
    figures += bench_map.run(out / "startup")
    print(f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}")
    print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
