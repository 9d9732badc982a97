"""A trip book on the layout tree: several briefs become one :class:`~.layout.LayoutTree`.

Each brief is composed as it would print alone; :func:`compose_book` then
puts them into one document, so the existing writers print the whole book
in one pass and everything that runs through a document runs through the
book: page numbers ("Page 17 of 42"), the contents, bookmarks.

The book holds, in order:

* a cover (the book's title, subtitle, who it is for, the dates);
* the day-by-day programme, whose rows link to their briefs;
* one contents (each brief, with its sections below);
* every brief, each starting on a new page: its title becomes a level-1
  heading (a bookmark ``brief_N`` the programme links to), its own
  headings move one level down so they sit under it in the bookmarks and
  the contents, and its own contents are dropped.

On every page: the highest marking of the book and all its briefs under
the first brief's marking scheme, and DRAFT while any brief is a draft.

A releasable book (``release_at``) is made of each brief's releasable
version, composed by :func:`.compose.compose` as a single brief's is; its
banner is the highest marking those versions hold.
The page, style and running header are the first brief's template's, with
the book's title in the header.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..model.book import Book
from ..model.brief import Brief
from ..model.dates import long_date, weekday_date
from ..templates.markings import ReleaseRefused, at_or_below, highest, level_of, release_level, releasable
from ..templates.model import Template
from .compose import LABELS, compose, short_title
from .layout import (
    Cell,
    Column,
    Heading,
    KeyValue,
    LayoutBlock,
    LayoutTree,
    PageBreak,
    Para,
    Rule,
    Run,
    Table,
    TableOfContents,
)
from .unbroken import all_markings

PROGRAMME_TITLE = "Programme"
UNDATED = "Not yet dated"


def brief_anchor(n: int) -> str:
    """The bookmark of the ``n``-th brief (from 1), as PDF and Word name it."""
    return f"brief_{n}"


def _brief_blocks(doc: LayoutTree, n: int, title: str) -> list[LayoutBlock]:
    """A composed brief's blocks as a part of the book."""
    # The contents end with a page break, so the first brief needs none of its own.
    out: list[LayoutBlock] = [PageBreak()] if n > 1 else []
    out.append(Heading(title, 1, brief_anchor(n)))
    title_dropped = False
    for block in doc.blocks:
        if isinstance(block, TableOfContents):
            continue
        if not title_dropped and isinstance(block, Para) and block.style == "title":
            title_dropped = True  # the heading above replaces it
            continue
        if isinstance(block, Heading):
            block = Heading(block.text, block.level + 1, f"b{n}_{block.key}" if block.key else "", block.listed)
        out.append(block)
    return out


def _programme(book: Book, titles: list[str]) -> list[LayoutBlock]:
    if not book.programme:
        return []
    days: dict[dt.date | None, list[int]] = {}
    for i, row in enumerate(book.programme):
        days.setdefault(row.date, []).append(i)
    ordered = sorted(days, key=lambda d: (d is None, d or dt.date.min))
    out: list[LayoutBlock] = [Heading(PROGRAMME_TITLE, 1, "programme")]
    for day in ordered:
        out.append(Heading(weekday_date(day) if day else UNDATED, 2, f"programme_{day.isoformat() if day else 'undated'}"))
        rows = []
        for i in sorted(days[day], key=lambda i: (book.programme[i].time is None, book.programme[i].time or dt.time())):
            row = book.programme[i]
            brief_cell = Cell()
            if row.brief is not None and row.brief < len(titles):
                n = row.brief + 1
                brief_cell = Cell([Para((Run(f"{n}. {short_title(titles[row.brief], 40)}", url=f"#{brief_anchor(n)}"),))])
            rows.append(
                [
                    Cell([Para((Run(row.time.strftime("%H:%M")),))] if row.time else []),
                    Cell([Para((Run(row.item.strip()),))]),
                    brief_cell,
                ]
            )
        out.append(Table([Column("Time", 1.2), Column("Item", 5), Column("Brief", 3)], rows))
    return out


