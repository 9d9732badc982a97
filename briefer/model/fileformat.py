"""The `.brief` envelope: bytes ⇄ :class:`Brief`, with versions and migration.

Reading is defensive: a `.brief` file comes from a mail attachment or a
shared drive and may be anything.  Every way it can be wrong ends in a
:class:`BriefFileError` whose ``problems`` name the field path and what is
wrong, never in a traceback.

Writing is deterministic: the same brief gives the same bytes (field order,
UTF-8 with non-ASCII written as itself, two-space indent, final newline), so
briefs diff well under version control.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import ValidationError

from .brief import Brief, FilePart, brief_to_data
from .text import describe_char, find_forbidden_char

FORMAT_NAME = "briefer-brief"
CURRENT_VERSION = 2
MAX_FILE_BYTES = 25 * 1024 * 1024
"""Briefs are text plus a few size-capped photos; anything bigger is not one."""
MAX_NESTING = 64
"""The deepest nesting of objects and lists a file may have.  A brief needs
under ten levels; unknown keys from a newer Briefer are kept and written
back, so whatever is read must also be writable, and pydantic stops
serialising at about 255 levels."""



def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional fields: a version 1 brief is a version 2
    brief as it is.  (A version 1 file holding a key that version 2 defines,
    say a typo'd ``logistics``, was an unknown key; it is now read as the
    field, and a wrong value in it is reported like any other.)"""
    return data


# A migration turns the brief data of version N into that of version N + 1.
# Add one here (and a fixture in tests/fixtures/) whenever the format changes.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}
OLDEST_VERSION = 1


@dataclass(frozen=True)
class Problem:
    path: str  # e.g. "participants[2].name"; "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class BriefFileError(Exception):
    """A file that is not a readable brief.  ``str()`` is one sentence.

    ``reason`` classifies the few cases a user can act on differently:
    ``"newer-version"`` (update Briefer), ``"permission"`` (ask for access);
    None for a damaged or foreign file."""

    def __init__(self, problems: list[Problem] | str, reason: str | None = None):
        self.reason = reason
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        self.problems = problems
        first = str(problems[0])
        extra = len(problems) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        super().__init__(first + more)


@dataclass
class LoadedBrief:
    brief: Brief
    warnings: list[Problem] = field(default_factory=list)
    migrated_from: int | None = None  # the file's version when it was older


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise BriefFileError(f"the file contains {name}, which is not a valid JSON number")


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BriefFileError(f"the number {text[:20]}… is too large")
    return value


def _parse_int(text: str) -> int:
    if len(text) > 20:
        raise BriefFileError(f"the number {text[:20]}… is too large")
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BriefFileError(f"the key {key!r} appears twice in one object; keep one of them")
        out[key] = value
    return out


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def problems_from_validation(err: ValidationError) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        msg = e["msg"]
        for prefix in ("Value error, ", "Assertion failed, "):
            if msg.startswith(prefix):
                msg = msg[len(prefix) :]
        if e["type"] == "missing":
            msg = "is required but missing"
        problems.append(Problem(_field_path(tuple(e["loc"])), msg))
    return problems


