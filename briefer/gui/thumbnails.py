"""First-page thumbnails of templates, for the gallery and the editor.

A thumbnail is the first page of a *sample brief* — the shipped example
brief with the template's own standing text laid over it — exported with
that template, rasterised with QtPdf.  Each template therefore shows its
real fonts, colours, cover and section titles, filled with plausible text
instead of an empty page.

Rendering happens on a worker thread (:class:`ThumbnailLoader`); the
gallery shows :func:`placeholder_image` until ``ready(name, image)``
arrives.  Finished thumbnails are cached as PNG files under
``$BRIEFER_CACHE_DIR/thumbnails`` (else the user cache folder), keyed by a
hash of the template file's bytes, the app version and the pixel width, so
an edited template or a new Briefer never shows a stale picture.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import weakref
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from platformdirs import user_cache_dir

from .. import __version__
from ..export.formats import render_pdf_bytes
from ..export.running import RENDER_LOCK
from ..model import UNTITLED_TITLE, Brief
from ..storage import load_example
from ..templates import Template, template_to_bytes
from .background import BackgroundQueue, post

log = logging.getLogger(__name__)

THUMB_WIDTH = 180
"""Thumbnail width in device-independent pixels (rendered at 2× for HiDPI)."""
PAGE_RATIO = 297 / 210  # A4 height / width; Letter pages are scaled into it


def thumbnail_cache_dir() -> Path:
    """``$BRIEFER_CACHE_DIR/thumbnails``, else the user cache folder's."""
    env = os.environ.get("BRIEFER_CACHE_DIR")
    if env:
        return Path(env) / "thumbnails"
    return Path(user_cache_dir("Briefer", appauthor=False)) / "thumbnails"


def thumbnail_key(template: Template, width: int) -> str:
    """Cache key: template bytes + app version + width."""
    digest = hashlib.sha256(template_to_bytes(template))
    digest.update(f"|{__version__}|{width}".encode())
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def _example_data() -> dict:
    return load_example().brief.model_dump(mode="json", exclude_none=True)


def sample_brief(template: Template) -> Brief:
    """The example brief with ``template``'s standing text laid over it:
    what a brief made from the template looks like once filled in.  No
    DRAFT watermark, so the page itself is what the eye sees.  The cover
    names the template (its own standing title if it has one), never the
    example's meeting, so a new template does not look like the example."""
    data = dict(_example_data())
    data["title"] = template.display_title
    for key in ("subtitle", "reference"):
        data.pop(key, None)
    for key, value in template.skeleton.items():
        if value not in (None, "", [], {}) and (key != "title" or value != UNTITLED_TITLE):
            data[key] = value
    if template.layout.marking:
        data["marking"] = template.layout.marking
    data["layout"] = {"template": template.name, "draft_watermark": False}
    try:
        return Brief.model_validate(data)
    except ValueError:  # a skeleton that does not fit the example: its own brief
        brief = template.new_brief("Sample brief")
        brief.layout.draft_watermark = False
        return brief


