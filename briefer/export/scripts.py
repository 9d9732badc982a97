"""Which writing system a piece of text is in, and which way it runs.

Both writers need this: the PDF writer to pick a font that has the glyphs
(reportlab has no font fallback), the Word writer to mark runs
``w:rtl``/``w:eastAsia``/``w:cs`` so Word picks the right font and order.

The Unicode data comes from the dependencies: a character's script from
``fontTools.unicodedata.script`` (Unicode's Scripts.txt), a paragraph's
base direction from python-bidi (rule P2 of the bidi algorithm).
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import lru_cache

from bidi import get_base_level
from fontTools import unicodedata as ucd


class Script(StrEnum):
    LATIN = "latin"  # also Greek, Cyrillic and every script without a font of its own: the body font
    ARABIC = "arabic"
    HEBREW = "hebrew"
    HAN = "han"  # Chinese characters (and kanji/hanja when alone)
    KANA = "kana"  # Japanese
    HANGUL = "hangul"  # Korean
    DEVANAGARI = "devanagari"  # Hindi, Marathi, Nepali, …
    THAI = "thai"
    TAMIL = "tamil"
    OTHER_RTL = "other-rtl"  # Syriac, Thaana, N'Ko, …: right to left, no bundled font


RTL_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW, Script.OTHER_RTL})
CJK_SCRIPTS = frozenset({Script.HAN, Script.KANA, Script.HANGUL})
# Letters that change shape or place with their neighbours: HarfBuzz shapes them.
SHAPED_SCRIPTS = frozenset({Script.ARABIC, Script.DEVANAGARI, Script.THAI, Script.TAMIL})

# ISO 15924 codes (as fontTools gives them) of the scripts with fonts of their own.
_BY_CODE = {
    "Arab": Script.ARABIC,
    "Hebr": Script.HEBREW,
    "Hani": Script.HAN,
    "Hira": Script.KANA,
    "Kana": Script.KANA,
    "Hang": Script.HANGUL,
    "Deva": Script.DEVANAGARI,
    "Thai": Script.THAI,
    "Taml": Script.TAMIL,
}
# Common, Inherited, Unknown: punctuation, digits, spaces, symbols, emoji,
# combining marks and joiners take the script of their neighbours.
_NEUTRAL_CODES = frozenset({"Zyyy", "Zinh", "Zzzz"})


@lru_cache(maxsize=4096)
def char_script(ch: str) -> Script | None:
    """The script of one character, or None for characters that take the
    script of their neighbours (spaces, digits, punctuation, symbols,
    combining marks)."""
    if ch.isascii():
        return Script.LATIN if ch.isalpha() else None
    code = ucd.script(ch)
    if code in _NEUTRAL_CODES:
        return None
    known = _BY_CODE.get(code)
    if known is not None:
        return known
    if ucd.script_horizontal_direction(code, "LTR") == "RTL":
        return Script.OTHER_RTL
    return Script.LATIN


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


# Language tags (BCP 47, as the .brief holds them) whose Han characters are
# kanji or hanja: drawn with the Japanese or Korean font, not the Chinese one.
_HAN_BY_LANGUAGE = {"ja": Script.KANA, "ko": Script.HANGUL}


def cjk_flavour(text: str, language: str | None = None) -> Script:
    """For Han characters: which CJK font suits them.  Kana or hangul in the
    surrounding text decide; else the language the text is in (``ja``,
    ``ja-JP``, ``ko``), so a name written only in kanji prints with the
    Japanese font; else Chinese."""
    for ch in text:
        sc = char_script(ch)
        if sc in (Script.KANA, Script.HANGUL):
            return sc
    if language:
        return _HAN_BY_LANGUAGE.get(language.split("-")[0].split("_")[0].lower(), Script.HAN)
    return Script.HAN


def base_direction(text: str) -> str:
    """``"rtl"`` when the first strong character of the first paragraph is
    right-to-left (the Unicode bidi algorithm's rule P2, isolates skipped),
    else ``"ltr"``."""
    if not text:
        return "ltr"
    return "rtl" if get_base_level(text) == 1 else "ltr"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "RLE", "RLO", "RLI") for ch in text)
