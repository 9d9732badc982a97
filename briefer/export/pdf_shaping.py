"""Shaping for the PDF writer: HarfBuzz through reportlab, with a text layer
that holds the letters the user typed.

reportlab 5 shapes a word with uharfbuzz when its Paragraph style says
``shaping=1`` and the style's font is ``shapable``: letters join, Indic
conjuncts and reordered vowel signs form, marks are placed by the font.  Two
things it does are not good enough for a brief, and are put right here:

1. *Which words are shaped.*  reportlab shapes every word of such a
   paragraph with the font of the word's first piece, so a word that mixes
   fonts ("Hamas/حماس") would be shaped with the wrong one, and Latin text
   would go through HarfBuzz for nothing.  :func:`shape_frag_word` shapes a
   word only when all of it is in one face that :func:`fonts.needs_shaping`
   names (Arabic, Devanagari, Thai, Tamil).
2. *The text layer.*  reportlab writes each glyph with the character the
   font's character map gives it: for Arabic that is a presentation form
   (U+FExx), so searching or copying "حماس" fails, and for glyphs no
   character maps to (conjuncts, ligatures) a private-use code.  Here every
   shaped glyph whose character is not the text it stands for gets a code of
   its own (Supplementary Private Use Area-A, one per glyph, text and
   advance) whose ToUnicode entry is that text: the cluster's letters, in
   logical order.  Its width in the PDF is the advance HarfBuzz gave it
   (:func:`_widths`), so text extraction sees no gaps inside a word
   (cursive joins and kerning change advances; a reader would take the
   difference for a space).
   A cluster drawn with several glyphs (a Devanagari vowel sign drawn before
   its consonant) shares its letters out among them in drawing order, so the
   extracted text reads as typed.  Marks (no advance: the dots Noto Sans
   Arabic draws apart from their letters, a Thai tone mark, a haraka) read
   with their letter's glyph and are drawn after the rest of the word:
   extractors take a raised mark among the letters for a word break, and
   sort characters by position.

HarfBuzz gives a right-to-left word's glyphs in display order;
:mod:`briefer.export.pdf_text` keeps such a word whole when it puts a line
into display order (:func:`is_display_ordered`).
"""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.lib.abag import ABag
from reportlab.platypus import paragraph as _paragraph

from . import fonts

_REPORTLAB_SHAPE_FRAG_WORD = _ttfonts.shapeFragWord


def _shares(text: str, advances: list[float]) -> list[str]:
    """``text`` shared out among the glyphs of one cluster (their
    ``advances`` in drawing order).  Glyphs that take no room (dots and
    marks the font draws apart from their letter) read as nothing when the
    cluster has a glyph that does; the others take one character each in
    drawing order, the last of them the rest, and any beyond the text
    (Tamil "கொ": three glyphs for two letters) read as nothing."""
    spacing = [n for n, a in enumerate(advances) if a] or [0]
    out = [""] * len(advances)
    for k, n in enumerate(spacing):
        out[n] = text[k:] if k == len(spacing) - 1 else text[k : k + 1]
    return out


def _widths(shares: list[str], advances: list[float]) -> list[float]:
    """PDF widths for the glyphs of one cluster: a glyph that reads as
    something spans the glyphs after it that read as nothing, and those
    have no width, so text extraction sees neither a gap nor an overlap
    inside the word."""
    out = [0.0] * len(shares)
    owner = None
    for n, (share, advance) in enumerate(zip(shares, advances)):
        if share or owner is None:
            owner = n
        out[owner] += advance
    return out


def _marks_read_with_their_letter(
    clusters: list[int], by_cluster: dict[int, list[int]], want: list[str], advance: list[float]
) -> None:
    """A cluster of marks alone (a vowel sign or tone mark typed after its
    letter: Arabic harakat, Thai tone marks) reads with the glyph of the
    letter before it, and its own glyphs read as nothing.  Text extractors
    sort characters by position and take a raised mark for a new word; a
    mark drawn just past its letter came out after the next letter
    ("วา่" for "ว่า")."""
    carrier = None
    for cluster in clusters:
        members = by_cluster[cluster]
        if any(advance[m] for m in members):
            readers = [m for m in members if want[m]]
            if readers:
                carrier = readers[-1]
            continue
        if carrier is None:
            continue
        want[carrier] += "".join(want[m] for m in members)
        for m in members:
            want[m] = ""


