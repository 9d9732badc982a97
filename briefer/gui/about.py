"""Help ▸ About Briefer: version, and the licences of what the app ships with."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__

# (component, licence, what it does for Briefer).  Untranslated names.
COMPONENTS: list[tuple[str, str, str]] = [
    ("Qt %s / PySide6 %s" % (qVersion(), pyside_version), "LGPL-3.0", "the user interface and the PDF preview"),
    ("reportlab, rl_accel", "BSD", "PDF export"),
    ("python-docx", "MIT", "Word export"),
    ("lxml", "BSD", "Word export; safe reading of Word templates"),
    ("pydantic", "MIT", "the brief model and its checks"),
    ("Pillow", "MIT-CMU (HPND)", "photos and logos"),
    ("fontTools", "MIT", "static instances of the variable fonts; the script of each character"),
    ("uharfbuzz (HarfBuzz)", "Apache-2.0 (HarfBuzz: MIT)", "joined letters, conjuncts and marks in PDF export"),
    ("python-bidi", "LGPL-3.0", "right-to-left text order in PDF export"),
    ("typst (the Typst compiler)", "Apache-2.0", "accessible and archival PDF export (PDF/UA, PDF/A)"),
    ("platformdirs", "MIT", "where settings, templates and autosaves live"),
    ("pyspellchecker", "MIT", "spell checking and its English, French and Arabic word lists"),
    ("pyphen", "GPL-2.0+ / LGPL-2.1+ / MPL-1.1", "hyphenation in the brief's language in PDF export"),
    ("pypdf", "BSD-3-Clause", "numbered copies for the distribution list"),
    ("dateparser", "BSD-3-Clause", "dates in pasted text"),
    ("Noto Sans, Noto Sans SC / JP / KR", "SIL Open Font License 1.1", "fonts embedded in PDF and Word exports"),
    ("Noto Sans Arabic", "SIL Open Font License 1.1", "Arabic, Persian and Urdu font embedded in PDF and Word exports"),
    ("Noto Sans Devanagari", "SIL Open Font License 1.1", "Hindi (Devanagari) font embedded in PDF exports; Word files name it"),
    ("Noto Sans Thai", "SIL Open Font License 1.1", "Thai font embedded in PDF exports; Word files name it"),
    ("Noto Sans Tamil", "SIL Open Font License 1.1", "Tamil font embedded in PDF exports; Word files name it"),
    ("Heebo", "SIL Open Font License 1.1", "Hebrew font embedded in PDF and Word exports"),
    ("Gentium Book Plus", "SIL Open Font License 1.1", "serif font of the chancery style, embedded in PDF and Word exports"),
]


def about_html() -> str:
    tr = lambda s: QCoreApplication.translate("About", s)  # noqa: E731
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(lic)}</td><td>{html.escape(tr(use))}</td></tr>"
        for name, lic, use in COMPONENTS
    )
    return (
        f"<h3>Briefer {html.escape(__version__)}</h3>"
        f"<p>{html.escape(tr('Write briefing documents for a principal and export them as PDF and Word, offline.'))}</p>"
        f"<p>{html.escape(tr('Briefer is released under the MIT licence. It is built on:'))}</p>"
        f"<table cellspacing='6'>{rows}</table>"
        f"<p><small>Python {html.escape(platform.python_version())}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Briefer"), about_html())
