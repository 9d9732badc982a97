"""The brief and its parts, as the format spec defines them.

``docs/brief-format.md`` is the contract; this module is its code,
for format version 2 (a version 1 file is a version 2 file with none of the
version 2 fields: see :mod:`briefer.model.fileformat`).

Every model keeps keys it does not know (``extra="allow"``) so that a file
from a newer minor release, or with a typo, loses nothing when it is saved
again; :func:`unknown_keys` lists them for warnings.

Values are stored as the user typed them.  Empty strings and empty lists are
"not filled in" and are normalised to ``None`` / ``[]`` so that a saved file
only carries what was filled in.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from .partial_date import PartialDate
from .text import describe_char, find_forbidden_char, normalize_newlines

# --------------------------------------------------------------------------
# Value types
# --------------------------------------------------------------------------


def _check_chars(value: str) -> str:
    bad = find_forbidden_char(value)
    if bad is not None:
        raise ValueError(f"contains the control character {describe_char(bad)}; remove it")
    return value


def _line(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    if "\n" in value or "\r" in value:
        raise ValueError("must be one line of text (it contains a line break)")
    _check_chars(value)
    return value if value.strip() else None


def _long(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    value = normalize_newlines(value)
    _check_chars(value)
    return value if value.strip() else None


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def _date(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise ValueError(f"must be a date written YYYY-MM-DD, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None


def _time(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise ValueError(f"must be a 24-hour time written HH:MM, not {value!r}")
    return dt.time(int(value[:2]), int(value[3:]))


Text = Annotated[str | None, BeforeValidator(_line)]
"""One line of text; blank means not filled in."""

LongText = Annotated[str | None, BeforeValidator(_long)]
"""Text with the light markup of :mod:`briefer.model.text`."""

Date = Annotated[
    dt.date | None,
    BeforeValidator(_date),
    PlainSerializer(lambda d: d.isoformat() if d else None, return_type=str | None),
]
Time = Annotated[
    dt.time | None,
    BeforeValidator(_time),
    PlainSerializer(lambda t: t.strftime("%H:%M") if t else None, return_type=str | None),
]


def _partial_date(value: Any) -> Any:
    return None if value is None or value == "" else PartialDate.validate(value)


OptionalPartialDate = Annotated[PartialDate | None, BeforeValidator(_partial_date)]
"""A timeline date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (format 2)."""

Marking = Text
"""A handling marking: a level of the template's marking scheme, optionally
followed by descriptors or caveats (``OFFICIAL-SENSITIVE PERSONAL``).  The
model keeps any text; which level it names is the scheme's business
(:mod:`briefer.templates.markings`)."""

# A BCP 47 tag, checked for its shape only: a language of 2–8 letters (or
# the prefix "x" of a private-use tag, or "i" of a grandfathered one), then
# subtags of 1–8 letters or digits.
_LANGUAGE_RE = re.compile(r"(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*")


def _language(value: Any) -> Any:
    checked = _line(value)
    if checked is None:
        return None
    if not _LANGUAGE_RE.fullmatch(checked):
        raise ValueError(f"must be a language tag such as ja, zh-Hant or ar, not {checked!r}")
    return checked


LanguageTag = Annotated[str | None, BeforeValidator(_language)]


def _copy_number(value: Any) -> Any:
    if value is None:
        return None
    if type(value) is not int or value < 1:
        raise ValueError(f"must be a whole number of 1 or more, not {value!r}")
    return value


CopyNumber = Annotated[int | None, BeforeValidator(_copy_number)]


def _required(value: Any) -> Any:
    checked = _line(value)
    if checked is None:
        raise ValueError("is required and must not be empty")
    return checked


RequiredText = Annotated[str, BeforeValidator(_required)]


def _text_list(value: Any) -> Any:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError("must be a list of text")
    out = []
    for i, item in enumerate(value):
        try:
            checked = _long(item)
        except ValueError as e:
            raise ValueError(f"item {i + 1} {e}") from None
        if checked is not None:
            out.append(checked)
    return out


TextList = Annotated[list[str], BeforeValidator(_text_list)]


def _none_to_list(value: Any) -> Any:
    return [] if value is None else value


# --------------------------------------------------------------------------
# Enumerations
# --------------------------------------------------------------------------


class Status(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class MeetingFormat(StrEnum):
    IN_PERSON = "in-person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"
    PHONE = "phone"


class Role(StrEnum):
    PRINCIPAL = "principal"
    MEMBER = "member"
    ADVISOR = "advisor"
    NOTETAKER = "notetaker"
    INTERPRETER = "interpreter"
    OBSERVER = "observer"
    OTHER = "other"


class Level(StrEnum):
    """Priority of a key point; likelihood and impact of a risk."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class IssueStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    RESOLVED = "resolved"


