"""Checks a brief before it goes to the principal: what is missing or stale.

The model already refuses what a file cannot hold (an empty title, a
participant without a name).  These checks are about a *valid* brief that is
not ready yet: no meeting date, a risk nobody owns, an open issue past its
due date, more pages than the template allows.  The GUI's problems panel
shows them and jumps to the field; ``briefer validate`` can print them.

Each :class:`Finding` carries the field path of the brief it is about (the
same paths :class:`briefer.gui.edit_session.EditSession` uses), so a click can
focus the very field.  No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .model import UNTITLED_TITLE, Brief, ClearanceStatus, IssueStatus, MeetingFormat, Role, Status
from .model.labels import ENUM_LABELS
from .model.dates import short_date
from .model.followup import carried_too_often
from .model.sections import DEFAULT_ORDER, DEFAULT_TITLES, PAGE_KEYS, PAGE_OF_FIELD
from .templates import Template, TemplateLibrary, builtin_library
from .templates.effective_layout import effective_layout, hidden_filled_sections
from .templates.markings import MarkingScheme, banner, level_of, portions, unknown_markings

Severity = Literal["error", "warning"]
FieldPath = tuple[str | int, ...]


def page_of(path: FieldPath) -> str | None:
    """The key of the app page that edits ``path`` (``None`` for the whole
    brief); see :data:`briefer.model.sections.PAGES`."""
    if not path:
        return None
    if path[0] == "portion_markings" and len(path) > 1:  # beside the field it marks
        return PAGE_OF_FIELD.get(str(path[1]))
    return PAGE_OF_FIELD.get(str(path[0]))


@dataclass(frozen=True)
class Finding:
    """One thing to fix: where (a field path, ``()`` for the whole brief),
    how bad, and a sentence saying what is wrong and what to do."""

    path: FieldPath
    severity: Severity
    message: str
    not_printed: str | None = None
    """For a filled section the template leaves out: its section key (the
    GUI offers to show it in the brief's layout)."""

    @property
    def page(self) -> str | None:
        """The key of the app page that edits the field (None for the whole brief)."""
        return page_of(self.path)


def _item_name(text: str | None, fallback: str, limit: int = 40) -> str:
    text = (text or "").strip()
    if not text:
        return fallback
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=1)
def _time_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _known_time_zone(name: str) -> bool:
    """True for an IANA zone name; also True when this machine has no zone
    database to check against (then nothing is claimed)."""
    names = _time_zone_names()
    return not names or name in names


def sections_not_printed(brief: Brief, template: Template) -> list[str]:
    """Keys of the body sections that ``brief`` printed with ``template``
    leaves out, filled or not."""
    shown = set(effective_layout(template, brief).sections)
    return [k for k in DEFAULT_ORDER if k not in shown]


