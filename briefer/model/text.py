"""Text rules of the `.brief` format and the parser for its light markup.

Two kinds of text exist in a brief (see ``docs/brief-format.md``):

* *text*: one line, any script;
* *long text*: paragraphs separated by a blank line, ``- `` bullets,
  ``1. `` numbered items, ``**bold**`` and ``*italic*``.

Everything else is literal.  :func:`parse_long_text` is the one parser of that
markup; the export engine, the GUI's word count and the tests all reuse it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# C0 and C1 control characters except tab (U+0009) and newline (U+000A).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def describe_char(ch: str) -> str:
    """``U+0007 (BELL)``: how an offending character is named in messages."""
    name = unicodedata.name(ch, "")
    if not name:
        name = {"\x07": "BELL", "\x00": "NULL", "\r": "CARRIAGE RETURN", "\x1b": "ESCAPE"}.get(ch, "control character")
    return f"U+{ord(ch):04X} ({name})"


def find_forbidden_char(text: str) -> str | None:
    """The first character the format does not allow in any text, or None."""
    m = _CONTROL_RE.search(text) or _SURROGATE_RE.search(text)
    return m.group(0) if m else None


def strip_forbidden_chars(text: str) -> str:
    """Remove control characters and lone surrogates (used for pasted text)."""
    text = normalize_newlines(text)
    return _SURROGATE_RE.sub("", _CONTROL_RE.sub("", text))


_LINE_BREAKS_RE = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")


def clean_one_line(text: str) -> str:
    """Pasted text made fit for a one-line field: line breaks and tabs of any
    kind (Word's manual line break is U+000B) become a space, other control
    characters and lone surrogates are dropped."""
    return strip_forbidden_chars(_LINE_BREAKS_RE.sub(" ", text))


# Bidi controls (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI):
# in a title they can make "invoice‮fdp.exe" look like "invoiceexe.pdf".
_BIDI_CONTROLS_RE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ANY_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def strip_bidi_controls(text: str) -> str:
    """``text`` without bidi embedding, override, isolate and mark characters."""
    return _BIDI_CONTROLS_RE.sub("", text)


def clean_for_display(text: str, limit: int | None = None) -> str:
    """Text from outside (a lock file, a title) made safe to show inside a
    message, a file name or document metadata: one line, no control or bidi
    control characters, runs of spaces made one, and with ``limit`` at most
    that many characters (cut with "…")."""
    text = _ANY_CONTROL_RE.sub(" ", strip_bidi_controls(text))
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def normalize_newlines(text: str) -> str:
    """Windows and old-Mac line ends become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------
# Long-text markup
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A run of literal text with emphasis.  ``text`` may contain ``\\n``
    (a line break inside a paragraph or list item)."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class TextParagraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class TextList:
    """A bullet list (``ordered=False``) or a numbered list starting at ``start``."""

    items: tuple[tuple[Span, ...], ...]
    ordered: bool = False
    start: int = 1


TextBlock = TextParagraph | TextList

_BULLET_RE = re.compile(r"^- (.*)$")
_NUMBER_RE = re.compile(r"^(\d{1,9})\. (.*)$")
# Opening delimiters must be followed, closing ones preceded, by a non-space,
# so "5 * 3 * 2" and "a ** b" stay literal.
# Delimiters never sit inside a word either, so "7*7", "a*b*c" and
# "{{ 7*7 }} … {{ 7*7 }}" stay literal (asterisks in figures and code are
# far commoner in briefs than emphasis inside a word).
#
# Bold is ``(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])`` (dot matches a
# newline), but matched in one pass by :func:`_bold_spans`: as a single
# regular expression it rescans to the end of the text for every unclosed
# ``**``, which made 400 kB of them take minutes.
_BOLD_OPEN_RE = re.compile(r"(?<![\w*])\*\*(?=\S)")
_BOLD_CLOSE_RE = re.compile(r"(?=(?<=\S)\*\*(?![\w*]))")  # every position, overlapping ones too
_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])", re.S)


