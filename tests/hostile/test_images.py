"""Hostile pictures: in a `.brief` file (the model's ``decode_photo``), on the
way to an export, and through the photo import pipeline the app uses
(``briefer/images.py``, Pillow only, no Qt).

Exact outcomes: a refusal whose message names the problem, or a clean
result (export with the participant's name, or a re-encoded photo with no
metadata and one frame).
"""

from __future__ import annotations

import base64
import io
import struct
import zlib

import pytest
from PIL import Image
from pydantic import ValidationError

import briefer.images as photo
from briefer.model import Brief, BriefFileError, Participant, brief_from_bytes, decode_photo

from .conftest import export_both

# --------------------------------------------------------------------------
# Picture makers
# --------------------------------------------------------------------------


def _uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def _save(img: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: the
    shape of a decompression bomb without the cost of building one."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + _chunk(b"IEND", b"")


def real_png_bomb() -> bytes:
    """A real one: 12 000 × 12 000 grey pixels (144 Mpx, 144 MB decoded) in
    about 140 kB of PNG."""
    width = height = 12_000
    row = b"\0" + b"\0" * width
    z = zlib.compressobj(9)
    body = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def cmyk_jpeg() -> bytes:
    return _save(Image.new("CMYK", (80, 100), (0, 255, 255, 0)), "JPEG")  # red in CMYK


def jpeg_with_gps(orientation: int = 1) -> bytes:
    img = Image.new("RGB", (120, 60), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0131] = "SecretCam 1.0"  # Software
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (31.0, 46.0, 42.0)  # Jerusalem
    gps[3], gps[4] = "E", (35.0, 13.0, 1.0)
    return _save(img, "JPEG", exif=exif, comment=b"home address 12 Secret St")


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (40, 40), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    return _save(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def png_with_text() -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Jane Secret")
    info.add_text("Comment", "taken at 12 Secret St")
    return _save(Image.new("RGB", (30, 30), (0, 0, 0)), "PNG", pnginfo=info)


GOOD_PNG = _save(Image.new("RGB", (30, 40), (200, 30, 30)), "PNG")


# --------------------------------------------------------------------------
# The model: what a .brief file may hold
# --------------------------------------------------------------------------

MODEL_CASES = {
    "bad-base64-characters": ("data:image/png;base64,@@not base64@@", ("not valid base64",)),
    "bad-base64-mid-padding": ("data:image/png;base64,iVBO=Rw0KGgo", ("not valid base64",)),
    "bad-base64-padding": ("data:image/png;base64,iVBORw0KGgo", ("not valid base64",)),
    "mime-gif": (_uri("image/gif", animated_gif()), ("png or jpeg",)),
    "mime-svg-with-script": (_uri("image/svg+xml", b"<svg onload='alert(1)'/>"), ("png or jpeg",)),
    "mime-says-png-data-is-jpeg": (_uri("image/png", cmyk_jpeg()), ("says image/png", "not a png")),
    "mime-says-jpeg-data-is-html": (_uri("image/jpeg", b"<html><script>x()</script></html>"), ("says image/jpeg", "not a jpeg")),
    "not-a-data-uri": ("https://example.org/tracker.png", ("data uri",)),
    "over-2-mib": (_uri("image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024)), ("larger than 2 mib",)),
}


@pytest.mark.parametrize("name", list(MODEL_CASES))
def test_model_refuses_bad_photo(name: str) -> None:
    uri, words = MODEL_CASES[name]
    with pytest.raises(ValueError) as info:
        decode_photo(uri)
    for w in words:
        assert w in str(info.value).lower(), str(info.value)
    with pytest.raises(ValidationError) as info2:
        Participant(name="A", photo=uri)
    assert "photo" in str(info2.value)


def test_bad_photo_in_a_file_names_the_field() -> None:
    data = (
        '{"format": "briefer-brief", "version": 1, "brief": {"title": "t", "participants": '
        '[{"name": "A"}, {"name": "B", "photo": "data:image/png;base64,iVBORw0KGgo"}]}}'
    ).encode()
    with pytest.raises(BriefFileError) as info:
        brief_from_bytes(data)
    assert str(info.value) == "participants[1].photo: is not valid base64 data"


# --------------------------------------------------------------------------
# Export: a photo the model lets through (the right magic bytes) but that is
# damaged or hostile.  compose promises "never fail an export over a photo":
# the export succeeds and the participant is there.
# --------------------------------------------------------------------------

EXPORT_CASES = {
    "cmyk-jpeg": ("image/jpeg", cmyk_jpeg),
    "jpeg-with-gps": ("image/jpeg", jpeg_with_gps),
    "truncated-jpeg": ("image/jpeg", lambda: cmyk_jpeg()[:200]),
    "jpeg-magic-then-garbage": ("image/jpeg", lambda: b"\xff\xd8\xff" + b"garbage" * 20),
    "truncated-png": ("image/png", lambda: GOOD_PNG[:40]),
    "png-header-claims-10-gigapixels": ("image/png", lambda: png_claiming(100_000, 100_000)),
    "png-header-claims-100-megapixels": ("image/png", lambda: png_claiming(10_000, 10_000)),
}

EXPORT_DEFECTS: dict[str, str] = {}  # found by this suite, fixed in bc27d4d (photos left out of the export)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("name", list(EXPORT_CASES))
def test_export_survives_a_hostile_photo(name: str) -> None:
    mime, make = EXPORT_CASES[name]
    brief = Brief(title="Photos", participants=[Participant(name="Ayelet Photo-Person", photo=_uri(mime, make()))])
    try:
        out = export_both(brief)
    except Exception as e:  # noqa: BLE001 - the outcome under test
        if name in EXPORT_DEFECTS:
            pytest.xfail(f"{EXPORT_DEFECTS[name]} ({type(e).__name__})")
        raise
    assert "Ayelet Photo-Person" in out.pdf_text
    assert "Ayelet Photo-Person" in out.docx_text
    if name in EXPORT_DEFECTS:
        pytest.fail(f"fixed? remove it from EXPORT_DEFECTS: {EXPORT_DEFECTS[name]}")


# --------------------------------------------------------------------------
# The import pipeline (what "Choose photo…" runs)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty", b"", ("empty",)),
        ("html", b"<html><body>not a picture</body></html>", ("not a picture",)),
        ("svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", ("not a picture",)),
        ("truncated-png", GOOD_PNG[:60], ("damaged",)),
        ("bomb-header-10-gigapixels", png_claiming(100_000, 100_000), ("too large", "megapixels")),
        ("bomb-header-100-megapixels", png_claiming(10_000, 10_000), ("too large", "megapixels")),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_pipeline_refuses(name: str, data: bytes, words: tuple[str, ...]) -> None:
    with pytest.raises(photo.ImageError) as info:
        photo.photo_from_bytes(data)
    for w in words:
        assert w in str(info.value).lower(), str(info.value)


def test_pipeline_refuses_a_real_decompression_bomb_before_decoding() -> None:
    bomb = real_png_bomb()
    assert len(bomb) < 1_000_000
    with pytest.raises(photo.ImageError, match="too large to open safely"):
        photo.photo_from_bytes(bomb)


def _decoded(p) -> Image.Image:  # noqa: ANN001 - a Photo
    mime, data = decode_photo(p.data_uri)
    assert mime == p.mime
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def test_pipeline_cmyk_jpeg_becomes_rgb() -> None:
    p = photo.photo_from_bytes(cmyk_jpeg())
    img = _decoded(p)
    assert (p.mime, img.mode, img.size) == ("image/jpeg", "RGB", (80, 100))
    r, g, b = img.getpixel((40, 50))
    assert r > 200 and g < 60 and b < 60  # still red, not inverted


def test_pipeline_strips_exif_gps_and_comments_and_applies_orientation() -> None:
    source = jpeg_with_gps(orientation=6)  # "rotate 90° clockwise to view"
    assert b"SecretCam" in source and b"Secret St" in source
    p = photo.photo_from_bytes(source)
    _, data = decode_photo(p.data_uri)
    img = _decoded(p)
    assert img.size == (60, 120)  # upright
    assert len(img.getexif()) == 0
    assert "exif" not in img.info and "comment" not in img.info and "icc_profile" not in img.info
    for secret in (b"SecretCam", b"PhoneMaker", b"Secret St", b"Exif\0\0", b"GPS"):
        assert secret not in data


def test_pipeline_strips_png_text_chunks() -> None:
    p = photo.photo_from_bytes(png_with_text())
    _, data = decode_photo(p.data_uri)
    assert b"Jane Secret" not in data and b"tEXt" not in data and b"iTXt" not in data


def test_pipeline_animated_gif_becomes_its_first_frame() -> None:
    p = photo.photo_from_bytes(animated_gif())
    img = _decoded(p)
    assert p.mime in ("image/jpeg", "image/png")
    assert getattr(img, "n_frames", 1) == 1
    r, g, b = img.convert("RGB").getpixel((20, 20))
    assert r > 200 and g < 60 and b < 60  # the first frame is red


def test_pipeline_result_is_a_photo_the_model_and_the_export_accept() -> None:
    p = photo.photo_from_bytes(jpeg_with_gps())
    brief = Brief(title="T", participants=[Participant(name="Clean Photo", photo=p.data_uri)])
    out = export_both(brief)
    assert "Clean Photo" in out.pdf_text and "Clean Photo" in out.docx_text
    assert b"SecretCam" not in out.pdf and b"SecretCam" not in out.docx
