"""A tiny statistical NER, trained in the test session, standing in for de_core_news_lg.

The real German model cannot be installed here, so the model code path of the
"newsfacts_parties" component is exercised with a blank German pipeline whose "ner"
learns the labels de_core_news_lg has (PER, LOC, ORG, MISC) from the sentences below.
Training memorizes them in a few seconds; tests then run the same sentences.
Import the fixture into a test module: ``from ner_standin import standin_nlp  # noqa: F401``.
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language
from spacy.training import Example

# (sentence, [(entity text, label), ...]); every entity text occurs once in its sentence.
TRAINING_SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Veltrona hat die Gespräche mit den Banken beendet.", [("Veltrona", "ORG")]),
    ("Die Gespräche mit Veltrona ziehen sich hin.", [("Veltrona", "ORG")]),
    ("Jana Wolkenberg leitet das Unternehmen seit März.", [("Jana Wolkenberg", "PER")]),
    ("Wolkenberg sagte, die Zahlen seien solide.", [("Wolkenberg", "PER")]),
    ("Anthropic hat eine neue Finanzierungsrunde abgeschlossen.", [("Anthropic", "ORG")]),
    ("Die Trump-Administration verschärft die Exportregeln.", [("Trump-Administration", "ORG")]),
    ("Das Werk in Halvenstadt soll im Herbst öffnen.", [("Halvenstadt", "LOC")]),
    ("Der Chatbot Quillio beantwortet Kundenanfragen.", [("Quillio", "MISC")]),
    ("Bei Brandtner Logistik arbeiten 400 Menschen.", [("Brandtner Logistik", "ORG")]),
    ("Die Bundesregierung plant neue Hilfen.", [("Bundesregierung", "ORG")]),
    ("Claude wurde für Unternehmenskunden verbessert.", [("Claude", "ORG")]),
    ("Der Umsatz von Veltrona stieg um zwölf Prozent.", [("Veltrona", "ORG")]),
    ("Jana Wolkenberg will bis 2027 profitabel sein.", [("Jana Wolkenberg", "PER")]),
    ("Aus Halvenstadt kommen die meisten Zulieferer.", [("Halvenstadt", "LOC")]),
    ("Die Aktie legte am Montag deutlich zu.", []),
    ("Analysten erwarten ein schwieriges Quartal.", []),
]

LABELS = ("PER", "LOC", "ORG", "MISC")


def _example(nlp: Language, sentence: str, entities: list[tuple[str, str]]) -> Example:
    spans = []
    for text, label in entities:
        start = sentence.index(text)
        spans.append((start, start + len(text), label))
    return Example.from_dict(nlp.make_doc(sentence), {"entities": spans})


def train_standin_ner(iterations: int = 40, seed: int = 0) -> Language:
    """A blank German pipeline with an "ner" trained on TRAINING_SENTENCES (deterministic)."""
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    examples = [_example(nlp, sentence, entities) for sentence, entities in TRAINING_SENTENCES]
    optimizer = nlp.initialize(lambda: examples)
    shuffler = random.Random(seed)
    for _ in range(iterations):
        shuffler.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    return nlp


@pytest.fixture(scope="session")
def standin_nlp() -> Language:
    """Stand-in NER followed by the parties component, as a model pipeline would run them."""
    import pipeline.parties  # noqa: F401  (registers the factory)

    nlp = train_standin_ner()
    nlp.add_pipe("newsfacts_parties")
    return nlp
