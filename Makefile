# Every target is a thin wrapper over the raw command the README also shows.
# `make run` and `make test` set everything up on a fresh machine.

VENV      := .venv
BIN       := $(VENV)/bin
RASA      := $(BIN)/rasa
PY        := $(BIN)/python
MODEL     := models/stalking-support.tar.gz
RASA_ARGS := --domain bot/domain --data data --config config.yml
NLU_MIN_MACRO_F1 ?= 0.93

.DEFAULT_GOAL := help
.PHONY: help setup train run test lint typecheck format test-unit validate test-nlu test-core test-e2e test-browser screenshots bench lock clean

help: ## List every target
	@awk 'BEGIN {FS = ":.*## "} /^[a-z0-9-]+:.*## / {printf "  %-11s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: ## Create .venv with Python 3.10 and install the pinned dependencies (idempotent)
	@bash scripts/setup.sh

train: setup ## Train the model (Rasa skips it when config, domain and data are unchanged)
	$(RASA) train $(RASA_ARGS) --out models --fixed-model-name stalking-support

run: train ## Start and supervise Redis if needed, action server, web :8000, Rasa :5005, test phone :8010 (development; logs in logs/); Ctrl-C stops all
	@$(PY) -m scripts.sms_dev_settings
	$(PY) -m scripts.stack run

test: setup lint typecheck test-unit validate train test-nlu test-core test-e2e test-browser ## Run every check and test
	@echo "make test: all checks passed"

lint: setup ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup ## mypy over the project's packages (settings in pyproject.toml)
	$(BIN)/mypy

format: setup ## Apply ruff formatting and safe fixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test-unit: setup ## pytest without Rasa servers: library, components, channels (real Redis), safety sets
	$(PY) -m pytest -m "not e2e and not browser" -q

validate: setup ## rasa data validate, failing on any warning
	$(RASA) data validate $(RASA_ARGS) --fail-on-warnings

test-nlu: train ## NLU on the held-out file; fails under NLU_MIN_MACRO_F1
	$(PY) -m scripts.nlu_gate --model $(MODEL) --min-macro-f1 $(NLU_MIN_MACRO_F1)

test-core: train ## Dialogue test stories; fails on any prediction error
	$(RASA) test core --model $(MODEL) --stories tests/stories --out results/core --fail-on-prediction-errors

test-e2e: train ## Real Rasa, action server, web service and Redis, over REST, SMS and HTTP
	$(PY) -m pytest -m e2e -q

test-browser: train ## The web chat in Debian's chromium (Playwright) against the real stack, with axe-core
	$(PY) -m pytest -m browser -q tests/browser

screenshots: train ## Screenshots for the README (docs/img/webchat-desktop.png, -320.png, console-desktop.png)
	$(PY) -m scripts.screenshots

bench: train ## REST vs stock `rasa init`, signposting lookups, the safety check with/without its second opinion, NLU with/without the second intent reader, incident log extraction/export, SMS ack/reply latency, web chat, handover latency, 5-min soak (SOAK_SECONDS)
	$(PY) -m bench.rest_bench
	$(PY) -m bench.signposting_bench
	$(PY) -m bench.safety_bench
	$(PY) -m bench.nlu_reader_bench
	$(PY) -m bench.incident_log_bench
	$(PY) -m bench.sms_bench
	$(PY) -m bench.webchat_bench
	$(PY) -m bench.handover_bench
	$(PY) -m bench.soak

lock: setup ## Re-pin constraints.txt from the current .venv (after editing requirements.txt)
	@{ echo "# The one place versions are pinned: pip install -r requirements.txt -c constraints.txt"; \
	   echo "# Regenerate with: make lock (after changing requirements.txt)"; \
	   $(BIN)/pip freeze --exclude-editable | grep -v -E "^(pip|setuptools|wheel)=="; } > requirements/constraints.txt

clean: ## Remove the model, results and caches (keeps .venv)
	rm -rf models results .rasa .pytest_cache .ruff_cache bench/out logs
