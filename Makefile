# Every target installs what it needs into .venv first (python3 >= 3.11 and make are all a machine needs).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: help install demo test test-lowest test-whole-document check-generated generate lint typecheck docs docs-strict pytest bench bench-exporter dist lock update-spec clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The tools `make install` adds beside the package: every development tool, the docs site's too.
DEV_REQUIREMENTS ?= -r requirements-dev.txt -r requirements-docs.txt

$(STAMP): pyproject.toml requirements-dev.txt requirements-docs.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e . $(DEV_REQUIREMENTS)
	@touch $@

install: $(STAMP)  ## create .venv with the package (editable) and the pinned dev tools (requirements-dev.txt, -docs.txt)

demo: $(STAMP)  ## run the README example against the local stand-in (LIVE=1: the real API, needs OPENROUTER_API_KEY)
	$(PY) scripts/demo.py $(if $(LIVE),--live)

test: check-generated lint typecheck docs-strict pytest  ## the whole test suite: generated/ drift, ruff, actionlint, mypy --strict, the docs build (--strict), pytest

# The lowest runtime dependency versions pyproject.toml allows, pinned in .ci/lowest.txt, in a venv of their own.
test-lowest:  ## pytest with the lowest dependency versions pyproject.toml allows (.ci/lowest.txt), in .venv-lowest
	PIP_CONSTRAINT=$(CURDIR)/.ci/lowest.txt $(MAKE) install VENV=.venv-lowest DEV_REQUIREMENTS='-r requirements-dev.txt'
	@.venv-lowest/bin/python -m pip list --format=freeze --disable-pip-version-check 2>/dev/null \
		| grep -iE '^(httpx|attrs|python-dateutil|anyio)==' | tr '\n' ' ' && echo
	$(MAKE) pytest VENV=.venv-lowest

check-generated: $(STAMP)  ## fail with a diff when generated/ is not what openapi.yaml produces
	$(PY) -m scripts.generate --check

generate: $(STAMP)  ## regenerate generated/ from openapi.yaml
	$(PY) -m scripts.generate

# The repository's workflows and the sample workflows under examples/ (users copy those: they must lint too).
WORKFLOWS := $(wildcard .github/workflows/*.yml .github/workflows/*.yaml) examples/budget-guard.yml

lint: $(STAMP)  ## ruff on overlay, scripts, tests; actionlint (with shellcheck) on every workflow and examples/budget-guard.yml
	$(VENV)/bin/ruff check overlay scripts tests
	$(VENV)/bin/ruff format --check overlay scripts tests
	$(VENV)/bin/actionlint -shellcheck $(VENV)/bin/shellcheck $(WORKFLOWS)

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The docs site (mkdocs.yml, docs/): offline, no fonts or plugins fetched at build time. `make test` builds
# it with --strict, so a broken link, a missing page or an API reference to a name that is gone fails.
# NO_MKDOCS_2_WARNING: Material prints a banner about its end of life on every build otherwise.
docs: export NO_MKDOCS_2_WARNING := 1
docs-strict: export NO_MKDOCS_2_WARNING := 1
docs: $(STAMP)  ## build the documentation site into site/ (open site/index.html; .venv/bin/mkdocs serve to preview)
	$(VENV)/bin/mkdocs build $(DOCS_ARGS)

docs-strict: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --quiet --site-dir build/site-strict

# Two workers: most tests wait on sockets and timers, so the suite takes half the time on two cores.
pytest: $(STAMP)
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

test-whole-document: $(STAMP)  ## generate the whole newest upstream document, ours beside the stock generator's
	WHOLE_DOCUMENT='$(WHOLE_DOCUMENT)' $(PY) -m pytest -m whole_document -p no:cacheprovider

bench: $(STAMP)  ## overhead of the client over raw httpx (prints ratios, fails on a missed target)
	$(PY) scripts/bench.py

bench-exporter: $(STAMP)  ## the exporter: a scrape's cost, its memory after 10,000 scrapes (fails when it grows)
	$(PY) scripts/bench_exporter.py

dist: $(STAMP)  ## build sdist and wheel into dist/
	rm -rf dist && $(PY) -m build --outdir dist .

lock: $(STAMP)  ## re-lock the runtime dependencies, with hashes, into requirements.lock (needs the network)
	$(VENV)/bin/uv pip compile pyproject.toml --universal --generate-hashes --python-version 3.11 \
		--custom-compile-command "make lock" --quiet --output-file requirements.lock

# update-spec exits 0 (done), 3 (overlay needs work) or 4 (document unusable) and prints which in words;
# make reports a failing recipe as "Error 3" / "Error 4" but itself exits 2: scripts that branch on the
# status run .venv/bin/python -m scripts.update_spec directly (see CONTRIBUTING.md, "Regenerating").
update-spec: $(STAMP)  ## fetch https://openrouter.ai/openapi.yaml (SPEC=path or URL instead), extract Credits, regenerate, print the surface diff (DRY_RUN=1: write nothing)
	$(PY) -m scripts.update_spec $(SPEC) $(if $(DRY_RUN),--dry-run) $(if $(RETRIEVED),--retrieved '$(RETRIEVED)') $(UPDATE_ARGS)

clean:
	rm -rf $(VENV) .venv-lowest dist build site .mypy_cache .pytest_cache .ruff_cache .hypothesis
