"""Loading and saving `.brief` files: the file-system side of the envelope.

:mod:`briefer.model.fileformat` turns bytes into a brief and back; this
module adds what only a real file has: it may be missing, a folder, a
symlink loop, unreadable, or far too large to be a brief.  Each of those
ends in a :class:`~briefer.model.fileformat.BriefFileError` whose ``str()``
is one sentence naming the file, so the GUI can show it in a dialog and the
CLI can print it as one line.  The file is read with
:func:`~briefer.storage.safe_read.read_limited`: its size is checked on the
open descriptor before reading, so a 50 MB attachment is refused without
reading it, and a FIFO or device is refused without waiting or reading.

Saving goes through :func:`~briefer.storage.atomic.atomic_write` with a
backup, so a failed save never damages the file and the previous version
stays beside it as ``NAME.brief.bak``.
"""

from __future__ import annotations

import errno
import os
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
from .safe_read import FileTooLargeError, NotRegularFileError, describe_read_error, read_limited

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


def _read_error_reason(err: OSError) -> str | None:
    return "permission" if err.errno in (errno.EACCES, errno.EPERM) else None


def read_brief_bytes(path: PathLike) -> bytes:
    """The raw content of a brief file, read with the one safe reader
    (regular files only, never blocking, at most 25 MB).  Raises
    :class:`BriefFileError` naming the file."""
    try:
        return read_limited(path, MAX_FILE_BYTES)
    except FileTooLargeError as e:
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise file_error(path, f"the file is {e.size / 1e6:.1f} MB; a brief is at most {limit_mb} MB") from None
    except IsADirectoryError:
        raise file_error(path, "it is a folder, not a brief file") from None
    except NotRegularFileError:
        raise file_error(path, "it is not a regular file (a device, pipe or socket)") from None
    except OSError as e:
        raise file_error(path, describe_read_error(e), _read_error_reason(e)) from None
    except ValueError:  # a NUL byte in the path
        raise file_error(path, "the file name contains a NUL character") from None


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


def bytes_to_save(brief: Brief, path: PathLike, action: str = "save") -> bytes:
    """The file content of ``brief``; whatever stops it from being written
    (a character no file can hold, data nested too deeply) is a
    :class:`SaveError` that says what to do."""
    name = _display_name(path)
    try:
        return brief_to_bytes(brief)
    except BriefFileError as e:
        raise SaveError(f"Could not {action} “{name}”: {e}. Remove it from the brief and save again.") from None
    except (ValueError, TypeError, RecursionError) as e:  # pydantic's serialiser and json.dumps
        raise SaveError(
            f"Could not {action} “{name}”: the brief holds data that cannot be written ({type(e).__name__}). "
            "Copy your text into a new brief and save that."
        ) from None


def save_brief(path: PathLike, brief: Brief, *, through_link: bool = False, replace_read_only: bool = False) -> None:
    """Save ``brief`` atomically, keeping the previous file as ``NAME.brief.bak``.

    ``through_link``: ``path`` is a brief the user opened, maybe through a
    symbolic link; the save then writes the file the link leads to (the
    link stays a link).  Otherwise a link at ``path`` is refused, like a
    device or FIFO (:class:`~briefer.storage.atomic.UnsafeTargetError`).  A
    read-only file raises :class:`~briefer.storage.atomic.ReadOnlyFileError`
    unless ``replace_read_only``.

    Every failure is a :class:`SaveError` (one sentence that says what to
    do); the file on disk is then untouched.
    """
    data = bytes_to_save(brief, path)
    with atomic_write(
        os.fspath(path), keep_backup=True, through_link=through_link, replace_read_only=replace_read_only
    ) as fh:
        fh.write(data)


def backup_path(path: PathLike) -> Path:
    """Where :func:`save_brief` keeps the previous version of ``path``
    (beside the real file when ``path`` is a symlink, as the save writes there)."""
    return Path(os.path.realpath(os.fspath(path)) + ".bak")
