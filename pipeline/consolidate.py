"""Fold repeated reports of one deal (or valuation) from several articles into one row.

Reads ``output/{deals,deal_parties,valuations,articles}.parquet`` and writes the
tables declared in ``pipeline.schema_analyst``: ``deal_events`` (+ its bridge
``deal_event_articles``) and ``valuation_history``.

Two reports are the same event when they name the same target (or company), have
compatible types and rounds, amounts that agree within a small tolerance (read
together with their qualifiers: "über 3 Mrd." agrees with 3,5 Mrd.), and dates no
more than half a year apart. Reports are taken in date order and each joins the
best matching event so far, or opens a new one; so the result is deterministic.

>>> a = Amount(Decimal("3500000000"), None, None, "USD", None, None)
>>> b = Amount(Decimal("3400000000"), None, None, "USD", "approx", None)
>>> amounts_agree(a, b), amounts_agree(a, Amount(Decimal("2000000000"), None, None, "USD", None, None))
(True, False)
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import ARTICLES, DEAL_PARTIES, DEALS, VALUATIONS, Table
from pipeline.store import make_readable
from pipeline.schema_analyst import DEAL_EVENT_ARTICLES, DEAL_EVENTS, VALUATION_HISTORY, to_arrow

# Relative tolerance for two amounts to be "the same": reporters round ("rund 3,5 Mrd."),
# and across currencies each article converts at its own date's ECB rate, hence a wider one.
TOLERANCE_SAME_CURRENCY = Decimal("0.05")
TOLERANCE_CROSS_CURRENCY = Decimal("0.08")

# How far a qualified amount reaches, as factors of its figure (before the tolerance):
# "über 3 Mrd." covers 3 to 3,75 Mrd.; "bis zu 5 Mrd." covers 2,5 to 5 Mrd.
# Keep the keys in sync with the qualifier codes of pipeline.facts.Money.
QUALIFIER_REACH: dict[str | None, tuple[Decimal, Decimal]] = {
    None: (Decimal(1), Decimal(1)),
    "approx": (Decimal(1), Decimal(1)),
    "almost": (Decimal("0.85"), Decimal(1)),
    "up_to": (Decimal("0.5"), Decimal(1)),
    "over": (Decimal(1), Decimal("1.25")),
    "at_least": (Decimal(1), Decimal("1.25")),
}

# Reports whose dates are further apart than this are different events.
MAX_GAP_DAYS = 183

# How many days a date of each precision covers (a stated "2024" covers the whole year).
PRECISION_DAYS = {"day": 0, "week": 6, "month": 30, "quarter": 91, "half": 182, "year": 365}

# Status order, least to most advanced: the event keeps the most advanced one reported.
STATUS_RANK = {"rumored": 0, "planned": 1, "rejected": 2, "completed": 3}
# Statuses one deal cannot have both of: a rejected bid and a completed deal are two bids.
EXCLUSIVE_STATUSES = frozenset({"rejected", "completed"})

# Types that may describe the same deal; the first of a group is the most specific
# and names the event ("Finanzierungsrunde" vs. "Investition" for the same round).
COMPATIBLE_TYPES = (("funding_round", "investment"),)

INVESTOR_ROLES = ("lead_investor", "investor")
ACQUIRER_ROLES = ("acquirer", "bidder")


@dataclass(frozen=True)
class Amount:
    """A reported amount: exact ``value`` or a ``low``/``high`` range, with its USD equivalent."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    currency: str | None
    qualifier: str | None
    usd: Decimal | None

    @property
    def is_stated(self) -> bool:
        return self.value is not None or (self.low is not None and self.high is not None)


@dataclass
class Report:
    """One row of deals or valuations, as the clustering sees it."""

    row: dict[str, Any]
    row_id: str
    article_id: str
    key: str | None  # normalized target / company; None never consolidates
    kind: str  # deal type, or valuation kind
    round: str | None
    status: str
    amount: Amount
    reported_date: date | None
    period: tuple[date, date] | None  # the days the report's date covers


@dataclass
class Event:
    reports: list[Report] = field(default_factory=list)
    period: tuple[date, date] | None = None

    def add(self, report: Report) -> None:
        self.reports.append(report)
        if report.period is not None:
            if self.period is None:
                self.period = report.period
            else:
                self.period = (min(self.period[0], report.period[0]), max(self.period[1], report.period[1]))


