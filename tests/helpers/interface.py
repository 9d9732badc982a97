"""The app's interface in another language for one test, as Briefer starts
it (translators, the default locale, the layout direction), and put back
afterwards so later tests run in English, left to right."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from briefer.gui.language import install_translators


@contextlib.contextmanager
def interface_language(app: QApplication, name: str) -> Iterator[str]:
    """The interface in ``name`` (a QLocale name: "fr_FR", "ar", "en_GB")."""
    before = QLocale()
    installed = list(install_translators(app, QLocale(name)))
    try:
        yield name
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
