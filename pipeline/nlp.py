"""The spaCy pipeline: a German model when installed, else a blank German tokenizer, plus our components.

Assembly (in order): tokenizer fixes -> ``newsfacts_sentences`` -> the model's own
components (ner, parser, when a model is loaded) -> ``newsfacts_money`` ->
``newsfacts_dates`` -> ``newsfacts_parties`` -> ``newsfacts_deals``.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.language import Language
from spacy.lang.de.stop_words import STOP_WORDS
import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from pipeline.extensions import doc_text  # importing registers the Doc._ attributes

log = logging.getLogger(__name__)

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
DEFAULT_MODEL = "de_core_news_lg"

# Our extractor components, in pipeline order, with the module that registers each.
COMPONENTS = (
    ("newsfacts_money", "pipeline.money"),
    ("newsfacts_dates", "pipeline.dates"),
    ("newsfacts_parties", "pipeline.parties"),
    ("newsfacts_deals", "pipeline.deals"),
)

# Components of a trained German model that our extraction does not use: excluding them saves time.
UNUSED_MODEL_COMPONENTS = ["lemmatizer", "attribute_ruler", "morphologizer", "tagger", "senter"]

# An entry of a roundup: a paragraph opening with a company's name and its home town in brackets, then a
# colon ("Medvio (Graz): Die Grazer Plattform für digitale Physiotherapie hat ...").
ENTRY_HEADING = re.compile(r"(?m)^(?P<name>[^\W\d_][^\n():,.]{0,60}?) \([^()\n]{2,40}\):[ \t]")
# Or with the name alone before the colon ("Sonavent: Das Leipziger Start-up ... hat"), where at least
# LABELED_ENTRIES paragraphs of the article open so: one such paragraph may be a "Fazit:".
ENTRY_LABEL = re.compile(r"(?m)^(?P<name>[^\W\d_][^\n():,.]{0,40}?):[ \t]+(?=[^\W\d_])")
LABELED_ENTRIES = 3
# Or a ticker's paragraph opening with its town in a dateline ("ZUG. Der Rohstoffhändler Aldermatt verkauft ..."),
# where at least LABELED_ENTRIES paragraphs of the article open so: its entry's company is the first one it names.
ENTRY_DATELINE = re.compile(r"(?m)^(?P<place>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+(?:[ /-][A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+){0,2})\.[ \t]+(?=[A-ZÄÖÜ])")
# Split hyphenated compounds ("OpenAI-Rivalin" -> "OpenAI" "-" "Rivalin",
# "14-Mrd.-Dollar-Allianz" -> "14" "-" "Mrd." ...), so names inside compounds are tokens of their own.
HYPHEN_INFIX = r"(?<=[\w.])-(?=[\w])"


def entry_headings(text: str) -> list[re.Match[str]]:
    r"""The openings of a roundup's entries, each with its ``name`` group: "Medvio (Graz): ...", and
    "Sonavent: ..." where at least LABELED_ENTRIES paragraphs open so, each with a name of its own (labels
    repeated are the speakers of an interview: "Frage: ...", "Brunnhuber: ...").

    >>> text = "Überblick\n\nLumen (Graz): Die Plattform ...\n\nFazit: Ruhig."
    >>> [m["name"] for m in entry_headings(text)]
    ['Lumen']
    >>> [m["name"] for m in entry_headings("A: Der X.\n\nB: Die Y.\n\nC: Das Z.")]
    ['A', 'B', 'C']
    >>> entry_headings("Frage: Wie?\n\nB: Gut.\n\nFrage: Und?\n\nB: Auch.")
    []
    """
    labels = list(ENTRY_LABEL.finditer(text))
    headings = list(ENTRY_HEADING.finditer(text))
    names = [label["name"] for label in labels]
    if len(names) < LABELED_ENTRIES or len(set(names)) < len(names):
        return headings
    return sorted(headings + labels, key=lambda m: m.start())


def dateline_entries(text: str) -> list[re.Match[str]]:
    r"""The openings of a ticker's entries, each a paragraph opening with its town ("LONDON. Der britische ..."),
    where at least LABELED_ENTRIES paragraphs open so: one opening dateline makes no ticker.

    >>> text = "Meldungen\n\nLONDON. Der Konzern X kauft.\n\nZUG. Die Y verkauft.\n\nWIEN. Die Z wächst."
    >>> [m["place"] for m in dateline_entries(text)]
    ['LONDON', 'ZUG', 'WIEN']
    >>> dateline_entries("Titel\n\nBielefeld/London. Der Konzern X kauft.\n\nDie Y verkauft.")
    []
    """
    openings = list(ENTRY_DATELINE.finditer(text))
    return openings if len(openings) >= LABELED_ENTRIES else []


@lru_cache(maxsize=None)
def tokenizer_rules() -> dict[str, Any]:
    with open(RULES_DIR / "tokenizer.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations kept whole and ending no sentence ("Mrd.", "Dr."): rules/tokenizer.yaml."""
    return frozenset(tokenizer_rules()["abbreviations"])


def ends_no_sentence(word: str) -> bool:
    """Whether a period after ``word`` ends no sentence: an abbreviation ("Mrd") or a day ("3. März").

    >>> ends_no_sentence("Mrd"), ends_no_sentence("3"), ends_no_sentence("Januar")
    (True, True, False)
    """
    return f"{word}." in abbreviations() or (len(word) <= 2 and word[-1:].isdigit())


