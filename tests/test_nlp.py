"""Tokenizer fixes and sentence boundaries of pipeline/nlp.py."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp import SentenceSegmenter, customize_tokenizer


@pytest.fixture(scope="module")
def tokenizer_nlp():
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    return nlp


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("5,6 Mill. Dollar", ["5,6", "Mill.", "Dollar"]),
        ("die 14-Mrd.-Dollar-Allianz", ["die", "14", "-", "Mrd.", "-", "Dollar", "-", "Allianz"]),
        ("die OpenAI-Rivalin Anthropic", ["die", "OpenAI", "-", "Rivalin", "Anthropic"]),
        ("ca. 20 Mio. Euro", ["ca.", "20", "Mio.", "Euro"]),
        ("1.250.000 Euro", ["1.250.000", "Euro"]),
        ("an der Wellmar Antriebe GmbH.", ["an", "der", "Wellmar", "Antriebe", "GmbH", "."]),
        ("die Brunsholt KGaA.", ["die", "Brunsholt", "KGaA", "."]),
    ],
    ids=["mill-abbreviation", "hyphen-compound-money", "hyphen-compound-name", "ca-and-mio", "thousands-dots", "gmbh-period", "kgaa-period"],
)
def test_nlp_tokenizer_fixes(tokenizer_nlp, text, tokens):
    assert [t.text for t in tokenizer_nlp(text)] == tokens


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "Das Training kostete 5,6 Mill. Dollar. Danach kam mehr.",
            ["Das Training kostete 5,6 Mill. Dollar.", "Danach kam mehr."],
        ),
        (
            "Zwischentitel ohne Punkt\nDer Konzern zahlte 3 Mrd. Euro.",
            ["Zwischentitel ohne Punkt", "Der Konzern zahlte 3 Mrd. Euro."],
        ),
        (
            "Am 12. November 2025 meldete die Firma Zahlen. Sie waren gut.",
            ["Am 12. November 2025 meldete die Firma Zahlen.", "Sie waren gut."],
        ),
        (
            "„Wir wachsen“, sagte die Chefin. Dr. Maier widersprach.",
            ["„Wir wachsen“, sagte die Chefin.", "Dr. Maier widersprach."],
        ),
        (
            "Gewinn? Ja! Der Umsatz stieg.",
            ["Gewinn?", "Ja!", "Der Umsatz stieg."],
        ),
        (
            "Die Runde ist abgeschlossen.\u00a0Der Konzern zahlte 3 Mrd. Euro.",
            ["Die Runde ist abgeschlossen.", "Der Konzern zahlte 3 Mrd. Euro."],
        ),
        (
            "Die Landesbank beteiligt sich an der Wellmar Antriebe GmbH. Die Bank übernimmt 20 Prozent.",
            ["Die Landesbank beteiligt sich an der Wellmar Antriebe GmbH.", "Die Bank übernimmt 20 Prozent."],
        ),
        (
            "Die Bewertung ist dreimal so hoch wie bei der Serie A. Diese hatte Kranich Capital angeführt.",
            ["Die Bewertung ist dreimal so hoch wie bei der Serie A.", "Diese hatte Kranich Capital angeführt."],
        ),
        (
            "Den Vorsitz übernimmt Peter A. Lindholm. Er war zuvor bei Nordkap.",
            ["Den Vorsitz übernimmt Peter A. Lindholm.", "Er war zuvor bei Nordkap."],
        ),
    ],
    ids=[
        "scale-abbreviation-no-break", "line-break", "ordinal-date", "quote-and-title", "question-exclamation",
        "no-break-space", "legal-form-ends-sentence", "letter-ends-sentence-before-function-word",
        "initial-before-a-name-ends-none",
    ],
)
def test_nlp_sentences_respect_abbreviations_and_paragraphs(tokenizer_nlp, text, sentences):
    doc = SentenceSegmenter()(tokenizer_nlp(text))
    assert [s.text.strip() for s in doc.sents] == sentences


def test_nlp_build_without_model_has_all_components(nlp):
    assert nlp.pipe_names == ["newsfacts_sentences", "newsfacts_money", "newsfacts_dates", "newsfacts_parties", "newsfacts_deals"]
