# The two commands a new user needs (see README.md):
#   make run   set everything up and open the app with the example brief
#   make test  set everything up and run the whole test suite
.PHONY: run test setup bench

setup:
	@scripts/setup.sh

run:
	@scripts/setup.sh --gui
	.venv/bin/briefer --example

test: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q

bench: setup
	.venv/bin/python benchmarks/run.py
