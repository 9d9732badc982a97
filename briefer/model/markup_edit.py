"""Formatting commands on long text, written as its markup (``**bold**``,
``*italic*``, ``- `` bullets, ``1. `` numbered items; see :mod:`.text`).

Each function takes the text and the selection (``start``/``end`` as
Python string indexes) and returns an :class:`Edit`: the new text and the
selection to show, so applying a command twice gives the text back.  No Qt:
the editors' Bold, Italic, Bullets and Numbering buttons call these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import _ITALIC_RE, _bold_spans

_WORD_CHAR_RE = re.compile(r"[\w’'-]")
_LIST_PREFIX_RE = re.compile(r"^(- |\d{1,9}\. )")
_NUMBER_RE = re.compile(r"^(\d{1,9})\. ")


@dataclass(frozen=True)
class Edit:
    text: str
    start: int
    end: int


def _is_word_char(ch: str) -> bool:
    return bool(ch) and bool(_WORD_CHAR_RE.match(ch))


def _stars_before(text: str, i: int) -> int:
    n = 0
    while i - n - 1 >= 0 and text[i - n - 1] == "*":
        n += 1
    return n


def _stars_after(text: str, i: int) -> int:
    n = 0
    while i + n < len(text) and text[i + n] == "*":
        n += 1
    return n


def _has(marker: str, stars: int) -> bool:
    """Whether ``stars`` asterisks hold ``marker`` (``***`` holds both)."""
    return stars in (2, 3) if marker == "**" else stars in (1, 3)


def toggle_emphasis(text: str, start: int, end: int, marker: str) -> Edit:
    """Bold (``marker="**"``) or italic (``"*"``) on the selection, or off
    when it already has it.  A selection inside a word takes the whole word
    (markup never sits inside a word); no selection takes the word at the
    cursor, or, between words, leaves the cursor between two markers."""
    if marker not in ("*", "**"):
        raise ValueError(f"marker must be * or **, not {marker!r}")
    start, end = sorted((max(0, start), min(len(text), end)))
    if start == end:
        around = _emphasis_around(text, start, marker)
        if around is not None:  # the cursor in a bold phrase: the phrase loses its bold
            a, b = around
            m = len(marker)
            return Edit(text[:a] + text[a + m : b - m] + text[b:], a, b - 2 * m)
        if not (_is_word_char(text[start - 1 : start]) or _is_word_char(text[start : start + 1])):
            inserted = text[:start] + marker + marker + text[start:]
            return Edit(inserted, start + len(marker), start + len(marker))
    # Whole words, no surrounding spaces.
    while start > 0 and _is_word_char(text[start - 1]) and (start == end or _is_word_char(text[start])):
        start -= 1
    while end < len(text) and _is_word_char(text[end]) and (end == start or _is_word_char(text[end - 1])):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return Edit(text, start, end)
    m = len(marker)
    # Already emphasised around the selection: take it off.
    before, after = _stars_before(text, start), _stars_after(text, end)
    if _has(marker, before) and _has(marker, after):
        new = text[: start - m] + text[start:end] + text[end + m :]
        return Edit(new, start - m, end - m)
    # The selection includes the markers: take them off.
    inner = text[start:end]
    lead, trail = _stars_after(text, start), _stars_before(text, end)
    if lead < len(inner) and _has(marker, lead) and _has(marker, trail) and len(inner) > lead + trail:
        new = text[:start] + inner[m : len(inner) - m] + text[end:]
        return Edit(new, start, end - 2 * m)
    # Wrap every line of the selection (emphasis never crosses a paragraph).
    pieces = []
    pos = start
    new_start = None
    for line_start, line_end in _line_spans(text, start, end):
        content_start = line_start
        prefix = _LIST_PREFIX_RE.match(text[line_start:line_end]) if _at_line_start(text, line_start) else None
        if prefix:
            content_start += len(prefix.group(0))
        content_end = line_end
        while content_start < content_end and text[content_start].isspace():
            content_start += 1
        while content_end > content_start and text[content_end - 1].isspace():
            content_end -= 1
        pieces.append(text[pos:content_start])
        if content_start < content_end:
            pieces.append(marker + text[content_start:content_end] + marker)
            if new_start is None:
                new_start = len("".join(pieces)) - (content_end - content_start) - m
        pos = content_end
    pieces.append(text[pos:end])
    middle = "".join(pieces)
    new = text[:start] + middle + text[end:]
    first = start + (new_start if new_start is not None else 0)
    return Edit(new, first, start + len(middle) - (m if new_start is not None else 0))


def _emphasis_around(text: str, index: int, marker: str) -> tuple[int, int] | None:
    """``(start, end)`` with the markers of the ``marker`` emphasis the
    index is in, within its paragraph, or None."""
    para_start = text.rfind("\n\n", 0, index)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = text.find("\n\n", index)
    para_end = len(text) if para_end == -1 else para_end
    para = text[para_start:para_end]
    local = index - para_start
    if marker == "**":
        spans = list(_bold_spans(para))
    else:
        spans = [m.span() for m in _ITALIC_RE.finditer(para.replace("**", "\0\0"))]
    for a, b in spans:
        if a + len(marker) <= local <= b - len(marker):
            return para_start + a, para_start + b
    return None


def _at_line_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` on each line."""
    spans = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl == -1:
            spans.append((pos, end))
            return spans
        spans.append((pos, nl))
        pos = nl + 1


def toggle_list(text: str, start: int, end: int, ordered: bool) -> Edit:
    """Bullets (``ordered=False``) or numbering on every non-blank line the
    selection touches; off again when they all have it already.  Other list
    marks on those lines are replaced; numbers follow on from a numbered
    item just above."""
    start, end = sorted((max(0, start), min(len(text), end)))
    first = text.rfind("\n", 0, start) + 1
    if end > start and text[end - 1 : end] == "\n":
        end -= 1  # a selection ending at a line start does not take that line
    last = text.find("\n", end)
    last = len(text) if last == -1 else last
    lines = text[first:last].split("\n")
    target = re.compile(r"^\d{1,9}\. ") if ordered else re.compile(r"^- ")
    filled = [line for line in lines if line.strip()]
    if filled and all(target.match(line) for line in filled):
        out = [_LIST_PREFIX_RE.sub("", line, count=1) for line in lines]
    else:
        number = 1
        above = text[:first].rstrip("\n").rsplit("\n", 1)[-1] if first else ""
        if ordered and text[:first].endswith("\n") and not text[:first].endswith("\n\n"):
            previous = _NUMBER_RE.match(above)
            if previous:
                number = int(previous.group(1)) + 1
        out = []
        for line in lines:
            if not line.strip():
                out.append(line)
                continue
            body = _LIST_PREFIX_RE.sub("", line.lstrip(), count=1)
            out.append((f"{number}. " if ordered else "- ") + body)
            number += 1
    middle = "\n".join(out)
    new = text[:first] + middle + text[last:]
    return Edit(new, first, first + len(middle))
