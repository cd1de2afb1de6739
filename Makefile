# Every target sets itself up: the virtual environment, the install, the database.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: run test test-fast lint unit integration acceptance bench bench-quick bench-tools docs install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

run: install
	$(BIN)/ketnap init
	$(BIN)/ketnap demo
	@echo "Tài khoản mẫu (đăng nhập tại http://$(HOST):$(PORT)/dang-nhap):"
	$(BIN)/ketnap demo-users
	@echo "Mở http://$(HOST):$(PORT)/dang-nhap và đăng nhập bằng một tài khoản ở trên."
	$(BIN)/ketnap run --host $(HOST) --port $(PORT)

# Bytecode is cached for the tests' runs even where the environment turns it off
# (PYTHONDONTWRITEBYTECODE=1): each pytest worker and each server a test starts would
# otherwise compile every module again, and rewrite every test module's asserts.
test test-fast: export PYTHONDONTWRITEBYTECODE :=

LINTED := domain service projections migrations tests bench
# One pytest worker per core; a test file stays on one worker (its module fixtures: one
# server, one browser).
PARALLEL := -n auto --dist loadfile

lint: install
	$(BIN)/ruff check $(LINTED)
	$(BIN)/lint-imports

# The import contracts are checked by tests/integration/test_architecture.py: not a second
# time here.
test: install
	$(BIN)/ruff check $(LINTED)
	$(BIN)/python -m pytest $(PARALLEL)

# For development: all but the tests marked slow (load, real browser, servers in subprocesses).
test-fast: install
	$(BIN)/python -m pytest $(PARALLEL) -m "not slow"

unit: install
	$(BIN)/python -m pytest tests/unit

integration: install
	$(BIN)/python -m pytest tests/integration

acceptance: install
	$(BIN)/python -m pytest tests/acceptance

# wrk is the HTTP load tool (Debian package); without it the bench uses a Python generator.
bench-tools:
	@command -v wrk >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	  apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || \
	  echo "wrk not installed: the bench falls back to its Python load generator"

bench: install bench-tools
	$(BIN)/python -m bench

bench-quick: install bench-tools
	$(BIN)/python -m bench --quick

docs: install
	mkdir -p build
	-$(BIN)/python -m pytest tests/acceptance -q -p no:randomly --cucumber-json=build/cucumber.json
	$(BIN)/python -m service.livingdocs build/cucumber.json build/docs
	-$(BIN)/python -m pytest tests/e2e/test_day_browser.py -q -p no:randomly   # build/screenshots/

clean:
	rm -rf $(VENV) build instance .pytest_cache
