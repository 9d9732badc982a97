#!/usr/bin/env bash
# Make the project runnable on this machine: the system libraries Qt needs
# (with --gui also those of a real window on X11/XWayland),
# a virtual environment in .venv with the pinned dependencies, and Briefer
# installed into it (editable).  Safe to run again: it only does what is
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

# Qt's wheels link against a few system libraries (see shared design notes);
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
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.briefer-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installing Briefer and its pinned dependencies into $VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]'
  touch "$stamp"
fi
