"""What goes on the page: a brief and a template become a :class:`LayoutTree`.

Every decision about *what* is printed is made here, once, for every
writer: which sections appear and in what order, their titles, how
participants are grouped, how risks are sorted and mapped, which open
issues are overdue, how dates and times read.  The writers
(``pdf.py``, ``docx.py``) only decide how each node looks.

Rules that hold for every brief:

* Empty sections are left out entirely (no empty headings).
* Every piece of user text in a printed section appears in the document
  exactly as typed, modulo the long-text markup delimiters and leading and
  trailing white space.  Text is data: nothing here interprets it.
* The template chooses sections, order, titles, page and style; the brief's
  own ``layout`` (sections, section titles, page size) overrides it.  The
  template's marking only prefills new briefs: the brief's marking is the
  one printed.
* A custom section is printed only when its body is filled in (a template
  may prefill titles such as "Defensive lines" as placeholders).
* Timeline: entries in the order the author put them, dated or not; a date
  prints as precisely as it was given ("2025", "Nov 2025", "10 Nov 2025").
* Markings (:mod:`briefer.templates.markings`): the banner printed on every
  page and in the metadata is the highest of the brief's marking and the
  markings of the portions printed.  A *releasable version* at a level
  (``release_at``) is composed from :func:`~briefer.templates.markings.releasable`,
  a copy of the brief without the portions above it, so nothing dropped
  ever reaches a writer, and numbers (risks, key points, custom sections,
  contents) run over what the version holds.  When the template asks
  (``layout.portion_marks``; on by default for the us scheme) each portion
  starts with its level's short form: "(S) ".
* A template's page budget is a layout goal: :data:`COMPACTION_STEPS` are
  the ways compose squeezes a brief, gentlest first, and every step that
  leaves something out says so in :attr:`LayoutTree.left_out`.  Which step is
  needed is measured by the PDF writer (see :mod:`.budget`); both writers
  print the tree of that step, so Word and PDF hold the same content.

Dates read as :mod:`briefer.model.dates` says.  Each body section is printed
by the method :data:`SECTION_PRINTERS` names for its key.
"""

from __future__ import annotations

import colorsys
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from ..images import CleanImage, printable_image
from ..model.brief import (
    LEVEL_RANK,
    Brief,
    CarriedFrom,
    Clearance,
    ClearanceStatus,
    OpenIssue,
    IssueStatus,
    Level,
    MeetingFormat,
    OpenIssue,
    Participant,
    Risk,
    Role,
    decode_photo,
)
from ..model.dates import long_date, short_date, weekday_date
from ..model.times import convert_time, time_text, zone_city, zone_named
from ..model.followup import carried_too_often, open_since
from ..model.labels import ENUM_LABELS
from ..model.sections import resolve_order, resolve_titles
from ..model.text import Span, TextList, TextParagraph, parse_inline, parse_long_text
from ..templates.effective_layout import effective_layout
from ..templates.markings import (
    FieldPath,
    banner,
    effective_marking,
    level_of,
    marking_paths,
    portions,
    release_level,
    releasable,
)
from ..templates.model import Template
from ..templates.style import Style
from .layout import (
    LayoutBlock,
    Cell,
    Column,
    LayoutTree,
    Heading,
    ImageBlock,
    Inline,
    KeyValue,
    ListBlock,
    PageSetup,
    Para,
    ParaStyle,
    Point,
    PointList,
    Rule,
    Run,
    Runs,
    Table,
    TableOfContents,
)
from .looks import PAGE_LABEL, looks_for, paper_mm
from .scripts import base_direction
from .unbroken import all_markings

LABELS = {"page": PAGE_LABEL, "contents": "Contents"}
OMITS_MATERIAL = "This version omits material marked above {level}."
"""Printed under the cover of a releasable version only when the template
asks for it (``layout.release_note``): otherwise nothing says that
anything was left out."""

FORMAT_LABELS = ENUM_LABELS[MeetingFormat]
ROLE_LABELS: dict[StrEnum, str | None] = {**ENUM_LABELS[Role], Role.OTHER: None}  # "Other" tells the reader nothing
LEVEL_LABELS = ENUM_LABELS[Level]
ISSUE_STATUS_LABELS = ENUM_LABELS[IssueStatus]
CLEARANCE_LABELS = ENUM_LABELS[ClearanceStatus]
OTHER_PARTICIPANTS = "Other participants"

PHOTO_WIDTH_MM = 22.0
PHOTO_THUMB_MM = 11.0
"""A photo's width in the compact who's who."""
BIOGRAPHIES = "Annex: biographies"
PHOTO_MAX_HEIGHT_MM = 30.0
LOGO_HEIGHT_MM = 14.0
LOGO_MAX_WIDTH_MM = 60.0
HEADER_LOGO_HEIGHT_MM = 7.0
HEADER_LOGO_MAX_WIDTH_MM = 30.0
SHORT_TITLE_CHARS = 60
LINK_SCHEMES = ("http://", "https://", "mailto:")
LABEL_SEPARATOR = "\u00a0·\u00a0"
"""Before a small label after a name or point: no-break spaces keep the dot
and the label on the line of the text's last word."""


def label_tag(label: str) -> str:
    """`` · High priority`` with no-break spaces: the tag prints whole, on the
    line of the last word it follows, never a "·" at a line end or a label
    wrapped alone."""
    return LABEL_SEPARATOR + label.replace(" ", "\u00a0")


# --------------------------------------------------------------------------
# Formatting of values
# --------------------------------------------------------------------------


