"""Find and replace across a whole brief: every text the user typed, in
every section and table, in the order of the brief.

Paths are the field paths of :class:`briefer.gui.edit_session.EditSession`
(``("risks", 2, "mitigation")``, ``("objectives", 0)``).  Markings, the
layout, photos, links to the people library, time zones, links and file
names are not prose and are left out; so are dates, times and choices.
No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError

from .brief import Brief

FieldPath = tuple[str | int, ...]

NOT_PROSE = frozenset(
    {"layout", "portion_markings", "marking", "photo", "person", "language", "timezone", "home_timezone", "url", "file"}
)
"""Fields whose text is a code, a link or a setting, not prose to search."""


@dataclass(frozen=True)
class Match:
    """``text[start:end]`` of the field at ``path`` matches."""

    path: FieldPath
    start: int
    end: int


def text_fields(brief: Brief) -> Iterator[tuple[FieldPath, str]]:
    """Every filled-in prose field of ``brief``, in the brief's order."""
    yield from _walk(brief, ())


def _walk(part: BaseModel, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    for name in type(part).model_fields:
        if name in NOT_PROSE:
            continue
        yield from _values(getattr(part, name), path + (name,))


def _values(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, Enum) or value is None:
        return
    if isinstance(value, str):
        if value:
            yield path, value
    elif isinstance(value, BaseModel):
        yield from _walk(value, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _values(item, path + (i,))


def pattern(needle: str, match_case: bool = False, whole_word: bool = False) -> re.Pattern[str] | None:
    """The regular expression that finds ``needle`` as typed (no wildcards);
    None for an empty needle."""
    if not needle:
        return None
    body = re.escape(needle)
    if whole_word:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if match_case else re.IGNORECASE)


def find_all(brief: Brief, needle: str, match_case: bool = False, whole_word: bool = False) -> list[Match]:
    """Every match of ``needle`` in ``brief``, in the brief's order."""
    rx = pattern(needle, match_case, whole_word)
    if rx is None:
        return []
    return [Match(path, m.start(), m.end()) for path, text in text_fields(brief) for m in rx.finditer(text)]


def replace_in(text: str, match: Match, replacement: str) -> str:
    return text[: match.start] + replacement + text[match.end :]


def replace_all(
    brief: Brief, needle: str, replacement: str, match_case: bool = False, whole_word: bool = False
) -> tuple[Brief, int, list[FieldPath]]:
    """A copy of ``brief`` with every match replaced: ``(copy, replaced,
    refused)``.  A field the replacement would leave invalid (a required
    name emptied) is kept as it was and its path is in ``refused``."""
    rx = pattern(needle, match_case, whole_word)
    out = brief.model_copy(deep=True)
    if rx is None:
        return out, 0, []
    replaced, refused = 0, []
    for path, text in list(text_fields(out)):
        new, n = rx.subn(lambda _m: replacement, text)
        if not n:
            continue
        try:
            _set(out, path, new)
        except (ValidationError, ValueError):
            refused.append(path)
            continue
        replaced += n
    return out, replaced, refused


def _set(root: BaseModel, path: FieldPath, value: str) -> None:
    """Set ``path`` in ``root``; pydantic validates the assignment."""
    owner: Any = root
    for part in path[:-2] if isinstance(path[-1], int) else path[:-1]:
        owner = owner[part] if isinstance(part, int) else getattr(owner, part)
    if isinstance(path[-1], int):
        items = list(getattr(owner, str(path[-2])))
        items[path[-1]] = value
        setattr(owner, str(path[-2]), items)
    else:
        setattr(owner, str(path[-1]), value)
