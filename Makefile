# The project's workflow. Every target creates .venv on first use (only the package index is needed).
#   make extract   corpus/ -> output/*.parquet (+ deal_events, facts.duckdb)   [CORPUS=dir OUTPUT=dir ARGS=...]
#   make test      unit, end-to-end and seed-evaluation tests
#   make eval      score the extraction on ../shared/seeds (or tests/gold)      [GOLD=file CORPUS_EVAL=dir]
#   make bench     words/s, articles/s and peak memory on a generated corpus  [N=articles]
#   make report    output/report.html from the output tables
#   make model     install de_core_news_lg (needs internet access to GitHub)

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus
OUTPUT ?= output
ARGS ?=
N ?= 2000
SEEDS := ../shared/seeds
GOLD ?= $(if $(wildcard $(SEEDS)/gold.jsonl),$(SEEDS)/gold.jsonl,tests/gold/gold.jsonl)
CORPUS_EVAL ?= $(if $(wildcard $(SEEDS)/gold.jsonl),$(SEEDS),tests/gold)
MODEL_URL := https://github.com/explosion/spacy-models/releases/download/de_core_news_lg-3.8.0/de_core_news_lg-3.8.0-py3-none-any.whl

.PHONY: extract test eval bench report model clean-output venv

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=python3.x (3.11 or newer)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	# german-nouns is a word list; its declared parser dependency pins lxml<5 and breaks trafilatura, so no deps.
	$(PY) -m pip install --quiet --no-deps 'german-nouns==1.2.5'
	touch $@

venv: $(VENV)/.installed

extract: $(VENV)/.installed
	$(PY) -m pipeline extract --corpus $(CORPUS) --output $(OUTPUT) $(ARGS)

test: $(VENV)/.installed
	$(PY) -m pytest -q $(ARGS)

eval: $(VENV)/.installed
	$(PY) -m pipeline evaluate --gold $(GOLD) --corpus $(CORPUS_EVAL) $(ARGS)

bench: $(VENV)/.installed
	$(PY) -m pipeline bench --articles $(N) --output $(OUTPUT) $(ARGS)

report: $(VENV)/.installed
	$(PY) -m pipeline report --output $(OUTPUT) $(ARGS)

model: $(VENV)/.installed
	$(PY) -m pip install $(MODEL_URL)

clean-output:
	rm -rf $(OUTPUT)/*.parquet $(OUTPUT)/facts.duckdb $(OUTPUT)/report.html $(OUTPUT)/.staging
