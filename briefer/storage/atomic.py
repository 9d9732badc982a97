"""Atomic file replacement: the one way Briefer writes a file.

Write to a temporary file in the target's folder, flush and fsync it, then
``os.replace`` it over the target (atomic on POSIX and Windows), and fsync
the folder.  Whatever fails before the replace — a full disk, a read-only
folder, a cancelled export, a killed process — the target is untouched and
the temporary file is removed (a killed process can leave a hidden
``.NAME.*.tmp`` file beside the target, never a damaged target).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import BinaryIO


class SaveError(Exception):
    """Writing a file failed; ``str()`` is one sentence that says what to do."""


def describe_os_error(action: str, path: str, err: OSError) -> str:
    """One sentence for a failed write, naming the file and what to do."""
    name = os.path.basename(path) or path
    folder = os.path.dirname(os.path.abspath(path))
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Could not {action} “{name}”: the disk is full. Free some space or save to another drive; your work is still open."
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Could not {action} “{name}”: the folder {folder} is read-only or you lack permission. Save to another folder."
    if err.errno == errno.ENOENT:
        return f"Could not {action} “{name}”: the folder {folder} does not exist. Choose another folder."
    if err.errno == errno.EISDIR:
        return f"Could not {action} “{name}”: it is a folder. Choose a file name."
    return f"Could not {action} “{name}”: {err.strerror or err}. Try another folder."


@contextlib.contextmanager
def atomic_write(path: str, *, keep_backup: bool = False, action: str = "save") -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it atomically becomes ``path``.

    With ``keep_backup`` the previous content of ``path`` is kept as
    ``path + ".bak"``.  OS errors are raised as :class:`SaveError`.
    """
    # Write through a symlink to its target, so a linked brief stays linked.
    path = os.path.realpath(path)
    folder, name = os.path.split(path)
    if os.path.isdir(path):
        raise SaveError(describe_os_error(action, path, IsADirectoryError(errno.EISDIR, "is a directory")))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise SaveError(describe_os_error(action, path, e)) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.exists(path):
            with contextlib.suppress(OSError):
                os.chmod(tmp, os.stat(path).st_mode & 0o7777)
            if keep_backup:
                _replace_backup(path)
        else:
            os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as e:
        _remove_quietly(tmp)
        raise SaveError(describe_os_error(action, path, e)) from e
    except BaseException:
        _remove_quietly(tmp)
        raise


def _replace_backup(path: str) -> None:
    """Make ``path + ".bak"`` a complete copy of ``path``, atomically: a
    crash leaves the previous backup or the new one, never half of one.
    A hard link costs nothing; filesystems without links (FAT, some network
    shares) get a copy, flushed before it replaces the backup."""
    folder, name = os.path.split(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.bak.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        try:
            os.remove(tmp)
            os.link(path, tmp)
        except OSError:
            shutil.copy2(path, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, path + ".bak")
    except BaseException:
        _remove_quietly(tmp)
        raise


def _read_umask() -> int:
    """The process umask, read without changing it where the OS allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import: os.umask is process-wide and not thread-safe, and
# exports write files from worker threads.
_UMASK = _read_umask()


def _fsync_dir(folder: str) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
