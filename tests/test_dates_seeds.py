"""Date spans and values on the development seeds (../shared/seeds), skipped when they are absent.

A stand-in for the central evaluation. Gold dates have no offsets, so each gold text is found
in the article in order; a predicted span matches a gold date when their character ranges
overlap (one to one, in text order). Values are compared on matched spans, three ways:

- end to end: our own publication date (header, else dateline, else estimate) against gold
  ``value_est`` where the article has no header date and ``value`` where it has one;
- given the gold ``published_estimate`` as the anchor: the normalizer alone;
- with no anchor for header-less articles, against gold ``value`` (the "XXXX" forms).

As in the central scorer, a gold ``alt_value`` (a second reading the annotator also accepts,
"2032" for "bis 2032") counts as right too.

Run as a script for the per-article table: ``python tests/test_dates_seeds.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy

import pipeline.dates  # noqa: F401  (registers newsfacts_dates)
from pipeline.dates import extract_dates

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
MIN_SPAN_F1 = 0.85
MIN_VALUE_ACCURACY = 0.90
HEADER = re.compile(r"^ date (\d{4}-\d{2}(?:-\d{2})?) ")


@dataclass
class Scores:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    end_to_end: list[bool] = field(default_factory=list)
    given_estimate: list[bool] = field(default_factory=list)
    unanchored: list[bool] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (self.n_pred + self.n_gold) if self.n_pred + self.n_gold else 1.0


def _accuracy(results: list[bool]) -> float:
    return sum(results) / len(results) if results else 0.0


def _anchor(value: str) -> tuple[date, str]:
    """A gold published / published_estimate string as (date, precision)."""
    parts = [int(p) for p in value.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1), precision


def seed_article(gold: dict[str, Any]) -> tuple[str, date | None]:
    """The article as the runner would hand it over: header date taken out, boilerplate lines removed."""
    raw = (SEEDS / f"{gold['id']}.txt").read_text(encoding="utf-8")
    header = HEADER.match(raw)
    text = raw[header.end():] if header else raw
    drop = set(gold.get("boilerplate") or [])
    text = "\n".join(line for line in text.split("\n") if line.strip() not in drop)
    return text, _anchor(header.group(1))[0] if header else None


def gold_offsets(text: str, dates: list[dict[str, str]]) -> list[tuple[int, int, dict[str, str]]]:
    found: list[tuple[int, int, dict[str, str]]] = []
    position = 0
    for entry in dates:
        start = text.find(entry["text"], position)
        if start < 0:
            raise AssertionError(f"gold date {entry['text']!r} not in the article after offset {position}")
        found.append((start, start + len(entry["text"]), entry))
        position = start + 1
    return found


def evaluate() -> Scores:
    nlp = spacy.blank("de")
    nlp.add_pipe("newsfacts_dates")
    scores = Scores()
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text, header_date = seed_article(gold)
        doc = nlp.make_doc(text)
        doc._.published_date = header_date
        doc._.published_precision = "day" if header_date else None
        doc._.published_source = "header" if header_date else "none"
        doc = nlp(doc)
        estimate_day, estimate_precision = _anchor(gold["published_estimate"]["value"])
        given = extract_dates(text, header_date or estimate_day, "day" if header_date else estimate_precision)
        bare = extract_dates(text, header_date)
        scores.rows.append(
            f"{gold['id']}: published {doc._.published_date} ({doc._.published_precision}, "
            f"{doc._.published_source}); gold estimate {gold['published_estimate']['value']}"
        )
        predicted = list(zip(doc._.dates, given, bare))
        scores.n_pred += len(predicted)
        golds = gold_offsets(text, gold["dates"])
        scores.n_gold += len(golds)
        used: set[int] = set()
        for start, end, entry in golds:
            match = next((i for i, (m, _, _) in enumerate(predicted)
                          if i not in used and m.start < end and start < m.end), None)
            if match is None:
                scores.rows.append(f"  MISSED {entry['text']!r}")
                continue
            used.add(match)
            scores.tp += 1
            mention, with_estimate, without = predicted[match]
            expected = entry["value"] if header_date else entry.get("value_est", entry["value"])
            also = entry.get("alt_value")
            scores.end_to_end.append(mention.temporal.value in (expected, also))
            scores.given_estimate.append(with_estimate.temporal.value in (expected, also))
            scores.unanchored.append(without.temporal.value in (entry["value"], also))
            scores.rows.append(
                f"  {mention.text!r:42} ours {mention.temporal.value:24} given-estimate "
                f"{with_estimate.temporal.value:24} bare {without.temporal.value:22} gold {expected}"
            )
        for i, (mention, _, _) in enumerate(predicted):
            if i not in used:
                scores.rows.append(f"  EXTRA {mention.text!r} {mention.temporal.value}")
    return scores


@pytest.fixture(scope="module")
def scores(seeds_dir: Path) -> Scores:
    return evaluate()


def test_dates_seeds_span_f1(scores: Scores) -> None:
    assert scores.f1 >= MIN_SPAN_F1, "\n".join(scores.rows)


def test_dates_seeds_values_given_gold_publication_date(scores: Scores) -> None:
    assert _accuracy(scores.given_estimate) >= MIN_VALUE_ACCURACY, "\n".join(scores.rows)


def test_dates_seeds_values_without_publication_date(scores: Scores) -> None:
    assert _accuracy(scores.unanchored) >= MIN_VALUE_ACCURACY, "\n".join(scores.rows)


@pytest.mark.xfail(
    strict=True,
    reason="three seeds carry no absolute date of their time of writing (000, 001, 002): gold "
    "value_est rests on world knowledge (model launches, funding news), which the text alone "
    "cannot give, so their relative dates stay unresolved ('XXXX-01') instead of 2025-01",
)
def test_dates_seeds_values_end_to_end(scores: Scores) -> None:
    assert _accuracy(scores.end_to_end) >= MIN_VALUE_ACCURACY, "\n".join(scores.rows)


if __name__ == "__main__":
    result = evaluate()
    print("\n".join(result.rows))
    print(f"span F1 {result.f1:.3f} (tp {result.tp}, predicted {result.n_pred}, gold {result.n_gold})")
    for name in ("end_to_end", "given_estimate", "unanchored"):
        values = getattr(result, name)
        print(f"value accuracy {name}: {_accuracy(values):.3f} ({sum(values)}/{len(values)})")
