"""A small extraction output, written by hand, in which one funding round is reported several ways.

Fictional companies. Nordlicht Robotics' Series B is reported as a rumour (a1), as a
completed round twice in one article (a2), as a dollar "investment" (a3) and in
passing months later (a6), which also announces a different round (Series C).
Kieler Quantenwerk and Sonnenfeld Solar are unrelated deals. Written as rows of the
tables in ``pipeline.schema`` so the analyst stage is tested without the extractors.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.schema import ARTICLES, DEAL_PARTIES, DEALS, VALUATIONS, to_arrow

M = Decimal(1_000_000)

ARTICLE_ROWS: list[dict[str, Any]] = [
    {"article_id": "a1", "title": "Nordlicht Robotics verhandelt über frisches Kapital", "published_date": date(2025, 3, 3),
     "source": "Handelsblatt Test", "url": "https://example.org/a1"},
    {"article_id": "a2", "title": "Nordlicht Robotics sammelt 120 Millionen Euro ein", "published_date": date(2025, 3, 10),
     "source": "Gründerszene Test", "url": "https://example.org/a2"},
    {"article_id": "a3", "title": "Hamburger Roboterbauer holt 130 Millionen Dollar", "published_date": date(2025, 3, 11)},
    {"article_id": "a4", "title": "Kieler Quantenwerk schließt Serie A ab", "published_date": date(2025, 4, 2)},
    {"article_id": "a5", "title": "Alpenstrom will Sonnenfeld Solar übernehmen", "published_date": date(2025, 6, 15)},
    {"article_id": "a6", "title": "Nordlicht Robotics plant die nächste Runde", "published_date": date(2025, 11, 20)},
]

DEAL_ROWS: list[dict[str, Any]] = [
    {"deal_id": "a1-d1", "article_id": "a1", "type": "funding_round", "target": "Nordlicht Robotics",
     "amount": 120 * M, "currency": "EUR", "qualifier": "approx", "amount_usd": 130 * M, "amount_eur": 120 * M,
     "status": "rumored", "announced_date": date(2025, 3, 3), "date_precision": "published",
     "evidence": "Nordlicht Robotics verhandelt Insidern zufolge über eine Finanzierung von rund 120 Millionen Euro."},
    {"deal_id": "a2-d1", "article_id": "a2", "type": "funding_round", "target": "Nordlicht Robotics",
     "amount": 120 * M, "currency": "EUR", "amount_usd": 130 * M, "amount_eur": 120 * M, "round": "Series B",
     "status": "completed", "announced_date": date(2025, 3, 10), "date_precision": "day",
     "evidence": "Der Hamburger Roboterbauer hat in einer Serie-B-Runde 120 Millionen Euro eingesammelt."},
    {"deal_id": "a2-d2", "article_id": "a2", "type": "funding_round", "target": "Nordlicht Robotics",
     "amount": 120 * M, "currency": "EUR", "amount_usd": 130 * M, "amount_eur": 120 * M,
     "status": "completed", "announced_date": date(2025, 3, 10), "date_precision": "published",
     "evidence": "Angeführt wird die Runde über 120 Mio. Euro von Polarstern Ventures."},
    {"deal_id": "a3-d1", "article_id": "a3", "type": "investment", "target": "Nordlicht Robotics",
     "amount": 130 * M, "currency": "USD", "amount_usd": 130 * M, "amount_eur": Decimal("120400000"),
     "status": "completed", "announced_date": date(2025, 3, 11), "date_precision": "published",
     "evidence": "Fjord Capital investiert gemeinsam mit weiteren Geldgebern 130 Millionen Dollar in Nordlicht Robotics."},
    {"deal_id": "a4-d1", "article_id": "a4", "type": "funding_round", "target": "Kieler Quantenwerk",
     "amount": 35 * M, "currency": "EUR", "amount_usd": Decimal("37800000"), "amount_eur": 35 * M, "round": "Series A",
     "status": "completed", "announced_date": date(2025, 4, 2), "date_precision": "published",
     "evidence": "Kieler Quantenwerk hat eine Serie-A-Finanzierung über 35 Mio. Euro abgeschlossen."},
    {"deal_id": "a5-d1", "article_id": "a5", "type": "acquisition", "target": "Sonnenfeld Solar",
     "amount": Decimal("1200") * M, "currency": "EUR", "amount_usd": Decimal("1296") * M, "amount_eur": Decimal("1200") * M,
     "status": "planned", "announced_date": date(2025, 6, 15), "date_precision": "published",
     "evidence": "Alpenstrom will den Solarpionier Sonnenfeld Solar für 1,2 Mrd. Euro übernehmen."},
    {"deal_id": "a6-d1", "article_id": "a6", "type": "funding_round", "target": "Nordlicht Robotics",
     "amount": 300 * M, "currency": "EUR", "qualifier": "up_to", "amount_usd": 324 * M, "amount_eur": 300 * M,
     "round": "Series C", "status": "planned", "announced_date": date(2025, 11, 20), "date_precision": "published",
     "evidence": "Für die Serie C will Nordlicht Robotics bis zu 300 Millionen Euro aufnehmen."},
    {"deal_id": "a6-d2", "article_id": "a6", "type": "funding_round", "target": "Nordlicht Robotics",
     "amount": 120 * M, "currency": "EUR", "amount_usd": 130 * M, "amount_eur": 120 * M,
     "status": "completed", "announced_date": date(2025, 3, 1), "date_precision": "month",
     "evidence": "Erst im März hatte das Unternehmen 120 Millionen Euro eingesammelt."},
]

DEAL_PARTY_ROWS: list[dict[str, Any]] = [
    {"deal_id": "a2-d1", "article_id": "a2", "party": "Polarstern Ventures", "role": "lead_investor"},
    {"deal_id": "a2-d1", "article_id": "a2", "party": "Fjord Capital", "role": "investor"},
    {"deal_id": "a2-d2", "article_id": "a2", "party": "Polarstern Ventures", "role": "lead_investor"},
    {"deal_id": "a3-d1", "article_id": "a3", "party": "Fjord Capital", "role": "investor"},
    {"deal_id": "a3-d1", "article_id": "a3", "party": "Hafenkapital", "role": "investor"},
    {"deal_id": "a4-d1", "article_id": "a4", "party": "Polarstern Ventures", "role": "lead_investor"},
    {"deal_id": "a5-d1", "article_id": "a5", "party": "Alpenstrom", "role": "acquirer"},
]

VALUATION_ROWS: list[dict[str, Any]] = [
    {"valuation_id": "a2-v1", "article_id": "a2", "company": "Nordlicht Robotics", "value": 800 * M, "currency": "EUR",
     "value_usd": Decimal("866700000"), "value_eur": 800 * M, "kind": "post", "status": "completed", "deal_id": "a2-d1",
     "announced_date": date(2025, 3, 10), "date_precision": "day",
     "evidence": "Nach der Runde wird Nordlicht Robotics mit 800 Millionen Euro bewertet.", "start_char": 0, "end_char": 10},
    {"valuation_id": "a3-v1", "article_id": "a3", "company": "Nordlicht Robotics", "value": 870 * M, "currency": "USD",
     "qualifier": "approx", "value_usd": 870 * M, "value_eur": Decimal("805600000"), "kind": "unknown",
     "status": "completed", "announced_date": date(2025, 3, 11), "date_precision": "published",
     "evidence": "Die Bewertung liegt damit bei rund 870 Millionen Dollar.", "start_char": 0, "end_char": 10},
    {"valuation_id": "a4-v1", "article_id": "a4", "company": "Kieler Quantenwerk", "value": 150 * M, "currency": "EUR",
     "value_usd": 162 * M, "value_eur": 150 * M, "kind": "post", "status": "completed", "deal_id": "a4-d1",
     "announced_date": date(2025, 4, 2), "date_precision": "published",
     "evidence": "Investoren bewerten das Start-up nun mit 150 Mio. Euro.", "start_char": 0, "end_char": 10},
    {"valuation_id": "a6-v1", "article_id": "a6", "company": "Nordlicht Robotics", "value": 2000 * M, "currency": "EUR",
     "qualifier": "approx", "value_usd": 2160 * M, "value_eur": 2000 * M, "kind": "unknown", "status": "rumored",
     "announced_date": date(2025, 11, 20), "date_precision": "published",
     "evidence": "Laut Insidern könnte die Bewertung auf rund 2 Mrd. Euro steigen.", "start_char": 0, "end_char": 10},
]


def _complete(row: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    return {**defaults, **row}


def article_rows() -> list[dict[str, Any]]:
    defaults = {"published_precision": "day", "published_source": "header", "n_words": 100, "n_boilerplate_lines": 0,
                "content_hash": "0" * 64, "pipeline_version": "test"}
    processed = datetime(2025, 12, 1, tzinfo=timezone.utc)
    return [
        _complete(r, {**defaults, "source_path": f"{r['article_id']}.txt", "text": r["title"], "processed_at": processed})
        for r in ARTICLE_ROWS
    ]


def deal_rows() -> list[dict[str, Any]]:
    return [_complete(r, {"start_char": 0, "end_char": len(r["evidence"])}) for r in DEAL_ROWS]


def write_sample_output(output_dir: Path) -> Path:
    """Write articles, deals, deal_parties and valuations Parquet files into ``output_dir``."""
    output_dir.mkdir(parents=True, exist_ok=True)
    for table, rows in (
        (ARTICLES, article_rows()),
        (DEALS, deal_rows()),
        (DEAL_PARTIES, DEAL_PARTY_ROWS),
        (VALUATIONS, VALUATION_ROWS),
    ):
        pq.write_table(to_arrow(table, rows), output_dir / f"{table.name}.parquet")
    return output_dir
