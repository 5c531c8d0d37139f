"""pipeline.rates: EUR/USD values from the bundled ECB reference rates."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from pipeline.facts import Money
from pipeline.rates import MAX_LOOKBACK_DAYS, FxResult, _converter, convert, convert_money, latest_rate_date

WEDNESDAY = date(2025, 11, 12)  # ECB: 1 EUR = 1.1576 USD
SATURDAY = date(2025, 11, 15)


CONVERSIONS = [
    ("eur", Decimal("100"), "EUR", WEDNESDAY, Decimal("100.0000"), Decimal("115.7600"), WEDNESDAY),
    ("usd", Decimal("1157.60"), "USD", WEDNESDAY, Decimal("1000.0000"), Decimal("1157.6000"), WEDNESDAY),
    ("weekend-uses-friday", Decimal("100"), "EUR", SATURDAY, Decimal("100.0000"), None, date(2025, 11, 14)),
    ("legacy-dem", Decimal("1.95583"), "DEM", WEDNESDAY, Decimal("1.0000"), Decimal("1.1576"), WEDNESDAY),
]


@pytest.mark.parametrize(
    "value,currency,on,value_eur,value_usd,fx_date", [c[1:] for c in CONVERSIONS], ids=[c[0] for c in CONVERSIONS]
)
def test_rates_convert(
    value: Decimal, currency: str, on: date, value_eur: Decimal, value_usd: Decimal | None, fx_date: date
) -> None:
    result = convert(value, currency, on)
    assert result.value_eur == value_eur
    assert result.fx_date == fx_date
    if value_usd is not None:
        assert result.value_usd == value_usd
    assert result.value_usd is not None


def test_rates_earlier_day_is_said_in_note() -> None:
    result = convert(Decimal("100"), "CHF", SATURDAY)
    assert result.fx_date == date(2025, 11, 14)
    assert result.note is not None and "2025-11-14" in result.note


def test_rates_same_day_has_no_note() -> None:
    assert convert(Decimal("100"), "GBP", WEDNESDAY).note is None


def test_rates_without_date_uses_latest_and_says_so() -> None:
    result = convert(Decimal("100"), "EUR", None)
    assert result.fx_date is not None and result.fx_date <= latest_rate_date()
    assert result.note is not None and "no publication date" in result.note


NO_RATE = [
    ("unknown-currency", "XYZ", WEDNESDAY, "no ECB reference rate for XYZ"),
    ("before-ecb", "USD", date(1998, 12, 31), "before 1999-01-04"),
    ("past-bundled-data", "USD", latest_rate_date() + timedelta(days=MAX_LOOKBACK_DAYS + 30), "within"),
    ("series-ended", "RUB", date(2025, 1, 10), "within"),
]


@pytest.mark.parametrize("currency,on,reason", [c[1:] for c in NO_RATE], ids=[c[0] for c in NO_RATE])
def test_rates_no_rate_gives_nulls_and_reason(currency: str, on: date, reason: str) -> None:
    result = convert(Decimal("100"), currency, on)
    assert (result.value_eur, result.value_usd, result.fx_date) == (None, None, None)
    assert result.note is not None and reason in result.note


def test_rates_range_converts_midpoint() -> None:
    money = Money(None, "EUR", low=Decimal("60000000000"), high=Decimal("70000000000"))
    assert convert_money(money, WEDNESDAY).value_eur == Decimal("65000000000.0000")


@pytest.mark.parametrize("money", [Money(None, "USD", is_vague=True), Money(Decimal("5"), None)], ids=["vague", "no-currency"])
def test_rates_nothing_to_convert(money: Money) -> None:
    assert convert_money(money, WEDNESDAY) == FxResult(None, None, None, "no amount or currency to convert")


def test_rates_converter_is_loaded_once() -> None:
    assert _converter() is _converter()
