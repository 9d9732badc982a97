"""Loading and saving `.briefbook` files, and reading the briefs a book lists.

A book's brief paths are relative to the book's folder, so a copied folder
still works.  :func:`load_book_briefs` reads every brief before anything is
printed: a brief that is missing, unreadable or from a newer Briefer is
named in a :class:`~briefer.model.book.BookFileError`, and the book is not
printed half.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from briefer.model.book import Book, BookFileError, LoadedBook, book_from_bytes, book_problems, book_to_bytes
from briefer.model.brief import Brief
from briefer.model.fileformat import BriefFileError

from .atomic import SaveError, atomic_write
from .files import PathLike, file_error, load_brief, read_brief_bytes


def load_book(path: PathLike) -> LoadedBook:
    """Read and validate the book at ``path``.  Raises :class:`BookFileError`
    whose ``str()`` names the file."""
    try:
        data = read_brief_bytes(path)
        return book_from_bytes(data)
    except BriefFileError as e:
        err = file_error(path, e.problems, e.reason)
        raise BookFileError(err.problems, err.reason) from None


def save_book(path: PathLike, book: Book, *, replace_read_only: bool = False) -> None:
    """Save ``book`` atomically, keeping the previous file as ``NAME.briefbook.bak``.
    A read-only file raises :class:`~briefer.storage.atomic.ReadOnlyFileError`
    unless ``replace_read_only``; a book that could not be opened again
    (too large, a character no file can hold) a :class:`SaveError`, and
    nothing is written."""
    try:
        data = book_to_bytes(book)
    except BriefFileError as e:
        name = os.path.basename(os.fspath(path)) or os.fspath(path)
        raise SaveError(f"Could not save “{name}”: {e}.") from None
    with atomic_write(os.fspath(path), keep_backup=True, replace_read_only=replace_read_only) as fh:
        fh.write(data)


def brief_path(book_path: PathLike, file: str) -> str:
    """Where a brief listed as ``file`` in the book at ``book_path`` is."""
    return os.path.join(os.path.dirname(os.path.abspath(os.fspath(book_path))), file)


def relative_brief_file(book_path: PathLike, brief: PathLike) -> str:
    """How the book at ``book_path`` lists the brief at ``brief``: relative
    to the book's folder, with forward slashes."""
    folder = os.path.dirname(os.path.abspath(os.fspath(book_path)))
    return os.path.relpath(os.path.abspath(os.fspath(brief)), folder).replace(os.sep, "/")


@dataclass
class BookBriefs:
    """The briefs of a book, read, in the book's order."""

    paths: list[str]
    briefs: list[Brief]


def load_book_briefs(book_path: PathLike, book: Book) -> BookBriefs:
    """Every brief of ``book`` read from disk.  Raises :class:`BookFileError`
    naming every brief that cannot be read, and for a book with problems
    (a brief listed twice): nothing is printed from a book that is wrong."""
    problems = book_problems(book)
    if problems:
        raise BookFileError(problems)
    paths = [brief_path(book_path, b.file) for b in book.briefs]
    briefs: list[Brief] = []
    failures: list[str] = []
    reason = None
    for entry, path in zip(book.briefs, paths):
        try:
            briefs.append(load_brief(path).brief)
        except BriefFileError as e:
            failures.append(f"the brief “{entry.file}” cannot be read: {e.problems[0]}")
            reason = reason or e.reason
    if failures:
        raise BookFileError(failures, reason)
    return BookBriefs(paths, briefs)


__all__ = ["BookBriefs", "SaveError", "brief_path", "load_book", "load_book_briefs", "relative_brief_file", "save_book"]
