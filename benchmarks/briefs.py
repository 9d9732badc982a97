"""Synthetic briefs of known size for the benchmarks: S ≈ 2 pages,
M ≈ 10 pages, L ≈ 100 pages.  Text is realistic in length and mixes in the
scripts a real brief carries (Arabic, Hebrew, Chinese names)."""

from __future__ import annotations

import datetime as dt
import random

from briefer.model import Brief

# Rows of each list per size; tuned so the PDF lands near the page targets.
SCALE = {"S": 1, "M": 4, "L": 48}

_WORDS = (
    "the cease-fire force mandate disarmament reconstruction governance border "
    "envoy minister delegation agreement framework phase stabilisation security "
    "humanitarian access corridor monitoring enforcement partners consensus"
).split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _para(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def make_brief(size: str, seed: int = 1) -> Brief:
    k = SCALE[size]
    terse = size == "S"  # a short brief also has shorter texts
    rng = random.Random(seed)
    names = ["Jared Kushner", "Benjamin Netanyahu", "בנימין נתניהו", "محمد العلي", "王小明", "Анна Петрова"]
    levels = ["low", "medium", "high"]
    day = dt.date(2025, 11, 10)
    data = {
        "title": f"Benchmark brief ({size})",
        "subtitle": "Phase Two of the Gaza cease-fire",
        "reference": f"BENCH/{size}/1",
        "marking": "OFFICIAL-SENSITIVE",
        "prepared_for": "The Foreign Secretary",
        "prepared_on": day.isoformat(),
        "meeting": {"date": day.isoformat(), "start": "10:00", "end": "11:00", "timezone": "Asia/Jerusalem",
                    "location": "Jerusalem", "format": "in-person"},
        "summary": _para(rng, 3) + "\n\n- " + _sentence(rng, 10) + "\n- **" + _sentence(rng, 6) + "**",
        "purpose": _para(rng, 2),
        "objectives": [_sentence(rng, 12) for _ in range(3)],
        "their_objectives": [_sentence(rng, 12) for _ in range(2)],
        "participants": [
            {"name": names[i % len(names)], "title": _sentence(rng, 4), "organization": "Ministry",
             "delegation": ["United States", "Israel"][i % 2], "role": "principal" if i < 2 else "member",
             "bio": _para(rng, 1 if terse else 3)}
            for i in range(2 * k)
        ],
        "agenda": [{"time": f"+{5 * i} min", "item": _sentence(rng, 6), "lead": names[i % 2]} for i in range(3 * k)],
        "key_points": [{"point": _sentence(rng, 10), "detail": None if terse else _para(rng, 2), "priority": levels[i % 3]}
                       for i in range(3 * k)],
        "stakeholders": [{"name": f"Stakeholder {i}", "position": _para(rng, 1), "notes": _sentence(rng, 8)}
                         for i in range(2 * k)],
        "risks": [{"risk": _sentence(rng, 8), "detail": _sentence(rng, 12), "likelihood": levels[i % 3],
                   "impact": levels[(i // 3) % 3], "mitigation": _sentence(rng, 10) if terse else _para(rng, 1), "owner": "Desk"}
                  for i in range(3 * k)],
        "open_issues": [{"issue": _sentence(rng, 8), "owner": "Desk", "due": (day + dt.timedelta(days=i - 2)).isoformat(),
                         "status": ["open", "in-progress", "resolved"][i % 3]} for i in range(2 * k)],
        "background": "\n\n".join(_para(rng, 2 if terse else 4) for _ in range(k if terse else 2 * k)),
        "timeline": [{"date": (day - dt.timedelta(days=30 * i)).isoformat(), "event": _sentence(rng, 8)}
                     for i in range(2 * k)],
        "sections": [{"title": f"Annex {i + 1}", "body": _para(rng, 3)} for i in range(k)],
        "sources": [{"title": _sentence(rng, 6), "publisher": "Dalena Reporters", "date": day.isoformat(),
                     "url": f"https://example.org/news/{i}"} for i in range(k + 1)],
    }
    return Brief.model_validate(data)
