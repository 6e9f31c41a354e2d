import sys

from lagesbild_desktop.cli import main

sys.exit(main())
