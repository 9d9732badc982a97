"""`make test` runs every test on CI and leaves the slow ones to `make
test-all` elsewhere (the Makefile's contract with .ci/run)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def pytest_line(target: str, ci: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    out = subprocess.run(["make", "-n", target], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    [line] = [line for line in out.splitlines() if "-m pytest" in line]
    return line


@pytest.mark.parametrize("ci", ["true", "1"])
def test_on_ci_make_test_runs_every_test(ci: str) -> None:
    assert " -m " not in pytest_line("test", ci).split("pytest", 1)[1]


@pytest.mark.parametrize("ci", [None, "", "false", "0"])
def test_elsewhere_make_test_leaves_out_the_slow_tests(ci: str | None) -> None:
    assert pytest_line("test", ci).endswith('-m "not slow"')


def test_make_test_all_runs_every_test() -> None:
    assert " -m " not in pytest_line("test-all", None).split("pytest", 1)[1]


def test_ci_runs_exactly_make_test() -> None:
    commands = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert commands[-1] == "make test"