def short_title(title: str, limit: int = SHORT_TITLE_CHARS) -> str:
    """The title cut at a word boundary near ``limit`` characters, with "…"."""
    title = title.strip()
    if len(title) <= limit:
        return title
    cut = title[:limit]
    space = cut.rfind(" ")
    if space >= limit // 2:  # scripts without spaces are cut hard
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def _span_text(start: dt.time | None, end: dt.time | None) -> str | None:
    if start and end:
        return f"{time_text(start)}–{time_text(end)}"
    if start:
        return time_text(start)
    if end:
        return f"until {time_text(end)}"
    return None


_DAY_SHIFT = {-1: ", the day before", 1: ", the next day"}


def meeting_time_text(brief: Brief, today: dt.date) -> str | None:
    """The cover's time: in the meeting's zone, and in the principal's home
    zone when it differs, zones named by their cities:
    "10:00–11:00 Jerusalem (08:00–09:00 London)".  None without a time (a
    zone alone says nothing)."""
    m = brief.meeting
    here = _span_text(m.start, m.end)
    if here is None:
        return None
    zone_name = (m.timezone or "").strip()
    if not zone_name:
        return here
    text = f"{here} {zone_city(zone_name)}"
    home_name = (m.home_timezone or "").strip()
    zone, home = zone_named(zone_name), zone_named(home_name)
    if zone is None or home is None or zone_city(home_name) == zone_city(zone_name):
        return text
    on = m.date or today  # the offset on the day (summer time)
    if zone.utcoffset(dt.datetime.combine(on, m.start or m.end)) == home.utcoffset(  # type: ignore[arg-type]
        dt.datetime.combine(on, m.start or m.end)  # type: ignore[arg-type]
    ):
        return text  # the same clock: one time says it
    converted = [convert_time(on, t, zone, home) if t else None for t in (m.start, m.end)]
    there = _span_text(*(c[0] if c else None for c in converted))
    shift = next((c[1] for c in converted if c), 0)
    return f"{text} ({there} {zone_city(home_name)}{_DAY_SHIFT.get(shift, '')})"


def contact_text(brief: Brief) -> str | None:
    """"Sarah Levy, +44 20 7946 0000, sarah.levy@example.org" or None."""
    c = brief.contact
    parts = [x.strip() for x in (c.name, c.phone, c.email) if x and x.strip()]
    return ", ".join(parts) if parts else None


def clearance_text(clearance: Clearance) -> str:
    """"Head of MENAD, FCDO (cleared with comments, 9 Nov 2025)"."""
    who = clearance.name.strip()
    if clearance.office and clearance.office.strip():
        who += f", {clearance.office.strip()}"
    how = [CLEARANCE_LABELS[clearance.status].lower() if clearance.status else None,
           short_date(clearance.date) if clearance.date else None]
    said = ", ".join(x for x in how if x)
    return f"{who} ({said})" if said else who


def colour_name(hex_colour: str) -> str:
    """A plain English name for a fill (``#FCE8B2`` → ``amber``), so a
    caption can say what the reader sees."""
    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    if sat < 0.15 or max(r, g, b) - min(r, g, b) < 0.06:
        return "grey"
    degrees = hue * 360
    for limit, name in ((15, "red"), (38, "orange"), (65, "amber"), (170, "green"), (200, "teal"), (260, "blue"), (330, "purple")):
        if degrees < limit:
            return name
    return "red"


def severity_words(fills: tuple[str, str, str]) -> str:
    """"green low, amber medium, red high" for the template's three fills;
    by lightness when two share a name."""
    names = [colour_name(f) for f in fills]
    if len(set(names)) < 3:
        names = ["light", "medium", "dark"]
    return ", ".join(f"{name} {level}" for name, level in zip(names, ("low", "medium", "high")))


def severity_bucket(severity: int) -> int | None:
    """0 low (1–2), 1 medium (3–4), 2 high (6–9); None when not rated."""
    if severity <= 0:
        return None
    return 0 if severity <= 2 else 1 if severity <= 4 else 2


# --------------------------------------------------------------------------
# Text → runs and blocks
# --------------------------------------------------------------------------


def _runs(spans: Iterable[Span]) -> Runs:
    return tuple(Run(s.text, bold=s.bold, italic=s.italic) for s in spans)


def inline_runs(text: str) -> Runs:
    """One item of markup text (an objective) as runs."""
    return _runs(parse_inline(text.strip()))


def text_blocks(text: str | None, style: ParaStyle = "body") -> list[Inline]:
    """Long text as paragraphs and lists."""
    out: list[Inline] = []
    for block in parse_long_text(text):
        if isinstance(block, TextParagraph):
            out.append(Para(_runs(block.spans), style=style))
        elif isinstance(block, TextList):
            out.append(ListBlock([_runs(item) for item in block.items], ordered=block.ordered, start=block.start))
    return out


def _plain(text: str | None) -> Runs:
    return (Run(text.strip()),) if text and text.strip() else ()


def _cell(*blocks: Inline | None, fill: str | None = None, align: str = "start", bold: bool = False) -> Cell:
    return Cell([b for b in blocks if b is not None], fill=fill, align=align, bold=bold)  # type: ignore[arg-type]


def _text_cell(text: str | None, **kw) -> Cell:
    runs = _plain(text)
    return _cell(Para(runs) if runs else None, **kw)


def _image_size_mm(size: CleanImage, width_mm: float, max_height_mm: float) -> tuple[float, float]:
    """(width, height) in mm at ``width_mm`` keeping the aspect ratio, capped
    at ``max_height_mm``."""
    w, h = size.width_px, size.height_px
    height = width_mm * h / w
    if height > max_height_mm:
        return max_height_mm * w / h, max_height_mm
    return width_mm, height


