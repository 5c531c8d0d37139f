"""The Dask engine of pipeline/distributed.py: same tables as the local engine, pipeline loaded once per worker.

Each test is bounded in time (a subprocess timeout, or an alarm around an in-process cluster)
and shuts its cluster down, also when it fails.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import runner
from pipeline.corpus import Article
from pipeline.synthetic import write_corpus

REPO = Path(__file__).resolve().parent.parent
TABLE_NAMES = ["articles", "money", "dates", "parties", "valuations", "deals", "deal_parties", "errors"]
SECONDS = 240


def table_rows(output: Path, name: str) -> list[dict]:
    table = pq.read_table(output / f"{name}.parquet")
    keep = [c for c in table.column_names if c != "processed_at"]
    return table.select(keep).to_pylist()


def extract(corpus: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--output", str(output), "--model", "none",
         "--no-analyst-tables", "--no-progress", *extra],
        cwd=REPO, capture_output=True, text=True, timeout=SECONDS,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dask") / "corpus"
    write_corpus(root, 12, seed=11)
    (root / "leer.txt").write_text("   \n", encoding="utf-8")  # an input error travels back too
    return root


@pytest.fixture(scope="module")
def local_output(corpus, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("local")
    result = extract(corpus, output)
    assert result.returncode == 3, result.stderr  # the empty file is reported, the rest processed
    return output


@pytest.fixture()
def alarm():
    """Fail instead of hanging when a cluster does not answer."""

    def expired(signum, frame):
        raise TimeoutError(f"the Dask test took longer than {SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_distributed_local_cluster_from_the_command_line_writes_the_local_tables(corpus, local_output, tmp_path):
    result = extract(corpus, tmp_path, "--engine", "dask", "--workers", "2")
    assert result.returncode == 3, result.stderr
    assert "12 processed" in result.stdout
    for name in TABLE_NAMES:
        assert table_rows(local_output, name) == table_rows(tmp_path, name), name


def test_distributed_scheduler_address_writes_the_local_tables(corpus, local_output, tmp_path, alarm, monkeypatch):
    from distributed import LocalCluster

    from pipeline.distributed import dask_engine

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.setattr(runner, "WINDOW", 5)  # several windows in flight, and their order kept
        summary = runner.run_extract(corpus, tmp_path, model="none", engine=dask_engine("none", cluster.scheduler_address))
    assert summary.processed == 12
    for name in TABLE_NAMES:
        assert table_rows(local_output, name) == table_rows(tmp_path, name), name


def test_distributed_worker_with_other_code_refuses_to_work():
    from pipeline.distributed import VersionMismatch, process_window

    article = Article("a.txt", "Die Firma sammelte 5 Millionen Euro ein.", "hash")
    with pytest.raises(VersionMismatch, match="same newsfacts-pipeline checkout"):
        process_window([article], "none", "0.0.0+another-version")
