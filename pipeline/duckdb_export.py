"""``output/facts.duckdb``: every output table loaded into one self-contained DuckDB file, plus ready views.

Tables are copied in (not linked), so the file can be mailed or opened by a BI tool
without the Parquet files beside it. Table, column and view descriptions from
``pipeline.schema``/``pipeline.schema_analyst`` travel along as DuckDB comments.
The example queries in docs/ANALYSTS.md run against these views (tests/test_duckdb_export.py
runs them verbatim: keep both in sync).

>>> [v.name for v in VIEWS][:2]
['deals_with_parties', 'deal_event_parties']
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.consolidate import ensure_consolidated
from pipeline.schema import TABLES, Table
from pipeline.schema_analyst import ANALYST_TABLES, to_arrow

DATABASE_NAME = "facts.duckdb"


@dataclass(frozen=True)
class View:
    name: str
    description: str
    sql: str


VIEWS: tuple[View, ...] = (
    View(
        "deals_with_parties",
        "One row per deals row (one report in one article) with its parties per role, article and deal event.",
        """
        SELECT d.deal_id, d.article_id, a.title AS article_title, a.published_date, a.url AS article_url,
               d.type, d.target, d.amount, d.amount_low, d.amount_high, d.currency, d.qualifier,
               d.amount_usd, d.amount_eur, d.status, d.round, d.announced_date,
               string_agg(DISTINCT p.party, ', ') FILTER (WHERE p.role IN ('investor', 'lead_investor')) AS investors,
               string_agg(DISTINCT p.party, ', ') FILTER (WHERE p.role = 'lead_investor') AS lead_investors,
               string_agg(DISTINCT p.party, ', ') FILTER (WHERE p.role IN ('acquirer', 'bidder')) AS acquirers,
               string_agg(DISTINCT p.party, ', ') FILTER (WHERE p.role = 'seller') AS sellers,
               b.deal_event_id, d.evidence
        FROM deals d
        LEFT JOIN deal_parties p ON p.deal_id = d.deal_id
        LEFT JOIN articles a ON a.article_id = d.article_id
        LEFT JOIN deal_event_articles b ON b.deal_id = d.deal_id
        GROUP BY ALL
        """,
    ),
    View(
        "deal_event_parties",
        "One row per deal event, party and role, over all reports of the event.",
        """
        SELECT DISTINCT b.deal_event_id, p.party, p.role
        FROM deal_event_articles b
        JOIN deal_parties p ON p.deal_id = b.deal_id
        """,
    ),
    View(
        "deal_event_evidence",
        "One row per report of a deal event: the sentence stating it and the article it is in.",
        """
        SELECT b.deal_event_id, e.target, e.type, e.round, e.status AS event_status,
               b.deal_id, b.status AS reported_status, b.reported_date, b.amount, b.currency, b.evidence,
               b.article_id, a.title AS article_title, a.source AS article_source, a.url AS article_url,
               a.source_path
        FROM deal_event_articles b
        JOIN deal_events e ON e.deal_event_id = b.deal_event_id
        LEFT JOIN articles a ON a.article_id = b.article_id
        """,
    ),
    View(
        "investor_totals",
        "One row per investor: deal events taken part in (rejected bids and a company's programmes in itself"
        " left out) and the rounds' totals (the whole rounds, not the investor's share, which articles rarely state).",
        """
        WITH participation AS (
            SELECT deal_event_id, party AS investor, bool_or(role = 'lead_investor') AS is_lead
            FROM deal_event_parties
            WHERE role IN ('investor', 'lead_investor')
            GROUP BY ALL
        )
        SELECT investor,
               count(*) AS n_deal_events,
               count(*) FILTER (WHERE e.status = 'completed') AS n_completed,
               count(*) FILTER (WHERE is_lead) AS n_led,
               sum(e.amount_usd) AS rounds_total_usd,
               sum(e.amount_eur) AS rounds_total_eur,
               sum(e.amount_usd) FILTER (WHERE e.status = 'completed') AS completed_rounds_total_usd,
               min(coalesce(e.announced_date, e.first_reported_date)) AS first_deal_date,
               max(coalesce(e.announced_date, e.first_reported_date)) AS last_deal_date,
               string_agg(DISTINCT e.target, ', ') AS targets
        FROM participation
        JOIN deal_events e USING (deal_event_id)
        WHERE e.status <> 'rejected' AND investor <> e.target
        GROUP BY investor
        """,
    ),
    View(
        "funding_by_company",
        "One row per company and status: funding rounds and investments received (deal events).",
        """
        SELECT target AS company, status,
               count(*) AS n_deal_events,
               sum(amount_usd) AS amount_usd,
               sum(amount_eur) AS amount_eur,
               min(coalesce(announced_date, first_reported_date)) AS first_deal_date,
               max(coalesce(announced_date, first_reported_date)) AS last_deal_date
        FROM deal_events
        WHERE type IN ('funding_round', 'investment') AND target IS NOT NULL
        GROUP BY ALL
        """,
    ),
    View(
        "funding_by_month",
        "One row per month and status: funding rounds and investments (deal events) dated in that month"
        " (the stated day or month of the deal, else the month it was first reported).",
        """
        SELECT CAST(date_trunc('month', CASE WHEN date_precision IN ('day', 'week', 'month') THEN announced_date
                                             ELSE coalesce(first_reported_date, announced_date) END) AS DATE) AS funding_month,
               status,
               count(*) AS n_deal_events,
               sum(amount_usd) AS amount_usd,
               sum(amount_eur) AS amount_eur
        FROM deal_events
        WHERE type IN ('funding_round', 'investment') AND coalesce(announced_date, first_reported_date) IS NOT NULL
        GROUP BY ALL
        """,
    ),
    View(
        "valuations_over_time",
        "valuation_history with each company's previous valuation and the change factor against it.",
        """
        SELECT company, valuation_date, value, low, high, currency, qualifier, value_usd, value_eur,
               kind, status, n_articles,
               lag(value_usd) OVER w AS previous_value_usd,
               round(CAST(value_usd AS DOUBLE) / nullif(CAST(lag(value_usd) OVER w AS DOUBLE), 0), 2) AS change_factor,
               deal_event_id, article_ids, valuation_event_id
        FROM valuation_history
        WINDOW w AS (PARTITION BY company ORDER BY valuation_date, valuation_event_id)
        """,
    ),
)


def all_tables() -> dict[str, Table]:
    """The extraction tables and the analyst tables, by name."""
    return {**TABLES, **ANALYST_TABLES}


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def load_tables(con: duckdb.DuckDBPyConnection, output_dir: Path, *, copy: bool) -> None:
    """Create every declared table in ``con``: copied from (``copy``) or a view over its Parquet file.

    A table without a Parquet file is created empty with its declared columns, so the views always work.
    """
    for table in all_tables().values():
        path = output_dir / f"{table.name}.parquet"
        name = _quote_identifier(table.name)
        kind = "TABLE" if copy else "VIEW"
        if path.exists():
            con.execute(f"CREATE {kind} {name} AS SELECT * FROM read_parquet({_quote_literal(str(path.resolve()))})")
        else:
            con.register("_declared_empty", to_arrow(table, []))
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM _declared_empty")
            con.unregister("_declared_empty")
        if copy or not path.exists():
            _describe(con, table)


def _describe(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    name = _quote_identifier(table.name)
    con.execute(f"COMMENT ON TABLE {name} IS {_quote_literal(f'Grain: {table.grain}. {table.description}')}")
    for column in table.columns:
        con.execute(f"COMMENT ON COLUMN {name}.{_quote_identifier(column.name)} IS {_quote_literal(column.description)}")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for view in VIEWS:
        con.execute(f"CREATE VIEW {_quote_identifier(view.name)} AS {view.sql}")
        con.execute(f"COMMENT ON VIEW {_quote_identifier(view.name)} IS {_quote_literal(view.description)}")


def connect_output(output_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the tables as views over ``output_dir``'s Parquet files, and VIEWS."""
    output_dir = Path(output_dir)
    ensure_consolidated(output_dir)
    con = duckdb.connect()
    load_tables(con, output_dir, copy=False)
    create_views(con)
    return con


def export_duckdb(output_dir: Path) -> Path:
    """Write ``output_dir/facts.duckdb`` atomically (temp file in the same dir, then rename); return its path."""
    output_dir = Path(output_dir)
    ensure_consolidated(output_dir)
    target = output_dir / DATABASE_NAME
    temp = output_dir / f".{DATABASE_NAME}.{os.getpid()}.{uuid.uuid4().hex}.tmp"
    try:
        with duckdb.connect(str(temp)) as con:
            load_tables(con, output_dir, copy=True)
            create_views(con)
            con.execute("CHECKPOINT")
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}.wal").unlink(missing_ok=True)
    return target
