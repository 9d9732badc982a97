"""The people library: folders of `.person` files, one file per person.

A library is an ordered list of folders: the user's own first, then any team
folders on shared drives.  The first folder holding an id wins, so a team
file never silently replaces the user's own entry.  New people go to the
library's *home* folder (the first one, unless told otherwise).

Two colleagues editing *different* people in a team folder never touch each
other's files.  Two editing the *same* person are caught: every entry keeps
the stamp (modification time, size, SHA-256) of the bytes it was read from,
and :meth:`PeopleLibrary.save` reads the file again just before replacing it.
If it changed, nothing is written: :class:`PersonChangedError` carries the
version on disk and a field-by-field three-way merge for the caller to offer.
(The check and the replace are two steps; a colleague saving in the
milliseconds between them is not caught.  Nothing in a shared folder can
close that without a lock server.)

Every file in a folder is input from outside: one that cannot be read is
skipped and reported as ``(path, message)``; it never stops the app.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefer.model.fileformat import Problem
from briefer.storage.atomic import SaveError, atomic_write
from briefer.storage.safe_read import describe_read_error, read_limited_with_stat

from .model import (
    FILE_EXTENSION,
    MAX_PERSON_BYTES,
    LoadedPerson,
    Person,
    PersonFileError,
    new_person_id,
    person_from_bytes,
    person_to_bytes,
)

MAX_FILES_PER_FOLDER = 20_000
"""More `.person` files than this in one folder is not a people folder (a
mistyped team path pointing at a whole drive); the rest are ignored."""

MERGED_FIELDS = ("name", "name_latin", "title", "organization", "delegation", "pronunciation", "bio", "photo")
"""The fields of a person a user edits; ``id`` never changes and ``updated``
follows the edit."""


class PeopleError(Exception):
    """Reading or writing the library failed; ``str()`` is one sentence that says what to do."""


@dataclass(frozen=True)
class Stamp:
    """What a file was when it was read: enough to tell that it changed since."""

    mtime_ns: int
    size: int
    sha256: str


@dataclass
class Entry:
    person: Person
    path: Path
    folder: Path
    stamp: Stamp
    warnings: list[Problem] = field(default_factory=list)


@dataclass(eq=False)
class PersonChangedError(PeopleError):
    """The file changed on disk since it was read: someone else saved the
    same person.  Nothing was written.

    ``current`` is the entry as it is on disk now (None when it was deleted);
    ``merged`` is ``mine`` with the other edits taken in where they do not
    clash; ``conflicts`` names the fields both changed differently (``merged``
    holds *my* value there, for the user to confirm)."""

    mine: Person
    current: Entry | None
    merged: Person
    conflicts: list[str]

    def __str__(self) -> str:
        name = self.mine.name
        if self.current is None:
            return f"“{name}” was deleted from the library by someone else since you opened it; save it again to keep it."
        if self.conflicts:
            fields = ", ".join(self.conflicts)
            return f"“{name}” was changed by someone else since you opened it; you both changed: {fields}. Choose which to keep."
        return f"“{name}” was changed by someone else since you opened it; their changes and yours can be merged."


def read_person_file(path: Path) -> tuple[LoadedPerson, Stamp]:
    """Read one `.person` file.  Raises :class:`PersonFileError` (or OSError)."""
    data, info = read_limited_with_stat(path, MAX_PERSON_BYTES, follow_links=False)
    loaded = person_from_bytes(data)
    return loaded, Stamp(info.st_mtime_ns, len(data), hashlib.sha256(data).hexdigest())


def merge_three_way(base: Person, mine: Person, theirs: Person) -> tuple[Person, list[str]]:
    """``mine`` with ``theirs``' edits taken in where ``mine`` left a field as
    in ``base``; the fields both changed differently are returned as conflicts
    (``mine``'s value is kept there)."""
    merged = mine.model_copy(deep=True)
    conflicts = []
    for name in MERGED_FIELDS:
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if m == b and t != b:
            setattr(merged, name, t)
        elif m != b and t != b and m != t:
            conflicts.append(name)
    for key, value in (theirs.model_extra or {}).items():  # keys a newer Briefer wrote
        if key not in (mine.model_extra or {}):
            setattr(merged, key, value)
    return merged, conflicts


class PeopleLibrary:
    """The people of some folders.  ``folders()`` is called on every
    :meth:`reload`, so a team folder added in the settings is picked up."""

    def __init__(self, folders: Callable[[], list[Path]] | list[Path], *, today: Callable[[], dt.date] = dt.date.today):
        self._folders = folders if callable(folders) else (lambda: list(folders))
        self._today = today
        self._entries: dict[str, Entry] = {}
        self._problems: list[tuple[Path, str]] = []
        self._cache: dict[Path, tuple[tuple[int, int], Entry | None, str | None]] = {}
        self._folder_stamps: dict[Path, int | None] = {}

    # ---------------------------------------------------------------- reading

    def folders(self) -> list[Path]:
        return [Path(f) for f in self._folders()]

    def home(self) -> Path:
        folders = self.folders()
        if not folders:
            raise PeopleError("No people folder is set up; set BRIEFER_DATA_DIR or a team people folder.")
        return folders[0]

    def _folder_stamp(self, folder: Path) -> int | None:
        try:
            return os.stat(folder).st_mtime_ns
        except OSError:
            return None

    def folders_changed(self) -> bool:
        """Whether a file was added, removed or replaced in a folder since
        :meth:`reload` (every save replaces the file, which changes its
        folder's modification time), or the list of folders changed.  An
        edit written into a file in place is not seen here; :meth:`save`
        reads the file again before writing in any case."""
        folders = self.folders()
        return list(self._folder_stamps) != folders or any(
            self._folder_stamp(f) != stamp for f, stamp in self._folder_stamps.items()
        )

    def reload(self) -> list[tuple[Path, str]]:
        """Read every folder again (a file is parsed again only when its size
        or modification time changed).  Returns the files that were skipped."""
        entries: dict[str, Entry] = {}
        problems: list[tuple[Path, str]] = []
        seen: set[Path] = set()
        folders = self.folders()
        self._folder_stamps = {f: self._folder_stamp(f) for f in folders}
        for folder in folders:
            try:
                names = sorted(n for n in os.listdir(folder) if n.endswith(FILE_EXTENSION) and not n.startswith("."))
            except FileNotFoundError:
                continue
            except OSError as e:
                problems.append((folder, f"the folder cannot be read ({e.strerror or e})"))
                continue
            if len(names) > MAX_FILES_PER_FOLDER:
                problems.append((folder, f"holds more than {MAX_FILES_PER_FOLDER} people; only the first are read"))
                names = names[:MAX_FILES_PER_FOLDER]
            for name in names:
                path = folder / name
                seen.add(path)
                entry, problem = self._load(path, folder)
                if problem:
                    problems.append((path, problem))
                elif entry is not None and entry.person.id not in entries:
                    entries[entry.person.id] = entry
        self._cache = {p: c for p, c in self._cache.items() if p in seen}
        self._entries, self._problems = entries, problems
        return problems

    def _load(self, path: Path, folder: Path) -> tuple[Entry | None, str | None]:
        try:
            info = os.lstat(path)
        except OSError as e:
            return None, describe_read_error(e)
        key = (info.st_mtime_ns, info.st_size)
        cached = self._cache.get(path)
        if cached and cached[0] == key:
            return cached[1], cached[2]
        entry, problem = None, None
        try:
            loaded, stamp = read_person_file(path)
        except PersonFileError as e:
            problem = str(e)
        except OSError as e:
            problem = describe_read_error(e)
        else:
            if path.name != loaded.person.id + FILE_EXTENSION:
                problem = f"its id is {loaded.person.id!r} but the file is not named {loaded.person.id}{FILE_EXTENSION}"
            else:
                entry = Entry(loaded.person, path, folder, stamp, loaded.warnings)
        self._cache[path] = (key, entry, problem)
        return entry, problem

    def problems(self) -> list[tuple[Path, str]]:
        return list(self._problems)

    def entries(self) -> list[Entry]:
        """Every person, sorted by name (Latin name first where there is one)."""
        return sorted(self._entries.values(), key=lambda e: ((e.person.name_latin or e.person.name).casefold(), e.person.id))

    def people(self) -> list[Person]:
        return [e.person for e in self.entries()]

    def get(self, person_id: str | None) -> Entry | None:
        return self._entries.get(person_id) if person_id else None

    # ---------------------------------------------------------------- writing

    def add(self, person: Person, folder: Path | None = None) -> Entry:
        """Write a new person (a fresh id when ``person.id`` is taken or empty
        is the caller's business: use :meth:`new_id`).  Raises PeopleError."""
        folder = Path(folder) if folder is not None else self.home()
        path = folder / (person.id + FILE_EXTENSION)
        if person.id in self._entries or os.path.lexists(path):
            raise PeopleError(f"A person with the id {person.id} is already in the library.")
        stamped = person.model_copy(update={"updated": self._today()})
        return self._write(stamped, folder)

    def remember(self, entry: Entry) -> None:
        """Take ``entry`` (read again from disk) as the library's view of that person."""
        self._entries[entry.person.id] = entry

    def new_id(self) -> str:
        while True:
            candidate = new_person_id()
            if candidate not in self._entries and not any(
                os.path.lexists(f / (candidate + FILE_EXTENSION)) for f in self.folders()
            ):
                return candidate

    def save(self, person: Person, base: Entry) -> Entry:
        """Write an edited person over the entry it was read as.  If the file
        changed on disk since ``base`` was read, nothing is written and
        :class:`PersonChangedError` offers the merge."""
        if person.id != base.person.id:
            raise PeopleError("A person's id never changes; add a new person instead.")
        current = self._read_current(base.path, base.folder)
        if current is None or current.stamp.sha256 != base.stamp.sha256:
            if current is None:
                raise PersonChangedError(person, None, person, [])
            merged, conflicts = merge_three_way(base.person, person, current.person)
            raise PersonChangedError(person, current, merged, conflicts)
        if _same_content(person, base.person):
            return base
        return self._write(person.model_copy(update={"updated": self._today()}), base.folder)

    def _read_current(self, path: Path, folder: Path) -> Entry | None:
        try:
            loaded, stamp = read_person_file(path)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise PeopleError(f"Could not read “{path.name}”: {describe_read_error(e)}.") from None
        except PersonFileError as e:
            raise PeopleError(f"Could not read “{path.name}”: {e}; fix or remove the file, then save again.") from None
        return Entry(loaded.person, path, folder, stamp, loaded.warnings)

    def _write(self, person: Person, folder: Path) -> Entry:
        data = person_to_bytes(person)
        path = folder / (person.id + FILE_EXTENSION)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise PeopleError(f"Could not create the people folder {folder}: {e.strerror or e}.") from None
        try:
            with atomic_write(str(path), action="save the person") as fh:
                fh.write(data)
        except SaveError as e:
            raise PeopleError(str(e)) from None
        info = os.stat(path)
        entry = Entry(person, path, folder, Stamp(info.st_mtime_ns, len(data), hashlib.sha256(data).hexdigest()))
        self._entries[person.id] = entry
        self._cache[path] = ((info.st_mtime_ns, info.st_size), entry, None)
        return entry


def _same_content(a: Person, b: Person) -> bool:
    return a.model_dump(mode="json", exclude={"updated"}) == b.model_dump(mode="json", exclude={"updated"})
