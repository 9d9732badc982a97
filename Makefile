# The two commands a new user needs (see README.md):
#   make run   set everything up and open the app with the example brief
#   make test  set everything up and run the test suite: every test when CI
#              is set (CI=true, as CI systems do), else all but those marked
#              `slow` (property and crash trials); `make test-all` runs them all
.PHONY: run test test-all setup bench lock

PYTEST = QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -n auto --maxprocesses 4
# CI set to anything but "", "false" or "0" means a CI run.
ifneq ($(filter-out false 0,$(CI)),)
TEST_SELECTION =
else
TEST_SELECTION = -m "not slow"
endif

setup:
	@scripts/setup.sh

run:
	@scripts/setup.sh --gui
	.venv/bin/briefer --example

test: setup
	$(PYTEST) $(TEST_SELECTION)

test-all: setup
	$(PYTEST)

bench: setup
	.venv/bin/python benchmarks/run.py

# Regenerate requirements.lock from pyproject.toml (see README.md).
lock:
	@scripts/lock.sh
