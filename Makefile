# The two commands: `make run` and `make test`. Everything else is what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1

.PHONY: run test install install-dev migrate demo lint format messages check clean help stack stack-stop bench

help:  ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[dev]"
	@touch $@

install: $(VENV)/.installed  ## Create .venv and install the site

install-dev: $(VENV)/.installed-dev  ## Install what the tests need too

migrate: install  ## Create or update the SQLite database
	$(BIN)/python manage.py migrate --noinput

demo: migrate  ## Load the demo content (idempotent) and make sure the admin user exists
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_admin --url http://$(HOST):$(PORT)/admin/

run: demo  ## Set up everything and serve the site on 127.0.0.1:$PORT
	@echo "Serving on http://$(HOST):$(PORT)/  (Ctrl-C stops)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev  ## Run the whole suite (unit, page and browser tests)
	$(BIN)/python -m pytest

stack: install  ## The production shape: nginx on 127.0.0.1:$PORT (8080) → gunicorn :8001 :8002 → PostgreSQL, Redis, SeaweedFS
	deploy/stack.sh start

stack-stop:  ## Stop what `make stack` started
	deploy/stack.sh stop

bench: install  ## Benchmark gunicorn on PostgreSQL + Redis, demo size vs 100,000 articles (BENCH_ARGS="--articles 5000")
	$(BIN)/python tests/perf/bench_server.py $(BENCH_ARGS)

lint: install-dev  ## ruff, migrations and translation checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install-dev  ## Update the Chinese catalogue after changing interface strings (needs gettext)
	$(BIN)/python manage.py makemessages -l zh_Hans --no-obsolete -i ".venv" -i "tests" -i "tmp" -i "staticfiles"
	$(BIN)/python manage.py compilemessages -l zh_Hans -i ".venv"

clean:
	rm -rf $(VENV) staticfiles
