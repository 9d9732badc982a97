"""A lock file that tells a second window or user a brief is already open.

Opening ``kushner.brief`` writes ``kushner.brief.lock`` beside it: a small
JSON object naming the user, host and process that hold the brief and since
when.  Another instance that opens the same file reads it and can say
"opened by alice on laptop-3 since 14:02 on 25 Nov".

The lock is advisory (nothing stops a text editor), and it must never keep a
user out of their own work after a crash, so a lock is *stale* and taken
over silently when:

* it was written on this host by a process that is no longer running;
* it was written by this very process id but not by this process (a pid
  reused after a restart, as happens to pid 1 in containers) — each lock
  carries a random token and the process remembers the tokens it holds;
* the lock file is unreadable or not a lock (garbage, empty, half-written).

A lock from another host cannot be checked; the GUI offers to open anyway
(``acquire(force=True)``).  If the lock file cannot be written at all (a
read-only folder or a read-only share), the brief is still opened, unlocked:
``held`` is then False.  Saving will fail there anyway, with its own message.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import getpass
import json
import os
import secrets
import socket
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from briefer.model.text import clean_for_display

from .safe_read import read_limited

LOCK_SUFFIX = ".lock"
MAX_LOCK_BYTES = 64 * 1024
"""A lock is a few hundred bytes; a larger file is not one (read no more)."""
SHOWN_NAME_CHARS = 64
"""How much of a user or host name a message shows."""

# Tokens of the locks this process holds right now (over all BriefLock objects).
_HELD_TOKENS: set[str] = set()
_HELD_GUARD = threading.Lock()


@dataclass
class LockInfo:
    """Who holds a brief open."""

    user: str
    host: str
    pid: int
    since: dt.datetime
    token: str = ""

    @property
    def on_this_host(self) -> bool:
        """Held by a process of this machine (whose liveness is known)."""
        return self.host == _hostname()

    def describe(self) -> str:
        """``opened by alice on laptop-3 since 14:02 on 25 Nov``."""
        local = self.since.astimezone() if self.since.tzinfo else self.since
        when = f"{local:%H:%M} on {local.day} {local:%b}"
        if local.year != dt.datetime.now().year:
            when += f" {local.year}"
        user = clean_for_display(self.user, SHOWN_NAME_CHARS) or "unknown user"
        host = clean_for_display(self.host, SHOWN_NAME_CHARS) or "unknown host"
        return f"opened by {user} on {host} since {when}"

    def to_json(self) -> bytes:
        data = {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "since": self.since.isoformat(timespec="seconds"),
            "token": self.token,
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockInfo | None:
        """The lock described by ``data``, or None if it is not a lock file."""
        try:
            doc = json.loads(data.decode("utf-8"))
            since = dt.datetime.fromisoformat(doc["since"])
            user, host, pid = doc["user"], doc["host"], doc["pid"]
            token = doc.get("token", "")
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        if not (isinstance(user, str) and isinstance(host, str) and type(pid) is int and isinstance(token, str)):
            return None
        return cls(user=user, host=host, pid=pid, since=since, token=token)


class FileLockedError(Exception):
    """The brief is open in another live process; ``info`` says who has it."""

    def __init__(self, info: LockInfo, path: str | os.PathLike[str] = ""):
        self.info = info
        self.path = os.fspath(path)
        name = os.path.basename(self.path)
        what = f"“{name}” is" if name else "This brief is"
        super().__init__(f"{what} already {info.describe()}.")


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no USER variable and no passwd entry (some containers)
        return "unknown user"


def _hostname() -> str:
    return socket.gethostname() or "unknown host"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine.

    A process that was killed but not yet reaped by its parent (a zombie)
    does not run: it answers ``kill(pid, 0)`` all the same, so on Linux its
    state in ``/proc`` decides."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it on Windows
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it belongs to someone else
        return not _is_zombie(pid)
    except OSError:
        return False
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """Whether process ``pid`` has exited and waits to be reaped (Linux
    ``/proc``; False where there is no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read(4096)
    except OSError:
        return False
    # "pid (command name) S ...": the name may hold spaces and parentheses.
    state = stat[stat.rfind(b")") + 1 :].split(maxsplit=1)[:1]
    return state in ([b"Z"], [b"X"])


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class BriefLock:
    """The lock of one brief file; a context manager.

    ``with BriefLock(path): ...`` acquires on entry and releases on exit.
    """

    def __init__(self, brief_path: str | os.PathLike[str]):
        self.brief_path = Path(os.path.realpath(os.fspath(brief_path)))  # one lock per file, however it is reached
        self.lock_path = self.brief_path.with_name(self.brief_path.name + LOCK_SUFFIX)
        self._info: LockInfo | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock file."""
        return self._info is not None

    # -- reading ---------------------------------------------------------

    def _read(self) -> tuple[bytes, LockInfo | None] | None:
        """``(raw, info)`` of the lock file now, or None when there is none."""
        try:
            raw = read_limited(self.lock_path, MAX_LOCK_BYTES)
        except FileNotFoundError:
            return None
        except OSError:
            return b"", None  # unreadable, a FIFO or device, too large: treated as stale
        return raw, LockInfo.from_json(raw)

    def _is_live(self, info: LockInfo | None) -> bool:
        if info is None:
            return False
        if info.host != _hostname():
            return True  # cannot check another machine: assume it is open there
        if info.pid == os.getpid():
            with _HELD_GUARD:
                return info.token in _HELD_TOKENS
        return pid_alive(info.pid)

    def holder(self) -> LockInfo | None:
        """Who holds the brief now: None if nobody does or the lock is stale."""
        found = self._read()
        if found is None:
            return None
        info = found[1]
        return info if self._is_live(info) else None

    # -- acquiring and releasing -----------------------------------------

    def acquire(self, *, force: bool = False) -> None:
        """Take the lock.

        Raises :class:`FileLockedError` when a live process holds it, unless
        ``force``.  A stale lock is taken over silently.  Calling it again
        while held does nothing.
        """
        if self._info is not None:
            return
        mine = LockInfo(
            user=_current_user(),
            host=_hostname(),
            pid=os.getpid(),
            since=dt.datetime.now().astimezone().replace(microsecond=0),
            token=secrets.token_hex(8),
        )
        for _attempt in range(3):
            found = self._read()
            if found is not None:
                raw, info = found
                if info is not None and not force and self._is_live(info):
                    raise FileLockedError(info, self.brief_path)
                # Stale (or forced): remove it, but only if it is still the one we judged.
                again = self._read()
                if again is not None and again[0] == raw:
                    try:
                        self.lock_path.unlink()
                    except FileNotFoundError:
                        pass
                    except OSError:
                        return  # cannot remove it (read-only folder): open unlocked
            created = _create_exclusively(self.lock_path, mine.to_json())
            if created is None:
                return  # read-only folder or share, or a full disk: open unlocked, held stays False
            if not created:
                continue  # someone was quicker; look again
            self._info = mine
            with _HELD_GUARD:
                _HELD_TOKENS.add(mine.token)
            return
        found = self._read()
        if found is not None and found[1] is not None:
            raise FileLockedError(found[1], self.brief_path)

    def release(self) -> None:
        """Remove the lock file if it is still ours; otherwise leave it."""
        info, self._info = self._info, None
        if info is None:
            return
        with _HELD_GUARD:
            _HELD_TOKENS.discard(info.token)
        found = self._read()
        if found is None or found[1] is None:
            return
        current = found[1]
        if (current.token, current.pid, current.host) == (info.token, info.pid, info.host):
            with contextlib.suppress(OSError):
                self.lock_path.unlink()

    def __enter__(self) -> BriefLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _create_exclusively(path: Path, data: bytes) -> bool | None:
    """Create ``path`` holding ``data`` only if it does not exist: True when
    created, False when it already existed, None when it cannot be written.

    The content is written to a temporary file first and hard-linked into
    place, so no reader ever sees an empty lock (which it would take for a
    stale one and delete).  Filesystems without hard links fall back to an
    exclusive create followed by the write."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return None  # a read-only folder
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.link(tmp, path)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            os.remove(tmp)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError:
        return None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError:  # e.g. a full disk: do not leave a half-written lock
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    return True


__all__ = ["BriefLock", "FileLockedError", "LockInfo", "pid_alive", "LOCK_SUFFIX"]
