"""Photos with a colour profile that is not sRGB (issue 11: ICC profiles were
copied byte for byte into PDF and Word).

The profile built here swaps the red and blue primaries of sRGB: a pixel
stored as pure red *means* pure blue.  So a photo whose colours were really
converted to sRGB comes out blue, and one whose profile was merely dropped
comes out red.  Neither the exported PDF and DOCX nor an imported photo may
carry the profile's bytes.
"""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from PIL import Image
from pypdf import PdfReader

from briefer.images import photo_from_bytes
from briefer.model import Brief, Participant, decode_photo

from .conftest import export_both
from .test_images import _uri

MARKER = b"Briefer test: red and blue swapped"


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


def swapped_primaries_profile() -> bytes:
    """An ICC v2 RGB display profile: sRGB's primaries with red and blue
    swapped, gamma 2.2, and :data:`MARKER` as its description."""
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(MARKER) + 1) + MARKER + b"\0" + b"\0" * 8 + b"\0" * 70
    tags = [
        (b"desc", desc),
        (b"cprt", b"text\0\0\0\0No copyright\0"),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(0.1431, 0.0606, 0.7141)),  # sRGB's blue
        (b"gXYZ", _xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", _xyz(0.4361, 0.2225, 0.0139)),  # sRGB's red
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    start = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        body += b"\0" * (-(start + len(body)) % 4)
        table += sig + struct.pack(">II", start + len(body), len(data))
        body += data
    d50 = _s15(0.9642) + _s15(1.0) + _s15(0.8249)
    header = (
        struct.pack(">I", start + len(body)) + b"lcms" + bytes([2, 0x10, 0, 0]) + b"mntrRGB XYZ " + b"\0" * 12
        + b"acsp" + b"\0" * 28 + d50 + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def red_photo(fmt: str) -> bytes:
    """120 × 90 pixels stored as pure red, with the swapped profile."""
    out = io.BytesIO()
    Image.new("RGB", (120, 90), (255, 0, 0)).save(out, fmt, icc_profile=swapped_primaries_profile(), quality=95)
    data = out.getvalue()
    assert (b"iCCP" if fmt == "PNG" else MARKER) in data  # PNG compresses its profile
    return data


def assert_converted_to_srgb(data: bytes) -> None:
    """``data`` is a picture with no profile whose pixels are blue."""
    assert MARKER not in data and b"iCCP" not in data and b"ICC_PROFILE" not in data
    img = Image.open(io.BytesIO(data))
    img.load()
    assert "icc_profile" not in img.info
    r, g, b = img.convert("RGB").getpixel((img.width // 2, img.height // 2))
    assert b > 200 and r < 60 and g < 60, (r, g, b)


@pytest.mark.parametrize("fmt, mime", [("JPEG", "image/jpeg"), ("PNG", "image/png")])
def test_export_converts_a_photos_profile_to_srgb_and_drops_it(fmt: str, mime: str) -> None:
    brief = Brief(title="Profiles", participants=[Participant(name="Ayelet Colour-Person", photo=_uri(mime, red_photo(fmt)))])
    out = export_both(brief)
    assert "Ayelet Colour-Person" in out.pdf_text and "Ayelet Colour-Person" in out.docx_text

    assert MARKER not in out.pdf and b"/ICCBased" not in out.pdf
    images = [image for page in PdfReader(io.BytesIO(out.pdf)).pages for image in page.images]
    assert len(images) == 1
    assert MARKER not in images[0].data
    r, g, b = images[0].image.convert("RGB").getpixel((60, 45))
    assert b > 200 and r < 60 and g < 60, (r, g, b)

    with zipfile.ZipFile(io.BytesIO(out.docx)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media) == 1
        assert_converted_to_srgb(z.read(media[0]))
        assert all(MARKER not in z.read(n) and b"iCCP" not in z.read(n) for n in z.namelist())


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_photo_import_converts_the_profile_to_srgb_and_drops_it(fmt: str) -> None:
    photo = photo_from_bytes(red_photo(fmt))
    _, data = decode_photo(photo.data_uri)
    assert_converted_to_srgb(data)


def test_a_broken_profile_is_dropped_and_the_photo_still_exports() -> None:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "JPEG", icc_profile=MARKER + b"\0" * 200)
    brief = Brief(title="Profiles", participants=[Participant(name="Broken Profile", photo=_uri("image/jpeg", out.getvalue()))])
    exported = export_both(brief)
    assert "Broken Profile" in exported.pdf_text
    assert MARKER not in exported.pdf and MARKER not in exported.docx
    imported = photo_from_bytes(out.getvalue())
    _, data = decode_photo(imported.data_uri)
    assert MARKER not in data