def _image(uri: str | None, width_mm: float, max_height_mm: float) -> ImageBlock | None:
    if not uri:
        return None
    try:
        _, data = decode_photo(uri)
    except ValueError:
        return None  # the model refuses these; never fail an export over a photo
    printable = printable_image(data)
    if printable is None:
        return None
    return ImageBlock(printable.data, *_image_size_mm(printable, width_mm, max_height_mm))


def _drop_empty_columns(columns: list[Column], rows: list[list[Cell]], keep: set[int]) -> tuple[list[Column], list[list[Cell]]]:
    """Leave out columns no row has anything in (except those in ``keep``)."""
    used = [i for i in range(len(columns)) if i in keep or any(row[i].blocks for row in rows)]
    return [columns[i] for i in used], [[row[i] for i in used] for row in rows]


# --------------------------------------------------------------------------
# Compaction (page budgets)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Compaction:
    """How hard compose squeezes a brief into its template's page budget."""

    tighter_spacing: bool = False  # less space between lines, paragraphs and sections
    one_line_people: bool = False  # a participant is one line: no bio, photo or pronunciation
    top_rows: int | None = None  # only this many risks and open issues, the most pressing
    short_points: bool = False  # key points, risks and issues without their detail; risks without mitigation and owner
    short_cover: bool = False  # the cover's facts without the meeting's format, who prepared the brief and when


COMPACTION_STEPS: tuple[Compaction, ...] = (
    Compaction(),
    Compaction(tighter_spacing=True),
    Compaction(tighter_spacing=True, one_line_people=True),
    Compaction(tighter_spacing=True, one_line_people=True, top_rows=5),
    Compaction(tighter_spacing=True, one_line_people=True, top_rows=3, short_points=True),
    Compaction(tighter_spacing=True, one_line_people=True, top_rows=3, short_points=True, short_cover=True),
)
"""Gentlest first; each step keeps everything the one before it does not
leave out.  Empty sections are never printed, at any step."""

TIGHTER_LINE_SPACING = 0.92  # times the style's line spacing
TIGHTER_PARAGRAPH_SPACE = 0.5  # times the style's space after a paragraph and before a heading


def _tighter(style: Style) -> Style:
    return style.with_(
        line_spacing=max(1.1, style.line_spacing * TIGHTER_LINE_SPACING),
        paragraph_space_pt=style.paragraph_space_pt * TIGHTER_PARAGRAPH_SPACE,
        heading_space_before_pt=style.heading_space_before_pt * TIGHTER_PARAGRAPH_SPACE,
    )


def _issue_urgency(issue: OpenIssue, today: dt.date, meeting: dt.date | None) -> tuple[bool, bool, bool, dt.date]:
    """Sort key, most pressing first: overdue, then due before the meeting,
    then open before resolved, then the earliest due date."""
    return (
        not issue.is_overdue(today),
        not issue.is_overdue(meeting),
        issue.status == IssueStatus.RESOLVED,
        issue.due or dt.date.max,
    )


def _more(n: int, one: str, many: str) -> str:
    return f"{n} more {one if n == 1 else many} in the full brief."


def _are(n: int) -> str:
    return f"{n} more {'is' if n == 1 else 'are'}"


# --------------------------------------------------------------------------
# Composer
# --------------------------------------------------------------------------


