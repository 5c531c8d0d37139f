"""Turning a processed Doc into rows of the tables declared in pipeline/schema.py."""

from __future__ import annotations

import bisect
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, SENT_START
from spacy.tokens import Doc

from pipeline.corpus import Article
from pipeline.extensions import doc_text
from pipeline.facts import Deal, MoneyMention

Row = dict[str, Any]

# decimal128(38, 4) holds 34 digits before the point.
_MONEY_LIMIT = Decimal(10) ** 33
_SCALE = Decimal("0.0001")


def money_decimal(value: Decimal | None) -> Decimal | None:
    """Fit a value into the money column type, or None when it cannot be represented.

    >>> money_decimal(Decimal("3.5E+9"))
    Decimal('3500000000.0000')
    >>> money_decimal(Decimal(10) ** 40) is None
    True
    """
    if value is None:
        return None
    try:
        if not value.is_finite() or abs(value) >= _MONEY_LIMIT:
            return None
        return value.quantize(_SCALE)
    except InvalidOperation:
        return None


class Sentences:
    """Find the sentence around a character offset quickly (bisect over sentence starts).

    Sentence bounds come from the token arrays and the text is sliced from the cached article
    text: ``doc.sents`` and ``Span.text`` build a Python object per token.

    >>> from pipeline.nlp import build_nlp
    >>> Sentences(build_nlp("none")("Er zahlte 5 Mio. Euro.  Sie nicht.\\n")).around(25)
    (24, 34, 'Sie nicht.')
    """

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.starts = _sentence_starts(doc)
        self.ends = self.starts[1:] + [len(self.text)]
        self.found: dict[int, tuple[int, int, str]] = {}

    def around(self, start_char: int) -> tuple[int, int, str]:
        index = max(bisect.bisect_right(self.starts, start_char) - 1, 0)
        if index not in self.found:
            start = self.starts[index]
            # Span.text ends at its last token; what follows up to the next sentence is white space.
            text = self.text[start : self.ends[index]].rstrip()
            self.found[index] = (start, start + len(text), text)
        return self.found[index]


def _sentence_starts(doc: Doc) -> list[int]:
    """Character offsets of the sentences ``doc.sents`` gives (the whole doc when none are set)."""
    if len(doc) == 0:
        return [0]
    if "sents" in doc.user_hooks:
        return [span.start_char for span in doc.sents]
    columns = doc.to_array([SENT_START, IDX]).astype("int64")
    if len(doc) > 1 and not columns[1:, 0].any():  # doc.has_annotation("SENT_START") is False: one span
        return [int(columns[0, 1])]
    # as Doc.sents: the first token, then every token whose sent_start is 1
    return [int(columns[0, 1])] + columns[1:, 1][columns[1:, 0] == 1].tolist()


def _fx(value: Decimal | None, low: Decimal | None, high: Decimal | None, currency: str | None, on: date | None) -> dict[str, Any]:
    from pipeline.rates import convert

    amount = value if value is not None else ((low + high) / 2 if low is not None and high is not None else None)
    if amount is None or currency is None:
        return {"value_eur": None, "value_usd": None, "fx_date": None, "fx_note": "no amount or currency to convert"}
    result = convert(amount, currency, on)
    return {
        "value_eur": money_decimal(result.value_eur),
        "value_usd": money_decimal(result.value_usd),
        "fx_date": result.fx_date,
        "fx_note": result.note,
    }


def article_row(doc: Doc, article: Article, n_dropped: int, version: str, now: datetime | None = None) -> Row:
    text = doc_text(doc)
    return {
        "article_id": doc._.article_id,
        "source_path": article.source_path,
        "title": article.title or _first_line(text),
        "published_date": doc._.published_date,
        "published_precision": doc._.published_precision,
        "published_source": doc._.published_source or "none",
        "url": article.url,
        "source": article.source,
        "text": text,
        "n_words": count_words(doc),
        "n_boilerplate_lines": n_dropped,
        "content_hash": article.content_hash,
        "processed_at": now or datetime.now(timezone.utc),
        "pipeline_version": version,
    }


def count_words(doc: Doc) -> int:
    """Tokens that are neither punctuation nor white space, counted in one array pass (no Token objects).

    >>> import spacy
    >>> count_words(spacy.blank("de")("Anthropic sammelt 3,5 Mrd. Dollar ein."))
    6
    """
    if len(doc) == 0:
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int((flags.sum(axis=1) == 0).sum())


def _first_line(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0].strip()
    return line[:300] or None


