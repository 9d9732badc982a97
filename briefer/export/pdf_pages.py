"""Some pages of a PDF, as a PDF: what Print to File writes when the user
picks a page range in the print dialog (the pages themselves are the
export's, text and fonts and all, never redrawn)."""

from __future__ import annotations

import io


def pdf_pages(data: bytes, numbers: list[int]) -> bytes:
    """The PDF ``data`` with only the pages ``numbers`` (0-based, in that
    order); ``data`` itself when that is every page in order."""
    # pypdf is imported here, not at the top: the app imports this module at
    # start and needs pypdf only when a page range is printed to a file.
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    if numbers == list(range(len(reader.pages))):
        return data
    writer = PdfWriter()
    for number in numbers:
        writer.add_page(reader.pages[number])
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if isinstance(v, str)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = ["pdf_pages"]
