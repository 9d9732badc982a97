"""Paragraphs and runs for the DOCX writer: literal text, emphasis, links,
line breaks, and the script/direction marks Word needs.

Word picks a font per character class from ``w:rFonts``: ``ascii``/``hAnsi``
(Latin, set once in the styles), ``eastAsia`` (Chinese, Japanese, Korean)
and ``cs`` (complex scripts: Arabic, Hebrew).  So a run of CJK text gets an
``eastAsia`` font and language, a run of Arabic or Hebrew a ``cs`` font,
``w:rtl`` and a bidi language, and a paragraph whose first strong character
is right-to-left gets ``w:bidi``.  Text stays in logical order and Arabic is
*not* reshaped: Word shapes and orders it itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from lxml import etree

from .docx_styles import PARTICIPANT_NAME_ID
from .docx_xml import PPR_ORDER, R_NS, clean_text, el, hex_colour, on, sort_children, text_node, w
from .layout import Run
from .scripts import CJK_SCRIPTS, RTL_SCRIPTS, Script, base_direction, char_script, cjk_flavour, split_scripts

# Fonts Word should use for the scripts the body font lacks, and the
# language tag that tells Word (and spell-checkers) what the run is.  The
# names match the fonts the PDF writer embeds, so a reader who installs them
# sees the same faces; Word substitutes a system font otherwise.
SCRIPT_FONTS: dict[Script, tuple[str, str]] = {
    Script.HAN: ("Noto Sans SC", "zh-CN"),
    Script.KANA: ("Noto Sans JP", "ja-JP"),
    Script.HANGUL: ("Noto Sans KR", "ko-KR"),
    Script.ARABIC: ("Noto Sans Arabic", "ar-SA"),
    Script.HEBREW: ("Heebo", "he-IL"),
    Script.DEVANAGARI: ("Noto Sans Devanagari", "hi-IN"),
    Script.THAI: ("Noto Sans Thai", "th-TH"),
    Script.TAMIL: ("Noto Sans Tamil", "ta-IN"),
}
# Complex scripts Word draws with the w:cs font, left to right.
_CS_LTR_SCRIPTS = frozenset({Script.DEVANAGARI, Script.THAI, Script.TAMIL})

FSI, PDI = "\u2068", "\u2069"
"""First-strong isolate and pop directional isolate (Unicode 6.3)."""

# Marks that set the direction right to left (RLM, RLE, RLO, RLI).
_RTL_MARKS = frozenset("\u200f\u202b\u202e\u2067")
_BREAKS_RE = re.compile("([\n\t])")
_R_ID = f"{{{R_NS}}}id"


def needs_scripts(text: str) -> bool:
    """True when ``text`` has CJK or right-to-left characters (text without
    them takes the fast path, one plain run)."""
    if text.isascii():
        return False
    return any(not ch.isascii() and (char_script(ch) not in (None, Script.LATIN) or ch in _RTL_MARKS) for ch in text)


def is_rtl_paragraph(text: str) -> bool:
    """The paragraph's base direction (first strong character) is RTL."""
    return not text.isascii() and base_direction(text) == "rtl"


@dataclass(frozen=True)
class RunLook:
    """Formatting a container imposes on every run in it (a header cell is
    bold in the header colour; a matrix cell is bold)."""

    bold: bool = False
    colour: str | None = None


PLAIN = RunLook()

LinkRelater = Callable[[str], str]
"""Returns the relationship id of an external hyperlink to the URL."""


def _segments(text: str, context: str, language: str | None = None) -> list[tuple[Script, str]]:
    """Script segments of ``text``.  Han characters standing alone take the
    CJK flavour of ``context`` (the run, e.g. one name): Japanese when it has
    kana, Korean when it has hangul, else after ``language`` (``ja``: a
    name in kanji only), else Chinese."""
    if not needs_scripts(text):
        return [(Script.LATIN, text)]
    segments = split_scripts(text)
    if any(sc == Script.HAN for sc, _ in segments):
        flavour = cjk_flavour(context, language)
        segments = [(flavour if sc == Script.HAN else sc, part) for sc, part in segments]
    if any(sc in RTL_SCRIPTS for sc, _ in segments):
        segments = _untie_neutral_tails(segments)
    return segments


# Bidi classes of punctuation and spaces: their direction comes from their
# neighbours, so a right-to-left run must not claim them at its end.
_NEUTRAL_BIDI = frozenset({"WS", "ON", "B", "S", "BN", "CS", "ES", "ET"})


def _untie_neutral_tails(segments: list[tuple[Script, str]]) -> list[tuple[Script, str]]:
    """Move the trailing spaces and punctuation of each Arabic/Hebrew segment
    into a plain run.  Marked ``w:rtl`` they would be forced right-to-left,
    so "In Hebrew: שלום." in an English paragraph would print its full stop
    before the Hebrew; unmarked, Word places them by the bidi algorithm."""
    out: list[tuple[Script, str]] = []
    for sc, part in segments:
        if sc in RTL_SCRIPTS:
            end = len(part)
            while end and unicodedata.bidirectional(part[end - 1]) in _NEUTRAL_BIDI:
                end -= 1
            if 0 < end < len(part):
                out.append((sc, part[:end]))
                out.append((Script.LATIN, part[end:]))
                continue
        out.append((sc, part))
    return out


