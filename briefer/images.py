"""The one pipeline every picture goes through: a photo or logo the user
imports, and a photo or logo on its way into an exported PDF or Word file.

A picture comes from anywhere: a phone (EXIF with GPS position, a rotation
flag, MPO multi-picture JPEGs), a press office (CMYK JPEGs, wide-gamut
colour profiles), a web page (animated GIFs, WebP), a `.brief` or
`.brieftemplate` file written by another tool, or a hostile mail attachment
(a decompression bomb, a truncated file).  Whatever goes in, what comes out
is the same: the first frame, upright (EXIF orientation applied), converted
to sRGB from its colour profile and then without one, RGB or RGBA, no
larger than asked, re-encoded from bare pixels so that *no* metadata
survives (no EXIF, GPS, XMP, comments, text chunks or ICC profile): JPEG,
or PNG when the picture really uses transparency.

One set of limits applies on both ways: :data:`MAX_SOURCE_BYTES` of file,
:data:`MAX_DECODED_PIXELS` of pixels actually decoded (big JPEGs are decoded
at a reduced size first), and Pillow's decompression-bomb guard.

Pillow only: no Qt, nothing of Briefer's.
"""

from __future__ import annotations

import base64
import functools
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

PHOTO_MAX_SIDE = 600
"""Longest side of an imported photo or logo, in pixels (a 4 cm print at
300 dpi; the stored brief stays small)."""

PRINT_MAX_SIDE = 1200
"""Longest side of a picture in an export: over the widest printed picture
(a 60 mm logo) that is 500 dpi."""

MAX_PHOTO_BYTES = 2 * 1024 * 1024
"""The format's limit for one photo (decoded from base64), see
``docs/brief-format.md``."""

MAX_SOURCE_BYTES = 60 * 1024 * 1024
"""Bigger files are not read at all."""

MAX_DECODED_PIXELS = 25_000_000
"""Refuse to decode more pixels than this (100 MB as RGBA): a decompression
bomb is a small file that claims a huge size.  A big JPEG counts at the
reduced size it is decoded at.  Pillow's own ``Image.MAX_IMAGE_PIXELS``
applies as well when it is lower."""

JPEG_QUALITY = 90
ACCEPTED_FORMATS = ("PNG", "JPEG", "MPO", "WEBP", "GIF", "BMP")
FILE_PATTERNS = ("*.png", "*.jpg", "*.jpeg", "*.webp", "*.gif", "*.bmp")

