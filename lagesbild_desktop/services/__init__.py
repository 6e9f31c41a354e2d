"""The verbs of the program, shared by the GUI and the command line.

Each takes plain values, validates them against the domain, writes through
the store in one transaction, and returns a plain result or raises one of the
errors in lagesbild_desktop.errors.
"""