def _is_rtl(text: str) -> bool:
    """True when the first strongly directional letter of ``text`` is
    right to left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _relabel(word: list, text: str) -> None:
    """Give every glyph of the shaped ``word`` a code whose ToUnicode entry
    is the text it stands for (see the module's docstring)."""
    pieces = [(i, f, s) for i, (f, s) in enumerate(word[1:], 1) if isinstance(s, _ttfonts.ShapedStr)]
    clusters = sorted({sd.cluster for _, _, s in pieces for sd in s.__shapeData__})
    ends = dict(zip(clusters, clusters[1:] + [len(text)]))
    glyphs = [(k, j, sd.cluster) for k, (_, _, s) in enumerate(pieces) for j, sd in enumerate(s.__shapeData__)]
    by_cluster: dict[int, list[int]] = {}
    for n, (_, _, cluster) in enumerate(glyphs):
        by_cluster.setdefault(cluster, []).append(n)
    want: list[str] = [""] * len(glyphs)
    width = [0.0] * len(glyphs)
    advance = [pieces[k][2].__shapeData__[j].x_advance for k, j, _ in glyphs]
    for cluster, members in by_cluster.items():
        advances = [advance[m] for m in members]
        shares = _shares(text[cluster : ends[cluster]], advances)
        for n, share, w in zip(members, shares, _widths(shares, advances)):
            want[n] = share
            width[n] = w
    _marks_read_with_their_letter(clusters, by_cluster, want, advance)
    if _is_rtl(text):
        # poppler (pdftotext, and the viewers built on it) puts a
        # right-to-left line into logical order glyph by glyph *and* reverses
        # the letters inside a ligature that reads as several ("الله" drawn
        # as alef + one "لله" ligature came back as "اهلل").  Writing a
        # ligature's letters in display order makes them read as typed.  A
        # letter carrying its haraka stays in logical order: pypdf reads
        # that right and poppler does not, and no order suits both.
        want = [w[::-1] if len(w) > 1 and not any(unicodedata.combining(c) for c in w) else w for w in want]
    chars = [list(s) for _, _, s in pieces]
    data = [list(s.__shapeData__) for _, _, s in pieces]
    for n, (k, j, _) in enumerate(glyphs):
        ch, sd = chars[k][j], data[k][j]
        if ch == want[n] and sd.width == width[n]:
            continue
        font = pdfmetrics.getFont(pieces[k][1].fontName)
        gid = font.face.charToGlyph.get(ord(ch), 0)
        code = fonts.shaped_glyph_code(font, gid, want[n], width[n])
        if code is not None:
            chars[k][j] = chr(code)
            data[k][j] = sd._replace(width=width[n])
    silent = [[False] * len(c) for c in chars]
    for n, (k, j, _) in enumerate(glyphs):
        silent[k][j] = not want[n] and not data[k][j].x_advance
    for (i, f, _), new, sds, quiet in zip(pieces, chars, data, silent):
        if any(quiet):
            new, sds = _silent_marks_last(new, sds, quiet)
        word[i] = (f, _ttfonts.ShapedStr("".join(new), shapeData=sds))


def _silent_marks_last(chars: list[str], data: list, silent: list[bool]) -> tuple[list[str], list]:
    """Draw the ``silent`` glyphs (marks that read as nothing: the dots a
    font draws apart from their letter) after the rest of the piece, each
    still at its place.  Drawn among the letters, a mark raised or lowered
    makes text extraction end the word there ("غ زة")."""
    total = sum(sd.x_advance for sd in data)
    pen = 0.0
    letters_c: list[str] = []
    letters_d: list = []
    marks_c: list[str] = []
    marks_d: list = []
    for ch, sd, quiet in zip(chars, data, silent):
        if quiet:
            marks_c.append(ch)
            marks_d.append(sd._replace(x_offset=sd.x_offset + pen - total))
        else:
            letters_c.append(ch)
            letters_d.append(sd)
        pen += sd.x_advance
    return letters_c + marks_c, letters_d + marks_d


def _shaped_face(word: list) -> str | None:
    """The face when every piece of ``word`` is in one face that needs
    shaping, else None."""
    face = None
    for f, _ in word[1:]:
        if hasattr(f, "cbDefn"):
            continue
        if face is None:
            face = f.fontName
            if not fonts.needs_shaping(face):
                return None
        elif f.fontName != face:
            return None
    return face


def shape_frag_word(word: list, *args: object, **kwargs: object) -> list:
    """reportlab's ``shapeFragWord`` for the words that need it (one face
    that :func:`fonts.needs_shaping` names), with the text layer put right.
    Other words are returned as they are."""
    if isinstance(word, _ttfonts.ShapedFragWord) or _shaped_face(word) is None:
        return word
    shaped = _REPORTLAB_SHAPE_FRAG_WORD(word, *args, **kwargs)
    if shaped is not word and isinstance(shaped, _ttfonts.ShapedFragWord):
        text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
        _relabel(shaped, text)
    return shaped


def shape_text(text: str, face: str) -> str:
    """``text`` in ``face`` shaped for drawing on the canvas, word by word
    as a Paragraph shapes it (each word's glyphs in display order, the words
    in logical order; a ``ShapedStr``, size-independent), or ``text`` itself
    when ``face`` needs no shaping."""
    if not fonts.needs_shaping(face) or not text:
        return text
    out = _ttfonts.ShapedStr("", shapeData=[])
    for n, token in enumerate(text.split(" ")):
        if n:
            out = out + " "
        if not token:
            continue
        word = [0.0, (ABag(fontName=face, fontSize=10.0), token)]
        shaped = shape_frag_word(word, force=True)
        if shaped is word:
            out = out + token
            continue
        for _, piece in shaped[1:]:
            out = out + piece
    return out


def shaped_glyphs(text: str) -> list[bool]:
    """For each character of ``text``: True when it is a glyph of a shaped
    word, False for characters added around shaped words as they are
    (spaces, and the pieces of words that were not shaped)."""
    data = getattr(text, "__shapeData__", None)
    if data is None:
        return [False] * len(text)
    return [sd.cluster != _ttfonts._sdSimple.cluster and ch != " " for ch, sd in zip(text, data)]


def is_display_ordered(text: str, face: str) -> bool:
    """True when ``text`` is a shaped right-to-left string: its glyphs are
    already in display order."""
    return isinstance(text, _ttfonts.ShapedStr) and fonts.is_rtl_face(face)


# The paragraph module calls shapeFragWord by this name.
_paragraph.shapeFragWord = shape_frag_word

__all__ = ["is_display_ordered", "shape_frag_word", "shape_text", "shaped_glyphs"]
