# Two commands set everything up on a fresh machine that has python3:
#   make demo   - create .venv, install unpitch, scan the bundled sample inbox
#   make test   - create .venv, install with the dev extras, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@ $(VENV)/.installed-runtime

demo: $(VENV)/.installed-runtime
	mkdir -p $(OUT)
	$(BIN)/unpitch scan --db $(OUT)/unpitch.db --format jsonl --output $(OUT)/sample.jsonl

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/bench_read.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis
