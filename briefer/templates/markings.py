"""Marking schemes: the ordered handling levels a template's briefs use,
and the rules that relate a brief's markings to them.

``docs/brief-format.md`` (version 2) is the contract.  A template
names its scheme (``layout.marking_scheme``, default ``uk``).  A marking is a
level's name, optionally followed by descriptors or caveats
(``OFFICIAL-SENSITIVE PERSONAL``, ``SECRET//NOFORN``); its level is the
longest level name it starts with.  Matching ignores case and treats any run
of white space as one space; the level name must end the marking or be
followed by a character that is neither a letter, a digit nor a hyphen, so
``OFFICIAL-SENSITIVE`` is never read as ``OFFICIAL`` and ``SECRETARIAT`` is
not ``SECRET``.

A portion without a marking of its own has the brief's marking
(:func:`effective_marking`).  A marking that names no level of the scheme
is a problem (:func:`unknown_markings`): the brief still opens and exports,
but nobody can tell which reader may see that portion, so anything that
selects portions by level (:func:`portions_at_or_below`) refuses it with
:class:`UnknownMarkingError`.

Pure data and functions over the model; no Qt, no writers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model.brief import Brief, Part, PortionMarkings

# --------------------------------------------------------------------------
# Schemes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkingLevel:
    name: str  # "OFFICIAL-SENSITIVE"
    short: str  # "OS": printed before a marked portion, e.g. "(OS)"
    colour: str  # "#RRGGBB": the chip in the app, the banner's accent


@dataclass(frozen=True)
class MarkingScheme:
    key: str  # "uk": what a template's layout.marking_scheme names
    name: str  # "UK": what messages call it ("the UK marking scheme")
    title: str  # "UK Government Security Classifications"
    levels: tuple[MarkingLevel, ...]  # lowest first

    def level(self, name: str) -> MarkingLevel | None:
        """The level called ``name`` exactly (ignoring case), or None."""
        wanted = _normalise(name)
        return next((lv for lv in self.levels if _normalise(lv.name) == wanted), None)

    def rank(self, level: MarkingLevel) -> int:
        """0 for the lowest level, 1 for the next, …"""
        return self.levels.index(level)

    def names(self) -> list[str]:
        return [lv.name for lv in self.levels]


def _scheme(key: str, name: str, title: str, *levels: tuple[str, str, str]) -> MarkingScheme:
    return MarkingScheme(key, name, title, tuple(MarkingLevel(*lv) for lv in levels))


SCHEMES: dict[str, MarkingScheme] = {
    s.key: s
    for s in (
        _scheme(
            "uk",
            "UK",
            "UK Government Security Classifications",
            ("OFFICIAL", "O", "#2E7D32"),
            ("OFFICIAL-SENSITIVE", "OS", "#1F5FAD"),
            ("SECRET", "S", "#C8102E"),
            ("TOP SECRET", "TS", "#E07000"),
        ),
        _scheme(
            "us",
            "US",
            "US classification and CUI",
            ("UNCLASSIFIED", "U", "#007A33"),
            ("CUI", "CUI", "#502B85"),
            ("CONFIDENTIAL", "C", "#0033A0"),
            ("SECRET", "S", "#C8102E"),
            ("TOP SECRET", "TS", "#E07000"),
        ),
        _scheme(
            "nato",
            "NATO",
            "NATO classifications",
            ("NATO UNCLASSIFIED", "NU", "#007A33"),
            ("NATO RESTRICTED", "NR", "#6B7280"),
            ("NATO CONFIDENTIAL", "NC", "#0033A0"),
            ("NATO SECRET", "NS", "#C8102E"),
            ("COSMIC TOP SECRET", "CTS", "#E07000"),
        ),
        _scheme(
            "corporate",
            "Corporate",
            "Corporate information classes",
            ("PUBLIC", "PUBLIC", "#2E7D32"),
            ("INTERNAL", "INTERNAL", "#1F5FAD"),
            ("CONFIDENTIAL", "CONFIDENTIAL", "#B26A00"),
            ("STRICTLY CONFIDENTIAL", "STRICTLY CONFIDENTIAL", "#C8102E"),
        ),
    )
}
DEFAULT_SCHEME = "uk"


def scheme_named(key: str) -> MarkingScheme:
    """The built-in scheme ``key`` (exact, then ignoring case); ValueError names the choices."""
    if key in SCHEMES:
        return SCHEMES[key]
    for name, s in SCHEMES.items():
        if name.casefold() == key.casefold():
            return s
    raise ValueError(f"{key!r} is not a marking scheme; choose one of {', '.join(SCHEMES)}")


# --------------------------------------------------------------------------
# The level of a marking
# --------------------------------------------------------------------------

_SPACES_RE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    return _SPACES_RE.sub(" ", text.strip()).casefold()


def _ends_a_name(rest: str) -> bool:
    """True when ``rest`` (what follows a level name) starts no longer word."""
    return not rest or not (rest[0].isalnum() or rest[0] == "-")


def level_of(marking: str | None, scheme: MarkingScheme) -> MarkingLevel | None:
    """The level ``marking`` names: the longest level name it starts with;
    None for no marking or one that names no level of ``scheme``."""
    if marking is None or not marking.strip():
        return None
    text = _normalise(marking)
    best: MarkingLevel | None = None
    for lv in scheme.levels:
        name = _normalise(lv.name)
        if text.startswith(name) and _ends_a_name(text[len(name) :]) and (best is None or len(name) > len(best.name)):
            best = lv
    return best


def highest(markings: Iterable[str | None], scheme: MarkingScheme) -> str | None:
    """Of ``markings``, the one of the highest level, as written (caveats
    and all); the first of equals wins.  Blank markings and markings that
    name no level are passed over: check :func:`unknown_markings` first
    where that matters."""
    best: str | None = None
    best_rank = -1
    for marking in markings:
        lv = level_of(marking, scheme)
        if lv is not None and scheme.rank(lv) > best_rank:
            best, best_rank = marking, scheme.rank(lv)
    return best


class ReleaseRefused(ValueError):
    """A releasable version cannot be made; ``str()`` says why and what to do."""


class UnknownMarkingError(ReleaseRefused):
    """A portion's marking names no level of the scheme, so whether a reader
    at some level may see it cannot be told.  ``paths`` are field paths."""

    def __init__(self, problems: list[tuple[tuple[str | int, ...], str]], scheme: MarkingScheme):
        self.paths = [path for path, _ in problems]
        first = problems[0][1]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            f"the marking “{first}”{more} names no level of the {scheme.name} scheme ({', '.join(scheme.names())})"
        )


def at_or_below(marking: str | None, level: MarkingLevel, scheme: MarkingScheme) -> bool:
    """True when a portion marked ``marking`` may go to a reader at ``level``.
    Pass the *effective* marking (:func:`effective_marking`); a blank one
    (neither the portion nor the brief is marked) restricts nothing.  Raises
    :class:`UnknownMarkingError` for a marking that names no level."""
    if marking is None or not marking.strip():
        return True  # nothing marks it: no level restricts it
    lv = level_of(marking, scheme)
    if lv is None:
        raise UnknownMarkingError([((), marking)], scheme)
    return scheme.rank(lv) <= scheme.rank(level)


# --------------------------------------------------------------------------
# Portions of a brief
# --------------------------------------------------------------------------

FieldPath = tuple[str | int, ...]

PORTION_FIELDS: tuple[str, ...] = tuple(PortionMarkings.model_fields)
"""Long-text and text-list fields of the brief that ``portion_markings`` can mark."""


def _marked_lists() -> tuple[str, ...]:
    out = []
    for name, info in Brief.model_fields.items():
        args = getattr(info.annotation, "__args__", ())
        item = args[0] if args else None
        if isinstance(item, type) and issubclass(item, Part) and "marking" in item.model_fields:
            out.append(name)
    return tuple(out)


MARKED_LISTS: tuple[str, ...] = _marked_lists()
"""The brief's lists whose every item can carry its own ``marking``."""


