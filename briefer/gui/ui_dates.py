"""Dates and times as the interface shows them, in the interface language
(``QLocale()``, which :func:`~briefer.gui.language.install_translators`
sets to the interface locale): ``14 nov. 2025`` in French, Arabic month
names and digits in Arabic, ``Nov 14, 2025`` where people write the month
first.  The brief's own exported dates are not these: exports keep the
brief's language (``briefer.model.dates``).

Text of another direction inside a sentence (a date or an English title in
Arabic) is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE by
:func:`isolate`, so that it reads in its own order.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

FSI, PDI = "\u2068", "\u2069"
LRI = "\u2066"


def isolate(text: str) -> str:
    """``text`` as a directional isolate (its direction from its first strong letter)."""
    return f"{FSI}{text}{PDI}" if text else text


def month_first(locale: QLocale | None = None) -> bool:
    """True where people write the month before the day (``11/27/2026``)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    m, d = fmt.find("M"), fmt.find("d")
    return 0 <= m < d


def ui_date(d: dt.date, locale: QLocale | None = None) -> str:
    """``14 Nov 2025``, ``14 nov. 2025``, ``Nov 14, 2025`` (month first locales)."""
    locale = locale or QLocale()
    return locale.toString(QDate(d.year, d.month, d.day), "MMM d, yyyy" if month_first(locale) else "d MMM yyyy")


def ui_month(year: int, month: int, locale: QLocale | None = None) -> str:
    """``Nov 2025`` (a date known to the month)."""
    return (locale or QLocale()).toString(QDate(year, month, 1), "MMM yyyy")


def ui_year(year: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(year, 1, 1), "yyyy")


def ui_long_date(d: dt.date, locale: QLocale | None = None) -> str:
    """``Friday 27 November 2026``, ``vendredi 27 novembre 2026``."""
    locale = locale or QLocale()
    fmt = "dddd, MMMM d, yyyy" if month_first(locale) else "dddd d MMMM yyyy"
    return locale.toString(QDate(d.year, d.month, d.day), fmt)


def ui_time(t: dt.time, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QTime(t.hour, t.minute), "HH:mm")
