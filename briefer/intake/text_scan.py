"""The text's shape: lines, paragraphs, list items and sentences, with their
offsets in the text so that every proposal can point at where it came from.

Every pattern here is linear: no nested quantifiers, and sentence ends are
found by one scan, so a 5 MB paste or a hostile line of a million dots
cannot hang the intake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A list item: a bullet (-, *, •, –, ▪, ·, ◦, ‣) or a number/letter with . or )
_ITEM_RE = re.compile(r"[ \t]*(?:[-*•–▪·◦‣]|\(?\d{1,3}[.)]|\([a-z]\)|[a-z]\))[ \t]+(?=\S)")

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj cmdr adm rep sen gov st jr sr mt ft "
    "no nos vol inc ltd co corp plc bros dept univ est approx e.g i.e etc vs cf al "
    "jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k u.n e.u".split()
)
# Starts only at the first mark of a run and never backtracks into it
# (possessive quantifiers), so a line of a million dots is one step each.
_SENTENCE_END_RE = re.compile(r"(?<![.!?])[.!?]++[”\"’')\]]*+(?=\s)")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Block:
    """A paragraph (``is_list`` false) or a run of list items (each item one
    entry of ``sentences``… see :attr:`items`)."""

    is_list: bool
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    items: list[Sentence] = field(default_factory=list)
    """For a list: one span per item, without its bullet."""
    numbered: list[bool] = field(default_factory=list)
    """For a list: whether each item is numbered (1., a)) or bulleted."""


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end]) if end > start else None


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]`` with their offsets in ``text``."""
    out: list[Sentence] = []
    chunk = text[start:end]
    pos = 0
    for m in _SENTENCE_END_RE.finditer(chunk):
        stop = m.end()
        nxt = chunk[stop:stop + 3].lstrip()
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "“\"‘'(["):
            continue
        if m.group(0).startswith(".") and len(m.group(0).rstrip("”\"’')]")) == 1:
            before = _WORD_BEFORE_RE.search(chunk, max(0, m.start() - 12), m.start())
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        s = _trimmed(text, start + pos, start + stop)
        if s:
            out.append(s)
        pos = stop
    s = _trimmed(text, start + pos, end)
    if s:
        out.append(s)
    return out


def _wrap_width(text: str) -> int | None:
    """The width text was hard-wrapped at (e-mail, wire copy), or None when
    each line is a paragraph of its own (a paste from a web page)."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if len(lengths) < 4:
        return None
    median = lengths[len(lengths) // 2]
    near = sum(1 for n in lengths if 0.6 * median <= n <= median * 1.15)
    if 40 <= median <= 100 and near >= 0.6 * len(lengths) and lengths[-1] <= 1.3 * median:
        return median
    return None


def blocks(text: str, start: int = 0) -> list[Block]:
    """Paragraphs and lists of ``text[start:]``.  A paragraph is a run of
    non-blank lines that are not list items; a list is a run of list items
    (an indented line continues the item above).  In hard-wrapped text a
    line well short of the wrap width ends its paragraph; otherwise every
    line is a paragraph."""
    out: list[Block] = []
    current: Block | None = None
    width = _wrap_width(text[start:])
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        line = text[pos:line_end]
        if not line.strip():
            current = None
        else:
            item = _ITEM_RE.match(line)
            if item:
                if current is None or not current.is_list:
                    current = Block(True, pos, line_end)
                    out.append(current)
                s = _trimmed(text, pos + item.end(), line_end)
                if s:
                    current.items.append(s)
                    current.numbered.append(not item.group(0).strip()[:1] in "-*•–▪·◦‣")
                current.end = line_end
            elif current is not None and current.is_list and current.items and line[:1].isspace():
                last = current.items[-1]
                current.items[-1] = Sentence(last.start, line_end, text[last.start:line_end])
                current.end = line_end
            elif current is not None and not current.is_list and width is not None:
                current.end = line_end
            else:
                current = Block(False, pos, line_end)
                out.append(current)
            if width is not None and not item and len(line) < 0.6 * width:
                current = None
        pos = line_end + 1
    out = _numbered_paragraphs(out)
    for b in out:
        if not b.is_list:
            b.sentences = split_sentences(text, b.start, b.end)
    return out


def _numbered_paragraphs(found: list[Block]) -> list[Block]:
    """Numbered paragraphs (a read-out's "1. The Foreign Secretary opened …")
    are paragraphs, not a list: a numbered item that stands alone, or whose
    next item is a bullet, becomes a paragraph, and the bullets after it a
    list of their own that it introduces."""
    out: list[Block] = []
    for b in found:
        if not b.is_list:
            out.append(b)
            continue
        run: Block | None = None
        for i, (item, numbered) in enumerate(zip(b.items, b.numbered, strict=True)):
            alone = len(b.items) == 1 or (i + 1 < len(b.items) and not b.numbered[i + 1])
            if numbered and alone and (len(b.items) == 1 or not (i > 0 and b.numbered[i - 1])):
                out.append(Block(False, item.start, item.end))
                run = None
                continue
            if run is None:
                run = Block(True, item.start, item.end)
                out.append(run)
            run.items.append(item)
            run.numbered.append(numbered)
            run.end = item.end
    return out
