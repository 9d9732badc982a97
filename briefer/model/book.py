"""The `.briefbook` file: a trip book of several briefs, with a programme.

``shared/spec/brief-format.md`` defines it: envelope ``briefer-book``
version 1, a ``book`` object listing brief files (relative to the book's
folder) in order, and a day-by-day programme whose rows may point at a brief
by its index in that list.  The envelope rules are those of a brief
(:func:`briefer.model.fileformat.open_envelope`): a newer version is
refused, unknown keys are kept and written back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from .brief import Date, FilePart, Marking, Part, RequiredText, Text, Time, _none_to_list
from .fileformat import BriefFileError, FileKind, Problem, read_file, write_file

BOOK_FORMAT_NAME = "briefer-book"
BOOK_VERSION = 1
BOOK_EXTENSION = ".briefbook"


class BookFileError(BriefFileError):
    """A file that is not a readable trip book, or a book one of whose
    briefs cannot be read.  ``str()`` is one sentence."""


def _brief_index(value: Any) -> Any:
    if value is None:
        return None
    if type(value) is not int or value < 0:
        raise ValueError(f"must be the number of a brief in the book (0 for the first), not {value!r}")
    return value


class BookBrief(Part):
    """One brief of the book: its file, relative to the book's folder."""

    file: RequiredText


class ProgrammeItem(Part):
    """A row of the programme; ``brief`` is the index of its brief in ``briefs``."""

    date: Date = None
    time: Time = None
    item: RequiredText
    brief: Annotated[int | None, BeforeValidator(_brief_index)] = None


class Book(FilePart):
    title: RequiredText
    subtitle: Text = None
    prepared_for: Text = None
    marking: Marking = None
    """The least the book is marked; the banner is the highest of this and
    the banners of its briefs."""
    briefs: Annotated[list[BookBrief], BeforeValidator(_none_to_list)] = Field(default_factory=list)
    programme: Annotated[list[ProgrammeItem], BeforeValidator(_none_to_list)] = Field(default_factory=list)


def book_problems(book: Book) -> list[Problem]:
    """What is wrong with a book that still reads: a brief listed twice, a
    programme row pointing at no brief of the book, no briefs at all."""
    out: list[Problem] = []
    if not book.briefs:
        out.append(Problem("briefs", "the book lists no briefs; add at least one"))
    seen = Counter(b.file for b in book.briefs)
    reported: set[str] = set()
    for i, b in enumerate(book.briefs):
        if seen[b.file] > 1 and b.file not in reported:
            reported.add(b.file)
            out.append(Problem(f"briefs[{i}].file", f"“{b.file}” is listed {seen[b.file]} times; keep it once"))
    for i, row in enumerate(book.programme):
        if row.brief is not None and row.brief >= len(book.briefs):
            out.append(
                Problem(
                    f"programme[{i}].brief",
                    f"points at brief {row.brief}, but the book has {len(book.briefs)} (numbered from 0)",
                )
            )
    return out


@dataclass
class LoadedBook:
    book: Book
    warnings: list[Problem] = field(default_factory=list)


BOOK_FILE = FileKind(
    format_name=BOOK_FORMAT_NAME,
    content_key="book",
    current=BOOK_VERSION,
    oldest=1,
    noun="trip book",
    error=BookFileError,
    kind="book ",
)


def book_from_bytes(data: bytes) -> LoadedBook:
    """Read a whole `.briefbook` file.  Raises :class:`BookFileError`."""
    book, warnings, _ = read_file(data, BOOK_FILE, Book)
    return LoadedBook(book, warnings)


def book_to_bytes(book: Book) -> bytes:
    """The file content for ``book``: deterministic, as for a brief."""
    return write_file(book, BOOK_FILE, book.model_dump(mode="json"))


__all__ = [
    "BOOK_EXTENSION",
    "BOOK_FORMAT_NAME",
    "BOOK_VERSION",
    "Book",
    "BookBrief",
    "BookFileError",
    "LoadedBook",
    "ProgrammeItem",
    "book_from_bytes",
    "book_problems",
    "book_to_bytes",
]
