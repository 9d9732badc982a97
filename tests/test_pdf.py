"""The PDF writer: every character on the page, right fonts, page furniture,
navigation, clean metadata, reproducible bytes, safe cancel."""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zlib

import pypdf
import pytest

from briefer.export.layout import (
    Cell,
    Column,
    LayoutTree,
    Heading,
    ImageBlock,
    KeyValue,
    ListBlock,
    PageBreak,
    PageSetup,
    Para,
    Rule,
    Run,
    Table,
    TableOfContents,
)
from briefer.export.running import ExportCancelled
from briefer.export.pdf import write_pdf
from briefer.templates.style import STYLE_PRESETS


def _png() -> bytes:
    w, h = 8, 6
    raw = b"".join(b"\x00" + b"\x1f\x3a\x5f" * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


SCRIPTS = {
    "greek": "Ελένη Παπαδοπούλου",
    "cyrillic": "Сергей Лавров",
    "hebrew": "בנימין נתניהו",
    "arabic": "محمود عباس",
    "chinese": "习近平主席",
    "japanese": "たなか たろう",
    "korean": "김민준 대사",
}

LITERALS = "<b>not bold</b> &amp; {{ 7*7 }} %s \\ back\\slash"


def _doc(**kw: object) -> LayoutTree:
    blocks = [
        Para((Run("Meeting with the delegation"),), "title"),
        Para((Run("Brief for the Minister"),), "subtitle"),
        KeyValue([("Place", (Run("Room 4.12"),)), ("Prepared by", (Run("Anna Müller"),))]),
        Rule(),
        Heading("Summary", 1, key="summary"),
        Para((Run("Bottom line: agree the framework."),), "lead"),
        Para((Run(LITERALS),)),
        Para((Run("The delegation of Hamas (حماس) arrives."),)),
        Heading("People", 1, key="people"),
        Heading("Their side", 2, key="their-side"),
        ListBlock([(Run(t),) for t in SCRIPTS.values()]),
        ListBlock([(Run("third"),), (Run("fourth"),)], ordered=True, start=3),
        ImageBlock(_png(), 20, 15),
        PageBreak(),
        Heading("Risks", 1, key="risks"),
        Table(
            [Column("Risk", 3), Column("Owner", 1)],
            [[Cell([Para((Run("Talks stall"),))], fill="#E6A19A"), Cell([Para((Run("Desk"),))])]],
            caption="Sorted by severity.",
        ),
    ]
    defaults: dict[str, object] = dict(
        title="Meeting — Freedonia",
        blocks=blocks,
        subject="Bilateral brief",
        marking="OFFICIAL-SENSITIVE",
        watermark="DRAFT",
        header_text="Freedonia · REF-1",
    )
    defaults.update(kw)
    return LayoutTree(**defaults)  # type: ignore[arg-type]


def _pdf(doc: LayoutTree) -> tuple[bytes, pypdf.PdfReader]:
    buf = io.BytesIO()
    write_pdf(doc, buf)
    data = buf.getvalue()
    return data, pypdf.PdfReader(io.BytesIO(data))


def _text(reader: pypdf.PdfReader) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def _fonts(page: pypdf.PageObject) -> set[str]:
    res = page["/Resources"].get("/Font", {})
    return {str(f.get_object()["/BaseFont"]).split("+", 1)[-1] for f in res.values()}


@pytest.fixture(scope="module")
def sample() -> tuple[bytes, pypdf.PdfReader]:
    return _pdf(_doc())


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", unicodedata.normalize("NFKC", text)) if w]


def test_every_script_and_literal_is_in_the_extracted_text(sample: tuple[bytes, pypdf.PdfReader]) -> None:
    text = _text(sample[1])
    for name, value in SCRIPTS.items():
        for word in _words(value):
            assert word in text, f"{name}: {word!r} missing"
    assert LITERALS in text  # escaped markup stays literal, nothing evaluated
    assert "49" not in text
    assert "حماس" in text and "Hamas" in text


def test_each_script_embeds_a_font_that_has_it(sample: tuple[bytes, pypdf.PdfReader]) -> None:
    used = set().union(*(_fonts(p) for p in sample[1].pages))
    for face in ("NotoSans-Regular", "NotoSansArabic-Regular", "Heebo-Regular", "NotoSansSC-Regular", "NotoSansJP-Regular", "NotoSansKR-Regular"):
        assert face in used, used


def test_every_page_has_marking_footer_and_watermark(sample: tuple[bytes, pypdf.PdfReader]) -> None:
    reader = sample[1]
    pages = len(reader.pages)
    assert pages == 2
    _, plain = _pdf(_doc(watermark=None))
    for n, (page, unmarked) in enumerate(zip(reader.pages, plain.pages), start=1):
        text = page.extract_text()
        assert text.count("OFFICIAL-SENSITIVE") == 2  # top and bottom
        assert f"Page {n} of {pages}" in text
        # The watermark is drawn as glyph outlines: on the page, not in the
        # text layer (its letters never mix into copied or searched text).
        assert "DRAFT" not in text
        drawn = len(page.get_contents().get_data()) - len(unmarked.get_contents().get_data())
        assert drawn > 1000, drawn
    assert "Freedonia · REF-1" not in reader.pages[0].extract_text()  # cover page
    assert "Freedonia · REF-1" in reader.pages[1].extract_text()


def test_no_watermark_or_marking_when_unset() -> None:
    _, reader = _pdf(_doc(watermark=None, marking=None))
    text = _text(reader)
    assert "DRAFT" not in text and "OFFICIAL" not in text


def test_outline_and_metadata(sample: tuple[bytes, pypdf.PdfReader]) -> None:
    reader = sample[1]
    outline = reader.outline
    top = [o.title for o in outline if not isinstance(o, list)]
    assert top == ["Summary", "People", "Risks"]
    nested = [o for o in outline if isinstance(o, list)]
    assert [o.title for o in nested[0]] == ["Their side"]
    meta = reader.metadata
    assert meta.title == "Meeting — Freedonia"
    assert meta.subject == "Bilateral brief"
    assert meta.author is None
    assert meta.producer.startswith("Briefer ") and meta.creator.startswith("Briefer ")
    raw = sample[0]
    assert b"anonymous" not in raw
    assert "ReportLab" not in meta.producer  # (reportlab's file comments remain)


def test_author_only_when_set() -> None:
    _, reader = _pdf(_doc(author="Anna Müller"))
    assert reader.metadata.author == "Anna Müller"


def test_same_document_gives_identical_bytes() -> None:
    assert _pdf(_doc())[0] == _pdf(_doc())[0]


def test_letter_paper() -> None:
    _, reader = _pdf(_doc(page=PageSetup(size="Letter")))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_chancery_preset_uses_gentium() -> None:
    _, reader = _pdf(_doc(style=STYLE_PRESETS["chancery"]))
    used = set().union(*(_fonts(p) for p in reader.pages))
    assert "GentiumBookPlus" in used and "NotoSans-Regular" not in used
    assert "Ελένη" in _text(reader)


def test_cancel_writes_nothing() -> None:
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        write_pdf(_doc(), out, cancel=cancel)
    assert out.getvalue() == b""
    with pytest.raises(ExportCancelled):
        write_pdf(_doc(), out, cancel=lambda: True)
    assert out.getvalue() == b""


def test_stream_target_and_progress() -> None:
    seen: list[float] = []
    out = io.BytesIO()
    pages = write_pdf(_doc(), out, progress=seen.append)
    assert pages == 2
    assert out.getvalue().startswith(b"%PDF")
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_long_word_and_url_stay_on_the_page() -> None:
    word = "x" * 500
    url = "https://www.example.org/" + "/".join(f"segment-{i}-of-a-very-long-address" for i in range(12))
    doc = _doc(
        blocks=[
            Para((Run(word),)),
            Para((Run(url, url=url),)),
            Table([Column("A", 1), Column("B", 1)], [[Cell([Para((Run(word),))]), Cell([Para((Run(url),))])]]),
        ]
    )
    _, reader = _pdf(doc)
    text = _text(reader).replace("\n", "")
    assert word in text and "segment-11-of-a-very-long-address" in text
    # Every glyph run starts inside the page width.
    width = float(reader.pages[0].mediabox.width)
    xs: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            xs.append(tm[4] * cm[0] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert xs and max(xs) < width - 20


def test_table_across_pages_repeats_its_header() -> None:
    rows = [[Cell([Para((Run(f"Row {i}"),))]), Cell([Para((Run("value " * 8),))])] for i in range(90)]
    doc = _doc(blocks=[Table([Column("Issue heading", 2), Column("Status heading", 1)], rows)])
    _, reader = _pdf(doc)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "Issue heading" in page.extract_text()


def test_toc_where_compose_put_it() -> None:
    # Whether there are contents is compose's decision (the Word file agrees).
    short = _doc(toc_min_pages=5, blocks=[Heading("Alpha", 1, key="a"), Para((Run("x"),))])
    _, reader = _pdf(short)
    assert "Contents" not in _text(reader)

    blocks: list = [Para((Run("Cover"),), "title"), TableOfContents("Contents")]
    for i in range(8):
        blocks += [Heading(f"Section {i}", 1, key=f"s{i}"), Para((Run("word " * 900),))]
    _, reader = _pdf(_doc(toc_min_pages=3, blocks=blocks))
    # The contents follow the cover block on page 1; the body starts on page 2.
    toc_page = reader.pages[0].extract_text()
    assert "Contents" in toc_page and "Section 7" in toc_page
    assert "Section 0" in reader.pages[1].extract_text()
    # The printed number is the page the heading really lands on.
    landed = next(n for n, p in enumerate(reader.pages, start=1) if "Section 7" in p.extract_text() and n > 1)
    assert re.search(rf"Section 7\s*\n?.*\b{landed}\b", toc_page, re.S)


def test_emoji_and_unknown_characters_do_not_break_the_export() -> None:
    doc = _doc(blocks=[Para((Run("Thanks 👍🏽 → ✓ 😀 \x07bell 𠜎"),))])
    _, reader = _pdf(doc)
    text = _text(reader)
    assert "👍" in text and "😀" in text and "→" in text and "✓" in text
    assert "\x07" not in text and "bell" in text


def test_rtl_lines_keep_their_order() -> None:
    """A long Arabic paragraph wraps; its first words are on the first line."""
    sentence = "الوفد يصل يوم الاثنين " * 12
    _, reader = _pdf(_doc(blocks=[Para((Run(sentence + "النهاية"),))]))
    lines = [unicodedata.normalize("NFKC", ln) for ln in reader.pages[0].extract_text().splitlines()]
    body = [ln for ln in lines if "الوفد" in ln or "النهاية" in ln]
    assert len(body) >= 2
    assert "النهاية" in body[-1]  # the paragraph's last word is on its last line
    assert "النهاية" not in body[0]


def test_headings_stay_with_the_start_of_their_section_without_leaving_half_pages() -> None:
    """A heading is never the last thing on a page, and a long table after a
    heading starts on the heading's page (it splits, with its header row
    repeated) instead of jumping whole to the next page."""
    from briefer.export.layout import Cell, Column

    table = Table(
        [Column("Risk", 3), Column("Owner", 1)],
        [[Cell([Para((Run(f"row {i} of the long table"),))]), Cell([Para((Run("Desk"),))])] for i in range(25)],
    )
    for filler_lines in (20, 30, 36, 46):  # move the heading down the first page
        filler = Para((Run("\n".join(f"filler line {i}" for i in range(filler_lines))),))
        _, reader = _pdf(_doc(blocks=[filler, Heading("Risks", 1, key="risks"), table]))
        pages = [p.extract_text() for p in reader.pages]
        on = next(i for i, t in enumerate(pages) if "Risks" in t)
        if filler_lines < 40:  # room for the heading and a few rows: no half-empty page
            assert on == 0, filler_lines
        assert "row 0 of the long table" in pages[on], filler_lines
        last_line = [ln for ln in pages[on].splitlines() if ln.strip() and not ln.startswith("Page ")][-1]
        assert last_line.strip() != "Risks"


@pytest.mark.parametrize("top,bottom", [(15, 15), (18, 16), (25, 22), (40, 30)])
def test_marking_header_and_page_number_never_overprint(top: float, bottom: float) -> None:
    """Their baselines come from the margins; the gaps hold a line of text."""
    from reportlab.lib.pagesizes import A4

    from briefer.export.layout import PageSetup
    from briefer.export.looks import looks_for
    from briefer.export.pdf_page import PageFurniture

    doc = _doc(page=PageSetup(margin_top_mm=top, margin_bottom_mm=bottom), header_text="Title · " + "REF/" * 60)
    f = PageFurniture(doc, looks_for(doc.style, doc.page), *A4)
    line = doc.style.small_size * 1.3
    assert f.marking_top_y - f.header_y >= line  # marking above the running header
    assert f.header_y - f.top >= doc.style.small_size * 0.5  # header (and its rule) above the body
    assert f.page_number_y - f.marking_bottom_y >= line  # page number above the bottom marking
    assert f.bottom - f.page_number_y >= doc.style.small_size * 0.5  # and below the body
    from briefer.export.pdf_text import pieces_width

    assert pieces_width(f._header, doc.style.small_size) <= f.right - f.left  # a long reference is cut, not run off
