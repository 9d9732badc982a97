#!/usr/bin/env bash
# Make the project runnable on this machine: the system libraries Qt needs
# (with --gui also those of a real window on X11/XWayland),
# a virtual environment in .venv with the dependencies locked in
# requirements.lock (exact versions, checked by hash), and Briefer installed
# into it (editable).  Safe to run again: it only does what is
# missing.  Called by `make run` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "Briefer needs Python 3.11 or newer: install it (Debian/Ubuntu: apt-get install python3 python3-venv) and run this again." >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Briefer needs Python 3.11 or newer; $("$PYTHON" --version) was found. Set PYTHON=/path/to/python3.11 and run this again." >&2
  exit 1
fi

# Qt's wheels link against a few system libraries;
# a real window (make run) needs the xcb platform plugin's libraries too.
QT_DEBS="libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libx11-6"
if [ "${1:-}" = "--gui" ]; then
  QT_DEBS="$QT_DEBS libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
fi
if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for p in $QT_DEBS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing the system libraries Qt needs:$missing"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -q && apt-get install -y -q --no-install-recommends $missing
    else
      echo "Qt needs system libraries that are missing. Install them, then run this again:" >&2
      echo "  sudo apt-get install$missing" >&2
      exit 1
    fi
  fi
  # The print-fidelity tests read exported PDFs with poppler-utils
  # (pdftotext -bbox, pdffonts); without it they are skipped.
  if ! dpkg -s poppler-utils >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing poppler-utils (the print-fidelity tests read PDFs with it)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -q && apt-get install -y -q --no-install-recommends poppler-utils
    else
      echo "Note: poppler-utils is not installed, so the print-fidelity tests are skipped (sudo apt-get install poppler-utils)." >&2
    fi
  fi
fi

# briefer/resources/ moved to the top-level resources/.  A checkout from
# before the move can keep an untracked briefer/resources/ (its __pycache__),
# and Python would take that empty folder for the package briefer.resources
# ahead of the real one: remove it while it holds nothing but caches.
if [ -d briefer/resources ]; then
  if [ -z "$(find briefer/resources -type f ! -path '*/__pycache__/*' -print -quit)" ]; then
    rm -rf briefer/resources
  else
    echo "briefer/resources/ still holds files, but the resources are in resources/ now." >&2
    echo "Move what you added there into resources/, delete briefer/resources/, and run this again." >&2
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# Installed again whenever the lock or pyproject.toml changed (say, after a
# git pull): the stamp holds a digest of both.
stamp="$VENV/.briefer-installed"
wanted=$("$VENV/bin/python" -c '
import hashlib, sys
digest = hashlib.sha256()
for name in sys.argv[1:]:
    with open(name, "rb") as f:
        digest.update(f.read())
print(digest.hexdigest())' requirements.lock pyproject.toml)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "Installing Briefer and the locked dependencies (requirements.lock) into $VENV"
  rm -f "$stamp"  # until this install has succeeded
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
  # setuptools comes from the lock, so Briefer itself builds without
  # fetching anything (--no-build-isolation).
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
  if ! problems=$("$VENV/bin/python" -m pip check --disable-pip-version-check 2>&1); then
    echo "$problems" >&2
    echo "requirements.lock does not hold what pyproject.toml asks for. Run 'make lock', then this again." >&2
    exit 1
  fi
  echo "$wanted" > "$stamp"
fi

# Byte-compile Briefer's own modules (pip compiled the dependencies): a
# shell with PYTHONDONTWRITEBYTECODE set would otherwise compile some fifty
# modules on every start, about 0.1 s of each `briefer` command.  Quick when
# nothing changed; a module edited later is compiled again as usual.
"$VENV/bin/python" -m compileall -q -j 0 briefer >/dev/null || true
