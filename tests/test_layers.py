"""The layers of docs/design.md hold: the import-linter contracts in
pyproject.toml ([tool.importlinter]) pass.

They say: cli > gui > export, checks > templates > storage > model and
images (an upper layer may import a lower one, never the reverse); the
model and the image pipeline (briefer/images.py) import nothing of ours; templates do not import export; export never imports
storage (it writes to a stream); storage and export never import the GUI;
PySide6 is imported only under briefer/gui.  import-linter sees every
import statement, also one inside a function.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
