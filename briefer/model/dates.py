"""Dates as people write and read them: one formatter and one parser.

``short_date`` is how the app and the problems panel show a date
(``2 Dec 2026``); ``parse_date`` reads what a person types into a date
field: ``27 Nov 2026``, ``November 27, 2026``, ``1er mars 2027`` or
``1st March 2027`` (a day written as an ordinal), ``2026-11-27``, or all-digit
dates such as ``27/11/2026`` in the order of the user's locale (``"dmy"``,
``"mdy"`` or ``"ymd"``; the GUI reads it from ``QLocale``).  Anything else
raises :class:`DateParseError` with a sentence that says what to type; a
parser that guesses is how a typed 27 Nov became 27 Dec.  Exports read
dates with ``long_date`` and ``weekday_date``.  Month and weekday names are
English whatever the locale, so an export reads the same on every machine.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Literal

from .partial_date import PartialDate

DateOrder = Literal["dmy", "mdy", "ymd"]

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def short_date(d: dt.date) -> str:
    """``7 Nov 2025``: how the app shows a date (unambiguous in every country)."""
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def long_date(d: dt.date) -> str:
    """``10 November 2025``"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def weekday_date(d: dt.date) -> str:
    """``Monday 10 November 2025``"""
    return f"{WEEKDAYS[d.weekday()]} {long_date(d)}"


class DateParseError(ValueError):
    """Typed text that is not one date; ``str()`` says what to type."""


_ENGLISH_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, start=1):
    _ENGLISH_MONTHS[_name.lower()] = _i
    _ENGLISH_MONTHS[_name[:3].lower()] = _i
_ENGLISH_MONTHS["sept"] = 9

_TOKEN = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
# A day written as an ordinal: 1er, 1re, 1ᵉʳ (French), 1st, 2nd, 3rd, 27th.
_ORDINAL_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:er|re|ère|ᵉʳ|ʳᵉ|st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*([./\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\s*$")

EXAMPLE_FORMATS = "27 Nov 2026, 2026-11-27"


def _hint(order: DateOrder) -> str:
    numeric = {"dmy": "27/11/2026", "mdy": "11/27/2026", "ymd": "2026/11/27"}[order]
    return f"type a date such as 27 Nov 2026, {numeric} or 2026-11-27"


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) <= 2 else value


def _make(year: int, month: int, day: int, text: str, order: DateOrder) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateParseError(f"“{text.strip()}” is not a day of the calendar; {_hint(order)}.") from None


def parse_date(text: str, order: DateOrder = "dmy", month_names: Mapping[str, int] | None = None) -> dt.date:
    """The one date ``text`` names, or :class:`DateParseError`.

    ``order`` is the order of all-digit dates (``27/11/2026``); ISO dates
    (``2026-11-27``, a four-digit year first) are read as such in every
    order.  Month names are English (full or three letters) plus
    ``month_names`` (lower-case name → month, e.g. the locale's)."""
    stripped = text.strip()
    if not stripped:
        raise DateParseError(f"is empty; {_hint(order)}.")
    numeric = _NUMERIC.match(stripped)
    if numeric:
        a, _sep, b, c = numeric.groups()
        if len(a) == 4:  # 2026-11-27 whatever the locale
            return _make(int(a), int(b), int(c), text, order)
        if len(a) > 2 or len(c) not in (2, 4):
            raise DateParseError(f"“{stripped}” is not a date; {_hint(order)}.")
        if order == "mdy":
            return _make(_year(c), int(a), int(b), text, order)
        if order == "ymd":
            return _make(_year(a), int(b), int(c), text, order)
        return _make(_year(c), int(b), int(a), text, order)
    names = dict(_ENGLISH_MONTHS)
    if month_names:
        names.update({k.lower().rstrip("."): v for k, v in month_names.items()})
    tokens = _TOKEN.findall(_ORDINAL_DAY.sub(r"\1", stripped))
    words = [t for t in tokens if not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    months = [names.get(w.lower()) for w in words]
    if len(words) != 1 or months[0] is None or len(numbers) != 2:
        raise DateParseError(f"“{stripped}” is not a date; {_hint(order)}.")
    month = months[0]
    first, second = numbers
    if len(first) == 4 and len(second) <= 2:  # 2026 Nov 27
        year, day = int(first), int(second)
    elif len(first) <= 2 and len(second) in (2, 4):  # 27 Nov 2026, Nov 27, 2026
        day, year = int(first), _year(second)
    else:
        raise DateParseError(f"“{stripped}” is not a date; {_hint(order)}.")
    return _make(year, month, day, text, order)


_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*$|^\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")


def parse_partial_date(text: str, order: DateOrder = "dmy", month_names: Mapping[str, int] | None = None) -> PartialDate:
    """A date known to the day, the month or the year, as a timeline takes
    it: whatever :func:`parse_date` reads, or ``Nov 2025``, ``2025-11``,
    ``11/2025``, ``2025``; :class:`DateParseError` otherwise."""
    try:
        return PartialDate.from_date(parse_date(text, order, month_names))
    except DateParseError:
        pass
    stripped = text.strip()
    hint = "type a date such as 27 Nov 2026, Nov 2026 or 2026"
    if re.fullmatch(r"\d{4}", stripped):
        return PartialDate(int(stripped))
    try:
        m = _YEAR_MONTH.match(stripped)
        if m:
            year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            return PartialDate(int(year), int(month))
        names = dict(_ENGLISH_MONTHS)
        if month_names:
            names.update({k.lower().rstrip("."): v for k, v in month_names.items()})
        tokens = _TOKEN.findall(stripped)
        if len(tokens) == 2:
            word, year = (tokens[0], tokens[1]) if tokens[1].isdigit() else (tokens[1], tokens[0])
            if names.get(word.lower()) and len(year) == 4 and year.isdigit():
                return PartialDate(int(year), names[word.lower()])
    except ValueError:
        raise DateParseError(f"“{stripped}” is not a month of the calendar; {hint}.") from None
    raise DateParseError(f"“{stripped}” is not a date; {hint}.")


__all__ = [
    "DateOrder",
    "DateParseError",
    "MONTHS",
    "WEEKDAYS",
    "long_date",
    "parse_date",
    "parse_partial_date",
    "short_date",
    "weekday_date",
]
