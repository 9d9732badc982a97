"""Dates and times as the interface shows them, in the interface language
(``QLocale()``, which :func:`~briefer.gui.language.install_translators`
sets to the interface locale): ``14 nov. 2025`` in French, Arabic month
names and digits in Arabic, ``Nov 14, 2025`` where people write the month
first, ISO where the year comes first.  The brief's own exported dates are not these: exports keep the
brief's language (``briefer.model.dates``).

In a right-to-left interface a date inside a sentence is shown with
:func:`briefer.gui.bidi.isolate`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def _order(locale: QLocale) -> str:
    """``dmy``, ``mdy`` or ``ymd``: the order of the locale's short date format."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: fmt.find(ch) for part, ch in (("d", "d"), ("m", "M"), ("y", "y"))}
    if min(positions.values()) < 0:
        return "dmy"
    order = "".join(sorted(positions, key=positions.__getitem__))
    return order if order in ("dmy", "mdy", "ymd") else "dmy"


def ui_date(d: dt.date, locale: QLocale | None = None) -> str:
    """``14 Nov 2025``, ``14 nov. 2025``, ``Nov 14, 2025`` where the month
    comes first, ``2025-11-14`` where the year does (Japan, China)."""
    locale = locale or QLocale()
    fmt = {"dmy": "d MMM yyyy", "mdy": "MMM d, yyyy", "ymd": "yyyy-MM-dd"}[_order(locale)]
    return locale.toString(QDate(d.year, d.month, d.day), fmt)


def ui_month(year: int, month: int, locale: QLocale | None = None) -> str:
    """``Nov 2025`` (a date known to the month); ``2025-11`` where the year comes first."""
    locale = locale or QLocale()
    return locale.toString(QDate(year, month, 1), "yyyy-MM" if _order(locale) == "ymd" else "MMM yyyy")


def ui_year(year: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(year, 1, 1), "yyyy")


def ui_long_date(d: dt.date, locale: QLocale | None = None) -> str:
    """The locale's long date: ``Friday, 27 November 2026``, ``vendredi 27 novembre 2026``."""
    return (locale or QLocale()).toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


def ui_time(t: dt.time, locale: QLocale | None = None) -> str:
    """The locale's short time: ``14:30`` in French or British English,
    ``2:30 PM`` in American English, Arabic digits in Arabic.  (Time fields
    show and read the brief's times as ``14:30``:
    :class:`~briefer.gui.editors.fields.TimeField`.)"""
    return (locale or QLocale()).toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
