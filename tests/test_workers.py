"""Workers and windows of pipeline/runner.py: `--workers N` and every streaming mechanism give the tables of one worker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import runner
from pipeline.synthetic import write_corpus

REPO = Path(__file__).resolve().parent.parent
TABLE_NAMES = ["articles", "money", "dates", "parties", "valuations", "deals", "deal_parties", "errors"]
# A short article without any amount: at the end of a window it once made an incremental run
# drop the money rows of the next window.
NO_MONEY_TEXT = "date: 2024-02-06\n\nDie Hamburger Reederei Nordkurs hat einen neuen Vorstand berufen.\n"


def table_rows(output: Path, name: str) -> list[dict]:
    """All rows of a table; processed_at is when the run happened, so it is left out."""
    table = pq.read_table(output / f"{name}.parquet")
    keep = [c for c in table.column_names if c != "processed_at"]
    return table.select(keep).to_pylist()


def assert_same_tables(left: Path, right: Path) -> None:
    for name in TABLE_NAMES:
        assert table_rows(left, name) == table_rows(right, name), name


@pytest.fixture(autouse=True)
def fixed_version(monkeypatch):
    """Other files of the tree may change while a test runs; the version must not change between its runs."""
    monkeypatch.setattr(runner, "pipeline_version", lambda model: "test-version")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Generated articles, the sample corpus in every input format, and one unreadable file."""
    root = tmp_path_factory.mktemp("workers") / "corpus"
    write_corpus(root / "generated", 40, seed=7)
    shutil.copytree(REPO / "corpus", root / "sample")
    (root / "sample" / "kaputt.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return root


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("one-worker")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "pipeline_version", lambda model: "test-version")
        summary = runner.run_extract(corpus, output, model="none")
    assert summary.processed == 47 and summary.errors == 1
    return output


def test_workers_two_processes_write_the_tables_of_one(corpus, one_worker, tmp_path):
    summary = runner.run_extract(corpus, tmp_path, model="none", workers=2)
    assert summary.processed == 47
    assert_same_tables(one_worker, tmp_path)


@pytest.mark.parametrize("window", [1, 3], ids=["window-of-one", "window-of-three"])
def test_workers_small_windows_keep_corpus_order(corpus, one_worker, tmp_path, monkeypatch, window):
    monkeypatch.setattr(runner, "WINDOW", window)
    runner.run_extract(corpus, tmp_path, model="none", workers=2)
    assert_same_tables(one_worker, tmp_path)


def test_workers_pipeline_rebuilt_for_its_vocabulary_writes_the_same_tables(corpus, one_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "VOCAB_LIMIT", 1)  # a fresh pipeline after every window
    runner.run_extract(corpus, tmp_path, model="none")
    assert_same_tables(one_worker, tmp_path)


def test_workers_word_caches_emptied_at_every_word_write_the_same_tables(corpus, one_worker, tmp_path, monkeypatch):
    from pipeline import deal_cues, parties

    monkeypatch.setattr(deal_cues, "_MEMO_WORDS", 0)  # every cue set and word memo starts afresh at each new word
    monkeypatch.setattr(parties, "_WORDS_REMEMBERED", 1)
    monkeypatch.setattr(runner, "_NLP", {})  # a pipeline built with these bounds
    runner.run_extract(corpus, tmp_path, model="none")
    assert_same_tables(one_worker, tmp_path)


def test_workers_tables_flushed_in_small_row_groups_hold_the_same_rows(corpus, one_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "FLUSH_BYTES", 1)
    monkeypatch.setattr(runner, "WINDOW", 4)
    runner.run_extract(corpus, tmp_path, model="none")
    assert pq.ParquetFile(tmp_path / "articles.parquet").num_row_groups > 1
    assert_same_tables(one_worker, tmp_path)


@pytest.mark.parametrize("workers", [1, 2], ids=["one-worker", "two-workers"])
def test_workers_incremental_run_across_windows_equals_full_run(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(runner, "WINDOW", 1)  # windows close after 20 reused articles
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 30, seed=3)
    for index in range(18, 22):  # the first window of the rerun ends among them
        (corpus / "000" / f"artikel-{index:06d}.txt").write_text(NO_MONEY_TEXT, encoding="utf-8")
    incremental = tmp_path / "incremental"
    runner.run_extract(corpus, incremental, model="none", workers=workers)

    changed = corpus / "000" / "artikel-000029.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nZuletzt flossen weitere 5 Millionen Euro.\n", encoding="utf-8")
    (corpus / "000" / "artikel-000004.txt").unlink()
    summary = runner.run_extract(corpus, incremental, model="none", workers=workers)
    assert (summary.processed, summary.reused, summary.removed) == (1, 28, 1)

    full = tmp_path / "full"
    runner.run_extract(corpus, full, model="none", full=True)
    assert_same_tables(incremental, full)
    assert len(table_rows(full, "money")) > 100


def test_workers_nothing_to_do_loads_no_pipeline(corpus, one_worker, tmp_path, monkeypatch):
    shutil.copytree(one_worker, tmp_path / "output")
    monkeypatch.setattr(runner, "_NLP", {})
    summary = runner.run_extract(corpus, tmp_path / "output", model="none")
    assert summary.processed == 0 and not summary.changed
    assert runner._NLP == {}


@pytest.mark.parametrize(
    "previous_ids, reused, runs",
    [
        (["a", "a", "b", "c", "c", "d"], ["a", "b", "c", "d"], [(0, 6)]),  # everything reused: one run
        (["a", "a", "b", "c", "c", "d"], ["a", "b", "d"], [(0, 3), (5, 6)]),  # c changed or removed: two runs
        (["a", "b", "c"], ["b"], [(1, 2)]),
        (["a", "b", "b", "c"], ["a", "c"], [(0, 1), (3, 4)]),
    ],
    ids=["all-reused", "one-left-out", "only-the-middle", "middle-left-out"],
)
def test_workers_reused_rows_of_consecutive_articles_are_copied_as_one_run(tmp_path, previous_ids, reused, runs):
    """An incremental run copies long runs of unchanged rows, not one slice per article and table."""
    import pyarrow as pa

    from pipeline.schema import TABLES
    from pipeline.store import PreviousRows

    schema = TABLES["money"]
    pq.write_table(pa.table({"article_id": previous_ids, "row": list(range(len(previous_ids)))}), tmp_path / "money.parquet")
    order = {aid: position for position, aid in enumerate(dict.fromkeys(previous_ids))}
    cursor = PreviousRows(tmp_path, schema)
    feed = runner._TableFeed({"money": None})
    for article_id in reused:
        feed.add_previous("money", cursor.take(article_id, order))
    assert [(start, stop) for _, start, stop in feed.batches["money"]] == runs
    copied = runner._as_table([batch.slice(start, stop - start) for batch, start, stop in feed.batches["money"]])
    assert copied.column("article_id").to_pylist() == [aid for aid in previous_ids if aid in reused]
