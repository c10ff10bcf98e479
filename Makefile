# Accelerator Planner: the two commands a newcomer needs are `make run` and `make test`.
# Both create .venv when missing and install the project into it from pyproject.toml.

VENV    := .venv
BIN     := $(VENV)/bin
# The first Python >= 3.11 on PATH (override with `make PYTHON=/path/to/python3.12 ...`).
PYTHON  ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
             command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
             && { command -v $$p; break; }; done)

.PHONY: run test lint-imports bench clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required (none found on PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps record what was installed, so a second `make` does not reinstall.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/accel-planner

test: $(VENV)/.installed-test
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_estimator.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

# --- Installer (issue 6): a one-folder PyInstaller bundle in dist/accel-planner/ ----------------
# `make bundle` always rebuilds; `make bundle-smoke` builds only when the bundle is missing or older
# than the sources, then starts it offscreen in a clean HOME (packaging/smoke_test.py; --strict:
# a part of the app that the self-test finds missing is a failure).
BUNDLE_EXE    := dist/accel-planner/accel-planner
BUNDLE_INPUTS := pyproject.toml packaging/accel-planner.spec packaging/build_config.py \
                 packaging/launcher.py $(shell find desktop_app db resources -type f \
                   -not -path '*/__pycache__/*' 2>/dev/null)
PYINSTALLER   := $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
                   --distpath dist --workpath build/pyinstaller packaging/accel-planner.spec

.PHONY: bundle bundle-smoke bundle-tarball

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package]"
	@touch $@ $(VENV)/.installed

# Translations ship compiled (.qm) in the bundle; the .qm files are build output, never committed.
TRANSLATIONS := for ts in resources/i18n/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

bundle: $(VENV)/.installed-package
	$(TRANSLATIONS)
	$(PYINSTALLER)

$(BUNDLE_EXE): $(BUNDLE_INPUTS) | $(VENV)/.installed-package
	$(TRANSLATIONS)
	$(PYINSTALLER)

bundle-smoke: $(BUNDLE_EXE)
	$(BIN)/python packaging/smoke_test.py --strict dist/accel-planner

bundle-tarball: $(BUNDLE_EXE)
	$(BIN)/python packaging/make_tarball.py dist/accel-planner
