"""Help ▸ About Briefer: version, and the licences of what the app ships with."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

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
    what = QCoreApplication.translate("About", "Write briefing documents for a principal and export them as PDF and Word, offline.")
    licence = QCoreApplication.translate("About", "Briefer is released under the MIT licence. It is built on:")
    return (
        f"<h3>Briefer {html.escape(__version__)}</h3>"
        f"<p>{html.escape(what)}</p>"
        f"<p>{html.escape(licence)}</p>"
        f"<table width='100%' cellspacing='6'>{rows}</table>"
        f"<p><small>Python {html.escape(platform.python_version())}</small></p>"
    )


class AboutDialog(QDialog):
    """Help ▸ About Briefer: the app's icon beside :func:`about_html` in a
    text that scrolls, so the box fits a small screen with its button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("About", "About Briefer"))
        icon = QLabel(self)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        app_icon = self.windowIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(64, 64))
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(True)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.viewport().setAutoFillBackground(False)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(row, 1)
        outer.addWidget(buttons)
        # Wide enough at 1366×768 that a cell of the three-column table takes
        # a line or two, not three or four (fitted to a smaller screen on show).
        unit = self.fontMetrics().horizontalAdvance("M")
        self.resize(unit * 92, unit * 60)


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box (modeless, one at a time is enough)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
