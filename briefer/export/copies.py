"""Numbered copies: who gets which copy, what each file is called, and the
register the office keeps.

:func:`recipients_from_brief` and :func:`recipients_from_csv` give the
numbered list; :func:`copy_file_name` the safe ``NN-name.pdf``;
:func:`register_csv` the ``distribution.csv`` (copy, name, organisation,
file, SHA-256).  The stamping itself is in :mod:`.stamp` (pypdf and
reportlab, imported on first use by :func:`briefer.export.formats.write_copies`);
writing the files is the caller's (the CLI, the app), each through the
atomic write.  No reportlab or pypdf here: the app imports this at start.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model.brief import Brief
from ..model.text import find_forbidden_char

MAX_RECIPIENTS = 999
REGISTER_NAME = "distribution.csv"
REGISTER_HEADER = ("copy", "name", "organisation", "file", "sha256")


class CopiesError(ValueError):
    """A recipient list that cannot give numbered copies; ``str()`` says what to fix."""


@dataclass(frozen=True)
class Copy:
    """One numbered copy: ``number`` of ``of``, for ``name`` of ``organisation``."""

    number: int
    of: int
    name: str
    organisation: str | None = None

    @property
    def holder(self) -> str:
        """"Jane Doe (FCDO)" or "Jane Doe"."""
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def stamp_text(self) -> str:
        return f"Copy {self.number} of {self.of} · {self.holder}"


# --------------------------------------------------------------------------
# Recipients
# --------------------------------------------------------------------------


def number_copies(entries: Sequence[tuple[str, str | None, int | None]]) -> list[Copy]:
    """``(name, organisation, copy number or None)`` → numbered copies,
    in copy order.  A given number is kept; the others take the lowest
    numbers not given, in list order.  Two entries with the same number
    are refused.  M is the highest number (so a register with gaps says so)."""
    if not entries:
        raise CopiesError("the distribution list is empty; add recipients to the brief or give --recipients LIST.csv")
    if len(entries) > MAX_RECIPIENTS:
        raise CopiesError(f"{len(entries)} recipients; at most {MAX_RECIPIENTS} numbered copies are made at once")
    given: dict[int, str] = {}
    for name, _, number in entries:
        if number is not None:
            if number in given:
                raise CopiesError(f"copy {number} is given to both {given[number]} and {name}; give each a number of its own")
            given[number] = name
    free = (n for n in range(1, 10 * MAX_RECIPIENTS) if n not in given)
    numbered = [(number if number is not None else next(free), name, org) for name, org, number in entries]
    of = max(n for n, _, _ in numbered)
    return sorted((Copy(n, of, name, org) for n, name, org in numbered), key=lambda c: c.number)


def recipients_from_brief(brief: Brief) -> list[Copy]:
    """The brief's ``distribution``, numbered."""
    return number_copies(
        [(r.name.strip(), r.organisation.strip() if r.organisation and r.organisation.strip() else None, r.copy_number) for r in brief.distribution]
    )


def recipients_from_csv(data: bytes, source: str = "the recipients file") -> list[Copy]:
    """A CSV with the header ``name,organisation`` (UTF-8, with or without a
    byte-order mark; comma or semicolon), numbered in file order."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CopiesError(f"{source} is not UTF-8 text; save it as CSV UTF-8") from None
    if not text.strip():
        raise CopiesError(f"{source} is empty; it needs the header name,organisation and one line per recipient")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [h.strip().casefold() for h in rows[0]]
    if "name" not in header:
        raise CopiesError(f"{source}: the first line must be the header name,organisation (it is {first[:60]!r})")
    unknown = [h for h in header if h and h not in ("name", "organisation", "organization")]
    if unknown and not {"organisation", "organization"} & set(header):
        # Without an organisation column, another column ("org", "ministry")
        # is most likely meant as one: refused, not silently left unprinted.
        raise CopiesError(
            f"{source}: the column {unknown[0]!r} is not one Briefer reads; "
            "the header is name,organisation (rename or remove the column)"
        )
    name_at = header.index("name")
    org_at = next((header.index(k) for k in ("organisation", "organization") if k in header), None)
    entries: list[tuple[str, str | None, int | None]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        name = row[name_at].strip() if name_at < len(row) else ""
        org = row[org_at].strip() if org_at is not None and org_at < len(row) else ""
        if not name:
            raise CopiesError(f"{source}, line {line}: the name is empty; every recipient needs one")
        for value in (name, org):
            if find_forbidden_char(value) is not None or "\n" in value:
                raise CopiesError(f"{source}, line {line}: the name or organisation holds a control character or line break; remove it")
        entries.append((name, org or None, None))
    if not entries:
        raise CopiesError(f"{source} lists no recipients under its header")
    return number_copies(entries)


_UNSAFE_RE = re.compile(r"[^\w.-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def copy_file_name(copy: Copy) -> str:
    """``03-Jane-Doe.pdf``: the copy number (two digits at least, so the
    files sort) and the name as a safe file name on every system: letters
    and digits of any script, ``-`` for anything else, at most 60
    characters; never a reserved Windows name or a hidden file."""
    width = max(2, len(str(copy.of)))
    stem = unicodedata.normalize("NFC", copy.name)
    stem = _UNSAFE_RE.sub("-", stem).strip("-._")[:60].strip("-._")
    if not stem or stem.casefold() in _RESERVED:
        stem = "recipient"
    return f"{copy.number:0{width}d}-{stem}.pdf"


class CopiesHalted(Exception):
    """Writing the copies stopped at ``copy``: ``written`` were written
    whole (each by an atomic write), the rest and the register were not."""

    def __init__(self, written: list[tuple[Copy, str, str]], copy: Copy, file: str, cause: BaseException):
        self.written, self.copy, self.file, self.cause = written, copy, file, cause
        done = ", ".join(f for _, f, _ in written) if written else "none"
        if file == REGISTER_NAME:
            super().__init__(f"the register {REGISTER_NAME} was not written: {cause}; copies written whole: {done}")
        else:
            super().__init__(
                f"copy {copy.number} ({file}) was not written: {cause}; copies written whole: {done}; "
                f"no register ({REGISTER_NAME}) was written"
            )


def planned_files(copies: Sequence[Copy]) -> list[str]:
    """The names :func:`write_copies` writes, the register last."""
    return [*(copy_file_name(c) for c in copies), REGISTER_NAME]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def register_csv(rows: Iterable[tuple[Copy, str, str]]) -> bytes:
    """The register: ``copy,name,organisation,file,sha256`` for each
    ``(copy, file name, SHA-256)``, UTF-8 with a byte-order mark (so a
    spreadsheet reads any script), one line per copy."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(REGISTER_HEADER)
    for copy, file, digest in rows:
        w.writerow([copy.number, _csv_safe(copy.name), _csv_safe(copy.organisation or ""), file, digest])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading ``= + - @`` would be read as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


__all__ = [
    "CopiesHalted",
    "Copy",
    "planned_files",
    "CopiesError",
    "REGISTER_HEADER",
    "REGISTER_NAME",
    "copy_file_name",
    "number_copies",
    "recipients_from_brief",
    "recipients_from_csv",
    "register_csv",
    "sha256",
]
