# Every target installs what it needs into .venv first (python3 >= 3.11 and make are all a machine needs).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: help install demo test check-generated generate lint typecheck pytest bench dist update-spec clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

install: $(STAMP)  ## create .venv with the package (editable) and the pinned dev tools

demo: $(STAMP)  ## run the README example against the local stand-in (LIVE=1: the real API, needs OPENROUTER_API_KEY)
	$(PY) scripts/demo.py $(if $(LIVE),--live)

test: check-generated lint typecheck pytest  ## the whole test suite: generated/ drift, ruff, mypy --strict, pytest

check-generated: $(STAMP)  ## fail with a diff when generated/ is not what openapi.yaml produces
	$(PY) scripts/generate.py --check

generate: $(STAMP)  ## regenerate generated/ from openapi.yaml
	$(PY) scripts/generate.py

lint: $(STAMP)
	$(VENV)/bin/ruff check overlay scripts tests
	$(VENV)/bin/ruff format --check overlay scripts tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)  ## overhead of the client over raw httpx (prints ratios, fails on a missed target)
	$(PY) scripts/bench.py

dist: $(STAMP)  ## build sdist and wheel into dist/
	rm -rf dist && $(PY) -m build --outdir dist .

update-spec: $(STAMP)  ## SPEC=full-openrouter-openapi.yaml: extract Credits, regenerate, print the surface diff
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/openapi.yaml"; exit 2; }
	$(PY) scripts/update_spec.py $(SPEC)

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis
