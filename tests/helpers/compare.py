"""Compare what a user typed with what an exported document shows.

Exports do not give text back byte for byte, for reasons that are not
defects; :func:`normalise` removes exactly those differences and no more:

* NFKC: PDF extraction returns Arabic as presentation forms (U+FExx) and
  ligatures as one character; NFKC maps them back to letters.
* Format characters (Unicode category Cf: bidi marks and overrides, zero
  width space/joiners, U+FEFF, soft hyphen) are invisible; extractors drop
  or keep them at will.  They are removed from both sides.
* Private-use (Co) and unassigned (Cn) code points: the PDF writer drops
  them on purpose (``pdf_text.clean``: no bundled font can draw them); the
  .brief and the DOCX keep them.  Removed from both sides.
* White space: a wrapped line becomes a newline, a tab a space, runs of
  spaces may merge.  All white space is collapsed (or removed by
  :func:`squeeze`, so a word wrapped mid-word is still found).

A soft hyphen (U+00AD) where a line breaks prints as a hyphen: words are
also looked for in the text with "hyphen + line break" removed.

Right-to-left text is drawn in display order, so :func:`missing_words`
also accepts a right-to-left run reversed (after Arabic shaping, which
merges lam-alef into one glyph).  In a right-to-left paragraph neutral
punctuation moves, brackets mirror and a number next to an Arabic letter
joins its run, so in a text that contains right-to-left letters a word that
is not found whole is compared by its letter/digit runs.  A shaped
ligature of several letters (lam-lam-heh in الله) is one glyph whose
letters come back in typed order inside a run drawn in display order, and
pypdf may place the run's glyphs apart: a right-to-left run is also found
when its letters all stand within a few characters of each other.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_DROP_CATEGORIES = {"Cf", "Co", "Cn", "Cc", "Cs"}
_RTL_CLASSES = {"R", "AL"}
_WS_RE = re.compile(r"\s+")
_SOFT_BREAK_RE = re.compile("[-\u2010]\n")
"""A line broken at a soft hyphen (U+00AD) shows a hyphen before the break."""


def normalise(text: str) -> str:
    """NFKC, no invisible/undrawable characters, white space collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        " " if ch in "\t\n\r\f\v" else ch
        for ch in text
        if ch in "\t\n\r\f\v" or unicodedata.category(ch) not in _DROP_CATEGORIES
    )
    return _WS_RE.sub(" ", text).strip()


def squeeze(text: str) -> str:
    """:func:`normalise` with every white space removed."""
    return _WS_RE.sub("", normalise(text))


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _RTL_CLASSES


def _runs(word: str) -> list[str]:
    """Maximal runs of right-to-left letters, of other letters, and of digits
    (each with its combining marks)."""
    runs: list[str] = []
    current = ""
    direction: bool | None = None  # True right-to-left letters, False others, None digits
    for ch in word:
        cat = unicodedata.category(ch)
        if cat[0] == "M" and current:
            current += ch
            continue
        if cat[0] not in "LN":
            if current:
                runs.append(current)
            current, direction = "", None
            continue
        rtl = _is_rtl(ch) if cat[0] == "L" else None  # digits are a class of their own in bidi
        if current and rtl != direction:
            runs.append(current)
            current = ""
        current += ch
        direction = rtl
    if current:
        runs.append(current)
    return runs


def _display_forms(run: str) -> set[str]:
    return {squeeze(f) for f in (run, run[::-1])}


def _letters_nearby(run: str, hay: str, slack: int = 4) -> bool:
    """Every letter of the right-to-left ``run`` within ``len(run) + slack``
    consecutive characters of ``hay``, in any order."""
    need = Counter(run)
    size = len(run) + slack
    window: Counter[str] = Counter(hay[:size])
    for i in range(max(len(hay) - size, 0) + 1):
        if i:
            window[hay[i - 1]] -= 1
            if i + size - 1 < len(hay):
                window[hay[i + size - 1]] += 1
        if all(window[ch] >= k for ch, k in need.items()):
            return True
    return False


def missing_words(expected: str, shown: str, *, in_rtl_paragraph: bool = False) -> list[str]:
    """The words of ``expected`` that cannot be found in ``shown`` (an
    extracted PDF or DOCX text), after :func:`normalise`.  Empty means every
    word came back.  ``in_rtl_paragraph``: the text is printed in a paragraph
    that also holds right-to-left text, so bidi may move its neutrals too."""
    hay = squeeze(shown) + "\uffff" + squeeze(_SOFT_BREAK_RE.sub("", shown))
    missing = []
    text = normalise(expected)
    mixed = in_rtl_paragraph or any(_is_rtl(ch) for ch in text)  # bidi may move digits and neutrals anywhere in such text
    for word in text.split(" "):
        if not word:
            continue
        w = squeeze(word)
        if not w or w in hay:
            continue
        if mixed:
            runs = _runs(w)
            if runs and all(
                any(f in hay for f in _display_forms(r)) or (len(r) > 2 and _is_rtl(r[0]) and _letters_nearby(squeeze(r), hay))
                for r in runs
            ):
                continue
        missing.append(word)
    return missing
