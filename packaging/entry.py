"""The frozen program's entry point (PyInstaller needs a script; the installed one is `lagesbild`)."""

import sys

from lagesbild_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