class _Composer:
    def __init__(
        self, brief: Brief, template: Template, today: dt.date, compaction: Compaction, release_at: str | None = None
    ):
        self.scheme = template.scheme
        self.release = None if release_at is None else release_level(release_at, self.scheme)
        self.brief = brief if self.release is None else releasable(brief, self.release, self.scheme)
        self.layout = effective_layout(template, self.brief)
        self.compaction = compaction
        self.style: Style = self.layout.build_style()
        if compaction.tighter_spacing:
            self.style = _tighter(self.style)
        self.today = today
        self.left_out: list[str] = []
        self.annex: list[LayoutBlock] = []
        """Blocks printed after every section (the biographies of a compact who's who)."""
        self.direction: Literal["ltr", "rtl"] = "rtl" if base_direction(brief.title.strip()) == "rtl" else "ltr"
        """The brief's own direction (its title's): a participant's line keeps
        it whatever script the name is in."""
        wanted = self.layout.portion_marks
        self.portion_marks = self.scheme.key == "us" if wanted is None else wanted

    # ---- markings ---------------------------------------------------------

    def _printed(self, path: FieldPath) -> bool:
        """Whether the portion at ``path`` is printed with this layout."""
        key = str(path[0])
        if key not in self.layout.sections:
            return False
        if key == "sections":  # a custom section prints only with a body
            return bool(text_blocks(self.brief.sections[int(path[1])].body))
        return True

    def banner(self) -> str | None:
        """The highest of the brief's marking and the printed portions' markings."""
        printed = [path for path, _ in portions(self.brief) if self._printed(path)]
        marking = banner(self.brief, self.scheme, printed)
        return marking.strip() if marking and marking.strip() else None

    def markings(self) -> tuple[str, ...]:
        """Every handling marking the brief's text may hold: its scheme's
        level names, the brief's and its portions' markings and the
        template's own (no line may break inside their words)."""
        return all_markings(
            (self.scheme.names(), (marking for _, marking in marking_paths(self.brief)), (self.layout.marking,))
        )

    def mark(self, portion: object) -> Runs:
        """The portion mark, "(S) ", that starts ``portion`` (a list item or
        a ``portion_markings`` field name) when the template prints them."""
        if not self.portion_marks:
            return ()
        level = level_of(effective_marking(portion, self.brief), self.scheme)  # type: ignore[arg-type]
        return (Run(f"({level.short})\u00a0", bold=True),) if level is not None else ()

    def marked(self, blocks: list[Inline], portion: object) -> list[Inline]:
        """``blocks`` with every paragraph and list item starting with the portion mark."""
        mark = self.mark(portion)
        if not mark:
            return blocks
        for block in blocks:
            if isinstance(block, Para):
                block.runs = mark + block.runs
            elif isinstance(block, ListBlock):
                block.items = [mark + item for item in block.items]
        return blocks

    # ---- whole document ---------------------------------------------------

    def layout_tree(self) -> LayoutTree:
        b, layout = self.brief, self.layout
        blocks: list[LayoutBlock] = self.cover()
        cover_end = len(blocks)
        titles = resolve_titles(layout.section_titles)
        for key in resolve_order(layout.sections):
            blocks.extend(self.section(key, titles[key]))
        blocks.extend(self.annex)

        m = layout.margins_mm
        header = short_title(b.title)
        if b.reference:
            header += f" · {b.reference.strip()}"
        date = b.meeting.date
        doc = LayoutTree(
            title=b.title.strip(),
            blocks=blocks,
            style=self.style,
            page=PageSetup(
                size=layout.page_size,
                margin_top_mm=m.top,
                margin_bottom_mm=m.bottom,
                margin_left_mm=m.left,
                margin_right_mm=m.right,
            ),
            subject=(b.subtitle.strip() if b.subtitle else f"Briefing for {weekday_date(date)}" if date else None),
            author=b.prepared_by.strip() if b.prepared_by else None,
            marking=self.banner(),
            markings=self.markings(),
            watermark="DRAFT" if b.status == "draft" and layout.draft_watermark else None,
            header_text=header,
            date=b.prepared_on or date,
            toc_min_pages=layout.toc_min_pages,
            labels=dict(LABELS),
            reference_docx=layout.reference_docx_bytes(),
            header_logo=_image(layout.logo, HEADER_LOGO_MAX_WIDTH_MM, HEADER_LOGO_HEIGHT_MM),
            left_out=self.left_out,
        )
        if self.release is not None and layout.release_note:
            note = OMITS_MATERIAL.format(level=self.release.name)
            doc.blocks.insert(cover_end, Para((Run(note, italic=True),), style="small"))
            cover_end += 1
        # Contents when the brief runs longer than the template's limit:
        # decided here, once, so the PDF and the Word file agree.
        if layout.toc_min_pages is not None and looks_for(self.style, doc.page).estimated_pages(doc.iter_text()) > layout.toc_min_pages:
            doc.blocks.insert(cover_end, TableOfContents(LABELS["contents"]))
        return doc

    def section(self, key: str, title: str) -> list[LayoutBlock]:
        """The blocks of the body section ``key`` under ``title``: nothing
        when it is empty.  Custom sections carry their own headings."""
        body = SECTION_PRINTERS[key](self)
        if key == "sections" or not body:
            return body
        return [Heading(title, 1, key), *body]

    # ---- cover ------------------------------------------------------------

    def cover(self) -> list[LayoutBlock]:
        b, m = self.brief, self.brief.meeting
        out: list[LayoutBlock] = []
        logo = _image(self.layout.logo, LOGO_MAX_WIDTH_MM, LOGO_HEIGHT_MM)
        if logo is not None:
            out.append(logo)
        out.append(Para((Run(b.title.strip()),), style="title"))
        if b.subtitle:
            out.append(Para(_plain(b.subtitle), style="subtitle"))
        # The meeting first, labelled as the meeting's; then who it is for;
        # then how to reach the author and who cleared it.
        rows: list[tuple[str, str | None]] = [
            ("Meeting date", weekday_date(m.date) if m.date else None),
            ("Meeting time", meeting_time_text(b, self.today)),
            ("Place", m.location),
            ("Format", FORMAT_LABELS.get(m.format) if m.format else None),
            ("Prepared for", b.prepared_for),
            ("Reference", b.reference),
            ("Contact", contact_text(b)),
        ]
        cleared = [clearance_text(c) for c in b.clearances]
        if cleared:
            rows.append(("Cleared by", "; ".join(cleared)))
        by = b.prepared_by.strip() if b.prepared_by and b.prepared_by.strip() else None
        on = long_date(b.prepared_on) if b.prepared_on else None
        if self.compaction.short_cover:
            # The meeting, who it is for, the contact and the clearance stay.
            if b.meeting.format or by or on:
                self.left_out.append("The cover leaves out the meeting's format and who prepared the brief and when.")
            rows = [(label, value) for label, value in rows if label != "Format"]
            by = on = None
        kv = [(label, _plain(value)) for label, value in rows if value and value.strip()]
        if kv:
            out.append(KeyValue(kv))
        prepared = f"Prepared by {by} on {on}." if by and on else f"Prepared by {by}." if by else f"Prepared on {on}." if on else None
        if prepared:
            # Later and smaller than the meeting's facts: not to be taken for its date.
            out.append(Para((Run(prepared),), style="small"))
        out.append(Rule())
        return out

    # ---- text sections ----------------------------------------------------

    def summary(self) -> list[LayoutBlock]:
        return self.marked(text_blocks(self.brief.summary, "lead"), "summary")  # type: ignore[return-value]

    def purpose(self) -> list[LayoutBlock]:
        return self.marked(text_blocks(self.brief.purpose), "purpose")  # type: ignore[return-value]

    def background(self) -> list[LayoutBlock]:
        return self.marked(text_blocks(self.brief.background), "background")  # type: ignore[return-value]

    def _numbered(self, items: list[str], field: str) -> list[LayoutBlock]:
        runs = [inline_runs(i) for i in items if i.strip()]
        return self.marked([ListBlock(runs, ordered=True)], field) if runs else []  # type: ignore[return-value]

    def objectives(self) -> list[LayoutBlock]:
        return self._numbered(self.brief.objectives, "objectives")

    def their_objectives(self) -> list[LayoutBlock]:
        return self._numbered(self.brief.their_objectives, "their_objectives")

    def custom_sections(self) -> list[LayoutBlock]:
        out: list[LayoutBlock] = []
        n = 0
        for section in self.brief.sections:
            body = text_blocks(section.body)
            if body:  # a title alone (a template's placeholder) is an empty section
                n += 1  # numbered over the sections printed: no gap tells of one left out
                out.append(Heading(section.title.strip(), 1, f"section-{n}"))
                out.extend(self.marked(body, section))
        return out

    # ---- participants -----------------------------------------------------

    def participants(self) -> list[LayoutBlock]:
        leave_out = set(self.layout.participants_leave_out_roles)
        people = [p for p in self.brief.participants if p.role not in leave_out]
        if not people:
            return []
        groups: dict[str, list[Participant]] = {}
        others: list[Participant] = []
        for p in people:
            if p.delegation and p.delegation.strip():
                groups.setdefault(p.delegation.strip(), []).append(p)
            else:
                others.append(p)
        ordered: list[tuple[str | None, list[Participant]]] = list(groups.items())
        if others:
            # Without any delegation there is nothing to group: no sub-heading.
            ordered.append((OTHER_PARTICIPANTS if groups else None, others))
        one_line = self.compaction.one_line_people
        with_photos = not one_line and any(p.photo for p in people)
        if one_line and any(p.bio or p.photo or p.pronunciation for p in people):
            self.left_out.append("Participants are one line each: bios, photos and pronunciations are left out.")
        limit = self.layout.whos_who_table_over
        compact = not one_line and limit is not None and len(people) > limit
        out: list[LayoutBlock] = []
        annex: list[LayoutBlock] = []
        for n, (name, members) in enumerate(ordered, start=1):
            members = sorted(members, key=lambda p: p.role != Role.PRINCIPAL)  # stable
            if name is not None:
                out.append(Heading(name, 2, f"participants-{n}", listed=False))
            if compact:
                out.append(self._whos_who_table(members, with_photos))
                with_bio = [p for p in members if (p.bio and p.bio.strip()) or (p.pronunciation and p.pronunciation.strip())]
                if with_bio and name is not None:
                    annex.append(Heading(name, 2, f"biographies-{n}", listed=False))
                for p in with_bio:
                    annex.extend(self._participant_blocks(p))
            elif with_photos:
                out.append(self._participant_table(members))
            elif one_line:
                out.extend(self._participant_line(p) for p in members)
            else:
                for p in members:
                    out.extend(self._participant_blocks(p))
        if annex:
            self.annex = [Heading(BIOGRAPHIES, 1, "biographies"), *annex]
            out.append(Para((Run("Biographies are in the annex at the end of this brief."),), style="small"))
        return out

    def _whos_who_table(self, members: list[Participant], with_photos: bool) -> Table:
        """The compact who's who: photo, name, role and one line each; the
        biographies go to the annex."""
        rows = []
        for p in members:
            role = ROLE_LABELS.get(p.role) if p.role else None
            line = ", ".join(x.strip() for x in (p.title, p.organization) if x and x.strip())
            rows.append(
                [
                    _cell(_image(p.photo, PHOTO_THUMB_MM, PHOTO_THUMB_MM * 1.4)),
                    _cell(Para((Run(p.name.strip(), bold=True, language=p.language, person_name=True),), direction=self.direction)),
                    _text_cell(role),
                    _cell(Para(_plain(line), direction=self.direction) if line else None),
                ]
            )
        columns = [Column("Photo", 1.2), Column("Name", 3.2), Column("Role", 2), Column("Position", 5.5)]
        if not with_photos:
            columns, rows = columns[1:], [row[1:] for row in rows]
        return Table(columns, rows)

    def _participant_line(self, p: Participant) -> Para:
        """Name · role, then position and organisation, on one line."""
        runs: list[Run] = [*self.mark(p), Run(p.name.strip(), bold=True, language=p.language, person_name=True)]
        role = ROLE_LABELS.get(p.role) if p.role else None
        if role:
            runs.append(Run(label_tag(role), color=self.style.muted_color))
        rest = ", ".join(x.strip() for x in (p.title, p.organization) if x and x.strip())
        if rest:
            runs.append(Run(f" — {rest}"))
        return Para(tuple(runs), direction=self.direction)

    def _participant_blocks(self, p: Participant) -> list[Inline]:
        muted = self.style.muted_color
        head: list[Run] = [*self.mark(p), Run(p.name.strip(), bold=True, language=p.language, person_name=True)]
        role = ROLE_LABELS.get(p.role) if p.role else None
        if role:
            head.append(Run(label_tag(role), color=muted))
        lines: list[Run] = []
        if p.title:
            lines.append(Run(p.title.strip()))
        if p.organization:
            if lines:
                lines.append(Run("\n"))
            lines.append(Run(p.organization.strip(), color=muted))
        out: list[Inline] = [Para(tuple(head), direction=self.direction)]
        if lines:
            out.append(Para(tuple(lines), direction=self.direction))
        if p.pronunciation:
            out.append(Para((Run("Pronunciation: ", italic=True), Run(p.pronunciation.strip())), style="muted"))
        out.extend(text_blocks(p.bio))
        # One entry is read as one: on one page when it fits.
        for block in out[:-1]:
            if isinstance(block, Para):
                block.keep_with_next = True
        return out

    def _participant_table(self, members: list[Participant]) -> Table:
        rows = []
        for p in members:
            photo = _image(p.photo, PHOTO_WIDTH_MM, PHOTO_MAX_HEIGHT_MM)
            if photo is not None:
                role = ROLE_LABELS.get(p.role) if p.role else None
                photo.alt = ", ".join(x for x in (p.name.strip(), role, (p.title or "").strip()) if x)
            rows.append([_cell(photo), Cell(self._participant_blocks(p))])
        layout = self.layout  # the brief's own page size, not only the template's
        text_width = paper_mm(layout.page_size)[0] - layout.margins_mm.left - layout.margins_mm.right
        photo_col = PHOTO_WIDTH_MM + 5  # the photo plus a gutter
        columns = [Column("Photo", photo_col), Column("Participant", max(text_width - photo_col, photo_col))]
        return Table(columns, rows, kind="plain", header=False)

    # ---- agenda -----------------------------------------------------------

    def agenda(self) -> list[LayoutBlock]:
        items = self.brief.agenda
        if not items:
            return []
        columns = [Column("Time", 1.3), Column("Place", 2.2), Column("Item", 5), Column("Lead", 2)]
        rows = [
            [_text_cell(a.time), _text_cell(a.place), _cell(Para(self.mark(a) + _plain(a.item))), _text_cell(a.lead)]
            for a in items
        ]
        columns, rows = _drop_empty_columns(columns, rows, keep={2})
        return [Table(columns, rows)]

    # ---- key points -------------------------------------------------------

    def key_points(self) -> list[LayoutBlock]:
        """Numbered in the user's order (the order they will make them), the
        point in bold with its priority as a small label, the detail below."""
        points = self.brief.key_points
        if not points:
            return []
        short = self.compaction.short_points
        if short and any(kp.detail for kp in points):
            self.left_out.append("Key points are printed without their detail.")
        items = []
        for kp in points:
            head: list[Run] = [*self.mark(kp), Run(kp.point.strip(), bold=True)]
            if kp.priority:
                color = self.style.marking_color if kp.priority == Level.HIGH else self.style.muted_color
                head.append(Run(label_tag(f"{LEVEL_LABELS[kp.priority]} priority"), color=color))
            items.append(Point(tuple(head), [] if short else text_blocks(kp.detail)))
        return [PointList(items)]

    # ---- decisions --------------------------------------------------------

    def decisions(self) -> list[LayoutBlock]:
        """"The Board is asked to:" (the template's lead), then each decision
        numbered in bold with our recommendation under it."""
        items = self.brief.decisions
        if not items:
            return []
        out: list[LayoutBlock] = []
        lead = (self.layout.decisions_lead or "").strip()
        if lead:
            out.append(Para((Run(lead, bold=True),)))
        rows = []
        for n, d in enumerate(items, start=1):
            body: list[Inline] = [Para((*self.mark(d), Run(d.decision.strip(), bold=True)))]
            body += _labelled("Recommendation: ", text_blocks(d.recommendation), self.style.accent_color)
            rows.append([_cell(Para((Run(f"{n}.", bold=True),)), align="end", bold=True), Cell(body)])
        out.append(Table([Column("#", 0.6), Column("Decision", 12)], rows, kind="plain", header=False))
        return out

    # ---- questions and answers -------------------------------------------

    def questions(self) -> list[LayoutBlock]:
        """Each likely question in bold after a bold "Q", the line to take
        after an "A": read at a glance, answer under question."""
        items = self.brief.questions
        if not items:
            return []
        rows = []
        for q in items:
            rows.append(
                [
                    _cell(Para((Run("Q", bold=True),)), bold=True),
                    Cell([Para((*self.mark(q), Run(q.question.strip(), bold=True)), keep_with_next=True)]),
                ]
            )
            answer = text_blocks(q.answer)
            if answer:
                rows.append([_cell(Para((Run("A", bold=True, color=self.style.muted_color),))), Cell(answer)])
        return [Table([Column("", 0.6), Column("Question and answer", 12)], rows, kind="plain", header=False)]

    # ---- logistics --------------------------------------------------------

    def logistics(self) -> list[LayoutBlock]:
        return text_blocks(self.brief.logistics)

    # ---- stakeholders -----------------------------------------------------

    def stakeholders(self) -> list[LayoutBlock]:
        items = self.brief.stakeholders
        if not items:
            return []
        columns = [Column("Stakeholder", 2.2), Column("Position", 4), Column("Notes", 3.5)]
        rows = [
            [_cell(Para((*self.mark(s), Run(s.name.strip(), bold=True))), bold=True), Cell(text_blocks(s.position)), Cell(text_blocks(s.notes))]
            for s in items
        ]
        columns, rows = _drop_empty_columns(columns, rows, keep={0})
        return [Table(columns, rows)]

    # ---- risks ------------------------------------------------------------

    def sorted_risks(self) -> list[tuple[int, Risk]]:
        """``(number, risk)``, highest severity first; ties keep the user's
        order; unrated last.  A risk's number is its place in the brief
        (the author's "Risk 1" is #1 wherever severity puts it)."""
        return sorted(enumerate(self.brief.risks, start=1), key=lambda nr: -nr[1].severity)

    def _fill(self, severity: int) -> str | None:
        bucket = severity_bucket(severity)
        return None if bucket is None else self.style.severity_fills[bucket]

    def risks(self) -> list[LayoutBlock]:
        risks = self.sorted_risks()
        if not risks:
            return []
        top, short = self.compaction.top_rows, self.compaction.short_points
        more = 0
        if top is not None and len(risks) > top:
            risks, more = risks[:top], len(risks) - top
            self.left_out.append(f"Only the {top} most severe risks are printed; {_are(more)} left out.")
        if short and any(r.detail or r.mitigation or r.owner for _, r in risks):
            self.left_out.append("Risks are printed without their detail, mitigation and owner.")
        columns = [
            Column("#", 0.5, "center"),
            Column("Risk", 3.9),
            Column("Likelihood", 1.75, "center"),  # the header word must fit unbroken
            Column("Impact", 1.35, "center"),
            Column("Mitigation", 3.4),
            Column("Owner", 2.0),
        ]
        rows = []
        for n, r in risks:
            rows.append(
                [
                    _cell(Para((Run(str(n)),)), fill=self._fill(r.severity), align="center", bold=True),
                    Cell([Para((*self.mark(r), Run(r.risk.strip(), bold=True))), *([] if short else text_blocks(r.detail))]),
                    _text_cell(LEVEL_LABELS[r.likelihood] if r.likelihood else None, align="center"),
                    _text_cell(LEVEL_LABELS[r.impact] if r.impact else None, align="center"),
                    Cell([] if short else text_blocks(r.mitigation)),
                    _text_cell(None if short else r.owner),
                ]
            )
        columns, rows = _drop_empty_columns(columns, rows, keep={0, 1})
        legend = None
        if any(r.severity for _, r in risks):
            legend = (
                "The shading of a risk’s number shows its severity (likelihood × impact): "
                f"{severity_words(self.style.severity_fills)}."
            )
        out: list[LayoutBlock] = [Table(columns, rows, caption=legend)]
        if more:
            out.append(Para((Run(_more(more, "risk", "risks")),), style="small"))
        matrix = self.risk_matrix(risks) if self.layout.risk_matrix else None
        if matrix is not None:
            out += [Heading("Risk matrix", 2, "risks-matrix"), matrix]
        return out

    def risk_matrix(self, risks: list[tuple[int, Risk]]) -> Table | None:
        """3×3 likelihood × impact heat map with each risk's number (as in
        the risk table) in its cell; None when no risk is rated."""
        levels = (Level.LOW, Level.MEDIUM, Level.HIGH)
        cells: dict[tuple[Level, Level], list[int]] = {(li, im): [] for li in levels for im in levels}
        unrated: list[int] = []
        for n, r in risks:
            if r.likelihood and r.impact:
                cells[(r.likelihood, r.impact)].append(n)
            else:
                unrated.append(n)
        if len(unrated) == len(risks):
            return None
        columns = [Column("", 1.4)] + [Column(f"Impact: {LEVEL_LABELS[im].lower()}", 1, "center") for im in levels]
        rows = []
        for li in reversed(levels):  # high likelihood on top
            row = [_cell(Para((Run(f"Likelihood: {LEVEL_LABELS[li].lower()}", bold=True),)), bold=True)]
            for im in levels:
                numbers = cells[(li, im)]
                text = ", ".join(map(str, numbers))
                row.append(
                    _cell(
                        Para((Run(text, bold=True),)) if numbers else None,
                        fill=self._fill(LEVEL_RANK[li] * LEVEL_RANK[im]),
                        align="center",
                    )
                )
            rows.append(row)
        caption = (
            "Risks by likelihood and impact; numbers refer to the risk table. "
            f"Shading shows severity (likelihood × impact): {severity_words(self.style.severity_fills)}."
        )
        if unrated:
            which = ", ".join(map(str, unrated))
            caption += f" Not rated, so not shown: {'risk' if len(unrated) == 1 else 'risks'} {which}."
        return Table(columns, rows, kind="matrix", header=True, caption=caption)

    # ---- open issues ------------------------------------------------------

    def open_issues(self) -> list[LayoutBlock]:
        """Overdue means past today (red); an issue still open and due
        before the meeting says so, without alarm."""
        issues = self.brief.open_issues
        if not issues:
            return []
        meeting = self.brief.meeting.date
        top, short = self.compaction.top_rows, self.compaction.short_points
        more = 0
        if top is not None and len(issues) > top:
            pressing = sorted(range(len(issues)), key=lambda i: _issue_urgency(issues[i], self.today, meeting))[:top]
            more = len(issues) - top
            issues = [issues[i] for i in sorted(pressing)]  # the author's order
            self.left_out.append(f"Only the {top} most pressing open issues are printed; {_are(more)} left out.")
        if short and any(i.detail for i in issues):
            self.left_out.append("Open issues are printed without their detail.")
        alert = self.style.marking_color
        columns = [Column("Issue", 5), Column("Owner", 1.8), Column("Due", 1.9), Column("Status", 1.4)]
        rows = []
        any_overdue = False
        for i in issues:
            overdue = i.is_overdue(self.today)
            any_overdue |= overdue
            due: list[Run] = []
            if i.due:
                due.append(Run(short_date(i.due), color=alert if overdue else None))
                if overdue:
                    due.append(Run(" — overdue", bold=True, color=alert))
                elif i.is_overdue(meeting):
                    due.append(Run(" — before the meeting"))
            status = ISSUE_STATUS_LABELS[i.status]
            rows.append(
                [
                    Cell(
                        [
                            Para((*self.mark(i), Run(i.issue.strip(), bold=True))),
                            *([] if short else text_blocks(i.detail)),
                            *self._issue_series(i, meeting or self.today),
                        ]
                    ),
                    _text_cell(i.owner),
                    _cell(Para(tuple(due)) if due else None),
                    _cell(Para((Run(status, bold=overdue, color=alert if overdue else None),))),
                ]
            )
        columns, rows = _drop_empty_columns(columns, rows, keep={0, 3})
        caption = None
        if any_overdue:
            caption = f"Overdue: due before {long_date(self.today)}, the day this brief was made, and not resolved."
        if more:
            caption = f"{caption} {_more(more, 'open issue', 'open issues')}" if caption else _more(more, "open issue", "open issues")
        return [Table(columns, rows, caption=caption)]

    def _issue_series(self, issue: OpenIssue, on: dt.date) -> list[Inline]:
        """Where an issue was carried from and how long it has been open on
        ``on`` (the meeting's date, else today):
        "Carried from MENAD/2025/118 (10 Nov 2025). Open 7 days." — flagged
        when it has been carried :data:`CARRIED_TOO_OFTEN` times or more."""
        runs: list[Run] = []
        if issue.carried_from:
            sources = ", ".join(_carried_source(c) for c in issue.carried_from)
            runs.append(Run(f"Carried from {sources}."))
        since = open_since(issue)
        if since is not None and issue.status != IssueStatus.RESOLVED and since <= on:
            days = (on - since).days
            runs.append(Run(f"{' ' if runs else ''}Open {days} day{'' if days == 1 else 's'}, since {short_date(since)}."))
        if carried_too_often(issue):
            times = len(issue.carried_from)
            runs.append(Run(f" Carried {times} times: decide it or drop it.", bold=True, color=self.style.marking_color))
        return [Para(tuple(runs), style="small")] if runs else []

    # ---- timeline ---------------------------------------------------------

    def timeline(self) -> list[LayoutBlock]:
        entries = self.brief.timeline
        if not entries:
            return []
        columns = [Column("Date", 1.6), Column("Event", 7)]
        rows = [[_text_cell(e.date.short_text() if e.date else None), _cell(Para(self.mark(e) + _plain(e.event)))] for e in entries]
        columns, rows = _drop_empty_columns(columns, rows, keep={1})
        return [Table(columns, rows)]

    # ---- sources ----------------------------------------------------------

    def sources(self) -> list[LayoutBlock]:
        items: list[Runs] = []
        for s in self.brief.sources:
            runs: list[Run] = [*self.mark(s), Run(_sentence(s.title.strip()))]
            tail = ", ".join(x for x in (s.publisher.strip() if s.publisher else None, long_date(s.date) if s.date else None) if x)
            if tail:
                runs.append(Run(" " + _sentence(tail)))
            if s.url and s.url.strip():
                url = s.url.strip()
                link = url if url.lower().startswith(LINK_SCHEMES) else None  # never a javascript: link
                runs += [Run(" "), Run(url, url=link)]
            items.append(tuple(runs))
        return [ListBlock(items, ordered=True)] if items else []


