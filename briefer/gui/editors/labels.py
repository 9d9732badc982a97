"""User-visible names of enum values and the choices offered for markings.

The labels are translated when they are shown (``QCoreApplication.translate``
with the context ``"EnumLabels"``), not when this module is imported, so a
translator installed after start-up still applies.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ...model import IssueStatus, Level, MeetingFormat, Role, Status

_CONTEXT = "EnumLabels"

_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    Status: {
        Status.DRAFT: QT_TRANSLATE_NOOP("EnumLabels", "Draft"),
        Status.FINAL: QT_TRANSLATE_NOOP("EnumLabels", "Final"),
    },
    MeetingFormat: {
        MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("EnumLabels", "In person"),
        MeetingFormat.VIRTUAL: QT_TRANSLATE_NOOP("EnumLabels", "Virtual"),
        MeetingFormat.HYBRID: QT_TRANSLATE_NOOP("EnumLabels", "Hybrid"),
        MeetingFormat.PHONE: QT_TRANSLATE_NOOP("EnumLabels", "Phone call"),
    },
    Role: {
        Role.PRINCIPAL: QT_TRANSLATE_NOOP("EnumLabels", "Principal"),
        Role.MEMBER: QT_TRANSLATE_NOOP("EnumLabels", "Delegation member"),
        Role.ADVISOR: QT_TRANSLATE_NOOP("EnumLabels", "Advisor"),
        Role.NOTETAKER: QT_TRANSLATE_NOOP("EnumLabels", "Note-taker"),
        Role.INTERPRETER: QT_TRANSLATE_NOOP("EnumLabels", "Interpreter"),
        Role.OBSERVER: QT_TRANSLATE_NOOP("EnumLabels", "Observer"),
        Role.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Other"),
    },
    Level: {
        Level.HIGH: QT_TRANSLATE_NOOP("EnumLabels", "High"),
        Level.MEDIUM: QT_TRANSLATE_NOOP("EnumLabels", "Medium"),
        Level.LOW: QT_TRANSLATE_NOOP("EnumLabels", "Low"),
    },
    IssueStatus: {
        IssueStatus.OPEN: QT_TRANSLATE_NOOP("EnumLabels", "Open"),
        IssueStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("EnumLabels", "In progress"),
        IssueStatus.RESOLVED: QT_TRANSLATE_NOOP("EnumLabels", "Resolved"),
    },
}

NONE_LABEL = "—"
"""Shown for an optional enum that is not set."""

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET", "CONFIDENTIAL", "RESTRICTED")
"""Common handling markings offered in the marking combo; any other text is allowed."""


def enum_choices(enum: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """``(member, translated label)`` in the order they are offered."""
    return [(member, QCoreApplication.translate(_CONTEXT, text)) for member, text in _LABELS[enum].items()]


def enum_label(value: StrEnum | str | None) -> str:
    """The translated label of one value; ``""`` for None."""
    if value is None:
        return ""
    for labels in _LABELS.values():
        for member, text in labels.items():
            if member == value:
                return QCoreApplication.translate(_CONTEXT, text)
    return str(value)
