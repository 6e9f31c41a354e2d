"""PDF reports (reportlab): page layout only; the numbers come from services/reports.py."""