class ClearanceStatus(StrEnum):
    CLEARED = "cleared"
    CLEARED_WITH_COMMENTS = "cleared with comments"
    PENDING = "pending"
    NOT_CLEARED = "not cleared"


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------


class Part(BaseModel):
    """Base of every object in a brief: keeps unknown keys, validates on
    assignment so that the GUI cannot store what the file could not hold."""

    model_config = ConfigDict(extra="allow", validate_assignment=True, use_enum_values=False)

    @model_serializer(mode="wrap")
    def _drop_unfilled(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Known fields that are not filled in are not written; unknown keys
        are written back exactly as they were read."""
        data = handler(self)
        for name, info in type(self).model_fields.items():
            key = info.alias or name
            if data.get(key, 0) in (None, "", [], {}):
                del data[key]
        return data

    def unknown_keys(self, path: str = "") -> Iterator[str]:
        """Paths of keys this version does not know, e.g. ``participants[0].nickname``."""
        for key in self.model_extra or {}:
            yield f"{path}.{key}" if path else key
        for name in type(self).model_fields:
            value = getattr(self, name)
            sub = f"{path}.{name}" if path else name
            if isinstance(value, Part):
                yield from value.unknown_keys(sub)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, Part):
                        yield from item.unknown_keys(f"{sub}[{i}]")


class FilePart(Part):
    """The root object of a Briefer file (a brief, a trip book, a person).

    Keys beside the content in the file's envelope that this version does
    not know (say, a newer release's "generator") are not part of the
    content, but kept with it and written back on save, like every other
    unknown key.  A private attribute: copies carry it, dumps do not."""

    _envelope_extra: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def envelope_extra(self) -> dict[str, Any]:
        return self._envelope_extra

    @envelope_extra.setter
    def envelope_extra(self, value: dict[str, Any]) -> None:
        self._envelope_extra = dict(value)


MAX_PHOTO_BYTES = 2 * 1024 * 1024
_PHOTO_RE = re.compile(r"data:(image/png|image/jpeg);base64,(.*)", re.S)
_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


def decode_photo(uri: str) -> tuple[str, bytes]:
    """``(mime, bytes)`` of a photo data URI; ValueError says what is wrong."""
    m = _PHOTO_RE.fullmatch(uri)
    if not m:
        raise ValueError("must be a data URI of a PNG or JPEG image (data:image/png;base64,…)")
    mime = m.group(1)
    payload = re.sub(r"\s+", "", m.group(2))
    if len(payload) > (MAX_PHOTO_BYTES * 4) // 3 + 8:
        raise ValueError("is larger than 2 MiB; use a smaller photo")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not valid base64 data") from None
    if len(data) > MAX_PHOTO_BYTES:
        raise ValueError("is larger than 2 MiB; use a smaller photo")
    if not data.startswith(_MAGIC[mime]):
        raise ValueError(f"says {mime} but the data is not a {mime.split('/')[1].upper()} image")
    return mime, data


def _photo(value: Any) -> Any:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("must be a data URI of a PNG or JPEG image")
    decode_photo(value)
    return value


Photo = Annotated[str | None, BeforeValidator(_photo)]
"""A photo as a file holds it: a PNG or JPEG data URI of at most 2 MiB, or None."""


class Meeting(Part):
    date: Date = None
    start: Time = None
    end: Time = None
    timezone: Text = None
    home_timezone: Text = None
    """The principal's home zone (IANA name).  Not checked against the zone
    database here, so an unknown name never makes a file unopenable;
    :mod:`briefer.checks` warns about it."""
    location: Text = None
    format: MeetingFormat | None = None


class Participant(Part):
    name: RequiredText
    title: Text = None
    organization: Text = None
    delegation: Text = None
    role: Role | None = None
    pronunciation: Text = None
    bio: LongText = None
    photo: Photo = None
    person: Text = None
    """The id of the people-library entry this participant was taken from."""
    language: LanguageTag = None
    """How the name should print when its script alone cannot tell (``ja``)."""
    marking: Marking = None


class AgendaItem(Part):
    time: Text = None
    item: RequiredText
    place: Text = None
    """Where it happens (format 2): a visit's programme row."""
    lead: Text = None
    marking: Marking = None


class KeyPoint(Part):
    point: RequiredText
    detail: LongText = None
    priority: Level | None = None
    marking: Marking = None


class Stakeholder(Part):
    name: RequiredText
    position: LongText = None
    notes: LongText = None
    marking: Marking = None


class Risk(Part):
    risk: RequiredText
    detail: LongText = None
    likelihood: Level | None = None
    impact: Level | None = None
    mitigation: LongText = None
    owner: Text = None
    marking: Marking = None

    @property
    def severity(self) -> int:
        """1 (low × low) … 9 (high × high); 0 when not rated."""
        if self.likelihood is None or self.impact is None:
            return 0
        return LEVEL_RANK[self.likelihood] * LEVEL_RANK[self.impact]


LEVEL_RANK = {Level.LOW: 1, Level.MEDIUM: 2, Level.HIGH: 3}


class CarriedFrom(Part):
    """An earlier brief an open issue was carried from."""

    reference: Text = None
    date: Date = None

    @model_validator(mode="after")
    def _says_which(self) -> CarriedFrom:
        if self.reference is None and self.date is None:
            raise ValueError("needs the earlier brief's reference or date")
        return self


class HistoryEntry(Part):
    """What happened to an open issue, and when."""

    date: Date = None
    note: RequiredText


class OpenIssue(Part):
    issue: RequiredText
    detail: LongText = None
    owner: Text = None
    due: Date = None
    status: IssueStatus = IssueStatus.OPEN
    raised: Date = None
    carried_from: Annotated[list[CarriedFrom], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    """The earlier briefs it was carried from, oldest first."""
    history: Annotated[list[HistoryEntry], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    """What happened to it, oldest first."""
    marking: Marking = None

    @field_validator("status", mode="before")
    @classmethod
    def _default_status(cls, v: Any) -> Any:
        return IssueStatus.OPEN if v in (None, "") else v

    def is_overdue(self, on: dt.date | None) -> bool:
        return bool(on and self.due and self.due < on and self.status != IssueStatus.RESOLVED)


class TimelineEntry(Part):
    date: OptionalPartialDate = None
    event: RequiredText
    marking: Marking = None


class CustomSection(Part):
    title: RequiredText
    body: LongText = None
    marking: Marking = None


class Source(Part):
    title: RequiredText
    publisher: Text = None
    date: Date = None
    url: Text = None
    marking: Marking = None


class Decision(Part):
    """What the principal or the board is asked to decide."""

    decision: RequiredText
    recommendation: LongText = None
    marking: Marking = None


class Question(Part):
    """A likely question and the line to take."""

    question: RequiredText
    answer: LongText = None
    marking: Marking = None


class Recipient(Part):
    """One entry of the distribution list; ``copy`` is given on export when absent."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    name: RequiredText
    organisation: Text = None
    copy_number: CopyNumber = Field(default=None, alias="copy")
    """The file's ``copy`` (a name pydantic models already use)."""


class FollowedBrief(Part):
    """The brief this one follows up."""

    title: Text = None
    reference: Text = None
    date: Date = None
    file: Text = None


class Contact(Part):
    """The officer to call about the brief."""

    name: Text = None
    phone: Text = None
    email: Text = None


class Clearance(Part):
    """Who cleared the brief, and how."""

    name: RequiredText
    office: Text = None
    status: ClearanceStatus | None = None
    date: Date = None


class PortionMarkings(Part):
    """Markings of whole long-text and text-list fields of the brief."""

    summary: Marking = None
    purpose: Marking = None
    objectives: Marking = None
    their_objectives: Marking = None
    background: Marking = None


class Layout(Part):
    """The app's own choices for one brief (the spec leaves these keys to us).

    ``template``: the name of the template the brief was made from and is
    exported with; ``draft_watermark``: print DRAFT while the status is
    draft; ``page_size``/``sections``/``section_titles`` override the
    template for this brief only.  ``people``: for each people-library id
    a participant was filled from, the fingerprint of the library entry as
    it was then (:func:`briefer.people.link.fingerprint`), so the app can tell
    that the entry changed since; nothing printed depends on it.
    """

    template: Text = None
    page_size: Text = None
    draft_watermark: bool = True
    sections: list[str] | None = None
    section_titles: dict[str, str] = Field(default_factory=dict)
    people: dict[str, str] = Field(default_factory=dict)

    @field_validator("people", mode="before")
    @classmethod
    def _people(cls, value: Any) -> Any:
        if value is None:
            return {}
        if not isinstance(value, dict):
            return value  # pydantic says what is wrong
        for key, fingerprint in value.items():
            try:
                _line(key)
                _line(fingerprint)
            except ValueError as e:
                raise ValueError(f"the entry for {key!r} {e}") from None
        return value

    @field_validator("section_titles", mode="before")
    @classmethod
    def _titles(cls, value: Any) -> Any:
        """Titles are printed: the text rules apply to them as to any text."""
        if not isinstance(value, dict):
            return value  # pydantic says what is wrong
        out = {}
        for key, title in value.items():
            try:
                checked = _line(title)
            except ValueError as e:
                raise ValueError(f"the title for {key!r} {e}") from None
            if checked is not None:
                out[key] = checked
        return out


UNTITLED_TITLE = "Untitled brief"
"""What a new brief is called until the user names it."""


class Brief(FilePart):
    title: RequiredText
    subtitle: Text = None
    reference: Text = None
    marking: Text = None
    status: Status = Status.DRAFT
    prepared_by: Text = None
    prepared_for: Text = None
    prepared_on: Date = None
    meeting: Meeting = Field(default_factory=Meeting)
    summary: LongText = None
    purpose: LongText = None
    objectives: TextList = Field(default_factory=list)
    their_objectives: TextList = Field(default_factory=list)
    participants: Annotated[list[Participant], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    agenda: Annotated[list[AgendaItem], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    key_points: Annotated[list[KeyPoint], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    stakeholders: Annotated[list[Stakeholder], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    risks: Annotated[list[Risk], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    open_issues: Annotated[list[OpenIssue], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    background: LongText = None
    timeline: Annotated[list[TimelineEntry], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    sections: Annotated[list[CustomSection], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    sources: Annotated[list[Source], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    # Format version 2
    portion_markings: PortionMarkings = Field(default_factory=PortionMarkings)
    distribution: Annotated[list[Recipient], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    follows: FollowedBrief = Field(default_factory=FollowedBrief)
    contact: Contact = Field(default_factory=Contact)
    clearances: Annotated[list[Clearance], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    decisions: Annotated[list[Decision], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    questions: Annotated[list[Question], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    logistics: LongText = None
    layout: Layout = Field(default_factory=Layout)

    @field_validator("status", mode="before")
    @classmethod
    def _default_status(cls, v: Any) -> Any:
        return Status.DRAFT if v in (None, "") else v

    @field_validator("meeting", "layout", "portion_markings", "follows", "contact", mode="before")
    @classmethod
    def _none_to_empty(cls, v: Any) -> Any:
        return {} if v is None else v


# --------------------------------------------------------------------------
# Serialisation helpers shared by storage and the GUI
# --------------------------------------------------------------------------


def brief_to_data(brief: Brief) -> dict[str, Any]:
    """The JSON-ready content of a brief, in field order, unknown keys last."""
    data = brief.model_dump(mode="json")
    layout = data.get("layout")
    if layout is not None and layout.get("draft_watermark") is True:
        del layout["draft_watermark"]  # the default; keep files small
        if not layout:
            del data["layout"]
    return data
