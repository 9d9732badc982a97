"""The command line, the model and storage must work without Qt.

A server or CI job runs ``briefer validate``; importing PySide6 there would
be slow at best and crash without a display at worst.  The check runs in a
fresh interpreter because this test process may already have Qt loaded.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("PySide6", "shiboken6", "reportlab", "docx")


def test_cli_model_and_storage_import_no_qt_and_no_writers() -> None:
    code = (
        "import sys, briefer.cli, briefer.model, briefer.storage\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_validate_runs_without_importing_qt(tmp_path) -> None:  # noqa: ANN001
    code = (
        "import sys\n"
        "from briefer.cli import main\n"
        f"status = main(['new', '-o', {str(tmp_path / 'x.brief')!r}])\n"
        f"status += main(['validate', {str(tmp_path / 'x.brief')!r}])\n"
        "assert status == 0, status\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
