# IEPDesk: `make run` opens the app, `make test` runs the whole suite. Both build .venv from the lock
# on a fresh machine. Python 3.11+ with venv is all that is needed; see README.md for system packages.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.PHONY: run test lint typecheck check bench package deb lock clean catalogues update-catalogues

$(STAMP): $(LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# The translations, compiled from the committed .ts (window) and .po (core) files; never committed.
catalogues: $(STAMP)
	$(BIN)/python packaging/catalogues.py compile

# Refresh both catalogues from the code (new texts appear untranslated; translations are kept).
update-catalogues: $(STAMP)
	$(BIN)/python packaging/catalogues.py extract

run: $(STAMP) catalogues
	$(BIN)/iepdesk

test: $(STAMP) catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check iepdesk ui tests benchmarks
	$(BIN)/ruff format --check iepdesk ui tests benchmarks
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: $(STAMP) catalogues
	$(BIN)/pyinstaller --noconfirm --clean pyinstaller.spec
	$(MAKE) deb

# The .deb from the bundle in dist/iepdesk/ (where dpkg-deb exists; docs/packaging.md for the others).
deb:
	@if command -v dpkg-deb >/dev/null 2>&1; then PYTHON=$(BIN)/python packaging/build-deb.sh; \
	else echo "dpkg-deb not found: no .deb on this system (the bundle is in dist/iepdesk/)"; fi

# Regenerate the lock from pyproject.toml's ranges (needs the package registry).
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv
	.lockvenv/bin/pip install --quiet --disable-pip-version-check ".[dev]"
	.lockvenv/bin/pip freeze --exclude iepdesk | grep -v '^-e' > $(LOCK)
	rm -rf .lockvenv

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