def _labelled(label: str, blocks: list[Inline], color: str | None) -> list[Inline]:
    """``blocks`` with ``label`` in bold before the first paragraph's text
    (on a line of its own before a list); nothing when ``blocks`` is empty."""
    if not blocks:
        return []
    head = Run(label, bold=True, color=color)
    first = blocks[0]
    if isinstance(first, Para):
        return [Para((head, *first.runs), style=first.style), *blocks[1:]]
    return [Para((Run(label.strip(), bold=True, color=color),)), *blocks]


def _carried_source(source: CarriedFrom) -> str:
    """``MENAD/2025/118 (10 Nov 2025)``, or whichever of the two is known."""
    if source.reference and source.date:
        return f"{source.reference.strip()} ({short_date(source.date)})"
    return source.reference.strip() if source.reference else short_date(source.date)  # type: ignore[arg-type]


SECTION_PRINTERS: dict[str, Callable[[_Composer], list[LayoutBlock]]] = {
    "summary": _Composer.summary,
    "purpose": _Composer.purpose,
    "objectives": _Composer.objectives,
    "their_objectives": _Composer.their_objectives,
    "participants": _Composer.participants,
    "agenda": _Composer.agenda,
    "key_points": _Composer.key_points,
    "decisions": _Composer.decisions,
    "questions": _Composer.questions,
    "logistics": _Composer.logistics,
    "stakeholders": _Composer.stakeholders,
    "risks": _Composer.risks,
    "open_issues": _Composer.open_issues,
    "background": _Composer.background,
    "timeline": _Composer.timeline,
    "sections": _Composer.custom_sections,
    "sources": _Composer.sources,
}
"""Body section key (:data:`briefer.model.sections.DEFAULT_ORDER`) → the
method that prints it."""