def effective_marking(portion: Part | str, brief: Brief) -> str | None:
    """The marking a portion is handled at: its own, else the brief's.
    ``portion`` is a list item (a participant, a risk, …) or the name of a
    field ``portion_markings`` can mark (``"summary"``)."""
    if isinstance(portion, str):
        own = getattr(brief.portion_markings, portion)
    else:
        own = getattr(portion, "marking", None)
    return own if own and own.strip() else brief.marking


def carried_marking(portion: Part, source: str | None, target: str | None) -> str | None:
    """The marking to set on a copy of ``portion`` (a list item of a brief
    marked ``source``) pasted into a brief marked ``target``: None to leave
    it as it is, when it carries its own marking or would be handled at the
    same marking there; else ``source``, the marking it was handled at.  A
    portion of an unmarked brief takes ``target``'s marking (None): it
    holds nothing marked."""
    own = getattr(portion, "marking", None)
    if own and own.strip():
        return None
    was = source if source and source.strip() else None
    now = target if target and target.strip() else None
    if was is None or (now is not None and _normalise(was) == _normalise(now)):
        return None
    return was


def raised_marking(source: str | None, current: str | None, scheme: MarkingScheme) -> str | None:
    """The marking a whole portion (a text list such as ``objectives``,
    marked as one) must take when text handled at ``source`` is pasted into
    it while it is handled at ``current``: ``source`` when that is higher
    (or the portion is unmarked), else None (it keeps its marking; a lower
    one would leave the pasted text under-marked, a higher one stays).
    Markings that name no level cannot be ranked: None."""
    was = source.strip() if source and source.strip() else None
    now = current.strip() if current and current.strip() else None
    if was is None:
        return None
    if now is None:
        return was
    if _normalise(was) == _normalise(now):
        return None
    was_level, now_level = level_of(was, scheme), level_of(now, scheme)
    if was_level is None or now_level is None:
        return None
    return was if scheme.rank(was_level) > scheme.rank(now_level) else None


