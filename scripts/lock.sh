#!/usr/bin/env bash
# Regenerate requirements.lock: the exact version and the hashes of every
# package Briefer installs (runtime, the `test` extra, and setuptools, which
# builds Briefer itself), resolved from the ranges in pyproject.toml.
# Versions already in the lock are kept while they still fit the ranges;
# to move one, run: scripts/lock.sh --upgrade-package NAME  (or --upgrade).
# Only wheels are considered (--only-binary): installing never builds code on
# a user's laptop, and hash-checking mode never meets an sdist whose build
# dependencies it cannot check.  A package with no wheel for this platform
# makes this script fail, naming it.
# Called by `make lock`.  pip-tools goes into .venv only: it is a tool for
# making the lock, not a dependency of Briefer.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
PIP_TOOLS=pip-tools==7.6.2

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if ! "$VENV/bin/python" -m pip show --quiet pip-tools >/dev/null 2>&1 \
   || [ "$("$VENV/bin/python" -m pip show pip-tools | sed -n 's/^Version: //p')" != "${PIP_TOOLS#pip-tools==}" ]; then
  echo "Installing $PIP_TOOLS into $VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$PIP_TOOLS"
fi

CUSTOM_COMPILE_COMMAND="make lock" "$VENV/bin/pip-compile" \
  --quiet \
  --generate-hashes \
  --allow-unsafe \
  --all-build-deps \
  --extra test \
  --strip-extras \
  --no-emit-index-url \
  --no-emit-find-links \
  --no-emit-trusted-host \
  --pip-args "--only-binary=:all:" \
  --output-file requirements.lock \
  "$@" \
  pyproject.toml
echo "requirements.lock is up to date with pyproject.toml; scripts/setup.sh installs it on the next make run/test."
