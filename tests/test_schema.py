"""The table declarations: the contract the README and the BI tools rely on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pyarrow as pa
import pytest

from pipeline.schema import TABLES, to_arrow

# The minimum columns the issue fixes for each table; more may be added, these names stay.
REQUIRED = {
    "articles": "article_id source_path title published_date published_precision published_source text n_words processed_at pipeline_version",
    "money": "article_id mention_id text start_char end_char sentence value low high currency is_currency_implied qualifier role value_eur value_usd",
    "dates": "article_id mention_id text start_char end_char value start_date end_date granularity is_anchored",
    "parties": "article_id mention_id text start_char end_char label canonical source",
    "valuations": "valuation_id article_id company value currency value_usd status deal_id evidence start_char end_char",
    "deals": "deal_id article_id type target amount currency amount_usd status round announced_date date_precision evidence start_char end_char",
    "deal_parties": "deal_id party role",
    "errors": "source_path stage error_type message",
}


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_schema_has_required_columns(name):
    assert set(REQUIRED[name].split()) <= set(TABLES[name].column_names)


@pytest.mark.parametrize(
    "table, column, arrow_type",
    [
        ("money", "value", pa.decimal128(38, 4)),
        ("deals", "amount", pa.decimal128(38, 4)),
        ("valuations", "value", pa.decimal128(38, 4)),
        ("articles", "published_date", pa.date32()),
        ("dates", "start_date", pa.date32()),
        ("deals", "announced_date", pa.date32()),
        ("articles", "article_id", pa.string()),
        ("deals", "deal_id", pa.string()),
    ],
)
def test_schema_types(table, column, arrow_type):
    assert TABLES[table].arrow_schema.field(column).type == arrow_type


def test_schema_every_column_is_described():
    for table in TABLES.values():
        assert table.grain
        for column in table.columns:
            assert column.description, f"{table.name}.{column.name} has no description"


def test_schema_to_arrow_keeps_exact_decimals_and_dates():
    rows = [{"article_id": "a", "mention_id": "a-m1", "text": "3,5 Mrd. Dollar", "start_char": 0, "end_char": 15,
             "sentence": "s", "value": Decimal("3500000000.0000"), "currency": "USD", "is_currency_implied": False,
             "is_vague": False, "role": "raised", "fx_date": date(2025, 3, 4)}]
    table = to_arrow(TABLES["money"], rows)
    assert table.column("value").to_pylist() == [Decimal("3500000000.0000")]
    assert table.column("low").to_pylist() == [None]


def test_schema_to_arrow_rejects_null_in_required_column():
    with pytest.raises(ValueError, match="parties.article_id may not be null"):
        to_arrow(TABLES["parties"], [{"article_id": None, "mention_id": "x", "text": "SAP", "start_char": 0,
                                      "end_char": 3, "label": "ORG", "canonical": "SAP", "source": "gazetteer"}])


def test_schema_reference_in_readme_is_current():
    from pathlib import Path

    from pipeline.schema import markdown_reference

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- schema:start -->")[1].split("<!-- schema:end -->")[0]
    assert block.strip() == markdown_reference().strip(), "README table reference is stale: regenerate it from pipeline/schema.py"
