"""Importing an existing Word brief: its headings, lists and tables mapped
into the brief's sections, with a report of what went where.

Headings are found by their built-in styles (Title, Subtitle, Heading 1–9)
or as short bold lines; their words are looked up in :data:`SECTION_SYNONYMS`
("Lines to take" → key points).  Tables are read by their header row
(:meth:`_Importer._table`); a two-column table of labels and values fills
the brief's details (reference, prepared for, date, place).  A brief
exported by Briefer reads back into the same sections.  Nothing is dropped:
a heading that maps to no section becomes a custom section with its own
title, and so does an annex; only a table of contents, captions and the
risk matrix (drawn from the risks) are left out, and the report says so.
The file passes the Word reference document checks before python-docx
opens it (:func:`briefer.intake.word_document.open_word`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from docx.document import Document as DocxDocument
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from pydantic import BaseModel, ValidationError

from briefer.model.brief import (
    AgendaItem,
    Brief,
    Clearance,
    ClearanceStatus,
    Contact,
    Decision,
    CustomSection,
    IssueStatus,
    KeyPoint,
    Level,
    MeetingFormat,
    OpenIssue,
    Participant,
    Question,
    Risk,
    Role,
    Source,
    Stakeholder,
    TimelineEntry,
)
from briefer.model.labels import ENUM_LABELS
from briefer.model.text import clean_one_line, strip_forbidden_chars
from briefer.model.times import TimeParseError, parse_time, zone_of_city

from .dates import find_dates
from .marking import marking_of_line
from .proposal import ImportedBrief
from .readers import read_bounded
from .word_document import open_word

SECTION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "executive summary", "bottom line", "overview", "key facts", "in brief"),
    "purpose": ("purpose", "purpose of the meeting", "aim", "aim of the meeting"),
    "objectives": ("objectives", "our objectives", "aims", "our aims", "what we want", "desired outcomes"),
    "their_objectives": ("their objectives", "their aims", "what they want", "their asks"),
    "key_points": ("key points", "key messages", "lines to take", "points to make", "talking points",
                   "speaking notes", "messages", "main points"),
    "participants": ("participants", "attendees", "who's who", "attendance", "present", "delegation",
                     "biographies", "who will be there"),
    "agenda": ("agenda", "programme", "program", "running order"),
    "stakeholders": ("stakeholders", "key stakeholders", "other players", "interested parties"),
    "risks": ("risks", "risk", "risks and mitigations", "risks and mitigation", "sensitivities", "handling risks"),
    "open_issues": ("open issues", "outstanding actions", "next steps", "actions", "action points", "follow-up",
                    "follow up", "outstanding issues", "issues"),
    "background": ("background", "context", "history", "background and context"),
    "timeline": ("timeline", "chronology", "key dates"),
    "sources": ("sources", "references"),
    "decisions": ("decisions", "decisions required", "decisions for the principal", "decision required",
                  "decisions needed", "recommendations", "for decision"),
    "questions": ("questions and answers", "likely questions", "defensive lines", "defensive lines (only if asked)",
                  "q&a", "q and a", "difficult questions", "hard questions"),
    "logistics": ("logistics", "logistics and security", "practical arrangements", "arrangements"),
}
SECTION_TITLES = {
    "summary": "Summary", "purpose": "Purpose", "objectives": "Objectives", "their_objectives": "Their objectives",
    "key_points": "Key points", "participants": "Participants", "agenda": "Agenda", "stakeholders": "Stakeholders",
    "risks": "Risks", "open_issues": "Open issues", "background": "Background", "timeline": "Timeline",
    "sources": "Sources", "decisions": "Decisions", "questions": "Questions and answers", "logistics": "Logistics",
}
_TEXT_SECTIONS = ("summary", "purpose", "background", "logistics")
_TEXT_LISTS = ("objectives", "their_objectives")
# Each list section's model, the field of its main text and of its detail.
_LIST_MODELS: dict[str, tuple[type[BaseModel], str, str | None]] = {
    "key_points": (KeyPoint, "point", "detail"),
    "decisions": (Decision, "decision", "recommendation"),
    "questions": (Question, "question", "answer"),
    "risks": (Risk, "risk", "detail"),
    "open_issues": (OpenIssue, "issue", "detail"),
    "participants": (Participant, "name", "bio"),
    "stakeholders": (Stakeholder, "name", "notes"),
    "timeline": (TimelineEntry, "event", None),
    "agenda": (AgendaItem, "item", None),
    "sources": (Source, "title", None),
}
# Labels of a two-column details table → fields of the brief.
_DETAIL_LABELS = {
    "reference": "reference", "ref": "reference", "our reference": "reference",
    "prepared for": "prepared_for", "for": "prepared_for", "principal": "prepared_for",
    "prepared by": "prepared_by", "author": "prepared_by", "from": "prepared_by",
    "prepared on": "prepared_on", "date of brief": "prepared_on",
    "date": "meeting.date", "meeting date": "meeting.date", "date of meeting": "meeting.date",
    "place": "meeting.location", "location": "meeting.location", "venue": "meeting.location",
    "time zone": "meeting.timezone", "format": "meeting.format",
    "marking": "marking", "classification": "marking",
    "time": "meeting.time", "meeting time": "meeting.time",
    "contact": "contact", "contact officer": "contact",
    "cleared by": "clearances", "clearance": "clearances",
}
# The cover's time as Briefer prints it: "10:00–11:30 Jerusalem (08:00–09:30 London)".
_TIME_RE = re.compile(
    r"^(?:(?P<start>\d{1,2}:\d{2})\s*(?:[–-]\s*(?P<end>\d{1,2}:\d{2}))?|until (?P<until>\d{1,2}:\d{2}))"
    r"(?:\s+(?P<zone>[^()]+?))?(?:\s*\((?:[\d:–\s-]+|until [\d:]+)\s+(?P<home>[^(),]+?)(?:,[^()]*)?\))?$"
)
# "Prepared by MENAD on 10 November 2025.", under the cover's details.
_PREPARED_RE = re.compile(r"^Prepared(?: by (?P<by>.+?))?(?: on (?P<on>\d{1,2} \w+ \d{4}))?\.?$")
_CLEARANCE_RE = re.compile(r"^(?P<who>.+?)(?: \((?P<how>[^()]*)\))?$")
_PHONE_RE = re.compile(r"^\+?[\d][\d\s().-]{5,}$")
_EXTRA_LEVELS = {"h": Level.HIGH, "med": Level.MEDIUM, "m": Level.MEDIUM, "l": Level.LOW,
                 "red": Level.HIGH, "amber": Level.MEDIUM, "green": Level.LOW}
_EXTRA_STATUSES = {"done": IssueStatus.RESOLVED, "closed": IssueStatus.RESOLVED, "complete": IssueStatus.RESOLVED,
                   "ongoing": IssueStatus.IN_PROGRESS, "underway": IssueStatus.IN_PROGRESS}
_EXTRA_ROLES = {"advisor": Role.ADVISOR, "notetaker": Role.NOTETAKER, "member": Role.MEMBER, "head of delegation": Role.PRINCIPAL}
_HEADING_NUMBER_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.|[ivx]{1,5}\.)[ \t]+")
_HEADING_STYLE_RE = re.compile(r"Heading (\d)")
_NAME_ROLE_RE = re.compile(r"([^·]{1,120}?)\s+·\s+([^·]{1,40})")
_PRIORITY_RE = re.compile(r"(.{1,2000}?)\s+·\s+(High|Medium|Low)\s+priority", re.I)
_ROW_NUMBER_RE = re.compile(r"#|\d{1,3}\.?")
_ANNEX_RE = re.compile(r"(?:annex|appendix|annexe|attachment)\b", re.I)
_BULLET_CHARS = "-•–▪·◦‣*"
_BOLD_LINE = 10
"""The heading level of a short bold line: below any styled heading, so in
a custom section it is a sub-heading; after a mapped section it starts a
section of its own."""


def _enum_by_label(kind: type[StrEnum], extra: dict[str, StrEnum]) -> dict[str, StrEnum]:
    """Label and value, lower case, → value: "In progress", "in-progress"."""
    table = {label.casefold(): value for value, label in ENUM_LABELS[kind].items()}
    table.update({str(value.value).casefold(): value for value in kind})
    table.update(extra)
    return table


_LEVELS = _enum_by_label(Level, _EXTRA_LEVELS)
_STATUSES = _enum_by_label(IssueStatus, _EXTRA_STATUSES)
_ROLES = _enum_by_label(Role, _EXTRA_ROLES)
_FORMATS = _enum_by_label(MeetingFormat, {})
_CLEARANCE_STATUSES = _enum_by_label(ClearanceStatus, {})


def _norm(heading: str) -> str:
    h = _HEADING_NUMBER_RE.sub("", heading.strip()).rstrip(":").strip().casefold()
    return h.replace("’", "'").replace("&", "and")


def section_for_heading(heading: str) -> str | None:
    """The brief section a heading's words name, or None."""
    h = _norm(heading)
    return next((key for key, words in SECTION_SYNONYMS.items() if h in words), None)


