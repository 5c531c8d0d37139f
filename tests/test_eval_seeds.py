"""Scores on the development seeds (../shared/seeds) must stay above issue 7's minimums.

The seeds live outside the repository; without them these tests are skipped. The run
uses the same entry point and model choice as `make eval`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import THRESHOLDS, Report, extract_gold_corpus, format_detail, format_table, load_gold, load_predictions, score

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not (SEEDS / "gold.jsonl").is_file(), reason="../shared/seeds is not present")

# Minimum scores (issue 7). Raise them as the extractors improve; never lower them.
MINIMUMS = [
    pytest.param("money.f1", 0.97, id="money-f1"),
    pytest.param("valuations.f1", 0.90, id="valuations-f1"),
    pytest.param("dates.f1", 0.85, id="dates-span-f1"),
    pytest.param(
        "dates_value_accuracy",
        0.90,
        id="dates-value-accuracy",
        # Known gap, measured 0.50 (13/26): three seeds carry no date of their own and no absolute
        # date of the time of writing, and their gold publication estimates rest on outside knowledge
        # of the reported events. Given the gold estimate as anchor, the normalizer scores 26/26
        # (tests/test_dates_seeds.py). Strict: the test fails as soon as the target is met.
        marks=pytest.mark.xfail(strict=True, reason="publication date of undated seeds needs world knowledge"),
    ),
    pytest.param("orgs.f1", 0.85, id="orgs-f1"),
    pytest.param("persons.f1", 0.85, id="persons-f1"),
    pytest.param("deals.f1", 0.75, id="deals-f1"),
    pytest.param("deals_type_accuracy", 0.90, id="deals-type-accuracy"),
    pytest.param("deals_status_accuracy", 0.80, id="deals-status-accuracy"),
    pytest.param("deals_investors.f1", 0.70, id="deals-investors-f1"),
]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    gold = load_gold(SEEDS / "gold.jsonl")
    output = tmp_path_factory.mktemp("seed-output")
    extract_gold_corpus(SEEDS, output, {article.id for article in gold}, model=None)
    return score(gold, load_predictions(output))


def test_eval_seeds_every_article_extracted(seed_report: Report) -> None:
    assert [a.id for a in seed_report.articles if not a.has_prediction] == []


@pytest.mark.parametrize("metric, minimum", MINIMUMS)
def test_eval_seeds_score_meets_minimum(seed_report: Report, metric: str, minimum: float) -> None:
    value = seed_report.metric(metric)
    assert value is not None and value >= minimum, (
        f"{metric} = {value} < {minimum}\n{format_table(seed_report)}\n\n{format_detail(seed_report)}"
    )


def test_eval_seeds_table_shows_these_minimums() -> None:
    assert THRESHOLDS == {param.values[0]: param.values[1] for param in MINIMUMS}
