"""The command line works without Qt.

A server or CI job runs ``briefer validate``; importing PySide6 there would
be slow at best and crash without a display at worst.  That no module
outside briefer/gui imports PySide6 is a contract in tests/test_layers.py;
this runs the commands in a fresh interpreter (this test process may
already have Qt loaded) and checks what they loaded.
"""

from __future__ import annotations

import subprocess
import sys


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
