"""File ▸ Export and Attach to Email: hand exported files to the user's
mail program, attached to a new message, where the platform allows it.

* Linux and other free desktops: ``xdg-email --attach FILE`` (xdg-utils),
  which starts the desktop's mail program (Thunderbird, Evolution, KMail…)
  with the files attached.
* macOS: ``open -a Mail FILE…`` attaches them to a new message in Mail.
* Elsewhere, or when the command is missing or fails to start, the user is
  told where the files are so they can attach them by hand.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess


def attach_command(paths: list[str], subject: str, platform: str = sys.platform,
                   which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The command that opens a new message with ``paths`` attached, or
    None when this platform has no way Briefer knows."""
    if platform == "darwin":
        return ["open", "-a", "Mail", *paths]
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        program = which("xdg-email")
        if program is None:
            return None
        command = [program, "--utf8", "--subject", subject]
        for path in paths:
            command += ["--attach", path]
        return command
    return None


def start_detached(command: list[str]) -> bool:
    """Start ``command`` without waiting for it; False if it could not start."""
    ok, _pid = QProcess.startDetached(command[0], command[1:])
    return bool(ok)


__all__ = ["attach_command", "start_detached"]
