"""Importing an existing Word brief: its headings, lists and tables mapped
into the brief's sections, with a report of what went where.

Headings are found by their built-in styles (Title, Subtitle, Heading 1–9)
or as short bold lines; their words are looked up in :data:`SECTION_SYNONYMS`
("Lines to take" → key points).  Tables are read by their header row
(:func:`_table_kind`).  Nothing is dropped: a heading that maps to no
section becomes a custom section with its own title, and so does an annex.
The file passes the Word reference document checks before python-docx
opens it (:func:`briefer.intake.word_document.open_word`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from pydantic import BaseModel, ValidationError

from briefer.model.brief import (
    Brief,
    CustomSection,
    KeyPoint,
    Level,
    OpenIssue,
    Participant,
    Risk,
    Source,
    Stakeholder,
    TimelineEntry,
)
from briefer.model.text import clean_one_line, strip_forbidden_chars

from .dates import find_dates
from .marking import marking_of_line
from .proposal import ImportedBrief
from .readers import read_bounded
from .word_document import open_word

SECTION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "executive summary", "bottom line", "overview", "key facts", "in brief"),
    "purpose": ("purpose", "purpose of the meeting", "aim", "aim of the meeting"),
    "objectives": ("objectives", "our objectives", "aims", "what we want", "desired outcomes"),
    "key_points": ("key points", "key messages", "lines to take", "points to make", "talking points",
                   "speaking notes", "messages", "main points"),
    "participants": ("participants", "attendees", "who's who", "attendance", "present", "delegation",
                     "biographies", "who will be there"),
    "stakeholders": ("stakeholders", "key stakeholders", "other players", "interested parties"),
    "risks": ("risks", "risk", "risks and mitigations", "risks and mitigation", "sensitivities", "handling risks"),
    "open_issues": ("open issues", "outstanding actions", "next steps", "actions", "action points", "follow-up",
                    "follow up", "outstanding issues", "issues"),
    "background": ("background", "context", "history", "background and context"),
    "timeline": ("timeline", "chronology", "key dates"),
    "sources": ("sources", "references"),
}
SECTION_TITLES = {
    "summary": "Summary", "purpose": "Purpose", "objectives": "Objectives", "key_points": "Key points",
    "participants": "Participants", "stakeholders": "Stakeholders", "risks": "Risks",
    "open_issues": "Open issues", "background": "Background", "timeline": "Timeline", "sources": "Sources",
}
_TEXT_SECTIONS = ("summary", "purpose", "background")
_LEVELS = {"high": Level.HIGH, "h": Level.HIGH, "red": Level.HIGH, "medium": Level.MEDIUM, "med": Level.MEDIUM,
           "m": Level.MEDIUM, "amber": Level.MEDIUM, "low": Level.LOW, "l": Level.LOW, "green": Level.LOW}
_HEADING_NUMBER_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.|[ivx]{1,5}\.)[ \t]+")
_HEADING_STYLE_RE = re.compile(r"Heading (\d)")
_ANNEX_RE = re.compile(r"(?:annex|appendix|annexe|attachment)\b", re.I)
_BULLET_CHARS = "-•–▪·◦‣*"
_BOLD_LINE = 10
"""The heading level of a short bold line: below any styled heading, so in
a custom section it is a sub-heading; after a mapped section it starts a
section of its own."""


def _norm(heading: str) -> str:
    h = _HEADING_NUMBER_RE.sub("", heading.strip()).rstrip(":").strip().casefold()
    return h.replace("’", "'").replace("&", "and")


def section_for_heading(heading: str) -> str | None:
    """The brief section a heading's words name, or None."""
    h = _norm(heading)
    return next((key for key, words in SECTION_SYNONYMS.items() if h in words), None)


def _level(text: str) -> Level | None:
    return _LEVELS.get(text.strip().casefold().rstrip("."))


def _heading_level(p: Paragraph) -> int | None:
    """1–9 for a heading, 0 for the title, None for body text."""
    name = (p.style.name if p.style is not None else "") or ""
    if name == "Title":
        return 0
    m = _HEADING_STYLE_RE.match(name)
    if m:
        return int(m.group(1))
    text = p.text.strip()
    runs = [r for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text.split()) <= 8 and not text.endswith((".", ";", ",")):
        return _BOLD_LINE
    return None


def _is_list(p: Paragraph) -> bool:
    name = (p.style.name if p.style is not None else "") or ""
    ppr = p._p.pPr  # noqa: SLF001 - python-docx exposes numbering only through the XML
    return name.startswith("List") or (ppr is not None and ppr.numPr is not None) or p.text.lstrip()[:1] in _BULLET_CHARS


