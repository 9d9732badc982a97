"""A long stress brief: what a demanding reader's worst week looks like.

Eight scripts (Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese,
Korean), twelve risks with every rating, fifteen open issues, long
unbreakable URLs (in table cells, sources and long text), three-paragraph
bios, a long agenda and many key points with details.  Used by the print
fidelity tests (``tests/test_print_fidelity.py``); reuse it wherever a
brief must exercise every block type at length.

:func:`stress_strings` lists the strings of the brief that must each be
printed somewhere (tests look for them word by word).
"""

from __future__ import annotations

import datetime as dt

from briefer.model import Brief

LONG_URL = (
    "https://www.example.org/publications/regional-security-review-annex-"
    "2025-11-10-ceasefire-monitoring-arrangements-and-verification-mechanisms/"
    + "/".join("a" * 24)
    + "/full-text.pdf"
)
"""A URL made of many short segments and one long one: unbreakable by spaces."""

LONG_TOKEN = "Israel/Palestinian-Territories/" + "x" * 90
"""One word longer than any column is wide."""

SCRIPTS = {
    "latin": "Stabilisation force mandate",
    "greek": "Ελληνική προεδρία",
    "cyrillic": "Российская делегация",
    "arabic": "حماس ووقف إطلاق النار",
    "hebrew": "בנימין נתניהו",
    "chinese": "中华人民共和国外交部",
    "japanese": "外務省のかたがた",
    "korean": "대한민국 외교부",
}

LEVELS = ("low", "medium", "high")


def _bio(name: str) -> str:
    return "\n\n".join(
        [
            f"{name} has served in senior posts for two decades, including as an envoy to the region "
            "and as chair of the monitoring committee that oversaw the previous truce arrangements.",
            f"Known for long, detailed negotiating sessions; {name} prefers written drafts in advance "
            f"and will refer to the annex at {LONG_URL} in detail.",
            "Speaks English and French; has publicly criticised the pace of reconstruction and the "
            "absence of a governance plan, and will expect a concrete offer on both.",
        ]
    )


def stress_brief() -> Brief:
    """The stress brief (a draft: the watermark is printed)."""
    participants = []
    delegations = ["United Kingdom", "United States", SCRIPTS["hebrew"], SCRIPTS["arabic"]]
    names = [
        "Alexandra Fitzwilliam-Montgomery",
        "Jared Kushner",
        SCRIPTS["hebrew"],
        "محمد بن عبد الرحمن",
        "Γιώργος Παπαδόπουλος",
        "Владимир Сергеевич Иванов",
        "王毅",
        "山田 太郎",
        "김 민준",
    ]
    for i, name in enumerate(names):
        participants.append(
            {
                "name": name,
                "title": f"Special Envoy for {SCRIPTS['latin']} ({i + 1})",
                "organization": list(SCRIPTS.values())[i % len(SCRIPTS)],
                "delegation": delegations[i % len(delegations)],
                "role": "principal" if i < 2 else "advisor",
                "pronunciation": "ah-lek-SAN-drah" if i == 0 else None,
                "bio": _bio(name),
            }
        )
    risks = []
    for i in range(12):
        risks.append(
            {
                "risk": f"Risk {i + 1}: {list(SCRIPTS.values())[i % 8]} — the talks stall over sequencing",
                "detail": f"Detail of risk {i + 1}; see {LONG_URL}",
                "likelihood": LEVELS[i % 3],
                "impact": LEVELS[(i // 3) % 3],
                "mitigation": f"Mitigation {i + 1}: agree a written sequence beforehand; {LONG_TOKEN}",
                "owner": f"Owner {i + 1} / Israel/Palestinian Territories desk",
            }
        )
    issues = []
    for i in range(15):
        issues.append(
            {
                "issue": f"Open issue {i + 1}: {list(SCRIPTS.values())[(i + 3) % 8]} reconstruction financing",
                "detail": f"Follow up with the embassy; reference {LONG_URL}" if i % 2 else "Awaiting a reply.",
                "owner": f"Desk officer {i + 1}",
                "due": (dt.date(2025, 11, 1) + dt.timedelta(days=3 * i)).isoformat(),
            }
        )
    key_points = [
        {
            "point": f"Key point {i + 1}: {list(SCRIPTS.values())[i % 8]} — the ceasefire must hold",
            "detail": "\n\n".join(
                [
                    f"First paragraph of the detail of point {i + 1}, long enough to wrap over two lines "
                    "at least in every template we ship, so that splitting is exercised.",
                    f"- a bullet with {LONG_URL}\n- a second bullet",
                ]
            ),
            "priority": LEVELS[i % 3],
        }
        for i in range(10)
    ]
    return Brief.model_validate(
        {
            "title": "Stress brief: every script, every table, at length",
            "subtitle": f"{SCRIPTS['greek']} · {SCRIPTS['cyrillic']} · {SCRIPTS['chinese']}",
            "reference": "STRESS/2025/001",
            "marking": "OFFICIAL-SENSITIVE",
            "status": "draft",
            "prepared_by": "Print fidelity test",
            "prepared_on": "2025-11-09",
            "meeting": {"date": "2025-11-10", "location": SCRIPTS["japanese"]},
            "summary": f"The summary mentions {LONG_URL} and {LONG_TOKEN} in running text. "
            + " ".join(SCRIPTS.values()),
            "purpose": "To agree a written sequence for Phase Two.",
            "objectives": [f"Objective {i + 1}: {v}" for i, v in enumerate(SCRIPTS.values())],
            "background": "\n\n".join(f"Background paragraph {i + 1} about {v}." for i, v in enumerate(SCRIPTS.values())),
            "participants": participants,
            "agenda": [{"time": f"{9 + i:02d}:00", "item": f"Agenda item {i + 1}: {LONG_URL}", "lead": "UK"} for i in range(6)],
            "key_points": key_points,
            "stakeholders": [
                {"name": v, "position": f"Position of {k}; {LONG_URL}", "notes": f"Notes on {k}"} for k, v in SCRIPTS.items()
            ],
            "risks": risks,
            "open_issues": issues,
            "timeline": [{"date": f"2025-{m:02d}-01", "event": f"Event in month {m}: {LONG_TOKEN}"} for m in range(1, 11)],
            "sources": [
                {"title": f"Source {i + 1}: regional security review annex", "publisher": "Example Institute", "url": LONG_URL}
                for i in range(4)
            ],
        }
    )


def stress_strings(brief: Brief | None = None) -> list[str]:
    """Strings of the stress brief that must be printed (whatever the
    template shows of the brief, these sections are in every built-in
    template's PDF)."""
    b = brief or stress_brief()
    out = [b.title]
    out += [r.risk for r in b.risks]
    out += [p.name for p in b.participants]
    return out


__all__ = ["LONG_TOKEN", "LONG_URL", "SCRIPTS", "stress_brief", "stress_strings"]
