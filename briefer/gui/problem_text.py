"""The problems panel's messages in the interface language.

:mod:`briefer.checks` (no Qt) writes its findings in English, and the CLI
prints them so.  Here each kind of message is a template with ``%1``, ``%2``
for its variable parts (names, dates, numbers); a finding that matches one
is shown translated (context ``"Problems"``), with the parts as they were.
A message no template matches is shown as written.

The parts are shown in the interface language too: a date (``14 Nov 2025``
in the English message) as the interface shows dates, and an item named
with its kind (``Section “Illustration”``) with the kind translated and the
language's quotation marks (:data:`ITEM_NAMES`).  In a right-to-left
interface every part is a directional isolate, so an English title (and the
"…" that shortens it) or a date reads in its own order.
"""

from __future__ import annotations

import functools
import re

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..model.dates import MONTHS
from .bidi import isolate
from .ui_dates import ui_date

TEMPLATES: tuple[str, ...] = (
    "The summary (the bottom line up front) is empty; write two or three sentences.",
    "The brief is still called “Untitled brief”; give it the meeting's title.",
    "Say who the brief is prepared for.",
    "The brief has no handling marking; choose one (for example OFFICIAL) so readers know how to handle it.",
    "The meeting date is missing.",
    "The meeting location is missing.",
    "“%1” is not a time zone name; choose one such as Asia/Jerusalem or Europe/London.",
    "The home time zone “%1” is not a time zone name; choose one such as Europe/London or America/New_York.",
    "The meeting ends before it starts; check the start and end times.",
    "No participants yet; add who will be on the call.",
    "No participants yet; add who will be in the room.",
    "%1 has no title or position.",
    "Risk “%1” has no owner.",
    "Risk “%1” has no mitigation.",
    "Open issue “%1” is overdue: it was due %2; resolve it or move the date.",
    "Open issue “%1” is due %2, before the meeting on %3; make sure it is settled in time.",
    "Open issue “%1” has no owner.",
    "Open issue “%1” has been carried through %2 briefs; decide it, resolve it or drop it.",
    "The section “%1” is filled in but the template “%2” does not print it; add it to the layout of this brief or move its content.",
    "Copy %1 is given to %2 and to %3; give each a number of its own.",
    "The brief is %1 pages; the template allows %2. Shorten it or move detail to annexes.",
    "To keep the template's page budget the export is shortened: %1 Cut the brief, or choose a template with more pages, to print everything.",
    "The marking “%1” names no level of the %2 marking scheme (%3); start it with one of them, or nobody can tell who may read this.",
    "%1 is marked %2, above the brief's %3: the banner on every page reads %4; a releasable version below %5 leaves it out.",
    "%1 is marked %2, above the brief's %3, and so is their photo: a picture carries no portion mark of its own, "
    "so check that it may go at %4. The banner on every page reads %5.",
    "%1 is marked %2, above the brief's %3: a source's title alone can tell a reader what the brief draws on. "
    "The banner on every page reads %4; a releasable version below %5 leaves the source out.",
    "The brief is marked final but clearance by %1 is still pending; get it cleared, or set the status back to draft.",
    "%1 has not cleared the brief; settle their comments before it goes.",
    "Decision “%1” has no recommendation; say what we recommend.",
    "Question “%1” has no answer; write the line to take.",
    "No participant is printed: the template “%1” leaves out %2; add who you will face (an interviewer, with the outlet as organisation).",
)


ITEM_NAMES: tuple[str, ...] = (
    "Participant “%1”",
    "Agenda item “%1”",
    "Key point “%1”",
    "Stakeholder “%1”",
    "Risk “%1”",
    "Open issue “%1”",
    "Timeline entry “%1”",
    "Section “%1”",
    "Source “%1”",
    "Decision “%1”",
    "Question “%1”",
    "Item “%1”",
)
"""How :mod:`briefer.checks` names an item inside a message (its kind and
its name in quotation marks), each translated with the language's quotes."""

_ITEM_NAME = re.compile("(" + "|".join(re.escape(t.split(" “")[0]) for t in ITEM_NAMES) + ") “(.*)”", re.S)
_SHORT_DATE = re.compile(r"(\d{1,2}) (" + "|".join(m[:3] for m in MONTHS) + r") (\d{4})")


def _part(value: str) -> str:
    """One variable part of a message, in the interface language."""
    m = _SHORT_DATE.fullmatch(value)
    if m:
        try:
            return ui_date(dt.date(int(m.group(3)), [x[:3] for x in MONTHS].index(m.group(2)) + 1, int(m.group(1))))
        except ValueError:
            return value
    m = _ITEM_NAME.fullmatch(value)
    if m:
        template = f"{m.group(1)} “%1”"
        translated = QCoreApplication.translate("Problems", template)
        if translated != template:
            return translated.replace("%1", isolate(m.group(2)))
    return value


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for template in TEMPLATES:
        parts = re.split(r"(%\d)", template)
        regex = "".join(f"(?P<p{p[1]}>.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        out.append((re.compile(regex, re.S), template))
    return out


def problem_text(message: str) -> str:
    """``message`` in the interface language when it is one of the known kinds."""
    for pattern, template in _patterns():
        m = pattern.fullmatch(message)
        if m:
            translated = QCoreApplication.translate("Problems", template)  # the template itself untranslated
            section_first = template.startswith("The section “%1” is filled in")
            for name, value in m.groupdict().items():
                if section_first and name == "p1":  # a section's title
                    value = QCoreApplication.translate("SectionList", value)
                else:
                    value = _part(value)
                translated = translated.replace("%" + name[1:], isolate(value))
            return translated
    return message
