"""Searching the people library as the user types.

A query matches a person when every word of it is found in the person's
name, Latin name, title or organisation.  Matching ignores case and accents
(NFKD, combining marks dropped, casefold), so "jose" finds "José" and "MÜLLER"
finds "Müller"; names in scripts without spaces (Chinese, Japanese) match
anywhere inside.  Ranking: every word a prefix of a word of the name or
Latin name first, then a prefix of a word of the title or organisation, then
found anywhere; ties by name.

:class:`PeopleIndex` normalises each person once; a search is then a scan
over short strings (see ``benchmarks/people_search.py`` for 5 000 people).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Person

_WORD_SPLIT = re.compile(r"[\s\-‐-―,.;:/()'’\"·・]+")


def normalise(text: str) -> str:
    """Text as search compares it: compatibility-decomposed, without
    combining marks, casefolded."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(normalise(text)) if w]


@dataclass(frozen=True)
class _Indexed:
    person: Person
    name_words: tuple[str, ...]
    other_words: tuple[str, ...]
    haystack: str  # every searched field, normalised, joined by newlines
    sort_key: str


def _index(person: Person) -> _Indexed:
    names = " ".join(filter(None, (person.name, person.name_latin)))
    others = " ".join(filter(None, (person.title, person.organization)))
    hay = "\n".join(normalise(t) for t in (names, others))
    return _Indexed(person, tuple(words(names)), tuple(words(others)), hay, normalise(person.name_latin or person.name))


class PeopleIndex:
    def __init__(self, people: Iterable[Person] = ()):
        self._items = [_index(p) for p in people]
        # Every haystack in one string: str.find runs in C, so finding the
        # people holding a word costs one call per person found, not per person.
        self._all = "\0".join(i.haystack for i in self._items)
        self._starts: list[int] = []
        offset = 0
        for item in self._items:
            self._starts.append(offset)
            offset += len(item.haystack) + 1

    def __len__(self) -> int:
        return len(self._items)

    def search(self, query: str, limit: int | None = 20) -> list[Person]:
        """The people matching ``query``, best first (all of them, by name,
        for an empty query)."""
        terms = words(query)
        if not terms:
            ranked = sorted(self._items, key=lambda i: i.sort_key)
            return [i.person for i in ranked[:limit]]
        hits: list[tuple[int, str, Person]] = []
        for n in sorted(self._holding(max(terms, key=len))):
            item = self._items[n]
            rank = _rank(item, terms)
            if rank is not None:
                hits.append((rank, item.sort_key, item.person))
        hits.sort(key=lambda h: (h[0], h[1]))
        return [h[2] for h in hits[:limit]]


    def _holding(self, term: str) -> set[int]:
        """The indexes of the people whose haystack contains ``term``."""
        found: set[int] = set()
        pos = self._all.find(term)
        while pos != -1:
            n = bisect.bisect_right(self._starts, pos) - 1
            found.add(n)
            nxt = self._starts[n + 1] if n + 1 < len(self._starts) else len(self._all)
            pos = self._all.find(term, nxt)
        return found


def _rank(item: _Indexed, terms: list[str]) -> int | None:
    worst = 0
    for term in terms:
        if term not in item.haystack:
            return None
        if any(w.startswith(term) for w in item.name_words):
            continue
        if any(w.startswith(term) for w in item.other_words):
            worst = max(worst, 1)
        else:
            worst = 2
    return worst
