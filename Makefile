# Everything a newcomer needs: `make run` and `make test`. Only Python 3.11 must be installed beforehand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
PG_URL ?= postgres://postgres@127.0.0.1:5432/portal
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15
# Debian packages the test suite drives: Chromium for the browser journeys, gettext to check the catalogues,
# postgresql-client for the backup of the PostgreSQL run (pg_dump, pg_restore).
SYSTEM_PACKAGES := chromium gettext postgresql-client

# The task worker (emails, then the search index), started again whenever it stops, as systemd's Restart=always does
# in production (deploy/). It carries on through database restarts by itself; this loop catches everything else.
WORKER_LOOP = ( trap 'kill $$child 2>/dev/null; exit 0' TERM; while true; do $(MANAGE) run_worker & child=$$!; wait $$child; \
	echo "The task worker stopped ($$?); starting it again." >&2; sleep 2; done )

.PHONY: run dev test test-postgres test-redis lint format messages system-packages clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The site as residents see it: no debug pages, collected static files through WhiteNoise, gunicorn and the task
# worker side by side. Neither watches the files, so both sleep while nobody visits. One gunicorn process (with
# threads) keeps the in-process cache, and with it the flood limits, the same for every request.
run: export DJANGO_SETTINGS_MODULE = portal.settings.local
run: $(BIN)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(WORKER_LOOP) & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	$(BIN)/gunicorn portal.wsgi --bind 127.0.0.1:8000 --workers 1 --threads 4 --access-logfile -

# Development: debug pages, and the server and worker restart when the code changes.
dev: $(BIN)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(WORKER_LOOP) & worker=$$!; trap 'kill $$worker' EXIT INT TERM; $(MANAGE) runserver 127.0.0.1:8000

test: $(BIN)/.installed system-packages
	$(BIN)/pytest -n auto

test-postgres: $(BIN)/.installed system-packages
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -n auto --create-db

# The page cache as several app servers share it: its tests on Redis (database 15, emptied by the tests).
test-redis: $(BIN)/.installed
	REDIS_URL=$(REDIS_TEST_URL) $(BIN)/pytest -q -p no:randomly tests/pagecache

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=. $(BIN)/lint-imports --no-cache
	$(BIN)/pytest -q -p no:cacheprovider tests/portal/test_layers.py
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the catalogues after changing user-facing strings, translate locale/id, then commit the .po and .mo files.
messages: $(BIN)/.installed system-packages
	$(MANAGE) makemessages --locale id --locale en --ignore '.venv/*' --ignore 'tests/*' --no-obsolete
	$(PY) -m portal.catalogues fill-english locale/en/LC_MESSAGES/django.po
	$(MANAGE) compilemessages --ignore '.venv/*'

system-packages:
	@missing=""; for pkg in $(SYSTEM_PACKAGES); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "The tests need the Debian packages:$$missing. Install them with: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) db.sqlite3 media collected-static .pytest_cache .ruff_cache
