"""What each list section shows: table columns, detail form fields, and the
item a new row starts as.  Data, not widgets, so the editors stay generic.

Strings are marked with ``QT_TRANSLATE_NOOP`` and translated when shown
(contexts ``"ListColumns"`` for headers, ``"ListSpecs"`` for the rest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ...model import (
    AgendaItem,
    Clearance,
    ClearanceStatus,
    CustomSection,
    Decision,
    IssueStatus,
    KeyPoint,
    Level,
    OpenIssue,
    Participant,
    Question,
    Recipient,
    Risk,
    Role,
    Source,
    Stakeholder,
    TimelineEntry,
)
from .table_model import Column

_CTX = "ListSpecs"


def tr_spec(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class FieldSpec:
    """One field of the detail form.  ``label`` carries the mnemonic (``&``)."""

    field: str
    label: str
    kind: str = "text"  # text | long | enum | date | partial-date | photo | marking
    enum: type[StrEnum] | None = None
    optional: bool = True
    lines: int = 4
    placeholder: str = ""


@dataclass(frozen=True)
class ListSpec:
    key: str  # the brief's list field, also the section key
    columns: list[Column]
    fields: list[FieldSpec]
    new_text: str  # the required field's value in a new row, e.g. "New participant"
    noun: str  # "participant": used in "Selected participant", tooltips
    make_item: Callable[[str], Any] = field(default=lambda text: text)

    @property
    def list_path(self) -> tuple[str]:
        return (self.key,)

    def new_item(self) -> Any:
        return self.make_item(tr_spec(self.new_text))

    @property
    def first_field(self) -> str | None:
        return self.fields[0].field if self.fields else None


N = QT_TRANSLATE_NOOP  # short marker for the tables below

LIST_SPECS: dict[str, ListSpec] = {
    "participants": ListSpec(
        "participants",
        [
            Column("name", N("ListColumns", "Name"), optional=False),
            Column("title", N("ListColumns", "Title")),
            Column("organization", N("ListColumns", "Organisation")),
            Column("delegation", N("ListColumns", "Delegation")),
            Column("role", N("ListColumns", "Role"), "enum", Role),
        ],
        [
            FieldSpec("name", N("ListSpecs", "&Name:"), optional=False,
                      placeholder=N("ListSpecs", "As it should be printed, in any script")),
            FieldSpec("title", N("ListSpecs", "&Title:"), placeholder=N("ListSpecs", "e.g. Prime Minister of Israel")),
            FieldSpec("organization", N("ListSpecs", "&Organisation:")),
            FieldSpec("delegation", N("ListSpecs", "&Delegation:"),
                      placeholder=N("ListSpecs", "The side they sit with; participants are grouped by it")),
            FieldSpec("role", N("ListSpecs", "&Role:"), "enum", Role),
            FieldSpec("pronunciation", N("ListSpecs", "&Pronunciation:"), placeholder=N("ListSpecs", "e.g. be-NYA-min")),
            FieldSpec("bio", N("ListSpecs", "&Biography:"), "long", lines=6),
            FieldSpec("photo", N("ListSpecs", "P&hoto:"), "photo"),
        ],
        N("ListSpecs", "New participant"),
        N("ListSpecs", "participant"),
        lambda text: Participant(name=text),
    ),
    "agenda": ListSpec(
        "agenda",
        [
            Column("time", N("ListColumns", "Time")),
            Column("place", N("ListColumns", "Place")),
            Column("item", N("ListColumns", "Item"), optional=False),
            Column("lead", N("ListColumns", "Lead")),
        ],
        [
            FieldSpec("item", N("ListSpecs", "&Item:"), optional=False),
            FieldSpec("time", N("ListSpecs", "T&ime:"), placeholder=N("ListSpecs", "e.g. 10:00 or +15 min")),
            FieldSpec("place", N("ListSpecs", "Pl&ace:"), placeholder=N("ListSpecs", "Where it happens: building, room")),
            FieldSpec("lead", N("ListSpecs", "&Lead:"), placeholder=N("ListSpecs", "Who speaks to this item")),
        ],
        N("ListSpecs", "New agenda item"),
        N("ListSpecs", "agenda item"),
        lambda text: AgendaItem(item=text),
    ),
    "key_points": ListSpec(
        "key_points",
        [
            Column("point", N("ListColumns", "Point"), optional=False),
            Column("priority", N("ListColumns", "Priority"), "enum", Level),
        ],
        [
            FieldSpec("point", N("ListSpecs", "&Point:"), optional=False),
            FieldSpec("priority", N("ListSpecs", "P&riority:"), "enum", Level),
            FieldSpec("detail", N("ListSpecs", "&Detail:"), "long", lines=6),
        ],
        N("ListSpecs", "New key point"),
        N("ListSpecs", "key point"),
        lambda text: KeyPoint(point=text),
    ),
    "decisions": ListSpec(
        "decisions",
        [
            Column("decision", N("ListColumns", "Decision"), optional=False),
            Column("recommendation", N("ListColumns", "Recommendation"), "long"),
        ],
        [
            FieldSpec("decision", N("ListSpecs", "&Decision:"), optional=False,
                      placeholder=N("ListSpecs", "What the principal or the board is asked to decide")),
            FieldSpec("recommendation", N("ListSpecs", "&Recommendation:"), "long", lines=5,
                      placeholder=N("ListSpecs", "What we recommend, and why")),
        ],
        N("ListSpecs", "New decision"),
        N("ListSpecs", "decision"),
        lambda text: Decision(decision=text),
    ),
    "questions": ListSpec(
        "questions",
        [
            Column("question", N("ListColumns", "Question"), optional=False),
            Column("answer", N("ListColumns", "Answer"), "long"),
        ],
        [
            FieldSpec("question", N("ListSpecs", "&Question:"), optional=False,
                      placeholder=N("ListSpecs", "A likely question, as it would be asked")),
            FieldSpec("answer", N("ListSpecs", "&Answer:"), "long", lines=6,
                      placeholder=N("ListSpecs", "The line to take")),
        ],
        N("ListSpecs", "New question"),
        N("ListSpecs", "question"),
        lambda text: Question(question=text),
    ),
    "stakeholders": ListSpec(
        "stakeholders",
        [
            Column("name", N("ListColumns", "Name"), optional=False),
            Column("position", N("ListColumns", "Position"), "long"),
        ],
        [
            FieldSpec("name", N("ListSpecs", "&Name:"), optional=False),
            FieldSpec("position", N("ListSpecs", "&Position:"), "long", lines=4),
            FieldSpec("notes", N("ListSpecs", "N&otes:"), "long", lines=4),
        ],
        N("ListSpecs", "New stakeholder"),
        N("ListSpecs", "stakeholder"),
        lambda text: Stakeholder(name=text),
    ),
    "risks": ListSpec(
        "risks",
        [
            Column("risk", N("ListColumns", "Risk"), optional=False),
            Column("likelihood", N("ListColumns", "Likelihood"), "enum", Level),
            Column("impact", N("ListColumns", "Impact"), "enum", Level),
            Column("owner", N("ListColumns", "Owner")),
        ],
        [
            FieldSpec("risk", N("ListSpecs", "&Risk:"), optional=False),
            FieldSpec("likelihood", N("ListSpecs", "&Likelihood:"), "enum", Level),
            FieldSpec("impact", N("ListSpecs", "&Impact:"), "enum", Level),
            FieldSpec("owner", N("ListSpecs", "O&wner:")),
            FieldSpec("detail", N("ListSpecs", "&Detail:"), "long", lines=4),
            FieldSpec("mitigation", N("ListSpecs", "&Mitigation:"), "long", lines=4),
        ],
        N("ListSpecs", "New risk"),
        N("ListSpecs", "risk"),
        lambda text: Risk(risk=text),
    ),
    "open_issues": ListSpec(
        "open_issues",
        [
            Column("issue", N("ListColumns", "Issue"), optional=False),
            Column("owner", N("ListColumns", "Owner")),
            Column("due", N("ListColumns", "Due"), "date"),
            Column("status", N("ListColumns", "Status"), "enum", IssueStatus, optional=False),
        ],
        [
            FieldSpec("issue", N("ListSpecs", "&Issue:"), optional=False),
            FieldSpec("owner", N("ListSpecs", "O&wner:")),
            FieldSpec("due", N("ListSpecs", "D&ue:"), "date"),
            FieldSpec("status", N("ListSpecs", "&Status:"), "enum", IssueStatus, optional=False),
            FieldSpec("detail", N("ListSpecs", "&Detail:"), "long", lines=5),
        ],
        N("ListSpecs", "New open issue"),
        N("ListSpecs", "open issue"),
        lambda text: OpenIssue(issue=text),
    ),
    "timeline": ListSpec(
        "timeline",
        [
            # A timeline date may be known only to the year or the month
            # (format 2): 27 Nov 2025, Nov 2025 or 2025.
            Column("date", N("ListColumns", "Date"), "partial-date"),
            Column("event", N("ListColumns", "Event"), optional=False),
        ],
        [
            FieldSpec("event", N("ListSpecs", "&Event:"), optional=False),
            FieldSpec("date", N("ListSpecs", "&Date:"), "partial-date"),
        ],
        N("ListSpecs", "New event"),
        N("ListSpecs", "timeline entry"),
        lambda text: TimelineEntry(event=text),
    ),
    "sections": ListSpec(
        "sections",
        [Column("title", N("ListColumns", "Title"), optional=False)],
        [
            FieldSpec("title", N("ListSpecs", "&Title:"), optional=False),
            FieldSpec("body", N("ListSpecs", "&Body:"), "long", lines=12),
        ],
        N("ListSpecs", "New section"),
        N("ListSpecs", "section"),
        lambda text: CustomSection(title=text),
    ),
    "sources": ListSpec(
        "sources",
        [
            Column("title", N("ListColumns", "Title"), optional=False),
            Column("publisher", N("ListColumns", "Publisher")),
            Column("date", N("ListColumns", "Date"), "date"),
            Column("url", N("ListColumns", "URL")),
        ],
        [
            FieldSpec("title", N("ListSpecs", "&Title:"), optional=False),
            FieldSpec("publisher", N("ListSpecs", "&Publisher:")),
            FieldSpec("date", N("ListSpecs", "&Date:"), "date"),
            FieldSpec("url", N("ListSpecs", "&URL:"), placeholder="https://"),
        ],
        N("ListSpecs", "New source"),
        N("ListSpecs", "source"),
        lambda text: Source(title=text),
    ),
}


MARKING_COLUMN = Column("marking", N("ListColumns", "Marking"), "marking")
MARKING_FIELD = FieldSpec("marking", N("ListSpecs", "Mar&king:"), "marking")


def _with_markings(spec: ListSpec) -> ListSpec:
    """Every list item can carry its own marking (format 2): a chip in the
    table, a chooser last in the form."""
    return ListSpec(spec.key, [*spec.columns, MARKING_COLUMN], [*spec.fields, MARKING_FIELD], spec.new_text, spec.noun, spec.make_item)


LIST_SPECS = {key: _with_markings(spec) for key, spec in LIST_SPECS.items()}

LIST_SPECS["distribution"] = ListSpec(  # who gets a numbered copy: not printed, so not marked
    "distribution",
    [
        Column("name", N("ListColumns", "Name"), optional=False),
        Column("organisation", N("ListColumns", "Organisation")),
        Column("copy_number", N("ListColumns", "Copy"), "number"),
    ],
    [
        FieldSpec("name", N("ListSpecs", "&Name:"), optional=False, placeholder=N("ListSpecs", "As printed on the copy, in any script")),
        FieldSpec("organisation", N("ListSpecs", "&Organisation:")),
    ],
    N("ListSpecs", "New recipient"),
    N("ListSpecs", "recipient"),
    lambda text: Recipient(name=text),
)
CLEARANCE_SPEC = ListSpec(
    "clearances",
    [
        Column("name", N("ListColumns", "Cleared by"), optional=False),
        Column("office", N("ListColumns", "Office")),
        Column("status", N("ListColumns", "Status"), "enum", ClearanceStatus),
        Column("date", N("ListColumns", "Date"), "date"),
    ],
    [
        FieldSpec("name", N("ListSpecs", "Cleared &by:"), optional=False, placeholder=N("ListSpecs", "Name or post")),
        FieldSpec("office", N("ListSpecs", "O&ffice:")),
        FieldSpec("status", N("ListSpecs", "S&tatus:"), "enum", ClearanceStatus),
        FieldSpec("date", N("ListSpecs", "D&ate:"), "date"),
    ],
    N("ListSpecs", "New clearance"),
    N("ListSpecs", "clearance"),
    lambda text: Clearance(name=text),
)
"""Who cleared the brief: a table on the Contact and clearance page (not a
section of its own: the cover prints it)."""


def text_list_spec(key: str, column: str, new_text: str, noun: str) -> ListSpec:
    """A list of long-text items (``objectives``, ``their_objectives``):
    one column, the item itself, edited in the cell."""
    return ListSpec(key, [Column(None, column, optional=False)], [], new_text, noun, lambda text: text)
