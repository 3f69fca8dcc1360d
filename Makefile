# The few commands people need. Everything installs into a local virtualenv (.venv).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo serve test bench soak lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed  ## crawl the bundled demo portal into demo.db and print a summary
	$(BIN)/govarchive demo --db demo.db

serve: $(VENV)/.installed  ## browse demo.db (make demo first) in a web browser: search, articles, versions, charts
	$(BIN)/govarchive serve --db demo.db

test: $(VENV)/.installed  ## run the whole test suite
	$(BIN)/python -m pytest -q

# pip's resolver trips over lxml[html_clean] when the three extractors come in one call,
# so the comparison systems are installed one at a time.
$(VENV)/.installed-bench: $(VENV)/.installed
	$(BIN)/pip install -q chardet w3lib
	$(BIN)/pip install -q trafilatura
	$(BIN)/pip install -q readability-lxml
	$(BIN)/pip install -q gne
	touch $@

bench: $(VENV)/.installed-bench  ## run the benchmarks (results: benchmarks/RESULTS-*.md, summarised in the README)
	$(BIN)/python benchmarks/encoding.py --repeat 5 --write benchmarks/RESULTS-encoding.md
	$(BIN)/python benchmarks/extraction.py --shared ../shared --repeat 3
	$(BIN)/python benchmarks/archive.py
	$(BIN)/python benchmarks/serve.py
	$(BIN)/python benchmarks/distributed.py
	$(BIN)/python benchmarks/crawl.py --rounds 3 --ingest --write benchmarks/RESULTS-crawl.md

soak: $(VENV)/.installed  ## a long crawl of the hostile portal: 50,000 pages, memory sampled, pages lost (must be 0)
	$(BIN)/python benchmarks/soak.py --pages 50000 --write benchmarks/RESULTS-soak.md

lint: $(VENV)/.installed  ## ruff: errors, warnings, import order
	$(BIN)/pip install -q -e '.[test,dev]'
	$(BIN)/python -m ruff check .

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm
