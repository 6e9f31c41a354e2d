"""Tests of the pure domain layer (a package so its module names cannot clash with other test folders)."""
