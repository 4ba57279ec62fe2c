# drill: `make demo` sets everything up and grades a sample attempt; `make test` runs the suite.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: help install demo test lint validate bench clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(STAMP) ## Create .venv and install drill (torch pinned to the CPU build) and bubblewrap
$(STAMP): pyproject.toml constraints.txt scripts/install.sh
	PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/install.sh
	@touch $(STAMP)

demo: install ## Start an attempt on two_sum in a throwaway workspace, grade the stub, then the reference
	bash scripts/demo.sh

test: install ## Run the harness's own test suite (includes drill validate over the catalogue)
	$(BIN)/python -m pytest -q -n auto --dist worksteal -m "not processes"
	$(BIN)/python -m pytest -q -m processes

lint: install ## Static checks: ruff (bugbear, imports, pyupgrade, simplify, pytest style) and mypy over harness/
	$(BIN)/ruff check harness tests benchmarks scripts
	$(BIN)/mypy

validate: install ## Validate every problem: reference passes, stub and wrong solutions fail
	$(BIN)/drill validate

bench: install ## Print speed figures: CLI start-up and grading, complexity checks, isolation modes
	$(BIN)/python benchmarks/bench_cli.py
	$(BIN)/python benchmarks/bench_complexity.py
	$(BIN)/python benchmarks/bench_grading.py
	@if [ -f benchmarks/bench_isolation.py ]; then $(BIN)/python benchmarks/bench_isolation.py; fi
	$(BIN)/python benchmarks/bench_ci.py

clean: ## Remove the virtual environment and demo workspace
	rm -rf $(VENV) .drill-demo