def _cover(book: Book, briefs: list[Brief]) -> list[LayoutBlock]:
    out: list[LayoutBlock] = [Para((Run(book.title.strip()),), style="title")]
    if book.subtitle:
        out.append(Para((Run(book.subtitle.strip()),), style="subtitle"))
    dates = sorted({d for d in [*(r.date for r in book.programme), *(b.meeting.date for b in briefs)] if d})
    rows = []
    if book.prepared_for:
        rows.append(("Prepared for", (Run(book.prepared_for.strip()),)))
    if dates:
        span = long_date(dates[0]) if dates[0] == dates[-1] else f"{long_date(dates[0])} – {long_date(dates[-1])}"
        rows.append(("Dates", (Run(span),)))
    rows.append(("Briefs", (Run(str(len(briefs))),)))
    out += [KeyValue(rows), Rule()]
    return out


def check_book_release(book: Book, briefs: list[Brief], templates: list[Template], release_at: str) -> None:
    """Refuse (:class:`~briefer.templates.markings.ReleaseRefused`, one
    sentence naming the brief) a releasable book that cannot be made: a
    level that is not one of a brief's scheme, a brief marked above it or
    holding a marking outside its scheme (the rules of
    :func:`~briefer.templates.markings.releasable`), or a book whose own
    marking is above the level or names no level of the first brief's
    scheme (the banner's)."""
    scheme = templates[0].scheme
    level = release_level(release_at, scheme)
    marking = (book.marking or "").strip()
    if marking and level_of(marking, scheme) is None:
        raise ReleaseRefused(
            f"the book's marking “{marking}” names no level of the {scheme.name} scheme ({', '.join(scheme.names())})"
        )
    if marking and not at_or_below(marking, level, scheme):
        raise ReleaseRefused(
            f"the book itself is marked {marking}, above {level.name}: its cover and programme may not go to "
            f"that reader; lower the book's marking"
        )
    for n, (brief, template) in enumerate(zip(briefs, templates), start=1):
        try:
            releasable(brief, release_level(release_at, template.scheme), template.scheme)
        except ReleaseRefused as e:
            raise ReleaseRefused(f"brief {n} (“{short_title(brief.title.strip(), 40)}”): {e}") from None


def compose_book(
    book: Book,
    briefs: list[Brief],
    templates: list[Template],
    *,
    today: dt.date | None = None,
    release_at: str | None = None,
) -> LayoutTree:
    """The layout tree of ``book`` whose briefs, in order, are ``briefs``,
    each printed with the template at the same place in ``templates``.

    ``release_at``: the releasable book for a reader at that level: each
    brief is composed as its own releasable version (:func:`.compose.compose`
    with ``release_at``, against its template's scheme), so nothing marked
    above the level is anywhere in the book.  Refused
    (:class:`~briefer.templates.markings.ReleaseRefused`, naming the brief)
    when the book or any brief cannot be released at that level."""
    if not briefs or len(briefs) != len(templates):
        raise ValueError("a book needs its briefs, each with its template")
    if release_at is not None:
        check_book_release(book, briefs, templates, release_at)
    docs = [compose(b, t, today=today, release_at=release_at) for b, t in zip(briefs, templates)]
    titles = [b.title.strip() for b in briefs]
    blocks: list[LayoutBlock] = [*_cover(book, briefs), *_programme(book, titles), TableOfContents(LABELS["contents"])]
    for n, (doc, title) in enumerate(zip(docs, titles), start=1):
        blocks += _brief_blocks(doc, n, title)
    markings = [book.marking, *(d.marking for d in docs)]
    marking = highest(markings, templates[0].scheme) or next((m.strip() for m in markings if m and m.strip()), None)
    first = docs[0]
    header = short_title(book.title)
    return replace(
        first,
        title=book.title.strip(),
        blocks=blocks,
        subject=book.subtitle.strip() if book.subtitle else None,
        author=None,
        marking=marking,
        markings=all_markings([(book.marking,), *(d.markings for d in docs)]),
        watermark=next((d.watermark for d in docs if d.watermark), None),
        header_text=header,
        toc_min_pages=0,
    )


__all__ = ["PROGRAMME_TITLE", "brief_anchor", "check_book_release", "compose_book"]