def check_brief(
    brief: Brief,
    library: TemplateLibrary | None = None,
    *,
    template: Template | None = None,
    page_count: int | None = None,
    page_budget: int | None = None,
    left_out: Sequence[str] = (),
    today: dt.date | None = None,
    scheme: MarkingScheme | None = None,
) -> list[Finding]:
    """Everything that keeps ``brief`` from being ready, in the order of the
    sections.  ``library`` holds the templates installed here (the
    built-ins alone when not given); ``template`` is the one the brief is
    printed with (default: the one the library finds for the name the brief
    gives); ``page_count``/``page_budget`` come from the last render and the
    template, ``left_out`` what that render left out to keep the budget
    (:attr:`briefer.export.layout.LayoutTree.left_out`); ``today`` (default: the real today) is what "overdue" is
    measured against; ``scheme`` (default: that of the template) is what
    its markings are read against."""
    out: list[Finding] = []

    def add(path: FieldPath, severity: Severity, message: str, not_printed: str | None = None) -> None:
        out.append(Finding(tuple(path), severity, message, not_printed))

    today = today or dt.date.today()
    library = library if library is not None else builtin_library()
    if template is None:
        template = library.for_brief(brief.layout.template)

    # -- overview: what every brief needs --------------------------------
    if not brief.summary:
        add(("summary",), "error", "The summary (the bottom line up front) is empty; write two or three sentences.")
    if brief.title.strip() == UNTITLED_TITLE:
        add(("title",), "warning", "The brief is still called “Untitled brief”; give it the meeting's title.")
    if not brief.prepared_for:
        add(("prepared_for",), "warning", "Say who the brief is prepared for.")
    if not (brief.marking or "").strip():
        add(
            ("marking",),
            "error" if brief.status == Status.FINAL else "warning",
            "The brief has no handling marking; choose one (for example OFFICIAL) so readers know how to handle it.",
        )
    missing = library.missing_warning(brief.layout.template)
    if missing:
        add(("layout", "template"), "warning", missing[0].upper() + missing[1:] + ".")

    # -- meeting ----------------------------------------------------------
    meeting = brief.meeting
    if meeting.date is None:
        add(("meeting", "date"), "error", "The meeting date is missing.")
    phone = meeting.format == MeetingFormat.PHONE
    if not meeting.location and not phone:
        add(("meeting", "location"), "warning", "The meeting location is missing.")
    if meeting.timezone and not _known_time_zone(meeting.timezone):
        add(
            ("meeting", "timezone"),
            "warning",
            f"“{meeting.timezone}” is not a time zone name; choose one such as Asia/Jerusalem or Europe/London.",
        )
    if meeting.home_timezone and not _known_time_zone(meeting.home_timezone):
        add(
            ("meeting", "home_timezone"),
            "warning",
            f"The home time zone “{meeting.home_timezone}” is not a time zone name; "
            "choose one such as Europe/London or America/New_York.",
        )
    if meeting.start and meeting.end and meeting.end <= meeting.start:
        add(("meeting", "end"), "error", "The meeting ends before it starts; check the start and end times.")

    # -- clearance ----------------------------------------------------------
    final = brief.status == Status.FINAL
    for i, c in enumerate(brief.clearances):
        who = _item_name(c.name, f"Clearance {i + 1}")
        if c.status in (None, ClearanceStatus.PENDING) and final:
            add(
                ("clearances", i, "status"),
                "error",
                f"The brief is marked final but clearance by {who} is still pending; "
                "get it cleared, or set the status back to draft.",
            )
        elif c.status == ClearanceStatus.NOT_CLEARED:
            add(
                ("clearances", i, "status"),
                "error" if final else "warning",
                f"{who} has not cleared the brief; settle their comments before it goes.",
            )

    # -- decisions and questions: each needs our line -------------------
    for i, d in enumerate(brief.decisions):
        if not (d.recommendation or "").strip():
            add(("decisions", i, "recommendation"), "warning",
                f"Decision “{_item_name(d.decision, f'Decision {i + 1}')}” has no recommendation; say what we recommend.")
    for i, q in enumerate(brief.questions):
        if not (q.answer or "").strip():
            add(("questions", i, "answer"), "warning",
                f"Question “{_item_name(q.question, f'Question {i + 1}')}” has no answer; write the line to take.")

    # -- participants -----------------------------------------------------
    if not brief.participants:
        who = "who will be on the call" if phone else "who will be in the room"
        add(("participants",), "warning", f"No participants yet; add {who}.")
    roles_left_out = set(template.layout.participants_leave_out_roles)  # not ``left_out``: that is the render's
    if roles_left_out and brief.participants and all(p.role in roles_left_out for p in brief.participants):
        roles = ", ".join(sorted(ENUM_LABELS[Role][r].lower() for r in roles_left_out))
        add(
            ("participants",),
            "warning",
            f"No participant is printed: the template “{template.title or template.name}” leaves out {roles}; "
            "add who you will face (an interviewer, with the outlet as organisation).",
        )
    for i, p in enumerate(brief.participants):
        if not p.title:
            add(("participants", i, "title"), "warning", f"{_item_name(p.name, 'A participant')} has no title or position.")

    # -- risks ------------------------------------------------------------
    for i, r in enumerate(brief.risks):
        name = _item_name(r.risk, f"Risk {i + 1}")
        if not r.owner:
            add(("risks", i, "owner"), "warning", f"Risk “{name}” has no owner.")
        if not r.mitigation:
            add(("risks", i, "mitigation"), "warning", f"Risk “{name}” has no mitigation.")

    # -- open issues: overdue (past today) or due before the meeting ------
    for i, issue in enumerate(brief.open_issues):
        name = _item_name(issue.issue, f"Issue {i + 1}")
        if issue.is_overdue(today):
            add(
                ("open_issues", i, "due"),
                "warning",
                f"Open issue “{name}” is overdue: it was due {short_date(issue.due)}; resolve it or move the date.",
            )
        elif issue.is_overdue(meeting.date):
            add(
                ("open_issues", i, "due"),
                "warning",
                f"Open issue “{name}” is due {short_date(issue.due)}, before the meeting on "
                f"{short_date(meeting.date)}; make sure it is settled in time.",
            )
        elif issue.status != IssueStatus.RESOLVED and not issue.owner:
            add(("open_issues", i, "owner"), "warning", f"Open issue “{name}” has no owner.")

    for i, issue in enumerate(brief.open_issues):
        if carried_too_often(issue):
            add(
                ("open_issues", i, "status"),
                "warning",
                f"Open issue “{_item_name(issue.issue, f'Issue {i + 1}')}” has been carried through "
                f"{len(issue.carried_from)} briefs; decide it, resolve it or drop it.",
            )

    # -- sections the template does not print ---------------------------
    for key in hidden_filled_sections(brief, template):
        title = DEFAULT_TITLES.get(key, key)
        add(
            (key,),
            "warning",
            f"The section “{title}” is filled in but the template “{template.title or template.name}” does not print it; "
            f"add it to the layout of this brief or move its content.",
            not_printed=key,
        )

    # -- distribution ----------------------------------------------------
    seen: dict[int, int] = {}
    for i, r in enumerate(brief.distribution):
        if r.copy_number is None:
            continue
        if r.copy_number in seen:
            add(
                ("distribution", i, "copy"),
                "warning",
                f"Copy {r.copy_number} is given to {_item_name(r.name, 'a recipient')} and to "
                f"{_item_name(brief.distribution[seen[r.copy_number]].name, 'another recipient')}; give each a number of its own.",
            )
        else:
            seen[r.copy_number] = i

    # -- markings -----------------------------------------------------------
    out += marking_findings(brief, scheme or template.scheme, printed=effective_layout(template, brief).sections)

    # -- length ------------------------------------------------------------
    if left_out:
        add(
            (),
            "warning",
            f"To keep the template's page budget the export is shortened: {' '.join(left_out)} "
            "Cut the brief, or choose a template with more pages, to print everything.",
        )
    if page_count is not None and page_budget is not None and page_budget > 0 and page_count > page_budget:
        add(
            (),
            "warning",
            f"The brief is {page_count} pages; the template allows {page_budget}. Shorten it or move detail to annexes.",
        )
    # In the order of the app's pages (the whole brief first), each page's
    # findings in the order found: a problem found by a later check (a
    # section the template does not print) still lists with its page.
    return sorted(out, key=lambda f: -1 if f.page is None else _PAGE_INDEX.get(f.page, len(_PAGE_INDEX)))


