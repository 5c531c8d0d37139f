"""Which date a deal row carries: the date its sentence states, else the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.facts import DateMention
from pipeline.rows import _announced
from pipeline.temporal import resolve

PUBLISHED = date(2025, 11, 12)

# (date expression in the deal's sentence, or None; announced_date, date_precision)
ANNOUNCED = [
    ("im März 2025", date(2025, 3, 1), "month"),
    ("am 3. November", date(2025, 11, 3), "day"),
    ("im Jahr 2019", date(2019, 1, 1), "year"),
    # a bound dates a period, not the report: "Bis 2028 will X 2 Mrd. Euro investieren" was reported when published
    ("bis 2028", PUBLISHED, "published"),
    ("bis Ende März", PUBLISHED, "published"),
    ("seit 2019", PUBLISHED, "published"),
    ("ab 2027", PUBLISHED, "published"),
    (None, PUBLISHED, "published"),
]


@pytest.mark.parametrize("text, announced, precision", ANNOUNCED, ids=[str(row[0]) for row in ANNOUNCED])
def test_rows_deal_date_is_its_own_else_the_publication_date(text: str | None, announced: date, precision: str) -> None:
    mention = DateMention(0, len(text), text, resolve(text, PUBLISHED)) if text else None
    assert _announced(mention, PUBLISHED) == (announced, precision)


def test_rows_deal_without_any_date_has_none() -> None:
    assert _announced(DateMention(0, 8, "bis 2028", resolve("bis 2028", None)), None) == (None, None)
