"""Parties on the seed articles (../shared/seeds): organization and person F1 on canonical names.

Per article, the SET of distinct canonical ORG (PER) names found is compared with gold "orgs"
("persons"); names match case-insensitively, without legal forms, and a shorter name matches a
longer one by whole words ("Lightspeed" ~ "Lightspeed Venture Partners"). Boilerplate lines and
the leading " date YYYY-MM-DD " header are removed first, so names found only there do not count.
Per-layer figures: ``python tests/test_parties_seeds.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.names import strip_legal_form
from pipeline.parties import PartyRecognizer

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
LAYERS = {
    "gazetteer": {"use_patterns": False, "use_lexicon": False},
    "+patterns": {"use_patterns": True, "use_lexicon": False},
    "+lexicon": {"use_patterns": True, "use_lexicon": True},
}
_DATE_HEADER = re.compile(r"^ date \d{4}-\d{2}(?:-\d{2})? ")


@dataclass
class Score:
    found_gold: int = 0  # gold names matched by some output name (recall numerator)
    correct: int = 0  # output names matching some gold name (precision numerator)
    predicted: int = 0
    gold: int = 0

    @property
    def f1(self) -> float:
        precision = self.correct / self.predicted if self.predicted else 0.0
        recall = self.found_gold / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def names_match(a: str, b: str) -> bool:
    """Case-insensitive, legal forms ignored, the shorter name a whole-word part of the longer."""
    words_a, words_b = strip_legal_form(a).lower().split(), strip_legal_form(b).lower().split()
    short, long = sorted((words_a, words_b), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def article_text(seeds: Path, record: dict) -> str:
    text = (seeds / f"{record['id']}.txt").read_text(encoding="utf-8")
    boilerplate = set(record.get("boilerplate") or [])
    text = _DATE_HEADER.sub("", text)
    return "\n".join(line for line in text.split("\n") if line not in boilerplate)


def seed_scores(seeds: Path, **layers: bool) -> dict[str, Score]:
    recognizer = PartyRecognizer(**layers)
    scores = {"ORG": Score(), "PER": Score()}
    for line in (seeds / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        parties = recognizer.find_parties(article_text(seeds, record))
        for label, key in (("ORG", "orgs"), ("PER", "persons")):
            output = {p.canonical for p in parties if p.label == label}
            gold = record[key]
            score = scores[label]
            score.found_gold += sum(any(names_match(o, g) for o in output) for g in gold)
            score.correct += sum(any(names_match(o, g) for g in gold) for o in output)
            score.predicted += len(output)
            score.gold += len(gold)
    return scores


@pytest.fixture(scope="module")
def seeds() -> Path:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


@pytest.mark.parametrize("label", ["ORG", "PER"], ids=["organizations", "persons"])
def test_parties_seeds_f1_at_least_085(seeds: Path, label: str) -> None:
    assert seed_scores(seeds)[label].f1 >= 0.85


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Lightspeed", "Lightspeed Venture Partners", True),
        ("softbank", "SoftBank", True),
        ("Carlsberg A/S", "Carlsberg", True),
        ("Open", "OpenAI", False),
        ("Meta", "Metaverse Labs", False),
    ],
    ids=["shorter-by-words", "case", "legal-form", "not-a-word-prefix", "different-word"],
)
def test_parties_seeds_name_matching(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


if __name__ == "__main__":
    for layer, config in LAYERS.items():
        result = seed_scores(SEEDS, **config)
        print(
            f"{layer:10}",
            "  ".join(
                f"{label} F1={s.f1:.3f} (tp={s.found_gold}/{s.gold} gold, {s.correct}/{s.predicted} pred)"
                for label, s in result.items()
            ),
        )
