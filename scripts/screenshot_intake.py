"""Regenerate the README's screenshot of the intake review dialog on the
seed article (docs/screenshot-intake-review.png), offscreen.

    .venv/bin/python scripts/screenshot_intake.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "intake" / "seed-article-2025-11-10.txt"
OUT = ROOT / "docs" / "screenshot-intake-review.png"


def main() -> int:
    scratch = tempfile.mkdtemp(prefix="briefer-shots-")
    for var in ("BRIEFER_DATA_DIR", "BRIEFER_CONFIG_DIR", "BRIEFER_CACHE_DIR", "XDG_CONFIG_HOME"):
        os.environ[var] = scratch
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from briefer.intake import Kind, draft_from_text
    from briefer.gui.app import make_application
    from briefer.gui.intake_review import IntakeReviewDialog

    app = make_application()
    draft = draft_from_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    dialog = IntakeReviewDialog(draft, title="New Brief from Text")
    dialog.resize(1280, 720)
    risk = next(i for i, p in enumerate(draft.proposals) if p.kind is Kind.RISK)
    dialog.proposal_list.setCurrentRow(risk)
    dialog.set_accepted(next(i for i, p in enumerate(draft.proposals) if p.kind is Kind.STAKEHOLDER), False)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT))
    dialog.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