def _lookup(table: dict[str, StrEnum], text: str | None) -> StrEnum | None:
    return table.get((text or "").replace("\u00a0", " ").strip().casefold().rstrip(".")) if text else None


def _style(p: Paragraph) -> str:
    return (p.style.name if p.style is not None else "") or ""


def _heading_level(p: Paragraph) -> int | None:
    """1–9 for a styled heading, 0 for the title, :data:`_BOLD_LINE` for a
    short bold line, None for body text."""
    name = _style(p)
    if name == "Title":
        return 0
    m = _HEADING_STYLE_RE.match(name)
    if m:
        return int(m.group(1))
    text = p.text.strip()
    runs = [r for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text.split()) <= 8 and not text.endswith((".", ";", ",", ":")):
        return _BOLD_LINE
    return None


def _is_list(p: Paragraph) -> bool:
    ppr = p._p.pPr  # noqa: SLF001 - python-docx exposes numbering only through the XML
    return _style(p).startswith("List") or (ppr is not None and ppr.numPr is not None) or p.text.lstrip()[:1] in _BULLET_CHARS


def _item_text(p: Paragraph) -> str:
    text = _clean(p.text).strip()
    return text[1:].strip() if text[:1] in _BULLET_CHARS else text


def _cell(cell: _Cell) -> list[str]:
    """The non-empty paragraphs of a table cell, cleaned."""
    return [t for t in (_clean(p.text).strip() for p in cell.paragraphs) if t]


