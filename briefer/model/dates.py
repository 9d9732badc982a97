"""How dates read in a brief: "10 November 2025", "Monday 10 November 2025",
"7 Nov 2025".  English month and weekday names, whatever the locale, so an
export reads the same on every machine."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(d: dt.date) -> str:
    """``10 November 2025``"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def weekday_date(d: dt.date) -> str:
    """``Monday 10 November 2025``"""
    return f"{WEEKDAYS[d.weekday()]} {long_date(d)}"


def short_date(d: dt.date) -> str:
    """``7 Nov 2025`` (for table cells)."""
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


__all__ = ["MONTHS", "WEEKDAYS", "long_date", "short_date", "weekday_date"]
