"""Loading and saving `.brief` files: the file-system side of the envelope.

:mod:`briefer.model.fileformat` turns bytes into a brief and back; this
module adds what only a real file has: it may be missing, a folder, a
symlink loop, unreadable, or far too large to be a brief.  Each of those
ends in a :class:`~briefer.model.fileformat.BriefFileError` whose ``str()``
is one sentence naming the file, so the GUI can show it in a dialog and the
CLI can print it as one line.  The file size is checked with ``os.stat``
*before* reading, so a 50 MB attachment is refused without reading it.

Saving goes through :func:`~briefer.storage.atomic.atomic_write` with a
backup, so a failed save never damages the file and the previous version
stays beside it as ``NAME.brief.bak``.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from briefer.model.brief import Brief
from briefer.model.fileformat import (
    MAX_FILE_BYTES,
    BriefFileError,
    LoadedBrief,
    Problem,
    brief_from_bytes,
    brief_to_bytes,
)

from .atomic import SaveError, atomic_write

PathLike = str | os.PathLike[str]


def _display_name(path: PathLike) -> str:
    return os.path.basename(os.fspath(path)) or os.fspath(path)


def file_error(path: PathLike, problems: list[Problem] | str, reason: str | None = None) -> BriefFileError:
    """A :class:`BriefFileError` whose message names ``path``.

    ``problems`` stay as they are (the CLI prints one line per problem);
    ``str()`` becomes "Could not open “NAME”: <first problem>."  The path is
    kept on the error as ``error.path``.
    """
    err = BriefFileError(problems, reason)
    detail = str(err)
    sentence = f"Could not open “{_display_name(path)}”: {detail}"
    if not sentence.endswith((".", ")")):
        sentence += "."
    err.args = (sentence,)
    err.path = os.fspath(path)  # type: ignore[attr-defined]
    return err


def _describe_read_error(err: OSError) -> str:
    if err.errno == errno.ENOENT:
        return "the file does not exist"
    if err.errno == errno.EISDIR:
        return "it is a folder, not a brief file"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "you do not have permission to read it"
    if err.errno == errno.ELOOP:
        return "it is a symbolic link that leads back to itself (a link loop)"
    if err.errno == errno.ENOTDIR:
        return "a part of its path is a file, not a folder"
    if err.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return f"it cannot be read ({err.strerror or err})"


def _read_error_reason(err: OSError) -> str | None:
    return "permission" if err.errno in (errno.EACCES, errno.EPERM) else None


def read_brief_bytes(path: PathLike) -> bytes:
    """The raw content of a brief file, after checking it is a regular file
    of a plausible size.  Raises :class:`BriefFileError` naming the file."""
    try:
        info = os.stat(path)
    except OSError as e:
        raise file_error(path, _describe_read_error(e), _read_error_reason(e)) from None
    except ValueError:  # a NUL byte in the path
        raise file_error(path, "the file name contains a NUL character") from None
    if stat.S_ISDIR(info.st_mode):
        raise file_error(path, "it is a folder, not a brief file")
    if not stat.S_ISREG(info.st_mode):
        raise file_error(path, "it is not a regular file (a device, pipe or socket)")
    limit_mb = MAX_FILE_BYTES // (1024 * 1024)
    too_big = f"the file is {info.st_size / 1e6:.1f} MB; a brief is at most {limit_mb} MB"
    if info.st_size > MAX_FILE_BYTES:
        raise file_error(path, too_big)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    except OSError as e:
        raise file_error(path, _describe_read_error(e), _read_error_reason(e)) from None
    if len(data) > MAX_FILE_BYTES:
        raise file_error(path, too_big)
    return data


def load_brief(path: PathLike) -> LoadedBrief:
    """Read and validate the brief at ``path`` (migrating an older format).

    Raises :class:`BriefFileError`; ``str()`` is one sentence naming the file
    and ``problems`` lists every problem with its field path.
    """
    data = read_brief_bytes(path)
    try:
        return brief_from_bytes(data)
    except BriefFileError as e:
        raise file_error(path, e.problems, e.reason) from None


def save_brief(path: PathLike, brief: Brief) -> None:
    """Save ``brief`` atomically, keeping the previous file as ``NAME.brief.bak``.

    Raises :class:`SaveError` (one sentence); the file on disk is then
    untouched.
    """
    try:
        data = brief_to_bytes(brief)
    except BriefFileError as e:
        raise SaveError(f"Could not save “{_display_name(path)}”: {e}.") from None
    with atomic_write(os.fspath(path), keep_backup=True) as fh:
        fh.write(data)


def backup_path(path: PathLike) -> Path:
    """Where :func:`save_brief` keeps the previous version of ``path``
    (beside the real file when ``path`` is a symlink, as the save writes there)."""
    return Path(os.path.realpath(os.fspath(path)) + ".bak")
