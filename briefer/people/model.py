"""The `.person` file: one entry of the people library.

``shared/spec/brief-format.md`` ("The `.person` file") is the contract.  A
person follows the brief's rules: the same text rules, unknown keys kept and
written back (and reported), a newer format version refused through the
envelope check every Briefer file shares
(:func:`briefer.model.fileformat.open_envelope`).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BeforeValidator

from briefer.model.brief import Date, FilePart, LongText, Photo, RequiredText, Text
from briefer.model.fileformat import BriefFileError, FileKind, Problem, read_file, write_file

FORMAT_NAME = "briefer-person"
CURRENT_VERSION = 1
OLDEST_VERSION = 1
FILE_EXTENSION = ".person"
MAX_PERSON_BYTES = 4 * 1024 * 1024
"""A person is a few lines of text and one photo of at most 2 MiB (base64
makes it 2.7 MiB); anything bigger is not a `.person` file."""

# The id names the file (`<id>.person`): letters, digits, "-", "_" and ".",
# starting with a letter or digit (so never "", "." or ".." or a path).
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def _person_id(value: Any) -> Any:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise ValueError(
            "must be a person id of at most 64 letters, digits, '-', '_' and '.', starting with a letter or digit, "
            f"not {str(value)[:40]!r}"
        )
    return value


PersonId = Annotated[str, BeforeValidator(_person_id)]


class PersonFileError(BriefFileError):
    """A file that is not a readable `.person` file; ``str()`` is one sentence."""


class Person(FilePart):
    """One person of the library, as the `.person` file holds it."""

    id: PersonId
    name: RequiredText
    name_latin: Text = None
    """The name in Latin letters, for searching and sorting a name in another script."""
    title: Text = None
    organization: Text = None
    delegation: Text = None
    pronunciation: Text = None
    bio: LongText = None
    photo: Photo = None
    updated: Date = None
    """The day the entry was last changed."""


def new_person_id() -> str:
    """A fresh id: ``p-`` and 10 random hex digits (40 bits).  An id is never
    derived from the name, so renaming a person keeps the id and the file."""
    return "p-" + secrets.token_hex(5)


def is_person_id(text: str) -> bool:
    return bool(_ID_RE.fullmatch(text))


@dataclass
class LoadedPerson:
    person: Person
    warnings: list[Problem] = field(default_factory=list)


PERSON_FILE = FileKind(
    format_name=FORMAT_NAME,
    content_key="person",
    current=CURRENT_VERSION,
    oldest=OLDEST_VERSION,
    noun="person",
    error=PersonFileError,
    kind="person ",
    max_bytes=MAX_PERSON_BYTES,
)


def person_from_bytes(data: bytes) -> LoadedPerson:
    """Read a whole `.person` file.  Raises :class:`PersonFileError`."""
    person, warnings, _ = read_file(data, PERSON_FILE, Person)
    return LoadedPerson(person, warnings)


def person_to_bytes(person: Person) -> bytes:
    """The file content for ``person``: deterministic, UTF-8, two-space indent."""
    return write_file(person, PERSON_FILE, person.model_dump(mode="json"))
