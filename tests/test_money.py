"""pipeline.money: the newsfacts_money component, implied currencies and roles."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import pipeline.money  # noqa: F401  (registers the factory)
from pipeline.money import cue_role, extract_money, split_sentences


@pytest.fixture(scope="module")
def money_nlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_money")
    return nlp


# --- implied currency: text -> [(mention, currency, is_currency_implied)] -------------------------
IMPLIED = [
    (
        "a-part-of-a-count-is-counted-too",
        "Insgesamt sollen bis zu 31 Millionen Aktien platziert werden, davon rund sieben Millionen aus einer "
        "Kapitalerhöhung. Inklusive Mehrzuteilungsoption könnte das Emissionsvolumen auf bis zu 900 Mio. Euro steigen.",
        [("bis zu 900 Mio. Euro", "EUR", False)],
    ),
    (
        "guard-a-part-of-money-is-money",
        "Der Preis liegt bei 140 Mio. Franken, davon 15 Millionen als Zahlung bei Erfolg.",
        [("140 Mio. Franken", "CHF", False), ("15 Millionen", "CHF", True)],
    ),
    (
        "from-preceding",
        "Die Firma sammelte 2 Mrd. Euro ein. Später kamen 500 Mio. hinzu.",
        [("2 Mrd. Euro", "EUR", False), ("500 Mio.", "EUR", True)],
    ),
    (
        "from-following",
        "Zuerst flossen 300 Mio., später 2 Mrd. Dollar.",
        [("300 Mio.", "USD", True), ("2 Mrd. Dollar", "USD", False)],
    ),
    (
        "nearest-preceding",
        "Erst kamen 2 Mrd. Euro, dann 3 Mrd. Dollar und schließlich 500 Mio. dazu.",
        [("2 Mrd. Euro", "EUR", False), ("3 Mrd. Dollar", "USD", False), ("500 Mio.", "USD", True)],
    ),
    (
        "weitere-milliarde",
        "Der Konzern steckt 2 Mrd. Dollar in das Start-up und eine weitere Milliarde in Chips.",
        [("2 Mrd. Dollar", "USD", False), ("eine weitere Milliarde", "USD", True)],
    ),
    # a span of years before the amount is a time, not what the amount counts (blind set ac)
    (
        "years-before-weitere-milliarde",
        "Der Konzern steckte 600 Mio. Euro in Werke und will in den kommenden fünf Jahren eine weitere Milliarde investieren.",
        [("600 Mio. Euro", "EUR", False), ("eine weitere Milliarde", "EUR", True)],
    ),
    ("no-money-in-article", "Der Dienst wuchs binnen eines Jahres auf 20 Millionen.", []),
    ("unit-noun", "Es kamen 2 Mrd. Euro und 20 Millionen Kunden.", [("2 Mrd. Euro", "EUR", False)]),
    ("vague-keeps-written", "Sie investieren Milliarden Dollar.", [("Milliarden Dollar", "USD", False)]),
    # a magnitude by its count of digits: vague, its currency written in it or implied
    (
        "digit-count-implied",
        "Erst kamen 5 Mio. Euro, dann investierte der Fonds einen dreistelligen Millionenbetrag.",
        [("5 Mio. Euro", "EUR", False), ("einen dreistelligen Millionenbetrag", "EUR", True)],
    ),
    (
        "digit-count-written",
        "Der Preis soll im niedrigen zweistelligen Millionen-Dollar-Bereich liegen.",
        [("niedrigen zweistelligen Millionen-Dollar-Bereich", "USD", False)],
    ),
    ("digit-count-no-money-in-article", "Ein Teil kostet einen zweistelligen Millionenbetrag.", []),
    ("digit-count-not-money", "Die Firma meldet zweistellige Zuwachsraten.", []),
    # "Kronen" with the country the article names (blind set r); "sfr" for Swiss francs
    (
        "kronen-of-the-country-before",
        "Der Konzern übernimmt den schwedischen Hersteller für 4,1 Milliarden Kronen.",
        [("4,1 Milliarden Kronen", "SEK", False)],
    ),
    (
        "kronen-of-the-country-after",
        "Der Markt ist mehrere Milliarden Kronen schwer, sagte der Chef des dänischen Konzerns.",
        [("mehrere Milliarden Kronen", "DKK", False)],
    ),
    ("kronen-of-no-country", "Der Eintritt kostet 40 Kronen.", [("40 Kronen", None, False)]),
    ("sfr", "Der Wert liegt bei rund 2,4 Mrd. sfr.", [("rund 2,4 Mrd. sfr", "CHF", False)]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in IMPLIED], ids=[c[0] for c in IMPLIED])
def test_money_implied_currency(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(m.text, m.money.currency, m.is_currency_implied) for m in extract_money(text)] == expected


# --- roles: sentence -> [(mention, role)] ------------------------------------------------------------
ROLE_CASES = [
    ("valuation-bewertet", "Das Start-up wird nun mit 5 Mrd. Euro bewertet.", [("5 Mrd. Euro", "valuation")]),
    ("valuation-bewertung", "Die Bewertung liegt bei 12 Mrd. Dollar.", [("12 Mrd. Dollar", "valuation")]),
    ("valuation-boersenwert", "Der Börsenwert erreichte 3 Billionen Dollar.", [("3 Billionen Dollar", "valuation")]),
    ("valuation-wert", "Die Firma ist inzwischen 2 Mrd. Euro wert.", [("2 Mrd. Euro", "valuation")]),
    ("raised-einsammeln", "Die Firma sammelte 300 Mio. Euro ein.", [("300 Mio. Euro", "raised")]),
    ("raised-runde", "In einer Finanzierungsrunde kamen 300 Mio. Euro zusammen.", [("300 Mio. Euro", "raised")]),
    ("investment-investiert", "Der Konzern investiert 2 Mrd. Euro in das Werk.", [("2 Mrd. Euro", "investment")]),
    ("investment-zugesagt", "Der Partner hat 500 Mio. Dollar zugesagt.", [("500 Mio. Dollar", "investment")]),
    ("price-kaufpreis", "Der Kaufpreis beträgt 4 Mrd. Euro.", [("4 Mrd. Euro", "price")]),
    ("price-uebernimmt", "Der Konzern übernimmt den Rivalen für 7 Mrd. Dollar.", [("7 Mrd. Dollar", "price")]),
    ("revenue", "Der Umsatz stieg auf 8 Mrd. Euro.", [("8 Mrd. Euro", "revenue")]),
    ("revenue-umsetzte", "Die Sparte, die zuletzt 1 Mrd. Euro umsetzte, steht zum Verkauf.", [("1 Mrd. Euro", "revenue")]),
    # the verb of a relative clause speaks of the amounts inside it only
    ("relative-clause-keeps-its-role",
     "Der Konzern, der 2024 rund 6,8 Mrd. Euro umsetzte, will bis 2028 eine halbe Milliarde Euro in sein Netz stecken.",
     [("rund 6,8 Mrd. Euro", "revenue"), ("eine halbe Milliarde Euro", "investment")]),
    ("profit", "Der Gewinn lag bei 1,2 Mrd. Euro.", [("1,2 Mrd. Euro", "profit")]),
    ("loss", "Das Unternehmen erwartet 5 Mrd. Dollar Verlust.", [("5 Mrd. Dollar", "loss")]),
    ("cost-kostete", "Das Training kostete 4,2 Mill. Dollar.", [("4,2 Mill. Dollar", "cost")]),
    ("cost-compound-head", "Die Investitionskosten betragen 2 Mrd. Euro.", [("2 Mrd. Euro", "cost")]),
    ("assets", "Corvid verwaltet nach eigenen Angaben ein Vermögen von rund 14 Milliarden Pfund.",
     [("rund 14 Milliarden Pfund", "assets")]),
    ("assets-before-a-takeover",
     "Der Fonds verwaltet 9 Mrd. Euro und hat zuletzt den Hersteller Prexon übernommen.", [("9 Mrd. Euro", "assets")]),
    ("capex", "Für den Ausbau der Rechenzentren sind 10 Mrd. Dollar eingeplant.", [("10 Mrd. Dollar", "capex")]),
    ("payout", "An den Kanton flossen als Dividende zuletzt jährlich rund 18 Millionen Franken.",
     [("rund 18 Millionen Franken", "payout")]),
    ("proceeds-of-an-issue-are-raised-not-revenue",
     "Der Bruttoemissionserlös soll sich auf rund 90 Millionen Euro belaufen, der Umsatz lag bei 40 Mio. Euro.",
     [("rund 90 Millionen Euro", "raised"), ("40 Mio. Euro", "revenue")]),
    ("other", "Die Summe von 3 Mrd. Euro überraschte.", [("3 Mrd. Euro", "other")]),
    (
        "two-amounts-two-roles",
        "Die Firma sammelte 2 Mrd. Dollar bei einer Bewertung von 60 Mrd. Dollar ein.",
        [("2 Mrd. Dollar", "raised"), ("60 Mrd. Dollar", "valuation")],
    ),
    (
        "cue-in-other-sentence-ignored",
        "Die Bewertung stieg. Im Jahr flossen dann 5 Mio. Euro an Gehältern.",
        [("5 Mio. Euro", "investment")],
    ),
    (
        "synergies-are-costs-saved-not-a-price",
        "Der Käufer verspricht sich von dem Zukauf jährliche Kostensynergien von 60 bis 70 Mio. Euro.",
        [("60 bis 70 Mio. Euro", "cost")],
    ),
    (
        "savings-are-costs",
        "Nach der Übernahme sollen Einsparungen von 40 Mio. Euro folgen.",
        [("40 Mio. Euro", "cost")],
    ),
    # earnings as the source of money spent say not what it is; a capital increase as the source does
    (
        "proceeds-as-the-source-are-no-revenue",
        "Rund 60 Mio. Euro aus dem Erlös will der Konzern in ein neues Werk stecken.",
        [("Rund 60 Mio. Euro", "investment")],
    ),
    (
        "a-capital-increase-as-the-source-is-raised",
        "Davon sollen 250 Mio. Euro aus einer Kapitalerhöhung in die Firmenkasse fließen.",
        [("250 Mio. Euro", "raised")],
    ),
    (
        "proceeds-after-mit-dem-are-the-source",
        "Mit dem Erlös will Fernholz bis 2030 eine weitere Milliarde Euro in neue Windparks an Land stecken.",
        [("eine weitere Milliarde Euro", "investment")],
    ),
    (
        "guard-revenue-expected-mit-erloesen-von",
        "Für das laufende Jahr rechnet die Chefin mit Erlösen von 310 bis 465 Mio. Euro.",
        [("310 bis 465 Mio. Euro", "revenue")],
    ),
    (
        "a-place-after-aus-is-no-source",
        "Nach Informationen aus Finanzkreisen erlöst der Verkäufer 90 Mio. Euro.",
        [("90 Mio. Euro", "revenue")],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES])
def test_money_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.role) for m in extract_money(text)] == expected


@pytest.mark.parametrize(
    "word,role",
    [("Investitionskosten", "cost"), ("bewertet", "valuation"), ("Finanzierungsrunde", "raised"),
     ("Übernahmeangebot", "price"), ("Jahresumsatz", "revenue"), ("Stellenabbau", None), ("Haus", None)],
)
def test_money_cue_role(word: str, role: str | None) -> None:
    assert cue_role(word) == role


# --- the component -----------------------------------------------------------------------------------
def test_money_component_sets_doc_money(money_nlp: Language) -> None:
    text = "Die Firma sammelte 3,5 Mrd. Dollar ein. Sie ist jetzt 60 Mrd. Dollar wert."
    doc = money_nlp(text)
    assert [(m.text, m.money.value, m.role) for m in doc._.money] == [
        ("3,5 Mrd. Dollar", Decimal("3500000000"), "raised"),
        ("60 Mrd. Dollar", Decimal("60000000000"), "valuation"),
    ]
    assert all(doc.text[m.start : m.end] == m.text for m in doc._.money)


def test_money_component_matches_pure_function(money_nlp: Language) -> None:
    text = "Ein Partner gab 2 Mrd. Euro.\nDazu kam eine weitere Milliarde für den Ausbau."
    assert money_nlp(text)._.money == extract_money(text)


def test_money_component_empty_doc(money_nlp: Language) -> None:
    assert money_nlp("")._.money == []


def test_money_component_without_sentences() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("newsfacts_money")
    assert [m.text for m in nlp("Er zahlte 5 Mio. Euro.")._.money] == ["5 Mio. Euro"]


def test_money_split_sentences_keeps_abbreviations() -> None:
    text = "Sie sammelte 5,6 Mill. Dollar ein. Dann kamen 3 Mrd. Euro!\nNeu"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Sie sammelte 5,6 Mill. Dollar ein.",
        "Dann kamen 3 Mrd. Euro!",
        "Neu",
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_money_component_never_raises(money_nlp: Language, text: str) -> None:
    for mention in money_nlp(text)._.money:
        assert text[mention.start : mention.end] == mention.text
