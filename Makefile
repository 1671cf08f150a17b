# Scrutiny — every target creates the local virtualenv when it is missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
HOST   ?= 127.0.0.1
PORT   ?= 8000
DEMO_DB ?= scrutiny.db

.PHONY: install demo test eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/scrutiny ingest --db $(DEMO_DB) samples
	$(BIN)/scrutiny serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

# pytest exits 5 when it collected no tests; that is a failure here too.
test: $(STAMP)
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests ran" >&2; exit 1; fi; exit $$rc

eval: $(STAMP)
	$(BIN)/scrutiny eval --gold $(SHARED)/gold --corpus $(SHARED)/corpus/seeds
	@for c in genre genre3 genre4 genre2; do \
	  if [ $$c = genre2 ]; then role="held out for measurement"; else role="used in development"; fi; \
	  echo "--- tests/$$c: our own documents in other bodies' styles ($$role) ---"; \
	  $(BIN)/scrutiny eval --gold tests/$$c/gold --corpus tests/$$c/docs | tail -1; done
	@echo "--- the same documents printed to PDF (tests/pdfprint.py): what survives the trip through PDF ---"
	@$(BIN)/python tests/pdfprint.py tests/genre tests/genre2 tests/genre3 tests/genre4

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/web.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
