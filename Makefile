# The one entry point for people and CI. `make html` and `make test` set everything up themselves:
# a .venv from the pinned requirements, recreated whenever requirements.txt or pyproject.toml change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SETTINGS ?= pelicanconf.py
PUBLISH_SETTINGS ?= publishconf.py
# Every warning fails the build: a typo in metadata or a broken link must not reach the site.
PELICAN := $(BIN)/pelican --fatal warnings
# The tests spread over every core (pytest-xdist); JOBS=0 runs them in one process, in order.
JOBS ?= auto
# A test module's tests stay on one worker: its module fixtures (a built site) are made once.
# Modules are handed out in the order tests/schedule.py gives them (the longest first), not
# re-sorted by their number of tests: that put the one-test install module, a minute long, last.
PYTEST_PARALLEL := -n $(JOBS) --dist loadscope --no-loadscope-reorder
# The tests' scratch files (sites built, repositories made, browsers' profiles) go to memory when
# /dev/shm is a tmpfs with room (4 GiB) that allows running programs: on a disk mounted with
# `discard`, deleting one finished run's files took longer than running the core tests.
# TEST_TMPDIR= (empty) keeps the system's temporary folder.
TEST_TMPDIR ?= $(shell findmnt -no FSTYPE,OPTIONS /dev/shm 2>/dev/null | grep -v noexec | grep -q '^tmpfs' \
	&& df -Pk /dev/shm | awk 'NR == 2 && $$4 > 4194304 {print "/dev/shm"}')
TESTING = $(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR))
HOST ?= 127.0.0.1
PORT ?= 8000
# The Nu HTML Checker, from npm; run with Java. Optional for `make html`, used by `make test`.
VNU_VERSION := 26.9.27
VNU_JAR := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar
# Writes the hashes into requirements.txt (`make upgrade-requirements`), from a venv of its own.
HASHIN_VERSION := 1.0.5
HASHIN := $(VENV)/hashin/bin/hashin
# The kit's own modules compiled ahead (an editable install is never compiled by pip): each
# `cowork` command, build and test process then reads them instead of compiling them again,
# even where PYTHONDONTWRITEBYTECODE is set. Quick when nothing changed: in one process, since a
# pool of them (`-j 0`) took 0.3 s to find nothing to do, against 0.08 s alone, and compiling
# everything from a fresh clone takes little longer alone (0.65 s, against 0.58 s).
# Kept for every process the recipes start (pytest's rewritten tests too), even where the
# environment asks Python not to write them: __pycache__ folders are ignored by git.
unexport PYTHONDONTWRITEBYTECODE
COMPILE := $(BIN)/python -m compileall -q -x '/fixtures/' plugins tests

.DEFAULT_GOAL := help
.PHONY: help html publish serve test test-fast lint format bench translations clean upgrade-requirements setup \
	check codeowners avatar new-member new-event new-recap

help:
	@echo "make html        set up .venv if needed and build the site into output/"
	@echo "make test        set up .venv if needed, run the kit's tests, then the site check on the demo"
	@echo "make test-fast   only the core tests (no build, no browser): seconds"
	@echo "make serve       preview at http://$(HOST):$(PORT), rebuilt and reloaded on every change"
	@echo "make lint        ruff (lint and format check) and mypy"
	@echo "make format      let ruff format the code"
	@echo "make publish     production build with $(PUBLISH_SETTINGS)"
	@echo "make bench       build-time and memory benchmarks"
	@echo "make translations  extract the theme's strings and the kit's messages, update every catalog"
	@echo "make check       check members, events and recaps; CHECK_ARGS='--base origin/main --author login' checks a pull request"
	@echo "make avatar FILE=members/avatars/login.jpg  resize a photo, remove its metadata (GPS...)"
	@echo "make codeowners  rewrite CODEOWNERS: the editors own the code, settings and pipelines"
	@echo "make new-member HANDLE=login   start members/login.yaml"
	@echo "make new-event SLUG=name       start events/name.yaml (with a fresh uid)"
	@echo "make new-recap EVENT=slug      start a recap of the event's latest occurrence"
	@echo "make clean       remove output/, the build caches (.cache/cowork) and build leftovers (keeps .venv)"

# pip does not compile what it installs (41 s became 28 s): most of those modules are never
# imported; Python compiles each at its first import and keeps it (see `unexport` above).
$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-compile -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

