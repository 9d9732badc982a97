"""Export a brief to PDF or Word.

:mod:`.formats` is the front door (``export_brief``, ``render_pdf_bytes``);
:mod:`.compose` decides what is printed and builds the layout tree
(:mod:`.layout`); :mod:`.pdf` and :mod:`.docx` write it to a binary stream;
:mod:`.running` holds the progress and cancel callbacks, the errors and the
render lock.  This package file imports only :mod:`.running`, so importing a
light module of the package never loads reportlab or python-docx.
"""

from .running import RENDER_LOCK, CancelCheck, ExportCancelled, ExportError, ProgressCallback, render_turn

__all__ = ["RENDER_LOCK", "CancelCheck", "ExportCancelled", "ExportError", "ProgressCallback", "render_turn"]
