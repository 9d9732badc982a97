"""The brief model: pydantic classes for the `.brief` format, its text rules
and markup, and the envelope with versions.  No Qt, no writers, no files."""

from .brief import (
    LEVEL_RANK,
    AgendaItem,
    Brief,
    CarriedFrom,
    Clearance,
    ClearanceStatus,
    Contact,
    Decision,
    FollowedBrief,
    HistoryEntry,
    PortionMarkings,
    Question,
    Recipient,
    CustomSection,
    IssueStatus,
    KeyPoint,
    Layout,
    Level,
    Meeting,
    MeetingFormat,
    OpenIssue,
    Participant,
    Part,
    Risk,
    Role,
    Source,
    Stakeholder,
    Status,
    UNTITLED_TITLE,
    TimelineEntry,
    decode_photo,
)
from .partial_date import PartialDate
from .fileformat import (
    CURRENT_VERSION,
    FORMAT_NAME,
    BriefFileError,
    LoadedBrief,
    Problem,
    brief_from_bytes,
    brief_to_bytes,
    problems_from_validation,
)
from .text import TextList, TextParagraph, Span, parse_inline, parse_long_text, plain_text, word_count

__all__ = [name for name in dir() if not name.startswith("_")]
