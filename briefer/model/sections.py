"""The section catalogue: the sections of a brief, in one table.

Export prints headings and decides what is empty from it, the template model
checks section keys against it, the checks map a field to the page that
edits it, and the app's section list and editor pages are built from it.
A template's ``layout.section_titles`` and a brief's ``layout.section_titles``
override the default titles; ``layout.sections`` (template, then brief)
chooses which sections appear and in what order.

The cover (``"overview"``) is not movable: it is always printed first and is
never part of an order list.

Adding a section is one line in :data:`SECTIONS`, plus its editor in the app
and its printer in :mod:`briefer.export.compose`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .brief import Brief, CustomSection, PortionMarkings

OVERVIEW = "overview"
MEETING = "meeting"
DISTRIBUTION = "distribution"
"""The page of who gets a numbered copy: edited, never printed."""
CLEARANCE = "clearance"

_COVER_FIELDS = ("title", "subtitle", "reference", "marking", "status", "prepared_by", "prepared_for", "prepared_on")


@dataclass(frozen=True)
class SectionInfo:
    """One printed section.

    ``key`` as stored in templates and briefs; the default printed ``title``
    (also its label in the app); the brief ``fields`` whose content it
    prints (a section whose fields are all unfilled is left out); the
    ``page`` of the app that edits it; ``is_list`` when it is a list of rows
    (the app shows the row count); ``long_text`` when it is one long text,
    its one field (its text can move into an Other section)."""

    key: str
    title: str
    fields: tuple[str, ...]
    page: str
    is_list: bool = False
    long_text: bool = False


SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo(OVERVIEW, "Overview", (*_COVER_FIELDS, MEETING, "contact", "clearances"), OVERVIEW),
    SectionInfo("summary", "Summary", ("summary",), OVERVIEW, long_text=True),
    SectionInfo("decisions", "Decisions", ("decisions",), "decisions", is_list=True),
    SectionInfo("purpose", "Purpose", ("purpose",), OVERVIEW, long_text=True),
    SectionInfo("objectives", "Our objectives", ("objectives",), OVERVIEW),
    SectionInfo("their_objectives", "Their objectives", ("their_objectives",), OVERVIEW),
    SectionInfo("key_points", "Key points", ("key_points",), "key_points", is_list=True),
    SectionInfo("questions", "Questions and answers", ("questions",), "questions", is_list=True),
    SectionInfo("agenda", "Agenda", ("agenda",), "agenda", is_list=True),
    SectionInfo("participants", "Participants", ("participants",), "participants", is_list=True),
    SectionInfo("stakeholders", "Stakeholders", ("stakeholders",), "stakeholders", is_list=True),
    SectionInfo("risks", "Risks", ("risks",), "risks", is_list=True),
    SectionInfo("open_issues", "Open issues", ("open_issues",), "open_issues", is_list=True),
    SectionInfo("logistics", "Logistics", ("logistics",), "logistics", long_text=True),
    SectionInfo("background", "Background", ("background",), "background", long_text=True),
    SectionInfo("timeline", "Timeline", ("timeline",), "timeline", is_list=True),
    SectionInfo("sections", "Other sections", ("sections",), "sections", is_list=True),
    SectionInfo("sources", "Sources", ("sources",), "sources", is_list=True),
)
"""Every section in default order, the cover first."""

SECTION_INFO: dict[str, SectionInfo] = {s.key: s for s in SECTIONS}
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
DEFAULT_TITLES: dict[str, str] = {s.key: s.title for s in SECTIONS}
DEFAULT_ORDER: tuple[str, ...] = tuple(s.key for s in SECTIONS if s.key != OVERVIEW)
"""The body sections in their default order (the cover is always first)."""
ORDERABLE_KEYS = frozenset(DEFAULT_ORDER)


@dataclass(frozen=True)
class PageInfo:
    """One editing page of the app: its ``key``, its label, the top-level
    brief ``fields`` it edits and whether it is a list of rows."""

    key: str
    title: str
    fields: tuple[str, ...]
    is_list: bool = False


PAGES: tuple[PageInfo, ...] = (
    PageInfo(
        OVERVIEW,
        "Overview",
        (
            *_COVER_FIELDS,
            *(f for s in SECTIONS if s.page == OVERVIEW and s.key != OVERVIEW for f in s.fields),
            "portion_markings",
            "layout",
        ),
    ),
    PageInfo(MEETING, "Meeting", (MEETING,)),
    PageInfo(CLEARANCE, "Contact and clearance", ("contact", "clearances")),
    *(PageInfo(s.key, s.title, s.fields, s.is_list) for s in SECTIONS if s.page == s.key and s.key != OVERVIEW),
    PageInfo(DISTRIBUTION, "Distribution", ("distribution",), is_list=True),
)
"""The app's editing pages in display order: the cover and opening texts,
the meeting, the contact officer and clearances (printed on the cover), then
one page per section edited on a page of its own, then the distribution
list."""

PAGE_KEYS: tuple[str, ...] = tuple(p.key for p in PAGES)
PAGE_INFO: dict[str, PageInfo] = {p.key: p for p in PAGES}
PAGE_OF_FIELD: dict[str, str] = {field: p.key for p in PAGES for field in p.fields}
"""Top-level brief field → the page that edits it."""


def section_is_filled(brief: Brief, key: str) -> bool:
    """True when ``brief`` has something to print in the body section ``key``
    (custom sections count only with a body)."""
    if key == "sections":
        return any(s.body for s in brief.sections)
    value = getattr(brief, key)
    return bool(value.strip() if isinstance(value, str) else value)


def resolve_order(*orders: Iterable[str] | None) -> list[str]:
    """The body sections to print, in order: the last order given that is
    not None wins (pass the template's, then the brief's).  Unknown keys,
    repeats and ``"overview"`` are dropped, so an old or hand-edited list
    never breaks an export."""
    chosen: Iterable[str] = DEFAULT_ORDER
    for order in orders:
        if order is not None:
            chosen = order
    out: list[str] = []
    for key in chosen:
        if key in ORDERABLE_KEYS and key not in out:
            out.append(key)
    return out


LONG_TEXT_SECTIONS: tuple[str, ...] = tuple(s.key for s in SECTIONS if s.long_text)
"""The sections that are one long text (summary, purpose, logistics,
background): their text can move into an Other section."""


def moved_to_other_section(brief: Brief, key: str, title: str) -> Brief:
    """A copy of ``brief`` with the text of the long-text section ``key``
    moved into a new Other section called ``title`` at the end, with the
    marking the text had (its own portion marking; none when it had the
    brief's)."""
    if key not in LONG_TEXT_SECTIONS:
        raise ValueError(f"{key!r} is not a long-text section; choose one of {', '.join(LONG_TEXT_SECTIONS)}")
    out = brief.model_copy(deep=True)
    text = getattr(out, key)
    marking = getattr(out.portion_markings, key) if key in PortionMarkings.model_fields else None
    setattr(out, key, None)
    if key in PortionMarkings.model_fields:
        setattr(out.portion_markings, key, None)
    out.sections.append(CustomSection(title=title, body=text, marking=marking))
    return out


def resolve_titles(*overrides: Mapping[str, str] | None) -> dict[str, str]:
    """Section key → printed title: the defaults, overridden in turn by each
    mapping given (template's, then brief's).  Blank titles are ignored."""
    titles = dict(DEFAULT_TITLES)
    for mapping in overrides:
        for key, title in (mapping or {}).items():
            if key in titles and isinstance(title, str) and title.strip():
                titles[key] = title.strip()
    return titles


__all__ = [
    "LONG_TEXT_SECTIONS",
    "moved_to_other_section",
    "OVERVIEW",
    "MEETING",
    "DISTRIBUTION",
    "CLEARANCE",
    "SectionInfo",
    "SECTIONS",
    "SECTION_INFO",
    "SECTION_KEYS",
    "DEFAULT_TITLES",
    "DEFAULT_ORDER",
    "ORDERABLE_KEYS",
    "PageInfo",
    "PAGES",
    "PAGE_KEYS",
    "PAGE_INFO",
    "PAGE_OF_FIELD",
    "resolve_order",
    "resolve_titles",
    "section_is_filled",
]
