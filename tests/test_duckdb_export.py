"""output/facts.duckdb: self-contained tables, ready views, and the docs' example queries verbatim."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import duckdb
import pyarrow.parquet as pq
import pytest

from fixtures_analyst.sample_output import write_sample_output
from pipeline.duckdb_export import VIEWS, all_tables, export_duckdb

DOCS = Path(__file__).resolve().parent.parent / "docs" / "ANALYSTS.md"
M = Decimal(1_000_000)


def example_queries() -> dict[str, str]:
    """The ```sql blocks of docs/ANALYSTS.md, keyed by their first comment line."""
    blocks = re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S)
    return {block.splitlines()[0].removeprefix("-- ").strip(): block for block in blocks}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with output/ holding the sample tables and facts.duckdb; the cwd for the queries."""
    write_sample_output(tmp_path / "output")
    export_duckdb(tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def con(project: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(project / "output" / "facts.duckdb"), read_only=True)
    yield connection
    connection.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def check_top_investors(result: list[dict[str, Any]]) -> None:
    assert result[0]["investor"] == "Polarstern Ventures"
    assert (result[0]["n_deal_events"], result[0]["n_led"]) == (2, 2)
    assert result[0]["rounds_total_usd"] == Decimal("167800000")  # Series B counted once, not per article
    assert {r["investor"] for r in result} == {"Polarstern Ventures", "Fjord Capital", "Hafenkapital"}


def check_raised_per_month(result: list[dict[str, Any]]) -> None:
    assert [(r["funding_month"], r["raised_eur"], r["n_deals"]) for r in result] == [
        (date(2025, 3, 1), 120 * M, 1),
        (date(2025, 4, 1), 35 * M, 1),
    ]


def check_valuation_over_time(result: list[dict[str, Any]]) -> None:
    assert [(r["valuation_date"], r["value"], r["status"]) for r in result] == [
        (date(2025, 3, 10), 800 * M, "completed"),
        (date(2025, 11, 20), 2000 * M, "rumored"),
    ]
    assert result[0]["change_factor"] is None and result[1]["change_factor"] == pytest.approx(2.49, abs=0.01)


def check_repeated_deals(result: list[dict[str, Any]]) -> None:
    assert [(r["target"], r["round"], r["n_articles"]) for r in result] == [("Nordlicht Robotics", "Series B", 4)]


def check_evidence_of_one_deal(result: list[dict[str, Any]]) -> None:
    assert [r["reported_status"] for r in result] == ["rumored", "completed", "completed", "completed", "completed"]
    assert "Insidern" in result[0]["evidence"] and result[0]["article_title"].startswith("Nordlicht Robotics verhandelt")


def check_investors_per_company(result: list[dict[str, Any]]) -> None:
    pairs = [(r["target"], r["investor"], r["role"]) for r in result]
    assert pairs == [
        ("Kieler Quantenwerk", "Polarstern Ventures", "lead_investor"),
        ("Nordlicht Robotics", "Fjord Capital", "investor"),
        ("Nordlicht Robotics", "Hafenkapital", "investor"),
        ("Nordlicht Robotics", "Polarstern Ventures", "lead_investor"),
    ]


def check_takeovers_from_parquet(result: list[dict[str, Any]]) -> None:
    assert [(r["target"], r["acquirers"], r["status"]) for r in result] == [("Sonnenfeld Solar", "Alpenstrom", "planned")]


EXPECTATIONS: dict[str, Callable[[list[dict[str, Any]]], None]] = {
    "Which investors took part in the most deals?": check_top_investors,
    "How much money did companies raise per month (completed rounds, in EUR)?": check_raised_per_month,
    "How did one company's valuation change over time?": check_valuation_over_time,
    "Which deals were reported by more than one article, and by how many?": check_repeated_deals,
    "What did each article say about one deal?": check_evidence_of_one_deal,
    "Who invested in which company (one row per deal event and investor)?": check_investors_per_company,
    "Takeovers straight from the Parquet files": check_takeovers_from_parquet,
}


def test_duckdb_export_docs_have_the_tested_queries() -> None:
    assert set(example_queries()) == set(EXPECTATIONS)


@pytest.mark.parametrize("question", list(EXPECTATIONS))
def test_duckdb_export_docs_query_answers(question: str, con: duckdb.DuckDBPyConnection) -> None:
    query = example_queries().get(question)
    if query is None:
        pytest.fail(f"docs/ANALYSTS.md lost the example query {question!r}")
    EXPECTATIONS[question](rows(con, query))


def test_duckdb_export_is_self_contained(project: Path) -> None:
    database = project / "output" / "facts.duckdb"
    moved = project / "elsewhere.duckdb"
    database.rename(moved)
    for parquet in (project / "output").glob("*.parquet"):
        parquet.unlink()
    with duckdb.connect(str(moved), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM deals").fetchone() == (8,)
        assert con.execute("SELECT count(*) FROM deal_events").fetchone() == (4,)


def test_duckdb_export_loads_every_table_as_a_table(con: duckdb.DuckDBPyConnection) -> None:
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert tables == set(all_tables())
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert views == {v.name for v in VIEWS}


def test_duckdb_export_keeps_types_and_descriptions(con: duckdb.DuckDBPyConnection) -> None:
    column = con.execute(
        "SELECT data_type, comment FROM duckdb_columns() WHERE table_name = 'deal_events' AND column_name = 'amount'"
    ).fetchone()
    assert column[0] == "DECIMAL(38,4)" and "Best reported amount" in column[1]
    comment = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'deal_events'").fetchone()[0]
    assert comment.startswith("Grain: one row per real-world deal")


@pytest.mark.parametrize("view", [v.name for v in VIEWS])
def test_duckdb_export_views_answer_on_empty_output(view: str, tmp_path: Path) -> None:
    # a corpus without deals (or an output dir missing tables) still gives a working database
    path = export_duckdb(tmp_path)
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute(f"SELECT count(*) FROM {view}").fetchone() == (0,)


def test_duckdb_export_replaces_atomically(project: Path) -> None:
    output = project / "output"
    first_inode = (output / "facts.duckdb").stat().st_ino
    with duckdb.connect(str(output / "facts.duckdb"), read_only=True):
        export_duckdb(output)  # a reader holding the old file does not block or see a half-written one
    assert (output / "facts.duckdb").stat().st_ino != first_inode
    assert not [p.name for p in output.iterdir() if p.name.startswith(".")]


def test_duckdb_export_reconsolidates_when_deals_change(project: Path) -> None:
    output = project / "output"
    deals = pq.read_table(output / "deals.parquet")
    pq.write_table(deals.slice(0, 1), output / "deals.parquet")  # newer than deal_events.parquet
    with duckdb.connect(str(export_duckdb(output)), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM deal_events").fetchone() == (1,)


MONTH_CASES = [
    ("stated day", date(2025, 3, 10), "day", date(2025, 3, 1)),
    ("stated month", date(2025, 2, 1), "month", date(2025, 2, 1)),
    ("only a year stated: month first reported", date(2019, 1, 1), "year", date(2025, 5, 1)),
    ("date of publication", date(2025, 5, 20), "published", date(2025, 5, 1)),
]


@pytest.mark.parametrize(
    "announced,precision,month", [c[1:] for c in MONTH_CASES], ids=[c[0] for c in MONTH_CASES]
)
def test_duckdb_export_funding_month(tmp_path: Path, announced: date, precision: str, month: date) -> None:
    # "Seit 2019 hat X 3 Mrd. investiert" must not put a bar in 2019 of the monthly chart
    from fixtures_analyst.sample_output import article_rows, deal_rows
    from pipeline.schema import ARTICLES, DEALS, to_arrow

    output = tmp_path / "output"
    output.mkdir()
    article = dict(article_rows()[0], published_date=date(2025, 5, 20))
    deal = dict(deal_rows()[1], announced_date=announced, date_precision=precision)
    pq.write_table(to_arrow(ARTICLES, [article]), output / "articles.parquet")
    pq.write_table(to_arrow(DEALS, [dict(deal, article_id=article["article_id"])]), output / "deals.parquet")
    with duckdb.connect(str(export_duckdb(output)), read_only=True) as con:
        assert con.execute("SELECT funding_month FROM funding_by_month").fetchall() == [(month,)]