_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class ImageError(Exception):
    """A picture that cannot be used; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class CleanImage:
    """A picture after the pipeline: PNG or JPEG bytes with no metadata."""

    data: bytes
    mime: str  # "image/jpeg" or "image/png"
    width_px: int
    height_px: int


@dataclass(frozen=True)
class Photo:
    """An imported photo, as a brief stores it."""

    data_uri: str
    mime: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    byte_size: int  # of the encoded image, before base64


def _pixel_limit() -> int:
    pillow_limit = Image.MAX_IMAGE_PIXELS
    return min(MAX_DECODED_PIXELS, pillow_limit) if pillow_limit else MAX_DECODED_PIXELS


def _too_big_message(size: tuple[int, int] | None = None) -> str:
    what = f"The picture is {size[0]:,} × {size[1]:,} pixels, which is" if size else "The picture is"
    return (
        f"{what} too large to open safely "
        f"(the limit is {_pixel_limit() / 1e6:.0f} megapixels). Save a smaller copy and choose that."
    )


def too_many_bytes_message(size: int) -> str:
    return f"The file is {size / 1e6:.0f} MB; choose a picture under {MAX_SOURCE_BYTES // (1024 * 1024)} MB."


def _open_formats() -> list[str]:
    Image.init()  # register every plugin, so that "MPO" etc. are known
    return [f for f in ACCEPTED_FORMATS if f in Image.OPEN]


def _decode(data: bytes, max_side: int) -> Image.Image:
    """The first frame of ``data``, loaded, within the limits."""
    if not data:
        raise ImageError("The file is empty.")
    if len(data) > MAX_SOURCE_BYTES:
        raise ImageError(too_many_bytes_message(len(data)))
    size = None
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data), formats=_open_formats())
            size = img.size
            img.seek(0)  # the first frame of an animation
            if img.format in ("JPEG", "MPO"):
                img.draft(img.mode if img.mode == "CMYK" else "RGB", (max_side * 2, max_side * 2))
            if img.size[0] <= 0 or img.size[1] <= 0:
                raise ImageError("The picture has no pixels.")
            if img.size[0] * img.size[1] > _pixel_limit():
                raise ImageError(_too_big_message(size))
            img.load()
        except ImageError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError(_too_big_message(size)) from None
        except UnidentifiedImageError:
            raise ImageError(
                "This file is not a picture Briefer can read. Choose a PNG, JPEG, WebP, GIF or BMP image."
            ) from None
        except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError) as e:
            raise ImageError(f"The picture is damaged or incomplete and cannot be read ({e}).") from None
    return img


def _upright(img: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(img) or img
    except Exception:  # noqa: BLE001 - a malformed EXIF block must not stop the picture
        return img


def _has_alpha(img: Image.Image) -> bool:
    return img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (img.mode in ("P", "L", "RGB") and "transparency" in img.info)


def _to_8bit(img: Image.Image) -> Image.Image:
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale to 8 bits instead of clipping to white.
        return img.point(lambda v: v / 256).convert("L")
    return img


def _to_srgb(img: Image.Image) -> Image.Image:
    """RGB or RGBA pixels in sRGB.  A picture with a colour profile is
    converted from it (CMYK and greyscale profiles too); one without, or
    with a profile that does not parse or fit, is taken to be sRGB."""
    icc = img.info.get("icc_profile")
    out_mode = "RGBA" if _has_alpha(img) else "RGB"
    if icc:
        source = img if img.mode in ("RGB", "RGBA", "CMYK", "L") else img.convert(out_mode)
        if source.mode == "L" and out_mode == "RGBA":
            source = img.convert("RGBA")
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(source, profile, _SRGB, outputMode=out_mode if source.mode != "CMYK" else "RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            converted = None  # a broken or mismatched profile: the pixels as they are
        if converted is not None:
            return converted if converted.mode == out_mode else converted.convert(out_mode)
    return _to_8bit(img).convert(out_mode)


def _uses_transparency(img: Image.Image) -> bool:
    if img.mode != "RGBA":
        return False
    low, _high = img.getchannel("A").getextrema()
    return low < 255


def _encode(img: Image.Image) -> tuple[str, bytes]:
    out = io.BytesIO()
    # A fresh image carries no info dict: nothing of the source's metadata
    # (EXIF, GPS, XMP, comments, ICC) can reach the encoded file.
    bare = Image.frombytes(img.mode, img.size, img.tobytes())
    if _uses_transparency(bare):
        bare.save(out, format="PNG", optimize=True)
        return "image/png", out.getvalue()
    if bare.mode != "RGB":
        bare = bare.convert("RGB")
    bare.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return "image/jpeg", out.getvalue()


def clean_image(data: bytes, max_side: int) -> CleanImage:
    """``data`` through the pipeline, at most ``max_side`` pixels on each
    side.  Raises :class:`ImageError`."""
    img = _to_srgb(_upright(_decode(data, max_side)))
    img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    mime, encoded = _encode(img)
    return CleanImage(encoded, mime, img.width, img.height)


# -- import ------------------------------------------------------------------


def photo_from_bytes(data: bytes) -> Photo:
    """A picture the user chose, as a photo a brief can hold.  Raises
    :class:`ImageError`."""
    clean = clean_image(data, PHOTO_MAX_SIDE)
    if len(clean.data) > MAX_PHOTO_BYTES:  # practically impossible at 600 × 600, but the format says so
        raise ImageError("The picture is still larger than 2 MiB after resizing; choose a simpler picture.")
    uri = f"data:{clean.mime};base64," + base64.b64encode(clean.data).decode("ascii")
    return Photo(uri, clean.mime, clean.width_px, clean.height_px, len(clean.data))


# -- export ------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def printable_image(data: bytes) -> CleanImage | None:
    """A photo or logo from a brief or template as it may go into a file we
    hand out, or None when it cannot be used: a damaged or oversized picture
    is left out instead of failing an export.  The file may have been
    written by any tool, so it goes through the whole pipeline again:
    exported briefs are mailed around."""
    try:
        return clean_image(data, PRINT_MAX_SIDE)
    except Exception:  # noqa: BLE001 - ImageError, or any of the many types Pillow raises for bad data
        return None


__all__ = [
    "ACCEPTED_FORMATS",
    "FILE_PATTERNS",
    "MAX_DECODED_PIXELS",
    "MAX_PHOTO_BYTES",
    "MAX_SOURCE_BYTES",
    "PHOTO_MAX_SIDE",
    "PRINT_MAX_SIDE",
    "CleanImage",
    "ImageError",
    "Photo",
    "clean_image",
    "photo_from_bytes",
    "printable_image",
    "too_many_bytes_message",
]
