"""A handling marking is never hyphenated (walk-through A, item 2): the
example's body text printed "OFFICIAL-SENSIT-IVE" at a line end.  Checked
in the text of every page, for every built-in template and a long marking
in a narrow column, in the PDF and in Word's settings."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from briefer.model import Brief
from helpers.exporting import BUILTINS, builtin, export_to
from helpers.extract import pdf_text

MARKING = "OFFICIAL-SENSITIVE COMMERCIAL"
WORDS = ("OFFICIAL-SENSITIVE", "COMMERCIAL", "SECRET")


def brief_with_markings_in_running_text(width_words: int) -> Brief:
    filler = " ".join(["words"] * width_words)
    sentence = (f"{filler} so a reader at OFFICIAL-SENSITIVE or at SECRET or at OFFICIAL-SENSITIVE COMMERCIAL sees it. ")
    text = " ".join(sentence.replace("words", "w" * (1 + i % 9), 1) for i in range(14))
    return Brief(
        title="Markings in text",
        marking=MARKING,
        summary=text,
        background=text,
        risks=[{"risk": text, "owner": "OFFICIAL-SENSITIVE COMMERCIAL desk", "marking": MARKING}],
        open_issues=[{"issue": "OFFICIAL-SENSITIVE COMMERCIAL", "owner": "OFFICIAL-SENSITIVE", "marking": MARKING}],
    )


@pytest.mark.parametrize("name", sorted(BUILTINS.names()))
def test_no_marking_is_hyphenated_in_the_pdf(name, tmp_path):
    pieces: set[str] = set()
    for n in range(1, 12):
        out = io.BytesIO()
        export_to(brief_with_markings_in_running_text(n), out, "pdf", template=builtin(name))
        text = pdf_text(out.getvalue())
        assert "OFFICIAL-SENSITIVE COMMERCIAL" in text
        for word in re.findall(r"\S+", text):
            core = word.strip("().,;:·/")
            if ("SENSIT" in core or "OFFICI" in core or "COMMERC" in core) and core not in WORDS:
                pieces.add(core)
    assert not pieces, f"{name}: marking words broken: {sorted(pieces)}"


def test_word_never_hyphenates_a_word_in_capitals(tmp_path):
    out = io.BytesIO()
    export_to(brief_with_markings_in_running_text(3), out, "docx")
    settings = zipfile.ZipFile(out).read("word/settings.xml").decode()
    assert re.search(r'<w:doNotHyphenateCaps(?: w:val="(?:true|1|on)")?/>', settings)


@pytest.mark.slow
def test_no_marking_is_hyphenated_in_the_tagged_pdf():
    pieces: set[str] = set()
    for n in (1, 4, 7):
        out = io.BytesIO()
        export_to(brief_with_markings_in_running_text(n), out, "pdf", template=builtin("bilateral"), pdf_standard="ua-1")
        text = pdf_text(out.getvalue())
        assert "OFFICIAL-SENSITIVE COMMERCIAL" in text
        for word in re.findall(r"\S+", text):
            core = word.strip("().,;:·/")
            if ("SENSIT" in core or "OFFICI" in core or "COMMERC" in core) and core not in WORDS:
                pieces.add(core)
    assert not pieces, f"marking words broken: {sorted(pieces)}"


def test_which_words_print_whole():
    from briefer.export.unbroken import never_hyphenated

    for word in ("OFFICIAL-SENSITIVE", "Official-Sensitive", "SECRET//NOFORN", "(OFFICIAL-SENSITIVE)", "confidential"):
        assert never_hyphenated(word), word
    for word in ("Netanyahu", "ben-yah-MEEN", "בנימין", "中华人民共和国", "reconstruction"):
        assert not never_hyphenated(word), word
