"""Dates in English prose: found by linear patterns, resolved by dateparser.

The patterns decide *where* a date is and how precise it is (a year, a
month, a day); :mod:`dateparser` turns the words into a date, with relative
words ("yesterday", "last Tuesday") resolved against the byline's date.
A bare weekday ("on Monday") is the most recent such day on or before the
byline's date, as news copy means it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser

from briefer.model.partial_date import PartialDate

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# One alternation, most precise forms first; each group names the precision.
_DATE_RE = re.compile(
    rf"\b(?P<iso>{_YEAR}-[01]\d-[0-3]\d)\b"
    rf"|\b(?P<mdy>{_MONTH}\.?\s{{1,3}}{_DAY}(?:,?\s{{1,3}}{_YEAR})?)\b"
    rf"|\b(?P<dmy>{_DAY}\s{{1,3}}(?:of\s{{1,3}})?{_MONTH}\.?(?:,?\s{{1,3}}{_YEAR})?)\b"
    rf"|\b(?P<numeric>(?:[12]\d|3[01]|0?[1-9])/[01]?\d/{_YEAR})\b"
    rf"|\b(?P<my>{_MONTH}\s{{1,3}}{_YEAR})\b"
    rf"|\b(?P<weekday>(?:(?:last|this|on|next)\s{{1,3}})?{_WEEKDAY})\b"
    rf"|\b(?P<relative>yesterday|today|tomorrow)\b"
    rf"|(?<![\w$£€.,-])(?P<year>{_YEAR})(?![\w%.,-]|\s(?:troops|people|soldiers|jobs|staff|units|votes|homes|dollars|euros|pounds|km|miles|tonnes|tons))",
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    date: PartialDate


@functools.lru_cache(maxsize=4096)
def _parse(words: str, base: dt.date | None) -> dt.date | None:
    settings: dict = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(words, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def _weekday(words: str, base: dt.date | None) -> dt.date | None:
    if base is None:
        return None
    lowered = words.lower().split()
    day = _WEEKDAYS.index(lowered[-1])
    back = (base.weekday() - day) % 7
    if lowered[0] == "next":
        return base + dt.timedelta(days=(day - base.weekday()) % 7 or 7)
    if lowered[0] == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def find_dates(text: str, start: int = 0, end: int | None = None, *, base: dt.date | None = None) -> list[FoundDate]:
    """The dates in ``text[start:end]``.  Relative ones need ``base`` (the
    byline's date) and are left out without it."""
    end = len(text) if end is None else end
    out: list[FoundDate] = []
    for m in _DATE_RE.finditer(text, start, end):
        kind = m.lastgroup
        words = m.group(0)
        date: PartialDate | None = None
        if kind == "year":
            date = PartialDate(int(words))
        elif kind == "weekday":
            d = _weekday(words, base)
            date = PartialDate.from_date(d) if d else None
        elif kind == "relative":
            d = _parse(words, base) if base else None
            date = PartialDate.from_date(d) if d else None
        else:
            d = _parse(words.replace(" of ", " "), base)
            if d is not None:
                date = PartialDate(d.year, d.month) if kind == "my" else PartialDate.from_date(d)
        if date is not None:
            out.append(FoundDate(m.start(), m.end(), words, date))
    return out
