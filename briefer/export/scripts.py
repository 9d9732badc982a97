"""Which writing system a piece of text is in, and which way it runs.

Both writers need this: the PDF writer to pick a font that has the glyphs
(reportlab has no font fallback), the Word writer to mark runs
``w:rtl``/``w:eastAsia``/``w:cs`` so Word picks the right font and order.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import lru_cache


class Script(StrEnum):
    LATIN = "latin"  # also Greek, Cyrillic, punctuation, digits: the body font
    ARABIC = "arabic"
    HEBREW = "hebrew"
    HAN = "han"  # Chinese characters (and kanji/hanja when alone)
    KANA = "kana"  # Japanese
    HANGUL = "hangul"  # Korean
    SYMBOL = "symbol"  # emoji and pictographs: no bundled font has them


RTL_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW})
CJK_SCRIPTS = frozenset({Script.HAN, Script.KANA, Script.HANGUL})


@lru_cache(maxsize=4096)
def char_script(ch: str) -> Script | None:
    """The script of one character, or None for characters that take the
    script of their neighbours (spaces, digits, common punctuation)."""
    cp = ord(ch)
    if cp < 0x80:
        return Script.LATIN if ch.isalpha() else None
    if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
        return Script.HEBREW
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return Script.ARABIC
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return Script.KANA
    if 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xAC00 <= cp <= 0xD7AF:
        return Script.HANGUL
    if (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2FFFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x3000 <= cp <= 0x303F  # CJK punctuation
        or 0xFF00 <= cp <= 0xFF65  # full-width forms
    ):
        return Script.HAN
    if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or cp in (0x200D, 0xFE0F):
        return Script.SYMBOL
    cat = unicodedata.category(ch)
    if cat[0] in "LM":
        return Script.LATIN
    return None


def split_scripts(text: str) -> list[tuple[Script, str]]:
    """Split text into maximal runs of one script.  Neutral characters join
    the run before them (or the one after, at the start).  Han next to kana
    is Japanese, next to hangul Korean: it joins that run."""
    runs: list[tuple[Script, str]] = []
    pending = ""  # neutrals before the first scripted character
    for ch in text:
        sc = char_script(ch)
        if sc is None or (runs and sc == Script.HAN and runs[-1][0] in (Script.KANA, Script.HANGUL)):
            if runs:
                runs[-1] = (runs[-1][0], runs[-1][1] + ch)
            else:
                pending += ch
            continue
        if sc in (Script.KANA, Script.HANGUL) and runs and runs[-1][0] == Script.HAN:
            runs[-1] = (sc, runs[-1][1] + ch)  # the Han run was Japanese/Korean
            continue
        if runs and runs[-1][0] == sc:
            runs[-1] = (sc, runs[-1][1] + ch)
        else:
            runs.append((sc, pending + ch))
            pending = ""
    if pending:
        runs.append((Script.LATIN, pending))
    return runs


def cjk_flavour(text: str) -> Script:
    """For Han characters: which CJK font suits the surrounding text."""
    for ch in text:
        sc = char_script(ch)
        if sc in (Script.KANA, Script.HANGUL):
            return sc
    return Script.HAN


def base_direction(text: str) -> str:
    """``"rtl"`` when the first strong character is right-to-left (the
    Unicode bidi algorithm's rule P2), else ``"ltr"``."""
    for ch in text:
        d = unicodedata.bidirectional(ch)
        if d in ("R", "AL"):
            return "rtl"
        if d == "L":
            return "ltr"
    return "ltr"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "RLE", "RLO", "RLI") for ch in text)
