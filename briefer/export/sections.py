"""The sections of a brief: their keys, default titles and default order.

One source of truth: the template model validates section keys against
this registry, :mod:`briefer.export.compose` prints headings from it and the
GUI's section list reuses the same keys, titles and order.  A template's
``layout.section_titles`` and a brief's ``layout.section_titles`` override
the default titles; ``layout.sections`` (template, then brief) chooses which
sections appear and in what order.

The cover (``"overview"``) is not movable: it is always printed first and is
never part of an order list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

OVERVIEW = "overview"


@dataclass(frozen=True)
class SectionInfo:
    """One section: ``key`` as stored in templates and briefs, the default
    printed ``title``, and the brief ``fields`` whose content it prints
    (empty sections, those whose fields are all unfilled, are left out)."""

    key: str
    title: str
    fields: tuple[str, ...]


SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo(
        OVERVIEW,
        "Overview",
        ("title", "subtitle", "reference", "marking", "status", "prepared_by", "prepared_for", "prepared_on", "meeting"),
    ),
    SectionInfo("summary", "Summary", ("summary",)),
    SectionInfo("purpose", "Purpose", ("purpose",)),
    SectionInfo("objectives", "Our objectives", ("objectives",)),
    SectionInfo("their_objectives", "Their objectives", ("their_objectives",)),
    SectionInfo("participants", "Participants", ("participants",)),
    SectionInfo("agenda", "Agenda", ("agenda",)),
    SectionInfo("key_points", "Key points", ("key_points",)),
    SectionInfo("stakeholders", "Stakeholders", ("stakeholders",)),
    SectionInfo("risks", "Risks", ("risks",)),
    SectionInfo("open_issues", "Open issues", ("open_issues",)),
    SectionInfo("background", "Background", ("background",)),
    SectionInfo("timeline", "Timeline", ("timeline",)),
    SectionInfo("sections", "Other sections", ("sections",)),
    SectionInfo("sources", "Sources", ("sources",)),
)
"""Every section in default order, the cover first."""

SECTION_INFO: dict[str, SectionInfo] = {s.key: s for s in SECTIONS}
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
DEFAULT_TITLES: dict[str, str] = {s.key: s.title for s in SECTIONS}
DEFAULT_ORDER: tuple[str, ...] = tuple(s.key for s in SECTIONS if s.key != OVERVIEW)
"""The body sections in their default order (the cover is always first)."""
ORDERABLE_KEYS = frozenset(DEFAULT_ORDER)


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
    "OVERVIEW",
    "SectionInfo",
    "SECTIONS",
    "SECTION_INFO",
    "SECTION_KEYS",
    "DEFAULT_TITLES",
    "DEFAULT_ORDER",
    "ORDERABLE_KEYS",
    "resolve_order",
    "resolve_titles",
]