def fact_rows(doc: Doc) -> dict[str, list[Row]]:
    """Rows of every per-article fact table for one processed Doc."""
    article_id: str = doc._.article_id
    published: date | None = doc._.published_date
    sentences = Sentences(doc)
    text = doc_text(doc)
    money_ids: dict[int, str] = {}
    fx_by_mention: dict[int, dict[str, Any]] = {}
    out: dict[str, list[Row]] = {name: [] for name in ("money", "dates", "parties", "valuations", "deals", "deal_parties")}

    for n, mention in enumerate(doc._.money or [], start=1):
        mention_id = f"{article_id}-m{n}"
        money_ids[id(mention)] = mention_id
        m = mention.money
        fx = _fx(m.value, m.low, m.high, m.currency, published)
        fx_by_mention[id(mention)] = fx
        out["money"].append(
            {
                "article_id": article_id,
                "mention_id": mention_id,
                "text": mention.text,
                "start_char": mention.start,
                "end_char": mention.end,
                "sentence": sentences.around(mention.start)[2],
                "value": money_decimal(m.value),
                "low": money_decimal(m.low),
                "high": money_decimal(m.high),
                "currency": m.currency,
                "is_currency_implied": bool(mention.is_currency_implied),
                "qualifier": m.qualifier,
                "is_vague": bool(m.is_vague),
                "role": mention.role or "other",
                **fx,
            }
        )

    for n, mention in enumerate(doc._.dates or [], start=1):
        t = mention.temporal
        out["dates"].append(
            {
                "article_id": article_id,
                "mention_id": f"{article_id}-t{n}",
                "text": mention.text,
                "start_char": mention.start,
                "end_char": mention.end,
                "sentence": sentences.around(mention.start)[2],
                "value": t.value,
                "start_date": t.start_date,
                "end_date": t.end_date,
                "granularity": t.granularity,
                "modifier": t.modifier,
                "bound": t.bound,
                "is_anchored": bool(t.is_anchored),
            }
        )

    for n, party in enumerate(doc._.parties or [], start=1):
        out["parties"].append(
            {
                "article_id": article_id,
                "mention_id": f"{article_id}-p{n}",
                "text": party.text,
                "start_char": party.start,
                "end_char": party.end,
                "label": party.label,
                "canonical": party.canonical,
                "source": party.source,
            }
        )

    deal_ids: dict[int, str] = {}
    for n, deal in enumerate(doc._.deals or [], start=1):
        deal_ids[id(deal)] = f"{article_id}-d{n}"
    valuation_ids: dict[int, str] = {}
    for n, valuation in enumerate(doc._.valuations or [], start=1):
        valuation_ids[id(valuation)] = f"{article_id}-v{n}"
    deal_valuation = {id(v.deal): valuation_ids[id(v)] for v in doc._.valuations or [] if v.deal is not None}

    for deal in doc._.deals or []:
        deal_id = deal_ids[id(deal)]
        amount = deal.amount
        m = amount.money if amount else None
        fx = fx_by_mention.get(id(amount), {}) if amount else {}
        announced, precision = _announced(deal.announced, published)
        start, end, evidence = _evidence(text, deal.evidence_start, deal.evidence_end)
        out["deals"].append(
            {
                "deal_id": deal_id,
                "article_id": article_id,
                "type": deal.type,
                "target": deal.target,
                "amount": money_decimal(m.value) if m else None,
                "amount_low": money_decimal(m.low) if m else None,
                "amount_high": money_decimal(m.high) if m else None,
                "currency": m.currency if m else None,
                "qualifier": m.qualifier if m else None,
                "amount_usd": fx.get("value_usd"),
                "amount_eur": fx.get("value_eur"),
                "money_mention_id": money_ids.get(id(amount)) if amount else None,
                "status": deal.status,
                "round": deal.round,
                "announced_date": announced,
                "date_precision": precision,
                "attribution": deal.attribution,
                "valuation_id": deal_valuation.get(id(deal)),
                "evidence": evidence,
                "start_char": start,
                "end_char": end,
            }
        )
        seen: set[tuple[str, str]] = set()
        for party in deal.parties:
            key = (party.party, party.role)
            if key in seen:
                continue
            seen.add(key)
            out["deal_parties"].append({"deal_id": deal_id, "article_id": article_id, "party": party.party, "role": party.role})

    for valuation in doc._.valuations or []:
        m = valuation.amount.money
        fx = fx_by_mention.get(id(valuation.amount), {})
        announced, precision = _announced(valuation.announced, published)
        start, end, evidence = _evidence(text, valuation.evidence_start, valuation.evidence_end)
        out["valuations"].append(
            {
                "valuation_id": valuation_ids[id(valuation)],
                "article_id": article_id,
                "company": valuation.company,
                "value": money_decimal(m.value),
                "low": money_decimal(m.low),
                "high": money_decimal(m.high),
                "currency": m.currency,
                "qualifier": m.qualifier,
                "value_usd": fx.get("value_usd"),
                "value_eur": fx.get("value_eur"),
                "kind": valuation.kind or "unknown",
                "status": valuation.status,
                "deal_id": deal_ids.get(id(valuation.deal)) if valuation.deal is not None else None,
                "money_mention_id": money_ids.get(id(valuation.amount)),
                "announced_date": announced,
                "date_precision": precision,
                "evidence": evidence,
                "start_char": start,
                "end_char": end,
            }
        )
    return out


def _announced(mention: Any, published: date | None) -> tuple[date | None, str | None]:
    """The deal's own date when its sentence gives one, else the publication date, marked 'published'.

    A bound ("bis 2028", "seit 2019", "ab 2027") dates a period, not the deal's report.
    """
    if mention is not None and mention.temporal.start_date is not None and mention.temporal.bound is None:
        return mention.temporal.start_date, mention.temporal.granularity
    if published is not None:
        return published, "published"
    return None, None


def _evidence(article_text: str, start: int, end: int) -> tuple[int, int, str]:
    span = article_text[start:end]
    text = span.strip()
    lead = len(span) - len(span.lstrip())
    return start + lead, start + lead + len(text), text


__all__ = ["article_row", "fact_rows", "money_decimal", "Deal", "MoneyMention"]
