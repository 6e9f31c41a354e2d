"""Lägesbild Desktop: weekly situation grades per area, yearly grid and report."""

__version__ = "0.1.0"
