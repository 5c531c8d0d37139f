"""End to end through the same entry point as `make extract`: files in, eight typed tables out."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.schema import TABLES

REPO = Path(__file__).resolve().parent.parent
CORE_TABLES = ["articles", "money", "dates", "parties", "valuations", "deals", "deal_parties", "errors"]


def extract(corpus: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--output", str(output), "--model", "none", *extra],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )


def table_rows(output: Path, name: str, drop: tuple[str, ...] = ("processed_at",)) -> list[dict]:
    table = pq.read_table(output / f"{name}.parquet")
    keep = [c for c in table.column_names if c not in drop]
    return table.select(keep).to_pylist()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", target)
    return target


@pytest.fixture()
def extracted(corpus: Path, tmp_path: Path) -> Path:
    output = tmp_path / "output"
    result = extract(corpus, output)
    assert result.returncode == 0, result.stderr
    return output


def test_end_to_end_writes_every_table_with_its_declared_schema(extracted):
    for name in CORE_TABLES:
        schema = pq.read_schema(extracted / f"{name}.parquet")
        declared = TABLES[name].arrow_schema
        assert schema.names == declared.names, name
        assert [f.type for f in schema] == [f.type for f in declared], name


def test_end_to_end_sample_corpus_yields_facts(extracted):
    articles = table_rows(extracted, "articles")
    assert len(articles) == 7
    assert all(a["text"] and a["n_words"] > 20 for a in articles)
    # offsets refer to the stored cleaned text
    texts = {a["article_id"]: a["text"] for a in articles}
    for name in ("money", "dates", "parties"):
        rows = table_rows(extracted, name)
        assert rows, f"no {name} rows from the sample corpus"
        for row in rows:
            assert texts[row["article_id"]][row["start_char"] : row["end_char"]] == row["text"]
    deals = table_rows(extracted, "deals")
    assert {d["type"] for d in deals} >= {"funding_round", "acquisition"}
    assert not table_rows(extracted, "errors")


def test_end_to_end_boilerplate_is_removed_before_extraction(extracted):
    fintech = next(a for a in table_rows(extracted, "articles") if a["source_path"].endswith("serie-b.txt"))
    assert "WiWo+" not in fintech["text"] and "Foto:" not in fintech["text"]
    assert fintech["published_date"].isoformat() == "2025-03-18"
    assert fintech["published_source"] == "header"


def test_end_to_end_rerun_without_changes_is_a_noop(corpus, extracted):
    before = {name: (extracted / f"{name}.parquet").read_bytes() for name in CORE_TABLES}
    result = extract(corpus, extracted)
    assert result.returncode == 0, result.stderr
    assert "nothing changed" in result.stdout
    after = {name: (extracted / f"{name}.parquet").read_bytes() for name in CORE_TABLES}
    assert before == after


def test_end_to_end_incremental_run_equals_full_run(corpus, extracted, tmp_path):
    (corpus / "2025" / "zuercher-medtech.txt").unlink()
    changed = corpus / "feeds" / "sammelmeldung.json"
    changed.write_text(changed.read_text(encoding="utf-8").replace("150 Mio. Euro", "175 Mio. Euro"), encoding="utf-8")
    (corpus / "neu.txt").write_text(
        "date: 2025-12-01\nDas Kölner Start-up Datapilot hat 12 Millionen Euro von Investoren eingesammelt.\n", encoding="utf-8"
    )
    result = extract(corpus, extracted)
    assert result.returncode == 0, result.stderr
    assert "2 processed" in result.stdout and "1 removed" in result.stdout

    clean = tmp_path / "clean"
    assert extract(corpus, clean).returncode == 0
    for name in CORE_TABLES:
        assert table_rows(extracted, name) == table_rows(clean, name), name
    assert any(m["text"] == "175 Mio. Euro" for m in table_rows(extracted, "money"))


def test_end_to_end_full_flag_reprocesses_everything(corpus, extracted):
    result = extract(corpus, extracted, "--full")
    assert result.returncode == 0
    assert "7 processed" in result.stdout


def test_end_to_end_make_extract_accepts_corpus_and_output(corpus, tmp_path):
    output = tmp_path / "made"
    result = subprocess.run(
        ["make", "--no-print-directory", "extract", f"CORPUS={corpus}", f"OUTPUT={output}", "ARGS=--model none --no-progress"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (output / "deals.parquet").exists()
    assert "articles.parquet" in result.stdout
    # the summary names the analyst tables too, with the row counts of the files written
    events = pq.read_metadata(output / "deal_events.parquet").num_rows
    assert re.search(rf"deal_events\.parquet +{events} rows", result.stdout), result.stdout
    assert "facts.duckdb" in result.stdout
    # every output file is as readable as the fact tables (no 0600 left over from temporary files)
    mode = (output / "articles.parquet").stat().st_mode
    assert {f.name: f.stat().st_mode for f in output.glob("*.parquet")} == {f.name: mode for f in output.glob("*.parquet")}
    assert (output / "facts.duckdb").stat().st_mode == mode
