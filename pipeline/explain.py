"""``python -m pipeline explain FILE``: one article with what the pipeline recognized in it.

Prints the cleaned text with money, dates and names highlighted (ANSI colours on a
terminal, ``[text|LABEL]`` otherwise) and then the facts: amounts, dates, parties,
deals and valuations with their evidence. ``--html OUT`` writes the same as a page,
the spans drawn by spaCy's displaCy (``manual=True``, from the ``doc._`` lists).

>>> doc = example_doc()
>>> print(highlight(doc, color=False))
Nordlicht Robotics sammelt [120 Millionen Euro|MONEY] ein.
"""

from __future__ import annotations

import argparse
import html
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, TextIO

from spacy.tokens import Doc

import pipeline.extensions  # noqa: F401  (registers Doc._ attributes)

# Colours per label: ANSI for the terminal, hex for displaCy (keep the two in step).
ANSI = {"MONEY": "\x1b[1;32m", "DATE": "\x1b[1;36m", "ORG": "\x1b[1;33m", "PER": "\x1b[1;35m", "LOC": "\x1b[1;34m", "MISC": "\x1b[1;37m"}
HTML_COLORS = {"MONEY": "#86efac", "DATE": "#67e8f9", "ORG": "#fde68a", "PER": "#f0abfc", "LOC": "#93c5fd", "MISC": "#e5e7eb"}
DIM, RESET = "\x1b[2m", "\x1b[0m"


@dataclass(frozen=True)
class Mark:
    """A highlighted span of the text."""

    start: int
    end: int
    label: str


def marks(doc: Doc) -> list[Mark]:
    """Money, dates and parties as non-overlapping marks in text order (the longer wins on overlap)."""
    found = [Mark(m.start, m.end, "MONEY") for m in doc._.money or []]
    found += [Mark(d.start, d.end, "DATE") for d in doc._.dates or []]
    found += [Mark(p.start, p.end, p.label) for p in doc._.parties or []]
    chosen: list[Mark] = []
    for mark in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if mark.end > mark.start and (not chosen or mark.start >= chosen[-1].end):
            chosen.append(mark)
    return chosen


def highlight(doc: Doc, color: bool) -> str:
    """The text with each mark coloured (``color``) or written as ``[text|LABEL]``."""
    text, out, position = doc.text, [], 0
    for mark in marks(doc):
        out.append(text[position : mark.start])
        span = text[mark.start : mark.end]
        if color:
            out.append(f"{ANSI.get(mark.label, ANSI['MISC'])}{span}{RESET}{DIM}[{mark.label}]{RESET}")
        else:
            out.append(f"[{span}|{mark.label}]")
        position = mark.end
    out.append(text[position:])
    return "".join(out)


def format_amount(money: Any) -> str:
    """A normalized Money as a reader checks it: "120000000 EUR", "3e9–4e9 USD (approx)".

    >>> from pipeline.facts import Money
    >>> format_amount(Money(Decimal("3500000000"), "USD", qualifier="approx"))
    '3,500,000,000 USD (approx)'
    >>> format_amount(Money(None, "EUR", low=Decimal(60), high=Decimal(70)))
    '60–70 EUR'
    """
    if money is None:
        return "–"

    def number(value: Decimal) -> str:
        return f"{value:,.2f}".removesuffix(".00")

    if money.value is not None:
        figure = number(money.value)
    elif money.low is not None and money.high is not None:
        figure = f"{number(money.low)}–{number(money.high)}"
    else:
        figure = "vague" if money.is_vague else "?"
    qualifier = f" ({money.qualifier})" if money.qualifier else ""
    return f"{figure} {money.currency or '???'}{qualifier}"


def _date_text(mention: Any) -> str:
    if mention is None:
        return "–"
    return f"{mention.text!r} = {mention.temporal.value}"


