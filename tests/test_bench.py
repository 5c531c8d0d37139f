"""`make bench` (pipeline/bench.py) and its generated corpus (pipeline/synthetic.py).

Correctness only: timings depend on the machine, so no test asserts a speed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.bench import STAGES, ratio_ceiling
from pipeline.synthetic import synthetic_article, write_corpus

REPO = Path(__file__).resolve().parent.parent

# What every generated article must contain for the benchmark to exercise each component.
MONEY = re.compile(r"\d[\d.,]* (?:Tausend |Millionen |Million |Mio\. |Mill\. |Milliarden |Milliarde |Mrd\. )?"
                   r"(?:Euro|€|EUR|Dollar|US-Dollar|\$|USD|Franken|Schweizer Franken|CHF|Pfund|britische Pfund)")
DATE = re.compile(r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Quartal|20\d\d)\b")


@pytest.mark.parametrize("index", [0, 1, 39, 1234], ids=["first", "second", "markdown", "later-folder"])
def test_bench_synthetic_article_depends_only_on_seed_and_index(index):
    article = synthetic_article(index, seed=5)
    assert article.text == synthetic_article(index, seed=5).text
    assert article.text != synthetic_article(index, seed=6).text
    assert article.relative_path.startswith(f"{index // 1000:03d}/artikel-{index:06d}.")


@pytest.mark.parametrize("index", range(0, 60, 7), ids=lambda i: f"article-{i}")
def test_bench_synthetic_article_has_money_and_dates(index):
    article = synthetic_article(index)
    assert MONEY.search(article.text.split("\n\n", 2)[1])  # in the lead paragraph
    assert DATE.search(article.text)
    assert 250 <= len(article.text.split()) <= 1200


def test_bench_synthetic_corpus_is_dense_in_amounts_like_business_news():
    amounts = [len(MONEY.findall(synthetic_article(index).text)) for index in range(100)]
    assert 6 <= sum(amounts) / len(amounts) <= 30


def test_bench_synthetic_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    write_corpus(tmp_path / "small", 5, seed=2)
    write_corpus(tmp_path / "large", 12, seed=2)
    small = sorted(p.relative_to(tmp_path / "small") for p in (tmp_path / "small").rglob("*.*"))
    assert len(small) == 5
    for path in small:
        assert (tmp_path / "small" / path).read_bytes() == (tmp_path / "large" / path).read_bytes()


@pytest.fixture(scope="module")
def bench_report(tmp_path_factory) -> dict:
    """`make bench` on 10 articles (memory compared between 1 and 10 articles)."""
    output = tmp_path_factory.mktemp("bench")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "bench", "--articles", "10", "--output", str(output), "--dateparser-articles", "2"],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ratio pipeline / tokenizer" in result.stdout
    return json.loads((output / "bench.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "key",
    ["tokenizer_words_per_s", "pipeline_words_per_s", "ratio_vs_tokenizer", "peak_rss_mb", "money_words_per_s",
     "dates_words_per_s", "dateparser_search_dates_words_per_s", "workers_2_speedup", "incremental_cost_pct"],
)
def test_bench_report_figures_are_positive(bench_report, key):
    assert bench_report[key] > 0


def test_bench_report_counts_the_generated_corpus(bench_report):
    assert bench_report["articles"] == 10
    assert bench_report["pipeline"]["processed"] == 10 and bench_report["pipeline"]["errors"] == 0
    assert bench_report["words"] == bench_report["stage_words"] > 10 * 250
    assert bench_report["ratio_vs_tokenizer"] == pytest.approx(
        bench_report["pipeline_words_per_s"] / bench_report["tokenizer_words_per_s"], abs=0.001
    )
    assert bench_report["pipeline"]["rows"]["money"] >= 30


def test_bench_report_has_every_stage(bench_report):
    assert set(STAGES) <= set(bench_report["stages"])
    for stage in bench_report["stages"].values():
        assert stage["seconds"] > 0 and stage["words_per_s"] > 0
    assert sum(s["share_pct"] for s in bench_report["stages"].values()) == pytest.approx(100, abs=0.5)


def test_bench_report_two_workers_write_the_same_rows(bench_report):
    assert bench_report["workers_2_identical_rows"] is True
    assert bench_report["workers_2"]["processed"] == 10


def test_bench_report_incremental_run_processes_only_the_new_article(bench_report):
    incremental = bench_report["incremental"]
    assert (incremental["processed"], incremental["reused"]) == (1, 10)


def test_bench_report_compares_memory_at_one_and_ten_times_the_articles(bench_report):
    memory = bench_report["memory"]
    assert (memory["articles_small"], memory["articles_large"]) == (1, 10)
    assert memory["rss_mb_small"] > 50 and memory["rss_mb_large"] > 50


def test_bench_report_samples_dateparser_on_the_same_texts(bench_report):
    dateparser = bench_report["dateparser"]
    assert dateparser["articles"] == 2 and dateparser["words"] > 500
    assert dateparser["search_dates_found"] > 0 and dateparser["newsfacts_dates_found"] > 0


def test_bench_report_splits_the_run_into_components_and_frame(bench_report):
    ceiling = bench_report["ratio_ceiling"]
    assert ceiling["components_seconds"] + ceiling["frame_seconds"] == pytest.approx(bench_report["pipeline"]["seconds"], abs=0.002)
    assert ceiling["components_seconds"] > 0


def _stages(**seconds: float) -> dict:
    return {name: {"seconds": value} for name, value in seconds.items()}


# 1,000,000 words; tokenizer 1,000,000 words/s; the 0.30 target means a run of 3.33 s
@pytest.mark.parametrize(
    "run, stages, ceiling, allowed, speedup",
    [
        # 2 s of frame: components 8 s -> 1.33 s, 6x faster
        (10.0, _stages(tokenizer=1.0, rows=1.0, newsfacts_money=4.0, newsfacts_deals=4.0), 0.5, 1.333, 6.0),
        # 4 s of frame: even free components leave the run at 0.25
        (10.0, _stages(tokenizer=1.0, parquet_writing=1.0, newsfacts_deals=6.0), 0.25, -0.667, None),
        # the frame the stage pass does not see (the runner's bookkeeping) counts as frame
        (5.0, _stages(tokenizer=1.0, newsfacts_dates=2.0), 0.3333, 0.333, 6.0),
    ],
    ids=["needs-6x", "out-of-reach", "bookkeeping-is-frame"],
)
def test_ratio_ceiling(run, stages, ceiling, allowed, speedup):
    report = {"words": 1_000_000, "tokenizer_words_per_s": 1_000_000.0, "pipeline": {"seconds": run}, "stages": stages}
    result = ratio_ceiling(report)
    assert result["ratio_without_components"] == pytest.approx(ceiling, abs=1e-3)
    assert result["components_seconds_at_target"] == pytest.approx(allowed, abs=1e-3)
    assert result["components_speedup_needed"] == (pytest.approx(speedup, abs=0.01) if speedup else None)
