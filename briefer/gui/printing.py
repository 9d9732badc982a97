"""File ▸ Print…: the PDF that Export writes, sent to a printer chosen in
the system's print dialog (``QPrintDialog``).  Each page is drawn at the
printer's resolution with QtPdf, scaled to fit the printable area and
centred; the page range, copies and printer come from the dialog.  With
the reader filter on, the PDF is the releasable version for that reader,
and the dialog's title says so."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300


def ask_printer(printer: QPrinter, pages: int, parent: QWidget | None, reader: str | None = None) -> bool:
    """The system's print dialog for a document of ``pages`` pages; True to
    print.  ``reader``: the level the document is the releasable version
    for (the reader filter), named in the dialog's title."""
    dialog = QPrintDialog(printer, parent)
    title = QDialog.tr("Print Brief")
    if reader:
        title = QDialog.tr("Print Brief: what a reader at %1 sees").replace("%1", reader)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def page_range(printer: QPrinter, pages: int) -> list[int]:
    """0-based page numbers the user chose (all pages by default)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first <= 0:
        first, last = 1, pages
    last = min(last if last > 0 else pages, pages)
    return list(range(first - 1, last))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the pages of ``document`` the printer's range asks for; how
    many were printed (0 if the printer could not start)."""
    numbers = page_range(printer, document.pageCount())
    painter = QPainter()
    if not numbers or not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRectF(0, 0, area.width(), area.height())
        for i, number in enumerate(numbers):
            if i:
                printer.newPage()
            points = document.pagePointSize(number)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            sharp = min(1.0, MAX_DPI / max(1, printer.resolution()))  # 300 dpi is sharp; 600 dpi pages are 140 MB
            image = document.render(number, QSize(int(size.width() * sharp), int(size.height() * sharp)))
            x = (area.width() - size.width()) / 2
            y = (area.height() - size.height()) / 2
            painter.fillRect(QRectF(x, y, size.width(), size.height()), Qt.GlobalColor.white)
            painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(numbers)


__all__ = ["ask_printer", "page_range", "print_pdf"]