_WRITER_ISOLATES = str.maketrans("", "", "\u2068\u2069")


def _clean(text: str) -> str:
    """A Word paragraph's or run's text for a one-line field, without the
    first-strong and pop isolates Briefer's Word export sets around
    right-to-left text (invisible; nobody typed them)."""
    return clean_one_line(text).translate(_WRITER_ISOLATES)


def _full_date(text: str | None):  # noqa: ANN202 - datetime.date | None
    for found in find_dates(text or ""):
        if found.date.is_full:
            return found.date.to_date()
    return None


_RECOMMENDATION_RE = re.compile(r"^\*{0,2}Recommendation:\*{0,2}\s*", re.I)


def _as_printed(key: str, items: list[BaseModel]) -> list[BaseModel]:
    """Items read back as Briefer prints them: a decision's "Recommendation:"
    label dropped; a question on a "Q" row and its answer on the "A" row
    after it made one question again."""
    if key == "decisions":
        for d in items:
            if isinstance(d, Decision) and d.recommendation:
                d.recommendation = _RECOMMENDATION_RE.sub("", d.recommendation) or None
        return items
    if key != "questions" or not any(isinstance(q, Question) and q.question == "Q" for q in items):
        return items
    out: list[BaseModel] = []
    for q in items:
        if not isinstance(q, Question):
            continue
        if q.question == "Q" and q.answer:
            out.append(Question(question=_one_line(q.answer) or "Q"))
        elif q.question == "A" and out and isinstance(out[-1], Question) and not out[-1].answer:
            out[-1].answer = q.answer
        else:
            out.append(q)
    return out


