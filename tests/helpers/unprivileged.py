"""Run a test scenario as a user without root's powers.

Root reads unreadable files and writes into read-only folders, so a
permission test proves nothing as root, and CI runs as root.  A scenario is
a module-level function ``scenario(folder: Path) -> None`` of a test module
that asserts what the user must see.  :func:`run_unprivileged` runs it

* directly, in ``folder``, when the suite is not running as root;
* as root: in a fresh interpreter under ``setpriv`` as uid/gid 65534
  ("nobody", no groups), in a new folder under the system temp folder that
  this user owns (pytest's own temp folders are private to root).  The
  scenario's config, data, cache and home folders are inside that folder.
  A failing assertion fails the test with the scenario's traceback.

It never skips: without ``setpriv`` (util-linux) a root run fails and says
what to install.  A scenario runs in one process and starts no other
Python: the unprivileged user may not be allowed to start the interpreter
itself (here it lives under root's home, which setpriv could still reach).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

NOBODY = 65534
TESTS = Path(__file__).resolve().parent.parent

_BOOT = """
import importlib, os, sys
from pathlib import Path
assert os.geteuid() != 0 and os.getegid() != 0, "still root"
sys.path.insert(0, sys.argv[1])
module = importlib.import_module(sys.argv[2])
getattr(module, sys.argv[3])(Path(sys.argv[4]))
"""


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def run_unprivileged(scenario: Callable[[Path], None], folder: Path) -> None:
    """Run ``scenario`` as a user to whom permissions apply (see above);
    ``folder`` is used when no user change is needed."""
    if not is_root():
        scenario(folder)
        return
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root: permission tests need setpriv (Debian: apt-get install util-linux)"
    name = scenario.__name__
    assert getattr(sys.modules[scenario.__module__], name, None) is scenario, f"{name} must be a module-level function"
    base = Path(tempfile.mkdtemp(prefix="briefer-unprivileged-"))
    try:
        os.chown(base, NOBODY, NOBODY)
        work = base / "scenario"
        user = base / "user"
        env = dict(
            os.environ,
            HOME=str(user / "home"),
            XDG_CONFIG_HOME=str(user / "home" / ".config"),
            XDG_DATA_HOME=str(user / "home" / ".local" / "share"),
            XDG_CACHE_HOME=str(user / "home" / ".cache"),
            XDG_STATE_HOME=str(user / "home" / ".local" / "state"),
            BRIEFER_CONFIG_DIR=str(user / "config"),
            BRIEFER_DATA_DIR=str(user / "data"),
            BRIEFER_CACHE_DIR=str(user / "cache"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        code = (
            f"import os; os.makedirs({str(work)!r}); os.makedirs({str(user / 'home')!r}); os.chdir({str(work)!r})\n"
            + _BOOT
        )
        result = subprocess.run(
            [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
             sys.executable, "-c", code, str(TESTS), scenario.__module__, name, str(work)],
            capture_output=True, text=True, encoding="utf-8", errors="replace", env=env, cwd=base, timeout=300,
        )
        assert result.returncode == 0, f"{name} as uid {NOBODY} (exit {result.returncode}):\n{result.stderr}{result.stdout}"
    finally:
        shutil.rmtree(base, ignore_errors=True)
