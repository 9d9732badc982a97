"""Words no line may break inside: handling markings and words in capitals.

A marking printed "OFFICIAL-SENSIT-IVE" misleads the reader about how to
handle the page.  Both PDF writers ask :func:`never_hyphenated` before they
hyphenate a word (reportlab) or let a line break inside it (Typst); a word
wider than the whole line is still broken, as nothing else can print it.
"""

from __future__ import annotations

import re

from ..templates.markings import SCHEMES

MARKING_WORDS = frozenset(
    part for scheme in SCHEMES.values() for level in scheme.levels for part in re.split(r"[\s/-]+", level.name.casefold()) if part
)
"""Every word of every level name of the built-in marking schemes
("official", "sensitive", "secret", …)."""

_WORD_RE = re.compile(r"[^\W_]+")


def never_hyphenated(word: str) -> bool:
    """True for a word no line may break inside: a word in capitals (a
    handling marking, a caveat, an acronym; a script without capitals,
    Arabic, Hebrew or CJK, is never "in capitals") or one holding a word of a
    marking level's name in any case ("OFFICIAL-SENSITIVE",
    "Official-Sensitive", "NOFORN")."""
    if any(ch.isupper() for ch in word) and not any(ch.islower() for ch in word):
        return True
    return any(part in MARKING_WORDS for part in _WORD_RE.findall(word.casefold()))