def normalize_name(name: str | None) -> str | None:
    """The key two spellings of one company share.

    >>> normalize_name("Nordlicht-Robotics "), normalize_name("nordlicht robotics")
    ('nordlichtrobotics', 'nordlichtrobotics')
    >>> normalize_name("  ") is None
    True
    """
    if name is None:
        return None
    key = re.sub(r"\W", "", name.casefold())
    return key or None


def _range(amount: Amount, tolerance: Decimal, use_usd: bool) -> tuple[Decimal, Decimal, Decimal] | None:
    """(point, lowest, highest) the amount may mean, in its currency or in USD."""
    if use_usd:
        if amount.usd is None:
            return None
        # a range's usd column holds its midpoint: scale its ends by the same rate
        if amount.value is None and amount.low is not None and amount.high is not None:
            mid = (amount.low + amount.high) / 2
            rate = amount.usd / mid if mid else Decimal(1)
            low, high, point = amount.low * rate, amount.high * rate, amount.usd
        else:
            low = high = point = amount.usd
    elif amount.value is not None:
        low = high = point = amount.value
    elif amount.low is not None and amount.high is not None:
        low, high, point = amount.low, amount.high, (amount.low + amount.high) / 2
    else:
        return None
    reach_low, reach_high = QUALIFIER_REACH.get(amount.qualifier, (Decimal(1), Decimal(1)))
    return point, low * reach_low * (1 - tolerance), high * reach_high * (1 + tolerance)


def amounts_agree(a: Amount, b: Amount) -> bool:
    """True when each amount could be the other, as a reader would judge it.

    >>> eur = lambda v, q=None: Amount(Decimal(v), None, None, "EUR", q, None)
    >>> amounts_agree(eur("120000000"), eur("125000000")), amounts_agree(eur("120000000"), eur("140000000"))
    (True, False)
    >>> amounts_agree(eur("100000000", "over"), eur("130000000"))
    True
    >>> amounts_agree(Amount(None, Decimal(100), Decimal(150), "EUR", None, None), eur("140"))
    True
    """
    same_currency = a.currency is not None and a.currency == b.currency
    tolerance = TOLERANCE_SAME_CURRENCY if same_currency else TOLERANCE_CROSS_CURRENCY
    range_a = _range(a, tolerance, use_usd=not same_currency)
    range_b = _range(b, tolerance, use_usd=not same_currency)
    if range_a is None or range_b is None:
        return False  # not comparable: rather two events than a false merge
    point_a, low_a, high_a = range_a
    point_b, low_b, high_b = range_b
    return low_b <= point_a <= high_b or low_a <= point_b <= high_a


def report_period(stated: date | None, precision: str | None, reported: date | None) -> tuple[date, date] | None:
    """The days a report's date covers: its stated period, else its publication day.

    >>> report_period(date(2024, 1, 1), "year", date(2025, 3, 1))
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    >>> report_period(date(2025, 3, 1), "published", date(2025, 3, 1))
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 1))
    """
    if stated is not None and precision in PRECISION_DAYS:
        return stated, stated + timedelta(days=PRECISION_DAYS[precision])
    day = reported or stated
    return (day, day) if day is not None else None


def _gap_days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int:
    if a is None or b is None:
        return 0  # an undated report cannot contradict a date
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _types_compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE_TYPES)


def _rounds_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def _deal_compatible(event: Event, report: Report) -> bool:
    return (
        not EXCLUSIVE_STATUSES <= {r.status for r in event.reports} | {report.status}
        and all(_types_compatible(r.kind, report.kind) for r in event.reports)
        and all(_rounds_compatible(r.round, report.round) for r in event.reports)
        and _gap_days(event.period, report.period) <= MAX_GAP_DAYS
        and all(amounts_agree(r.amount, report.amount) for r in event.reports if r.amount.is_stated and report.amount.is_stated)
    )


def _deal_fits(event: Event, report: Report) -> bool:
    return event.reports[0].key == report.key and _deal_compatible(event, report)


def _anonymous_deal_fits(event: Event, report: Report) -> bool:
    """A deal without a named target joins an event only on strong evidence: a report of it in the
    same article with a stated amount that agrees ("Der Kaufpreis liegt bei 1,2 Mrd. Dollar")."""
    return (
        report.amount.is_stated
        and any(r.article_id == report.article_id and r.amount.is_stated for r in event.reports)
        and _deal_compatible(event, report)
    )


