"""Every output table, declared once: columns, Arrow types, nullability, descriptions, grain.

Writers build ``pyarrow.Table`` objects only through :func:`to_arrow`, so no type
is ever inferred. The README's table reference is generated from this module
(``python -m pipeline schema``), so the two cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import pyarrow as pa

# Money as exact decimals: 38 digits, 4 after the point, covers 10^33 with cents.
MONEY = pa.decimal128(38, 4)


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    grain: str
    description: str
    columns: tuple[Column, ...]

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description}) for c in self.columns],
            metadata={"grain": self.grain, "description": self.description},
        )

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> Column:
    return Column(name, type_, nullable, description)


S, B, I32, D = pa.string(), pa.bool_(), pa.int32(), pa.date32()
TS = pa.timestamp("us", tz="UTC")

ARTICLES = Table(
    "articles",
    grain="one row per article (a file, or one object of a JSON/JSONL file)",
    description="Every article read from the corpus, with its cleaned text; all offsets in other tables refer to `text`.",
    columns=(
        _c("article_id", S, "Stable id: hash of the source path (and JSON index); unchanged when the content changes.", False),
        _c("source_path", S, "Path relative to the corpus directory; JSON objects get `#<index>` appended.", False),
        _c("title", S, "Title from metadata or the first line of the text."),
        _c("published_date", D, "Publication date (first day of the month/year when less precise)."),
        _c("published_precision", S, "day|month|year, or null when unknown."),
        _c("published_source", S, "header|metadata|html|dateline|path (a date in the file or folder name)|estimated|none.", False),
        _c("url", S, "Source URL from metadata, when known."),
        _c("source", S, "Publisher or outlet from metadata, when known."),
        _c("text", S, "The cleaned article text all character offsets refer to.", False),
        _c("n_words", I32, "Number of word tokens in the cleaned text.", False),
        _c("n_boilerplate_lines", I32, "Lines dropped by cleaning (paywall, credits, ads...).", False),
        _c("content_hash", S, "SHA-256 of the raw input; drives incremental runs.", False),
        _c("processed_at", TS, "When this article was last processed (UTC).", False),
        _c("pipeline_version", S, "Version of the pipeline that produced the rows.", False),
    ),
)

MONEY_TABLE = Table(
    "money",
    grain="one row per money mention in an article",
    description="Every amount of money, normalized to an exact decimal value or range with ISO 4217 currency.",
    columns=(
        _c("article_id", S, "Article the mention is in.", False),
        _c("mention_id", S, "`<article_id>-m<n>`, n counting money mentions in text order.", False),
        _c("text", S, "The mention as written, including qualifier words.", False),
        _c("start_char", I32, "Start offset in articles.text.", False),
        _c("end_char", I32, "End offset (exclusive) in articles.text.", False),
        _c("sentence", S, "The sentence containing the mention.", False),
        _c("value", MONEY, "Exact amount in `currency`; null for ranges and vague magnitudes."),
        _c("low", MONEY, "Lower end of a range."),
        _c("high", MONEY, "Upper end of a range."),
        _c("currency", S, "ISO 4217 code (USD, EUR, CHF...)."),
        _c("is_currency_implied", B, "Currency not written at the mention but taken from context.", False),
        _c("qualifier", S, "approx|almost|over|up_to|at_least, or null."),
        _c("is_vague", B, "Magnitude without a figure, e.g. 'Hunderte Milliarden Dollar', 'einen dreistelligen Millionenbetrag'.", False),
        _c("role", S, "valuation|raised|investment|price|revenue|profit|loss|cost|assets|capex|payout|other.", False),
        _c("value_eur", MONEY, "Value (or midpoint of a range) in EUR at the publication date (ECB reference rate)."),
        _c("value_usd", MONEY, "Value (or midpoint of a range) in USD at the publication date (ECB reference rate)."),
        _c("fx_date", D, "Date of the ECB rate used for value_eur/value_usd."),
        _c("fx_note", S, "Why value_eur/value_usd are null, when they are."),
    ),
)

DATES = Table(
    "dates",
    grain="one row per date expression in an article",
    description="Every date expression with its ISO 8601 value, resolved against the publication date when known, or against the period the text speaks of („nach 8 Mio. Euro im Vorjahr“ after „Im Geschäftsjahr 2024“).",
    columns=(
        _c("article_id", S, "Article the mention is in.", False),
        _c("mention_id", S, "`<article_id>-t<n>`.", False),
        _c("text", S, "The expression as written, with its preposition.", False),
        _c("start_char", I32, "Start offset in articles.text.", False),
        _c("end_char", I32, "End offset (exclusive) in articles.text.", False),
        _c("sentence", S, "The sentence containing the expression.", False),
        _c("value", S, "ISO 8601: 2025, 2025-01, 2025-Q4, 2025-W45, 2025-01-31, a/b interval, P18M; X for unknown parts. For „bis 2028“, „seit 2019“, „ab 2027“ the period named (2028, 2019, 2027); `bound` says which way it bounds.", False),
        _c("start_date", D, "First day covered (null when unresolved); for „bis 2028“ the publication date."),
        _c("end_date", D, "Last day covered (null when open or unresolved); for „seit 2019“ the publication date."),
        _c("granularity", S, "day|week|month|quarter|half|year|range|duration: the granularity of value.", False),
        _c("modifier", S, "start|mid|end|approx, or null."),
        _c("bound", S, "until (bis, spätestens), since (seit), from (ab, frühestens), or null for a period itself."),
        _c("is_anchored", B, "Resolved against a known (or estimated) publication date.", False),
    ),
)

PARTIES = Table(
    "parties",
    grain="one row per name mention (organization, person, place, other) in an article",
    description="Every recognized party with its surface text and canonical name.",
    columns=(
        _c("article_id", S, "Article the mention is in.", False),
        _c("mention_id", S, "`<article_id>-p<n>`.", False),
        _c("text", S, "The name as written.", False),
        _c("start_char", I32, "Start offset in articles.text.", False),
        _c("end_char", I32, "End offset (exclusive) in articles.text.", False),
        _c("label", S, "ORG|PER|LOC|MISC.", False),
        _c("canonical", S, "Canonical name (gazetteer name, or the cleaned surface form).", False),
        _c("source", S, "model|gazetteer|pattern|lexicon: the layer that recognized it.", False),
    ),
)

VALUATIONS = Table(
    "valuations",
    grain="one row per stated company valuation in an article",
    description="Company valuations (pre/post money, market value) with evidence.",
    columns=(
        _c("valuation_id", S, "`<article_id>-v<n>`.", False),
        _c("article_id", S, "Article the valuation is stated in.", False),
        _c("company", S, "Canonical name of the valued company."),
        _c("value", MONEY, "Valuation in `currency` (null for ranges; see low/high)."),
        _c("low", MONEY, "Lower end when a range is stated."),
        _c("high", MONEY, "Upper end when a range is stated."),
        _c("currency", S, "ISO 4217 code."),
        _c("qualifier", S, "approx|almost|over|up_to|at_least, or null."),
        _c("value_usd", MONEY, "Value in USD at the publication date."),
        _c("value_eur", MONEY, "Value in EUR at the publication date."),
        _c("kind", S, "pre|post|unknown.", False),
        _c("status", S, "completed|planned|rumored.", False),
        _c("deal_id", S, "The deal (funding round) this valuation belongs to, when linked."),
        _c("money_mention_id", S, "The money row holding the amount."),
        _c("announced_date", D, "Date the valuation refers to."),
        _c("date_precision", S, "day|week|month|quarter|half|year|range (a season, a span of months or years), or `published` when taken from the article date."),
        _c("evidence", S, "The sentence stating the valuation.", False),
        _c("start_char", I32, "Start of the evidence sentence in articles.text.", False),
        _c("end_char", I32, "End of the evidence sentence.", False),
    ),
)

DEALS = Table(
    "deals",
    grain="one row per deal stated in an article (several per sentence possible)",
    description="Funding rounds, investments, acquisitions, IPOs and other programmes, with status and evidence.",
    columns=(
        _c("deal_id", S, "`<article_id>-d<n>`.", False),
        _c("article_id", S, "Article the deal is stated in.", False),
        _c(
            "type", S, "funding_round|investment|acquisition|ipo|other (a programme, debt, a joint venture or a licence).",
            False,
        ),
        _c("target", S, "Canonical name of the company receiving the money or being bought (a licence: the licensor)."),
        _c("amount", MONEY, "Amount of the deal in `currency` (null when not stated or a range)."),
        _c("amount_low", MONEY, "Lower end when a range is stated."),
        _c("amount_high", MONEY, "Upper end when a range is stated."),
        _c("currency", S, "ISO 4217 code."),
        _c("qualifier", S, "approx|almost|over|up_to|at_least, or null."),
        _c("amount_usd", MONEY, "Amount in USD at the publication date."),
        _c("amount_eur", MONEY, "Amount in EUR at the publication date."),
        _c("money_mention_id", S, "The money row holding the amount."),
        _c("status", S, "completed|planned|rumored|rejected.", False),
        _c("round", S, "Pre-Seed|Seed|Series A..F|Bridge, when stated."),
        _c("announced_date", D, "Date of the deal (start of the period), from its sentence or the publication date."),
        _c("date_precision", S, "day|week|month|quarter|half|year|range (a season, a span of months or years), or `published` when taken from the article date."),
        _c("attribution", S, "Outlet or source the deal is credited to (Bloomberg, Insider...)."),
        _c("valuation_id", S, "Valuation stated with this deal."),
        _c("evidence", S, "The sentence stating the deal.", False),
        _c("start_char", I32, "Start of the evidence sentence in articles.text.", False),
        _c("end_char", I32, "End of the evidence sentence.", False),
    ),
)

DEAL_PARTIES = Table(
    "deal_parties",
    grain="one row per party of a deal and role",
    description="Who takes part in a deal, and as what. The deal's target is none of them: a company's own programme lists its partners only.",
    columns=(
        _c("deal_id", S, "The deal.", False),
        _c("article_id", S, "Article the deal is stated in.", False),
        _c("party", S, "Canonical party name.", False),
        _c("role", S, "investor|lead_investor|acquirer|seller|bidder.", False),
    ),
)

ERRORS = Table(
    "errors",
    grain="one row per input that could not be (fully) processed",
    description="Inputs that failed, with the stage and a message a person understands.",
    columns=(
        _c("source_path", S, "Path relative to the corpus (with `#<index>` for a JSON object).", False),
        _c("stage", S, "discover|read|decode|parse|clean|extract|write.", False),
        _c("error_type", S, "Short machine-readable kind, e.g. binary_file, invalid_json, empty_file.", False),
        _c("message", S, "What went wrong, for a person.", False),
        _c("severity", S, "error (the input was not processed) or warning (processed, with a caveat).", False),
        _c("content_hash", S, "Hash of the input when it could be read (so unchanged bad files are not retried)."),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (ARTICLES, MONEY_TABLE, DATES, PARTIES, VALUATIONS, DEALS, DEAL_PARTIES, ERRORS)
}

# Tables whose rows belong to one article: incremental runs replace them per article.
ARTICLE_TABLES = ("articles", "money", "dates", "parties", "valuations", "deals", "deal_parties")


def to_arrow(table: Table, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Build a typed Arrow table from row dicts; missing keys become null."""
    rows = list(rows)
    arrays = [pa.array([r.get(c.name) for r in rows], type=c.type) for c in table.columns]
    for column, array in zip(table.columns, arrays):
        if not column.nullable and array.null_count:
            raise ValueError(f"{table.name}.{column.name} may not be null ({array.null_count} null values)")
    return pa.Table.from_arrays(arrays, schema=table.arrow_schema)


def markdown_reference() -> str:
    """The README's table reference, generated from the declarations above."""
    out: list[str] = []
    for t in TABLES.values():
        out.append(f"### `{t.name}`\n\nGrain: {t.grain}. {t.description}\n")
        out.append("| column | type | null | description |\n|---|---|---|---|")
        for c in t.columns:
            out.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description} |")
        out.append("")
    return "\n".join(out)