def _filled(value: object) -> bool:
    return bool(value.strip() if isinstance(value, str) else value)


def portions(brief: Brief) -> Iterator[tuple[FieldPath, Part | str]]:
    """``(path, portion)`` for every filled-in markable portion, in the
    brief's field order: ``(("summary",), "summary")``,
    ``(("risks", 0), Risk(...))``, …"""
    for name in Brief.model_fields:
        if name in PORTION_FIELDS and _filled(getattr(brief, name)):
            yield (name,), name
        elif name in MARKED_LISTS:
            for i, item in enumerate(getattr(brief, name)):
                yield (name, i), item


def marking_paths(brief: Brief) -> Iterator[tuple[FieldPath, str]]:
    """``(path of the marking field, marking)`` for every marking the brief
    sets: its own, each of ``portion_markings`` and each item's."""
    if brief.marking:
        yield ("marking",), brief.marking
    for name in PORTION_FIELDS:
        value = getattr(brief.portion_markings, name)
        if value:
            yield ("portion_markings", name), value
    for name in MARKED_LISTS:
        for i, item in enumerate(getattr(brief, name)):
            if item.marking:
                yield (name, i, "marking"), item.marking


def unknown_markings(brief: Brief, scheme: MarkingScheme) -> list[tuple[FieldPath, str]]:
    """Every marking the brief sets that names no level of ``scheme``."""
    return [(path, m) for path, m in marking_paths(brief) if level_of(m, scheme) is None]


BANNER_JOIN = " / "
"""Between the highest known marking and the markings that name no level,
when a banner must show both."""


def banner(brief: Brief, scheme: MarkingScheme, printed: Iterable[FieldPath] | None = None) -> str | None:
    """The marking printed on every page: the highest of the brief's own
    marking and the effective markings of the portions printed (``printed``
    paths; default: every filled-in portion).

    A marking that names no level cannot be ranked, so it is never dropped
    in favour of a known one (that could print a lower banner than the
    document holds): the banner is then the highest known marking followed
    by each such marking, "SECRET / PROTECT".  The problems panel names them."""
    wanted = None if printed is None else set(printed)
    chosen = [brief.marking]
    for path, portion in portions(brief):
        if wanted is None or path in wanted:
            chosen.append(effective_marking(portion, brief))
    known = highest(chosen, scheme)
    unknown: list[str] = []
    for marking in chosen:
        text = (marking or "").strip()
        if text and level_of(text, scheme) is None and _normalise(text) not in {_normalise(u) for u in unknown}:
            unknown.append(text)
    parts = ([known.strip()] if known else []) + unknown
    return BANNER_JOIN.join(parts) if parts else None


