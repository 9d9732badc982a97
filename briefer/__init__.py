"""Briefer: write briefing documents for a principal; export PDF and Word."""

__version__ = "0.1.0"
