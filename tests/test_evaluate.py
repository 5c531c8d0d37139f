"""The scorer (pipeline/evaluate.py): matching rules, counting conventions, loading, output.

The article below was written for these tests; its gold annotation and a perfect
prediction are built by hand, and each case of the big table spoils the prediction in
one way and states the counts that must change (every other count stays perfect).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import pytest

from pipeline.evaluate import (
    ACCURACIES,
    FIELDS,
    THRESHOLDS,
    load_predictions,
    Counts,
    DateItem,
    DealItem,
    GoldArticle,
    MoneyItem,
    PredArticle,
    ValuationItem,
    format_detail,
    format_table,
    load_gold,
    locate_texts,
    main_evaluate,
    name_rank,
    score,
)

GOLD_DIR = Path(__file__).parent / "gold"

TEXT = (
    "Die Helion Robotics GmbH hat im März 120 Mio. Euro eingesammelt, angeführt von Northwind Capital. "
    "Helion wird nun mit 900 Mio. Euro bewertet. Ende März sprach Gründerin Katrin Vogel von 2 bis 3 Mio. Euro "
    "für neue Büros; die Branche investiere mehrere Milliarden Euro."
)


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def euro(text: str, value: str | None, low: str | None = None, high: str | None = None) -> MoneyItem:
    to_decimal = lambda number: None if number is None else Decimal(number)  # noqa: E731
    return MoneyItem(text, to_decimal(value), to_decimal(low), to_decimal(high), "EUR")


GOLD = GoldArticle(
    id="a1",
    published=None,
    money=(
        euro("120 Mio. Euro", "120000000"),
        euro("900 Mio. Euro", "900000000"),
        euro("2 bis 3 Mio. Euro", None, "2000000", "3000000"),
        euro("mehrere Milliarden Euro", None),
    ),
    valuations=(ValuationItem("Helion Robotics", Decimal(900000000), "EUR"),),
    deals=(DealItem("Helion Robotics", "funding_round", "completed", Decimal(120000000), "EUR", ("Northwind Capital",)),),
    orgs=("Helion Robotics", "Northwind Capital"),
    persons=("Katrin Vogel",),
    dates=(DateItem("im März", "XXXX-03", "2025-03"), DateItem("Ende März", "XXXX-03", "2025-03")),
)

# What a flawless pipeline writes: decimals with the Parquet scale, names as canonicalized.
PERFECT = PredArticle(
    id="a1",
    text=TEXT,
    money=(
        euro("120 Mio. Euro", "120000000.0000"),
        euro("900 Mio. Euro", "900000000.0000"),
        euro("2 bis 3 Mio. Euro", None, "2000000.0000", "3000000.0000"),
        euro("mehrere Milliarden Euro", None),
    ),
    valuations=(ValuationItem("Helion Robotics", Decimal("900000000.0000"), "EUR"),),
    deals=(DealItem("Helion Robotics", "funding_round", "completed", Decimal("120000000.0000"), "EUR", ("Northwind Capital",)),),
    orgs=("Helion Robotics", "Northwind Capital"),
    persons=("Katrin Vogel",),
    dates=(DateItem("im März", "2025-03", None, *span("im März")), DateItem("Ende März", "2025-03", None, *span("Ende März"))),
)

PERFECT_COUNTS = {"money": 4, "valuations": 1, "deals": 1, "deals_investors": 1, "orgs": 2, "persons": 1, "dates": 2}


def counts(report: Any) -> dict[str, tuple[int, int, int]]:
    return {name: (c.tp, c.pred, c.gold) for name, c in report.fields.items()}


def test_evaluate_perfect_output_scores_one() -> None:
    report = score([GOLD], {"a1": PERFECT})
    assert counts(report) == {name: (n, n, n) for name, n in PERFECT_COUNTS.items()}
    assert all((c.p, c.r, c.f1) == (1.0, 1.0, 1.0) for c in report.fields.values())
    assert {name: report.accuracies[name].value for name in ACCURACIES} == dict.fromkeys(ACCURACIES, 1.0)
    assert format_detail(report) == "== a1"


def with_money(*items: MoneyItem) -> Callable[[PredArticle], PredArticle]:
    return lambda pred: replace(pred, money=items)


def change_item(kind: str, index: int, **changes: Any) -> Callable[[PredArticle], PredArticle]:
    def change(pred: PredArticle) -> PredArticle:
        items = list(getattr(pred, kind))
        items[index] = replace(items[index], **changes)
        return replace(pred, **{kind: tuple(items)})

    return change


def add_item(kind: str, item: Any) -> Callable[[PredArticle], PredArticle]:
    return lambda pred: replace(pred, **{kind: (*getattr(pred, kind), item)})


def drop_item(kind: str, index: int) -> Callable[[PredArticle], PredArticle]:
    return lambda pred: replace(pred, **{kind: tuple(x for i, x in enumerate(getattr(pred, kind)) if i != index)})


M = PERFECT.money
NO_DEAL_PAIRS = {"deals_type_accuracy": None, "deals_status_accuracy": None}

# (change to the perfect prediction, counts (tp, pred, gold) that differ, accuracies that differ)
MISSES_AND_SPURIOUS = [
    pytest.param(drop_item("money", 0), {"money": (3, 3, 4)}, {}, id="money-missed"),
    pytest.param(add_item("money", euro("5 Mio. Euro", "5000000")), {"money": (4, 5, 4)}, {}, id="money-spurious"),
    pytest.param(add_item("money", M[0]), {"money": (4, 5, 4)}, {}, id="money-repeat-beyond-gold-is-spurious"),
    pytest.param(change_item("money", 0, value=Decimal(121000000)), {"money": (3, 4, 4)}, {}, id="money-wrong-value"),
    pytest.param(change_item("money", 0, currency="USD"), {"money": (3, 4, 4)}, {}, id="money-wrong-currency"),
    pytest.param(change_item("money", 2, high=Decimal(4000000)), {"money": (3, 4, 4)}, {}, id="money-wrong-range-end"),
    pytest.param(change_item("money", 2, value=Decimal(2000000)), {"money": (3, 4, 4)}, {}, id="money-range-read-as-value"),
    pytest.param(change_item("money", 3, currency="USD"), {"money": (3, 4, 4)}, {}, id="money-vague-wrong-currency"),
    pytest.param(change_item("money", 3, value=Decimal(1000000000)), {"money": (3, 4, 4)}, {}, id="money-vague-read-as-value"),
    pytest.param(with_money(M[1], M[3], M[0], M[2]), {}, {}, id="money-order-does-not-matter"),
    pytest.param(change_item("money", 0, text="120 Millionen Euro"), {}, {}, id="money-surface-text-does-not-matter"),
    pytest.param(drop_item("valuations", 0), {"valuations": (0, 0, 1)}, {}, id="valuation-missed"),
    pytest.param(
        add_item("valuations", ValuationItem("Northwind Capital", Decimal(5), "EUR")), {"valuations": (1, 2, 1)}, {},
        id="valuation-spurious",
    ),
    pytest.param(change_item("valuations", 0, value=Decimal(90000000)), {"valuations": (0, 1, 1)}, {}, id="valuation-wrong-value"),
    pytest.param(change_item("valuations", 0, currency="USD"), {"valuations": (0, 1, 1)}, {}, id="valuation-wrong-currency"),
    pytest.param(change_item("valuations", 0, company="Northwind Capital"), {"valuations": (0, 1, 1)}, {}, id="valuation-wrong-company"),
    pytest.param(change_item("valuations", 0, company="Helion"), {}, {}, id="valuation-short-company-name"),
    pytest.param(
        change_item("valuations", 0, value=None, low=Decimal(900000000), high=Decimal(900000000)), {"valuations": (0, 1, 1)}, {},
        id="valuation-value-read-as-range",
    ),
    pytest.param(drop_item("deals", 0), {"deals": (0, 0, 1), "deals_investors": (0, 0, 0)}, NO_DEAL_PAIRS, id="deal-missed"),
    pytest.param(
        add_item("deals", DealItem("Ostara Industries", "acquisition", "rumored")), {"deals": (1, 2, 1)}, {}, id="deal-spurious"
    ),
    pytest.param(
        change_item("deals", 0, amount=Decimal(12000000)), {"deals": (0, 1, 1), "deals_investors": (0, 0, 0)}, NO_DEAL_PAIRS,
        id="deal-wrong-amount",
    ),
    pytest.param(
        change_item("deals", 0, amount=None, currency=None), {"deals": (0, 1, 1), "deals_investors": (0, 0, 0)}, NO_DEAL_PAIRS,
        id="deal-amount-missing",
    ),
    pytest.param(
        change_item("deals", 0, currency="USD"), {"deals": (0, 1, 1), "deals_investors": (0, 0, 0)}, NO_DEAL_PAIRS,
        id="deal-wrong-currency",
    ),
    pytest.param(
        change_item("deals", 0, target="Northwind Capital"), {"deals": (0, 1, 1), "deals_investors": (0, 0, 0)}, NO_DEAL_PAIRS,
        id="deal-wrong-target",
    ),
    pytest.param(change_item("deals", 0, type="investment"), {}, {"deals_type_accuracy": 0.0}, id="deal-wrong-type"),
    pytest.param(change_item("deals", 0, status="rumored"), {}, {"deals_status_accuracy": 0.0}, id="deal-wrong-status"),
    pytest.param(change_item("deals", 0, parties=()), {"deals_investors": (0, 0, 1)}, {}, id="deal-investor-missed"),
    pytest.param(
        change_item("deals", 0, parties=("Northwind Capital", "Alpenblick Ventures")), {"deals_investors": (1, 2, 1)}, {},
        id="deal-investor-spurious",
    ),
    pytest.param(
        change_item("deals", 0, parties=("Northwind Capital", "Northwind Capital GmbH")), {}, {}, id="deal-investor-named-twice"
    ),
    pytest.param(drop_item("orgs", 1), {"orgs": (1, 1, 2)}, {}, id="org-missed"),
    pytest.param(add_item("orgs", "Reuters"), {"orgs": (2, 3, 2)}, {}, id="org-spurious"),
    pytest.param(
        lambda pred: replace(pred, orgs=("Helion Robotics GmbH", "HELION ROBOTICS", "Northwind Capital", "Northwind Capital")),
        {}, {}, id="org-mentioned-many-times-counts-once",
    ),  # fmt: skip
    pytest.param(lambda pred: replace(pred, orgs=("Helion", "Northwind")), {}, {}, id="org-short-names-match"),
    pytest.param(drop_item("persons", 0), {"persons": (0, 0, 1)}, {}, id="person-missed"),
    pytest.param(add_item("persons", "Martin Albrecht"), {"persons": (1, 2, 1)}, {}, id="person-spurious"),
    pytest.param(lambda pred: replace(pred, persons=("Vogel",)), {}, {}, id="person-surname-matches"),
    pytest.param(lambda pred: replace(pred, persons=("Katrin Vogelsang",)), {"persons": (0, 1, 1)}, {}, id="person-part-of-word-does-not-match"),
    pytest.param(drop_item("dates", 1), {"dates": (1, 1, 2)}, {}, id="date-missed"),
    pytest.param(add_item("dates", DateItem("nun", "2025-03", None, *span("nun"))), {"dates": (2, 3, 2)}, {}, id="date-spurious"),
    pytest.param(change_item("dates", 0, start=span("im März")[0] + 3), {}, {}, id="date-shorter-span-overlaps"),
    pytest.param(change_item("dates", 1, start=span("Ende März")[0] - 2, end=span("Ende März")[1] + 7), {}, {}, id="date-longer-span-overlaps"),
    pytest.param(change_item("dates", 0, start=span("120")[0], end=span("120")[1]), {"dates": (1, 2, 2)}, {}, id="date-span-elsewhere"),
    pytest.param(
        change_item("dates", 0, start=span("im März")[1], end=span("im März")[1] + 4), {"dates": (1, 2, 2)}, {},
        id="date-adjacent-span-does-not-overlap",
    ),
    pytest.param(
        lambda pred: replace(
            pred, dates=(DateItem("im", "2025-03", None, *span("im")), DateItem("März", "2025-03", None, *span("März")), pred.dates[1])
        ),
        {"dates": (2, 3, 2)}, {}, id="date-two-predictions-on-one-gold",
    ),  # fmt: skip
    pytest.param(change_item("dates", 0, value="2025-04"), {}, {"dates_value_accuracy": 0.5}, id="date-wrong-value"),
    pytest.param(change_item("dates", 0, value="XXXX-03"), {}, {"dates_value_accuracy": 0.5}, id="date-unresolved-value"),
    pytest.param(
        None,
        {name: (0, 0, n) for name, n in PERFECT_COUNTS.items()} | {"deals_investors": (0, 0, 0)},
        dict.fromkeys(ACCURACIES, None),
        id="article-without-prediction",
    ),
]


@pytest.mark.parametrize("change, changed_counts, changed_accuracies", MISSES_AND_SPURIOUS)
def test_evaluate_counts_each_miss_and_spurious_once(
    change: Callable[[PredArticle], PredArticle] | None,
    changed_counts: dict[str, tuple[int, int, int]],
    changed_accuracies: dict[str, float | None],
) -> None:
    report = score([GOLD], {} if change is None else {"a1": change(PERFECT)})
    assert counts(report) == {name: (n, n, n) for name, n in PERFECT_COUNTS.items()} | changed_counts
    accuracies = {name: report.accuracies[name].value for name in ACCURACIES}
    assert accuracies == dict.fromkeys(ACCURACIES, 1.0) | changed_accuracies


# (gold name, predicted name, 2 = same name, 1 = whole-word run, None = no match)
NAME_MATCHING = [
    pytest.param("OpenAI", "OpenAI", 2, id="identical"),
    pytest.param("OpenAI", "openai", 2, id="case"),
    pytest.param("Kessler Werke", "Kessler Werke AG", 2, id="suffix-AG"),
    pytest.param("Isarwerk Beteiligungen", "Isarwerk Beteiligungen GmbH", 2, id="suffix-GmbH"),
    pytest.param("Brenner & Söhne", "Brenner & Söhne GmbH & Co. KG", 2, id="suffix-GmbH-Co-KG"),
    pytest.param("Rheintal Chemie SE", "Rheintal Chemie", 2, id="suffix-on-gold-side"),
    pytest.param("Crestline Equity", "Crestline Equity, Inc.", 2, id="suffix-Inc-after-comma"),
    pytest.param("Vanta Pay", "Vanta Pay S.A.", 2, id="suffix-S.A."),
    pytest.param("Lindqvist Sensor", "Lindqvist Sensor AB", 2, id="suffix-AB"),
    pytest.param("SE", "SE", 2, id="legal-form-alone-is-kept"),
    pytest.param("Lightspeed", "Lightspeed Venture Partners", 1, id="shorter-prediction-word-run"),
    pytest.param("Wall Street Journal", "Journal", 1, id="shorter-prediction-last-word"),
    pytest.param("Northwind", "Northwind Capital GmbH", 1, id="shorter-gold-and-suffix"),
    pytest.param("Martin Albrecht", "Albrecht", 1, id="person-surname"),
    pytest.param("Capital", "Northwind Capital Partners", 1, id="middle-word"),
    pytest.param("Open", "OpenAI", None, id="part-of-a-word"),
    pytest.param("Northwind Partners", "Northwind Capital Partners", None, id="words-not-consecutive"),
    pytest.param("AWS", "Amazon Web Services", None, id="abbreviation-not-expanded"),
    pytest.param("Kessler Werke", "Lindqvist Sensor", None, id="different-names"),
    pytest.param("Kessler", None, None, id="missing-prediction"),
    pytest.param(None, None, 2, id="both-missing"),
]


@pytest.mark.parametrize("gold, pred, expected", NAME_MATCHING)
def test_evaluate_name_rank(gold: str | None, pred: str | None, expected: int | None) -> None:
    assert name_rank(gold, pred) == expected


# (tp, pred, gold) -> (P, R, F1)
ZERO_DIVISION = [
    pytest.param((0, 0, 0), (1.0, 1.0, 1.0), id="nothing-to-find-nothing-found"),
    pytest.param((0, 0, 3), (0.0, 0.0, 0.0), id="nothing-predicted"),
    pytest.param((0, 2, 0), (0.0, 0.0, 0.0), id="nothing-in-gold"),
    pytest.param((0, 2, 3), (0.0, 0.0, 0.0), id="nothing-right"),
    pytest.param((1, 2, 4), (0.5, 0.25, 1 / 3), id="harmonic-mean"),
]


@pytest.mark.parametrize("tally, expected", ZERO_DIVISION)
def test_evaluate_precision_recall_conventions(tally: tuple[int, int, int], expected: tuple[float, float, float]) -> None:
    tp, pred, gold = tally
    c = Counts(tp, pred, gold)
    assert (c.p, c.r, c.f1) == pytest.approx(expected)


def test_evaluate_micro_averages_over_articles() -> None:
    small = GoldArticle("a2", money=(euro("1 Mio. Euro", "1000000"),))
    spurious = PredArticle("a2", money=(euro("7 Mio. Euro", "7000000"), euro("8 Mio. Euro", "8000000")))
    money = score([GOLD, small], {"a1": PERFECT, "a2": spurious}).fields["money"]
    # Pooled: 4 right of 6 predicted and 5 in gold; a mean of per-article scores would give (1 + 0) / 2.
    assert (money.tp, money.pred, money.gold) == (4, 6, 5)
    assert (money.p, money.r) == pytest.approx((4 / 6, 4 / 5))


def test_evaluate_matching_finds_the_most_pairs() -> None:
    # A greedy pass would pair "Volkswagen" with "Volkswagen Financial" first and strand
    # the second gold name; re-pairing along an augmenting path matches both.
    gold = GoldArticle("a", orgs=("Volkswagen", "Volkswagen Financial Services"))
    pred = PredArticle("a", orgs=("Volkswagen Financial", "Volkswagen Group"))
    assert counts(score([gold], {"a": pred}))["orgs"] == (2, 2, 2)


def test_evaluate_deals_prefer_the_pairing_with_shared_investors() -> None:
    # Two stakes in one company without amounts: the pairs must follow the investors.
    gold = GoldArticle(
        "a",
        deals=(
            DealItem("Vanta Pay", "investment", "rumored", parties=("Crestline Equity",)),
            DealItem("Vanta Pay", "investment", "completed", parties=("Northwind Capital",)),
        ),
    )
    pred = PredArticle(
        "a",
        deals=(
            DealItem("Vanta Pay", "investment", "completed", None, "EUR", ("Northwind Capital",)),
            DealItem("Vanta Pay AG", "investment", "rumored", None, None, ("Crestline Equity",)),
        ),
    )
    report = score([gold], {"a": pred})
    assert counts(report)["deals"] == (2, 2, 2)
    assert counts(report)["deals_investors"] == (2, 2, 2)
    assert report.accuracies["deals_status_accuracy"].value == 1.0


def test_evaluate_predicted_sellers_are_not_compared_with_gold_investors(tmp_path: Path) -> None:
    # The gold lists a deal's investors and lead; the seller of a sale is no investor.
    import pyarrow as pa
    import pyarrow.parquet as pq

    article = {"article_id": "a1", "source_path": "news/k01.txt", "text": "…"}
    deal = {"deal_id": "d1", "article_id": "a1", "type": "acquisition", "target": "Vetrosol", "status": "rumored",
            "amount": None, "currency": None}
    parties = [
        {"deal_id": "d1", "article_id": "a1", "party": "Maurach", "role": "acquirer"},
        {"deal_id": "d1", "article_id": "a1", "party": "Kestrel Bay", "role": "seller"},
    ]
    for name, rows in (("articles", [article]), ("deals", [deal]), ("deal_parties", parties)):
        pq.write_table(pa.Table.from_pylist(rows), tmp_path / f"{name}.parquet")  # the columns load_predictions reads
    pred = load_predictions(tmp_path)["k01"]
    assert [d.parties for d in pred.deals] == [("Maurach",)]


# (gold currency, predicted currency, matches)
DEAL_CURRENCY = [
    pytest.param("EUR", "EUR", True, id="same"),
    pytest.param("EUR", "USD", False, id="different"),
    pytest.param(None, "CHF", True, id="gold-currency-unknown"),
    pytest.param("EUR", None, False, id="prediction-without-currency"),
]


@pytest.mark.parametrize("gold_currency, pred_currency, matches", DEAL_CURRENCY)
def test_evaluate_deal_currency(gold_currency: str | None, pred_currency: str | None, matches: bool) -> None:
    gold = GoldArticle("a", deals=(DealItem("Vanta Pay", "ipo", "rumored", Decimal(400000000), gold_currency),))
    pred = PredArticle("a", deals=(DealItem("Vanta Pay", "ipo", "rumored", Decimal("400000000.0000"), pred_currency),))
    assert counts(score([gold], {"a": pred}))["deals"] == ((1, 1, 1) if matches else (0, 1, 1))


# (publication date of the gold article, predicted value, counted as right)
DATE_VALUES = [
    pytest.param(None, "2025-03", True, id="unknown-publication-uses-value_est"),
    pytest.param(None, "XXXX-03", False, id="unknown-publication-unresolved-is-wrong"),
    pytest.param("2024-05-02", "XXXX-03", True, id="known-publication-uses-value"),
    pytest.param("2024-05-02", "2025-03", False, id="known-publication-value_est-is-wrong"),
]


@pytest.mark.parametrize("published, value, is_right", DATE_VALUES)
def test_evaluate_date_value_reference(published: str | None, value: str, is_right: bool) -> None:
    gold = GoldArticle("a", published=published, dates=(DateItem("im März", "XXXX-03", "2025-03"),))
    pred = PredArticle("a", text="Geld kam im März.", dates=(DateItem("im März", value, None, 9, 16),))
    assert score([gold], {"a": pred}).accuracies["dates_value_accuracy"].value == (1.0 if is_right else 0.0)


# (predicted value for "im vergangenen Jahr", gold value 2024-11-12/2025-11-12 with alt_value 2024, right)
ALT_VALUES = [
    pytest.param("2024-11-12/2025-11-12", True, id="value"),
    pytest.param("2024", True, id="alt_value"),
    pytest.param("2025", False, id="neither"),
]


@pytest.mark.parametrize("value, is_right", ALT_VALUES)
def test_evaluate_date_alt_value_is_also_right(value: str, is_right: bool) -> None:
    gold = GoldArticle("a", published="2025-11-12", dates=(DateItem("im vergangenen Jahr", "2024-11-12/2025-11-12", alt_value="2024"),))
    pred = PredArticle("a", text="Sie wuchs im vergangenen Jahr.", dates=(DateItem("im vergangenen Jahr", value, None, 10, 29),))
    assert score([gold], {"a": pred}).accuracies["dates_value_accuracy"].value == (1.0 if is_right else 0.0)


# (gold value of "im zweiten Halbjahr", predicted value, counted as right): a half or quarter may be written as its months
PART_OF_YEAR_VALUES = [
    pytest.param("2025-07/2025-12", "2025-H2", True, id="half-as-months"),
    pytest.param("2025-H2", "2025-07/2025-12", True, id="months-as-half"),
    pytest.param("2025-07/2025-09", "2025-Q3", True, id="quarter-as-months"),
    pytest.param("2025-07/2025-12", "2025-H1", False, id="other-half"),
    pytest.param("2025-07/2026-12", "2025-H2", False, id="months-across-years"),
    pytest.param("2025-02/2025-07", "2025-H1", False, id="months-of-no-half"),
]


@pytest.mark.parametrize("gold_value, value, is_right", PART_OF_YEAR_VALUES)
def test_evaluate_date_part_of_year_as_months(gold_value: str, value: str, is_right: bool) -> None:
    gold = GoldArticle("a", published="2025-03-04", dates=(DateItem("im zweiten Halbjahr", gold_value),))
    pred = PredArticle("a", text="Das folgt im zweiten Halbjahr.", dates=(DateItem("im zweiten Halbjahr", value, None, 10, 29),))
    assert score([gold], {"a": pred}).accuracies["dates_value_accuracy"].value == (1.0 if is_right else 0.0)


def test_evaluate_date_without_value_est_uses_value() -> None:
    gold = GoldArticle("a", dates=(DateItem("2026", "2026"),))
    pred = PredArticle("a", text="Ab 2026 soll es losgehen.", dates=(DateItem("2026", "2026", None, 3, 7),))
    assert score([gold], {"a": pred}).accuracies["dates_value_accuracy"].value == 1.0


# (text, gold date texts, spans found)
LOCATING = [
    pytest.param("Ende März kam Geld, Ende März ging es.", ["Ende März", "Ende März"], [(0, 9), (20, 29)], id="successive-occurrences"),
    pytest.param("Ende\nMärz kam Geld.", ["Ende März"], [(0, 9)], id="line-break-for-space"),
    pytest.param("Im Jahr 20265 nicht, im Jahr 2026 schon.", ["2026"], [(29, 33)], id="whole-words-only"),
    pytest.param("Seit 2019 und bis 2030.", ["bis 2030", "Seit 2019"], [(14, 22), (0, 9)], id="out-of-order-falls-back"),
    pytest.param("Im März kam Geld.", ["im März"], [(0, 7)], id="case-falls-back"),
    pytest.param("bis 2028 und 2028", ["bis 2028", "2028"], [(0, 8), (13, 17)], id="no-overlap-with-taken"),
    pytest.param("Kein Datum hier.", ["im Mai"], [None], id="not-found"),
]


@pytest.mark.parametrize("text, needles, expected", LOCATING)
def test_evaluate_locate_gold_dates(text: str, needles: list[str], expected: list[tuple[int, int] | None]) -> None:
    assert locate_texts(text, needles) == expected


def test_evaluate_gold_date_not_in_text_is_missed() -> None:
    gold = GoldArticle("a", dates=(DateItem("im Mai", "XXXX-05"),))
    pred = PredArticle("a", text="Im Juni kam Geld.", dates=(DateItem("Im Juni", "XXXX-06", None, 0, 7),))
    report = score([gold], {"a": pred})
    assert counts(report)["dates"] == (0, 1, 1)
    assert "text not found" in format_detail(report)


# ----------------------------------------------------------------------------- loading and output


def test_evaluate_load_gold_reads_exact_amounts_and_lead(tmp_path: Path) -> None:
    line = {
        "id": "x1",
        "published": None,
        "money": [{"text": "3,5 Mrd. Euro", "value": 3500000000, "currency": "EUR"}, {"text": "0,1 Mio.", "value": 100000.1, "currency": "EUR"}],
        "deals": [{"type": "funding_round", "target": "Helion", "investors": ["Alpenblick Ventures"], "lead": "Northwind Capital",
                   "amount": None, "currency": None, "status": "completed"}],
        "dates": [{"text": "im März", "value": "XXXX-03", "value_est": "2025-03"}],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    [article] = load_gold(path)
    assert [m.value for m in article.money] == [Decimal("3500000000"), Decimal("100000.1")]
    assert article.deals[0].parties == ("Alpenblick Ventures", "Northwind Capital")
    assert article.dates[0].value_est == "2025-03" and article.orgs == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("{not json", id="not-json"),
        pytest.param('{"money": []}', id="no-id"),
        pytest.param('{"id": "x", "money": [{"text": "5 Euro", "value": true}]}', id="amount-not-a-number"),
        pytest.param('{"id": "ok"}', id="id-twice"),
    ],
)
def test_evaluate_load_gold_names_the_bad_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:2:"):
        load_gold(path)


def test_evaluate_tests_gold_matches_its_articles() -> None:
    """The repo's gold set must not drift from its texts: ids, lengths, and every span in order."""
    raw = [json.loads(line) for line in (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in raw) == sorted(p.stem for p in GOLD_DIR.glob("*.txt"))
    for record in raw:
        text = (GOLD_DIR / f"{record['id']}.txt").read_text(encoding="utf-8")
        assert record["chars"] == len(text), record["id"]
        for kind in ("money", "dates"):
            spans = locate_texts(text, [item["text"] for item in record[kind]])
            assert None not in spans, (record["id"], kind)
            assert spans == sorted(spans), (record["id"], kind)  # listed in reading order
        for item in record["deals"] + record["valuations"]:
            assert item["evidence"] in text, (record["id"], item["evidence"])


def write_tables(output: Path, gold: list[GoldArticle]) -> None:
    """Parquet tables as a flawless extraction of ``gold`` would write them (texts from tests/gold)."""
    from pipeline.schema import TABLES, to_arrow
    import pyarrow.parquet as pq

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for article in gold:
        text = (GOLD_DIR / f"{article.id}.txt").read_text(encoding="utf-8")
        aid = f"id-{article.id}"
        rows["articles"].append({"article_id": aid, "source_path": f"sub/{article.id}.txt", "text": text})
        for n, m in enumerate(article.money):
            rows["money"].append({"article_id": aid, "mention_id": f"{aid}-m{n}", "text": m.text, "value": m.value, "low": m.low, "high": m.high, "currency": m.currency})
        for v in article.valuations:
            rows["valuations"].append({"article_id": aid, "company": v.company, "value": v.value, "low": v.low, "high": v.high, "currency": v.currency})
        for n, d in enumerate(article.deals):
            deal_id = f"{aid}-d{n}"
            rows["deals"].append({"article_id": aid, "deal_id": deal_id, "type": d.type, "target": d.target, "amount": d.amount, "currency": d.currency, "status": d.status})
            rows["deal_parties"] += [{"article_id": aid, "deal_id": deal_id, "party": p, "role": "investor"} for p in d.parties]
        names = [(name, "ORG") for name in article.orgs] + [(name, "PER") for name in article.persons] + [("Ludwigshafen", "LOC")]
        rows["parties"] += [{"article_id": aid, "canonical": name, "label": label} for name, label in names]
        spans = locate_texts(text, [t.text for t in article.dates])
        for t, (start, end) in zip(article.dates, spans):
            value = t.value_est if article.published is None and t.value_est else t.value
            rows["dates"].append({"article_id": aid, "text": t.text, "start_char": start, "end_char": end, "value": value})
    output.mkdir(exist_ok=True)
    for name, table in TABLES.items():
        # Columns the scorer does not read get a placeholder where the schema forbids null.
        placeholders = {c.name: filler(c.type) for c in table.columns if not c.nullable}
        pq.write_table(to_arrow(table, [placeholders | row for row in rows[name]]), output / f"{name}.parquet")


def filler(arrow_type: Any) -> Any:
    import pyarrow as pa

    if pa.types.is_string(arrow_type):
        return "x"
    if pa.types.is_boolean(arrow_type):
        return False
    if pa.types.is_timestamp(arrow_type):
        return datetime(2025, 1, 1, tzinfo=timezone.utc)
    if pa.types.is_date(arrow_type):
        return date(2025, 1, 1)
    return 0


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main_evaluate(argv)
    return status, capsys.readouterr().out


def test_evaluate_cli_scores_saved_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = load_gold(GOLD_DIR / "gold.jsonl")
    write_tables(tmp_path / "out", gold)
    status, out = run_cli(["--gold", str(GOLD_DIR / "gold.jsonl"), "--predictions", str(tmp_path / "out"), "--json"], capsys)
    assert status == 0
    scores = json.loads(out.splitlines()[-1])
    assert [scores[name]["f1"] for name in FIELDS] == [1.0] * len(FIELDS)
    assert [scores[name] for name in ACCURACIES] == [1.0] * len(ACCURACIES)
    assert scores["money"]["gold"] == sum(len(a.money) for a in gold)
    assert scores["articles_without_predictions"] == []


def test_evaluate_cli_table_agrees_with_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = load_gold(GOLD_DIR / "gold.jsonl")
    spoiled = [replace(a, money=a.money[1:], orgs=(*a.orgs, "Reuters")) for a in gold]  # imperfect, so numbers vary
    write_tables(tmp_path / "out", spoiled)
    status, out = run_cli(["--gold", str(GOLD_DIR / "gold.jsonl"), "--predictions", str(tmp_path / "out"), "--json"], capsys)
    assert status == 0
    *table, last = out.splitlines()
    scores = json.loads(last)
    rows = {line.split()[0]: line.split() for line in table if line.split() and line.split()[0] in scores}
    for name in FIELDS:
        tp, pred, gold_n, p, r, f1 = rows[name][1:7]
        c = scores[name]
        assert (int(tp), int(pred), int(gold_n)) == (c["tp"], c["pred"], c["gold"])
        assert (p, r, f1) == tuple(f"{c[k]:.3f}" for k in ("p", "r", "f1"))
    for name in ACCURACIES:
        right, of, acc = rows[name][1:4]
        assert (int(right), int(of)) == tuple(scores["accuracy_counts"][name].values())
        assert acc == f"{scores[name]:.3f}"
    added = sum("Reuters" not in a.orgs for a in gold)  # one spurious org in each article that does not name Reuters
    assert scores["money"]["tp"] == scores["money"]["gold"] - len(gold) and scores["orgs"]["pred"] == scores["orgs"]["gold"] + added


def test_evaluate_cli_detail_lists_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = load_gold(GOLD_DIR / "gold.jsonl")
    write_tables(tmp_path / "out", [replace(gold[0], persons=("Martin Albrecht",)), *gold[1:]])
    status, out = run_cli(["--gold", str(GOLD_DIR / "gold.jsonl"), "--predictions", str(tmp_path / "out"), "--detail"], capsys)
    assert status == 0
    assert "  missed   persons          Katrin Vogel" in out
    assert "  spurious persons          Martin Albrecht" in out


def test_evaluate_cli_says_why_an_article_has_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq
    from pipeline.schema import ERRORS, to_arrow

    gold = load_gold(GOLD_DIR / "gold.jsonl")
    write_tables(tmp_path / "out", gold[1:])
    failure = {"source_path": f"{gold[0].id}.txt", "stage": "extract", "error_type": "boom", "message": "money failed", "severity": "error"}
    pq.write_table(to_arrow(ERRORS, [failure]), tmp_path / "out" / "errors.parquet")
    status = main_evaluate(["--gold", str(GOLD_DIR / "gold.jsonl"), "--predictions", str(tmp_path / "out"), "--json"])
    captured = capsys.readouterr()
    assert status == 0
    assert f"no rows for {gold[0].id}.txt: [extract] money failed" in captured.err
    assert json.loads(captured.out.splitlines()[-1])["articles_without_predictions"] == [gold[0].id]


def test_evaluate_cli_says_which_component_failed_on_a_scored_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq
    from pipeline.schema import ERRORS, to_arrow

    gold = load_gold(GOLD_DIR / "gold.jsonl")
    write_tables(tmp_path / "out", gold)
    failure = {"source_path": f"{gold[0].id}.txt", "stage": "extract", "error_type": "newsfacts_deals_failed",
               "message": "newsfacts_deals failed on this article: IndexError", "severity": "error"}
    pq.write_table(to_arrow(ERRORS, [failure]), tmp_path / "out" / "errors.parquet")
    status = main_evaluate(["--gold", str(GOLD_DIR / "gold.jsonl"), "--predictions", str(tmp_path / "out"), "--json"])
    captured = capsys.readouterr()
    assert status == 0
    assert f"partial rows for {gold[0].id}.txt: [extract] newsfacts_deals failed on this article" in captured.err
    assert json.loads(captured.out.splitlines()[-1])["articles_without_predictions"] == []


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--gold", "does-not-exist.jsonl", "--predictions", "."], id="missing-gold"),
        pytest.param(["--gold", str(GOLD_DIR / "gold.jsonl")], id="neither-corpus-nor-predictions"),
        pytest.param(["--gold", str(GOLD_DIR / "gold.jsonl"), "--predictions", "no-such-dir"], id="missing-output-dir"),
        pytest.param(["--gold", str(GOLD_DIR / "gold.jsonl"), "--corpus", "no-such-dir"], id="missing-corpus"),
    ],
)
def test_evaluate_cli_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main_evaluate(argv) == 2


def test_evaluate_thresholds_are_shown_in_the_table() -> None:
    table = format_table(score([GOLD], {"a1": PERFECT}))
    for metric, minimum in THRESHOLDS.items():
        row = next(line for line in table.splitlines() if line.startswith(metric.split(".")[0] + " "))
        assert row.endswith(f"{minimum:.2f} ok"), row


def test_evaluate_end_to_end_on_tests_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same entry point as `make eval` without the seeds: extract tests/gold, then score it."""
    status, out = run_cli(
        ["--gold", str(GOLD_DIR / "gold.jsonl"), "--corpus", str(GOLD_DIR), "--model", "none", "--output", str(tmp_path), "--json"],
        capsys,
    )
    assert status == 0
    scores = json.loads(out.splitlines()[-1])
    gold = load_gold(GOLD_DIR / "gold.jsonl")
    assert scores["articles_without_predictions"] == []
    assert scores["money"]["gold"] == sum(len(a.money) for a in gold)
    assert scores["dates"]["gold"] == sum(len(a.dates) for a in gold)
    assert (tmp_path / "articles.parquet").exists()
