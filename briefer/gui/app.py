"""The composition root: make the QApplication, open the main window.

``run_app()`` is what ``briefer`` (no arguments), ``briefer FILE`` and
``briefer --example`` call.  The template library is built here, once,
and handed to every window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from importlib import resources

import briefer.gui  # noqa: F401  (loads pydantic before PySide6, see the package docstring)
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..export.worker import WORKER
from ..templates import TemplateLibrary, build_library
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
    if path is not None:
        QTimer.singleShot(0, lambda: window.files.open_path(path))  # messages need a visible window
    # However the app was started (plain, with the example, with a file):
    # unsaved work of an untitled brief from a session that crashed.
    QTimer.singleShot(0, lambda: offer_untitled_recovery(window))
    return window


_EXTRA_WINDOWS: list[MainWindow] = []  # windows opened for a recovery, kept alive


def offer_untitled_recovery(window: MainWindow, new_window: Callable[[], MainWindow] | None = None) -> None:
    """Offer an earlier session's untitled autosave: in ``window`` when it
    holds nothing of value yet (a blank brief or the untouched example),
    else in a window of its own (from ``new_window``) so the open file is
    not replaced."""
    if window.files.path is None and not window.files.modified:
        window.files.offer_untitled_recoveries()
        return
    if not window.files.session.untitled_recoveries():
        return
    other = new_window() if new_window is not None else window.window_factory()
    other.files.new_blank()
    other.show()
    if other.files.offer_untitled_recoveries():
        _EXTRA_WINDOWS.append(other)
    else:
        other.close()


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
