"""One extract run at a time per output folder: a second run waits (--wait) or stops with exit status 4.

The concurrency cases use real processes: an extract run is held inside its commit
(``NEWSFACTS_PAUSE_AT``, see pipeline/store.py) while other runs start on the same output.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.runner import EXIT_BUSY, EXIT_OK, run_extract
from pipeline.schema import TABLES
from pipeline.store import LOCK_FILE, STAGING, OutputBusy, OutputLock
from pipeline.synthetic import write_corpus

REPO = Path(__file__).resolve().parent.parent
RUN_COLUMNS = ("processed_at", "pipeline_version")
PAUSE_SECONDS = 8  # how long the first run holds the lock inside its commit


def rows(output: Path) -> dict[str, list[str]]:
    out = {}
    for name in TABLES:
        table = pq.read_table(output / f"{name}.parquet")
        table = table.drop_columns([c for c in RUN_COLUMNS if c in table.column_names])
        out[name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in table.to_pylist())
    return out


def extract(corpus: Path, output: Path, *extra: str, pause_at: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    if pause_at:
        env["NEWSFACTS_PAUSE_AT"] = pause_at
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--output", str(output), "--model", "none",
         "--no-analyst-tables", *extra],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


# ---------------------------------------------------------------- the lock itself (one process)


def test_lock_second_holder_is_refused_with_a_clear_message(tmp_path):
    with OutputLock(tmp_path):
        with pytest.raises(OutputBusy, match=r"another extract run is writing to .*--wait"):
            with OutputLock(tmp_path):
                pass
    with OutputLock(tmp_path):  # released on exit
        assert (tmp_path / LOCK_FILE).read_text().strip() == str(os.getpid())


def test_lock_waits_up_to_the_given_time(tmp_path):
    with OutputLock(tmp_path):
        started = time.monotonic()
        with pytest.raises(OutputBusy):
            with OutputLock(tmp_path, wait_seconds=0.6):
                pass
        assert 0.6 <= time.monotonic() - started < 3


def test_lock_run_extract_on_a_held_output_writes_nothing(tmp_path):
    write_corpus(tmp_path / "corpus", 2, seed=4)
    with OutputLock(tmp_path / "output"):
        with pytest.raises(OutputBusy):
            run_extract(tmp_path / "corpus", tmp_path / "output", model="none")
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == [LOCK_FILE]


# ---------------------------------------------------------------- real processes


@pytest.fixture(scope="module")
def corpus_and_clean_rows(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("lock")
    write_corpus(root / "corpus", 8, seed=4)
    run_extract(root / "corpus", root / "clean", model="none")
    return root / "corpus", rows(root / "clean")


@pytest.mark.slow
def test_lock_second_extract_stops_or_waits_and_never_interleaves(tmp_path, corpus_and_clean_rows):
    corpus, clean = corpus_and_clean_rows
    output = tmp_path / "output"
    first = extract(corpus, output, pause_at=f"before_commit_marker:{PAUSE_SECONDS}")
    # The first run is inside its commit once every staged table is complete.
    wait_until(lambda: (output / STAGING / "errors.parquet").exists() or first.poll() is not None, 300, "the first run to stage its tables")
    assert first.poll() is None, first.stderr.read()[-2000:]
    staged = sorted(p.name for p in (output / STAGING).iterdir())

    refused = extract(corpus, output)
    waiting = extract(corpus, output, "--wait", "300")
    _, refused_err = refused.communicate(timeout=300)
    assert refused.returncode == EXIT_BUSY
    assert "another extract run is writing to" in refused_err and "--wait" in refused_err
    assert first.poll() is None, "the first run ended before the second one was refused: pause too short for this machine"
    assert waiting.poll() is None, "a run with --wait must wait for the lock"
    assert sorted(p.name for p in (output / STAGING).iterdir()) == staged, "a waiting or refused run touched the staged tables"

    first_out, first_err = first.communicate(timeout=300)
    assert first.returncode == EXIT_OK, first_err[-2000:]
    assert "8 processed" in first_out
    waiting_out, waiting_err = waiting.communicate(timeout=300)
    assert waiting.returncode == EXIT_OK, waiting_err[-2000:]
    assert rows(output) == clean
    assert not (output / STAGING).exists()


@pytest.mark.slow
def test_lock_of_a_killed_holder_is_released(tmp_path, corpus_and_clean_rows):
    corpus, clean = corpus_and_clean_rows
    output = tmp_path / "output"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pipeline.store import OutputLock\n"
         f"with OutputLock(__import__('pathlib').Path({str(output)!r})):\n    print('locked', flush=True); sys.stdin.read()"],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputBusy):
            run_extract(corpus, output, model="none")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=60)
    summary = run_extract(corpus, output, model="none")
    assert summary.exit_status == EXIT_OK
    assert rows(output) == clean
