"""Money F1 on the development seeds (../shared/seeds), skipped when they are absent.

A small stand-in for the central evaluation: per article, predicted and gold amounts are
matched as multisets of (value or low/high, currency), vague amounts on (currency, vague).
Run as a script for the per-article misses: ``python tests/test_money_seeds.py``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.facts import Money
from pipeline.money import extract_money

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
MIN_F1 = 0.97


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value)).normalize()


def money_key(money: Money) -> tuple[object, ...]:
    if money.is_vague:
        return ("vague", money.currency)
    return (_decimal(money.value), _decimal(money.low), _decimal(money.high), money.currency)


def gold_key(entry: dict[str, object]) -> tuple[object, ...]:
    if entry.get("vague"):
        return ("vague", entry.get("currency"))
    return (_decimal(entry.get("value")), _decimal(entry.get("low")), _decimal(entry.get("high")), entry.get("currency"))


def seed_text(path: Path, boilerplate: list[str]) -> str:
    """The article as the cleaner would leave it: boilerplate lines and the ' date ...' header removed."""
    text = re.sub(r"^ date \d{4}-\d{2}(?:-\d{2})? ", "", path.read_text(encoding="utf-8"))
    drop = set(boilerplate)
    return "\n".join(line for line in text.split("\n") if line.strip() not in drop)


def evaluate() -> tuple[int, int, int, dict[str, tuple[Counter[tuple[object, ...]], Counter[tuple[object, ...]]]]]:
    tp = n_pred = n_gold = 0
    misses = {}
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = seed_text(SEEDS / f"{gold['id']}.txt", gold.get("boilerplate", []))
        predicted = Counter(money_key(m.money) for m in extract_money(text))
        expected = Counter(gold_key(e) for e in gold["money"])
        tp += sum((predicted & expected).values())
        n_pred += sum(predicted.values())
        n_gold += sum(expected.values())
        misses[gold["id"]] = (predicted - expected, expected - predicted)
    return tp, n_pred, n_gold, misses


@pytest.mark.skipif(not (SEEDS / "gold.jsonl").exists(), reason="development seeds (../shared/seeds) not present")
def test_money_seeds_f1() -> None:
    tp, n_pred, n_gold, misses = evaluate()
    precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    assert f1 >= MIN_F1, f"money F1 {f1:.3f} (tp={tp} pred={n_pred} gold={n_gold}); misses: {misses}"


if __name__ == "__main__":
    tp, n_pred, n_gold, misses = evaluate()
    print(f"tp={tp} pred={n_pred} gold={n_gold} f1={2 * tp / max(n_pred + n_gold, 1):.3f}")
    for article, (extra, missing) in misses.items():
        if extra or missing:
            print(article, "extra:", dict(extra), "missing:", dict(missing))