_PAGE_INDEX = {key: i for i, key in enumerate(PAGE_KEYS)}


_ITEM_NAME_FIELD = {
    "participants": "name",
    "agenda": "item",
    "key_points": "point",
    "stakeholders": "name",
    "risks": "risk",
    "open_issues": "issue",
    "timeline": "event",
    "sections": "title",
    "sources": "title",
    "decisions": "decision",
    "questions": "question",
}
_ITEM_KIND = {
    "participants": "Participant",
    "agenda": "Agenda item",
    "key_points": "Key point",
    "stakeholders": "Stakeholder",
    "risks": "Risk",
    "open_issues": "Open issue",
    "timeline": "Timeline entry",
    "sections": "Section",
    "sources": "Source",
    "decisions": "Decision",
    "questions": "Question",
}


def _portion_name(path: FieldPath, portion: object) -> str:
    """“Risk “Hamas refuses…”” or “The summary”."""
    if len(path) == 1:
        title = DEFAULT_TITLES.get(str(path[0]), str(path[0]))
        return title if title.split()[0] in ("Our", "Their") else f"The {title.lower()}"
    key = str(path[0])
    text = getattr(portion, _ITEM_NAME_FIELD.get(key, ""), None)
    return f"{_ITEM_KIND.get(key, 'Item')} “{_item_name(text, f'{int(path[1]) + 1}')}”"


def marking_findings(brief: Brief, scheme: MarkingScheme, printed: list[str] | None = None) -> list[Finding]:
    """A warning for every marking of ``brief`` that names no level of
    ``scheme`` (the brief prints it as typed, but no releasable version can
    be made while a portion's level is unknown), and for every printed
    portion (``printed``: the sections the layout prints; default all)
    marked above the brief's own marking (the banner on every page is
    raised to the highest), worded for a participant's photo and a source."""
    levels = ", ".join(scheme.names())
    out = [
        Finding(
            path,
            "warning",
            f"The marking “{marking}” names no level of the {scheme.name} marking scheme ({levels}); "
            "start it with one of them, or nobody can tell who may read this.",
        )
        for path, marking in unknown_markings(brief, scheme)
    ]
    own = level_of(brief.marking, scheme)
    if own is None:
        return out
    shown = [(path, portion) for path, portion in portions(brief) if printed is None or str(path[0]) in printed]
    raised = (banner(brief, scheme, [path for path, _ in shown]) or "").strip()
    for path, portion in shown:
        marking = getattr(brief.portion_markings, str(path[0])) if len(path) == 1 else getattr(portion, "marking", None)
        level = level_of(marking, scheme)
        if level is None or scheme.rank(level) <= scheme.rank(own):
            continue
        where = ("portion_markings", path[0]) if len(path) == 1 else (*path, "marking")
        name = _portion_name(path, portion)
        above = f"is marked {marking.strip()}, above the brief's {brief.marking.strip()}"  # type: ignore[union-attr]
        if path[0] == "participants" and getattr(portion, "photo", None):
            text = (
                f"{name} {above}, and so is their photo: a picture carries no portion mark of its own, so check that it "
                f"may go at {level.name}. The banner on every page reads {raised}."
            )
        elif path[0] == "sources":
            text = (
                f"{name} {above}: a source's title alone can tell a reader what the brief draws on. "
                f"The banner on every page reads {raised}; a releasable version below {level.name} leaves the source out."
            )
        else:
            text = f"{name} {above}: the banner on every page reads {raised}; a releasable version below {level.name} leaves it out."
        out.append(Finding(tuple(where), "warning", text))
    return out


__all__ = ["Finding", "Severity", "check_brief", "marking_findings", "page_of", "sections_not_printed"]
