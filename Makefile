PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,web,postgres]'
	touch $(STAMP)

## make run: set up, ingest the bundled examples into ./tidings.db and print what came out
run: $(STAMP)
	$(BIN)/tidings ingest examples/ --db tidings.db
	$(BIN)/tidings summary --db tidings.db

## make test: set up with the dev extra, then ruff, mypy and the whole pytest suite
test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

SHARED ?= ../shared/data

eval: $(STAMP)
	$(BIN)/tidings eval layout --data $(SHARED)/pages

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) tidings.db build *.egg-info
