# Two set-up commands, both from a fresh machine with only Python 3.11 and make:
#   make demo   install, ingest seeds/ into quotebank.db, ask who said "feel-out meeting"
#   make test   install with the test extras, lint, run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint check install dev bench bench-ingest bench-queries bench-storage clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f quotebank.db quotebank.db-wal quotebank.db-shm
	$(BIN)/quotebank --db quotebank.db ingest seeds/
	$(BIN)/quotebank --db quotebank.db who-said "feel-out meeting"

lint: $(STAMP)
	$(BIN)/ruff check quotebank tests benchmarks migrations
	$(BIN)/ruff format --check quotebank tests benchmarks migrations
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/accuracy.py

bench-ingest: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/ingest_speed.py

# Import rate and who-said latency on SQLite and PostgreSQL (needs Debian's postgresql).
bench-storage: $(STAMP)
	$(BIN)/python benchmarks/import_speed.py --sizes 1000000

# Query speed over a synthetic archive of a million quotes (built once, ~3 min,
# kept in benchmarks/.cache/); results in benchmarks/results/query_speed.*
bench-queries: $(STAMP)
	$(BIN)/python benchmarks/query_speed.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