def _valuation_fits(event: Event, report: Report) -> bool:
    kinds = {r.kind for r in event.reports} | {report.kind}
    return (
        event.reports[0].key == report.key
        and len(kinds - {"unknown"}) <= 1
        and _gap_days(event.period, report.period) <= MAX_GAP_DAYS
        and all(amounts_agree(r.amount, report.amount) for r in event.reports)
    )


def cluster(
    reports: Iterable[Report],
    fits: Callable[[Event, Report], bool],
    anonymous_fits: Callable[[Event, Report], bool] | None = None,
) -> list[Event]:
    """Group reports into events: in date order, each joins the closest fitting event or opens one.

    Reports without a key (no target named) come last, so they can join an event of
    their own article through ``anonymous_fits``; otherwise each is an event of its own.
    """
    ordered = sorted(
        reports,
        key=lambda r: (r.key is None, r.period[0] if r.period else date.max, r.reported_date or date.max, r.row_id),
    )
    events: list[Event] = []
    by_key: dict[str, list[Event]] = {}
    by_article: dict[str, list[Event]] = {}  # events with a named report from that article
    for report in ordered:
        if report.key:
            candidates = [e for e in by_key.get(report.key, []) if fits(e, report)]
        elif anonymous_fits is not None:
            candidates = [e for e in by_article.get(report.article_id, []) if anonymous_fits(e, report)]
        else:
            candidates = []
        if candidates:
            # prefer an event whose amount confirms this one, then the nearest in time
            best = min(
                candidates,
                key=lambda e: (
                    not (report.amount.is_stated and any(r.amount.is_stated for r in e.reports)),
                    _gap_days(e.period, report.period),
                ),
            )
        else:
            best = Event()
            events.append(best)
            if report.key:
                by_key.setdefault(report.key, []).append(best)
        if report.key and best not in by_article.setdefault(report.article_id, []):
            by_article[report.article_id].append(best)
        best.add(report)
    return events


def _stable_id(prefix: str, row_id: str) -> str:
    return f"{prefix}-{hashlib.sha1(row_id.encode('utf-8')).hexdigest()[:16]}"


def _amount_quality(amount: Amount) -> int:
    """Lower is better: plain figure, then "rund", then other hedges, then a range."""
    if amount.value is not None:
        return {None: 0, "approx": 1}.get(amount.qualifier, 2)
    return 3


def best_amount_report(reports: list[Report]) -> Report | None:
    """The report whose amount the event shows: most advanced status, most exact, most often reported, latest."""
    stated = [r for r in reports if r.amount.is_stated]
    if not stated:
        return None
    counts = Counter((r.amount.value, r.amount.currency) for r in stated)
    return min(
        stated,
        key=lambda r: (
            -STATUS_RANK.get(r.status, 0),
            _amount_quality(r.amount),
            -counts[(r.amount.value, r.amount.currency)],
            -(r.reported_date or date.min).toordinal(),
            r.row_id,
        ),
    )


def _most_advanced(reports: list[Report]) -> str:
    return max(reports, key=lambda r: STATUS_RANK.get(r.status, -1)).status


def _stated_date(reports: list[Report], date_column: str) -> tuple[date | None, str | None]:
    """The date (and its precision) stated by the most advanced reports: the most precise one
    ("am 10. März" over "im März"), earliest."""
    top = STATUS_RANK.get(_most_advanced(reports), -1)
    leading = [r for r in reports if STATUS_RANK.get(r.status, -1) == top and r.row.get(date_column)]
    if not leading:
        return None, None
    best = min(leading, key=lambda r: (PRECISION_DAYS.get(r.row.get("date_precision") or "", 9999), r.row[date_column]))
    return best.row[date_column], best.row.get("date_precision")


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _joined(values: Iterable[str | None]) -> str | None:
    return ", ".join(_unique(values)) or None


def _articles_in_order(reports: list[Report]) -> list[str]:
    ordered = sorted(reports, key=lambda r: (r.reported_date or date.max, r.article_id))
    return _unique(r.article_id for r in ordered)


def _amount(row: dict[str, Any], value: str, low: str, high: str, usd: str) -> Amount:
    return Amount(row.get(value), row.get(low), row.get(high), row.get("currency"), row.get("qualifier"), row.get(usd))


