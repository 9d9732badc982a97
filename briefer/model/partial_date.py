"""A date known to the year, the month or the day: ``2025``, ``2025-11``,
``2025-11-10``.  Format version 2 allows it for a timeline entry's date, so
an event known only by its year is entered as such and keeps its place.

A :class:`PartialDate` is written in the file as the author wrote it (one of
the three ISO forms), prints as ``2025`` / ``Nov 2025`` / ``10 Nov 2025``, and
sorts by its first day: ``2025`` < ``2025-01`` < ``2025-01-01`` < ``2025-02``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

_PARTIAL_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class PartialDate:
    """``year``, and ``month`` (1–12) or ``None``, and ``day`` or ``None``
    (a day only with a month).  Construction checks that the date exists."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"the year {self.year} is out of range")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"{self} has no month {self.month}")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # ValueError: "day is out of range for month"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError says what is wrong."""
        m = _PARTIAL_DATE_RE.fullmatch(text)
        if not m:
            raise ValueError(f"must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            return cls(year, month, day)  # type: ignore[arg-type]
        except ValueError:
            raise ValueError(f"{text!r} is not a real date") from None

    @classmethod
    def from_date(cls, d: dt.date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @property
    def is_full(self) -> bool:
        """True when the day is known."""
        return self.day is not None

    def to_date(self) -> dt.date | None:
        """The calendar date when the day is known, else None."""
        return dt.date(self.year, self.month, self.day) if self.day is not None and self.month is not None else None

    def first_day(self) -> dt.date:
        """The first day the date can mean (``2025`` → 1 January 2025)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def sort_key(self) -> tuple[int, int, int]:
        """Sorts by the first day; a less precise date before a more precise one starting on it."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def isoformat(self) -> str:
        """``2025``, ``2025-11`` or ``2025-11-10``: the form the file holds."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def short_text(self) -> str:
        """``2025``, ``Nov 2025`` or ``10 Nov 2025`` (English; for print)."""
        if self.month is None:
            return str(self.year)
        month = SHORT_MONTHS[self.month - 1]
        return f"{month} {self.year}" if self.day is None else f"{self.day} {month} {self.year}"

    def __str__(self) -> str:
        return self.isoformat()

    @classmethod
    def validate(cls, value: Any) -> PartialDate:
        """A value from a file or an editor: the text forms, a ``datetime.date``, or a PartialDate."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return cls.from_date(value)
        if not isinstance(value, str):
            raise ValueError(f"must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        return cls.parse(value.strip())

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda d: d.isoformat(), return_schema=core_schema.str_schema()),
        )
