"""Words no line may break inside: the handling markings a brief prints.

A marking printed "OFFICIAL-SENSIT-IVE" misleads the reader about how to
handle the page.  Compose decides which markings a brief prints
(``LayoutTree.markings``: its scheme's level names, the brief's, its
portions' and its template's markings); :func:`markings_in` finds them in a
text, matched ignoring case as whole words, and both PDF writers ask it:
the reportlab writer never hyphenates a word of a marking, the Typst writer
prints each word of a marking found in the text as one box.  Every other
word, in capitals or not, hyphenates normally.  A word wider than the whole
line is still broken, as nothing else can print it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Markings:
    """The markings of one document, ready to be found in its text."""

    pattern: re.Pattern[str] | None  # any marking as whole words, ignoring case; None for none
    words: frozenset[str]  # every word of every marking, case-folded ("official-sensitive", "top", "secret")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in ``text`` a marking stands: (start, end) of each."""
        if self.pattern is None:
            return []
        return [m.span() for m in self.pattern.finditer(text)]


@lru_cache(maxsize=64)
def markings_in(markings: tuple[str, ...]) -> Markings:
    """The :class:`Markings` of ``markings`` ("OFFICIAL-SENSITIVE",
    "TOP SECRET", …).  A marking matches as whole words: not inside a
    longer word nor a hyphenated one ("Top-level" is not "TOP"); any run of
    white space matches any other."""
    names = sorted({_SPACES_RE.sub(" ", m.strip()) for m in markings if m and m.strip()}, key=len, reverse=True)
    if not names:
        return Markings(None, frozenset())
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in name.split(" ")) for name in names)
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return Markings(pattern, frozenset(word.casefold() for name in names for word in name.split(" ")))


def all_markings(groups: Iterable[Iterable[str | None]]) -> tuple[str, ...]:
    """The distinct, non-empty markings of ``groups``, in order."""
    seen: dict[str, None] = {}
    for group in groups:
        for marking in group:
            if marking and marking.strip():
                seen.setdefault(_SPACES_RE.sub(" ", marking.strip()), None)
    return tuple(seen)
