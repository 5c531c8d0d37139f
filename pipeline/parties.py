"""The "newsfacts_parties" component: organizations, persons, places and products in an article.

Layers, merged into one list without overlaps (longest span first, then gazetteer > pattern > lexicon):
  gazetteer  rules/gazetteer/*.tsv, one trie regex over the text (aliases, genitives, legal forms,
             compounds: "OpenAI-Rivalin" -> OpenAI, "Google-Mutter" -> Google + Alphabet);
  pattern    rules/party_patterns.yaml: "der Konzern X", "X GmbH", "X Capital", "X-Chef", "laut X",
             given name + surname, role + name ("CEO Jane Doe"), a name listed after a person
             ("Jane Doe und Kerem Aydın"), later surname-only mentions;
  lexicon    an unknown capitalized word that is no German noun (german-nouns), after "mit/von/wie..."
             and seen twice or listed next to a known organization ("Kunden wie Meta, X und Y");
  model      doc.ents of a statistical NER (PER/LOC/ORG/MISC) when the pipeline has one; the rule
             layers win wherever they overlap a model span, being more specific.
Everything runs on ``doc.text``: one regex finds the capitalized words, the patterns look only at
those, so the component does not depend on the tokenizer and stays fast.

>>> import spacy
>>> nlp = spacy.blank("de")
>>> _ = nlp.add_pipe("newsfacts_parties")
>>> doc = nlp("Anthropic-Chef Dario Amodei traf die Google-Mutter.")
>>> [(p.text, p.label, p.canonical, p.source) for p in doc._.parties]  # doctest: +NORMALIZE_WHITESPACE
[('Anthropic', 'ORG', 'Anthropic', 'gazetteer'), ('Dario Amodei', 'PER', 'Dario Amodei', 'gazetteer'),
 ('Google-Mutter', 'ORG', 'Alphabet', 'gazetteer'), ('Google', 'ORG', 'Google', 'gazetteer')]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, not_
from typing import Any, Callable, Container, Iterable, Iterator, NamedTuple, TypeVar

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import doc_text  # importing registers the Doc._ attributes
from pipeline.facts import PartyMention
from pipeline.gazetteer import (
    Entry,
    Gazetteer,
    GermanLexicon,
    load_gazetteer,
    load_german_lexicon,
    load_given_names,
    load_party_patterns,
    trie_pattern,
)
from pipeline.names import canonical_name, clean_surface, lookup_alias, noun_pattern, split_compound, strip_legal_form
from pipeline.nlp import ENTRY_HEADING, entry_headings

_UPPER = "A-ZÄÖÜÀ-ÖØ-ÞŠŽČŁŚŐŰĆŃ"
# A capitalized word with inner hyphens, dots, apostrophes or "&" ("Mercedes-Benz", "E.ON",
# "Moody's", "AT&T"). Starting with a character class keeps the scan fast.
# The lookbehind (placed after the first character, so the fast character-class scan still applies)
# skips capitals inside words ("xAI", "OpenAI"'s "AI").
_CAPWORD_RE = re.compile(rf"[{_UPPER}](?<![\w'’.][{_UPPER}])[\w'’]*(?:[-.&]\w+)*")
_CAPWORD_SPLIT_RE = re.compile(f"({_CAPWORD_RE.pattern})")  # the words as the split's separators
_COMPOUND_TAIL_RE = re.compile(r"-(\w+(?:-\w+)*)")
_SOURCE_PRIORITY = {"gazetteer": 0, "pattern": 1, "lexicon": 2, "model": 3}
_COORDINATION = frozenset({",", "und", "sowie", "oder", "&"})
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
_SOURCE_INTRODUCERS = _ARTICLES | {"wie"}
_LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})


_Result = TypeVar("_Result")


# Words a memo of a word test remembers before it starts afresh (bounds memory on large corpora;
# see the per-word caches note at pipeline.runner.VOCAB_LIMIT).
_WORDS_REMEMBERED = 1 << 13


class _WordMemo(dict[str, Any]):
    """The results of a word test by word, computed on first use; emptied at ``max_words`` entries,
    so memory stays bounded. A hit is one dict lookup in C: cheaper than lru_cache, which also moves
    the entry in its recency list, and this runs for every capitalized word of every article."""

    def __init__(self, test: Callable[[str], Any], max_words: int | None = None) -> None:
        super().__init__()
        self.test = test
        self.max_words = _WORDS_REMEMBERED if max_words is None else max_words

    def __missing__(self, word: str) -> Any:
        if len(self) >= self.max_words:
            self.clear()
        result = self[word] = self.test(word)
        return result


def _memoized(test: Callable[[str], _Result]) -> Callable[[str], _Result]:
    """``test`` memoized per word or name (a _WordMemo's lookup).

    >>> is_long = _memoized(lambda word: len(word) > 5)
    >>> is_long("Anthropic"), is_long("Meta"), is_long("Anthropic")
    (True, False, True)
    """
    return _WordMemo(test).__getitem__


@dataclass
class Candidate:
    """A proposed party span before the layers are merged."""

    start: int
    end: int
    label: str
    canonical: str
    source: str
    is_nested: bool = False  # a role-noun compound may contain the name it is built on ("Google-Mutter")


class Word(NamedTuple):
    start: int
    end: int
    text: str


@Language.factory(
    "newsfacts_parties",
    assigns=["doc._.parties"],
    default_config={"use_model": True, "use_patterns": True, "use_lexicon": True},
)
def make_parties(nlp: Language, name: str, use_model: bool, use_patterns: bool, use_lexicon: bool) -> "PartyRecognizer":
    return PartyRecognizer(use_model=use_model, use_patterns=use_patterns, use_lexicon=use_lexicon)


class PartyRecognizer:
    """Finds parties with the gazetteer, context patterns, the lexicon signal and NER, and merges them."""

    def __init__(self, *, use_model: bool = True, use_patterns: bool = True, use_lexicon: bool = True) -> None:
        self.use_model = use_model
        self.use_patterns = use_patterns
        self.use_lexicon = use_lexicon
        self.gazetteer: Gazetteer = load_gazetteer()
        self.given_names = load_given_names()
        rules: dict[str, Any] = load_party_patterns()
        self.descriptor = noun_pattern(rules["descriptor_nouns"], compound_heads=rules["descriptor_compound_heads"])
        self.descriptor_complement = re.compile(rules["descriptor_complement"])
        self.subsidiary_heads = tuple(head.lower() for head in rules["subsidiary_heads"])
        self.appositive_heads = tuple(head.lower() for head in rules["appositive_descriptors"])
        self.owned_heads = tuple(head.lower() for head in rules["owned_heads"])
        self.possessives = frozenset(rules["possessives"])
        self.family_heads = tuple(head.lower() for head in rules["family_heads"])
        self.person_role = noun_pattern(rules["person_roles"])
        self.org_compound_head = noun_pattern(rules["org_compound_heads"])
        self.said_of_heads = tuple(head.lower() for head in rules["org_compound_heads"])
        self.foundation_heads = frozenset(rules["foundation_heads"])
        self.maker_noun = noun_pattern(rules["role_nouns"]["maker"])
        self.parent_noun = noun_pattern(rules["role_nouns"]["parent"])
        self.non_party_head = noun_pattern(rules["non_party_heads"])
        self.non_parties = frozenset(rules["non_parties"])
        self.holding_suffixes = tuple(rules["holding_suffixes"])
        self.org_suffixes = frozenset(rules["org_suffixes"] + rules["holding_suffixes"])
        self.org_industry_words = frozenset(rules["org_industry_words"])
        self.industry_endings = tuple(word.lower() for word in rules["org_industry_words"])
        # the ones long enough to end a compound that names a trade ("Kältetechnik"; not "Bau" of "Ausbau")
        self.compound_industry_endings = tuple(ending for ending in self.industry_endings if len(ending) >= 5)
        self.foreign_org_suffixes = frozenset(rules["foreign_org_suffixes"])
        # each institution noun in its forms, genitives included, to the form of the canonical name
        self.institution_heads = {
            head + ending: head for head in rules["institution_heads"] for ending in ("", "s", "es")
        }
        self.adjective_institution_heads = frozenset(rules["adjective_institution_heads"])
        compound_heads = tuple(rules["institution_compound_heads"])
        self.is_institution_compound = _memoized(lambda word: word.lower().endswith(compound_heads))
        # words that make a name a company even when it starts with a person's surname ("Kessler Gruppe AG")
        self.company_words = self.org_suffixes | self.org_industry_words | self.foreign_org_suffixes | frozenset(rules["legal_forms"])
        self.org_name_words = frozenset(rules["org_name_words"]) | self.org_suffixes | self.org_industry_words
        # "Familienholding", "Beteiligungsholding": a compound on a suffix continues a name
        self.suffix_compound_heads = tuple(sorted(suffix.lower() for suffix in self.org_suffixes))
        self.not_names = frozenset(rules["not_names"])
        self.adjective_endings = tuple(rules["name_adjective_endings"])
        self.particles = frozenset(rules["name_particles"])
        self.lexicon_cues = frozenset(rules["lexicon_cues"])
        # Cue, optional article, then the position where the source's name starts.
        cues = _cue_alternation(rules["outlet_cues"])
        # No lookbehind at the start: leading literals keep the scan fast; word starts are checked after.
        self.outlet_re = re.compile(rf"(?:{cues})[ \t]+(?:(?:dem|der|des|den|die|das)[ \t]+)?(?=[{_UPPER}])")
        self.outlet_verbs = frozenset(rules["outlet_verbs"])
        verbs = "|".join(sorted(self.outlet_verbs, key=len, reverse=True))
        self.outlet_verb_re = re.compile(rf"[ \t](?:{verbs})(?!\w)")
        self.list_head = noun_pattern(rules["list_heads"] + rules["descriptor_nouns"], rules["descriptor_compound_heads"])
        investor_cues = _cue_alternation(rules["investor_cues"])
        # Leading literals keep the scan linear and fast; the single blank before the name is part of each cue.
        self.investor_cue_re = re.compile(rf"(?:{investor_cues}) (?=[{_UPPER}])")
        investor_verbs = "|".join(rules["investor_verbs"])
        self.investor_verb_re = re.compile(rf" (?:{investor_verbs})(?!\w)")
        deal_verbs = rules["deal_subject_verbs"]
        self.deal_finite_verbs = frozenset(deal_verbs["finite"])
        self.deal_auxiliaries = frozenset(deal_verbs["auxiliary"])
        self.deal_participles = frozenset(deal_verbs["participle"])
        self.inverted_subject_words = frozenset(rules["inverted_subject_words"])
        self.entry_description_articles = frozenset(rules["entry_description_articles"])
        self.sentence_adverbs = frozenset(rules["sentence_adverbs"])
        self.sentence_adverb_endings = tuple(rules["sentence_adverb_endings"])
        self.opening_adjective = re.compile(rules["opening_adjective"])
        # an article and such an adjective right before a name: "durch die japanische Yamashiro Seiki"
        self.national_adjective = re.compile(rf"(?<![\w-])[Dd](?:er|ie) {rules['opening_adjective']} $")
        objects = rules["deal_object_cues"]
        # bounded repeats only: every pattern here stays linear on adversarial text (tests/test_properties.py)
        article = rf"(?:(?:den|die|das|dem|der)[ \t]{{1,3}})?(?=[{_UPPER}])"  # "in neue Bezahlsysteme" is no company
        lead_in = rf"(?:(?:den|die|das|dem|der)[ \t]{{1,3}})?(?:[a-zäöü][\w-]{{0,40}}[ \t]{{1,3}}){{0,2}}(?=[{_UPPER}])"
        # the cue words as literals (a fast scan), then what must follow each kind, matched right after it
        self.deal_object_re = re.compile(
            rf"(?:{_cue_alternation(objects['verbs'] + objects['money_verbs'] + objects['nouns'] + objects['naming'])})(?!\w)"
        )
        after = {
            "naming": re.compile(rf"[ \t]{{1,3}}(?=[{_UPPER}])"),
            "verbs": re.compile(rf"[ \t]{{1,3}}{lead_in}"),
            "money_verbs": re.compile(rf"[^;:!?\n]{{0,80}}?[ \t]bei[ \t]{{1,3}}{article}"),
            "nouns": re.compile(rf"[ \t]{{1,3}}(?:von|bei|an)[ \t]{{1,3}}{article}"),
        }
        self.deal_object_after = {word.lower(): after[kind] for kind in after for word in objects[kind]}
        list_cues = "|".join(re.escape(cue).replace("\\ ", r"[ \t]+") for cue in rules["list_cues"])
        self.list_re = re.compile(rf"[ \t,](?:{list_cues})[ \t]+(?=[{_UPPER}])")
        # not after a blank: a run of blanks is then scanned once, not once per blank (linear). The
        # lookbehind follows the first character, so that the scan can skip to blanks and commas.
        self.legal_form_re = re.compile(r"[ \t,](?<![ \t][ \t,])[ \t]*" + trie_pattern(rules["legal_forms"]) + r"(?![\w&])")
        self._lexicon: GermanLexicon | None = None
        # Word tests run on every capitalized word; the same words recur, so they are memoized.
        self.is_descriptor = _memoized(lambda word: self.descriptor.search(word) is not None)
        self.is_person_role = _memoized(lambda word: self.person_role.search(word) is not None)
        self.is_given_name = _memoized(self._is_given_name)
        self.is_german_word = _memoized(self._is_german_word)
        self.is_lexicon_word = _memoized(self._is_lexicon_word)
        self.is_german_compound = _memoized(self._is_german_compound)
        self.is_name_compound = _memoized(self._is_name_compound)
        self.is_place_adjective = _memoized(self._is_place_adjective)
        self.is_name_word = _memoized(self._is_name_word)
        self.is_distinctive = _memoized(self._is_distinctive)
        # Names recur as well: their gazetteer entries and canonical names, memoized per distinct name.
        self.gazetteer_lookup = _memoized(self.gazetteer.lookup)
        self.lookup_alias = _memoized(lookup_alias)
        self.canonical_name = _memoized(canonical_name)

    @property
    def lexicon(self) -> GermanLexicon:
        # Loaded on first use: reading german-nouns takes about a second.
        if self._lexicon is None:
            self._lexicon = load_german_lexicon()
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        # has_annotation is a cheap check; doc.ents on a doc without NER would still build every token.
        has_ents = self.use_model and doc.has_annotation("ENT_IOB")
        doc._.parties = self.find_parties(doc_text(doc), doc.ents if has_ents else ())
        return doc

    # ------------------------------------------------------------------ merging

    def find_parties(self, text: str, ents: Iterable[Any] = ()) -> list[PartyMention]:
        """All parties of ``text``; ``ents`` are NER spans with ``start_char``, ``end_char``, ``label_``."""
        article = _Article(text, self.particles)
        model_spans = [(e.start_char, e.end_char, e.label_) for e in ents if e.label_ in _LABELS]
        candidates, pending = self._gazetteer_candidates(article)
        if self.use_patterns:
            candidates += self._pattern_candidates(article)
        candidates += self._confirm_ambiguous(article, pending, candidates, model_spans)
        if self.use_lexicon:
            candidates += self._lexicon_candidates(article, candidates)
        selected = _select(candidates)
        listed = self._listed_persons(article, selected) if self.use_patterns else []
        if listed:
            selected = _select(selected + listed)
        # a company named before a person of its name keeps the word: "Ambühl" after "Ambühl Holding" is no
        # short form of "Beat Ambühl", nor does the person take it
        companies_first = _org_first_words_before_persons(selected) if self.use_patterns else set()
        later = self._surname_mentions(article, selected, companies_first) if self.use_patterns else []
        if later:
            selected = _select(selected + later)
        repeated = self._short_form_mentions(article, selected, companies_first) if self.use_patterns else []
        if repeated:
            selected = _select(selected + repeated)
        mentions = [
            PartyMention(c.start, c.end, text[c.start : c.end], c.label, c.canonical, c.source) for c in selected
        ]
        model_mentions = self._model_mentions(text, model_spans, selected)
        if model_mentions:  # the rule layers' mentions come in this order from _select already
            mentions += model_mentions
            mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _model_mentions(self, text: str, spans: list[tuple[int, int, str]], selected: list[Candidate]) -> list[PartyMention]:
        surnames = _surname_index(selected)
        mentions: list[PartyMention] = []
        for start, end, label in spans:
            if any(c.start < end and start < c.end for c in selected):
                continue  # a rule layer found something here, and rules are more specific
            surface = text[start:end]
            name = clean_surface(surface)
            _, head = split_compound(name)
            if not name or name in self.non_parties or self.non_party_head.fullmatch(head):
                continue
            entry = self.lookup_alias(name)
            canonical = entry.canonical if entry else self.canonical_name(name)
            if entry is not None:
                label = entry.label  # "Claude" is a product, whatever the model says
            elif label == "PER" and " " not in name:
                canonical = surnames.get(name) or surnames.get(name[:-1]) or canonical
            mentions.append(PartyMention(start, end, surface, label, canonical, "model"))
        return mentions

    # ------------------------------------------------------------------ gazetteer

    def _gazetteer_candidates(self, article: "_Article") -> tuple[list[Candidate], list[Candidate]]:
        """Gazetteer matches; single-word aliases of ambiguous entries ("Allianz") come back as pending."""
        text = article.text
        candidates: list[Candidate] = []
        pending: list[Candidate] = []
        for match in self.gazetteer.find(text):
            entry = match.entry
            if match.start > 1 and text[match.start - 1] == "-":
                before = article.word_before_hyphen(match.start)
                if before and self.lexicon.is_common_noun(before):
                    continue  # head of a German compound: "Risikokapital-Arm"
            if match.alias in self.org_name_words and match.start > 1 and text[match.start - 1] == " ":
                before = article.word_before(match.start)
                if before is not None and before.text[:1].isupper():
                    continue  # the end of a longer name, not the magazine: "Venture Capital", "Lux Capital"
            head_end, head = article.compound_head(match.end)
            if head:
                if entry.label in ("PER", "LOC"):
                    continue  # "Trump-Administration", "US-Regierung" mention no person or place
                target = self._role_target(entry, head)
                if target and entry.label == "MISC":
                    candidates.append(Candidate(match.start, head_end, "ORG", target, "gazetteer"))
                    continue
                if target:
                    candidates.append(Candidate(match.start, head_end, "ORG", target, "gazetteer", is_nested=True))
            end = match.end
            legal = self.legal_form_re.match(text, end) if not head and entry.label == "ORG" else None
            if legal:
                end = legal.end()
            candidate = Candidate(match.start, end, entry.label, entry.canonical, "gazetteer")
            is_confirmed = bool(legal) or bool(head and self.org_compound_head.fullmatch(head))
            if entry.is_ambiguous_alias(match.alias) and not is_confirmed:
                pending.append(candidate)
            else:
                candidates.append(candidate)
        return candidates, pending

    def _role_target(self, entry: Entry, head: str) -> str | None:
        if entry.parent and self.parent_noun.fullmatch(head):
            return entry.parent
        if entry.maker and self.maker_noun.fullmatch(head):
            return entry.maker
        return None

    def _confirm_ambiguous(
        self,
        article: "_Article",
        pending: list[Candidate],
        candidates: list[Candidate],
        model_spans: list[tuple[int, int, str]],
    ) -> list[Candidate]:
        """Keep an ambiguous alias when the article confirms it: the same entry named unambiguously,
        a descriptor before it ("der Versicherer Allianz"), a list with other organizations, or the model.
        """
        confirmed_names = {c.canonical for c in candidates}
        org_starts = {c.start for c in candidates if c.label == "ORG"}
        org_ends = {c.end for c in candidates if c.label == "ORG"}
        kept: list[Candidate] = []
        for candidate in pending:
            previous = article.word_before(candidate.start)
            if (
                candidate.canonical in confirmed_names
                or (previous is not None and self.is_descriptor(previous.text))
                or article.is_listed_with(candidate.start, candidate.end, org_starts, org_ends)
                or any(s <= candidate.start and candidate.end <= e and lab == "ORG" for s, e, lab in model_spans)
            ):
                kept.append(candidate)
        return kept

    # ------------------------------------------------------------------ patterns

    def _is_german_word(self, word: str) -> bool:
        lower = word.lower()
        return lower in STOP_WORDS or lower in self.lexicon.common_nouns

    def _is_given_name(self, word: str) -> bool:  # memoized as is_given_name
        """A first name, or first names joined by hyphens ("Jean-Pierre")."""
        if "-" not in word:
            return word in self.given_names
        return all(part in self.given_names for part in word.split("-"))

    def _is_name_word(self, word: str) -> bool:  # memoized as is_name_word
        return bool(word) and word[0].isupper() and word not in self.not_names and word.lower() not in STOP_WORDS

    def _pattern_candidates(self, article: "_Article") -> list[Candidate]:
        candidates: list[Candidate] = []
        words = article.words
        full_text = article.text
        # this loop visits every capitalized word: the sets and word tests as locals
        not_names, org_suffixes, org_industry_words = self.not_names, self.org_suffixes, self.org_industry_words
        institution_heads, is_institution_compound = self.institution_heads, self.is_institution_compound
        is_person_role, is_given_name, is_descriptor = self.is_person_role, self.is_given_name, self.is_descriptor
        n_words, ends = len(words), article.ends
        for k, word in enumerate(words):
            text = word.text
            if text in not_names and text not in org_suffixes:
                continue  # "KI-Chef", "US-Konzern"; but "AI" may end a name ("Bernstein AI")
            # only a blank, or a blank and a quote, between two words matters below: longer gaps stay uncut
            gap = full_text[ends[k - 1] : word.start] if k and word.start - ends[k - 1] <= 2 else ""
            previous = words[k - 1] if gap == " " else None
            if previous is not None and is_person_role(previous.text) and (
                is_given_name(text) or not is_descriptor(previous.text)
            ):  # after a noun for a person or a company ("Investor", "Finanzinvestor") only a first name makes a person
                person = self._person_at(article, k, has_role=True)
            elif is_given_name(text):
                person = self._person_at(article, k, has_role=False)
            else:
                person = None
            if person is not None:
                candidates.append(person)
                continue
            if (previous is not None or gap in _QUOTE_GAPS) and is_descriptor(words[k - 1].text):
                found = self._org_at(article, k, allow_compounds=self._introduces_name(article, k - 1))
                if found and words[k - 1].text.lower().endswith(self.subsidiary_heads):
                    found += self._unit_name(article, k, found[0])
                candidates += found
            elif previous is not None and (
                text in org_suffixes
                or text in org_industry_words
                or ("-" in text and split_compound(text)[1] in org_suffixes)
            ):  # "Sarnow Industrie-Holding": a hyphen compound on a suffix ends a name as the suffix does
                candidates += self._org_before(article, k - 1, end=word.end, keeps_suffix=True)
            elif previous is not None and k > 1 and self._after_complement(article, k):
                candidates += self._org_at(article, k, allow_compounds=False)
            elif (
                not gap
                and full_text.endswith(_ADJECTIVE_ENDS, max(0, word.start - 6), word.start)
                and self._after_national_adjective(article, k)
            ):
                span = self._name_span(article, k)
                candidates += self._org_candidate(article, *span) if span is not None else []
            elif gap == ", " and words[k - 1].text.lower().endswith(self.appositive_heads):
                # "seinen vierten Fonds, Auerhahn Growth IV, bei ...": a name closed by a comma as well
                candidates += [
                    c for c in self._org_at(article, k, allow_compounds=False) if full_text.startswith(",", c.end)
                ]
            named = self._institution_name(article, k) if text in institution_heads else []
            candidates += named
            if not named and previous is not None and is_institution_compound(text):
                candidates += self._institution_compound(article, k)  # "die Elbe Landesbank"
            if "-" in text:
                candidates += self._org_compound(word, full_text)
            if k + 1 < n_words and full_text.startswith(",", ends[k + 1]):
                candidates += self._appositive_person(article, k)
        # "nach Angaben von Neumann": a source named by the surname of a person of the article is that person
        candidates += _persons_not_companies(candidates, self._outlet_candidates(article), self.company_words)
        candidates += self._investor_candidates(article)
        candidates += self._entry_heading_candidates(article)
        candidates += self._deal_subject_candidates(article)
        candidates += self._deal_object_candidates(article)
        for match in self.legal_form_re.finditer(article.text):
            last = article.word_ending_before(match.start())
            if last is not None:
                candidates += self._org_before(article, last, end=match.end(), keeps_suffix=False)
        return _resolve_genitive_persons(candidates, self.gazetteer)

    def _after_national_adjective(self, article: "_Article", k: int) -> bool:
        """Whether word ``k``, a distinctive word and no first name, follows an article and an "-isch" adjective, a
        company named by its nationality alone: "durch die japanische Yamashiro Seiki" (not "die japanische
        Notenbank", a German noun, nor "die europäische Beimischungspflicht", a German compound, nor "der britische
        Premier Keir Starmer"). Feminine articles only: a place is neuter ("aus dem niedersächsischen Zeven")."""
        word, text = article.words[k], article.text
        if self.national_adjective.search(text, max(0, word.start - 45), word.start) is None:
            return False
        name = word.text
        if not self.is_distinctive(name) or self.is_given_name(name) or self.is_person_role(name):
            return False
        lower, nouns = name.lower(), self.lexicon.common_nouns
        return not any(lower[i:] in nouns for i in range(1, len(lower) - 4))  # "-pflicht": a German compound

    def _after_complement(self, article: "_Article", k: int) -> bool:
        """Whether word ``k`` follows a descriptor and its genitive complement, an adjective and a noun:
        "Der Hersteller technischer Textilien Vossgrund", "der Anbieter medizinischer Geräte Kalmo"."""
        words = article.words
        gap = article.text[words[k - 2].end : words[k - 1].start]
        if self.descriptor_complement.fullmatch(gap) is None or gap.strip().lower() in STOP_WORDS:
            return False
        noun = words[k - 1].text
        return self.is_descriptor(words[k - 2].text) and (self.is_german_word(noun) or self.is_german_compound(noun))

    def _person_at(self, article: "_Article", k: int, *, has_role: bool) -> Candidate | None:
        """ "Vorname [Vorname] [von der] Nachname" from word ``k``, or any two unknown names after a role."""
        words = article.words
        first = words[k].text
        is_given = self.is_given_name(first)
        if not is_given and (self.is_german_word(first) or self.gazetteer_lookup(first)):
            if not (has_role and self._may_be_first_name(first)):
                return None  # after a role ("Konzernchef Urs Gallati") a German word may be a first name
        j = k + 1
        if j >= len(words) or article.particles_before(j) is None:
            return None
        names = [first]
        is_weak = not is_given or self.is_german_word(first)
        if (
            words[j].text in self.given_names
            and j + 1 < len(words)
            and article.particles_before(j + 1) is not None
            and self._is_surname(words[j + 1].text, is_weak=is_weak)
        ):
            names.append(words[j].text)  # "Karl Theodor Meier"
            j += 1
        particles = article.particles_before(j)
        if particles is None or (particles and len(names) > 1) or not self._is_surname(words[j].text, is_weak=is_weak):
            return None
        surname = words[j].text
        if surname in self.org_name_words or any(n in self.org_suffixes for n in names):
            return None  # "Finanzinvestor Crestline Equity", "Alpenblick Ventures" are organizations
        if self._is_genitive_position(article, k, j):
            surname = surname[:-1]  # "Übernahmeangebot Elon Musks", "Masayoshi Sons Konglomerat"
        name = " ".join(names + particles + [surname])
        return Candidate(words[k].start, words[j].end, "PER", name, "pattern")

    def _may_be_first_name(self, word: str) -> bool:
        """A German word that may still be an unlisted first name right after a role noun ("Urs",
        "Sieg"): no stop word, known name, generic name word, descriptor, role or compound."""
        return not (
            "-" in word
            or word.lower() in STOP_WORDS
            or word in self.not_names
            or word in self.org_name_words
            or self.gazetteer_lookup(word) is not None
            or self.is_descriptor(word)
            or self.is_person_role(word)
        )

    def _is_genitive_position(self, article: "_Article", k: int, j: int) -> bool:
        """Whether the name in words [k, j] ends in a genitive -s: between a noun and the name
        ("Angebot Elon Musks") or before the noun it owns ("Masayoshi Sons Konglomerat")."""
        words = article.words
        surname = words[j].text
        if len(surname) < 4 or not surname.endswith("s") or surname.endswith(("ss", "us")):
            return False
        if j + 1 < len(words) and article.is_spaced(j + 1):
            following = words[j + 1].text
            if self.is_german_compound(following) and not self.is_person_role(following):
                return True
        if k > 0 and article.is_spaced(k):
            preceding = words[k - 1].text
            if self.is_german_compound(preceding) and not (
                self.is_person_role(preceding) or self.is_descriptor(preceding)
            ):
                return True
        return False

    def _is_surname(self, word: str, *, is_weak: bool) -> bool:
        """A capitalized word that can follow a first name; German nouns only when the first name is
        no German word itself ("Thomas Fischer" yes, "Mark Aktien" no) or the noun is a known surname."""
        if not self.is_name_word(word):
            return False
        _, head = split_compound(word)
        if head != word and self.is_german_word(head) and not self.lexicon.is_surname(head):
            return False  # "Altman-Firma" is a compound, not a surname
        entry = self.gazetteer_lookup(word)
        if entry is not None and entry.label != "PER":
            return False  # "Jane Street", "Prime Video" are gazetteer names
        if is_weak and self.is_german_word(word) and not self.lexicon.is_surname(word):
            return False
        return True

    def _appositive_person(self, article: "_Article", k: int) -> list[Candidate]:
        """ "Jane Roe, Chefin von X": two unknown names followed by a comma and a role noun."""
        words = article.words
        if k + 1 >= len(words) or article.text[words[k + 1].end : words[k + 1].end + 1] != ",":
            return []
        if article.particles_before(k + 1) != []:
            return []
        first, last = words[k], words[k + 1]
        after = article.word_after(last.end, after_comma=True)
        if after is None or not self.is_person_role(after.text):
            return []
        if any(self.is_german_word(w) or not self.is_name_word(w) for w in (first.text, last.text)):
            return []
        if "-" in first.text or self.gazetteer_lookup(first.text) or self.gazetteer_lookup(last.text):
            return []
        return [Candidate(first.start, last.end, "PER", f"{first.text} {last.text}", "pattern")]

    def _name_span(
        self, article: "_Article", k: int, max_words: int = 4, *, allow_compounds: bool = False
    ) -> tuple[int, int] | None:
        """Words [k, m] of an organization name: up to four capitalized words joined by spaces or "&",
        at least one of them distinctive (no German word: "Boston Consulting Group", not "Ende Januar");
        trailing German nouns that are no name words are left out ("Lightspeed Millionen").
        With ``allow_compounds`` (a strong organization context: "angeführt von X", "Das Kieler
        Start-up X hat") an unlisted German compound counts as distinctive ("Hafenkapital")."""
        words = article.words
        if not self.is_name_word(words[k].text):
            return None
        if self.is_person_role(words[k].text) and self.gazetteer_lookup(words[k].text) is None:
            return None  # "laut Firmenchef Marco Bernasconi": a person follows
        if self.is_given_name(words[k].text) and self._person_at(article, k, has_role=False):
            return None  # "Investor Peter Thiel": a person
        m = k
        while m + 1 < len(words) and m - k + 1 < max_words and article.joins_name(m + 1):
            following = words[m + 1].text
            if not (self.is_name_word(following) or following in self.org_name_words):
                break  # "AI" is no name alone ("AI-Chef") but continues one ("Lumetra AI")
            m += 1
        if m > k and len(words[m].text) == 1:
            return k, m  # a letter numbering a name: "der Bestandsinvestor Fund F"
        while (
            m > k
            and self.is_german_word(words[m].text)
            and words[m].text not in self.org_name_words
            # a compound on an industry word is one too: "Eisgrat Kältetechnik", "Talberg Spezialchemie"
            and not words[m].text.lower().endswith(self.compound_industry_endings)
            # a name written whole more than once keeps its German word: "Kiruna Frost" twice in an article
            and not article.repeats(words[k].start, words[m].end)
        ):
            m -= 1
        texts = [w.text for w in words[k : m + 1]]
        if any(self.is_distinctive(w) for w in texts) or self._is_suffixed_name(texts):
            return k, m
        if allow_compounds and any(self.is_name_compound(w) for w in texts):
            return k, m
        return None

    def _is_suffixed_name(self, texts: list[str]) -> bool:
        """ "Nordlicht Capital", "Nordwind Energie": any non-generic words before an organization suffix
        or industry word (only called in an organization context: after a descriptor, in a list)."""
        return (
            len(texts) > 1
            and (texts[-1] in self.org_suffixes or texts[-1] in self.org_industry_words)
            and texts[0] not in self.org_name_words
            and not (len(texts) == 2 and self._is_adjective(texts[0]))  # "die Grazer Gruppe" describes
        )

    def _adjective_base(self, word: str) -> str | None:
        """The adjective ``word`` without the article's ending, or None for no adjective:
        "Chemische" and "Chemischen" -> "Chemische", "Zuger" -> "Zuger"."""
        if word.endswith("en") and word[:-1].endswith(self.adjective_endings):
            return word[:-1]
        return word if self._is_adjective(word) else None

    def _is_adjective(self, word: str) -> bool:
        """ "Zuger", "Chemische", "Neue": a place adjective or a word with an adjective ending
        (rules/party_patterns.yaml name_adjective_endings), which describes the noun after it."""
        return self.is_place_adjective(word) or word.endswith(self.adjective_endings)

    def _is_distinctive(self, word: str) -> bool:  # memoized as is_distinctive
        """A word that can only be a name here: no German word, generic name word or first name
        ("KI-Start-up" is not distinctive, "Softbank" is, although it ends like "Bank")."""
        if self.gazetteer_lookup(word) is not None:
            return True  # a known name, even if Wiktionary lists it as a noun ("Siemens")
        modifier, head = split_compound(word)
        if self.is_german_compound(word) or self.is_german_word(head) or word in self.org_name_words:
            return False
        if modifier and (self.is_descriptor(word) or self.is_person_role(word)):
            return False
        return not (self.is_given_name(word) or self.is_place_adjective(word))  # "die Grazer Gruppe" describes

    def _is_name_compound(self, word: str) -> bool:  # memoized as is_name_compound
        """A German compound missing from the lexicon whose head names no kind of company, role or
        group: a name in an organization context ("Hafenkapital", "Quantenwerk"), where
        "Wagniskapitalgebern" or "Logistikunternehmen" describe instead."""
        if "-" in word or self.is_german_word(word) or not self.is_german_compound(word):
            return False
        return not (
            self.is_descriptor(word)
            or self.is_person_role(word)
            or self.list_head.search(word)
            or self.org_compound_head.search(word)
        )

    def _is_place_adjective(self, word: str) -> bool:  # memoized as is_place_adjective
        """ "Hamburger", "Münchner", "Kieler": the "-er" adjective of a place in the gazetteer."""
        if len(word) < 5 or not word.endswith("er"):
            return False
        for place in (word[:-2], word[:-2] + "en", word[:-3] + "en"):
            entry = self.gazetteer_lookup(place)
            if entry is not None and entry.label == "LOC":
                return True
        return False

    def _introduces_name(self, article: "_Article", k: int) -> bool:
        """Whether word ``k`` (a descriptor) introduces a name: after a capitalized article, directly or after one
        adjective ("Das Kieler Start-up X", "Der Konzern X" open a sentence with an apposition); after any article
        and a town's adjective ("den Kölner Versicherungsdienstleister X") or an inflected one ("die
        ostwestfälische Großbäckerei X"; not the article alone: "gibt dem Konzern Planungssicherheit"); after a
        possessive ("ihre Logistiktochter X")."""
        before = article.word_before(article.words[k].start)
        if before is not None and before.text.lower() in self.possessives:
            return True
        if before is not None and before.text not in _SENTENCE_ARTICLES:
            # a town's adjective, capitalized ("Kölner"), or an inflected one ("ostwestfälische")
            adjective = before.text.endswith("er") if before.text[:1].isupper() else before.text.endswith(_INFLECTED)
            before = article.word_before(before.start)
            if adjective and before is not None and before.text in _ARTICLES:
                return True
        return before is not None and before.text in _SENTENCE_ARTICLES

    def _is_german_compound(self, word: str) -> bool:  # memoized as is_german_compound
        """A German word or a compound of two ("Übernahmeangebot" = "Übernahme" + "angebot").

        Only words of 11 letters or more are split: shorter ones are more often brand names that
        happen to split into nouns ("Fluidstack", "Datenwelt") than unlisted compounds.
        """
        if self.is_german_word(word):
            return True
        lower = word.lower()
        if len(lower) < 11:
            return False
        nouns = self.lexicon.common_nouns
        for i in range(4, len(lower) - 3):
            if lower[i:] in nouns:
                prefix = lower[:i]
                stems = (prefix, prefix[:-1], prefix[:-2]) if prefix.endswith(("s", "n", "e")) else (prefix,)
                if any(stem in nouns for stem in stems):
                    return True
        return False

    def _names_listed_after(self, article: "_Article", m: int, *, allow_compounds: bool = False) -> list[tuple[int, int]]:
        """Further names in a list after word ``m``: "Siemens, BASF und Bayer"."""
        spans: list[tuple[int, int]] = []
        words = article.words
        while m + 1 < len(words):
            gap = article.text[words[m].end : words[m + 1].start]
            if not _LIST_GAP_RE.fullmatch(gap):
                break
            span = self._name_span(article, m + 1, allow_compounds=allow_compounds)
            if span is None:
                break
            spans.append(span)
            m = span[1]
        return spans

    def _unit_name(self, article: "_Article", k: int, found: Candidate) -> list[Candidate]:
        """ "der Gasspeichertochter Westfalia Speicher", "die Wärmetochter Nordhagen Wärme": after a noun
        for a subsidiary, a one-word name and a German noun name a unit of the company (``found``: word ``k``)."""
        words = article.words
        if found.end != words[k].end or k + 1 >= len(words) or not article.joins_name(k + 1):
            return []
        unit = words[k + 1]
        if "-" in unit.text or not self.is_german_word(unit.text) or self.is_person_role(unit.text):
            return []
        return self._org_candidate(article, k, k + 1)

    def _list_items(self, article: "_Article", k: int, *, allow_compounds: bool = False) -> list[tuple[int, int]]:
        """The names of a list starting at word ``k`` ("Investoren wie Microsoft und Nvidia"): a German
        noun without plural ("Microsoft", "Amazon"; brands are listed so) counts as an item when
        another item is a clear name; the list ends at the first other word."""
        words = article.words
        items: list[tuple[tuple[int, int], bool]] = []
        m = k
        while m < len(words):
            if items and not _LIST_GAP_RE.fullmatch(article.text[words[m - 1].end : words[m].start]):
                break
            span = self._name_span(article, m, allow_compounds=allow_compounds)
            if span is not None:
                items.append((span, True))
            elif self._may_be_listed_name(words[m].text):
                items.append(((m, m), False))
            else:
                break
            m = items[-1][0][1] + 1
        return [span for span, _ in items] if any(is_clear for _, is_clear in items) else []

    def _may_be_listed_name(self, word: str) -> bool:
        """ "Microsoft", "Amazon": a German noun without plural forms, no generic or role word."""
        return (
            len(word) > 3
            and "-" not in word
            and self.is_name_word(word)
            and self.lexicon.is_singular_only(word)
            and word not in self.org_name_words
            and not (self.is_descriptor(word) or self.is_person_role(word) or self.is_given_name(word))
            and not self.list_head.search(word)
        )

    def _org_candidate(self, article: "_Article", k: int, m: int, end: int | None = None) -> list[Candidate]:
        words = article.words
        end = words[m].end if end is None else end
        surface = article.text[words[k].start : end]
        if article.text.startswith(_TRUNCATED, end):
            return []  # "den polnischen Sach- und Lebensversicherer": the first part of a compound, no name
        if self.lookup_alias(surface) is not None:
            return []  # the gazetteer layer reports it, with its label
        canonical = self.canonical_name(surface)
        return [Candidate(words[k].start, end, "ORG", canonical, "pattern")] if canonical else []

    def _org_at(self, article: "_Article", k: int, *, allow_compounds: bool = False) -> list[Candidate]:
        """ "der Konzern X", "das Berliner Start-up X", "die Venture-Firma X", "die Start-ups X und Y"."""
        candidates: list[Candidate] = []
        for listed in self._list_items(article, k, allow_compounds=allow_compounds):
            candidates += self._org_candidate(article, *listed)
        if not candidates and self._german_word_named(article, k):
            candidates += self._org_candidate(article, k, k)
        if not candidates and self._placed_noun_named(article, k):
            candidates += self._org_candidate(article, k, k + 1)
        return candidates

    def _placed_noun_named(self, article: "_Article", k: int) -> bool:
        """ "an dem Backmittelhersteller Spreewälder Backferment": a place's "-er" adjective and a German noun right after
        a descriptor are the company's name, the descriptor saying what it is; not a noun that describes a company,
        group or person itself ("eine Gruppe Berliner Investoren")."""
        words = article.words
        first = words[k].text  # a place's adjective, in the gazetteer or not ("Spreewälder")
        if not (self.is_name_word(first) and first.endswith("er") and len(first) >= 5):
            return False
        if k + 1 >= len(words) or not article.joins_name(k + 1):
            return False
        if k + 2 < len(words) and article.joins_name(k + 2):
            return False  # a longer name is read otherwise
        noun = words[k + 1].text
        return (
            self.is_name_word(noun)
            and (self.is_german_word(noun) or self.is_german_compound(noun))
            and not (self.is_descriptor(noun) or self.is_person_role(noun) or self.list_head.search(noun))
        )

    def _german_word_named(self, article: "_Article", k: int) -> bool:
        """ "Die Bielefelder Drogeriemarktkette Wegwarte": a German noun after a descriptor names the company when
        the article writes it bare, with neither article nor adjective, as a name more than once ("wo Wegwarte
        derzeit", "hat Wegwarte ein"). Not after a descriptor in the dative or genitive ("gibt dem Konzern Kapital"),
        where the noun is an object."""
        words = article.words
        word = words[k].text
        if not (self.is_name_word(word) and self.is_german_word(word)) or (k + 1 < len(words) and article.joins_name(k + 1)):
            return False
        before = article.word_before(words[k - 1].start)
        if before is not None and before.text[:1].isupper() and before.text.endswith("er"):
            before = article.word_before(before.start)  # "dem Bielefelder Konzern"
        if before is not None and before.text.lower() in _OBJECT_ARTICLES:
            return False
        return article.bare_uses(word, besides=words[k].start) >= _BARE_USES

    def _org_before(self, article: "_Article", last: int, *, end: int, keeps_suffix: bool) -> list[Candidate]:
        """ "X AG", "X GmbH", "X Inc." (the legal form leaves the canonical name) and "X Capital",
        "X Ventures" (kept): up to four capitalized words ending at word ``last``."""
        words = article.words
        if last < 0 or not self.is_name_word(words[last].text):
            return []
        first = last
        while first > 0 and last - first < 3 and article.joins_name(first):
            if not self.is_name_word(words[first - 1].text):
                break
            first -= 1
        # Leading words that describe rather than name: "Der Autobauer Müller GmbH", "Laut Müller AG",
        # "Das Münchner Start-up Falke Robotics".
        for i in range(last - 1, first - 1, -1):
            if self.is_descriptor(words[i].text):
                first = i + 1
                break
        start = first
        while first < last and self.is_german_word(words[first].text):
            first += 1
        if first > start and not any(self.is_distinctive(w.text) for w in words[first : last + 1]) and not any(
            w.text.lower() in STOP_WORDS for w in words[start:first]
        ):
            first = start  # "der Harnisch Ventiltechnik GmbH": nouns only, all of them the name
        if not keeps_suffix and first > start and all(w.text in self.org_name_words for w in words[first : last + 1]):
            first -= 1  # "Die Vulkan Energie AG": a noun before an industry word and a legal form names
        if keeps_suffix and not any(self.is_distinctive(w.text) for w in words[first : last + 1]):
            first = start  # "Boston Consulting Group": German-looking words only, all of them the name
        names = [w.text for w in words[first : last + 1]]
        if all(w in self.org_name_words for w in names):
            return []  # "Venture Capital", "Private Equity Partners"
        if keeps_suffix:
            suffix = article.text[words[last].end : end].split()[-1]
            adjective = self._adjective_base(names[0])
            if adjective is not None and all(w in self.org_name_words for w in names[1:]):
                if len(names) == 1 and suffix in self.adjective_institution_heads and not adjective.endswith("er"):
                    # "die Mainfränkische Bank", "der Mainfränkischen Bank": an adjective written
                    # capitalized before "Bank" is part of its name ("eine Schweizer Bank" is not)
                    return self._institution_compound(article, last + 1)
                # "die Zuger Holding", "die Chemische Industrie", "das Bremer Family Office": a company named
                # elsewhere or none
                return []
            if len(names) == 1 and not self.is_distinctive(names[0]) and not self._is_foreign_suffixed(article, words[first], suffix):
                return []  # "Bereich Software": one German noun needs a descriptor ("Start-up Helion Robotics")
            if suffix not in self.org_suffixes and not self.is_distinctive(names[0]):
                return []  # "Erneuerbare Energie"; "Nordwind Energie" needs a descriptor
            entry = self.lookup_alias(" ".join(names))
            if entry is not None and entry.label == "ORG" and suffix in _GROUP_WORDS:
                return []  # "Siemens Gruppe" is Siemens, which the gazetteer reports
        if (
            not keeps_suffix
            and len(names) > 1
            and all(self.is_german_word(w) for w in names)
            and names[-1] not in self.org_name_words
            and self._is_adjective(names[0])
        ):
            return []  # "Deutsche Bahn AG" is the gazetteer's; "Neue Messe AG" is too vague
        return self._org_candidate(article, first, last, end=end)

    def _institution_name(self, article: "_Article", k: int) -> list[Candidate]:
        """ "Bankhaus Wellendorf", "vom Bankhaus Merzig & Sohn", "des Bankhauses Salling": an
        institution noun (word ``k``) and up to three name words after it; trailing German nouns
        joined by a blank alone are left out, as in ``_name_span``."""
        words = article.words
        m = k
        while m + 1 < len(words) and m - k < 3 and article.joins_name(m + 1) and self.is_name_word(words[m + 1].text):
            m += 1
        while m > k + 1 and article.is_spaced(m) and self.is_german_word(words[m].text) and words[m].text not in self.org_name_words:
            m -= 1
        if m == k or self.is_person_role(words[k + 1].text) or self.is_descriptor(words[k + 1].text):
            return []  # "das Bankhaus" alone; "der Universität Präsident X"
        if m > k + 1 and (words[m].text in self.org_suffixes or words[m].text in self.org_industry_words):
            return []  # a name of its own the noun describes: "die Stiftung Elbhaus Beteiligungen"
        head = self.institution_heads[words[k].text]
        surface = head + article.text[words[k].end : words[m].end]
        if self.lookup_alias(surface) is not None:
            return []  # the gazetteer layer reports it ("Landesbank Baden-Württemberg")
        # the noun stays in the name: canonical_name would drop "Volksbank" as a descriptor ("Konzern X")
        canonical = strip_legal_form(clean_surface(surface))
        return [Candidate(words[k].start, words[m].end, "ORG", canonical, "pattern")]

    def _institution_compound(self, article: "_Article", k: int) -> list[Candidate]:
        """ "Thüringer Effektenbank", "der Norddeutschen Förderbank": a capitalized adjective right
        before an institution noun (word ``k``) names the institution; not after an indefinite
        article ("einer Kieler Förderbank") nor before a name, which the noun then describes. After
        a definite article a capitalized noun names it too ("der Merkur Kreditbank", "die Elbe
        Landesbank"), unless it describes ("der Konkurrent Volksbank")."""
        words = article.words
        word = words[k - 1].text
        before = article.word_before(words[k - 1].start)
        adjective = self._adjective_base(word)  # without the article's ending: "der Norddeutschen"
        if adjective is None and word.endswith("er") and not self.is_german_word(word):
            adjective = word  # "Teutoburger": the adjective of a place the gazetteer does not list
        if (
            adjective is None
            and before is not None
            and before.text in _ARTICLES
            and word[:1].isupper()
            and word.isalpha()
            and not (self.is_descriptor(word) or self.is_person_role(word))
        ):
            adjective = word
        if adjective is None:
            return []
        if before is not None and before.text.lower() in _INDEFINITE_ARTICLES:
            return []
        if k + 1 < len(words) and article.is_spaced(k + 1) and self.is_name_word(words[k + 1].text):
            return []  # "die Hamburger Sparkasse Haspa": a description of the name after it
        surface = f"{adjective} {words[k].text}"
        if self.lookup_alias(surface) is not None:
            return []  # "Bayerische Landesbank": the gazetteer's
        return [Candidate(words[k - 1].start, words[k].end, "ORG", self.canonical_name(surface), "pattern")]

    def _is_foreign_suffixed(self, article: "_Article", word: "Word", suffix: str) -> bool:
        """A German noun before a suffix that is no German word names a company ("Nordlicht Robotics",
        "Fjord Capital"), unless an article governs the noun ("im Bereich Robotics") or it is a place
        adjective ("Hamburger Robotics")."""
        text = word.text
        if suffix not in self.foreign_org_suffixes or "-" in text or len(text) < 3:
            return False
        if text in self.org_name_words or self.is_place_adjective(text) or self.is_descriptor(text) or self.is_person_role(text):
            return False
        before = article.word_before(word.start)
        return before is None or before.text.lower() not in _GOVERNING_WORDS

    def _investor_candidates(self, article: "_Article") -> list[Candidate]:
        """Investors after a cue ("angeführt von X", "mit Beteiligung von X und Y") or before an
        investor verb at a clause start ("auch Y beteiligt sich", "X führt die Runde an")."""
        candidates: list[Candidate] = []
        for match in self.investor_cue_re.finditer(article.text):
            if match.start() and article.text[match.start() - 1].isalnum():
                continue  # inside a word
            k = article.word_starting_at(match.end())
            if k is None or self.list_head.search(article.words[k].text):
                continue  # "gemeinsam mit Wagniskapitalgebern": a kind of investor, no name
            for first, last in self._list_items(article, k, allow_compounds=True):
                candidates += self._org_candidate(article, first, last)
        for match in self.investor_verb_re.finditer(article.text):
            last = article.word_ending_before(match.start())
            if last is None:
                continue
            first = self._name_start(article, last)
            if article.words[first].text.lower() in self.sentence_adverbs:
                continue  # "Zudem beteiligten sich X und Y": the adverb before the verb is no investor
            if not self._opens_clause(article, article.words[first].start):
                continue
            span = self._name_span(article, first, allow_compounds=True)
            if span is not None and span[1] == last:
                candidates += self._org_candidate(article, first, last)
        return candidates

    def _entry_heading_candidates(self, article: "_Article") -> list[Candidate]:
        """ "Quantiva (Zürich): Das ETH-Spin-off ...": an entry of a roundup opens its paragraph with the
        company it is about and the company's home town, or the name alone ("Sonavent: Das Leipziger
        Start-up ..."), which then must not be a German word ("Fazit:"), unless the entry goes on to describe
        a company ("Holzknecht: Der erzgebirgische Holzspielzeughersteller ...", "Hebewerk Ost: Der Leipziger
        Kranvermieter ...")."""
        candidates: list[Candidate] = []
        for match in entry_headings(article.text):
            k = article.word_starting_at(match.start())
            last = article.word_ending_before(match.end("name"))
            if k is None or last is None:
                continue
            with_town = match.re is ENTRY_HEADING
            span = self._name_span(article, k, allow_compounds=with_town)
            if (span is None or span[1] != last) and not with_town and self._describes_company(article.text, match.end()):
                span = (k, last)
            if span is not None and span[1] == last:
                candidates += self._org_candidate(article, *span)
        return candidates

    def _describes_company(self, text: str, position: int) -> bool:
        """Whether the words from ``position`` open with a company's description: a singular article, up to two
        adjectives, a descriptor noun ("Der Leipziger Kranvermieter", "Das erzgebirgische Start-up"; not "Die
        Investoren kehren zurück", a plural)."""
        words = text[position : position + 120].split(None, 4)[:4]
        if not words or words[0] not in self.entry_description_articles:
            return False
        for word in words[1:]:
            if word[:1].isupper() and not self._is_adjective(word):
                return self.is_descriptor(word.rstrip(",.;:"))
            if not word[:1].isalpha():
                return False
        return False

    def _opens_clause(self, article: "_Article", position: int) -> bool:
        """Whether a name at ``position`` opens a clause: line start, after a sentence end, a comma or "auch"."""
        before = article.word_before(position, allow_comma=True)
        return before is None or before.text in (",", "auch", "Auch") or before.text.endswith((".", "!", "?", ":"))

    def _deal_subject_candidates(self, article: "_Article") -> list[Candidate]:
        """ "Lumora hat ... 15 Mio. Euro eingesammelt", "Lumora übernimmt ...": unknown, non-German
        words opening a sentence before a deal verb. Sentence adverbs ("Bislang hat ..."), words also
        written in lowercase in the article, and inverted word order ("Insgesamt hat der Konzern ...")
        are left out."""
        candidates: list[Candidate] = []
        text = article.text
        words = article.words
        # the words written in lowercase: one pass keeps this linear, made for the first subject only
        lowercase_words: frozenset[str] | None = None
        # the memoized word test first, over all words in C: most capitalized words are German nouns
        for k in _where(map(not_, map(self.is_german_word, article.texts))):
            word = words[k]
            lowered = word.text.lower()
            if not article.opens_sentence(word.start) or lowered in self.sentence_adverbs:
                continue  # the name must open a sentence, and "Bislang" is none
            following = words[k + 1].text if k + 1 < len(words) else ""
            if self.opening_adjective.fullmatch(lowered) and following[:1].isupper() and self.is_distinctive(following):
                k += 1  # "Französischer Aubrelle Santé will ...": the name after the adjective
            elif lowered.endswith(self.sentence_adverb_endings):
                continue  # "Rechtlich übernimmt X ..."
            span = self._name_span(article, k)
            if span is None or not self._is_deal_subject(text, words[span[1]].end):
                continue
            first = span[0] + 1 if self.is_place_adjective(words[span[0]].text) else span[0]
            if all(w.text in self.org_name_words or self.is_descriptor(w.text) for w in words[first : span[1] + 1]):
                continue  # "(Zuger) Family Office steigt bei X ein": a description, no name
            if lowercase_words is None:
                lowercase_words = _lowercase_words(text)
            if word.text.lower() not in lowercase_words:
                candidates += self._org_candidate(article, *span)
        return candidates

    def _deal_object_candidates(self, article: "_Article") -> list[Candidate]:
        """ "übernimmt Talvera", "investiert 20 Mio. Euro bei Sanorix", "der Börsengang von Sanorix": an unknown,
        non-German name right after a deal verb or noun (rules/party_patterns.yaml, deal_object_cues)."""
        candidates: list[Candidate] = []
        words = article.words
        text = article.text
        for cue in self.deal_object_re.finditer(text):
            if cue.start() and (text[cue.start() - 1].isalnum() or text[cue.start() - 1] == "-"):
                continue  # inside a word: "Teilübernahme"
            match = self.deal_object_after[cue.group().lower()].match(text, cue.end())
            if match is None:
                continue
            k = article.word_starting_at(match.end())
            if k is None:
                continue
            first = words[k].text
            if (self.is_german_word(first) or self.is_descriptor(first)) and k + 1 < len(words) and article.joins_name(k + 1):
                k += 1  # a descriptor noun: "den britischen Routenplaner Parcelwise"
            name = words[k].text
            if not self.is_distinctive(name) or self.is_given_name(name) or self.is_descriptor(name):
                # the name itself must be no German word: "übernimmt Farbenhersteller Kolorit" starts at Kolorit;
                continue  # nor a descriptor ("Quellwerk kauft Abfüller")
            span = self._name_span(article, k)
            if span is not None:
                candidates += self._org_candidate(article, *span)
        return candidates

    def _is_deal_subject(self, text: str, end: int) -> bool:
        """Whether a deal verb follows the name ending at ``end``, with the subject not after it."""
        match = _VERB_AFTER_NAME_RE.match(text, end)
        if match is None:
            return False
        verb, following = match.group(1), match.group(2)
        if following in self.inverted_subject_words or (following[0].isupper() and self.is_german_word(following)):
            return False  # "Insgesamt hat der Konzern ...", "Nun übernimmt Konzern ..." (but "X übernimmt Y": X)
        if verb in self.deal_finite_verbs:
            return True
        if verb not in self.deal_auxiliaries:
            return False
        # The participle ends the clause; "Mio." or "Mrd." inside it do not end the sentence.
        for token in _PARTICIPLE_WINDOW_RE.split(text[match.end() : match.end() + 200], 1)[0].split()[:16]:
            if token.strip(",.") in self.deal_participles:
                return True
            if token.endswith(".") and len(token) > 6:
                return False  # a sentence end: "Umsatz. Zuvor ..."
        return False

    def _org_compound(self, word: "Word", text: str) -> list[Candidate]:
        """ "Fluidstack-Chef", "Fluidstack-Aktie": an unknown, non-German first part is an organization.
        So is a name of several words hyphenated before the noun when the article also writes it apart:
        "Förde-Fähren-Chef" beside "Förde Fähren" (the words may be German nouns)."""
        modifier, head = split_compound(word.text)
        if "-" in modifier and self.org_compound_head.fullmatch(head):
            return self._name_hyphenated(word, modifier, text)
        if head in self.foundation_heads and all(
            self.is_name_word(part) and not self.is_german_word(part) for part in modifier.split("-")
        ):
            # "die Ruprecht-Falkenried-Stiftung": a foundation named for its founder, the whole word its name
            return [Candidate(word.start, word.end, "ORG", word.text, "pattern")]
        if "-" in modifier or len(modifier) < 3 or not self.org_compound_head.fullmatch(head):
            return []
        if not self.is_name_word(modifier) or self.is_german_compound(modifier) or modifier in self.given_names:
            return []  # "der Gebäudetechnik-Konzern X": a trade, no name
        if modifier.lower().endswith(self.industry_endings) and modifier.lower() not in self.industry_endings:
            return []  # "die Fördertechnik-Tochter X": a compound on an industry word names a trade
        if self.lookup_alias(modifier) is not None:
            return []
        return [Candidate(word.start, word.start + len(modifier), "ORG", self.canonical_name(modifier), "pattern")]

    def _name_hyphenated(self, word: "Word", modifier: str, text: str) -> list[Candidate]:
        """The name of several words in ``modifier`` ("Förde-Fähren"), when written apart in ``text`` too."""
        parts = modifier.split("-")
        if len(parts) > 3 or not all(
            len(part) > 2 and self.is_name_word(part) and part not in self.org_name_words
            and not self.is_given_name(part) and not self.is_descriptor(part)
            for part in parts
        ):  # fmt: skip
            return []  # "Private-Equity-Investor", "Jean-Pierre-Chef"
        name = " ".join(parts)
        entry = self.gazetteer_lookup(name)
        if (entry is not None and entry.label != "ORG") or not _written_whole(text, name):
            return []  # "New-York-Börse": a place
        return [Candidate(word.start, word.start + len(modifier), "ORG", name, "pattern")]

    def _name_start(self, article: "_Article", last: int) -> int:
        """The first word of a name of at most four words that ends at word ``last`` (before a cue verb)."""
        first = last
        while first > 0 and last - first < 3 and article.joins_name(first) and self.is_name_word(article.words[first - 1].text):
            first -= 1
        return first

    def _outlet_candidates(self, article: "_Article") -> list[Candidate]:
        """ "laut X", "Nach Informationen von X", "wie X berichtet", "Das X berichtet": X is a source."""
        candidates: list[Candidate] = []
        text = article.text
        for match in self.outlet_re.finditer(text):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"):
                continue  # inside a word: "Vorlaut X"
            k = article.word_starting_at(match.end())
            span = self._name_span(article, k) if k is not None else None
            if span is not None:
                candidates += self._org_candidate(article, *span)
        for match in self.outlet_verb_re.finditer(article.text):
            last = article.word_ending_before(match.start())
            if last is None:
                continue
            first = self._name_start(article, last)
            for k in range(first, last + 1):
                # The name must follow an article or "wie": "wie Bloomberg berichtet", "Das WSJ berichtet".
                before = article.word_before(article.words[k].start)
                if before is None or before.text.lower() not in _SOURCE_INTRODUCERS:
                    continue
                span = self._name_span(article, k)
                if span is not None and span[1] == last:
                    candidates += self._org_candidate(article, *span)
                break
        return candidates

    # ------------------------------------------------------------------ later mentions

    def _listed_persons(self, article: "_Article", selected: list[Candidate]) -> list[Candidate]:
        """ "Die Gründer Leonie Hartung und Kerem Aydın": two unknown names (no German words, no known
        names) listed right after a person are a person too, even with an unlisted first name."""
        words = article.words
        person_ends = {c.end for c in selected if c.label == "PER"}
        taken = {c.start for c in selected}
        candidates: list[Candidate] = []
        # only the words right after a person: one set lookup per word, in C
        for k in _where(map(person_ends.__contains__, article.ends[:-2]), start=1):
            first, last = words[k], words[k + 1]
            if first.start in taken or not article.is_spaced(k + 1):
                continue
            if not _LIST_GAP_RE.fullmatch(article.text[words[k - 1].end : first.start]):
                continue
            if k + 2 < len(words) and article.joins_name(k + 2):
                continue  # a longer name: "... und Brunnmatt Holding Zug"
            if all(self._is_unknown_name(w.text) for w in (first, last)):
                candidates.append(Candidate(first.start, last.end, "PER", f"{first.text} {last.text}", "pattern"))
        return candidates

    def _is_unknown_name(self, word: str) -> bool:
        return (
            self.is_name_word(word)
            and "-" not in word
            and not self.is_german_word(word)
            and word not in self.org_name_words
            and self.gazetteer_lookup(word) is None
            and not self.is_place_adjective(word)
        )

    def _surname_mentions(self, article: "_Article", selected: list[Candidate], companies_first: set[str]) -> list[Candidate]:
        """A surname alone ("Wu sagte", "Sutskevers") after the full name appeared in the article; not a
        surname in ``companies_first`` (the first word of a company named before the person)."""
        surnames = {s: full for s, full in _surname_index(selected).items() if s not in companies_first}
        if not surnames:
            return []
        # Each surname and its genitive ("Wu", "Wus") as keys: one lookup per word, run in C by map.
        forms = {surname + "s": full for surname, full in surnames.items()} | surnames
        fulls = list(map(forms.get, article.texts))
        return [
            Candidate(word.start, word.end, "PER", full, "pattern")
            for word, full in zip(compress(article.words, fulls), filter(None, fulls))
        ]

    def _short_form_mentions(
        self, article: "_Article", selected: list[Candidate], companies_first: set[str]
    ) -> list[Candidate]:
        """Later mentions of an organization found by a pattern: the full name again ("Helion Robotics"
        without its descriptor) and its first word alone ("Kessler" after "Kessler Werke AG"), both
        with the full canonical name; an organization already found under the short name takes it too."""
        prefixes = self._suffix_dropped_forms(selected)
        for candidate in selected:
            if candidate.label == "ORG" and candidate.canonical in prefixes:
                candidate.canonical = prefixes[candidate.canonical]  # "Corvid Ridge" -> "Corvid Ridge Capital"
        short_forms = prefixes | self._short_form_index(article, selected, companies_first)
        # Single-word names only when no German word: "Hafenkapital" again, but not "Zukunft".
        full_names = {
            name
            for name in {c.canonical for c in selected if c.label == "ORG" and c.source != "gazetteer"}
            if " " in name
            or (len(name) > 3 and not self.is_german_word(name))
            # "Wegwarte", a German noun the article writes bare as a name (_german_word_named): once per name
            or article.bare_uses(name) >= _BARE_USES
        }
        if not short_forms and not full_names:
            return []
        for name in [n for n in full_names if " " not in n and self.is_german_word(n)]:
            longer = [full for full in full_names if full.endswith(f" {name}")]
            if len(longer) == 1:  # "Brenner", written bare, of "Würzhaus Brenner"
                short_forms.setdefault(name, longer[0])
        known = full_names | set(short_forms)
        for candidate in selected:
            if (
                candidate.label == "ORG"
                and candidate.source != "gazetteer"
                and candidate.canonical in short_forms
                and not _continues(_glued_word(article, candidate.end), known, self.said_of_heads)
            ):
                candidate.canonical = short_forms[candidate.canonical]  # "Kessler-Chef" -> "Kessler Werke"
        names = sorted(known, key=len, reverse=True)
        candidates: list[Candidate] = []
        found = {(c.start, c.end) for c in selected}
        for match_start, match_end, name in find_names(article.text, names):
            if (match_start, match_end) in found:
                continue  # reported already, by its own layer
            following = _glued_word(article, match_end) if name in short_forms else None
            if _continues(following, known, self.said_of_heads):
                # "ihre Industriegruppe Brandstetter Armaturen" is not "Brandstetter Holding"; but with a
                # compound of an organization suffix it is a name of its own: "die Hebrok Familienholding"
                if following.text.lower().endswith(self.suffix_compound_heads):
                    candidates.append(
                        Candidate(match_start, following.end, "ORG", article.text[match_start : following.end], "pattern")
                    )
                continue
            canonical = short_forms.get(name, name)
            if (name in short_forms or name in full_names) and self.is_german_word(name):
                before = article.word_before(match_start)
                if before is not None and before.text.lower() in _DETERMINERS:
                    continue  # "die Zukunft" is no short form of "Zukunft Energie", nor "die Wegwarte" the company
            candidates.append(Candidate(match_start, match_end, "ORG", canonical, "pattern"))
        return candidates

    def _suffix_dropped_forms(self, selected: list[Candidate]) -> dict[str, str]:
        """A name of three words or more without its final suffix word ("Corvid Ridge" after "Corvid
        Ridge Capital") -> the full name; the short form must be more than one word and no known name."""
        forms: dict[str, str] = {}
        for candidate in selected:
            if candidate.label != "ORG" or candidate.source == "gazetteer":
                continue
            short, _, last = candidate.canonical.rpartition(" ")
            if last in self.org_suffixes and " " in short and self.lookup_alias(short) is None:
                forms[short] = candidate.canonical
        return forms

    def _short_form_index(
        self, article: "_Article", selected: list[Candidate], companies_first: set[str]
    ) -> dict[str, str]:
        """First word -> full name of multi-word organizations found by patterns ("Kessler" -> "Kessler
        Werke"); words shared by two names, person names, generic and known names are left out. A
        subsidiary's name gives no short form: its first word names the parent ("Der Industriekonzern
        Haverkamp trennt sich von seiner Tochter Haverkamp Fluid Technology")."""
        person_words = {w for c in selected if c.label == "PER" for w in c.canonical.split()} - companies_first
        subsidiaries = self._subsidiaries(article, selected)
        index: dict[str, str] = {}
        shared: set[str] = set()
        parents: set[str] = set()
        for candidate in selected:
            if (
                candidate.label != "ORG"
                or candidate.source == "gazetteer"
                or " " not in candidate.canonical
                or candidate.canonical.endswith(self.holding_suffixes)
            ):
                continue
            first, rest = candidate.canonical.split(" ", 1)
            if self.is_place_adjective(first) and " " not in rest and not self.is_german_word(rest):
                first = rest  # "Quantenwerk" after "Kieler Quantenwerk"
            if (
                len(first) < 3
                or not self.is_name_word(first)
                or first in self.org_name_words
                or first in person_words
                or self.is_given_name(first)
                or self.is_descriptor(first)
                or self.is_place_adjective(first)
                or self.lookup_alias(first) is not None
            ):
                continue
            if (
                candidate.canonical in subsidiaries and not _family_named(article.text, first, self.family_heads)
            ) or _named_apart(article.text, first, candidate.start, candidate.end, self.family_heads):
                parents.add(first)  # "Westfalia" is the parent "Westfalia Energie", not its unit "Westfalia Speicher"
                continue
            if index.get(first, candidate.canonical) != candidate.canonical:
                shared.add(first)
            index[first] = candidate.canonical
        forms = {first: full for first, full in index.items() if first not in shared}
        # a parent named only by its unit's first word: "Die Pumpentochter Kellhaus Fluid ... Kellhaus spart."
        return {**{first: first for first in parents - shared}, **forms}

    def _subsidiaries(self, article: "_Article", selected: list[Candidate]) -> set[str]:
        """The organizations introduced as a subsidiary ("seiner Tochter Ostermann Coatings") whose first
        word may name the parent: not when the sentence names the parent before, by another first word
        ("Rendsburger Medien bläst den Verkauf ihrer Tochter Kessing Fachmedien ab": "Kessing" is the unit)."""
        out: set[str] = set()
        organizations = [c for c in selected if c.label == "ORG"]
        for candidate in organizations:
            if " " in candidate.canonical and candidate.canonical not in out:
                before = article.word_before(candidate.start)
                if before is not None and self._is_subsidiary_head(article, before):
                    if not _parent_named_apart(article.text, candidate, before.start, organizations):
                        out.add(candidate.canonical)
        return out

    def _is_subsidiary_head(self, article: "_Article", head: "Word") -> bool:
        """Whether ``head`` before a name makes it a subsidiary: "Tochter" always, "Beteiligungsgesellschaft"
        after a possessive ("über seine Beteiligungsgesellschaft X")."""
        word = head.text.lower()
        if word.endswith(self.subsidiary_heads):
            return True
        if not word.endswith(self.owned_heads):
            return False
        owner = article.word_before(head.start)
        return owner is not None and owner.text.lower() in self.possessives

    # ------------------------------------------------------------------ lexicon

    def _lexicon_candidates(self, article: "_Article", candidates: list[Candidate]) -> list[Candidate]:
        """Unknown capitalized words that are no German word, in an organization context ("mit X"),
        confirmed by a second mention or a list with a known organization ("Kunden wie Meta, X und Y")."""
        org_starts = {c.start for c in candidates if c.label == "ORG"}
        org_ends = {c.end for c in candidates if c.label == "ORG"}
        listed = self._listed_organizations(article)
        is_lexicon_word = list(map(self.is_lexicon_word, article.texts))  # a memoized test per word, in C
        counts = Counter(compress(article.texts, is_lexicon_word))
        person_names = {w for c in candidates if c.label == "PER" for w in c.canonical.split()}
        accepted: set[str] = set()
        for word in compress(article.words, is_lexicon_word):
            text = word.text
            if text in accepted or text in person_names:
                continue
            previous = article.word_before(word.start, allow_comma=True)
            if previous is None or (previous.text not in self.lexicon_cues and previous.text != ","):
                continue
            is_listed = article.is_listed_with(word.start, word.end, org_starts, org_ends)
            if previous.text in self.lexicon_cues and previous.text not in _COORDINATION:
                # "Deals mit Nvidia, Broadcom und Oracle": a list of unknown names after the cue.
                k = article.word_starting_at(word.start)
                following = self._names_listed_after(article, k) if k is not None else []
                if following and all(f == l and self.is_lexicon_word(article.words[f].text) for f, l in following):
                    accepted.update(article.words[f].text for f, _ in following)
                    is_listed = True
            if not is_listed and (counts[text] < 2 or previous.text in _COORDINATION or previous.text == ","):
                continue
            if not article.compound_head(word.end)[1]:
                accepted.add(text)
        found = [
            Candidate(w.start, w.end, "ORG", w.text, "lexicon")
            for w in compress(article.words, map(accepted.__contains__, article.texts))
        ]
        return found + listed

    def _listed_organizations(self, article: "_Article") -> list[Candidate]:
        """Names in a list after "Kunden wie", "Investoren wie", "Geldgeber, darunter": "Kunden wie Meta, X und Y"."""
        candidates: list[Candidate] = []
        text = article.text
        for match in self.list_re.finditer(text):
            # The list head stands up to three words before the cue, in the same clause:
            # "Kunden wie", "mehrere Geldgeber, darunter", "Investoren aus Europa wie".
            before = _CLAUSE_END_RE.split(text[max(0, match.start() - 80) : match.start() + 1])[-1]
            if not any(self.list_head.search(word.strip(",")) for word in before.split()[-3:]):
                continue
            k = article.word_starting_at(match.end())
            for first, last in self._list_items(article, k) if k is not None else []:
                for candidate in self._org_candidate(article, first, last):
                    candidate.source = "lexicon"
                    candidates.append(candidate)
        return candidates

    def _is_lexicon_word(self, word: str) -> bool:
        if len(word) < 4 or not word.isalnum() or word.isupper() or word in self.not_names:
            return False
        if word in self.given_names or self.is_german_compound(word) or self.lexicon.is_surname(word):
            return False
        if self.is_descriptor(word):
            return False  # "bei Wärmepumpenhersteller Thermaro": a trade noun, however unusual its compound
        return self.lookup_alias(word) is None


# ---------------------------------------------------------------------- helpers


def _written_whole(text: str, phrase: str, besides: int = -1) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words, no letter, digit or hyphen joined to it (other than
    at offset ``besides``).

    >>> _written_whole("Der Förde-Fähren-Chef sagt, Förde Fähren wachse.", "Förde Fähren")
    True
    >>> _written_whole("Kiruna Frost kauft zu.", "Kiruna Frost", besides=0)
    False
    """
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if at != besides and not (at and _joins_word(text[at - 1])) and not (end < len(text) and _joins_word(text[end])):
            return True
        at = text.find(phrase, at + 1)
    return False


def _joins_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


class _Article:
    """The text with its capitalized words and the navigation helpers the patterns need."""

    def __init__(self, text: str, particles: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.particles = particles
        # One split gives the gaps and the words, alternating; their lengths add up to the positions.
        # All of it runs in C, where finditer makes a match object per word and Python reads it.
        pieces = _CAPWORD_SPLIT_RE.split(text)
        offsets = list(accumulate(map(len, pieces)))
        # As columns, for map(): a memoized test or a set lookup per word then runs in C too.
        self.texts: list[str] = pieces[1::2]
        self.starts: list[int] = offsets[:-1:2]
        self.ends: list[int] = offsets[1::2]
        # tuple.__new__ makes the same Word as Word(...), without the Python-level __new__ of a NamedTuple
        self.words: list[Word] = list(map(_new_tuple, repeat(Word), zip(self.starts, self.ends, self.texts)))

    def particles_before(self, k: int) -> list[str] | None:
        """The lowercase name particles between word k-1 and word k ("von der"), [] for a plain space,
        None when anything else (punctuation, a line break, other words) separates them."""
        gap = self.text[self.words[k - 1].end : self.words[k].start]
        if gap == " ":
            return []
        if not gap or "\n" in gap or not gap[0].isspace() or not gap[-1].isspace():
            return None
        parts = gap.split()
        if len(parts) > 3 or any(p not in self.particles for p in parts):
            return None
        return parts

    def bare_uses(self, word: str, besides: int = -1) -> int:
        """How often ``word`` stands in the text as a name does, after a lower-case word that is neither a
        determiner nor inflected like an adjective and before a lower-case word ("wo Wegwarte derzeit"), other than
        at offset ``besides``.

        >>> _Article("Die Kette Wegwarte wächst, wo Wegwarte derzeit und hat Wegwarte ein. Die neue Wegwarte blüht.").bare_uses("Wegwarte", besides=10)
        2
        """
        count, text = 0, self.text
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            if match.start() == besides:
                continue
            before, after = self.word_before(match.start()), _NEXT_WORD_RE.match(text, match.end())
            if (
                before is not None
                and before.text.islower()
                and before.text not in _GOVERNING_WORDS
                and not before.text.endswith(_ADJECTIVE_ENDINGS)
                and after is not None
                and after.group(1).islower()
            ):
                count += 1
        return count

    def repeats(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands once more in the text, as whole words."""
        return _written_whole(self.text, self.text[start:end], besides=start)

    def is_spaced(self, k: int) -> bool:
        return self.particles_before(k) == []

    def joins_name(self, k: int) -> bool:
        """Word k continues the name before it: one space or " & " between them."""
        return self.text[self.words[k - 1].end : self.words[k].start] in (" ", " & ")

    def word_before(self, position: int, allow_comma: bool = False) -> Word | None:
        """The word (any case) or comma right before ``position`` on the same line."""
        text = self.text
        end = position
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == 0 or text[end - 1] == "\n":
            return None
        if text[end - 1] == ",":
            return Word(end - 1, end, ",") if allow_comma else None
        low = max(0, end - 64)  # bounded, so many calls stay linear in the text length
        start = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\t", low, end), low - 1) + 1
        word = text[start:end].lstrip(_OPENING_QUOTES)
        return Word(end - len(word), end, word) if word else None

    def opens_sentence(self, position: int) -> bool:
        """Whether the word at ``position`` opens a sentence: at a line start, after ".", "!", "?" or ":",
        or after opening quotes alone ("„Lumora"); what ``word_before`` tells, from one character mostly.

        >>> article = _Article("Wie erwartet: Lumora wächst. Auch Helion, Nordwind und „Vento“.")
        >>> [w.text for w in article.words if article.opens_sentence(w.start)]
        ['Wie', 'Lumora', 'Auch', 'Vento']
        """
        text = self.text
        end = position
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == 0 or text[end - 1] in ".!?:\n":
            return True
        if text[end - 1] not in _OPENING_QUOTES:
            return False  # a word or a comma before it
        before = self.word_before(position, allow_comma=True)
        return before is None or before.text.endswith((".", "!", "?", ":"))

    def word_after(self, position: int, *, after_comma: bool = False) -> Word | None:
        """The word right after ``position`` on the same line (with ``after_comma``: after a comma)."""
        match = (_WORD_AFTER_COMMA_RE if after_comma else _WORD_AFTER_RE).match(self.text, position)
        return Word(match.start(1), match.end(1), match.group(1)) if match else None

    def word_ending_before(self, position: int) -> int | None:
        """Index of the capitalized word ending right at ``position``."""
        index = bisect.bisect_left(self.ends, position)
        return index if index < len(self.ends) and self.ends[index] == position else None

    def word_starting_at(self, position: int) -> int | None:
        """Index of the capitalized word starting right at ``position``."""
        index = bisect.bisect_left(self.starts, position)
        return index if index < len(self.starts) and self.starts[index] == position else None

    def is_listed_with(self, start: int, end: int, org_starts: set[int], org_ends: set[int]) -> bool:
        """Whether the name at [start, end) stands in a list ("A, B und C") next to a known organization."""
        before = self.word_before(start, allow_comma=True)
        if before is not None and before.text in _COORDINATION:
            neighbour_end = before.start
            while neighbour_end > 0 and self.text[neighbour_end - 1] in " \t":
                neighbour_end -= 1
            if neighbour_end in org_ends:
                return True
        match = _LIST_AFTER_RE.match(self.text, end)
        return match is not None and match.end() in org_starts

    def compound_head(self, end: int) -> tuple[int, str]:
        """For a name ending at ``end`` inside a hyphen compound ("OpenAI-Rivalin"): (compound end, head)."""
        match = _COMPOUND_TAIL_RE.match(self.text, end) if self.text.startswith("-", end) else None
        if match is None:
            return end, ""
        return match.end(), match.group(1).rsplit("-", 1)[-1]

    def word_before_hyphen(self, start: int) -> str:
        """The compound part before ``start`` when a hyphen joins them ("Risikokapital-Arm" -> "Risikokapital")."""
        if start < 2 or self.text[start - 1] != "-":
            return ""
        match = _PART_BEFORE_HYPHEN_RE.search(self.text, max(0, start - 40), start)
        return match.group(1) if match else ""


_new_tuple = tuple.__new__
# Opening quotes and brackets, which word_before leaves out ("„Lumora" -> "Lumora").
_OPENING_QUOTES = "„\"»«(‚“"
_WORD_AFTER_RE = re.compile(r"[ \t]+(\w[\w.'’-]*)")
_WORD_AFTER_COMMA_RE = re.compile(r"[ \t]*,[ \t]*(\w[\w.'’-]*)")
# Words before a common noun, not before a company name ("die Zukunft", but "Nordwind wollte").
_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
_DETERMINERS = _ARTICLES | _INDEFINITE_ARTICLES | {"kein", "keine", "seine", "ihre", "unsere", "jede", "diese", "dieser"}
_GROUP_WORDS = frozenset({"Group", "Gruppe", "Holding", "Holdings"})
_CLAUSE_END_RE = re.compile(r"[.!?;:\n]")
# Capitalized articles opening a sentence with a descriptor apposition ("Das Kieler Start-up X").
_SENTENCE_ARTICLES = frozenset({"Der", "Die", "Das"})
_INFLECTED = ("e", "en")  # the endings of an adjective after a definite article: "die ostwestfälische", "des neuen"
# Words before a noun that make it a common noun, not a name, before a suffix: "im Bereich Robotics".
_GOVERNING_WORDS = _DETERMINERS | {"im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs"}
# Articles of a descriptor whose noun after it is an object, no name: "gibt dem Konzern Kapital".
_OBJECT_ARTICLES = frozenset({"dem", "den", "des", "einem", "einen", "eines"})
# The endings of an inflected adjective (or a verb in the past: "steigerte Wegwarte" is left uncounted).
_ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")
# How often a German noun must stand bare, as a name, elsewhere in the article to name the company after a descriptor.
_BARE_USES = 2
_NEXT_WORD_RE = re.compile(r" (\w+)")
# The verb after a sentence-opening name and the word after the verb: "Lumora hat in", "Lumora übernimmt den".
_PARTICIPLE_WINDOW_RE = re.compile(r"[!?;\n]")
_VERB_AFTER_NAME_RE = re.compile(r" (\w+) (\w+)")
_LIST_GAP_RE = re.compile(r",[ \t]*|,?[ \t]+(?:und|sowie|oder)[ \t]+")
# What follows the first part of a compound whose head is said once for two ("Sach- und Lebensversicherer").
_TRUNCATED = ("- ", "-\xa0")
# The endings of an "-isch" adjective and the blank before a name ("japanische ", "schwedischen "): most capitalized
# words follow none, and this cheap test spares them PartyRecognizer._after_national_adjective.
_ADJECTIVE_ENDS = ("sche ", "schen ", "scher ", "sches ", "schem ")
_QUOTE_GAPS = frozenset({" „", ' "', " »", " “", " ‚"})
_LIST_AFTER_RE = re.compile(r"[ \t]*(?:,|und|sowie|oder|&)[ \t]+")
_PART_BEFORE_HYPHEN_RE = re.compile(r"(\w+)-$")


def _lowercase_words(text: str) -> frozenset[str]:
    """The words of ``text`` written in lowercase: common words, whatever their case at a sentence start.

    >>> sorted(_lowercase_words("Insgesamt stieg der Umsatz, insgesamt um 5 %."))
    ['der', 'insgesamt', 'stieg', 'um']
    """
    # Distinct lowercase tokens first: news repeats its words, and strip is the cost. Punctuation has
    # no case, so a token is lowercase exactly when it is so without its punctuation.
    return frozenset(map(str.strip, set(filter(str.islower, text.split())), repeat(_TOKEN_PUNCTUATION)))


_TOKEN_PUNCTUATION = ".,;:!?\"'()[]„“”‚‘’»«–—"


_GENITIVE_ENDINGS = ("s", "'s", "’s")


def find_names(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of ``names`` (tried in the order given), each with an optional genitive
    "s": (start, end, name), left to right, not overlapping.

    The same matches as ``re.finditer(r"(?<![\\w-])(name1|name2|...)(?:s|'s|’s)?(?!\\w)", text)``, without
    compiling a pattern per article (that compile cost more than the search): ``str.find`` locates
    where a name may start, and only there the pattern's steps are tried, in its order.

    >>> find_names("Kessler Werke meldet, Kesslers Chef und Kessler-Chef, nicht KesslerX.", ["Kessler Werke", "Kessler"])
    [(0, 13, 'Kessler Werke'), (22, 30, 'Kessler'), (40, 47, 'Kessler')]
    """
    starts: set[int] = set()
    for name in names:
        position = text.find(name)
        while position >= 0:
            starts.add(position)
            position = text.find(name, position + 1)
    out: list[tuple[int, int, str]] = []
    resume = 0
    for start in sorted(starts):
        if start < resume:
            continue  # inside the previous match
        if start and (_is_word_char(text[start - 1]) or text[start - 1] == "-"):
            continue
        for name in names:
            if not text.startswith(name, start):
                continue
            end = start + len(name)
            # the optional ending is tried first (greedy), then none; a word character may not follow
            ends = [end + len(e) for e in _GENITIVE_ENDINGS if text.startswith(e, end)] + [end]
            match_end = next((e for e in ends if e >= len(text) or not _is_word_char(text[e])), None)
            if match_end is not None:
                out.append((start, match_end, name))
                resume = match_end
                break
    return out


def _where(flags: Iterable[object], start: int = 0) -> Iterator[int]:
    """The positions of the true ``flags``, counted from ``start``: with ``map(test, article.texts)``
    the loop over the words runs in C, and a memoized test or a set lookup costs no Python call per word.

    >>> list(_where(map(str.isupper, ["AG", "Werk", "SE"]))), list(_where([False, True], start=1))
    ([0, 2], [2])
    """
    return compress(count(start), flags)


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return char.isalnum() or char == "_"


def _cue_alternation(cues: Iterable[str]) -> str:
    """The cue regexes (each one alternative, see rules/party_patterns.yaml) as one alternation that
    also matches at a sentence start ("laut", "Laut"), grouped by first letter. Every alternative then opens with a literal, so ``re`` skips ahead to
    the letters that can start a cue and there enters that letter's group only: several times faster
    than "[lL]aut|[nN]ach ...", which makes ``re`` try every alternative at every position.

    >>> _cue_alternation(["laut", "nach Angaben (?:von|des)", "nach Informationen von", "Lead-Investor"])
    'l(?:aut)|L(?:aut|ead-Investor)|n(?:ach Angaben (?:von|des)|ach Informationen von)|N(?:ach Angaben (?:von|des)|ach Informationen von)'
    """
    # both spellings of a first letter, as the character class "[lL]" would match them
    spellings = [first + cue[1:] for cue in cues for first in dict.fromkeys(cue[:1] + cue[:1].upper() if cue[:1].isalpha() else cue[:1])]
    if not all(spelling[:1].isalnum() for spelling in spellings):
        return "|".join(spellings)  # a cue opening with regex syntax: no grouping by its first character
    groups: dict[str, list[str]] = {}
    for spelling in spellings:  # alternatives with one first letter keep their order; others exclude each other
        groups.setdefault(spelling[0], []).append(spelling[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _glued_word(article: "_Article", end: int) -> Word | None:
    """The capitalized word one space after a name ending at ``end`` (without a closing full stop), unless
    the name is a genitive ("Carrows Forschungschef"): whose people, not a longer name.

    >>> _glued_word(_Article("die Gruppe Brandstetter Armaturen."), 23), _glued_word(_Article("Brandstetter hält"), 12)
    (Word(start=24, end=33, text='Armaturen'), None)
    """
    following = article.word_after(end)
    if following is None or following.start != end + 1 or not following.text[:1].isupper() or article.text[end - 1] == "s":
        return None
    word = following.text.rstrip(".")
    return Word(following.start, following.start + len(word), word)


def _continues(following: Word | None, names: Container[str] = (), said_of: tuple[str, ...] = ()) -> bool:
    """Whether the word right after a short name (see ``_glued_word``) makes it a longer name the layers did not
    find ("Brandstetter Armaturen"), no short form of another: not when it is one of ``names`` ("unter dem Namen
    Sennwald Rabenau": two names joined) or a noun ending in one of ``said_of`` ("der Hohenloher Vorstand").

    >>> _continues(Word(24, 33, "Armaturen")), _continues(None), _continues(Word(15, 22, "Rabenau"), {"Rabenau"})
    (True, False, False)
    >>> _continues(Word(12, 20, "Vorstand"), (), ("vorstand",))
    False
    """
    return following is not None and following.text not in names and not following.text.lower().endswith(said_of)


def _org_first_words_before_persons(candidates: Iterable[Candidate]) -> set[str]:
    """First words of multi-word organizations named before any person whose name contains the word:
    "Die Ambühl Holding ... Verwaltungsratspräsident Beat Ambühl" gives {"Ambühl"}."""
    first_org: dict[str, int] = {}
    first_person: dict[str, int] = {}
    for candidate in candidates:
        if candidate.label == "ORG" and candidate.source != "gazetteer" and " " in candidate.canonical:
            word = candidate.canonical.split(" ", 1)[0]
            first_org[word] = min(first_org.get(word, candidate.start), candidate.start)
        elif candidate.label == "PER":
            for word in candidate.canonical.split():
                first_person[word] = min(first_person.get(word, candidate.start), candidate.start)
    return {word for word, start in first_org.items() if word in first_person and start < first_person[word]}


def _surname_index(candidates: Iterable[Candidate]) -> dict[str, str]:
    """Surname -> full name for persons with a first name; surnames of two different persons are left out."""
    index: dict[str, str] = {}
    shared: set[str] = set()
    for candidate in candidates:
        if candidate.label != "PER" or " " not in candidate.canonical:
            continue
        surname = candidate.canonical.rsplit(" ", 1)[-1]
        if index.get(surname, candidate.canonical) != candidate.canonical:
            shared.add(surname)
        index[surname] = candidate.canonical
    return {s: full for s, full in index.items() if s not in shared}


def _named_apart(text: str, first: str, start: int, end: int, families: tuple[str, ...] = ()) -> bool:
    """Whether ``first`` alone stands in the sentence of the name at ``start``..``end`` that begins with it:
    two companies, the first word the parent's ("Käufer von Veltrup Coatings ist X, wie Veltrup mitteilte").
    After a noun ending in one of ``families`` the word is a family's name ("von der Eigentümerfamilie Veltrup").

    >>> text = "Käufer von Veltrup Coatings ist X, wie Veltrup mitteilte."
    >>> _named_apart(text, "Veltrup", 11, 27), _named_apart("Veltrup Coatings wächst. Veltrup stellt ein.", "Veltrup", 0, 16)
    (True, False)
    >>> _named_apart("Die Veltrup Coatings lehnte ab, der Veltrup Vorstand auch.", "Veltrup", 4, 20)
    False
    >>> _named_apart("X kauft die Veltrup Coatings von der Eigentümerfamilie Veltrup.", "Veltrup", 12, 28, ("familie",))
    False
    """
    low, high = max(0, start - _APART_REACH), min(len(text), end + _APART_REACH)
    if text.find(first, low, start) == -1 and text.find(first, end, high) == -1:
        return False  # most names: their first word stands nowhere near alone
    for match in _alone(first).finditer(text, low, high):
        if start <= match.start() < end:
            continue
        before = text[max(0, match.start() - 30) : match.start()].rstrip().rsplit(None, 1)[-1:]
        if families and before and before[0].lower().endswith(families):
            continue
        a, b = (end, match.start()) if match.start() >= end else (match.end(), start)
        if _SENTENCE_END.search(text, a, b + 1) is None:
            return True
    return False


def _family_named(text: str, first: str, families: tuple[str, ...]) -> bool:
    """Whether ``first`` stands after a noun ending in one of ``families``: the owner of a subsidiary
    sharing its first word is then a family, no parent company ("der Familie Imhof. Über ihre
    Beteiligungsgesellschaft Imhof Holding").

    >>> _family_named("Das Geld der Familie Imhof steckt in der Imhof Holding.", "Imhof", ("familie",))
    True
    >>> _family_named("Der Konzern Imhof steckt Geld in seine Tochter Imhof Holding.", "Imhof", ("familie",))
    False
    """
    for match in re.finditer(rf"(?<![\w-])([\w-]+)\s+{re.escape(first)}(?![\w-])", text):
        if match.group(1).lower().endswith(families):
            return True
    return False


@lru_cache(maxsize=4096)
def _alone(word: str) -> re.Pattern[str]:
    """``word`` as a word of its own, not before another capitalized word ("der Hohenloher Vorstand" says
    whose board)."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?!\s[A-ZÄÖÜ])")


# How far apart two names of one sentence may stand.
_APART_REACH = 300
# A sentence's end: a stop and a capitalized word or a line break after it (not "Mio. Euro").
_SENTENCE_END = re.compile(r"[.!?][\s\u201c\u201d\"]{1,3}(?=[A-ZÄÖÜ])|\n")


def _persons_not_companies(found: list[Candidate], sources: list[Candidate], company_words: frozenset[str]) -> list[Candidate]:
    """The source names (after "laut", "nach Angaben von") that are no person of ``found``: a name that starts
    with the surname of a person found and has no company word is that person ("Finanzchefin Claudia
    Neumann …, nach Angaben von Neumann Zukäufe"); family companies keep theirs ("laut Kessler Capital").

    >>> found = [Candidate(0, 15, "PER", "Claudia Neumann", "pattern")]
    >>> sources = [Candidate(40, 55, "ORG", "Neumann Zukäufe", "pattern"), Candidate(60, 75, "ORG", "Neumann Capital", "pattern")]
    >>> [c.canonical for c in _persons_not_companies(found, sources, frozenset({"Capital"}))]
    ['Neumann Capital']
    """
    surnames = {c.canonical.split()[-1] for c in found if c.label == "PER" and " " in c.canonical}
    return [
        c for c in sources
        if not (
            c.label == "ORG"
            and c.canonical.split()[0] in surnames
            and not any(word in company_words for word in c.canonical.split()[1:])
        )
    ]


def _parent_named_apart(text: str, unit: Candidate, noun_start: int, organizations: list[Candidate]) -> bool:
    """Whether the sentence of a unit names an organization before the unit's noun whose first word is
    not the unit's: its parent, by a name of its own. Not when it names the parent by the unit's first word
    too: then the other is a buyer ("Wie die Ellerbrock SE mitteilte, übernimmt Dewaele 60 Prozent an der
    Tochter Ellerbrock Floors").

    >>> text = "Rendsburger Medien verkauft ihre Tochter Kessing Fachmedien. Kessing wächst."
    >>> unit = Candidate(41, 59, "ORG", "Kessing Fachmedien", "pattern")
    >>> parent = Candidate(0, 18, "ORG", "Rendsburger Medien", "pattern")
    >>> _parent_named_apart(text, unit, 33, [parent, unit]), _parent_named_apart(text, unit, 33, [unit])
    (True, False)
    >>> text = "Wie Kessing mitteilte, kauft Rendsburger Medien die Tochter Kessing Fachmedien."
    >>> named, buyer = Candidate(4, 11, "ORG", "Kessing", "pattern"), Candidate(29, 47, "ORG", "Rendsburger Medien", "pattern")
    >>> _parent_named_apart(text, Candidate(60, 78, "ORG", "Kessing Fachmedien", "pattern"), 52, [named, buyer])
    False
    """
    sentence_start = max(text.rfind(". ", 0, noun_start), text.rfind("\n", 0, noun_start)) + 1
    first = unit.canonical.split(" ", 1)[0]
    firsts = {c.canonical.split(" ", 1)[0] for c in organizations if sentence_start <= c.start and c.end <= noun_start}
    return bool(firsts) and first not in firsts


def _resolve_genitive_persons(candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """ "Masayoshi Sons" -> "Masayoshi Son" when that name is known (gazetteer or elsewhere in the article)."""
    names = {c.canonical for c in candidates if c.label == "PER"}
    for candidate in candidates:
        name = candidate.canonical
        if candidate.label != "PER" or not name.endswith("s") or name.endswith("ss"):
            continue
        base = name[:-1]
        entry = gazetteer.lookup(base)
        if base in names or (entry is not None and entry.label == "PER"):
            candidate.canonical = entry.canonical if entry is not None else base
    return candidates


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest span first, then the stronger source; overlapping spans are dropped, except role-noun
    compounds, which may contain the name they are built on ("Google-Mutter" around "Google")."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), _SOURCE_PRIORITY[c.source], c.start))
    selected: list[Candidate] = []
    spans: set[tuple[int, int]] = set()
    starts: list[int] = []  # sorted starts of the taken (non-nested) spans
    ends: list[int] = []  # their ends, in the same order (taken spans never overlap)
    for candidate in ordered:
        span = (candidate.start, candidate.end)
        if span in spans:
            continue
        if candidate.is_nested:
            selected.append(candidate)
            spans.add(span)
            continue
        i = bisect.bisect_left(starts, candidate.start)
        if (i < len(starts) and starts[i] < candidate.end) or (i > 0 and ends[i - 1] > candidate.start):
            continue
        starts.insert(i, candidate.start)
        ends.insert(i, candidate.end)
        selected.append(candidate)
        spans.add(span)
    # by start, the longer of two spans with the same start first: taken in that order above
    selected.sort(key=attrgetter("start"))
    return selected
