"""Turn a picture file the user picked into a safe, small photo data URI.

A participant's photo comes from anywhere: a phone (EXIF with GPS position,
a rotation flag, MPO multi-picture JPEGs), a press office (CMYK JPEGs,
print-size TIFF-like PNGs), a web page (animated GIFs, WebP), or a hostile
mail attachment (a decompression bomb, a truncated file).  This module is
the one place that reads such files.  It imports only Pillow (no Qt), so the
tests and any hardening harness can call :func:`photo_from_bytes` directly.

What comes out is always: the first frame, upright (EXIF orientation
applied), RGB or RGBA, at most ``MAX_SIDE`` pixels on each side, with *no*
metadata at all (no EXIF, no GPS, no comments, no ICC profile — colours are
converted to sRGB first), encoded as JPEG quality 85, or PNG when the image
really uses transparency, and at most ``MAX_PHOTO_BYTES`` decoded.
"""

from __future__ import annotations

import base64
import io
import os
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 600
"""Longest side of a stored photo, in pixels (enough for a 4 cm print at 300 dpi)."""

MAX_PHOTO_BYTES = 2 * 1024 * 1024
"""The format's limit for one photo (decoded), see the brief format spec."""

MAX_SOURCE_PIXELS = 60_000_000
"""Refuse larger pictures before decoding them (a decompression bomb is a
small file that claims a huge size).  Pillow's own ``Image.MAX_IMAGE_PIXELS``
applies as well when it is lower."""

MAX_SOURCE_BYTES = 60 * 1024 * 1024
"""Refuse to read bigger files at all."""

JPEG_QUALITY = 85
ACCEPTED_FORMATS = ("PNG", "JPEG", "MPO", "WEBP", "GIF", "BMP")
FILE_PATTERNS = ("*.png", "*.jpg", "*.jpeg", "*.webp", "*.gif", "*.bmp")


class PhotoError(Exception):
    """A picture that cannot be used; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class Photo:
    data_uri: str
    mime: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    byte_size: int  # of the encoded image, before base64


def _pixel_limit() -> int:
    pillow_limit = Image.MAX_IMAGE_PIXELS
    return min(MAX_SOURCE_PIXELS, pillow_limit) if pillow_limit else MAX_SOURCE_PIXELS


def _too_big_message(size: tuple[int, int] | None = None) -> str:
    what = f"The picture is {size[0]:,} × {size[1]:,} pixels, which is" if size else "The picture is"
    return (
        f"{what} too large to open safely "
        f"(the limit is {_pixel_limit() / 1e6:.0f} megapixels). Save a smaller copy and choose that."
    )


def _open_formats() -> list[str]:
    Image.init()  # register every plugin, so that "MPO" etc. are known
    return [f for f in ACCEPTED_FORMATS if f in Image.OPEN]


def _to_srgb(img: Image.Image) -> Image.Image:
    """Convert from an embedded colour profile to sRGB when there is one, so
    that dropping the profile does not shift colours.  Best effort."""
    icc = img.info.get("icc_profile")
    if not icc or img.mode not in ("RGB", "RGBA"):
        return img
    try:
        from PIL import ImageCms

        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        dst = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(img, src, dst, outputMode=img.mode) or img
    except Exception:  # a broken profile is ignored, never fatal
        return img


def _normalise_mode(img: Image.Image) -> Image.Image:
    """RGB, or RGBA when the picture has an alpha channel or a transparent colour."""
    if img.mode == "RGBA":
        return img
    if img.mode in ("LA", "PA", "RGBa", "La") or (img.mode in ("P", "L", "RGB") and "transparency" in img.info):
        return img.convert("RGBA")
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale to 8 bits instead of clipping to white.
        img = img.point(lambda v: v / 256).convert("L")
    return img.convert("RGB")


def _uses_transparency(img: Image.Image) -> bool:
    if img.mode != "RGBA":
        return False
    low, _high = img.getchannel("A").getextrema()
    return low < 255


def _encode(img: Image.Image) -> tuple[str, bytes]:
    out = io.BytesIO()
    # A fresh image carries no info dict: nothing of the source's metadata
    # (EXIF, GPS, XMP, comments, ICC) can leak into the saved file.
    clean = Image.frombytes(img.mode, img.size, img.tobytes())
    if _uses_transparency(clean):
        clean.save(out, format="PNG", optimize=True)
        return "image/png", out.getvalue()
    if clean.mode != "RGB":
        clean = clean.convert("RGB")
    clean.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return "image/jpeg", out.getvalue()


def photo_from_bytes(data: bytes) -> Photo:
    """Read, clean, downscale and re-encode a picture.  Raises :class:`PhotoError`."""
    if not data:
        raise PhotoError("The file is empty.")
    if len(data) > MAX_SOURCE_BYTES:
        raise PhotoError(
            f"The file is {len(data) / 1e6:.0f} MB; choose a picture under {MAX_SOURCE_BYTES // (1024 * 1024)} MB."
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        size = None
        try:
            img = Image.open(io.BytesIO(data), formats=_open_formats())
            size = img.size
            if size[0] * size[1] > _pixel_limit():
                raise PhotoError(_too_big_message(size))
            img.seek(0)  # the first frame of an animation
            if img.format in ("JPEG", "MPO"):
                img.draft("RGB", (MAX_SIDE * 2, MAX_SIDE * 2))  # decode big JPEGs at reduced size
            img.load()
        except PhotoError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoError(_too_big_message(size)) from None
        except UnidentifiedImageError:
            raise PhotoError(
                "This file is not a picture Briefer can read. Choose a PNG, JPEG, WebP, GIF or BMP image."
            ) from None
        except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError) as e:
            raise PhotoError(f"The picture is damaged or incomplete and cannot be read ({e}).") from None
    try:
        img = ImageOps.exif_transpose(img) or img
    except Exception:  # a malformed EXIF block must not stop the photo
        pass
    img = _to_srgb(_normalise_mode(img))
    img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    mime, encoded = _encode(img)
    if len(encoded) > MAX_PHOTO_BYTES:  # practically impossible at 600 × 600, but the format says so
        raise PhotoError("The picture is still larger than 2 MiB after resizing; choose a simpler picture.")
    uri = f"data:{mime};base64," + base64.b64encode(encoded).decode("ascii")
    return Photo(uri, mime, img.width, img.height, len(encoded))


def photo_from_file(path: str | os.PathLike[str]) -> Photo:
    """:func:`photo_from_bytes` on a file; unreadable files become :class:`PhotoError`."""
    try:
        size = os.path.getsize(path)
        if size > MAX_SOURCE_BYTES:
            raise PhotoError(
                f"The file is {size / 1e6:.0f} MB; choose a picture under {MAX_SOURCE_BYTES // (1024 * 1024)} MB."
            )
        with open(path, "rb") as f:
            data = f.read(MAX_SOURCE_BYTES + 1)
    except PhotoError:
        raise
    except OSError as e:
        raise PhotoError(f"The file cannot be read: {e.strerror or e}.") from None
    return photo_from_bytes(data)