def rasterize_first_page(pdf: bytes, width: int) -> QImage:
    """Page 1 of ``pdf`` as an opaque image ``width`` pixels wide (white
    paper; QtPdf renders onto transparency).  A null image on failure."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    try:
        doc.load(buffer)
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            return QImage()
        points = doc.pagePointSize(0)
        height = round(width * points.height() / points.width()) if points.width() > 0 else round(width * PAGE_RATIO)
        options = QPdfDocumentRenderOptions()
        page = doc.render(0, QSize(width, height), options)
    finally:
        doc.close()
        buffer.close()
    if page.isNull():
        return page
    out = QImage(page.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, page)
    painter.end()
    return out


def render_thumbnail(template: Template, width: int = THUMB_WIDTH * 2) -> QImage:
    """The thumbnail of ``template``, from the disk cache or freshly
    rendered (then cached).  Thread-safe; holds the render lock while
    reportlab runs.  Raises whatever the export raises."""
    path = thumbnail_cache_dir() / f"{thumbnail_key(template, width)}.png"
    if path.is_file():
        cached = QImage(str(path))
        if not cached.isNull():
            return cached
    with RENDER_LOCK:
        data, _pages = render_pdf_bytes(sample_brief(template), template)
    image = rasterize_first_page(data, width)
    if not image.isNull():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
            if image.save(str(tmp), "PNG"):
                os.replace(tmp, path)
        except OSError:  # a read-only cache only costs a re-render next time
            log.info("could not cache the thumbnail %s", path, exc_info=True)
    return image


def placeholder_image(width: int = THUMB_WIDTH * 2, text: str = "…") -> QImage:
    """A blank page with a faint ``text``: shown while a thumbnail renders
    or when it could not be made."""
    height = round(width * PAGE_RATIO)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#F7F8FA"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#D5D9DF"))
    pen.setWidth(max(1, width // 180))
    painter.setPen(pen)
    margin = width // 9
    bar = max(4, width // 45)
    y = margin
    for fraction in (0.75, 0.5, 0, 0.9, 0.85, 0.92, 0.6, 0, 0.9, 0.8, 0.88, 0.7):
        if fraction:
            painter.fillRect(margin, y, int((width - 2 * margin) * fraction), bar, QColor("#E6E9EE"))
        y += bar * 3
    painter.setPen(QColor("#8A9099"))
    font = QFont()
    font.setPixelSize(max(10, width // 14))
    painter.setFont(font)
    painter.drawText(image.rect().adjusted(margin, height // 2, -margin, -margin), Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return image


class _ThumbnailJob:
    """One thumbnail, made on the loader's background thread; the picture
    is posted to the loader in the UI thread (dropped if it is gone)."""

    def __init__(self, loader: "ThumbnailLoader", template: Template, width: int, stop: threading.Event):
        self.loader_ref = weakref.ref(loader)
        self.template, self.width, self.stop = template, width, stop

    def _answer(self, signal_name: str, *args: object) -> None:
        loader = self.loader_ref()
        if loader is not None and not self.stop.is_set():
            post(loader, _emit, signal_name, self.template.name, *args)
            del loader

    def __call__(self) -> None:
        if self.stop.is_set():
            return
        try:
            image = render_thumbnail(self.template, self.width)
        except Exception as e:  # noqa: BLE001 - one bad template only loses its picture
            log.exception("thumbnail of %s failed", self.template.name)
            self._answer("failed", str(e))
            return
        if image.isNull():
            self._answer("failed", "the page could not be drawn")
        else:
            self._answer("ready", image)


def _emit(loader: "ThumbnailLoader", signal_name: str, *args: object) -> None:
    getattr(loader, signal_name).emit(*args)


class ThumbnailLoader(QObject):
    """Renders thumbnails one at a time on its own background thread.

    ``ready(name, image)`` for each finished one, ``failed(name, message)``
    for one that could not be made.  :meth:`shutdown` drops pending work."""

    ready = Signal(str, QImage)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, width: int = THUMB_WIDTH * 2):
        super().__init__(parent)
        self.width = width
        self._background = BackgroundQueue("thumbnails")
        self._stop = threading.Event()

    def request(self, template: Template) -> None:
        self._background.submit(_ThumbnailJob(self, template.model_copy(deep=True), self.width, self._stop))

    def wait_idle(self, msecs: int = 30000) -> bool:
        return self._background.wait_idle(msecs)

    def shutdown(self) -> None:
        self._stop.set()
        self._background.close()
        self._background.wait_idle(30000)


__all__ = [
    "THUMB_WIDTH",
    "ThumbnailLoader",
    "placeholder_image",
    "rasterize_first_page",
    "render_thumbnail",
    "sample_brief",
    "thumbnail_cache_dir",
    "thumbnail_key",
]
