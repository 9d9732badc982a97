"""The composition root: make the QApplication, open the main window.

``run_app()`` is what ``briefer`` (no arguments), ``briefer FILE`` and
``briefer --example`` call.  The template library is built here, once,
and handed to every window.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources

import briefer.gui  # noqa: F401  (loads pydantic before PySide6, see the package docstring)
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..export.worker import WORKER
from ..templates import TemplateLibrary, build_library
from .fit import fit_dialogs_on_show
from .language import install_translators
from .main_window import MainWindow
from .settings import AppSettings
from .spellcheck import keep_out_of_the_collector
from .windows import WindowList

log = logging.getLogger(__name__)

ORGANIZATION = "Briefer"
APPLICATION = "Briefer"


def app_icon() -> QIcon:
    """The application icon from the package resources (SVG, plus PNG sizes)."""
    icon = QIcon()
    folder = resources.files("briefer.resources").joinpath("icons")
    for name in ("briefer.svg", "briefer-256.png", "briefer-64.png", "briefer-32.png"):
        res = folder.joinpath(name)
        if res.is_file():
            pixmap = QPixmap()
            if pixmap.loadFromData(res.read_bytes()):
                icon.addPixmap(pixmap)
    return icon


def log_template_problems(library: TemplateLibrary) -> None:
    """Log the template files the library had to skip (a broken file in
    the user's or the team's folder never stops the app)."""
    try:
        for path, message in library.problems():
            log.warning("template file skipped: %s: %s", path, message)
    except Exception:  # noqa: BLE001 - a broken folder must not stop the app
        log.exception("could not read the user's templates")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("briefer")
    install_translators(app)  # type: ignore[arg-type]
    fit_dialogs_on_show(app)
    return app  # type: ignore[return-value]


def open_window(
    path: str | None = None,
    example: bool = False,
    settings: AppSettings | None = None,
    library: TemplateLibrary | None = None,
) -> MainWindow:
    """A shown main window with ``path``, the example, or a blank brief; a
    recovery is offered once the window is up.  ``library``: the app's
    template library (built here when not given)."""
    library = library if library is not None else build_library()
    window = MainWindow(settings, library=library, windows=WindowList())
    if example:
        window.files.open_example()
    else:
        window.files.new_blank()
    window.show()
    QTimer.singleShot(0, keep_out_of_the_collector)  # what start-up made lives on: no collection walks it again
    # However the app was started (plain, with the example, with a file):
    # unsaved work of a session that crashed, untitled briefs and saved ones.
    # One callback, the file first: a question open_path asks runs an event
    # loop of its own, in which a second timer's questions would stack on it.
    QTimer.singleShot(0, lambda: _start(window, path))
    return window


def _start(window: MainWindow, path: str | None) -> None:
    if path is not None:
        window.files.open_path(path)  # messages need a visible window
    offer_recoveries_at_start(window)


def offer_recoveries_at_start(window: MainWindow) -> int:
    """Offer every recovery a session that ended without saving left behind,
    newest first: untitled briefs' autosaves and saved briefs' autosaves
    newer than their file (briefs a live window has open are not offered).
    Each one restored opens in ``window`` while it holds nothing of value (a
    blank, untouched brief), else in a window of its own
    (:meth:`MainWindow.window_for_another_brief`: cascaded, in the window
    list).  A saved brief whose file is gone (moved, deleted) comes back as
    an untitled brief whose Save As suggests the old name.  Discard deletes
    one; Later keeps it for the next start.  Returns how many were restored."""
    files = window.files
    found = files.session.untitled_recoveries() + files.session.saved_recoveries()
    found.sort(key=lambda r: r.saved_at, reverse=True)
    restored = 0
    for info in found:
        path = os.fspath(info.brief_path) if info.brief_path is not None else None
        gone = path is not None and not os.path.exists(path)
        target_is_here = window.holds_nothing_of_value()
        answer = files.prompter.ask_restore_at_start(
            info.loaded.brief.title, info.saved_at, path, file_gone=gone, new_window=not target_is_here
        )
        if answer == "discard":
            files.session.discard_recovery(info)
            continue
        if answer != "restore":
            continue  # kept where it is: offered again at the next start
        target = window.window_for_another_brief()
        if path is None or gone:
            if target is not window:
                target.files.new_blank()
            target.files.restore_untitled(info, os.path.basename(path) if path else None)
            ok = True
        else:
            ok = target.files.open_path(path, recovered=info)
        restored += window._settle(target, ok)
    return restored


def run_app(path: str | None = None, example: bool = False, library: TemplateLibrary | None = None) -> int:
    """Open the app with ``library`` (built here when not given) and run
    until the last window closes.  Exit status."""
    app = make_application()
    library = library if library is not None else build_library()
    log_template_problems(library)
    window = open_window(path, example, library=library)  # noqa: F841  (kept alive until exec returns)
    try:
        return app.exec()
    finally:
        WORKER.shutdown()  # the preview's worker process ends with the app