def parse_json(data: bytes) -> Any:
    """Strict JSON: UTF-8 (a BOM is tolerated), no duplicate keys, no NaN."""
    if len(data) > MAX_FILE_BYTES:
        raise BriefFileError(
            f"the file is {len(data) / 1e6:.1f} MB; a brief is at most {MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    if not data.strip():
        raise BriefFileError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    wide = _wide_encoding(data)
    if wide is not None:
        raise BriefFileError(
            f"the file is {wide} text, but a brief is UTF-8; open it in a text editor and save it as UTF-8"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if b"\x00" in data[:1024]:
            raise BriefFileError("the file is binary, not a brief") from None
        raise BriefFileError(f"the file is not UTF-8 text (bad byte at position {e.start})") from None
    if "\x00" in text:
        raise BriefFileError("the file is binary, not a brief")
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_reject_constant,
            parse_float=_parse_float,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as e:
        raise BriefFileError(f"the file is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    except RecursionError:
        raise BriefFileError(_too_deep()) from None
    if nesting_depth(doc) > MAX_NESTING:
        raise BriefFileError(_too_deep())
    try:  # "\ud800" escapes decode to lone surrogates, which no file can hold
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as e:
        raise BriefFileError(
            f"the file contains an invalid character (a lone surrogate U+{ord(e.object[e.start]):04X})"
        ) from None
    return doc


MAX_LIST_ENTRIES = 8_000
"""List entries (participants, points, rows, sources…) in one brief, all
lists together.  Each costs about 15 kB of memory in the PDF export."""
MAX_TEXT_CHARS = 4_000_000
"""Characters of text in one brief, all fields together.  Each costs about
30 bytes of memory in the PDF export.  With both limits reached an export
peaks near 300 MB (``benchmarks/memory.md``); a 25 MB file could otherwise
need 3 GB."""


def size_problem(content: Any, noun: str = "brief") -> str | None:
    """Why the data ``content`` of a brief (or of another file, a ``noun``)
    is too large to export in bounded memory, or None.  Photos (data URIs)
    are capped on their own and are not counted as text."""
    entries = chars = 0
    stack: list[Any] = [content]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(v for k, v in item.items() if k != "photo")
        elif isinstance(item, list):
            entries += len(item)
            stack.extend(item)
        elif isinstance(item, str):
            chars += len(item)
    if entries > MAX_LIST_ENTRIES:
        return (
            f"the {noun} has {entries:,} list entries (participants, points, rows, sources…); "
            f"one {noun} holds at most {MAX_LIST_ENTRIES:,}, so it can be exported; split it into several {noun}s"
        )
    if chars > MAX_TEXT_CHARS:
        return (
            f"the {noun} holds {chars / 1e6:.1f} million characters of text; one {noun} holds at most "
            f"{MAX_TEXT_CHARS // 1_000_000} million, so it can be exported; split it into several {noun}s"
        )
    return None


def _too_deep() -> str:
    return f"the file is nested too deeply to be a brief (more than {MAX_NESTING} levels)"


def nesting_depth(value: Any) -> int:
    """How deeply objects and lists nest in ``value`` (a scalar is 0),
    computed without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when ``data`` looks like JSON in one of them
    (by its byte order mark, or by the zero bytes around a first ASCII
    character such as "{"), else None."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:4]
    if len(head) == 4:
        if (head[0] and not any(head[1:])) or (not any(head[:3]) and head[3]):
            return "UTF-32"
        if (head[0] and not head[1] and head[2] and not head[3]) or (not head[0] and head[1] and not head[2] and head[3]):
            return "UTF-16"
    return None


def open_envelope(
    doc: dict[str, Any],
    *,
    content_key: str,
    current: int,
    oldest: int,
    error: type[BriefFileError] = BriefFileError,
    kind: str = "",
    verb: str = "open",
) -> tuple[dict[str, Any], int]:
    """The content object and version of a Briefer file envelope, after the
    version checks every Briefer file format shares (briefs, templates).
    ``kind`` ("template ") and ``verb`` ("use") phrase the messages."""
    version = doc.get("version")
    if type(version) is not int:
        raise error('the file has no valid "version" number')
    if version > current:
        raise error(
            f"made by a newer Briefer: {kind}format {version}, this version reads up to {current}; "
            f"update Briefer to {verb} it",
            reason="newer-version",
        )
    if version < oldest:
        raise error(f"{kind}format version {version} never existed; the file is damaged")
    content = doc.get(content_key)
    if not isinstance(content, dict):
        raise error(f'the file has no "{content_key}" object')
    return content, version


@dataclass(frozen=True)
class FileKind:
    """What tells one kind of Briefer file from another: its envelope
    (``{"format": format_name, "version": N, content_key: {...}}``), the
    versions this release reads, the word for it in messages and the error
    it raises.  Briefs, trip books and people are read and written by the
    same code (:func:`read_file`, :func:`write_file`), so the checks cannot
    drift apart."""

    format_name: str
    content_key: str
    current: int
    oldest: int
    noun: str
    """"brief", "trip book": what a message calls one."""
    error: type[BriefFileError] = BriefFileError
    kind: str = ""
    """Before "format" in the version messages ("book ")."""
    max_bytes: int = MAX_FILE_BYTES
    migrations: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = field(default_factory=dict)


M = TypeVar("M", bound=FilePart)


def read_file(data: bytes, kind: FileKind, model: type[M]) -> tuple[M, list[Problem], int | None]:
    """The object a whole file of ``kind`` holds, the warnings (unknown keys,
    kept) and the version it was migrated from (None when current).
    Raises ``kind.error``; never anything else for bad bytes."""
    error = kind.error
    if len(data) > kind.max_bytes:
        raise error(f"the file is {len(data) / 1e6:.1f} MB; a {kind.noun} is at most {kind.max_bytes // 2**20} MB")
    try:
        doc = parse_json(data)
    except BriefFileError as e:
        if error is BriefFileError:
            raise
        raise error(e.problems, e.reason) from None
    if not isinstance(doc, dict) or doc.get("format") != kind.format_name:
        raise error(f'this is not a Briefer {kind.noun} (no "format": "{kind.format_name}" in the file)')
    content, version = open_envelope(
        doc, content_key=kind.content_key, current=kind.current, oldest=kind.oldest, error=error, kind=kind.kind
    )
    extra = {k: v for k, v in doc.items() if k not in ("format", "version", kind.content_key)}
    warnings = [Problem(k, "unknown key in the envelope (kept as it is)") for k in extra]
    too_large = size_problem(content, kind.noun)
    if too_large is not None:
        raise error(too_large)
    migrated_from = None
    for v in range(version, kind.current):
        content = kind.migrations[v](content)
        migrated_from = version
    try:
        obj = model.model_validate(content)
    except ValidationError as e:
        raise error(problems_from_validation(e)) from None
    except RecursionError:
        raise error(f"the file is nested too deeply to be a {kind.noun}") from None
    obj.envelope_extra = extra
    warnings += [Problem(p, "unknown key (kept as it is)") for p in obj.unknown_keys()]
    return obj, warnings, migrated_from


def brief_file() -> FileKind:
    """The `.brief` kind, built on each call from the module's version and
    migrations (so a test can pretend the format moved on)."""
    return FileKind(
        format_name=FORMAT_NAME,
        content_key="brief",
        current=CURRENT_VERSION,
        oldest=OLDEST_VERSION,
        noun="brief",
        migrations=MIGRATIONS,
    )


def brief_from_bytes(data: bytes) -> LoadedBrief:
    """Read a whole `.brief` file.  Raises :class:`BriefFileError`."""
    brief, warnings, migrated_from = read_file(data, brief_file(), Brief)
    return LoadedBrief(brief, warnings, migrated_from)


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def write_file(obj: FilePart, kind: FileKind, content: dict[str, Any]) -> bytes:
    """The bytes of a file of ``kind`` holding ``content`` (``obj`` dumped),
    with ``obj``'s unknown envelope keys put back: deterministic, UTF-8,
    two-space indent, final newline.  What could not be read again
    (too large, a forbidden character) raises ``kind.error``, not written."""
    too_large = size_problem(content, kind.noun)
    if too_large is not None:
        raise kind.error(too_large)
    doc = {"format": kind.format_name, "version": kind.current, kind.content_key: content}
    for key, value in obj.envelope_extra.items():  # a newer release's keys, written back as read
        doc.setdefault(key, value)
    text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)
    bad = find_forbidden_char(text.replace("\n", ""))
    if bad is not None:  # unreachable through the model; a last line of defence
        raise kind.error(f"the {kind.noun} contains {describe_char(bad)}, which cannot be saved")
    return (text + "\n").encode("utf-8")


def brief_to_bytes(brief: Brief) -> bytes:
    """The file content for ``brief`` in the current format version."""
    return write_file(brief, brief_file(), brief_to_data(brief))
