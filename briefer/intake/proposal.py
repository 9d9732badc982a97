"""What drafting and importing propose, and how accepted proposals enter a brief.

A :class:`Proposal` is one thing the intake found: its :class:`Kind`, the
model object it would add to the brief (a :class:`~briefer.model.brief.Participant`,
a :class:`~briefer.model.brief.Risk`, …, or plain text for the title, the
summary and the background) and the span of the source text it came from,
so a review can highlight the sentence.  Nothing enters a brief until
:func:`apply_proposals` is given the proposals the user accepted.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ValidationError

from briefer.model.brief import (
    UNTITLED_TITLE,
    Brief,
    CustomSection,
    KeyPoint,
    OpenIssue,
    Participant,
    Risk,
    Source,
    Stakeholder,
    TimelineEntry,
)
from briefer.model.text import clean_one_line, strip_forbidden_chars


class IntakeError(ValueError):
    """The input cannot be drafted from or imported; ``str()`` is one
    sentence that says what to do."""


class Kind(StrEnum):
    TITLE = "title"
    MARKING = "marking"
    SOURCE = "source"
    PARTICIPANT = "participant"
    STAKEHOLDER = "stakeholder"
    KEY_POINT = "key point"
    RISK = "risk"
    OPEN_ISSUE = "open issue"
    TIMELINE = "timeline"
    SUMMARY = "summary"
    BACKGROUND = "background"
    CUSTOM_SECTION = "custom section"


# The model class each kind proposes, and the field of it that holds the
# proposal's one editable text.  Title, summary, background and marking are
# plain text.
_MODEL_FIELD: dict[Kind, tuple[type[BaseModel], str]] = {
    Kind.SOURCE: (Source, "title"),
    Kind.PARTICIPANT: (Participant, "name"),
    Kind.STAKEHOLDER: (Stakeholder, "name"),
    Kind.KEY_POINT: (KeyPoint, "point"),
    Kind.RISK: (Risk, "risk"),
    Kind.OPEN_ISSUE: (OpenIssue, "issue"),
    Kind.TIMELINE: (TimelineEntry, "event"),
    Kind.CUSTOM_SECTION: (CustomSection, "body"),
}
_LONG_TEXT_KINDS = (Kind.SUMMARY, Kind.BACKGROUND)


@dataclass(frozen=True)
class Proposal:
    """One proposed addition to a brief.

    ``value`` is a model object for list kinds and ``str`` for the title,
    summary, background and marking.  ``span`` is ``(start, end)`` in the
    text the proposal was found in, or ``None`` when it has no single place
    (an imported table row, say)."""

    kind: Kind
    value: BaseModel | str
    span: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        """The proposal's main text: what a review shows and lets the user edit."""
        if isinstance(self.value, str):
            return self.value
        _, name = _MODEL_FIELD[self.kind]
        return getattr(self.value, name) or ""

    @property
    def detail(self) -> str:
        """A short second line for a review: a participant's title, a date, …"""
        v = self.value
        if isinstance(v, Participant):
            return ", ".join(x for x in (v.title, v.organization) if x)
        if isinstance(v, Stakeholder):
            return v.position or ""
        if isinstance(v, TimelineEntry):
            return v.date.isoformat() if v.date else "no date"
        if isinstance(v, Source):
            return ", ".join(x for x in (v.publisher, v.date.isoformat() if v.date else None) if x)
        if isinstance(v, CustomSection):
            return v.title
        if isinstance(v, OpenIssue) and v.due:
            return f"due {v.due.isoformat()}"
        return ""

    def with_text(self, text: str) -> Proposal:
        """This proposal with its main text replaced (the user edited it).
        Raises :class:`IntakeError` when the text cannot be stored."""
        if isinstance(self.value, str):
            cleaned = strip_forbidden_chars(text) if self.kind in _LONG_TEXT_KINDS else clean_one_line(text)
            if not cleaned.strip():
                raise IntakeError(f"The {self.kind} must not be empty; reject it instead.")
            return dataclasses.replace(self, value=cleaned)
        model, name = _MODEL_FIELD[self.kind]
        cleaned = strip_forbidden_chars(text) if name in ("body",) else clean_one_line(text)
        try:
            value = model.model_validate({**self.value.model_dump(), name: cleaned})
        except ValidationError:
            raise IntakeError(f"The {self.kind} must not be empty; reject it instead.") from None
        return dataclasses.replace(self, value=value)


@dataclass
class Draft:
    """What :func:`~briefer.intake.draft.draft_from_text` or the Word import
    found: the proposals in reading order, the text their spans point into,
    and messages for the user (the text was cut short, looked binary, …)."""

    text: str
    proposals: list[Proposal] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @property
    def source(self) -> Source | None:
        """The source entry the proposals cite, if one was found."""
        for p in self.proposals:
            if p.kind is Kind.SOURCE and isinstance(p.value, Source):
                return p.value
        return None

    def of_kind(self, kind: Kind) -> list[Proposal]:
        return [p for p in self.proposals if p.kind is kind]

    def counts(self) -> dict[Kind, int]:
        """How many proposals of each kind, in the order of :class:`Kind`."""
        return {k: n for k in Kind if (n := len(self.of_kind(k)))}


@dataclass
class ImportedBrief:
    """A Word brief read by :func:`~briefer.intake.word_import.import_word_brief`."""

    brief: Brief
    report: list[str] = field(default_factory=list)
    """What went where, one line each, for the CLI to print and the app to show."""


_LIST_FIELD: dict[Kind, str] = {
    Kind.SOURCE: "sources",
    Kind.PARTICIPANT: "participants",
    Kind.STAKEHOLDER: "stakeholders",
    Kind.KEY_POINT: "key_points",
    Kind.RISK: "risks",
    Kind.OPEN_ISSUE: "open_issues",
    Kind.TIMELINE: "timeline",
    Kind.CUSTOM_SECTION: "sections",
}


def _same(a: BaseModel, b: BaseModel) -> bool:
    return a.model_dump() == b.model_dump()


def apply_proposals(brief: Brief, proposals: list[Proposal]) -> Brief:
    """A copy of ``brief`` with ``proposals`` (the accepted ones) added.

    List items are appended (an item equal to one already there is not added
    twice); the title and marking are set only where the brief has none
    (or the placeholder title); a summary or background is added after the
    brief's own text, as a new paragraph, never in place of it."""
    data = brief.model_copy(deep=True)
    lists: dict[str, list] = {}
    for p in proposals:
        if p.kind in _LIST_FIELD:
            name = _LIST_FIELD[p.kind]
            current = lists.setdefault(name, list(getattr(data, name)))
            if not any(_same(p.value, old) for old in current):
                current.append(p.value.model_copy(deep=True))
        elif p.kind is Kind.TITLE:
            if data.title == UNTITLED_TITLE:
                data.title = p.value
        elif p.kind is Kind.MARKING:
            if not data.marking:
                data.marking = p.value
        elif p.kind in _LONG_TEXT_KINDS:
            name = "summary" if p.kind is Kind.SUMMARY else "background"
            old = getattr(data, name)
            if not old:
                setattr(data, name, p.value)
            elif p.value not in old:
                setattr(data, name, f"{old}\n\n{p.value}")
    for name, items in lists.items():
        setattr(data, name, items)
    return data