def _item_text(p: Paragraph) -> str:
    text = clean_one_line(p.text).strip()
    return text[1:].strip() if text[:1] in _BULLET_CHARS else text


def _first_date(text: str):  # noqa: ANN202 - PartialDate | None
    found = find_dates(text)
    return found[0] if found else None


@dataclass
class _Section:
    key: str | None
    title: str
    level: int
    paragraphs: list[tuple[str, str]] = field(default_factory=list)
    """``(role, text)`` in order; role is ``"text"``, ``"item"`` (a list
    item) or ``"sub"`` (a sub-heading)."""
    items: list[BaseModel] = field(default_factory=list)


class _Importer:
    def __init__(self, name: str):
        self.name = name
        self.brief = Brief(title=os.path.splitext(name)[0] or "Imported brief")
        self.report: list[str] = []
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
            text = clean_one_line(block.text).strip()
            if not text:
                continue
            if not self.sections and not self.preamble.paragraphs and self._marking(text):
                continue
            level = _heading_level(block)
            if level == 0 or (level is not None and not self.title_found and not self.sections and not self.preamble.paragraphs and level <= 1):
                if not self.title_found:
                    self.brief.title = text
                    self.title_found = True
                    self.report.append(f"“{text}” → the title")
                    continue
            name = (block.style.name if block.style is not None else "") or ""
            if name == "Subtitle" and not self.sections:
                self.brief.subtitle = text
                self.report.append(f"“{text}” → the subtitle")
                continue
            if level is not None:
                parent = current if current is not self.preamble else None
                key = None if _ANNEX_RE.match(_norm(text)) else section_for_heading(text)
                bold_line = level == _BOLD_LINE
                if key is None and parent is not None and level > parent.level and not (bold_line and parent.key):
                    # A sub-heading: a new item of a list section, or a bold line in a text one.
                    parent.paragraphs.append(("sub", text))
                    continue
                current = _Section(key, text, level)
                self.sections.append(current)
                continue
            current.paragraphs.append(("item", _item_text(block)) if _is_list(block) else ("text", text))
        self._finish()
        return ImportedBrief(self.brief, self.report)

    def _marking(self, text: str) -> bool:
        marking = marking_of_line(clean_one_line(text))
        if marking and not self.brief.marking:
            self.brief.marking = marking
            self.report.append(f"“{marking}” → the marking")
            return True
        return bool(marking)

    # -- tables -----------------------------------------------------------

    def _table(self, table: Table, current: _Section) -> _Section:
        rows = [[clean_one_line(c.text).strip() for c in row.cells] for row in table.rows]
        if not rows:
            return current
        header = [h.casefold().rstrip(":") for h in rows[0]]
        body = [r for r in rows[1:] if any(r)]

        def col(*names: str) -> int | None:
            return next((i for i, h in enumerate(header) if any(h.startswith(n) for n in names)), None)

        made: list[BaseModel] = []
        kind = None
        name_c, risk_c, action_c, date_c = col("name"), col("risk"), col("action", "issue"), col("date")
        if name_c is not None and (pos := col("position", "title", "role", "job")) is not None or (
            name_c is not None and col("organisation", "organization") is not None
        ):
            kind = "participants"
            pos, org = col("position", "title", "role", "job"), col("organisation", "organization", "department")
            for r in body:
                made.append(self._model(Participant, name=r[name_c], title=_cell(r, pos), organization=_cell(r, org)))
        elif risk_c is not None:
            kind = "risks"
            like, imp, mit, own = col("likelihood", "probability"), col("impact", "severity"), col("mitigation"), col("owner")
            for r in body:
                notes = [f"{rows[0][i]}: {_cell(r, i)}" for i in (like, imp) if i is not None and _cell(r, i) and not _level(_cell(r, i))]
                made.append(self._model(
                    Risk, risk=r[risk_c], likelihood=_level(_cell(r, like) or ""), impact=_level(_cell(r, imp) or ""),
                    mitigation=_cell(r, mit), owner=_cell(r, own), detail="\n".join(notes) or None,
                ))
        elif action_c is not None and col("owner", "deadline", "due", "by when") is not None:
            kind = "open_issues"
            own, due = col("owner", "lead", "who"), col("deadline", "due", "by when", "date")
            for r in body:
                found = _first_date(_cell(r, due) or "")
                full = found.date.to_date() if found and found.date.is_full else None
                detail = f"Deadline: {_cell(r, due)}" if _cell(r, due) and full is None else None
                made.append(self._model(OpenIssue, issue=r[action_c], owner=_cell(r, own), due=full, detail=detail))
        elif date_c is not None and col("event", "what") is not None:
            kind = "timeline"
            ev = col("event", "what")
            for r in body:
                found = _first_date(r[date_c])
                event = r[ev] if found else " ".join(x for x in (r[date_c], r[ev]) if x)
                made.append(self._model(TimelineEntry, date=found.date if found else None, event=event))
        made = [m for m in made if m is not None]
        if kind is not None:
            target = self._section_for(kind)
            target.items.extend(made)
            heads = ", ".join(h for h in rows[0] if h)
            self.report.append(f"table ({heads}) → {SECTION_TITLES[kind]} ({len(made)})")
            return current
        # A table we cannot read by its header: its rows stay, as lines, where it stood.
        for r in rows:
            current.paragraphs.append(("item", " | ".join(r)))
        return current

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
            items = self._items(s)
            if s.key in _TEXT_SECTIONS:
                old = getattr(self.brief, s.key)
                text = _long_text(s.paragraphs)
                if text:
                    setattr(self.brief, s.key, f"{old}\n\n{text}" if old else text)
                    where = "text before the first heading" if s is self.preamble else f"“{s.title}”"
                    self.report.append(f"{where} → {SECTION_TITLES[s.key]}")
            elif s.key == "objectives":
                self.brief.objectives = self.brief.objectives + [t for _, t in s.paragraphs]
                self.report.append(f"“{s.title}” → Objectives ({len(s.paragraphs)})")
            elif s.key is not None:
                setattr(self.brief, s.key, list(getattr(self.brief, s.key)) + items)
                if s.paragraphs or not s.items:
                    self.report.append(f"“{s.title}” → {SECTION_TITLES[s.key]} ({len(items) - len(s.items)})")
            else:
                body = _long_text(s.paragraphs)
                self.brief.sections = [*self.brief.sections, CustomSection(title=clean_one_line(s.title), body=body or None)]
                self.report.append(f"“{s.title}” → a custom section (no section of the brief matches it)")
        self.brief.sources = [*self.brief.sources, Source(title=f"Imported from {self.name}")]

    def _items(self, s: _Section) -> list[BaseModel]:
        items = list(s.items)
        model, main, detail = {
            "key_points": (KeyPoint, "point", "detail"), "risks": (Risk, "risk", "detail"),
            "open_issues": (OpenIssue, "issue", "detail"), "participants": (Participant, "name", "bio"),
            "stakeholders": (Stakeholder, "name", "notes"), "timeline": (TimelineEntry, "event", None),
            "sources": (Source, "title", None),
        }.get(s.key or "", (None, None, None))
        if model is None:
            return items
        current: dict | None = None
        for role, text in s.paragraphs:
            sub = role == "sub"
            if current is not None and role == "text" and detail:
                current[detail] = f"{current[detail]}\n\n{text}" if current.get(detail) else text
                continue
            current = {main: text}
            if s.key == "participants" and not sub:
                name, _, title = text.partition(",")
                current = {"name": name.strip(), "title": title.strip() or None}
            if s.key == "timeline":
                found = _first_date(text)
                if found:
                    rest = (text[:found.start] + text[found.end:]).strip(" \t:–—-,")
                    current = {"date": found.date, "event": rest or text}
            if s.key == "open_issues":
                found = _first_date(text)
                if found and found.date.is_full:
                    current["due"] = found.date.to_date()
            items.append(current)
        out = []
        for it in items:
            if isinstance(it, BaseModel):
                out.append(it)
            elif (m := self._model(model, **it)) is not None:
                out.append(m)
        return out


def _cell(row: list[str], i: int | None) -> str | None:
    return row[i] if i is not None and i < len(row) and row[i] else None


def _long_text(paragraphs: list[tuple[str, str]]) -> str:
    """Paragraphs as long text: a list item as "- ", a sub-heading in bold."""
    parts: list[str] = []
    for role, text in paragraphs:
        is_item = role == "item"
        text = f"**{text}**" if role == "sub" else strip_forbidden_chars(text)
        if is_item and parts and parts[-1].startswith("- "):
            parts[-1] += f"\n- {text}"
        else:
            parts.append(f"- {text}" if is_item else text)
    return "\n\n".join(parts)


def import_word_brief(path: str | os.PathLike[str]) -> ImportedBrief:
    """The brief in a Word file, and the report of what went where.
    Raises :class:`IntakeError` (one sentence naming the file)."""
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    data = read_bounded(path)
    document = open_word(data, name)
    return _Importer(name).run(document)