class _Para(NamedTuple):
    """One paragraph of a section, in order."""

    role: str
    """``"text"``, ``"item"`` (a list item or a table row), ``"sub"`` (a
    sub-heading) or ``"detail"`` (a further paragraph of the item before it)."""
    text: str
    """Plain, for one-line fields."""
    marked: str
    """With bold and italic runs as ``**`` and ``*``, for long text."""
    numbered: bool = False
    """A numbered list item (else a bullet)."""


def _para(role: str, text: str, p: Paragraph | None = None) -> _Para:
    return _Para(role, text, _marked(p, text) if p is not None else text)


def _marked(p: Paragraph, plain: str) -> str:
    """The paragraph's text with its bold and italic runs marked up; the
    plain text when the runs do not add up to it (fields, hyperlinks)."""
    spans: list[tuple[str, bool, bool]] = []
    for run in p.runs:
        text = _clean(run.text)
        if not text:
            continue
        style = (bool(run.bold), bool(run.italic))
        if spans and spans[-1][1:] == style:
            spans[-1] = (spans[-1][0] + text, *style)
        else:
            spans.append((text, *style))
    out = []
    for text, bold, italic in spans:
        core = text.strip()
        if not core or not (bold or italic):
            out.append(text)
            continue
        mark = ("**" if bold else "") + ("*" if italic else "")
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        out.append(f"{lead}{mark}{core}{mark[::-1]}{trail}")
    marked = "".join(out).strip()
    unmarked = marked.replace("*", "")
    return marked if unmarked == plain.replace("*", "") and plain.count("*") == 0 else plain


@dataclass
class _Section:
    key: str | None
    title: str
    level: int
    paragraphs: list[_Para] = field(default_factory=list)
    items: list[BaseModel] = field(default_factory=list)
    """Items read from tables with a known header."""


class _Row:
    """One table row: each cell's paragraphs, looked up by column."""

    def __init__(self, cells: list[list[str]]):
        self.cells = cells

    def first(self, i: int | None) -> str | None:
        return self.cells[i][0] if i is not None and i < len(self.cells) and self.cells[i] else None

    def rest(self, i: int | None) -> str | None:
        return "\n\n".join(self.cells[i][1:]) or None if i is not None and i < len(self.cells) else None

    def whole(self, i: int | None) -> str | None:
        return "\n\n".join(self.cells[i]) or None if i is not None and i < len(self.cells) else None