def deal_reports(deals: list[dict[str, Any]], published: dict[str, date | None]) -> list[Report]:
    reports = []
    for row in deals:
        reported = published.get(row["article_id"]) or row.get("announced_date")
        reports.append(
            Report(
                row=row,
                row_id=row["deal_id"],
                article_id=row["article_id"],
                key=normalize_name(row.get("target")),
                kind=row["type"],
                round=row.get("round"),
                status=row["status"],
                amount=_amount(row, "amount", "amount_low", "amount_high", "amount_usd"),
                reported_date=reported,
                period=report_period(row.get("announced_date"), row.get("date_precision"), reported),
            )
        )
    return reports


def valuation_reports(valuations: list[dict[str, Any]], published: dict[str, date | None]) -> list[Report]:
    reports = []
    for row in valuations:
        if not normalize_name(row.get("company")):
            continue  # a valuation of nobody in particular has no history
        amount = _amount(row, "value", "low", "high", "value_usd")
        if not amount.is_stated:
            continue
        reported = published.get(row["article_id"]) or row.get("announced_date")
        reports.append(
            Report(
                row=row,
                row_id=row["valuation_id"],
                article_id=row["article_id"],
                key=normalize_name(row.get("company")),
                kind=row.get("kind") or "unknown",
                round=None,
                status=row["status"],
                amount=amount,
                reported_date=reported,
                period=report_period(row.get("announced_date"), row.get("date_precision"), reported),
            )
        )
    return reports


def _event_type(reports: list[Report]) -> str:
    kinds = Counter(r.kind for r in reports)
    for group in COMPATIBLE_TYPES:
        for kind in group:  # most specific first
            if kind in kinds:
                return kind
    return kinds.most_common(1)[0][0]


