"""Drafting a brief from pasted text: rules, not a model.

:func:`draft_from_text` reads an article, a cable, an e-mail or a read-out
and proposes what a staffer would pick out of it (see
:class:`~briefer.intake.proposal.Kind`).  It is deterministic, offline and
linear in the length of the text; every proposal carries the span of the
sentence it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pydantic import ValidationError

from briefer.model.brief import KeyPoint, OpenIssue, Participant, Risk, Source, Stakeholder, TimelineEntry
from briefer.model.text import clean_one_line, strip_forbidden_chars

from .dates import find_dates
from .marking import marking_of_line
from .people import FoundPerson, find_people, merge_people
from .proposal import Draft, IntakeError, Kind, Proposal
from .text_scan import Block, Sentence, blocks, split_sentences

MAX_INPUT_CHARS = 5 * 1024 * 1024
"""Longer text is refused: no briefing source is that long."""
MAX_DRAFTED_CHARS = 200 * 1024
"""Only this much of a longer text is read for proposals; the user is told."""

_RISK_CUE_RE = re.compile(
    r"\b(?:risks?|danger(?:s|ous)?|warn(?:s|ed|ing|ings)?|threat(?:s|en|ens|ened)?|jeopardi[sz]e[sd]?"
    r"|could (?:derail|undermine|collapse|unravel)|vulnerab\w{1,6})\b",
    re.I,
)
_ISSUE_CUE_RE = re.compile(
    r"\b(?:loom(?:s|ing|ed)?|unresolved|left open|remains? open|open questions?|outstanding"
    r"|(?:yet|still) to be (?:decided|agreed|settled|resolved|determined)|undecided"
    r"|not yet (?:agreed|decided|settled|resolved))\b",
    re.I,
)
_ACTION_INTRO_RE = re.compile(r"\b(?:next steps|actions?|follow[- ]ups?|to do)\b", re.I)
_ACTION_LINE_RE = re.compile(r"(?:action(?: point)?s?|next steps?|to do|follow[- ]up)[ \t]*:[ \t]*", re.I)
_LABEL_LINE_RE = re.compile(r"[A-Z][\w '’-]{0,30}:[ \t]")
_DATE_LINE_RE = re.compile(r"[ \t]*(?:date|sent|dated)[ \t]*:[ \t]*([^\n]{4,60})", re.I)
_INTRO_RE = re.compile(
    r"\b(?:several|a number of|two|three|four|five|six|some|many|other|these|the following|key|critical|main|major)"
    r"(?:[ \t]{1,2}[\w-]{1,20}){0,2}?[ \t]{1,2}(?:issues|questions|matters|risks|problems|concerns|dangers|threats)\b",
    re.I,
)
_ORDINAL_RE = re.compile(
    r"\b(?:firstly|secondly|thirdly|fourthly|fifthly|lastly|finally|first|second|third|fourth|fifth)\b,?[ \t]*",
    re.I,
)
_ORDINAL_START_RE = re.compile(r"(?:firstly|secondly|thirdly|fourthly|fifthly|lastly|finally|first|second|third|fourth|fifth)\b,?[ \t]*", re.I)
_LEADING_LINK_RE = re.compile(
    r"(?:meanwhile|also|in addition|moreover|furthermore|and|but|however|finally|lastly|separately)\b,?[ \t]*",
    re.I,
)
_PUBLISHER_RE = re.compile(
    r"\b(?:reporters?|news|press|agency|times|post|herald|wire|service|gazette|journal|telegraph|tribune|media"
    r"|broadcasting|chronicle|observer|monitor|daily|weekly|review|bulletin|dispatch|ledger)\b",
    re.I,
)
_BYLINE_SEP_RE = re.compile(r"[ \t]*(?:[|•·—–]|[ \t]-[ \t])[ \t]*")
_WIRE_BYLINE_RE = re.compile(r"([A-Z][A-Za-z .'’-]{1,40}),[ \t]{1,3}([^()\n]{3,40}?)[ \t]{0,3}\(([^()\n]{2,60})\)[ \t]*[-—–]+[ \t]*")
_STOPWORDS = frozenset("the of and to in a is that for on with as was by it at from are be has have will".split())
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass
class _Byline:
    end: int
    span: tuple[int, int]
    publisher: str | None
    date: dt.date | None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad > max(8, len(sample) // 50)


def _looks_english(text: str) -> bool:
    words = _WORD_RE.findall(text[:20000].lower())
    if len(words) < 12:
        return True  # too short to tell; the rules will find what they find
    return sum(1 for w in words if w in _STOPWORDS) >= 0.08 * len(words)


def _full_date(words: str, base: dt.date | None = None) -> dt.date | None:
    for found in find_dates(words, base=base):
        if found.date.is_full:
            return found.date.to_date()
    return None


def _byline(text: str, first: int) -> _Byline | None:
    """Publisher and date from the first line(s): "Jerusalem — November 10,
    2025 | Dalena Reporters", "By Jane Smith | The Ledger | 3 March 2026", or
    wire style "LONDON, March 3, 2026 (Northgate Wire) - …"."""
    pos = first
    for _ in range(3):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip():
            wire = _WIRE_BYLINE_RE.match(text, pos, end)
            if wire:
                date = _full_date(wire.group(2))
                if date:
                    return _Byline(wire.end(), (pos, wire.end()), wire.group(3).strip(), date)
            if len(line) <= 160:
                parts = [p.strip() for p in _BYLINE_SEP_RE.split(line) if p.strip()]
                dated = [p for p in parts if _full_date(p)]
                if len(parts) >= 2 and dated:
                    others = [p for p in parts if p not in dated and not p.lower().startswith("by ")]
                    publisher = next((p for p in others if _PUBLISHER_RE.search(p)), None)
                    if publisher is None and len(others) >= 2:
                        publisher = others[-1]
                    return _Byline(end, (pos, end), publisher, _full_date(dated[0]))
        pos = end + 1
        if pos >= len(text):
            break
    return None


def _lead(body: list[Block]) -> Sentence | None:
    """The lead sentence: the first of some length that is not a
    "Date: …" or "Present: …" line."""
    first: Sentence | None = None
    for b in body:
        for s in [] if b.is_list else b.sentences:
            first = first or s
            if len(s.text.split()) >= 8 and not _LABEL_LINE_RE.match(s.text):
                return s
    return first


def _date_line(text: str, first: int) -> dt.date | None:
    """The date of a "Date: 21 January 2026" line among the first ten."""
    pos = first
    for _ in range(10):
        m = _DATE_LINE_RE.match(text, pos)
        if m:
            return _full_date(m.group(1))
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
    return None


def _sentence_text(s: str) -> str:
    """A sentence made fit for a one-line field, without its final full stop
    or a leading "Meanwhile," or "Firstly,"."""
    s = clean_one_line(s).strip()
    s = _ORDINAL_START_RE.sub("", s, count=1) if _ORDINAL_START_RE.match(s) else s
    s = _LEADING_LINK_RE.sub("", s, count=1) if _LEADING_LINK_RE.match(s) else s
    s = s.strip().rstrip(".;,:").strip()
    return s[:1].upper() + s[1:] if s else s


def _split_enumeration(text: str, start: int, end: int) -> list[Sentence] | None:
    """Items of "…: firstly, A; secondly, B" inside one sentence, or None."""
    marks = list(_ORDINAL_RE.finditer(text, start, end))
    if len(marks) < 2:
        return None
    items: list[Sentence] = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        seg_start, seg_end = m.end(), stop
        seg = text[seg_start:seg_end]
        stripped = seg.rstrip(" \t;,.")
        if stripped.endswith(" and"):
            stripped = stripped[:-4]
        if stripped.strip():
            items.append(Sentence(seg_start, seg_start + len(stripped), stripped))
    return items or None


_CLAUSE_SPLIT_RE = re.compile(
    r";[ \t]*(?:and[ \t]+)?|,?[ \t]+and[ \t]+(?=(?:whether|who|how|what|when|where|which|if)\b)"
)


def _split_list_clause(text: str, start: int, end: int) -> list[Sentence]:
    """The items of the list after a colon: split at semicolons, or at
    ", and whether/who/how …"."""
    items: list[Sentence] = []
    pos = start
    for m in [*_CLAUSE_SPLIT_RE.finditer(text, start, end), None]:
        stop = m.start() if m else end
        seg = text[pos:stop]
        lead = len(seg) - len(seg.lstrip())
        body = seg.strip().rstrip(".;,")
        if body:
            items.append(Sentence(pos + lead, pos + lead + len(body), body))
        if m:
            pos = m.end()
    return items


class _Drafter:
    def __init__(self, text: str, base: dt.date | None):
        self.text = text
        self.base = base
        self.proposals: list[Proposal] = []
        self.used_for: set[tuple[Kind, str]] = set()
        self.title: str | None = None

    def add(self, kind: Kind, value, span: tuple[int, int] | None) -> None:
        key = (kind, value if isinstance(value, str) else repr(value.model_dump()))
        if key in self.used_for:
            return
        self.used_for.add(key)
        self.proposals.append(Proposal(kind, value, span))

    def add_item(self, kind: Kind, s: Sentence) -> None:
        words = _sentence_text(_ORDINAL_START_RE.sub("", s.text, count=1) if _ORDINAL_START_RE.match(s.text) else s.text)
        if not words:
            return
        try:
            value = {Kind.KEY_POINT: KeyPoint, Kind.RISK: Risk, Kind.OPEN_ISSUE: OpenIssue}[kind].model_validate(
                {{Kind.KEY_POINT: "point", Kind.RISK: "risk", Kind.OPEN_ISSUE: "issue"}[kind]: words}
            )
        except ValidationError:
            return
        self.add(kind, value, (s.start, s.end))

    # ------------------------------------------------------------------

    def lists(self, body: list[Block]) -> None:
        for i, b in enumerate(body):
            if not b.is_list:
                continue
            intro = ""
            if i > 0 and not body[i - 1].is_list and body[i - 1].sentences:
                intro = body[i - 1].sentences[-1].text
            if _RISK_CUE_RE.search(intro):
                kind = Kind.RISK
            elif _ISSUE_CUE_RE.search(intro) or _ACTION_INTRO_RE.search(intro):
                kind = Kind.OPEN_ISSUE
            else:
                kind = Kind.KEY_POINT
            for item in b.items:
                self.add_item(kind, item)

    def cues(self, body: list[Block]) -> None:
        for b in body:
            if b.is_list:
                continue
            sentences = b.sentences
            i = 0
            while i < len(sentences):
                s = sentences[i]
                action = _ACTION_LINE_RE.match(s.text)
                if action:
                    self.add_item(Kind.OPEN_ISSUE, Sentence(s.start + action.end(), s.end, s.text[action.end():]))
                    i += 1
                    continue
                kind = Kind.RISK if _RISK_CUE_RE.search(s.text) else Kind.OPEN_ISSUE if _ISSUE_CUE_RE.search(s.text) else None
                if kind is None:
                    i += 1
                    continue
                enumerated = _split_enumeration(self.text, s.start, s.end)
                if enumerated:
                    for item in enumerated:
                        self.add_item(kind, item)
                    i += 1
                    continue
                colon = s.text.find(":")
                if 0 < colon < len(s.text.rstrip()) - 1 and _INTRO_RE.search(s.text, 0, colon):
                    # "Two questions remain unresolved: whether A, and who B."
                    base = s.start + colon + 1
                    parts = _split_list_clause(self.text, base, s.end)
                    for item in parts:
                        self.add_item(kind, item)
                    i += 1
                    continue
                is_intro = bool(_INTRO_RE.search(s.text)) or s.text.rstrip().endswith(":")
                if is_intro:
                    following = sentences[i + 1:]
                    ordinals = [f for f in following if _ORDINAL_START_RE.match(f.text)]
                    items = ordinals if len(ordinals) >= 2 else following
                    for item in items:
                        self.add_item(kind, item)
                    i += 1 + (len(following) if items is following else 0)
                    continue
                self.add_item(kind, s)
                i += 1

    def people(self, body: list[Block]) -> None:
        found: list[FoundPerson] = []
        for b in body:
            for s in b.items if b.is_list else b.sentences:
                found.extend(find_people(self.text, s.start, s.end))
        for p in merge_people(found):
            if p.name not in self.text:  # never a name that is not in the text
                continue
            try:
                if p.mentioned_in_passing:
                    value = Stakeholder(name=p.name, position=p.title or None)
                    self.add(Kind.STAKEHOLDER, value, (p.start, p.end))
                else:
                    self.add(Kind.PARTICIPANT, Participant(name=p.name, title=p.title or None), (p.start, p.end))
            except ValidationError:
                continue

    def timeline(self, body: list[Block]) -> None:
        entries: list[tuple[tuple[int, int, int], int, Proposal]] = []
        for b in body:
            for s in b.items if b.is_list else b.sentences:
                dated_line = _DATE_LINE_RE.match(s.text)
                for found in find_dates(self.text, s.start, s.end, base=self.base):
                    event = self.title if dated_line and self.title else _sentence_text(s.text)
                    if dated_line and not self.title:
                        continue
                    try:
                        value = TimelineEntry(date=found.date, event=event)
                    except ValidationError:
                        continue
                    entries.append((found.date.sort_key(), len(entries), Proposal(Kind.TIMELINE, value, (s.start, s.end))))
        for _, _, p in sorted(entries, key=lambda e: (e[0], e[1])):
            self.add(p.kind, p.value, p.span)


def _headline(text: str, first: int, byline: _Byline | None) -> tuple[str, tuple[int, int]] | None:
    """A first line that is a headline: short, before any byline, with no
    final full stop."""
    nl = text.find("\n", first)
    end = len(text) if nl < 0 else nl
    line = text[first:end].strip()
    if byline is not None and byline.span[0] == first:
        return None
    if line and len(line) <= 120 and not line.endswith((".", ":", ";", ",")) and nl >= 0:
        return clean_one_line(line), (first, end)
    return None


def draft_from_text(
    text: str,
    *,
    source_name: str | None = None,
    source: Source | None = None,
) -> Draft:
    """Proposals for a brief drafted from ``text`` (see the module docstring).

    ``source_name`` (a file name, say) titles the source entry when the text
    has no headline; ``source`` (from an e-mail's headers) is used when the
    text has no byline.  Raises :class:`IntakeError` for empty, binary or
    over-long input; text in another language or with no structure gives a
    draft with only a summary and a source, and says so in ``messages``.
    """
    if not isinstance(text, str):
        raise IntakeError("The input must be text.")
    if len(text) > MAX_INPUT_CHARS:
        raise IntakeError(
            f"The text is {len(text.encode('utf-8', 'replace')) / 1e6:.1f} MB; at most 5 MB can be drafted from. "
            "Paste the part that matters."
        )
    if _looks_binary(text):
        raise IntakeError("This does not look like text (it holds binary data); paste an article, a cable, an e-mail or a read-out.")
    text = strip_forbidden_chars(text).replace("\u00a0", " ")
    if not text.strip():
        raise IntakeError("The text is empty; paste an article, a cable, an e-mail or a read-out.")
    messages: list[str] = []
    if len(text) > MAX_DRAFTED_CHARS:
        messages.append(
            f"The text is long: only its first {MAX_DRAFTED_CHARS // 1024} kB was read for proposals; "
            "draft from the rest separately."
        )
        cut = text.rfind("\n", 0, MAX_DRAFTED_CHARS)
        text = text[: cut if cut > MAX_DRAFTED_CHARS // 2 else MAX_DRAFTED_CHARS]
    first = len(text) - len(text.lstrip())
    byline = _byline(text, first)
    headline = _headline(text, first, byline)
    if headline and byline is None:
        byline = _byline(text, headline[1][1] + 1)
    base = byline.date if byline else (source.date if source else None) or _date_line(text, first)
    body_start = byline.end if byline else (headline[1][1] if headline else first)
    body = blocks(text, body_start)
    drafter = _Drafter(text, base)
    for b in list(body[:4]):
        marking = None if b.is_list else marking_of_line(text[b.start:b.end])
        if marking:
            drafter.add(Kind.MARKING, marking, (b.start, b.end))
            body.remove(b)
            break

    if headline:
        drafter.add(Kind.TITLE, headline[0], headline[1])
        drafter.title = headline[0]
    publisher = byline.publisher if byline else (source.publisher if source else None)
    title = (source.title if source else None) or (headline[0] if headline else None) or source_name
    if title is None:
        title = f"{publisher} report" if publisher else "Pasted text"
    src = Source(title=clean_one_line(title), publisher=publisher, date=base, url=source.url if source else None)
    drafter.add(Kind.SOURCE, src, byline.span if byline else None)

    lead = _lead(body)
    english = _looks_english(text[body_start:])
    if english:
        drafter.people(body)
        drafter.lists(body)
        drafter.cues(body)
        drafter.timeline(body)
    else:
        messages.append("The text does not look like English: only a summary and the source are proposed.")
    if lead is not None:
        drafter.add(Kind.SUMMARY, lead.text.strip(), (lead.start, lead.end))
        rest = _background(text, body, lead)
        if rest and english:
            drafter.add(Kind.BACKGROUND, rest, (lead.end, body[-1].end))
    if not headline:
        title_proposal = _title_from_people(drafter.proposals, base)
        if title_proposal:
            drafter.add(Kind.TITLE, title_proposal, None)
    if english and not any(p.kind not in (Kind.SOURCE, Kind.SUMMARY, Kind.BACKGROUND, Kind.TITLE) for p in drafter.proposals):
        messages.append("No people, points, risks, open issues or dates were recognised: only the source and the text itself (summary and background) are proposed.")
    order = list(Kind)
    proposals = sorted(drafter.proposals, key=lambda p: order.index(p.kind))
    return Draft(text=text, proposals=proposals, messages=messages)


def _title_from_people(proposals: list[Proposal], date: dt.date | None) -> str | None:
    """"Kushner–Netanyahu meeting, 10 November 2025" for an untitled text
    about a meeting of people it names."""
    surnames = [p.text.split()[-1] for p in proposals if p.kind is Kind.PARTICIPANT][:3]
    if not surnames:
        return None
    when = f", {date.day} {date:%B %Y}" if date else ""
    return f"{'–'.join(surnames)} meeting{when}"


def _background(text: str, body: list[Block], lead: Sentence) -> str:
    """Everything after the lead sentence, as long text: paragraphs
    separated by a blank line, lists as "- " items."""
    parts: list[str] = []
    for b in body:
        if b.is_list:
            parts.append("\n".join("- " + clean_one_line(i.text) for i in b.items))
            continue
        start = lead.end if b.start <= lead.start < b.end else b.start
        if start >= b.end:
            continue
        words = " ".join(clean_one_line(s.text) for s in split_sentences(text, start, b.end))
        if words.strip():
            parts.append(words.strip())
    return "\n\n".join(parts)
