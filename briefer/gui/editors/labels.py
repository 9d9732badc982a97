"""User-visible names of enum values.

The English labels are shared with the exports (:mod:`briefer.model.labels`);
they are translated when they are shown (``QCoreApplication.translate`` with
the context ``"EnumLabels"``), not when this module is imported, so a
translator installed after start-up still applies.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ...model.labels import ENUM_LABELS

_CONTEXT = "EnumLabels"

_LABELS = ENUM_LABELS  # one table with the exports (briefer/model/labels.py)

NONE_LABEL = "—"
"""Shown for an optional enum that is not set."""

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