class _Importer:
    def __init__(self, name: str):
        self.name = name
        self.brief = Brief(title=os.path.splitext(name)[0] or "Imported brief")
        self.report: list[str] = []
        self.left_out: list[str] = []
        self.sections: list[_Section] = []
        self.preamble = _Section("summary", "Summary", 0)
        self.title_found = False

    # -- walking the document ---------------------------------------------

    def run(self, document: DocxDocument) -> ImportedBrief:
        for header_p in document.sections[0].header.paragraphs if document.sections else []:
            self._marking(header_p.text)
        current = self.preamble
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                current = self._table(block, current)
                continue
            text = _clean(block.text).strip()
            style = _style(block)
            if not text:
                continue
            if style.casefold().startswith("toc"):
                self._leave_out("the table of contents")
                continue
            if style == "Caption":
                self._leave_out(f"the caption “{_short(text)}”")
                continue
            if not self.sections and not self.preamble.paragraphs and self._marking(text):
                continue
            level = _heading_level(block)
            if not self.title_found and not self.sections and not self.preamble.paragraphs and (
                level == 0 or (level is not None and level <= 1 and section_for_heading(text) is None)
            ):
                self.brief.title = text
                self.title_found = True
                self.report.append(f"“{_short(text)}” → the title")
                continue
            if not self.sections and current is self.preamble and self._prepared_line(text):
                continue
            if style == "Subtitle" and not self.sections:
                self.brief.subtitle = text
                self.report.append(f"“{_short(text)}” → the subtitle")
                continue
            if level is not None:
                parent = current if current is not self.preamble else None
                key = None if _ANNEX_RE.match(_norm(text)) else section_for_heading(text)
                bold_line = level == _BOLD_LINE
                if key is None and parent is not None and level > parent.level and not (bold_line and parent.key):
                    parent.paragraphs.append(_para("sub", text))
                    continue
                current = _Section(key, text, level)
                self.sections.append(current)
                continue
            if _is_list(block):
                item = _item_text(block)
                marked = _marked(block, text)
                typed_bullet = text[:1] in _BULLET_CHARS and marked[:1] == text[:1]
                current.paragraphs.append(
                    _Para("item", item, marked[1:].strip() if typed_bullet else marked, "Number" in _style(block))
                )
            else:
                current.paragraphs.append(_para("text", text, block))
        self._finish()
        return ImportedBrief(self.brief, self.report + self.left_out)

    def _leave_out(self, what: str) -> None:
        line = f"{what}: left out"
        if line not in self.left_out:
            self.left_out.append(line)

    def _marking(self, text: str) -> bool:
        marking = marking_of_line(clean_one_line(text))
        if marking and not self.brief.marking:
            self.brief.marking = marking
            self.report.append(f"“{marking}” → the marking")
            return True
        return bool(marking)

    # -- tables -----------------------------------------------------------

    def _table(self, table: Table, current: _Section) -> _Section:
        rows = [_Row([_cell(c) for c in row.cells]) for row in table.rows]
        rows = [r for r in rows if any(r.cells)]
        if not rows:
            return current
        header = [(r[0] if r else "").casefold().rstrip(":") for r in rows[0].cells]
        body = rows[1:]

        def col(*names: str) -> int | None:
            return next((i for i, h in enumerate(header) if any(h.startswith(n) for n in names)), None)

        if any(h.startswith("impact:") for h in header):
            self._leave_out("the risk matrix (it is drawn from the risks)")
            return current
        kind, made = self._table_items(col, body)
        if kind is not None:
            made = [m for m in made if m is not None]
            self._section_for(kind).items.extend(made)
            heads = ", ".join(r[0] for r in rows[0].cells if r)
            self.report.append(f"table ({heads}) → {SECTION_TITLES[kind]} ({len(made)})")
            return current
        known = sum(1 for r in rows if r.cells[0] and r.cells[0][0].casefold().rstrip(":") in _DETAIL_LABELS)
        if all(len(r.cells) == 2 and r.cells[0] for r in rows) and 2 * known >= len(rows):
            self._details(rows)
            return current
        # A table we cannot read by its header: each row an item where it stood
        # (a leading "1." cell dropped), its further paragraphs the item's detail.
        for r in rows:
            cells = [c for c in r.cells if c]
            if len(cells) > 1 and _ROW_NUMBER_RE.fullmatch(cells[0][0]):
                cells = cells[1:]
            if not cells:
                continue
            current.paragraphs.append(_para("item", " | ".join(c[0] for c in cells) if current.key in _TEXT_SECTIONS or current.key is None else cells[0][0]))
            if current.key not in _TEXT_SECTIONS and current.key is not None:
                for extra in cells[0][1:] + [p for c in cells[1:] for p in c]:
                    current.paragraphs.append(_para("detail", extra))
        return current

    def _table_items(self, col, body: list[_Row]) -> tuple[str | None, list[BaseModel | None]]:
        name_c, risk_c = col("name"), col("risk")
        if (stake := col("stakeholder")) is not None:
            pos, notes = col("position", "view"), col("notes", "comment")
            return "stakeholders", [
                self._model(Stakeholder, name=r.first(stake), position=r.whole(pos),
                            notes="\n\n".join(x for x in (r.rest(stake), r.whole(notes)) if x) or None)
                for r in body
            ]
        if name_c is not None and col("position", "title", "role", "job", "organisation", "organization") is not None:
            pos, org = col("position", "title", "job"), col("organisation", "organization", "department")
            role, dlg = col("role"), col("delegation", "country", "side")
            return "participants", [
                self._model(Participant, name=r.first(name_c), title=r.first(pos), organization=r.first(org),
                            delegation=r.first(dlg), role=_lookup(_ROLES, r.first(role)),
                            bio=r.rest(name_c))
                for r in body
            ]
        if risk_c is not None:
            like, imp, mit, own = col("likelihood", "probability"), col("impact", "severity"), col("mitigation"), col("owner")
            out = []
            for r in body:
                notes = [r.rest(risk_c)] + [f"{h}: {r.first(i)}" for h, i in (("Likelihood", like), ("Impact", imp))
                                            if r.first(i) and _lookup(_LEVELS, r.first(i)) is None]
                out.append(self._model(
                    Risk, risk=r.first(risk_c), likelihood=_lookup(_LEVELS, r.first(like)),
                    impact=_lookup(_LEVELS, r.first(imp)), mitigation=r.whole(mit), owner=r.first(own),
                    detail="\n\n".join(n for n in notes if n) or None,
                ))
            return "risks", out
        action = col("action", "issue")
        if action is not None and col("owner", "deadline", "due", "by when", "status") is not None:
            own, due, status = col("owner", "lead", "who"), col("deadline", "due", "by when", "date"), col("status")
            out = []
            for r in body:
                when = _full_date(r.first(due))
                notes = [r.rest(action), None if when or not r.first(due) else f"Deadline: {r.first(due)}"]
                out.append(self._model(
                    OpenIssue, issue=r.first(action), owner=r.first(own), due=when,
                    status=_lookup(_STATUSES, r.first(status)), detail="\n\n".join(n for n in notes if n) or None,
                ))
            return "open_issues", out
        if (date_c := col("date", "when")) is not None and (ev := col("event", "what")) is not None:
            out = []
            for r in body:
                found = find_dates(r.first(date_c) or "")
                event = r.whole(ev) if found or not r.first(date_c) else f"{r.first(date_c)} — {r.whole(ev)}"
                out.append(self._model(TimelineEntry, date=found[0].date if found else None, event=_one_line(event)))
            return "timeline", out
        if (item := col("item", "agenda item", "topic")) is not None and (col("lead", "time") is not None):
            lead, time = col("lead", "who"), col("time")
            return "agenda", [
                self._model(AgendaItem, item=r.first(item), lead=r.first(lead), time=r.first(time)) for r in body
            ]
        return None, []

    def _details(self, rows: list[_Row]) -> None:
        """A two-column table of labels and values: the brief's details;
        labels it does not know go to a custom section "Details"."""
        unknown: list[str] = []
        for r in rows:
            label, value = r.cells[0][0], "\n\n".join(r.cells[1])
            where = _DETAIL_LABELS.get(label.casefold().rstrip(":"))
            if where and value and self._set_detail(where, value):
                self.report.append(f"“{label}” → {where.replace('_', ' ').replace('.', ' ')}")
            else:
                unknown.append(f"- **{label}:** {value}" if value else f"- {label}")
        if unknown:
            self.brief.sections = [*self.brief.sections, CustomSection(title="Details", body="\n".join(unknown))]
            self.report.append(f"table of {len(unknown)} details → a custom section “Details”")

    def _set_detail(self, where: str, value: str) -> bool:
        if where == "meeting.time":
            return self._set_time(value)
        if where == "contact":
            return self._set_contact(value)
        if where == "clearances":
            return self._set_clearances(value)
        owner = self.brief.meeting if where.startswith("meeting.") else self.brief
        name = where.removeprefix("meeting.")
        if getattr(owner, name) not in (None, ""):
            return False
        if name in ("date", "prepared_on"):
            parsed = _full_date(value)
        elif name == "format":
            parsed = _lookup(_FORMATS, value)
        else:
            parsed = _one_line(value)
        if parsed is None:
            return False
        try:
            setattr(owner, name, parsed)
        except ValidationError:
            return False
        return True

    def _set_time(self, value: str) -> bool:
        m = _TIME_RE.match(_one_line(value) or "")
        meeting = self.brief.meeting
        if not m or meeting.start or meeting.end:
            return False
        try:
            start, end = m["start"], m["end"] or m["until"]
            meeting.start = parse_time(start) if start else None
            meeting.end = parse_time(end) if end else None
        except TimeParseError:
            return False
        if m["zone"] and not meeting.timezone:
            meeting.timezone = zone_of_city(m["zone"])
        if m["home"] and not meeting.home_timezone:
            meeting.home_timezone = zone_of_city(m["home"])
        return True

    def _set_contact(self, value: str) -> bool:
        parts = [p.strip() for p in (_one_line(value) or "").split(", ") if p.strip()]
        email = next((p for p in parts if "@" in p and " " not in p), None)
        phone = next((p for p in parts if _PHONE_RE.match(p)), None)
        name = ", ".join(p for p in parts if p not in (email, phone)) or None
        if not parts or any((self.brief.contact.name, self.brief.contact.phone, self.brief.contact.email)):
            return False
        contact = self._model(Contact, name=name, phone=phone, email=email)
        if contact is None:
            return False
        self.brief.contact = contact
        return True

    def _set_clearances(self, value: str) -> bool:
        out = []
        for entry in (_one_line(value) or "").split("; "):
            m = _CLEARANCE_RE.match(entry.strip())
            if not m:
                continue
            who, status, when = m["who"], None, None
            for part in (m["how"] or "").split(", "):
                status = status or _lookup(_CLEARANCE_STATUSES, part)
                when = when or _full_date(part)
            if m["how"] and status is None and when is None:
                who = entry.strip()  # brackets that are part of the name
            name, _, office = who.rpartition(", ") if ", " in who else (who, "", "")
            clearance = self._model(Clearance, name=name, office=office or None, status=status, date=when)
            if clearance is not None:
                out.append(clearance)
        if not out or self.brief.clearances:
            return False
        self.brief.clearances = out
        return True

    def _prepared_line(self, text: str) -> bool:
        """The cover's "Prepared by … on …." line: who and when, not text."""
        m = _PREPARED_RE.match(text)
        if not m or not (m["by"] or m["on"]) or self.brief.prepared_by or self.brief.prepared_on:
            return False
        if m["by"]:
            self.brief.prepared_by = _one_line(m["by"])
        if m["on"]:
            self.brief.prepared_on = _full_date(m["on"])
        self.report.append(f"“{_short(text)}” → prepared by and on")
        return True

    def _section_for(self, key: str) -> _Section:
        for s in self.sections:
            if s.key == key:
                return s
        s = _Section(key, SECTION_TITLES[key], 1)
        self.sections.append(s)
        return s

    def _model(self, model: type[BaseModel], **values) -> BaseModel | None:
        try:
            return model.model_validate({k: v for k, v in values.items() if v not in (None, "")})
        except ValidationError:
            return None

    # -- sections into the brief -----------------------------------------

    def _finish(self) -> None:
        if self.preamble.paragraphs:
            self.sections.insert(0, self.preamble)
        for s in self.sections:
            where = "text before the first heading" if s is self.preamble else f"“{_short(s.title)}”"
            if s.key in _TEXT_SECTIONS:
                old = getattr(self.brief, s.key)
                text = _long_text(s.paragraphs)
                if text:
                    setattr(self.brief, s.key, f"{old}\n\n{text}" if old else text)
                    self.report.append(f"{where} → {SECTION_TITLES[s.key]}")
            elif s.key in _TEXT_LISTS:
                items = [p.text for p in s.paragraphs if p.role != "sub"]
                setattr(self.brief, s.key, list(getattr(self.brief, s.key)) + items)
                self.report.append(f"{where} → {SECTION_TITLES[s.key]} ({len(items)})")
            elif s.key is not None:
                items = _as_printed(s.key, self._items(s))
                setattr(self.brief, s.key, list(getattr(self.brief, s.key)) + items)
                if s.paragraphs or not s.items:
                    self.report.append(f"{where} → {SECTION_TITLES[s.key]} ({len(items) - len(s.items)})")
            else:
                body = _long_text(s.paragraphs)
                self.brief.sections = [*self.brief.sections, CustomSection(title=clean_one_line(s.title), body=body or None)]
                self.report.append(f"{where} → a custom section (no section of the brief matches it)")
        self.brief.sources = [*self.brief.sources, Source(title=f"Imported from {self.name}")]

    def _items(self, s: _Section) -> list[BaseModel]:
        model, main, detail = _LIST_MODELS[s.key]
        paragraphs = _without_empty_subheadings(s.paragraphs)
        for para in s.paragraphs:
            if para.role == "sub" and all(p.text != para.text for p in paragraphs if p.role == "sub"):
                text = para.text
                self.left_out.append(f"the heading “{_short(text)}” under “{_short(s.title)}”: left out (nothing under it)")
        if s.key == "participants":
            found = _participants(paragraphs)
        else:
            found = []
            current: dict | None = None
            for role, text, marked, _ in paragraphs:
                if current is not None and role in ("text", "detail") and detail:
                    current[detail] = f"{current[detail]}\n\n{marked}" if current.get(detail) else marked
                    continue
                current = {main: text}
                if s.key == "timeline" and (dates := find_dates(text)):
                    rest = (text[: dates[0].start] + text[dates[0].end:]).strip(" \t:–—-,")
                    current = {"date": dates[0].date, "event": rest or text}
                if s.key == "open_issues" and (due := _full_date(text)):
                    current["due"] = due
                if s.key == "key_points" and (rated := _PRIORITY_RE.fullmatch(text)):
                    # Briefer's own export: "The point · High priority".
                    current = {main: rated.group(1), "priority": _lookup(_LEVELS, rated.group(2))}
                found.append(current)
        made = [self._model(model, **values) for values in found]
        return list(s.items) + [m for m in made if m is not None]