def _sentence(text: str) -> str:
    """``text`` ending in a full stop unless it ends in punctuation already."""
    return text if text[-1:] in ".!?…。！？" else text + "."


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def compose(
    brief: Brief,
    template: Template,
    *,
    today: dt.date | None = None,
    compaction: Compaction = COMPACTION_STEPS[0],
    release_at: str | None = None,
) -> LayoutTree:
    """The layout tree for ``brief`` printed with ``template`` (the caller
    resolves the template; see :meth:`TemplateLibrary.for_brief
    <briefer.templates.library.TemplateLibrary.for_brief>`).  ``today``
    (default: the real today) is the date open issues are judged overdue
    against.  ``compaction`` (one of :data:`COMPACTION_STEPS`) is how hard
    to squeeze the brief to keep a page budget;
    :func:`briefer.export.budget.compose_within_budget` picks it.
    ``release_at`` (a level of the template's marking scheme) makes the
    releasable version for a reader at that level; it raises
    :class:`~briefer.templates.markings.ReleaseRefused` for a level the
    scheme does not have, a marking that names no level, or a brief marked
    above the level.
    """
    return _Composer(brief, template, today or dt.date.today(), compaction, release_at).layout_tree()


__all__ = [
    "COMPACTION_STEPS",
    "Compaction",
    "compose",
    "short_title",
    "severity_bucket",
    "text_blocks",
    "inline_runs",
    "LABELS",
]