def deal_event_rows(
    events: list[Event], parties: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of deal_events and deal_event_articles for clustered deal reports."""
    parties_by_deal: dict[str, list[dict[str, Any]]] = {}
    for party in parties:
        parties_by_deal.setdefault(party["deal_id"], []).append(party)
    event_rows, bridge_rows = [], []
    for event in events:
        reports = event.reports
        event_id = _stable_id("e", reports[0].row_id)
        best = best_amount_report(reports)
        best_row = best.row if best else {}
        reported = [r.reported_date for r in reports if r.reported_date]
        roles = [p for r in reports for p in parties_by_deal.get(r.row_id, [])]
        announced, precision = _stated_date(reports, "announced_date")
        event_rows.append(
            {
                "deal_event_id": event_id,
                "type": _event_type(reports),
                "target": next((r.row.get("target") for r in reports if r.row.get("target")), None),
                "amount": best_row.get("amount"),
                "amount_low": best_row.get("amount_low"),
                "amount_high": best_row.get("amount_high"),
                "currency": best_row.get("currency"),
                "qualifier": best_row.get("qualifier"),
                "amount_usd": best_row.get("amount_usd"),
                "amount_eur": best_row.get("amount_eur"),
                "deal_id_amount": best.row_id if best else None,
                "round": Counter(r.round for r in reports if r.round).most_common(1)[0][0] if any(r.round for r in reports) else None,
                "status": _most_advanced(reports),
                "announced_date": announced,
                "date_precision": precision,
                "first_reported_date": min(reported) if reported else None,
                "last_reported_date": max(reported) if reported else None,
                "n_articles": len({r.article_id for r in reports}),
                "n_mentions": len(reports),
                "article_ids": ", ".join(_articles_in_order(reports)),
                "investors": _joined(p["party"] for p in roles if p["role"] in INVESTOR_ROLES),
                "lead_investors": _joined(p["party"] for p in roles if p["role"] == "lead_investor"),
                "acquirers": _joined(p["party"] for p in roles if p["role"] in ACQUIRER_ROLES),
            }
        )
        for r in reports:
            bridge_rows.append(
                {
                    "deal_event_id": event_id,
                    "deal_id": r.row_id,
                    "article_id": r.article_id,
                    "reported_date": r.reported_date,
                    "status": r.status,
                    "amount": r.row.get("amount"),
                    "currency": r.row.get("currency"),
                    "evidence": r.row.get("evidence") or "",
                }
            )
    event_rows.sort(key=lambda e: (e["first_reported_date"] or date.max, e["target"] or "", e["deal_event_id"]))
    return event_rows, bridge_rows


def valuation_history_rows(events: list[Event], deal_event_of: dict[str, str]) -> list[dict[str, Any]]:
    """Rows of valuation_history for clustered valuation reports."""
    rows = []
    for event in events:
        reports = event.reports
        best = best_amount_report(reports)
        assert best is not None  # valuation_reports keeps only stated amounts
        reported = [r.reported_date for r in reports if r.reported_date]
        first_reported = min(reported) if reported else None
        kinds = {r.kind for r in reports} - {"unknown"}
        rows.append(
            {
                "valuation_event_id": _stable_id("vh", reports[0].row_id),
                "company": best.row["company"],
                "value": best.row.get("value"),
                "low": best.row.get("low"),
                "high": best.row.get("high"),
                "currency": best.row.get("currency"),
                "qualifier": best.row.get("qualifier"),
                "value_usd": best.row.get("value_usd"),
                "value_eur": best.row.get("value_eur"),
                "kind": kinds.pop() if kinds else "unknown",
                "status": _most_advanced(reports),
                "valuation_date": _stated_date(reports, "announced_date")[0] or first_reported,
                "first_reported_date": first_reported,
                "last_reported_date": max(reported) if reported else None,
                "n_articles": len({r.article_id for r in reports}),
                "article_ids": ", ".join(_articles_in_order(reports)),
                "valuation_ids": ", ".join(r.row_id for r in reports),
                "deal_event_id": next(
                    (deal_event_of[r.row["deal_id"]] for r in reports if r.row.get("deal_id") in deal_event_of), None
                ),
            }
        )
    rows.sort(key=lambda v: (v["company"], v["valuation_date"] or date.max, v["valuation_event_id"]))
    return rows


def read_rows(output_dir: Path, table: Table, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Rows of ``output_dir/<table>.parquet`` (none when the file is absent), without ``skip`` columns."""
    path = output_dir / f"{table.name}.parquet"
    if not path.exists():
        return []
    present = set(pq.read_schema(path).names)
    columns = [c for c in table.column_names if c in present and c not in skip]
    return pq.read_table(path, columns=columns).to_pylist()


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write Parquet so readers never see a half-written file: temp file in the same dir, then rename."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        pq.write_table(table, temp)
        make_readable(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def build_tables(
    deals: list[dict[str, Any]],
    deal_parties: list[dict[str, Any]],
    valuations: list[dict[str, Any]],
    articles: list[dict[str, Any]],
) -> dict[str, pa.Table]:
    """The three analyst tables from rows of the extraction tables (pure: no files)."""
    published = {a["article_id"]: a.get("published_date") for a in articles}
    deal_events = cluster(deal_reports(deals, published), _deal_fits, _anonymous_deal_fits)
    event_rows, bridge_rows = deal_event_rows(deal_events, deal_parties)
    deal_event_of = {b["deal_id"]: b["deal_event_id"] for b in bridge_rows}
    valuation_events = cluster(valuation_reports(valuations, published), _valuation_fits)
    return {
        DEAL_EVENTS.name: to_arrow(DEAL_EVENTS, event_rows),
        DEAL_EVENT_ARTICLES.name: to_arrow(DEAL_EVENT_ARTICLES, bridge_rows),
        VALUATION_HISTORY.name: to_arrow(VALUATION_HISTORY, valuation_history_rows(valuation_events, deal_event_of)),
    }


def consolidate(output_dir: Path) -> dict[str, int]:
    """Read output/*.parquet, write deal_events, deal_event_articles, valuation_history; return row counts."""
    output_dir = Path(output_dir)
    tables = build_tables(
        read_rows(output_dir, DEALS),
        read_rows(output_dir, DEAL_PARTIES),
        read_rows(output_dir, VALUATIONS),
        read_rows(output_dir, ARTICLES, skip=("text",)),
    )
    output_dir.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        write_atomic(table, output_dir / f"{name}.parquet")
    return {name: table.num_rows for name, table in tables.items()}


def ensure_consolidated(output_dir: Path) -> None:
    """Run :func:`consolidate` when an analyst table is missing or older than the extraction tables."""
    output_dir = Path(output_dir)
    sources = [output_dir / f"{t.name}.parquet" for t in (DEALS, DEAL_PARTIES, VALUATIONS, ARTICLES)]
    newest_source = max((p.stat().st_mtime for p in sources if p.exists()), default=0.0)
    targets = [output_dir / f"{name}.parquet" for name in (DEAL_EVENTS.name, DEAL_EVENT_ARTICLES.name, VALUATION_HISTORY.name)]
    if any(not p.exists() or p.stat().st_mtime < newest_source for p in targets):
        consolidate(output_dir)
