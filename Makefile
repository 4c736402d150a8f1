# The two set-up commands in the README: `make demo` and `make test`. Each builds .venv itself.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INTEGRATIONS := $(sort $(wildcard integrations/*/pyproject.toml))
EDITABLES := $(foreach p,$(INTEGRATIONS),-e "$(dir $(p))[test]")

.PHONY: demo test install tools lint bench

$(BIN)/rapport: pyproject.toml $(INTEGRATIONS)
	@echo "== Python environment in $(VENV) (pip install: the core, $(words $(INTEGRATIONS)) integrations, test tools; 1-3 min)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e ".[test]" $(EDITABLES)
	@touch $@
	@echo "   done: $(BIN)/rapport"

install: $(BIN)/rapport

# Test-only tools that are not Python packages (a real Joplin server, ripgrep, ...).
tools:
	@echo "== Test tools that are not Python packages (tests/setup.d; cached under ~/.cache)"
	@for script in $(sort $(wildcard tests/setup.d/*.sh)); do echo "-- $$script"; bash "$$script" || exit 1; done

demo: install
	@$(BIN)/rapport demo

test: install tools
	@echo "== Test suite (pytest)"
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python -m pip install -q -e ".[bench]"
	@for b in benchmarks/bench_*.py benchmarks/eval_capture.py; do echo "== $$b"; $(BIN)/python "$$b" || exit 1; done
