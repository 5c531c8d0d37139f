"""Killing `make extract` at any moment leaves the previous tables whole; the next run equals a clean run.

A real ``python -m pipeline extract`` is killed, at deterministic points of the commit protocol
(``NEWSFACTS_CRASH_AT``, see pipeline/store.py) and with SIGKILL after random delays. Then:
every table in the output is readable and is either the previous run's or the new run's
(whole files, never a mix inside one); before the COMMIT marker nothing changed at all; and
the next run produces exactly the rows of a clean run (all rows, sorted, without processed_at
and pipeline_version: both describe the run, not the data, and the version changes whenever
a file of the working tree does).

Each killed run is a separate ``python -m pipeline extract`` (a few seconds each, for the
imports), so the cases run in parallel and are kept few: three commit-protocol points, two
random kills and a kill during the roll-forward of a kill.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main as cli_main
from pipeline.runner import run_extract
from pipeline.schema import TABLES
from pipeline.store import STAGING
from pipeline.synthetic import synthetic_article, write_corpus

REPO = Path(__file__).resolve().parent.parent
ARTICLES = 20
CORE_TABLES = list(TABLES)
RUN_COLUMNS = ("processed_at", "pipeline_version")
# Points before the COMMIT marker: the previous tables must be untouched, byte for byte.
BEFORE_COMMIT = ["mid_write"]
AFTER_COMMIT = ["after_commit_marker", "mid_move"]
RANDOM_KILLS = 2

pytestmark = pytest.mark.slow


def make_corpora(root: Path) -> tuple[Path, Path]:
    """v1: generated articles; v2: one changed, one removed, one added, a JSON Lines feed and a bad file."""
    v1, v2 = root / "v1", root / "v2"
    write_corpus(v1, ARTICLES, seed=9)
    shutil.copytree(v1, v2)
    changed = v2 / synthetic_article(5, seed=9).relative_path
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDer Umsatz stieg zuletzt auf 48 Mio. Euro.\n", encoding="utf-8")
    (v2 / synthetic_article(10, seed=9).relative_path).unlink()
    write_corpus(v2, 1, seed=9, start=ARTICLES)
    feed = [{"text": synthetic_article(ARTICLES + i, seed=9).text, "published": "2025-05-0%d" % (i + 1)} for i in (1, 2)]
    (v2 / "feed.jsonl").write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in feed) + "\n{kaputt\n", encoding="utf-8")
    (v2 / "leer.txt").write_bytes(b"")
    return v1, v2


def rows(output: Path) -> dict[str, list[str]]:
    """Every table as sorted JSON rows without processed_at: the comparable content of an output."""
    out = {}
    for name in CORE_TABLES:
        table = pq.read_table(output / f"{name}.parquet")
        table = table.drop_columns([c for c in RUN_COLUMNS if c in table.column_names])
        out[name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in table.to_pylist())
    return out


def file_digests(output: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(output.glob("*.parquet"))}


def extract_command(corpus: Path, output: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--output", str(output), "--model", "none", "--no-analyst-tables"]


def start(corpus: Path, output: Path, crash_at: str | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("NEWSFACTS_CRASH_AT", None)
    if crash_at:
        env["NEWSFACTS_CRASH_AT"] = crash_at
    return subprocess.Popen(extract_command(corpus, output), cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    """Corpora, clean outputs of v1 and v2, and the outputs of every killed run (run in parallel)."""
    root = tmp_path_factory.mktemp("crash")
    v1, v2 = make_corpora(root)
    clean_v1, clean_v2 = root / "clean_v1", root / "clean_v2"
    assert cli_main(["extract", "--corpus", str(v1), "--output", str(clean_v1), "--model", "none", "--no-progress"]) == 0
    run_extract(v2, clean_v2, model="none")

    def fresh(name: str) -> Path:
        output = root / name
        shutil.copytree(clean_v1, output)
        return output

    # Wave 1: every deterministic crash point; the time to the last one measures a whole run.
    outputs = {point: fresh(point) for point in BEFORE_COMMIT + AFTER_COMMIT}
    before = {point: file_digests(output) for point, output in outputs.items()}
    started = time.perf_counter()
    procs = {point: start(v2, output, point) for point, output in outputs.items()}
    results = {point: (proc.wait(timeout=600), proc.stderr.read()) for point, proc in procs.items()}
    duration = time.perf_counter() - started
    shutil.copytree(outputs["after_commit_marker"], root / "after_commit_marker_cli")

    # Wave 2: SIGKILL after random delays (seeded; late in the run, where writing happens), and a
    # second crash while the next run rolls the mid_move crash forward.
    rng = random.Random(20251123)
    delays = sorted(round(duration * rng.uniform(0.5, 1.0), 2) for _ in range(RANDOM_KILLS))
    kills = {}
    for delay in delays:
        output = fresh(f"kill_after_{delay}s")
        before[f"kill_after_{delay}s"] = file_digests(output)
        kills[f"kill_after_{delay}s"] = (start(v2, output), time.perf_counter() + delay, output)
    twice = root / "mid_move_twice"
    shutil.copytree(outputs["mid_move"], twice)
    second = start(v2, twice, "mid_move")
    for name, (proc, deadline, output) in kills.items():
        time.sleep(max(0.0, deadline - time.perf_counter()))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        results[name] = (proc.wait(timeout=600), proc.stderr.read())
        outputs[name] = output
    results["mid_move_twice"] = (second.wait(timeout=600), second.stderr.read())
    outputs["mid_move_twice"] = twice
    return {
        "v2": v2, "clean_v1": rows(clean_v1), "clean_v2": rows(clean_v2), "outputs": outputs,
        "results": results, "before": before, "after_commit_marker_cli": root / "after_commit_marker_cli",
    }


def assert_whole_tables_of_either_run(world: dict, output: Path) -> None:
    current = rows(output)  # raises when a table is unreadable
    for name in CORE_TABLES:
        assert current[name] in (world["clean_v1"][name], world["clean_v2"][name]), f"{name} is neither the old nor the new table"


def assert_next_run_equals_clean_run(world: dict, output: Path) -> None:
    summary = run_extract(world["v2"], output, model="none")  # wait 0: the killed run's lock is gone
    assert summary.exit_status == 3
    assert rows(output) == world["clean_v2"]
    assert not (output / STAGING).exists()


def test_crash_safety_versions_differ(world):
    assert world["clean_v1"] != world["clean_v2"], "v2 must differ from v1 for the crash tests to mean anything"


@pytest.mark.parametrize("point", BEFORE_COMMIT)
def test_crash_safety_kill_before_commit_leaves_previous_tables_untouched(world, point):
    status, stderr = world["results"][point]
    assert status == 137, stderr[-2000:]
    output = world["outputs"][point]
    assert file_digests(output) == world["before"][point]
    assert rows(output) == world["clean_v1"]
    assert_next_run_equals_clean_run(world, output)


@pytest.mark.parametrize("point", AFTER_COMMIT)
def test_crash_safety_kill_after_commit_marker_is_rolled_forward(world, point):
    status, stderr = world["results"][point]
    assert status == 137, stderr[-2000:]
    output = world["outputs"][point]
    assert_whole_tables_of_either_run(world, output)
    assert (output / STAGING / "COMMIT").exists()
    assert_next_run_equals_clean_run(world, output)


def test_crash_safety_analyst_tables_follow_a_rolled_forward_commit(world):
    # The make extract entry point rebuilds deal_events and facts.duckdb only when the run changed
    # the tables; a roll-forward of a killed run's commit counts as a change.
    import duckdb

    output = world["after_commit_marker_cli"]
    assert cli_main(["extract", "--corpus", str(world["v2"]), "--output", str(output), "--model", "none", "--no-progress"]) == 3
    assert rows(output) == world["clean_v2"]
    expected = sorted(pq.read_table(output / "articles.parquet", columns=["article_id", "content_hash"]).to_pylist(), key=str)
    with duckdb.connect(str(output / "facts.duckdb"), read_only=True) as con:
        stored = [dict(zip(("article_id", "content_hash"), r)) for r in con.execute("SELECT article_id, content_hash FROM articles").fetchall()]
    assert sorted(stored, key=str) == expected


def test_crash_safety_kill_during_roll_forward_is_rolled_forward_again(world):
    status, stderr = world["results"]["mid_move_twice"]
    assert status == 137, stderr[-2000:]
    output = world["outputs"]["mid_move_twice"]
    assert_whole_tables_of_either_run(world, output)
    assert_next_run_equals_clean_run(world, output)


@pytest.mark.parametrize("index", range(RANDOM_KILLS))
def test_crash_safety_sigkill_at_a_random_moment(world, index):
    name = sorted(n for n in world["results"] if n.startswith("kill_after_"))[index]
    status, stderr = world["results"][name]
    assert status in (-signal.SIGKILL, 3), stderr[-2000:]  # 3: the run had finished before the kill
    output = world["outputs"][name]
    assert_whole_tables_of_either_run(world, output)
    if file_digests(output) != world["before"][name]:
        assert status == 3 or (output / STAGING / "COMMIT").exists() or rows(output) == world["clean_v2"]
    assert_next_run_equals_clean_run(world, output)
