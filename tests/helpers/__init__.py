"""Shared test helpers: read back what Briefer wrote.

* :mod:`.extract` — the text of an exported PDF (pypdf) or DOCX
  (python-docx, incl. tables, headers and footers) and their metadata;
* :mod:`.compare` — normalising text so that "what the user typed" can be
  compared with "what the document shows" (NFKC, white space, right-to-left
  display order).

Import as ``from helpers import pdf_text, docx_text`` (``tests/`` is on
``sys.path`` because ``tests/conftest.py`` is not in a package).
"""

from .compare import missing_words, normalise, squeeze
from .extract import (
    docx_all_xml,
    docx_core_props,
    docx_metadata_xml,
    docx_text,
    pdf_metadata,
    pdf_page_count,
    pdf_raw_metadata,
    pdf_text,
)

__all__ = [
    "docx_all_xml",
    "docx_core_props",
    "docx_metadata_xml",
    "docx_text",
    "missing_words",
    "normalise",
    "pdf_metadata",
    "pdf_page_count",
    "pdf_raw_metadata",
    "pdf_text",
    "squeeze",
]
