"""The problems panel's messages in the interface language.

:mod:`briefer.checks` (no Qt) writes its findings in English, and the CLI
prints them so.  Here each kind of message is a template with ``%1``, ``%2``
for its variable parts (names, dates, numbers); a finding that matches one
is shown translated (context ``"Problems"``), with the parts as they were.
A message no template matches is shown as written.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

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
    "%1 is filled in but the template “%2” does not print it; add it to the layout of this brief or move its content.",
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
            translated = QCoreApplication.translate("Problems", template)
            if translated == template:
                return message
            section_first = template.startswith("%1 is filled in")
            for name, value in m.groupdict().items():
                if section_first and name == "p1":  # a section's title
                    value = QCoreApplication.translate("SectionList", value)
                translated = translated.replace("%" + name[1:], value)
            return translated
    return message
