"""A handling marking longer than a line (issue 11, item 12).

A security marking must print whole on every page, top and bottom: a long
one is shrunk, then wrapped, never cut off at the page edges.  Checked on
the PDF as a reader sees it: ``pdftotext -bbox`` gives every word's box.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass

import pytest

from briefer.export.layout import LayoutTree, Para, Run
from briefer.export.docx import write_docx
from briefer.export.pdf import write_pdf
from helpers import docx_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (apt-get install poppler-utils)")

_WORDS = ("OFFICIAL-SENSITIVE", "UK/US", "EYES", "ONLY", "HANDLE", "VIA", "BILATERAL", "CHANNELS", "NOFORN", "RELEASABLE")


def marking(length: int, *, spaces: bool = True) -> str:
    """A marking of exactly ``length`` characters in capitals (the body
    text is in lower case, so its words are told apart)."""
    if not spaces:
        return ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 20)[:length]
    out, i = "", 0
    while len(out) < length:
        out += ("" if not out else " ") + _WORDS[i % len(_WORDS)]
        i += 1
    return out[:length].rstrip() + "X" * (length - len(out[:length].rstrip()))


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def pages_words(pdf: bytes) -> list[tuple[float, float, list[Word]]]:
    """(width, height, words) of every page, from ``pdftotext -bbox``."""
    html = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    out = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = [
            Word(m.group(5), *(float(m.group(i)) for i in range(1, 5)))
            for m in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>', page.group(3))
        ]
        out.append((float(page.group(1)), float(page.group(2)), words))
    return out


def document(mark: str) -> LayoutTree:
    body = [Para((Run("the body text of the brief, in lower case, long enough to fill pages. " * 12),)) for _ in range(14)]
    return LayoutTree(title="a brief", blocks=body, marking=mark, watermark=None)


def in_reading_order(words: list[Word]) -> str:
    return "".join(w.text for w in sorted(words, key=lambda w: (round(w.y0), w.x0)))


@pytest.mark.parametrize(
    "mark",
    [marking(140), marking(300), marking(160, spaces=False)],
    ids=["140-chars", "300-chars", "160-chars-one-word"],
)
def test_a_long_marking_prints_whole_inside_the_page_top_and_bottom(mark: str) -> None:
    buf = io.BytesIO()
    pages = write_pdf(document(mark), buf)
    assert pages >= 2
    expected = mark.replace(" ", "")
    for number, (width, height, words) in enumerate(pages_words(buf.getvalue()), start=1):
        marked = [w for w in words if re.fullmatch(r"[A-Z/X-]+", w.text)]
        top = [w for w in marked if w.y1 < height / 2]
        bottom = [w for w in marked if w.y0 > height / 2]
        assert in_reading_order(top) == expected, f"page {number}: top marking"
        assert in_reading_order(bottom) == expected, f"page {number}: bottom marking"
        for w in marked:  # every character inside the page box
            assert 0 <= w.x0 and w.x1 <= width and 0 <= w.y0 and w.y1 <= height, (number, w)
        others = [w for w in words if w not in marked]
        for m in marked:  # and over nothing else
            for o in others:
                assert m.x1 <= o.x0 or o.x1 <= m.x0 or m.y1 <= o.y0 or o.y1 <= m.y0, (number, m, o)


def test_a_marking_that_fits_stays_on_one_line_at_the_banner_size() -> None:
    buf = io.BytesIO()
    write_pdf(document("OFFICIAL-SENSITIVE"), buf)
    width, height, words = pages_words(buf.getvalue())[0]
    marked = [w for w in words if w.text == "OFFICIAL-SENSITIVE"]
    assert len(marked) == 2
    assert all(abs((w.x0 + w.x1) / 2 - width / 2) < 1 for w in marked)  # centred


def test_a_long_marking_is_whole_in_the_word_header_and_footer() -> None:
    mark = marking(300)
    buf = io.BytesIO()
    write_docx(document(mark), buf)
    assert docx_text(buf.getvalue()).count(mark) == 4  # header and footer of the first page and of the others
