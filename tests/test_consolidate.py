"""Cross-article consolidation: one round reported several ways becomes one deal event."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from fixtures_analyst.sample_output import write_sample_output
from pipeline.consolidate import build_tables, consolidate
from pipeline.schema_analyst import ANALYST_TABLES

M = Decimal(1_000_000)


def deal(deal_id: str, **fields: Any) -> dict[str, Any]:
    """A deals row: a completed 120 Mio. Euro round of Nordlicht Robotics in March 2025, unless overridden."""
    row = {
        "deal_id": deal_id, "article_id": deal_id.split("-")[0], "type": "funding_round",
        "target": "Nordlicht Robotics", "amount": 120 * M, "currency": "EUR", "amount_usd": 130 * M,
        "amount_eur": 120 * M, "status": "completed", "announced_date": date(2025, 3, 10),
        "date_precision": "published", "evidence": "Nordlicht Robotics sammelt 120 Millionen Euro ein.",
    }
    row.update(fields)
    return row


def events_of(deals: list[dict[str, Any]], articles: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    tables = build_tables(deals, [], [], articles or [])
    return tables["deal_events"].to_pylist()


# Pairs of reports and whether a reader would call them the same deal.
SAME_DEAL = [
    ("identical report", {}, True),
    ("rumour then completion", {"status": "rumored", "qualifier": "approx"}, True),
    ("rounded amount 'rund 125 Mio.'", {"amount": 125 * M, "qualifier": "approx", "amount_usd": Decimal("135400000")}, True),
    ("'über 100 Mio. Euro'", {"amount": 100 * M, "qualifier": "over", "amount_usd": Decimal("108300000")}, True),
    ("same round in dollars", {"amount": 130 * M, "currency": "USD", "amount_usd": 130 * M}, True),
    ("'Investition' for the round", {"type": "investment"}, True),
    ("report without amount", {"amount": None, "currency": None, "amount_usd": None, "amount_eur": None}, True),
    ("round named by one report only", {"round": "Series B"}, True),
    ("stated 'im März' in a November article", {"announced_date": date(2025, 3, 1), "date_precision": "month",
                                               "article_id": "late"}, True),
    ("different spelling of the target", {"target": "Nordlicht-Robotics"}, True),
    ("different target", {"target": "Kieler Quantenwerk"}, False),
    ("amount too far apart", {"amount": 150 * M, "amount_usd": Decimal("162500000")}, False),
    ("acquisition, not a round", {"type": "acquisition"}, False),
    ("a rejected bid is not the completed deal", {"status": "rejected"}, False),
    ("'über 90 Mio.' is not 120 Mio.", {"amount": 90 * M, "qualifier": "over", "amount_usd": Decimal("97500000")}, False),
    ("a year later", {"announced_date": date(2026, 3, 10)}, False),
    ("amounts that cannot be compared", {"amount": 130 * M, "currency": "USD", "amount_usd": None}, False),
]


@pytest.mark.parametrize("fields,is_same", [(f, s) for _, f, s in SAME_DEAL], ids=[i for i, _, _ in SAME_DEAL])
def test_consolidate_pairs_of_reports(fields: dict[str, Any], is_same: bool) -> None:
    first = deal("a1-d1", round="Series B" if "round" not in fields else None)
    if "round" in fields:
        first["round"] = None
    second = deal("a2-d1", **fields)
    # the article dates, when different from the deal date, are what "reported" means
    articles = [{"article_id": "a1", "published_date": date(2025, 3, 10)},
                {"article_id": "late", "published_date": date(2025, 11, 20)}]
    events = events_of([first, second], articles)
    assert len(events) == (1 if is_same else 2)


def test_consolidate_different_rounds_stay_apart() -> None:
    events = events_of([deal("a1-d1", round="Series A"), deal("a2-d1", round="Series B")])
    assert len(events) == 2


def test_consolidate_no_drift_through_a_chain_of_close_amounts() -> None:
    # 100 ~ 104 ~ 108 ~ 112: neighbours agree, but the event must agree with every report
    chain = [deal(f"a{i}-d1", amount=(100 + 4 * i) * M, announced_date=date(2025, 3, 1 + i)) for i in range(4)]
    assert len(events_of(chain)) >= 2


TARGET_LESS = [
    ("restated in the same article", "a1-d2", {}, 1),
    ("restated in the same article, sorted first", "a1-d0", {}, 1),
    ("in another article", "a2-d1", {}, 2),
    ("same article, other amount", "a1-d2", {"amount": 40 * M, "amount_usd": Decimal("43300000")}, 2),
    ("same article, no amount", "a1-d2", {"amount": None, "currency": None, "amount_usd": None}, 2),
    ("same article, other type", "a1-d2", {"type": "acquisition"}, 2),
]


@pytest.mark.parametrize(
    "deal_id,fields,n_events", [(d, f, n) for _, d, f, n in TARGET_LESS], ids=[i for i, _, _, _ in TARGET_LESS]
)
def test_consolidate_target_less_report(deal_id: str, fields: dict[str, Any], n_events: int) -> None:
    # "Der Kaufpreis liegt bei 120 Mio. Euro": no target named, but its article names it elsewhere
    assert len(events_of([deal("a1-d1"), deal(deal_id, target=None, **fields)])) == n_events


def test_consolidate_target_less_deals_alone_are_never_merged() -> None:
    assert len(events_of([deal("a1-d1", target=None), deal("a1-d2", target=None)])) == 2


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample_output(tmp_path / "output")


def by_target(rows: list[dict[str, Any]], target: str, key: str = "target") -> list[dict[str, Any]]:
    return [r for r in rows if r[key] == target]


def test_consolidate_collapses_one_round_reported_several_ways(sample: Path) -> None:
    counts = consolidate(sample)
    events = pq.read_table(sample / "deal_events.parquet").to_pylist()
    assert counts["deal_events"] == len(events) == 4
    nordlicht = by_target(events, "Nordlicht Robotics")
    series_b = next(e for e in nordlicht if e["round"] == "Series B")
    assert series_b["n_articles"] == 4 and series_b["n_mentions"] == 5
    assert series_b["article_ids"] == "a1, a2, a3, a6"
    assert series_b["status"] == "completed"  # the rumour of a1 is superseded
    assert series_b["type"] == "funding_round"  # a3 called it an investment
    assert (series_b["amount"], series_b["currency"]) == (120 * M, "EUR")
    assert series_b["deal_id_amount"] in {"a2-d1", "a2-d2", "a6-d2"}
    assert series_b["first_reported_date"] == date(2025, 3, 3)
    assert series_b["last_reported_date"] == date(2025, 11, 20)
    assert series_b["announced_date"] == date(2025, 3, 10)  # the day a2 states beats "im März" (a6)
    assert series_b["investors"] == "Polarstern Ventures, Fjord Capital, Hafenkapital"
    assert series_b["lead_investors"] == "Polarstern Ventures"
    series_c = next(e for e in nordlicht if e["round"] == "Series C")
    assert (series_c["status"], series_c["n_articles"], series_c["qualifier"]) == ("planned", 1, "up_to")
    takeover = by_target(events, "Sonnenfeld Solar")[0]
    assert (takeover["type"], takeover["acquirers"], takeover["investors"]) == ("acquisition", "Alpenstrom", None)


def test_consolidate_bridge_links_every_deal_once(sample: Path) -> None:
    consolidate(sample)
    bridge = pq.read_table(sample / "deal_event_articles.parquet").to_pylist()
    deals = pq.read_table(sample / "deals.parquet").column("deal_id").to_pylist()
    assert sorted(b["deal_id"] for b in bridge) == sorted(deals)
    events = {e["deal_event_id"]: e for e in pq.read_table(sample / "deal_events.parquet").to_pylist()}
    for event_id, event in events.items():
        members = [b for b in bridge if b["deal_event_id"] == event_id]
        assert len(members) == event["n_mentions"]
        assert len({b["article_id"] for b in members}) == event["n_articles"]
    rumour = next(b for b in bridge if b["deal_id"] == "a1-d1")
    assert rumour["status"] == "rumored" and "Insidern" in rumour["evidence"]


def test_consolidate_valuation_history(sample: Path) -> None:
    consolidate(sample)
    history = pq.read_table(sample / "valuation_history.parquet").to_pylist()
    nordlicht = by_target(history, "Nordlicht Robotics", key="company")
    assert [(v["value"], v["currency"]) for v in nordlicht] == [(800 * M, "EUR"), (2000 * M, "EUR")]
    first, later = nordlicht
    assert first["n_articles"] == 2 and first["article_ids"] == "a2, a3"  # 800 Mio. Euro ~ 870 Mio. Dollar
    assert first["kind"] == "post" and first["valuation_date"] == date(2025, 3, 10)
    events = pq.read_table(sample / "deal_events.parquet").to_pylist()
    series_b = next(e for e in events if e["round"] == "Series B")
    assert first["deal_event_id"] == series_b["deal_event_id"]
    assert (later["status"], later["deal_event_id"]) == ("rumored", None)
    assert len(history) == 3


def test_consolidate_is_deterministic_and_keeps_ids(sample: Path) -> None:
    consolidate(sample)
    first = pq.read_table(sample / "deal_events.parquet")
    consolidate(sample)
    assert pq.read_table(sample / "deal_events.parquet").equals(first)


def test_consolidate_writes_declared_schemas_atomically(sample: Path) -> None:
    consolidate(sample)
    for name, table in ANALYST_TABLES.items():
        assert pq.read_schema(sample / f"{name}.parquet").names == table.column_names
    assert not [p for p in sample.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_consolidate_without_inputs_writes_empty_tables(tmp_path: Path) -> None:
    counts = consolidate(tmp_path)
    assert counts == {"deal_events": 0, "deal_event_articles": 0, "valuation_history": 0}
    assert pq.read_table(tmp_path / "deal_events.parquet").schema.names == ANALYST_TABLES["deal_events"].column_names