setup: $(STAMP)

$(VNU_JAR):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/vnu vnu-jar@$(VNU_VERSION); \
	else echo "npm not found: the HTML checker tests will be skipped (CI installs it)"; fi

html: $(STAMP)
	$(PELICAN) -s $(SETTINGS)

publish: $(STAMP)
	$(PELICAN) -s $(PUBLISH_SETTINGS)

serve: $(STAMP)
	$(BIN)/python -m cowork_pelican.serve --settings $(SETTINGS) --host $(HOST) --port $(PORT)

# The kit's own tests, and the site check every space runs (`cowork test`) on the demo: both at
# once (the check waits on a browser and a Java checker as much as on the processor), the check's
# report printed after pytest's. Either failing fails `make test`.
# pytest exits 5 when it collected no test: that is a broken suite, never a pass.
test: $(STAMP) $(VNU_JAR)
	@$(COMPILE)
	@report=$$(mktemp); \
	$(TESTING) VNU_JAR=$(VNU_JAR) $(BIN)/cowork test --site . $(SITECHECK_ARGS) >$$report 2>&1 & check=$$!; \
	$(TESTING) VNU_JAR=$(VNU_JAR) $(BIN)/python -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS); status=$$?; \
	wait $$check; check_status=$$?; \
	echo; echo "── cowork test --site . (the demo) ──"; cat $$report; rm -f $$report; \
	if [ $$status -eq 5 ]; then echo "pytest collected no test: failing on purpose"; exit 1; fi; \
	test $$status -eq 0 || exit $$status; \
	exit $$check_status

# The core layer alone (tests/core/): no Pelican build, no browser; what a contributor runs often.
# The core layer uses none of pytest's log capture, tmpdir, subtests or doctests: each plugin left
# out is hooks less around each of its tests (about 1 s of CPU in all).
FAST_PLUGINS := -p no:logging -p no:legacypath -p no:subtests -p no:doctest

test-fast: $(STAMP)
	@$(COMPILE)
	@$(TESTING) $(BIN)/python -m pytest $(PYTEST_PARALLEL) $(FAST_PLUGINS) tests/core $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no test: failing on purpose"; exit 1; fi; \
	exit $$status

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	@$(COMPILE)
	$(BIN)/python -m tests.benchmarks

translations: $(STAMP)
	$(BIN)/python -m cowork_pelican.translations plugins/cowork_pelican/theme

# The `cowork` command (plugins/cowork/cli.py), installed into .venv by `pip install -e .`.
check: $(STAMP)
	$(BIN)/cowork check $(CHECK_ARGS)

avatar: $(STAMP)
	@test -n "$(FILE)" || { echo "usage: make avatar FILE=members/avatars/your-login.jpg"; exit 2; }
	$(BIN)/cowork avatar "$(FILE)"

codeowners: $(STAMP)
	$(BIN)/cowork codeowners

new-member: $(STAMP)
	@test -n "$(HANDLE)" || { echo "usage: make new-member HANDLE=your-github-login"; exit 2; }
	$(BIN)/cowork new member "$(HANDLE)"

new-event: $(STAMP)
	@test -n "$(SLUG)" || { echo "usage: make new-event SLUG=event-name"; exit 2; }
	$(BIN)/cowork new event "$(SLUG)"

new-recap: $(STAMP)
	@test -n "$(EVENT)" || { echo "usage: make new-recap EVENT=event-slug"; exit 2; }
	$(BIN)/cowork new recap "$(EVENT)"

clean:
	rm -rf output .output.* .cache/cowork .pytest_cache .mypy_cache .ruff_cache build

upgrade-requirements: $(STAMP)
	$(BIN)/python -m pip install --quiet --upgrade -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | sed '/^-e /d' > requirements.in.freeze
	@test -x $(HASHIN) || { $(PYTHON) -m venv $(VENV)/hashin && \
	  $(VENV)/hashin/bin/python -m pip install --quiet hashin==$(HASHIN_VERSION); }
	@sed -n '/^#/p' requirements.txt > requirements.txt.new
	$(HASHIN) -r requirements.txt.new $$(cat requirements.in.freeze)
	@mv requirements.txt.new requirements.txt && rm requirements.in.freeze
