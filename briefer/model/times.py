"""Times of day as people type them: one parser, one formatter.

``parse_time`` reads what a person types into a time field -- ``10:00``,
``1000``, ``10.00``, ``9:30``, ``0930``, ``10am``, ``2:30 pm``, ``14h30``
-- as a 24-hour :class:`datetime.time` (to the minute); anything else, such
as ``25:00`` or ``soon``, raises :class:`TimeParseError` with a sentence
that says what to type.  ``time_text`` is how the app and the file write a
time: ``14:30``.  No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

HINT = "type a time such as 14:30, 1430 or 2:30 pm"


class TimeParseError(ValueError):
    """Typed text that is not one time of day; ``str()`` says what to type."""


# hours, then minutes after ":", ".", "h" or nothing (``0930``); then am/pm.
_TIME = re.compile(
    r"""^(?:(?P<h>\d{1,2})\s*(?:[:.h]\s*(?P<m>\d{2})|h)?  # 9, 14h, 9:30, 14h30, 10.00
         |(?P<hm>\d{3,4}))                              # 930, 0930, 1430
        \s*(?:(?P<half>[ap])\.?\s*m?\.?)?$""",
    re.VERBOSE | re.IGNORECASE,
)


def parse_time(text: str) -> dt.time:
    """The one time of day ``text`` names, or :class:`TimeParseError`."""
    stripped = text.strip()
    if not stripped:
        raise TimeParseError(f"is empty; {HINT}.")
    m = _TIME.fullmatch(stripped)
    if not m:
        raise TimeParseError(f"“{stripped}” is not a time; {HINT}.")
    if m["hm"]:
        hour, minute = int(m["hm"][:-2]), int(m["hm"][-2:])
    else:
        hour, minute = int(m["h"]), int(m["m"] or 0)
    half = (m["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise TimeParseError(f"“{stripped}” is not a time: with am or pm the hour is 1 to 12; {HINT}.")
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise TimeParseError(f"“{stripped}” is not a time of day (00:00 to 23:59); {HINT}.")
    return dt.time(hour, minute)


def time_text(value: dt.time | None) -> str:
    """``14:30``: how the app shows a time (24-hour); empty for none."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z_-]*(?:/[A-Za-z0-9][A-Za-z0-9_+-]*)+")


def zone_city(name: str) -> str:
    """How a time zone prints: the city of an IANA name (``Asia/Jerusalem``
    → ``Jerusalem``, ``America/Argentina/Buenos_Aires`` → ``Buenos Aires``);
    ``Etc/UTC`` → ``UTC``; anything else (``UTC``, a name typed by hand) as
    typed."""
    name = name.strip()
    if not _ZONE_NAME.fullmatch(name):
        return name
    if name.startswith("Etc/"):
        return name[4:]
    return name.rsplit("/", 1)[-1].replace("_", " ")


def zone_of_city(city: str) -> str:
    """The IANA name whose city is ``city`` ("New York" → ``America/New_York``),
    or ``city`` as it is when no zone, or more than one, has that city."""
    wanted = city.strip().replace(" ", "_").casefold()
    try:
        names = zoneinfo.available_timezones()
    except OSError:
        return city.strip()
    found = sorted(n for n in names if n.rsplit("/", 1)[-1].casefold() == wanted and "/" in n and not n.startswith(("posix/", "right/")))
    canonical = [n for n in found if not n.startswith(("Etc/", "US/", "Canada/", "Brazil/", "Mexico/", "Chile/"))]
    found = canonical or found
    if len(found) > 1:  # an old alias beside its canonical name: the deeper path
        deepest = max(n.count("/") for n in found)
        found = [n for n in found if n.count("/") == deepest]
    return found[0] if len(found) == 1 else city.strip()


def zone_named(name: str | None) -> zoneinfo.ZoneInfo | None:
    """The zone an IANA ``name`` names, or None (no name, an unknown name,
    or no zone database on this machine)."""
    if not name or not name.strip():
        return None
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def convert_time(on: dt.date, at: dt.time, from_zone: zoneinfo.ZoneInfo, to_zone: zoneinfo.ZoneInfo) -> tuple[dt.time, int]:
    """The time ``at`` on ``on`` in ``from_zone`` read in ``to_zone``, and the
    days it lies from ``on`` there (-1 the day before, 1 the day after)."""
    there = dt.datetime.combine(on, at, tzinfo=from_zone).astimezone(to_zone)
    return there.time().replace(tzinfo=None), (there.date() - on).days


__all__ = ["TimeParseError", "convert_time", "parse_time", "time_text", "zone_city", "zone_named", "zone_of_city"]
