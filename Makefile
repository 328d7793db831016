# TrustDesk: `make demo` runs the demo on SQLite; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
STAMP := $(VENV)/.installed

.PHONY: demo test test-postgres lint bench install messages clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) messages

messages: $(STAMP)
	cd src/trustdesk && ../../$(BIN)/trustdesk compilemessages --verbosity 0 --ignore '.venv'

demo: install
	$(BIN)/trustdesk demo --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: install
	TRUSTDESK_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test TRUSTDESK_REDIS_URL=redis://127.0.0.1:6379/1 $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/trustdesk check
	$(BIN)/trustdesk makemigrations --check --dry-run
	$(BIN)/python -m trustdesk.web.i18n_check

bench: install
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
