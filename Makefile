# The README's set-up: `make demo` and `make test` work on a fresh machine with only Python 3.11.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := src/cronaca/examples/esempio.txt

.PHONY: demo test install install-test lint bench models clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## demo: install cronaca and extract the bundled example article
demo: $(VENV)/.installed
	$(BIN)/cronaca extract $(EXAMPLE) --published 2025-10-09 --format json

## test: install cronaca with the test extras and run the whole suite
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info

## models: rebuild the shipped spaCy pipelines (src/cronaca/models/) from ../shared/data (CPU, ~2.5 h on 2 cores)
models: $(VENV)/.installed
	$(MAKE) -C training all PYTHON=$(abspath $(BIN)/python) DATA=$(abspath $(or $(DATA),../shared/data))
