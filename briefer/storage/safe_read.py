"""The one way Briefer reads a file: non-blocking open, regular files only,
a hard byte limit.

Every file Briefer reads can come from outside (a mail attachment, a shared
team folder, a USB stick), so none of it is trusted to be what its name says:

* it is opened with ``O_NONBLOCK``, so a FIFO named ``*.brieftemplate`` or
  ``*.brief.lock`` cannot make the open wait forever for a writer;
* after opening, ``fstat`` on the open descriptor checks that it is a
  regular file (a symlink to ``/dev/zero``, a device, a FIFO or a socket is
  refused without reading a byte) — checking the descriptor, not the name,
  leaves no gap for a swap in between;
* at most ``limit`` bytes are read, however large ``st_size`` says the file
  is (0 for many special files), so nothing can eat memory.

Failures are :class:`OSError` subclasses, so callers that already treat an
unreadable file as "skip it" keep doing so; :func:`describe_read_error`
turns any of them into the words of a message.
"""

from __future__ import annotations

import errno
import os
import stat

PathLike = str | os.PathLike[str]

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFileError(OSError):
    """The path names a device, FIFO or socket, not a regular file."""

    def __init__(self, path: PathLike, kind: str):
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", os.fspath(path))
        self.kind = kind


class FileTooLargeError(OSError):
    """The file holds more than the reader's limit."""

    def __init__(self, path: PathLike, size: int, limit: int):
        super().__init__(errno.EFBIG, f"the file is larger than {_size(limit)}", os.fspath(path))
        self.size = size
        self.limit = limit


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    return f"{n / 1024:g} kB"


def special_file_kind(mode: int) -> str:
    """What a non-regular file is, in words ("a pipe (FIFO)")."""
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a special file"


def read_head(path: PathLike, size: int) -> bytes:
    """The first ``size`` bytes of the regular file ``path`` (to recognise
    what it is), with the checks of :func:`read_limited`."""
    fd = _open_regular(path)
    try:
        return os.read(fd, size)
    finally:
        os.close(fd)


def _open_regular(path: PathLike, follow_links: bool = True) -> int:
    """A descriptor of ``path`` opened without blocking, after ``fstat``
    showed a regular file; raises as :func:`read_limited` does."""
    flags = _OPEN_FLAGS if follow_links else _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if not follow_links and e.errno == errno.ELOOP and _is_link(path):
            raise NotRegularFileError(path, "a symbolic link") from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder", os.fspath(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path, special_file_kind(info.st_mode))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _is_link(path: PathLike) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def read_limited(path: PathLike, limit: int, *, follow_links: bool = True) -> bytes:
    """The whole content of the regular file ``path``, at most ``limit`` bytes.

    Raises :class:`IsADirectoryError` for a folder,
    :class:`NotRegularFileError` for a device, FIFO or socket (also when
    reached through a symlink), :class:`FileTooLargeError` when it holds more
    than ``limit`` bytes, and the plain :class:`OSError` of the system
    otherwise (missing, no permission, a link loop).  Never blocks on a FIFO.

    With ``follow_links=False`` a symbolic link is refused, not followed
    (:class:`NotRegularFileError`, "it is a symbolic link, ..."): a shared
    folder's files must not lead elsewhere on the reader's disk.
    """
    return read_limited_with_stat(path, limit, follow_links=follow_links)[0]


def read_limited_with_stat(path: PathLike, limit: int, *, follow_links: bool = True) -> tuple[bytes, os.stat_result]:
    """:func:`read_limited`, with the ``fstat`` of the open file (its
    modification time tells later whether it changed)."""
    fd = _open_regular(path, follow_links)
    try:
        info = os.fstat(fd)
        if info.st_size > limit:
            raise FileTooLargeError(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew since fstat
                raise FileTooLargeError(path, total, limit)
        return b"".join(chunks), info
    finally:
        os.close(fd)


def describe_read_error(err: OSError) -> str:
    """Why a file could not be read, as the end of a sentence
    ("it is a pipe (FIFO), not a regular file")."""
    if isinstance(err, (NotRegularFileError, FileTooLargeError)):
        return err.strerror
    if err.errno == errno.ENOENT:
        return "the file does not exist"
    if err.errno == errno.EISDIR:
        return "it is a folder, not a regular file"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "you do not have permission to read it"
    if err.errno == errno.ELOOP:
        return "it is a symbolic link that leads back to itself (a link loop)"
    if err.errno == errno.ENOTDIR:
        return "a part of its path is a file, not a folder"
    if err.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return f"it cannot be read ({err.strerror or err})"


__all__ = [
    "FileTooLargeError",
    "NotRegularFileError",
    "describe_read_error",
    "read_head",
    "read_limited",
    "read_limited_with_stat",
    "special_file_kind",
]