def _bold_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each ``**bold**`` in ``text``, left to right, in
    time linear in its length.

    An opener takes the first closer at least three characters on (one
    character of content); whether a ``**`` can close depends only on its
    neighbours, so the closers are listed once and walked with one pointer.
    When no closer is left after an opener, none is left after any later
    one either, and the search ends."""
    closers = [m.start() for m in _BOLD_CLOSE_RE.finditer(text)]
    k = 0
    pos = 0
    while k < len(closers):
        opener = _BOLD_OPEN_RE.search(text, pos)
        if opener is None:
            return
        start = opener.start()
        while k < len(closers) and closers[k] < start + 3:
            k += 1
        if k == len(closers):
            return
        end = closers[k] + 2
        yield start, end
        pos = end


def parse_inline(text: str) -> tuple[Span, ...]:
    """Split one paragraph's text into spans of plain, bold and italic text."""
    spans: list[Span] = []

    def italic_pass(chunk: str, bold: bool) -> None:
        pos = 0
        for m in _ITALIC_RE.finditer(chunk):
            if m.start() > pos:
                spans.append(Span(chunk[pos : m.start()], bold, False))
            spans.append(Span(m.group(1), bold, True))
            pos = m.end()
        if pos < len(chunk):
            spans.append(Span(chunk[pos:], bold, False))

    pos = 0
    for start, end in _bold_spans(text):
        if start > pos:
            italic_pass(text[pos:start], False)
        italic_pass(text[start + 2 : end - 2], True)
        pos = end
    if pos < len(text):
        italic_pass(text[pos:], False)
    # Merge neighbours with the same emphasis (keeps writers' output small).
    merged: list[Span] = []
    for s in spans:
        if merged and (merged[-1].bold, merged[-1].italic) == (s.bold, s.italic):
            merged[-1] = Span(merged[-1].text + s.text, s.bold, s.italic)
        else:
            merged.append(s)
    return tuple(merged)


def parse_long_text(text: str | None) -> list[TextBlock]:
    """Parse long text into paragraphs and lists.

    A blank line ends a paragraph or list.  Within a paragraph a single
    newline is kept as a line break.  A line that does not start a new item
    continues the previous list item.
    """
    if not text:
        return []
    blocks: list[TextBlock] = []
    para: list[str] = []
    items: list[list[str]] = []
    kind: tuple[bool, int] | None = None  # (ordered, start) of the open list

    def flush() -> None:
        nonlocal para, items, kind
        if para:
            blocks.append(TextParagraph(parse_inline("\n".join(para))))
            para = []
        if items:
            assert kind is not None
            blocks.append(
                TextList(tuple(parse_inline("\n".join(i)) for i in items), ordered=kind[0], start=kind[1])
            )
            items = []
            kind = None

    for raw in normalize_newlines(text).split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        bullet = _BULLET_RE.match(line)
        number = None if bullet else _NUMBER_RE.match(line)
        if bullet or number:
            ordered = number is not None
            if para or (kind is not None and kind[0] != ordered):
                flush()
            if kind is None:
                kind = (ordered, int(number.group(1)) if number else 1)
            items.append([(number or bullet).group(2 if number else 1).strip()])
        elif items:
            items[-1].append(line.strip())
        else:
            para.append(line.strip())
    flush()
    return blocks


def plain_text(blocks: list[TextBlock]) -> str:
    """The words of parsed long text without markup: what a reader sees."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, TextParagraph):
            out.append("".join(s.text for s in b.spans))
        else:
            out.extend("".join(s.text for s in item) for item in b.items)
    return "\n".join(out)


_WORD_RE = re.compile(r"\w+(?:[’'\-]\w+)*", re.UNICODE)


def word_count(text: str | None) -> int:
    """Words as a reader counts them (markup excluded)."""
    if not text:
        return 0
    return len(_WORD_RE.findall(plain_text(parse_long_text(text))))
