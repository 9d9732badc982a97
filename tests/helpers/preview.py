"""Where things are in the live preview, measured the way a reader sees
them: from the PDF's own text and the view's scroll bars."""

from __future__ import annotations


def heading_top_in_view(pane, page: int, title: str) -> float:
    """Where the heading ``title`` on ``page`` is, in pixels from the top of
    the preview's view (its place in points, from the PDF's own text)."""
    pdf, view = pane.pdf_document(), pane.view
    text = pdf.getAllText(page).text()
    start = next(i for i in range(len(text)) if text.startswith(title, i)
                 and (i == 0 or text[i - 1] in "\r\n" or text[i - 2 : i] == ". "))
    top = pdf.getSelectionAtIndex(page, start, len(title)).boundingRectangle().top()
    # pages are laid out one under another: their heights and the gaps
    # between them follow from the scroll range
    scale = (view.verticalScrollBar().maximum() + view.viewport().height() - view.documentMargins().top()
             - view.documentMargins().bottom() - view.pageSpacing() * (pdf.pageCount() - 1)) / sum(
        pdf.pagePointSize(p).height() for p in range(pdf.pageCount()))
    y = view.documentMargins().top() + sum(pdf.pagePointSize(p).height() * scale + view.pageSpacing() for p in range(page))
    return y + top * scale - view.verticalScrollBar().value()