def portions_at_or_below(brief: Brief, level: MarkingLevel, scheme: MarkingScheme) -> list[FieldPath]:
    """Paths of the portions a reader at ``level`` may see (an unmarked
    portion has the brief's marking).  Raises :class:`UnknownMarkingError`
    naming every portion whose effective marking names no level, so a
    releasable version is never made from a guess."""
    unknown = [
        (path, m)
        for path, portion in portions(brief)
        if (m := effective_marking(portion, brief)) and level_of(m, scheme) is None
    ]
    if unknown:
        raise UnknownMarkingError(unknown, scheme)
    return [path for path, portion in portions(brief) if at_or_below(effective_marking(portion, brief), level, scheme)]


def portions_above(brief: Brief, level: MarkingLevel, scheme: MarkingScheme) -> list[FieldPath]:
    """Paths of the portions a reader at ``level`` may not see."""
    keep = set(portions_at_or_below(brief, level, scheme))
    return [path for path, _ in portions(brief) if path not in keep]


# --------------------------------------------------------------------------
# Releasable versions
# --------------------------------------------------------------------------


def release_level(name: str, scheme: MarkingScheme) -> MarkingLevel:
    """The level of ``scheme`` called ``name`` (ignoring case and extra
    spaces); :class:`ReleaseRefused` names the levels otherwise."""
    level = scheme.level(name)
    if level is None:
        raise ReleaseRefused(f"“{name.strip()}” is not a level of the {scheme.name} marking scheme; choose one of {', '.join(scheme.names())}")
    return level


def releasable(brief: Brief, level: MarkingLevel, scheme: MarkingScheme) -> Brief:
    """A copy of ``brief`` holding only what a reader at ``level`` may see:
    every list item and every ``portion_markings`` field whose effective
    marking is above ``level`` is gone (lists close up, so what is printed
    is numbered over what the version holds).  ``brief`` is unchanged.

    Refused (:class:`ReleaseRefused`, or :class:`UnknownMarkingError` which
    is one) when any marking of the brief names no level of ``scheme``, or
    when the brief's own marking is above ``level``: its title, cover and
    every unmarked portion are handled at that marking."""
    unknown = unknown_markings(brief, scheme)
    if unknown:
        raise UnknownMarkingError(unknown, scheme)
    if not at_or_below(brief.marking, level, scheme):
        raise ReleaseRefused(
            f"the brief itself is marked {(brief.marking or '').strip()}, above {level.name}: its title, cover and "
            f"unmarked portions may not go to that reader; lower the brief's marking and mark the portions above it"
        )
    keep = set(portions_at_or_below(brief, level, scheme))
    update: dict[str, object] = {}
    dropped_fields = {}
    for name in PORTION_FIELDS:
        if _filled(getattr(brief, name)) and (name,) not in keep:
            update[name] = [] if isinstance(getattr(brief, name), list) else None
            dropped_fields[name] = None
    for name in MARKED_LISTS:
        items = getattr(brief, name)
        update[name] = [item.model_copy(deep=True) for i, item in enumerate(items) if (name, i) in keep]
    if dropped_fields:
        update["portion_markings"] = brief.portion_markings.model_copy(update=dropped_fields)
    return brief.model_copy(update=update)


__all__ = [
    "DEFAULT_SCHEME",
    "ReleaseRefused",
    "release_level",
    "releasable",
    "MARKED_LISTS",
    "PORTION_FIELDS",
    "SCHEMES",
    "MarkingLevel",
    "MarkingScheme",
    "UnknownMarkingError",
    "at_or_below",
    "banner",
    "effective_marking",
    "highest",
    "level_of",
    "marking_paths",
    "portions",
    "portions_above",
    "portions_at_or_below",
    "scheme_named",
    "unknown_markings",
]
