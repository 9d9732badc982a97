"""Shared fixtures of the hostile-input suite."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import docx_text, pdf_text

@dataclass
class Exported:
    pdf: bytes
    docx: bytes
    pages: int

    @property
    def pdf_text(self) -> str:
        return pdf_text(self.pdf)

    @property
    def docx_text(self) -> str:
        return docx_text(self.docx)


def export_both(brief) -> Exported:  # noqa: ANN001 - a Brief
    """Export ``brief`` to PDF and DOCX in memory with the brief's template."""
    from helpers.exporting import export_to
    pdf, docx = io.BytesIO(), io.BytesIO()
    pages = export_to(brief, pdf, "pdf")
    export_to(brief, docx, "docx")
    return Exported(pdf.getvalue(), docx.getvalue(), int(pages or 0))


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, timeout: float = 30) -> CliResult:
    """``python -m briefer ARGS`` in a subprocess (the user's view)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("BRIEFER_DEBUG", None)
    p = subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=env,
    )
    return CliResult(p.returncode, p.stdout, p.stderr)
