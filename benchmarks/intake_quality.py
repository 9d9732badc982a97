"""Recall of ``briefer draft`` on held-out articles, per kind, and invented names.

Each ``tests/fixtures/intake/NAME.txt`` with a ``NAME.expected.json`` was
written by hand in a different style (wire copy, a board-meeting report, a
diplomatic read-out), with what a careful human would pick out of it:
names, dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), and a phrase of each
key point, risk and open issue.  A point, risk or issue is found when a
proposal of that kind contains its phrase; a name when a participant or
stakeholder has exactly that name; a date when a timeline entry has it.
An *invented* name is a proposed name that does not occur in the text
(the target is 0).  Run: ``.venv/bin/python benchmarks/intake_quality.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from briefer.intake import Kind, draft_from_text

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "intake"
KINDS = {
    "names": (Kind.PARTICIPANT, Kind.STAKEHOLDER),
    "dates": (Kind.TIMELINE,),
    "points": (Kind.KEY_POINT,),
    "risks": (Kind.RISK,),
    "open_issues": (Kind.OPEN_ISSUE,),
}


def score(text: str, expected: dict[str, list[str]]) -> tuple[dict[str, tuple[int, int, list[str]]], list[str]]:
    """Per kind ``(found, expected, missed)``, and the invented names."""
    draft = draft_from_text(text)
    result: dict[str, tuple[int, int, list[str]]] = {}
    for key, kinds in KINDS.items():
        proposals = [p for p in draft.proposals if p.kind in kinds]
        missed = []
        for want in expected.get(key, []):
            if key == "names":
                hit = any(p.text == want for p in proposals)
            elif key == "dates":
                hit = any(p.value.date is not None and p.value.date.isoformat() == want for p in proposals)
            else:
                hit = any(want.casefold() in p.text.casefold() for p in proposals)
            if not hit:
                missed.append(want)
        n = len(expected.get(key, []))
        result[key] = (n - len(missed), n, missed)
    invented = [p.text for p in draft.proposals if p.kind in KINDS["names"] and p.text not in text]
    return result, invented


def main() -> int:
    totals = {key: [0, 0] for key in KINDS}
    invented_total = 0
    for expected_file in sorted(FIXTURES.glob("*.expected.json")):
        article = expected_file.with_name(expected_file.name.replace(".expected.json", ".txt"))
        result, invented = score(article.read_text(encoding="utf-8"), json.loads(expected_file.read_text(encoding="utf-8")))
        print(article.name)
        for key, (found, n, missed) in result.items():
            totals[key][0] += found
            totals[key][1] += n
            note = f"   missed: {'; '.join(missed)}" if missed else ""
            print(f"  {key:<12} {found}/{n}{note}")
        print(f"  invented names: {len(invented)} {invented if invented else ''}")
        invented_total += len(invented)
    print("all articles")
    all_found = sum(f for f, _ in totals.values())
    all_n = sum(n for _, n in totals.values())
    for key, (found, n) in totals.items():
        print(f"  {key:<12} {found}/{n} = {found / n:.0%}")
    print(f"  overall      {all_found}/{all_n} = {all_found / all_n:.0%}")
    print(f"  invented names: {invented_total}")
    return 0 if invented_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
