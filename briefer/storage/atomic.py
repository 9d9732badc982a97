"""Atomic file replacement: the one way Briefer writes a file.

Write to a temporary file in the target's folder, flush and fsync it, then
``os.replace`` it over the target (atomic on POSIX and Windows), and fsync
the folder.  Whatever fails before the replace — a full disk, a read-only
folder, a cancelled export, a killed process — the target is untouched and
the temporary file is removed (a killed process can leave a hidden
``.NAME.*.tmp`` file beside the target, NAME cut to 40 bytes, never a
damaged target).

What may be replaced: a regular file or a new name, nothing else.  A
symbolic link, a device, a FIFO or a socket at the target is refused
(:class:`UnsafeTargetError`), so a link planted in a shared folder never
redirects a write to another file; an existing read-only file is refused
(:class:`ReadOnlyFileError`) until the caller says the user agreed.  Every
file Briefer writes (briefs, backups, autosaves, exports, templates,
settings) comes through here and follows these rules.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

from .safe_read import special_file_kind


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


class UnsafeTargetError(SaveError):
    """The target is a symbolic link, a device, a FIFO or a socket: Briefer
    writes only to a regular file or a new name.  Choosing another name is
    the only way on."""


class ReadOnlyFileError(SaveError):
    """The target is an existing read-only file.  The app asks before
    replacing it, the CLI wants ``--force``; both then call again with
    ``replace_read_only=True``."""

    def __init__(self, message: str, path: str):
        super().__init__(message)
        self.path = path


def _is_read_only(path: str, info: os.stat_result) -> bool:
    # The mode bits also hold for root, whom os.access always lets write.
    return not (info.st_mode & 0o222) or not os.access(path, os.W_OK)


def check_target(
    path: str, *, action: str = "save", through_link: bool = False, replace_read_only: bool = False
) -> str:
    """The path to write for ``path`` after the rules of :func:`atomic_write`,
    which raises what this raises: :class:`UnsafeTargetError`,
    :class:`ReadOnlyFileError` or a :class:`SaveError` for a folder."""
    name = os.path.basename(path) or path
    if through_link and os.path.islink(path):
        path = os.path.realpath(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path  # a new name
    except OSError as e:
        raise SaveError(describe_os_error(action, path, e)) from e
    except ValueError:  # a NUL byte
        raise SaveError(f"Could not {action} “{name}”: the name contains a NUL character. Choose another name.") from None
    if stat.S_ISDIR(info.st_mode):
        raise SaveError(describe_os_error(action, path, IsADirectoryError(errno.EISDIR, "is a directory")))
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeTargetError(
            f"Could not {action} “{name}”: it is a symbolic link, and Briefer never writes through a link "
            "(it could point at any file). Choose another name."
        )
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeTargetError(
            f"Could not {action} “{name}”: it is {special_file_kind(info.st_mode)}, not a regular file; "
            "Briefer writes only to regular files. Choose another name."
        )
    if not replace_read_only and _is_read_only(path, info):
        raise ReadOnlyFileError(
            f"Could not {action} “{name}”: the file is read-only. Replace it anyway, or choose another name.", path
        )
    return path


@contextlib.contextmanager
def atomic_write(
    path: str,
    *,
    keep_backup: bool = False,
    action: str = "save",
    through_link: bool = False,
    replace_read_only: bool = False,
) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it atomically becomes ``path``.

    Only a regular file or a new name is written: a symbolic link, device,
    FIFO or socket at ``path`` raises :class:`UnsafeTargetError`, an existing
    read-only file :class:`ReadOnlyFileError` unless ``replace_read_only``.
    ``through_link`` is for saving a brief the user opened through a link:
    then a link at ``path`` is followed once and its target must be a
    regular file or a new name.  With ``keep_backup`` the previous content
    of ``path`` is kept as ``path + ".bak"``.  OS errors are raised as
    :class:`SaveError`.
    """
    path = check_target(path, action=action, through_link=through_link, replace_read_only=replace_read_only)
    folder, name = os.path.split(path)
    if keep_backup and len(os.fsencode(name + BACKUP_SUFFIX)) > _name_max(folder):
        longest = _name_max(folder) - len(BACKUP_SUFFIX)
        raise SaveError(
            f"Could not {action} “{name}”: the name is too long to keep the backup “NAME{BACKUP_SUFFIX}” beside it. "
            f"Choose a name of at most {longest} bytes."
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(name), suffix=TEMP_SUFFIX, dir=folder or None)
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


BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
_TEMP_NAME_BYTES = 40
"""How much of the target's name a temporary file's name carries: enough to
tell whose it is, short enough that a 255-byte name can still be saved."""


def _name_max(folder: str) -> int:
    try:
        return os.pathconf(folder or ".", "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _temp_prefix(name: str) -> str:
    """``.NAME.`` with NAME cut to at most 40 bytes (whole characters)."""
    raw = os.fsencode(name)[:_TEMP_NAME_BYTES]
    return "." + raw.decode("utf-8", "ignore") + "."


def _replace_backup(path: str) -> None:
    """Make ``path + ".bak"`` a complete copy of ``path``, atomically: a
    crash leaves the previous backup or the new one, never half of one.
    A hard link costs nothing; filesystems without links (FAT, some network
    shares) get a copy, flushed before it replaces the backup."""
    folder, name = os.path.split(path)
    backup = path + BACKUP_SUFFIX
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(name + BACKUP_SUFFIX), suffix=TEMP_SUFFIX, dir=folder or None)
    os.close(fd)
    try:
        try:
            os.remove(tmp)
            os.link(path, tmp)
        except OSError:
            shutil.copy2(path, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, backup)
    finally:
        # When the backup already is the same file as ``path`` (a crash
        # between the steps, or two saves at once), rename() does nothing
        # and leaves ``tmp`` behind; after a real rename it is gone.
        _remove_quietly(tmp)


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
