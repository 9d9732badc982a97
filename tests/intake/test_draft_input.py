"""Bad input gives a clear message, or a brief with only a summary and a
source; readers of .txt, .eml and .docx."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import docx
import pytest

from briefer.intake import IntakeError, Kind, apply_proposals, draft_from_text, read_source_file
from briefer.intake.draft import MAX_DRAFTED_CHARS
from briefer.model.brief import Brief, Risk

SEED = Path(__file__).parent.parent / "fixtures" / "intake" / "seed-article-2025-11-10.txt"


@pytest.mark.parametrize("text", ["", "   \n\n\t "])
def test_empty_text_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(IntakeError, match="empty"):
        draft_from_text(text)


def test_binary_is_refused() -> None:
    with pytest.raises(IntakeError, match="binary"):
        draft_from_text(bytes(range(256)).decode("latin-1") * 40)


def test_more_than_5_mb_is_refused() -> None:
    with pytest.raises(IntakeError, match="5 MB"):
        draft_from_text("word " * (1024 * 1024 + 10))


def test_long_text_is_drafted_from_its_start_and_the_user_is_told() -> None:
    paragraph = "The board noted the risk that costs rise again. " * 20 + "\n\n"
    draft = draft_from_text(paragraph * (MAX_DRAFTED_CHARS // len(paragraph) + 50))
    assert any("only its first" in m for m in draft.messages)
    assert len(draft.text) <= MAX_DRAFTED_CHARS


def test_another_language_gives_only_a_summary_and_a_source() -> None:
    text = (
        "Der Minister traf sich am Montag mit dem Botschafter in Berlin. Die Gespräche über die Handelsfragen "
        "dauerten drei Stunden und endeten ohne Einigung über die Zölle, die ab nächstem Jahr gelten sollen. "
        "Beide Seiten wollen sich im Frühjahr wieder treffen, sagte ein Sprecher der Regierung nach dem Treffen."
    )
    draft = draft_from_text(text)
    assert {p.kind for p in draft.proposals} == {Kind.SOURCE, Kind.SUMMARY}
    assert any("English" in m for m in draft.messages)


def test_text_with_no_structure_gives_summary_background_and_source() -> None:
    text = "The weather was mild. People walked in the park.\n\nShops were open late and the trains ran on time."
    draft = draft_from_text(text)
    assert {p.kind for p in draft.proposals} == {Kind.SOURCE, Kind.SUMMARY, Kind.BACKGROUND}
    assert any("No people" in m for m in draft.messages)


def test_a_hostile_line_does_not_hang() -> None:
    """Long runs that would make a backtracking pattern explode still give a
    draft.  The guard is a hang guard only (a minute, where the draft takes
    well under a second); the benchmark measures how fast."""
    text = "President " * 5000 + "." * 50000 + " A" * 50000 + "risk, " * 20000
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(draft_from_text(text)), daemon=True)
    worker.start()
    worker.join(60)
    assert done, "drafting from a hostile text did not finish within a minute"
    assert any(p.kind is Kind.SOURCE for p in done[0].proposals)  # type: ignore[attr-defined]


def test_control_characters_are_dropped_and_markup_is_never_needed() -> None:
    draft = draft_from_text("The risk\x07 of delay is high.\nMore text here.")
    assert draft.of_kind(Kind.RISK)[0].text == "The risk of delay is high"


def test_names_are_never_invented() -> None:
    text = "The President said the Minister would travel. Minister of State and the Director attended."
    draft = draft_from_text(text)
    assert draft.of_kind(Kind.PARTICIPANT) == []


def test_title_before_and_after_name() -> None:
    text = (
        "Finance director Tomasz Nowak presented the accounts. Maria Lopez, the chair, opened the meeting. "
        "Later Nowak answered questions."
    )
    people = {p.value.name: p.value.title for p in draft_from_text(text).of_kind(Kind.PARTICIPANT)}
    assert people == {"Tomasz Nowak": "Finance director", "Maria Lopez": "chair"}


def test_first_second_enumeration_across_sentences() -> None:
    text = (
        "Officials warned of three dangers. First, the grid may fail in winter. Second, fuel prices could double. "
        "Third, the border crossings may close.\n\nOther news followed."
    )
    risks = [p.text for p in draft_from_text(text).of_kind(Kind.RISK)]
    assert risks == ["The grid may fail in winter", "Fuel prices could double", "The border crossings may close"]


def test_relative_dates_need_a_byline_and_resolve_against_it() -> None:
    text = "Paris — 5 March 2026 | Ledger News\nThe ministers met yesterday in Paris to talk about trade."
    (entry,) = [p.value for p in draft_from_text(text).of_kind(Kind.TIMELINE)]
    assert entry.date.to_date() == dt.date(2026, 3, 4)


def test_applying_to_an_open_brief_adds_and_never_replaces() -> None:
    brief = Brief(title="My brief", summary="My own summary.", risks=[Risk(risk="Old risk")])
    draft = draft_from_text(SEED.read_text(encoding="utf-8"))
    out = apply_proposals(brief, draft.proposals)
    assert out.title == "My brief"
    assert out.summary.startswith("My own summary.\n\nIn a key diplomatic development")
    assert [r.risk for r in out.risks][0] == "Old risk" and len(out.risks) == 3
    assert brief.summary == "My own summary."  # the original is untouched
    assert apply_proposals(out, draft.proposals).risks == out.risks  # no duplicates


def test_edit_changes_only_the_text(tmp_path: Path) -> None:
    draft = draft_from_text(SEED.read_text(encoding="utf-8"))
    p = draft.of_kind(Kind.PARTICIPANT)[0]
    edited = p.with_text("Jared C. Kushner")
    assert edited.value.name == "Jared C. Kushner" and edited.value.title == "US envoy"
    with pytest.raises(IntakeError):
        p.with_text("   ")


# --------------------------------------------------------------------------
# Readers


def test_txt_reader(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffCafé news\r\nLine two".encode())
    text, source = read_source_file(f)
    assert text.startswith("Café news") and source is None


def test_cp1252_text_is_read(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("Caf\xe9 \x93quoted\x94".encode("latin-1"))
    assert read_source_file(f)[0] == "Café “quoted”"


def test_eml_reader_takes_body_and_source(tmp_path: Path) -> None:
    f = tmp_path / "readout.eml"
    f.write_bytes(
        b"From: Embassy Desk <desk@example.org>\r\nSubject: Read-out: trade talks\r\n"
        b"Date: Tue, 03 Mar 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"The ministers met yesterday. They warned of a risk to supply chains.\r\n"
    )
    text, source = read_source_file(f)
    assert text.startswith("The ministers met yesterday.")
    assert (source.title, source.publisher, source.date) == ("Read-out: trade talks", "Embassy Desk", dt.date(2026, 3, 3))
    draft = draft_from_text(text, source=source)
    assert draft.source == source
    assert [p.value.date.to_date() for p in draft.of_kind(Kind.TIMELINE)] == [dt.date(2026, 3, 2)]


def test_docx_reader(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Board meeting report")
    d.add_paragraph("The board warned of a risk that the audit is late.")
    d.add_paragraph("Costs", style="List Bullet")
    f = tmp_path / "report.docx"
    d.save(f)
    text, _ = read_source_file(f)
    assert "The board warned of a risk that the audit is late." in text and "- Costs" in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.pdf", b"%PDF-1.7", ".txt, .eml and .docx"),
        ("a.txt", b"\x00\x01\x02binary", "binary"),
        ("a.docx", b"not a zip at all", "not a .docx file"),
    ],
)
def test_unreadable_files_are_refused(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(IntakeError, match=message):
        read_source_file(f)


def test_folder_missing_and_fifo_are_refused(tmp_path: Path) -> None:
    (tmp_path / "d.txt").mkdir()
    with pytest.raises(IntakeError, match="folder"):
        read_source_file(tmp_path / "d.txt")
    with pytest.raises(IntakeError, match="no such file"):
        read_source_file(tmp_path / "missing.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IntakeError, match="not a regular file"):
        read_source_file(fifo)


def test_a_file_over_5_mb_is_refused_unread(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with open(f, "wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    with pytest.raises(IntakeError, match="6.3 MB"):
        read_source_file(f)


def test_a_long_run_of_full_stops_is_linear() -> None:
    # Before the sentence-end pattern was made possessive, 100 kB of dots
    # took minutes (each start position rescanned the run).
    draft = draft_from_text("." * 100_000)
    assert draft.of_kind(Kind.SUMMARY)


def test_a_title_with_a_capitalised_word_inside() -> None:
    text = "Deputy Transport Minister Lena Ostrova joined the meeting late on Tuesday afternoon."
    (p,) = draft_from_text(text).of_kind(Kind.PARTICIPANT)
    assert (p.value.name, p.value.title) == ("Lena Ostrova", "Deputy Transport Minister")


def test_the_role_of_an_organisation_then_the_name() -> None:
    text = "We met the chief executive of the Kestrel Harbour Authority, Jonas Petrov, on Monday."
    (p,) = draft_from_text(text).of_kind(Kind.PARTICIPANT)
    assert (p.value.name, p.value.title) == ("Jonas Petrov", "chief executive of the Kestrel Harbour Authority")


def test_issues_listed_after_a_colon() -> None:
    text = "Two questions remain unresolved: whether the bank will lend, and who will chair the board. We left."
    issues = [p.text for p in draft_from_text(text).of_kind(Kind.OPEN_ISSUE)]
    assert issues == ["Whether the bank will lend", "Who will chair the board"]


def test_a_classification_line_is_the_marking() -> None:
    text = "SUBJECT: HARBOUR TALKS\nCLASSIFICATION: OFFICIAL-SENSITIVE\n\nThe talks went well and ended early today."
    assert [p.text for p in draft_from_text(text).of_kind(Kind.MARKING)] == ["OFFICIAL-SENSITIVE"]
