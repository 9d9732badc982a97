"""A picture file (a participant's photo, a template's logo) read from disk
into a :class:`~briefer.images.Photo`, with the one safe reader: regular
files only, never blocking on a FIFO, at most
:data:`~briefer.images.MAX_SOURCE_BYTES`.  No Qt here."""

from __future__ import annotations

import os

from ..images import MAX_SOURCE_BYTES, ImageError, Photo, photo_from_bytes, too_many_bytes_message
from .safe_read import FileTooLargeError, NotRegularFileError, read_limited


def photo_from_file(path: str | os.PathLike[str]) -> Photo:
    """:func:`~briefer.images.photo_from_bytes` on a file; an unreadable
    file is an :class:`~briefer.images.ImageError`."""
    try:
        data = read_limited(path, MAX_SOURCE_BYTES)
    except FileTooLargeError as e:
        raise ImageError(too_many_bytes_message(e.size)) from None
    except NotRegularFileError as e:
        raise ImageError(f"The file cannot be used: {e.strerror}; choose a picture file.") from None
    except OSError as e:
        raise ImageError(f"The file cannot be read: {e.strerror or e}.") from None
    return photo_from_bytes(data)


__all__ = ["photo_from_file"]