def customize_tokenizer(nlp: Language) -> None:
    """Keep German abbreviations whole, split the period off legal forms ("GmbH.") and split
    hyphenated compounds."""
    rules = tokenizer_rules()
    for abbreviation in rules["abbreviations"]:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for word in rules["period_split"]:
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: word}, {ORTH: "."}])
    infixes = list(nlp.Defaults.infixes or []) + [HYPHEN_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@Language.factory("newsfacts_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> "SentenceSegmenter":
    return SentenceSegmenter()


class SentenceSegmenter:
    """Sentence boundaries for news text: paragraphs and lines always end a sentence,
    ".!?" end one unless the token is an abbreviation ("5,6 Mill. Dollar" ends no sentence).

    One regular-expression pass over the text finds candidate boundaries; only those are
    checked against tokens, and the result is written as one array (no per-token Python loop).
    """

    def __init__(self) -> None:
        rules = tokenizer_rules()
        self.abbreviations = abbreviations()
        self.legal_forms = frozenset(rules["legal_form_abbreviations"])
        final = "".join(re.escape(c) for c in rules["sentence_final"])
        closing = "".join(re.escape(c) for c in rules["closing"])
        # group 1: punctuation then closing marks then blanks (any Unicode space, e.g. NBSP) before a non-space;
        # group 2: the last line break before a non-space (blank lines are skipped one by one: linear).
        self.boundary = re.compile(rf"([{final}][{closing}]{{0,3}}[^\S\n]+(?=\S))|(\n[^\S\n]*(?=\S))")
        self.ordinal = re.compile(r"\d{1,2}\.$")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        text = doc_text(doc)  # doc.text would build a Token object per token
        columns = doc.to_array([IDX, LENGTH])
        token_starts = columns[:, 0]
        matches = [(match.end(), match.start() if match.group(1) is not None else -1) for match in self.boundary.finditer(text)]
        flags = numpy.full(n, -1, dtype="int32")
        flags[0] = 1
        if matches:
            next_chars, punct_chars = numpy.array(matches, dtype="int64").T
            # All lookups in one call each: the token starting at the next character, the token holding the punctuation.
            next_tokens = numpy.searchsorted(token_starts, next_chars, side="left")
            punct_tokens = numpy.searchsorted(token_starts, punct_chars, side="right") - 1
            starts, lengths = token_starts.tolist(), columns[:, 1].tolist()
            for next_char, token_index, punct_char, punct in zip(
                next_chars.tolist(), next_tokens.tolist(), punct_chars.tolist(), punct_tokens.tolist()
            ):
                if token_index >= n or starts[token_index] != next_char:
                    continue
                if punct_char >= 0:
                    word = text[starts[punct] : starts[punct] + lengths[punct]]
                    if (word in self.legal_forms or _is_letter(word)) and _is_function_word(
                        text[next_char : next_char + lengths[token_index]]
                    ):
                        # "... Tolworth Pumps Ltd. Bei Zukäufen ...", "... bei der Serie A. Diese hatte ...": a legal
                        # form or a letter ends this sentence (an initial stands before a name)
                        pass
                    elif word in self.abbreviations:
                        continue
                    elif word.endswith(".") and len(word) > 1:
                        # "12. November": an ordinal ends no sentence; a word glued to its period is an abbreviation
                        if self.ordinal.match(word) or word[:-1].isalpha():
                            continue
                flags[token_index] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
        return doc


def _is_letter(word: str) -> bool:
    """Whether ``word`` is one capital letter with its period: "A." of "Serie A." or of an initial."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _is_function_word(word: str) -> bool:
    """Whether ``word`` is a capitalized function word, as one opening a sentence: "Bei", "Der", "Im"."""
    return word[:1].isupper() and word.lower() in STOP_WORDS


def load_language(model: str | None) -> Language:
    """Load ``model`` (a package name or path), or the default German model, or a blank German pipeline.

    ``model`` None means: the default model when installed, else blank; "none" forces blank.
    """
    if model not in (None, "none", "blank"):
        return spacy.load(model, exclude=UNUSED_MODEL_COMPONENTS)
    if model is None:
        try:
            return spacy.load(DEFAULT_MODEL, exclude=UNUSED_MODEL_COMPONENTS)
        except OSError:
            log.warning(
                "German model %s is not installed: using rules only (blank German tokenizer). "
                "Install it with `make model` for statistical NER and dependency parses.",
                DEFAULT_MODEL,
            )
    return spacy.blank("de")


def build_nlp(model: str | None = None) -> Language:
    """The full pipeline: tokenizer fixes, sentences, the model's components, our extractors.

    >>> nlp = build_nlp("none")
    >>> [s.text for s in nlp("Anthropic sammelte 5,6 Mill. Dollar ein. Dann kam OpenAI.").sents]
    ['Anthropic sammelte 5,6 Mill. Dollar ein.', 'Dann kam OpenAI.']
    >>> [s.text for s in nlp("X kauft die Tolworth Ltd. Bei Zukäufen ist X erfahren. Die Tolworth Ltd. wächst.").sents]
    ['X kauft die Tolworth Ltd.', 'Bei Zukäufen ist X erfahren.', 'Die Tolworth Ltd. wächst.']
    """
    import importlib

    nlp = load_language(model)
    customize_tokenizer(nlp)
    nlp.add_pipe("newsfacts_sentences", first=True)
    for factory, module in COMPONENTS:
        importlib.import_module(module)
        nlp.add_pipe(factory)
    return nlp