def _run(
    parent: etree._Element,
    text: str,
    script: Script,
    *,
    bold: bool,
    italic: bool,
    colour: str | None,
    underline: bool,
    style_id: str | None = None,
) -> None:
    r = el("r", parent)
    rpr = el("rPr")
    if style_id:
        el("rStyle", rpr, val=style_id)
    font = SCRIPT_FONTS.get(script)
    if script in CJK_SCRIPTS and font:
        el("rFonts", rpr, eastAsia=font[0], hint="eastAsia")
    elif (script in RTL_SCRIPTS or script in _CS_LTR_SCRIPTS) and font:
        el("rFonts", rpr, cs=font[0])
    if bold:
        on("b", rpr)
        on("bCs", rpr)
    if italic:
        on("i", rpr)
        on("iCs", rpr)
    if colour:
        el("color", rpr, val=hex_colour(colour))
    if underline:
        el("u", rpr, val="single")
    if script in RTL_SCRIPTS:
        on("rtl", rpr)
    if font:
        if script in CJK_SCRIPTS:
            el("lang", rpr, eastAsia=font[1])
        else:
            el("lang", rpr, bidi=font[1])
    if len(rpr):
        r.append(rpr)
    for piece in _BREAKS_RE.split(text):
        if piece == "\n":
            el("br", r)
        elif piece == "\t":
            el("tab", r)
        elif piece:
            text_node(r, piece)


def add_runs(
    p: etree._Element,
    runs: Iterable[Run],
    *,
    look: RunLook = PLAIN,
    link_colour: str | None = None,
    relate_link: LinkRelater | None = None,
    isolate_rtl: bool = False,
) -> None:
    """Append ``runs`` to the paragraph ``p``: one ``w:r`` per script
    segment, ``w:br`` for ``\\n``, ``w:tab`` for tabs, a ``w:hyperlink``
    for runs with a URL.  ``isolate_rtl`` (a left-to-right paragraph): each
    right-to-left stretch is set between FSI and PDI, so the bidi algorithm
    reads it as one neutral unit and the punctuation around it ("(", ")",
    ":") stays on its own side."""
    runs = [replace(r, text=clean_text(r.text)) for r in runs]
    for run in runs:
        if not run.text:
            continue
        parent = p
        url = clean_text(run.url).strip() if run.url else ""
        if url.startswith("#") and len(url) > 1:  # a bookmark in this document
            parent = el("hyperlink", p, history="1")
            parent.set(w("anchor"), url[1:])
        elif url and relate_link is not None:
            parent = el("hyperlink", p, history="1")
            parent.set(_R_ID, relate_link(url))
        colour = run.color or (link_colour if parent is not p else None) or look.colour
        for script, part in _segments(run.text, run.text, run.language):
            if isolate_rtl and script in RTL_SCRIPTS:
                part = f"{FSI}{part}{PDI}"
            _run(
                parent,
                part,
                script,
                bold=(run.bold and not run.person_name) or look.bold,
                italic=run.italic,
                style_id=PARTICIPANT_NAME_ID if run.person_name else None,
                colour=colour,
                underline=parent is not p,
            )


def paragraph(
    runs: Iterable[Run],
    *,
    style_id: str | None = None,
    align: str = "start",
    look: RunLook = PLAIN,
    link_colour: str | None = None,
    relate_link: LinkRelater | None = None,
    extra_ppr: Callable[[etree._Element], None] | None = None,
    direction: str = "auto",
) -> etree._Element:
    """A complete ``w:p``.  ``align`` is logical (start/center/end); for a
    right-to-left paragraph Word reads ``left``/``right`` relative to the
    paragraph direction, so start is written as no ``w:jc`` at all (the
    natural edge) and end as ``right`` (mirrored to the left edge)."""
    runs = list(runs)
    text = "".join(r.text for r in runs)
    rtl = is_rtl_paragraph(text) if direction == "auto" else direction == "rtl"
    p = el("p")
    ppr = el("pPr", p)
    if style_id:
        el("pStyle", ppr, val=style_id)
    if rtl:
        on("bidi", ppr)
    if align == "center":
        el("jc", ppr, val="center")
    elif align == "end":
        el("jc", ppr, val="right")
    if extra_ppr is not None:
        extra_ppr(ppr)
        sort_children(ppr, PPR_ORDER)
    if not len(ppr):
        p.remove(ppr)
    add_runs(p, runs, look=look, link_colour=link_colour, relate_link=relate_link, isolate_rtl=not rtl)
    return p


def plain_runs(text: str) -> tuple[Run, ...]:
    return (Run(text),)


__all__ = [
    "SCRIPT_FONTS",
    "RunLook",
    "PLAIN",
    "add_runs",
    "paragraph",
    "plain_runs",
    "needs_scripts",
    "is_rtl_paragraph",
]
