"""Follow-up briefs: the next brief in a series, started from the last one.

:func:`make_follow_up` copies what stays the same from one meeting to the
next (the title, who is in the room, the stakeholders, the marking, the
template) and carries the open issues that are not resolved, each with the
earlier brief appended to its ``carried_from`` and its ``history`` as it
was.  What must be written afresh for the new meeting (summary, key points,
risks) starts empty.  No date is moved: a carried issue keeps its due date
and its ``raised`` date even when they are past, and the new meeting's date
is left for the user to set.
"""

from __future__ import annotations

import datetime as dt

from .brief import Brief, CarriedFrom, FollowedBrief, IssueStatus, Layout, OpenIssue

CARRIED_TOO_OFTEN = 3
"""An issue carried from this many earlier briefs (or more) is flagged: it is
time to decide it or drop it."""


def brief_date(brief: Brief) -> dt.date | None:
    """The date a brief is known by: its meeting's, else the date it was prepared."""
    return brief.meeting.date or brief.prepared_on


def carried_issue(issue: OpenIssue, previous: Brief) -> OpenIssue:
    """``issue`` as carried out of ``previous``: a copy with ``previous``
    appended to ``carried_from`` (unless it is already the last entry)."""
    out = issue.model_copy(deep=True)
    source = CarriedFrom(reference=previous.reference, date=brief_date(previous)) if (
        previous.reference or brief_date(previous)
    ) else None
    if source is not None and (not out.carried_from or out.carried_from[-1] != source):
        out.carried_from = [*out.carried_from, source]
    return out


def make_follow_up(brief: Brief, *, path: str | None, today: dt.date) -> Brief:
    """A new draft brief that follows up ``brief``.

    ``path`` is stored as ``follows.file`` exactly as given: callers pass it
    relative to the folder the new brief will be saved in when they know it
    (the CLI), else absolute (the app, whose new brief is untitled).
    ``today`` becomes the new brief's ``prepared_on``.
    """
    issues = [carried_issue(i, brief) for i in brief.open_issues if i.status != IssueStatus.RESOLVED]
    return Brief(
        title=brief.title,
        marking=brief.marking,
        prepared_by=brief.prepared_by,
        prepared_for=brief.prepared_for,
        prepared_on=today,
        participants=[p.model_copy(deep=True) for p in brief.participants],
        stakeholders=[s.model_copy(deep=True) for s in brief.stakeholders],
        open_issues=issues,
        contact=brief.contact.model_copy(deep=True),
        follows=FollowedBrief(
            title=brief.title,
            reference=brief.reference,
            date=brief_date(brief),
            file=path,
        ),
        layout=Layout(template=brief.layout.template) if brief.layout.template else Layout(),
    )


def open_since(issue: OpenIssue) -> dt.date | None:
    """When ``issue`` was first raised: its ``raised`` date, else the date of
    the first brief it was carried from that has one."""
    if issue.raised:
        return issue.raised
    return next((c.date for c in issue.carried_from if c.date), None)


def carried_too_often(issue: OpenIssue) -> bool:
    return issue.status != IssueStatus.RESOLVED and len(issue.carried_from) >= CARRIED_TOO_OFTEN


__all__ = ["CARRIED_TOO_OFTEN", "brief_date", "carried_issue", "carried_too_often", "make_follow_up", "open_since"]
