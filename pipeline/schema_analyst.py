"""The analyst tables built across articles, declared once like those in ``pipeline.schema``.

``pipeline.consolidate`` folds repeated reports of one deal (or one valuation)
from several articles into a single row: ``deal_events`` with its bridge table
``deal_event_articles``, and ``valuation_history``. Ids of several articles are
written as one comma-separated string (``article_ids``) rather than a list, because
Power BI and Tableau cannot read list columns from Parquet; the bridge table is the
join-friendly form of the same link.

>>> DEAL_EVENTS.column_names[:3]
['deal_event_id', 'type', 'target']
>>> to_arrow(VALUATION_HISTORY, []).num_rows
0
"""

from __future__ import annotations

import pyarrow as pa

from pipeline.schema import MONEY, Column, Table, to_arrow

__all__ = ["DEAL_EVENTS", "DEAL_EVENT_ARTICLES", "VALUATION_HISTORY", "ANALYST_TABLES", "to_arrow"]

S, I32, D = pa.string(), pa.int32(), pa.date32()


def _c(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> Column:
    return Column(name, type_, nullable, description)


DEAL_EVENTS = Table(
    "deal_events",
    grain="one row per real-world deal, however many articles (or sentences) report it",
    description=(
        "Deals consolidated across articles: reports with the same target, compatible type and round, "
        "amounts equal within a small tolerance and dates close together are one event."
    ),
    columns=(
        _c("deal_event_id", S, "`e-<hash>`: stable for the same earliest-reported deal row.", False),
        _c("type", S, "funding_round|investment|acquisition|ipo|other (the most specific type reported).", False),
        _c("target", S, "Canonical name of the company receiving the money or being bought."),
        _c("amount", MONEY, "Best reported amount in `currency` (see deal_id_amount for its source)."),
        _c("amount_low", MONEY, "Lower end when the best report states a range."),
        _c("amount_high", MONEY, "Upper end when the best report states a range."),
        _c("currency", S, "ISO 4217 code of the best amount."),
        _c("qualifier", S, "approx|almost|over|up_to|at_least of the best amount, or null."),
        _c("amount_usd", MONEY, "Best amount in USD (ECB rate at its article's publication date)."),
        _c("amount_eur", MONEY, "Best amount in EUR (ECB rate at its article's publication date)."),
        _c("deal_id_amount", S, "The deals row the best amount was taken from."),
        _c("round", S, "Pre-Seed|Seed|Series A..F|Bridge, when any report states it."),
        _c("status", S, "The most advanced status reported: rumored < planned < rejected < completed.", False),
        _c("announced_date", D, "Date stated for the deal by the most advanced report (the most precise, earliest such)."),
        _c("date_precision", S, "Precision of announced_date: day|week|month|quarter|half|year, or `published`."),
        _c("first_reported_date", D, "Earliest publication date of a reporting article (else its deal date)."),
        _c("last_reported_date", D, "Latest publication date of a reporting article (else its deal date)."),
        _c("n_articles", I32, "Number of distinct articles reporting the deal.", False),
        _c("n_mentions", I32, "Number of deals rows folded into this event (an article may state it twice).", False),
        _c("article_ids", S, "Comma-separated ids of the reporting articles, earliest first.", False),
        _c("investors", S, "Comma-separated investors (incl. lead investors) named by any report."),
        _c("lead_investors", S, "Comma-separated lead investors named by any report."),
        _c("acquirers", S, "Comma-separated acquirers or bidders named by any report."),
    ),
)

DEAL_EVENT_ARTICLES = Table(
    "deal_event_articles",
    grain="one row per deals row folded into a deal event (an article stating a deal twice has two rows)",
    description="Bridge from deal_events to the articles and deals rows that report each event, with evidence.",
    columns=(
        _c("deal_event_id", S, "The consolidated event.", False),
        _c("deal_id", S, "The deals row (one report of the event).", False),
        _c("article_id", S, "Article the report is in.", False),
        _c("reported_date", D, "Publication date of the article (else the deal date stated in it)."),
        _c("status", S, "Status as this report states it.", False),
        _c("amount", MONEY, "Amount as this report states it."),
        _c("currency", S, "ISO 4217 code of this report's amount."),
        _c("evidence", S, "The sentence stating the deal in this article.", False),
    ),
)

VALUATION_HISTORY = Table(
    "valuation_history",
    grain="one row per company and distinct valuation; repeated reports of the same valuation are one row",
    description=(
        "Company valuations over time, consolidated across articles "
        "(valuations without a named company are left out)."
    ),
    columns=(
        _c("valuation_event_id", S, "`vh-<hash>`: stable for the same earliest-reported valuations row.", False),
        _c("company", S, "Canonical name of the valued company.", False),
        _c("value", MONEY, "Best reported valuation in `currency` (null for a range; see low/high)."),
        _c("low", MONEY, "Lower end when the best report states a range."),
        _c("high", MONEY, "Upper end when the best report states a range."),
        _c("currency", S, "ISO 4217 code."),
        _c("qualifier", S, "approx|almost|over|up_to|at_least, or null."),
        _c("value_usd", MONEY, "Best valuation in USD at its article's publication date."),
        _c("value_eur", MONEY, "Best valuation in EUR at its article's publication date."),
        _c("kind", S, "pre|post|unknown (pre or post when any report says so).", False),
        _c("status", S, "The most advanced status reported: rumored < planned < completed.", False),
        _c("valuation_date", D, "Date the valuation refers to: stated date of the most advanced report, else first reported."),
        _c("first_reported_date", D, "Earliest publication date of a reporting article."),
        _c("last_reported_date", D, "Latest publication date of a reporting article."),
        _c("n_articles", I32, "Number of distinct articles stating this valuation.", False),
        _c("article_ids", S, "Comma-separated ids of the reporting articles, earliest first.", False),
        _c("valuation_ids", S, "Comma-separated valuations rows folded into this one.", False),
        _c("deal_event_id", S, "The deal event (funding round) this valuation belongs to, when any report links one."),
    ),
)

ANALYST_TABLES: dict[str, Table] = {t.name: t for t in (DEAL_EVENTS, DEAL_EVENT_ARTICLES, VALUATION_HISTORY)}