def _without_empty_subheadings(paragraphs: list[_Para]) -> list[_Para]:
    """A sub-heading with nothing under it (the heading of a table that was
    left out) is no item of a list section."""
    out = []
    for i, p in enumerate(paragraphs):
        following = paragraphs[i + 1].role if i + 1 < len(paragraphs) else None
        if p.role == "sub" and following in (None, "sub"):
            continue
        out.append(p)
    return out


def _participants(paragraphs: list[_Para]) -> list[dict]:
    """People under a participants heading: "Name · Role" lines (Briefer's
    own export) or "Name, Title" lines, a delegation per sub-heading, then
    the person's title, "Pronunciation: …" and biography."""
    out: list[dict] = []
    delegation: str | None = None
    current: dict | None = None
    for role, text, marked, _ in paragraphs:
        if role == "sub":
            delegation, current = text, None
            continue
        dot = _NAME_ROLE_RE.fullmatch(text)
        if dot:
            current = {"name": dot.group(1).strip(), "delegation": delegation, "role": _lookup(_ROLES, dot.group(2))}
            out.append(current)
            continue
        if current is None or role == "item":
            name, _, title = text.partition(",")
            current = {"name": name.strip(), "title": title.strip() or None, "delegation": delegation}
            out.append(current)
            continue
        if text.casefold().startswith("pronunciation:"):
            current["pronunciation"] = text.split(":", 1)[1].strip()
        elif not current.get("title") and not current.get("bio") and len(text) <= 100 and not text.endswith("."):
            current["title"] = text
        else:
            current["bio"] = f"{current['bio']}\n\n{marked}" if current.get("bio") else marked
    return out


def _one_line(text: str | None) -> str | None:
    return clean_one_line(text).strip() or None if text else None


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def _long_text(paragraphs: list[_Para]) -> str:
    """Paragraphs as long text: a list item as "- ", a sub-heading in bold."""
    parts: list[str] = []
    number = 0
    previous: _Para | None = None
    for p in paragraphs:
        text = f"**{p.text}**" if p.role == "sub" else strip_forbidden_chars(p.marked)
        if p.role != "item":
            parts.append(text)
        else:
            continues = previous is not None and previous.role == "item" and previous.numbered == p.numbered
            number = number + 1 if continues else 1
            line = f"{number}. {text}" if p.numbered else f"- {text}"
            if continues:
                parts[-1] += f"\n{line}"
            else:
                parts.append(line)
        previous = p
    return "\n\n".join(parts)


def import_word_brief(path: str | os.PathLike[str]) -> ImportedBrief:
    """The brief in a Word file, and the report of what went where.
    Raises :class:`~briefer.intake.proposal.IntakeError` (one sentence
    naming the file)."""
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    data = read_bounded(path)
    document = open_word(data, name)
    return _Importer(name).run(document)