def fact_lines(doc: Doc) -> list[str]:
    """The facts found, grouped by kind, one line each (evidence indented below deals and valuations)."""
    text = doc.text
    lines = [
        f"published: {doc._.published_date or 'unknown'}"
        f" ({doc._.published_precision or '-'}, from {doc._.published_source or 'none'})"
    ]
    money = doc._.money or []
    lines.append(f"money ({len(money)}):")
    for m in money:
        implied = ", currency implied" if m.is_currency_implied else ""
        lines.append(f"  {m.text!r} -> {format_amount(m.money)}  [{m.role}{implied}]")
    dates = doc._.dates or []
    lines.append(f"dates ({len(dates)}):")
    for d in dates:
        t = d.temporal
        span = f"{t.start_date or '?'}..{t.end_date or '?'}"
        notes = ", ".join(n for n in (t.granularity, t.modifier, t.bound) if n)
        lines.append(f"  {d.text!r} -> {t.value} ({notes}) {span}")
    parties = doc._.parties or []
    lines.append(f"parties ({len(parties)}):")
    for p in parties:
        canonical = f" = {p.canonical}" if p.canonical != p.text else ""
        lines.append(f"  {p.label:<4} {p.text!r}{canonical}  [{p.source}]")
    deals = doc._.deals or []
    lines.append(f"deals ({len(deals)}):")
    for deal in deals:
        amount = f"{deal.amount.text!r} = {format_amount(deal.amount.money)}" if deal.amount else "no amount"
        extra = [f"round {deal.round}"] if deal.round else []
        extra += [f"date {_date_text(deal.announced)}"] if deal.announced else []
        extra += [f"per {deal.attribution}"] if deal.attribution else []
        extra += [f"{p.role}: {p.party}" for p in deal.parties]
        lines.append(f"  {deal.type} of {deal.target or '?'}: {amount}, {deal.status}" + "".join(f"; {e}" for e in extra))
        lines.append(f"      \u201c{text[deal.evidence_start:deal.evidence_end].strip()}\u201d")
    valuations = doc._.valuations or []
    lines.append(f"valuations ({len(valuations)}):")
    for v in valuations:
        lines.append(
            f"  {v.company or '?'} valued {v.amount.text!r} = {format_amount(v.amount.money)}, {v.kind}, {v.status}"
            + (f"; date {_date_text(v.announced)}" if v.announced else "")
        )
        lines.append(f"      \u201c{text[v.evidence_start:v.evidence_end].strip()}\u201d")
    return lines


def displacy_html(doc: Doc, title: str) -> str:
    """The article's marks drawn by displaCy, followed by the facts, as one self-contained page."""
    from spacy import displacy

    rendered = displacy.render(
        {"text": doc.text, "ents": [{"start": m.start, "end": m.end, "label": m.label} for m in marks(doc)], "title": title},
        style="ent",
        manual=True,
        page=False,
        options={"colors": HTML_COLORS},
    )
    facts = html.escape("\n".join(fact_lines(doc)))
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} – explain</title></head>"
        '<body style="font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">'
        f"{rendered}<h2>Facts</h2><pre style=\"white-space: pre-wrap\">{facts}</pre></body></html>\n"
    )


def annotate(nlp: Any, article: Any) -> Doc:
    """Clean and run the pipeline on one article, as ``pipeline.runner`` does."""
    from pipeline.cleaning import clean
    from pipeline.runner import article_id_for

    doc = nlp.make_doc(clean(article.text).text)
    doc._.article_id = article_id_for(article.source_path)
    doc._.published_date = article.published_date
    doc._.published_precision = article.published_precision
    doc._.published_source = article.published_source
    return nlp(doc)


def example_doc() -> Doc:
    """A tiny annotated doc for doctests, built without the extractors."""
    import spacy

    from pipeline.facts import Money, MoneyMention

    doc = spacy.blank("de")("Nordlicht Robotics sammelt 120 Millionen Euro ein.")
    doc._.money = [MoneyMention(27, 45, "120 Millionen Euro", Money(Decimal(120_000_000), "EUR"), role="raised")]
    doc._.published_date = date(2025, 3, 10)
    return doc


def explain(docs: Iterable[tuple[str, Doc]], out: TextIO, color: bool) -> None:
    for title, doc in docs:
        rule = "=" * min(78, max(20, len(title) + 4))
        out.write(f"{rule}\n  {title}\n{rule}\n{highlight(doc, color)}\n\n")
        out.write("\n".join(fact_lines(doc)) + "\n\n")


def main_explain(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline explain",
        description="Show one article with its recognized money, dates and names highlighted, and the facts found.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="an article file (.txt .md .html .json .jsonl)")
    parser.add_argument("--html", type=Path, metavar="OUT", help="also write a displaCy page to OUT")
    parser.add_argument("--model", default=None, metavar="NAME|none", help="spaCy model (default: as `extract`); 'none' for rules only")
    parser.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="ANSI colours (default: when on a terminal)")
    args = parser.parse_args(argv)

    from pipeline.corpus import read_file
    from pipeline.nlp import build_nlp

    if not args.file.is_file():
        print(f"error: {args.file} is not a file", file=sys.stderr)
        return 2
    result = read_file(args.file, args.file.name)
    for error in result.errors:
        print(f"{error.source_path}: {error.stage}: {error.message}", file=sys.stderr)
    if not result.articles:
        return 3
    nlp = build_nlp(args.model)
    docs = [(a.title or a.source_path, annotate(nlp, a)) for a in result.articles]
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    explain(docs, sys.stdout, color)
    if args.html:
        pages = [displacy_html(doc, title) for title, doc in docs]
        # several articles (a JSON file): one page each, numbered after the first
        for i, page in enumerate(pages):
            target = args.html if i == 0 else args.html.with_name(f"{args.html.stem}-{i}{args.html.suffix}")
            target.write_text(page, encoding="utf-8")
            print(f"html: {target}")
    return 0
