"""Text for the PDF writer: user runs → reportlab Paragraph markup, and
right-to-left lines put into display order.

Three problems are solved here and nowhere else:

1. *User text is data.*  ``&``, ``<``, ``>`` are escaped; control characters
   are dropped; nothing the user typed is ever read as markup.
2. *No font fallback in reportlab.*  Every run is split by script
   (:func:`briefer.export.scripts.split_scripts`) and each piece is wrapped in
   ``<font name=…>`` naming a face that has its glyphs; single characters the
   chosen face lacks (arrows, stars, …) go to a bundled face that has them.
   Emoji: no bundled font draws them.  They stay in the text (through
   :func:`briefer.export.fonts.missing_glyph_face`), so copy/paste, search
   and text extraction keep them; on paper they print as Noto Sans' "missing
   glyph" box.  (A picture plus ActualText would be nicer and is far more
   machinery.)
3. *Shaping and right-to-left.*  Arabic, Devanagari, Thai and Tamil are
   shaped by HarfBuzz word by word while reportlab breaks lines
   (:mod:`briefer.export.pdf_shaping`; a paragraph's style turns shaping on
   only when its text has such a script), so the text layer holds the
   letters as typed.  The text stays in logical order while reportlab breaks
   lines; only when a line is drawn does :class:`BidiParagraph` reorder it
   (Unicode bidi algorithm, python-bidi) — reordering a whole paragraph
   before wrapping would put its lines in the wrong order.  A shaped Arabic
   word is already in display order and moves as one piece.  reportlab
   5.1's own RTL support needs ``rlbidi``, which the ``reportlab[bidi]``
   extra pins to an old reportlab; we do not use it.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as uba
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _rl_paragraph

from . import fonts
from .layout import Run
from .pdf_shaping import is_display_ordered, shape_text, shaped_glyphs
from .scripts import SHAPED_SCRIPTS, Script, base_direction, char_script, cjk_flavour, has_rtl, split_scripts

# --------------------------------------------------------------------------
# Cleaning and escaping
# --------------------------------------------------------------------------

_KEEP = {"\n", "\t"}


def clean(text: str) -> str:
    """Drop control and other non-printing format characters that would
    corrupt a PDF string or draw as boxes (the model refuses them; this is
    the writer's own guard).  Keeps newlines and tabs (tabs become spaces),
    joiners and bidi marks."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in _KEEP:
            out.append(" " if ch == "\t" else ch)
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


# --------------------------------------------------------------------------
# Hyphenation that never lets a word out of its frame
# --------------------------------------------------------------------------

# reportlab 5.1 breaks a word wider than the whole line (a URL, a long
# path) at a hyphenation point once and then never splits the rest, which
# runs past the frame: splitLongWords skips a word that hyphenation has
# already split.  Such a word is left to splitLongWords, which breaks it as
# often as it needs; hyphenation is kept for words that fit on a line.
# (Process-wide, like rl_config.useA85: Briefer is reportlab's only user.)
_rl_hyphenate_word = _rl_paragraph._hyphenateWord
_rl_hyphenate_frag_word = _rl_paragraph._hyphenateFragWord


def _hyphenate_word(hyphenator, fontName, fontSize, w, ww, newWidth, maxWidth, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202, N803
    if ww > maxWidth:
        return None
    return _rl_hyphenate_word(hyphenator, fontName, fontSize, w, ww, newWidth, maxWidth, *args, **kw)


def _hyphenate_frag_word(hyphenator, FW, newWidth, maxWidth, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202, N803
    if FW[0] > maxWidth:
        return None
    return _rl_hyphenate_frag_word(hyphenator, FW, newWidth, maxWidth, *args, **kw)


_rl_paragraph._hyphenateWord = _hyphenate_word
_rl_paragraph._hyphenateFragWord = _hyphenate_frag_word


# --------------------------------------------------------------------------
# Runs → markup
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Face:
    """What the paragraph is set in: its family and whether it is bold."""

    family: str
    bold: bool = False
    italic: bool = False


@lru_cache(maxsize=8192)
def _fallback(ch: str, family: str, bold: bool, italic: bool) -> str | None:
    return fonts.fallback_face(ch, family, bold, italic)


def _is_invisible(ch: str) -> bool:
    """Format characters and variation selectors: they shape or select but
    draw nothing themselves."""
    cp = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _mark_face(ch: str, family: str, bold: bool, italic: bool) -> str:
    """A face for a combining mark or format character its base's face lacks."""
    if _is_invisible(ch):
        return fonts.invisible_face(ch)
    return _fallback(ch, family, bold, italic) or fonts.missing_glyph_face(ch)


def _pieces(text: str, family: str, bold: bool, italic: bool, cjk: Script) -> Iterable[tuple[str, str]]:
    """``(face, text)`` pieces of one run, each drawable by its face."""
    if text.isascii():  # the common case: every bundled family has ASCII
        yield fonts.latin_face(family, bold, italic), text
        return
    for script, piece in split_scripts(text):
        if script == Script.HAN:
            script = cjk
        face = fonts.face_for_script(script, family, bold, italic)
        if all(ch in " \n" or fonts.has_glyph(face, ch) for ch in piece):
            yield face, piece
            continue
        # Characters the face lacks go to a bundled face that has them.
        start, cur = 0, face
        for i, ch in enumerate(piece):
            if ch in " \n" or fonts.has_glyph(face, ch):
                want = face
            elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
                # Marks and joiners stay with their base when its face has
                # them; otherwise they go where the text layer still maps
                # them to the real character (never to U+0000).
                want = cur if fonts.has_glyph(cur, ch) else _mark_face(ch, family, bold, italic)
            else:
                want = _fallback(ch, family, bold, italic) or fonts.missing_glyph_face(ch)
            if want != cur:
                if i > start:
                    yield cur, piece[start:i]
                start, cur = i, want
        if start < len(piece):
            yield cur, piece[start:]


def face_runs(text: str, family: str, bold: bool = False) -> list[tuple[str, str]]:
    """``(face, text)`` pieces of one line in logical order, each drawable by its face."""
    text = clean(text).replace("\n", " ")
    return list(_pieces(text, family, bold, False, cjk_flavour(text)))


def runs_markup(runs: Sequence[Run], face: Face) -> str:
    """Paragraph markup for ``runs`` set in ``face``.  Pieces in the
    paragraph's own face carry no ``<font>`` tag (faster to parse).  Han
    characters print in the Japanese, Korean or Chinese font after the kana
    or hangul around them, else after the run's language."""
    plain = "".join(r.text for r in runs)
    ascii_only = plain.isascii()
    base = fonts.latin_face(face.family, face.bold, face.italic)
    out: list[str] = []
    for run in runs:
        text = clean(run.text)
        if not text:
            continue
        cjk = Script.HAN if ascii_only else cjk_flavour(plain, run.language)
        bold = face.bold or run.bold
        italic = face.italic or run.italic
        parts: list[str] = []
        for name, piece in _pieces(text, face.family, bold, italic, cjk):
            body = escape(piece).replace("\n", "<br/>")
            parts.append(body if name == base else f'<font name="{name}">{body}</font>')
        inner = "".join(parts)
        if run.color:
            inner = f'<font color="{_attr(run.color)}">{inner}</font>'
        if run.url:
            inner = f'<a href="{_attr(clean(run.url))}">{inner}</a>'
        out.append(inner)
    return "".join(out)


def text_markup(text: str, face: Face) -> str:
    return runs_markup((Run(text),), face)


# --------------------------------------------------------------------------
# Right-to-left: display order for one line
# --------------------------------------------------------------------------


# python-bidi's algorithm module (which exposes the per-character storage
# that lets us keep track of pieces) predates the isolates of Unicode 6.3 and
# asserts on them.  Each isolate becomes the embedding that does the same for
# a line's display order; the replacement keeps one character for one, so
# piece boundaries do not move.  FSI (U+2068) is resolved by its first
# strong character.
_ISOLATES_AS_EMBEDDINGS = str.maketrans({"\u2066": "\u202a", "\u2067": "\u202b", "\u2069": "\u202c"})


def _resolve_first_strong_isolates(text: str) -> str:
    out = list(text)
    for i, ch in enumerate(out):
        if ch != "\u2068":
            continue
        embed = "\u202a"
        for nxt in text[i + 1 :]:
            d = unicodedata.bidirectional(nxt)
            if d in ("R", "AL"):
                embed = "\u202b"
                break
            if d == "L" or nxt == "\u202c":
                break
        out[i] = embed
    return "".join(out)


# Stands in for the glyphs of a shaped right-to-left word while the bidi
# algorithm runs (their codes are private-use characters, which it would
# take for left-to-right letters).
_RTL_STAND_IN = "\u0627"


def visual_order(pieces: Sequence[str], rtl: bool, shaped_rtl: Sequence[bool] | None = None) -> list[tuple[int, str]]:
    """Reorder one line, given as logical ``pieces`` (one per font/colour),
    into display order: ``(piece index, text)`` from left to right, with
    brackets mirrored in right-to-left runs.  Pieces flagged in
    ``shaped_rtl`` hold shaped right-to-left words whose glyphs are already
    in display order: each such word moves as a whole; the other characters
    of the piece (spaces, brackets next to a word in another font) are
    placed like any other."""
    if shaped_rtl is None or not any(shaped_rtl):
        return _visual_order(pieces, rtl)
    masks = [shaped_glyphs(p) if keep else None for p, keep in zip(pieces, shaped_rtl)]
    text = "".join(
        p if mask is None else "".join(_RTL_STAND_IN if glyph else ch for ch, glyph in zip(p, mask))
        for p, mask in zip(pieces, masks)
    )
    out: list[tuple[int, str]] = []
    for src, chars in _reordered(text, [len(p) for p in pieces], rtl):
        mask = masks[src]
        if mask is None:
            out.append((src, "".join(ch for _, ch in chars)))
        else:
            out.append((src, _words_in_display_order(pieces[src], mask, chars)))
    return out


def _words_in_display_order(piece: str, glyph: list[bool], chars: list[tuple[int, str]]) -> str:
    """The characters of ``piece`` as placed by the bidi algorithm
    (``chars``: position in the piece, character as displayed), except that
    each shaped word (a run of glyphs) is taken as stored: its glyphs are in
    display order already."""
    out = piece[:0]
    word: list[int] = []
    for k, ch in [*chars, (-1, "")]:
        if k >= 0 and glyph[k]:
            word.append(k)
            continue
        if word:
            out = out + piece[min(word) : max(word) + 1]
            word = []
        if k >= 0:
            out = out + (piece[k] if ch == piece[k] else ch)
    return out


def _visual_order(pieces: Sequence[str], rtl: bool) -> list[tuple[int, str]]:
    return [(src, "".join(ch for _, ch in chars)) for src, chars in _reordered("".join(pieces), [len(p) for p in pieces], rtl)]


def _reordered(text: str, lengths: Sequence[int], rtl: bool) -> list[tuple[int, list[tuple[int, str]]]]:
    """The characters of ``text`` (made of pieces of ``lengths``) in display
    order, grouped by piece: ``(piece index, [(position in piece, character
    as displayed)])``."""
    text = text.translate(_ISOLATES_AS_EMBEDDINGS)
    if not text:
        return []
    if "\u2068" in text:
        text = _resolve_first_strong_isolates(text)
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage, False, False)
    chars = storage["chars"]
    k = 0
    for i, n in enumerate(lengths):
        for pos in range(n):
            chars[k]["src"] = i
            chars[k]["pos"] = pos
            k += 1
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    out: list[tuple[int, list[tuple[int, str]]]] = []
    for ch in storage["chars"]:
        src = ch["src"]
        if out and out[-1][0] == src:
            out[-1][1].append((ch["pos"], ch["ch"]))
        else:
            out.append((src, [(ch["pos"], ch["ch"])]))
    return out


def _visual_frag_line(line: object, rtl: bool) -> object:
    """A copy of a reportlab FragLine (kind 1) with its frags in display order."""
    words = list(line.words)  # type: ignore[attr-defined]
    texts = [getattr(w, "text", "") for w in words]
    # Trailing spaces would move to the far side in a right-to-left line.
    # (Sliced, not stripped: a slice of a shaped string keeps its glyph positions.)
    while texts and texts[-1] != texts[-1].rstrip(" "):
        texts[-1] = texts[-1][: len(texts[-1].rstrip(" "))]
    shaped_rtl = [is_display_ordered(t, getattr(w, "fontName", "")) for t, w in zip(texts, words)]
    new_words = []
    for src, text in visual_order(texts, rtl, shaped_rtl):
        new_words.append(words[src].clone(text=text))
    extras = [w for w in words if not hasattr(w, "text")]  # images/anchors: keep
    new = line.clone(words=new_words + extras)  # type: ignore[attr-defined]
    return new


class BidiParagraph(Paragraph):
    """A Paragraph whose lines are broken in logical order and drawn in
    display order.  Used for paragraphs containing right-to-left text."""

    rtl: bool = False

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1, encoding="utf8"):  # noqa: ANN001
        super().__init__(text, style, bulletText=bulletText, frags=frags, caseSensitive=caseSensitive, encoding=encoding)

    def split(self, availWidth, availHeight):  # noqa: ANN001, ANN201
        parts = super().split(availWidth, availHeight)
        for p in parts:
            if isinstance(p, BidiParagraph):
                p.rtl = self.rtl
        return parts

    def drawPara(self, debug=0):  # noqa: ANN001, ANN201
        bl = self.blPara
        logical = bl.lines
        if bl.kind == 0:
            bl.lines = [(extra, ["".join(t for _, t in visual_order([" ".join(words)], self.rtl))]) for extra, words in logical]
        else:
            bl.lines = [_visual_frag_line(line, self.rtl) for line in logical]
        try:
            return super().drawPara(debug)
        finally:
            bl.lines = logical


def needs_shaping(plain: str) -> bool:
    """True when ``plain`` has letters of a script that HarfBuzz must shape."""
    return not plain.isascii() and any(char_script(ch) in SHAPED_SCRIPTS for ch in plain if not ch.isascii())


_SHAPING_STYLES: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()


def paragraph_style(style: ParagraphStyle, plain: str) -> ParagraphStyle:
    """The style to set ``plain`` in: ``style``, with reportlab's HarfBuzz
    shaping turned on when the text needs it."""
    return _shaping_style(style) if needs_shaping(plain) else style


def _shaping_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with reportlab's shaping turned on (made once per style)."""
    shaping = _SHAPING_STYLES.get(style)
    if shaping is None:
        shaping = _SHAPING_STYLES[style] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return shaping


def make_paragraph(markup: str, style: object, plain: str, *, bullet: str | None = None, rtl: bool | None = None) -> Paragraph:
    """A Paragraph, or a BidiParagraph when ``plain`` has right-to-left text;
    its words in Arabic, Devanagari, Thai or Tamil are shaped by HarfBuzz.
    ``rtl``: the paragraph's base direction (None: its first strong
    character's)."""
    style = paragraph_style(style, plain)  # type: ignore[arg-type]
    if not plain.isascii() and has_rtl(plain):
        p = BidiParagraph(markup, style, bulletText=bullet)
        p.rtl = base_direction(plain) == "rtl" if rtl is None else rtl
        return p
    return Paragraph(markup, style, bulletText=bullet)


# --------------------------------------------------------------------------
# Single lines on the canvas (marking, running header, footer, watermark)
# --------------------------------------------------------------------------


def line_pieces(text: str, family: str, bold: bool = False) -> list[tuple[str, str]]:
    """``(face, text)`` pieces of a one-line string in display order."""
    text = clean(text).replace("\n", " ")
    pieces = [(face, shape_text(piece, face)) for face, piece in _pieces(text, family, bold, False, cjk_flavour(text))]
    if not has_rtl(text):
        return pieces
    shaped_rtl = [is_display_ordered(p, face) for face, p in pieces]
    order = visual_order([p for _, p in pieces], base_direction(text) == "rtl", shaped_rtl)
    return [(pieces[i][0], t) for i, t in order]


def _width(text: str, face: str, size: float) -> float:
    if isinstance(text, ShapedStr):
        return sum(sd.x_advance for sd in text.__shapeData__) * size / 1000
    return stringWidth(text, face, size)


def pieces_width(pieces: Sequence[tuple[str, str]], size: float) -> float:
    return sum(_width(t, f, size) for f, t in pieces)


def draw_line(canvas: object, pieces: Sequence[tuple[str, str]], x: float, y: float, size: float, align: str = "left") -> None:
    """Draw display-ordered pieces on one baseline; ``align`` says what ``x``
    is: the left end, the centre or the right end."""
    width = pieces_width(pieces, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    t = canvas.beginText(x, y)  # type: ignore[attr-defined]
    for face, piece in pieces:
        t.setFont(face, size)
        t.textOut(piece)
    canvas.drawText(t)  # type: ignore[attr-defined]
