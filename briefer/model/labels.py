"""The English names of the format's enumerated values: one table for the
app's combos and the exported briefs, so both say "Adviser" and "Phone call".

The GUI passes these through Qt's translator (context ``"EnumLabels"``) when it
shows them; an export prints them as they are.  No Qt here.
"""

from __future__ import annotations

from enum import StrEnum

from .brief import ClearanceStatus, IssueStatus, Level, MeetingFormat, Role, Status

ENUM_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    Status: {Status.DRAFT: "Draft", Status.FINAL: "Final"},
    MeetingFormat: {
        MeetingFormat.IN_PERSON: "In person",
        MeetingFormat.VIRTUAL: "Virtual",
        MeetingFormat.HYBRID: "Hybrid",
        MeetingFormat.PHONE: "Phone call",
    },
    Role: {
        Role.PRINCIPAL: "Principal",
        Role.MEMBER: "Delegation member",
        Role.ADVISOR: "Adviser",
        Role.NOTETAKER: "Note-taker",
        Role.INTERPRETER: "Interpreter",
        Role.OBSERVER: "Observer",
        Role.OTHER: "Other",
    },
    Level: {Level.HIGH: "High", Level.MEDIUM: "Medium", Level.LOW: "Low"},
    IssueStatus: {
        IssueStatus.OPEN: "Open",
        IssueStatus.IN_PROGRESS: "In progress",
        IssueStatus.RESOLVED: "Resolved",
    },
    ClearanceStatus: {
        ClearanceStatus.CLEARED: "Cleared",
        ClearanceStatus.CLEARED_WITH_COMMENTS: "Cleared with comments",
        ClearanceStatus.PENDING: "Pending",
        ClearanceStatus.NOT_CLEARED: "Not cleared",
    },
}


def enum_label(value: StrEnum) -> str:
    """The English label of one value."""
    return ENUM_LABELS[type(value)][value]
