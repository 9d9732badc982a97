"""File ▸ Export and Attach to Email: hand exported files to the user's
mail program, attached to a new message, where the platform allows it.

* Linux and other free desktops: ``xdg-email --attach FILE`` (xdg-utils),
  which starts the desktop's mail program (Thunderbird, Evolution, KMail…)
  with the files attached.
* macOS: ``open -a Mail FILE…`` attaches them to a new message in Mail.
* Elsewhere, or when the command is missing, fails to start or exits with
  an error (xdg-email exits 3 with "no method available" when no mail
  program is set up), the user is told where the files are so they can
  attach them by hand.

The command runs in a :class:`QProcess` watched through its signals, so the
UI thread never waits for it: it has worked when it exits with status 0, or
when it is still running after :data:`ASSUME_STARTED_MS` (xdg-email may wait
for the mail program it started; by then the program is up).  The launcher
belongs to the application, not to a window: closing the window that asked
neither kills the command nor loses its report; quitting waits for the
command until that timeout, then reports.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer

ASSUME_STARTED_MS = 8000
"""A mail command still running after this long has opened the mail program."""


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


class MailLauncher(QObject):
    """Runs one mail command and reports once, without blocking:
    ``done(True)`` when it exited with status 0 or is still running after
    ``timeout_ms``; ``done(False)`` when it could not start, crashed or
    exited with another status.  A command still running at the timeout is
    left to run (it may be the mail program itself)."""

    def __init__(self, command: list[str], done: Callable[[bool], None],
                 timeout_ms: int = ASSUME_STARTED_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done: Callable[[bool], None] | None = done
        self.process = QProcess(self)
        self.process.setProgram(command[0])
        self.process.setArguments(command[1:])
        # Its output is of no use to the user; never let a pipe fill up.
        self.process.setStandardOutputFile(QProcess.nullDevice())
        self.process.setStandardErrorFile(QProcess.nullDevice())
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self._report(True))
        self.timer.start(timeout_ms)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._before_quit)
        self.process.start()

    def _before_quit(self) -> None:
        """The app quits: give the command the rest of its time (its report
        comes from here), so the mail program is not killed as it starts."""
        if self._done is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            if not self.process.waitForFinished(max(self.timer.remainingTime(), 0)):
                self._report(True)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._report(status == QProcess.ExitStatus.NormalExit and code == 0)
        self.deleteLater()

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._report(False)
            self.deleteLater()
        elif error == QProcess.ProcessError.Crashed:
            self._report(False)

    def _report(self, ok: bool) -> None:
        self.timer.stop()
        done, self._done = self._done, None
        if done is not None:
            done(ok)


def start_mail(command: list[str], done: Callable[[bool], None],
               timeout_ms: int = ASSUME_STARTED_MS) -> MailLauncher:
    """Run ``command``; ``done(ok)`` is called once, later, on the UI thread,
    even when the window that asked has been closed meanwhile.  The
    launcher is a child of the application, so no window takes it along."""
    return MailLauncher(command, done, timeout_ms, QCoreApplication.instance())


__all__ = ["ASSUME_STARTED_MS", "MailLauncher", "attach_command", "start_mail"]
