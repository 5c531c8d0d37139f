"""The deal and valuation cues of rules/deals.yaml, compiled into fast matchers.

Each kind of cue becomes a :class:`pipeline.deal_cues.CueSet`; the function words of the
``grammar`` section become a :class:`Grammar`. :func:`split_clauses` cuts a sentence where a
new clause with facts of its own begins. Nothing here knows about spaCy.

>>> rules = deal_rules()
>>> [m.word for m in rules.types["funding_round"].find("Die Anthropic-Finanzierungsrunde lief gut.")]
['Anthropic-Finanzierungsrunde']
>>> [m.text for m in rules.types["funding_round"].find("Die Firma sammelte 40 Mio. Euro ein.")]
['sammelte']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

import yaml

from pipeline.deal_cues import CueMatch, CueSet, phrase_regex, word_index
from pipeline.deal_places import Demonyms
from pipeline.gazetteer import load_party_patterns

__all__ = [
    "CueMatch", "CueSet", "DealRules", "Grammar", "deal_rules", "may_name_round", "round_label", "split_clauses",
    "word_index",
]  # fmt: skip

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "deals.yaml"


def _cues(entry: Any) -> CueSet:
    """A CueSet from a YAML entry: a list of phrases, or a mapping with heads/phrases."""
    if isinstance(entry, list):
        return CueSet(phrases=entry)
    heads = entry.get("heads") or []
    singular, plural = (heads.get("singular", []), heads.get("plural", [])) if isinstance(heads, dict) else (heads, [])
    return CueSet(heads=singular, plural_heads=plural, phrases=entry.get("phrases") or [])


def _labelled(mapping: dict[str, list[str]], prefix: str = "") -> CueSet:
    labels = {phrase: prefix + label for label, phrases in mapping.items() for phrase in phrases}
    return CueSet(phrases=list(labels), labels=labels)


# Phrase lists of a deal type, besides its heads and ``phrases``, whose matches are labelled with the type itself
# (acquisition: "verkauft", "geht für ... an", "greift nach", "Interesse signalisiert"); both the type cues and the
# prefilter read them.
_TYPE_PHRASE_KINDS = ("sale", "sold_to", "reach_for", "interest")


def _labelled_types(spec: dict[str, Any]) -> CueSet:
    """All deal-type cues in one set, each match labelled with its type."""
    heads: list[str] = []
    plural: list[str] = []
    phrases: list[str] = []
    labels: dict[str, str] = {}
    for name in reversed(TYPE_ORDER):  # earlier types win a cue listed twice
        entry = spec[name]
        entry_heads = entry.get("heads") or {}
        heads += entry_heads.get("singular", [])
        plural += entry_heads.get("plural", [])
        phrases += entry.get("phrases") or []
        for item in [*entry_heads.get("singular", []), *entry_heads.get("plural", []), *(entry.get("phrases") or [])]:
            labels[item] = name
        for kind in _TYPE_PHRASE_KINDS:
            for item in entry.get(kind) or []:
                phrases.append(item)
                labels[item] = name
        for kind in ("weak", "context", "merger"):
            for item in entry.get(kind) or []:
                phrases.append(item)
                labels[item] = f"{name}_{kind}"
    return CueSet(heads=heads, plural_heads=plural, phrases=phrases, labels=labels)


def _word_alternation(words: Iterable[str]) -> str:
    return "|".join(phrase_regex(w) for w in sorted(set(words), key=len, reverse=True))


def _gapped_verbs(verbs: Iterable[str], gap: str) -> str:
    """An alternation of ``verbs``, where ``gap`` may stand between the two words of a two-word verb.

    >>> pattern = re.compile(_gapped_verbs(["hält", "liegen bei"], "weiterhin"))
    >>> [bool(pattern.fullmatch(t)) for t in ("liegen bei", "liegen weiterhin bei", "hält weiterhin")]
    [True, True, False]
    """
    parts = []
    for verb in sorted(set(verbs), key=len, reverse=True):
        words = verb.split()
        if len(words) == 2:
            parts.append(rf"{re.escape(words[0])}(?:\s{{1,3}}{gap})?\s{{1,3}}{re.escape(words[1])}")
        else:
            parts.append(phrase_regex(verb))
    return "|".join(parts)


def _pronoun_and_verb(pronouns: Iterable[str], verbs: Iterable[str]) -> re.Pattern[str]:
    """A pronoun next to a verb, in either order ("sie liegt", "liegt sie"): the pronoun in group "before" or
    "after"."""
    pronoun, verb = _word_alternation(pronouns), _word_alternation(verbs)
    return re.compile(
        rf"(?<![\w-])(?:(?P<before>{pronoun})\s{{1,3}}(?:{verb})|(?:{verb})\s{{1,3}}(?P<after>{pronoun}))(?![\w-])",
        re.IGNORECASE,
    )


def _words_regex(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One whole-word alternation."""
    return re.compile(rf"(?<![\w-])(?:{_word_alternation(words)})(?![\w-])", flags)


def _before_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` ending the text searched, a space after it: what stands right before a name or a noun."""
    return re.compile(rf"(?<![\w-])(?:{_word_alternation(words)})\s{{1,3}}$", re.IGNORECASE)


def _opening_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` where the match starts, after at most five spaces: what opens a clause or follows a name."""
    return re.compile(rf"\s{{0,5}}(?:{_word_alternation(words)})(?![\w-])", re.IGNORECASE)


class GuardedPattern:
    """A regex tried only where a cheap one finds its required part: the stake size with number words
    ("knapp fünf Prozent") starts with an alternation Python's engine tries at every position, while
    "Prozent" or "%" is found fast and stands in few clauses.

    >>> size = GuardedPattern(re.compile(r"(?:\\d+|fünf)\\s?(?:%|prozent)", re.I), re.compile(r"%|prozent", re.I))
    >>> size.search("hält knapp fünf Prozent").group(), size.search("hält fünf Anteile") is None
    ('fünf Prozent', True)
    >>> [m.group() for m in size.finditer("erst 5 %, dann fünf Prozent")]
    ['5 %', 'fünf Prozent']
    """

    __slots__ = ("pattern", "guard")

    def __init__(self, pattern: re.Pattern[str], guard: re.Pattern[str]) -> None:
        self.pattern, self.guard = pattern, guard

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.guard.search(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.guard.search(text, pos, endpos) else iter(())


@dataclass(frozen=True)
class Grammar:
    """The function words of rules/deals.yaml ``grammar``, as sets and small regexes."""

    clause_independent: frozenset[str]
    clause_dependent: frozenset[str]
    # ", der Anbieter X wurde": after a comma, a noun phrase and a finite verb in second place open a main clause
    second_place: re.Pattern[str]
    both: re.Pattern[str]  # "Beide Unternehmen" opening a clause: the two subjects of the sentence before
    round_demonstrative: re.Pattern[str]  # "Diese" opening a clause: the round named just before
    conditional_openers: frozenset[str]  # "falls X verkauft wird": what the clause says may not happen
    conditional_first_verbs: frozenset[str]  # "Scheitert die Übernahme, muss X ...": a condition
    new_name: re.Pattern[str]  # "unter dem Namen " right before a name: the name a unit is given
    coordinated_verbs: frozenset[str]
    # a comma and a finite verb: a second predicate of the same subject ("X ist an Y beteiligt, hat sich an der
    # Runde aber nicht beteiligt")
    comma_predicate: re.Pattern[str]
    preposition_of: dict[str, str]  # any form ("im") -> its preposition ("in")
    example_markers: frozenset[str]
    target_prepositions: frozenset[str]
    determiners: frozenset[str]
    accusative_articles: frozenset[str]  # "an den Finanzinvestor X": where a stake goes, not what it is held in
    list_conjunctions: frozenset[str]
    joining_conjunctions: frozenset[str]
    relative_pronouns: frozenset[str]
    # ", der nun", ", über die die Familie": a comma, a relative pronoun (a preposition may come first), the next word
    relative_opening: re.Pattern[str]
    object_relative_pronouns: frozenset[str]  # ", den die Amerikaner übernommen hatten": the antecedent is bought
    subject_relative_pronouns: frozenset[str]  # ", der 8 Prozent hält": the antecedent holds
    stake_relative_prepositions: frozenset[str]  # ", an dem X die Mehrheit übernommen hat": the antecedent is bought
    speaker_articles: frozenset[str]  # "" or "die" between "Wie" and the company that tells
    possessive_adjectives: frozenset[str]
    list_gap: re.Pattern[str]  # what joins two names of one list: ", der japanische Technologieinvestor "
    passive: re.Pattern[str]
    definite_round: re.Pattern[str]  # "der laufenden " right before a round noun
    back_reference: re.Pattern[str]
    conversion_gap: re.Pattern[str]  # "(" and maybe "rund" between an amount and its conversion
    conversion_comma: re.Pattern[str]  # ", rund" between an amount and its conversion to another currency
    conversion_lead: re.Pattern[str]  # ", umgerechnet rund" ending the text before a conversion
    restating_lead: re.Pattern[str]  # ", das wären" ending the text before an amount in another currency
    worth: re.Pattern[str]
    noun_link: re.Pattern[str]  # what may stand between a takeover noun and its name
    target_link: re.Pattern[str]  # "Übernahmeversuch beim Hersteller X": the link names the company bid for
    unnamed_link: re.Pattern[str]  # an indefinite party right after a takeover noun: " eines Finanzinvestors"
    in_object: re.Pattern[str]  # money going "in" something: "in neue Werke"
    into: re.Pattern[str]  # a preposition of where money goes: "in den Ausbau", "an seinem Standort"
    cited_source: re.Pattern[str]  # ending right before a source's name: "laut einer Auswertung des Datenanbieters "
    copula: re.Pattern[str]  # a copula right after a name: " ist" in "Größter Aktionär von X ist Y"
    # "Zu den (bisherigen) Geldgebern zählt": the opening before a holder noun and the verb after it
    membership_opening: re.Pattern[str]
    membership_verb: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Grammar:
        prepositions: dict[str, list[str]] = data["prepositions"]
        preposition_of = {
            form: (name if name != "other" else form) for name, forms in prepositions.items() for form in forms
        }
        links = _word_alternation(data["noun_links"])
        words = _word_alternation(data["conversion_words"])
        conjunctions = _word_alternation(data["list_conjunctions"])
        determiners = _word_alternation(data["determiners"])
        into = [form for name in ("in", "an", "für") for form in prepositions[name]]
        breaking = _word_alternation(
            [*preposition_of, *data["copulas"], *data["passive_auxiliaries"], *data["list_breaking_verbs"]]
        )
        return cls(
            clause_independent=frozenset(data["clause_independent"]),
            clause_dependent=frozenset(data["clause_dependent"]),
            round_demonstrative=_opening_regex(data["round_demonstratives"]),
            both=_opening_regex(data["both_references"]),
            second_place=re.compile(
                rf"(?:(?:{_word_alternation(data['second_place_articles'])})\s{{1,3}}(?:[a-zäöüß][\w-]{{0,40}}\s{{1,3}}){{0,3}}"
                rf"[A-ZÄÖÜ][\w-]{{0,40}}(?:\s{{1,3}}[A-ZÄÖÜ][\w-]{{0,40}}){{0,3}}|{_word_alternation(data['second_place_adverbs'])})"
                rf"\s{{1,3}}(?:{_word_alternation(data['second_place_verbs'])})(?![\w-])"
            ),
            conditional_openers=frozenset(data["conditional_openers"]),
            conditional_first_verbs=frozenset(data["conditional_first_verbs"]),
            new_name=_before_regex(data["new_name"]),
            coordinated_verbs=frozenset(data["coordinated_verbs"]),
            comma_predicate=re.compile(
                rf",\s{{1,3}}(?:{_word_alternation([*data['second_place_verbs'], *data['coordinated_verbs']])})(?![\w-])",
                re.IGNORECASE,
            ),
            preposition_of={**preposition_of, **{w: w for w in data["example_markers"]}},
            example_markers=frozenset(data["example_markers"]),
            target_prepositions=frozenset(data["target_prepositions"]),
            determiners=frozenset(data["determiners"]),
            accusative_articles=frozenset(data["accusative_articles"]),
            list_conjunctions=frozenset(data["list_conjunctions"]),
            joining_conjunctions=frozenset(data["joining_conjunctions"]),
            relative_pronouns=frozenset(data["relative_pronouns"]),
            relative_opening=re.compile(
                rf",\s{{1,3}}(?:(?:{_word_alternation(data['relative_prepositions'])})\s{{1,3}})?(\w+)\s{{1,3}}(\w+)"
            ),
            object_relative_pronouns=frozenset(data["object_relative_pronouns"]),
            subject_relative_pronouns=frozenset(data["subject_relative_pronouns"]),
            stake_relative_prepositions=frozenset(data["stake_relative_prepositions"]),
            speaker_articles=frozenset(data["speaker_articles"]),
            possessive_adjectives=frozenset(data["possessive_adjectives"]),
            # the words of a descriptor, no preposition or verb: ", die 31 Prozent an X hält" lists no X
            list_gap=re.compile(
                rf"\s{{0,5}}(?:,\s{{0,5}}(?:{conjunctions})?|{conjunctions})\s{{1,5}}(?:(?:{determiners})\s{{1,5}})?"
                rf"(?:(?!(?:{breaking})\s)[\w.&-]{{1,40}}\s{{1,5}}){{0,3}}",
                re.IGNORECASE,
            ),
            passive=_words_regex(data["passive_auxiliaries"]),
            definite_round=re.compile(
                rf"(?:{_word_alternation(data['definite_round_words'])})\s{{1,5}}(?:[\w-]{{1,40}}\s{{1,5}})?$",
                re.IGNORECASE,
            ),
            back_reference=_words_regex(data["back_reference"]),
            conversion_gap=re.compile(rf"\s{{0,5}}\(\s{{0,5}}(?:{words})?\s{{0,5}}", re.IGNORECASE),
            conversion_comma=re.compile(rf",\s{{0,5}}(?P<word>{words})?\s{{0,5}}", re.IGNORECASE),
            conversion_lead=re.compile(
                rf",\s{{0,5}}(?:{_word_alternation(data['conversion_leads'])})(?:\s{{1,5}}(?:{words}))?\s{{0,5}}\Z",
                re.IGNORECASE,
            ),
            restating_lead=re.compile(
                rf",\s{{0,5}}(?:{_word_alternation(data['restating_leads'])})(?:\s{{1,5}}(?:{words}))?\s{{0,5}}\Z",
                re.IGNORECASE,
            ),
            worth=_words_regex(data["worth_words"], 0),  # lower case only: "wert", not "im Wert von"
            # "von", an article, up to two descriptive nouns: "des Softwareanbieters",
            # and after an article an inflected adjective: "des französischen Filtermedienherstellers"
            noun_link=re.compile(
                rf"\s{{1,5}}(?:(?:(?i:{links})\s{{1,5}}){{1,2}}(?:[a-zäöüß][\w-]{{0,40}}?(?:e|en|er|es|em)\s{{1,5}})?)?"
                rf"(?:[A-ZÄÖÜ][\w-]{{0,40}}\s{{1,5}}){{0,2}}"
            ),
            target_link=re.compile(rf"\s{{1,5}}(?:{_word_alternation(data['target_links'])})\s", re.IGNORECASE),
            unnamed_link=re.compile(
                rf"\s{{1,5}}(?:{_word_alternation(data['unnamed_links'])})\s{{1,5}}(?:[a-zäöüß][\w-]{{0,40}}\s{{1,5}})?[A-ZÄÖÜ]"
            ),
            in_object=re.compile(rf"(?<![\w-])(?:{_word_alternation(prepositions['in'][:2])})\s+\S", re.IGNORECASE),
            into=re.compile(rf"(?<![\w-])(?:{_word_alternation(into)})\s", re.IGNORECASE),
            cited_source=re.compile(
                rf"(?<![\w-])(?:laut|nach|gemäß)\s{{1,5}}(?:[\w-]{{1,30}}\s{{1,5}}){{0,2}}"
                rf"(?:{_word_alternation(data['source_studies'])})\s{{1,5}}(?:des|der|von|vom)\s{{1,5}}(?:[\w-]{{1,40}}\s{{1,5}}){{0,2}}\Z",
                re.IGNORECASE,
            ),
            copula=re.compile(rf"\s{{1,5}}(?:{_word_alternation(data['copulas'])})(?![\w-])", re.IGNORECASE),
            membership_opening=re.compile(
                rf"\s{{0,5}}(?:{_word_alternation(data['membership']['openers'])})\s{{1,5}}"
                rf"(?:(?P<existing>{_word_alternation(data['membership']['existing'])})\s{{1,5}})?",
                re.IGNORECASE,
            ),
            membership_verb=re.compile(
                rf"\s{{1,5}}(?:{_word_alternation(data['membership']['verbs'])})"
                rf"(?:\s{{1,5}}(?P<also>{_word_alternation(data['membership']['also'])}))?(?![\w-])",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class DealRules:
    """Everything of rules/deals.yaml, compiled; built once by :func:`deal_rules`."""

    grammar: Grammar
    types: dict[str, CueSet]
    all_types: CueSet
    sale: CueSet
    sold_to: CueSet  # "geht für ... an": the company sold is the subject, its buyer after "an"
    reach_for: CueSet  # "greift nach": the company taken over is named after "nach"
    interest: CueSet  # "Interesse signalisiert": a suitor in the sale or bid stated before
    unit_named: re.Pattern[str]  # "unter dem Namen": the new name of a unit taken over follows
    relation: CueSet
    relation_source: re.Pattern[str]  # "vom größten Aktionär": a holder something comes from, not the subject
    implicit_target: CueSet
    stake_percent: GuardedPattern  # re.Pattern's search and finditer
    infrastructure: CueSet
    joint_venture: re.Pattern[str]
    joint_venture_heads: frozenset[str]
    credit: CueSet
    credit_in_round: CueSet
    bid_counterfactual: re.Pattern[str]  # "hätte ... bewertet": the value a bid would have given
    parting_verbs: frozenset[str]  # "trennt" of "trennt sich von": the company sold follows "von"
    venture_together: re.Pattern[str]  # "gemeinsam", "beide Partner": a venture's partners spending together
    venture_contribution: CueSet  # "bringen ... ein": putting money in, with venture_together the venture's amount
    credit_verbs: frozenset[str]  # "sichert sich" before "eine Kreditlinie": debt, not a round
    sunk: CueSet
    financing: CueSet
    already_paid: re.Pattern[str]
    since_total: re.Pattern[str]
    part_of_stated: re.Pattern[str]
    added_to_stated: re.Pattern[str]
    share_of_stated: re.Pattern[str]  # "Der Großteil des Geldes": a part of a deal's amount told before
    share_of_stated_reach: int  # sentences back
    source_of_stated: re.Pattern[str]  # "... sollen aus einer Kapitalerhöhung stammen", after the amount
    further_sum: re.Pattern[str]  # "eine weitere Milliarde"
    further_verb: re.Pattern[str]  # "... soll folgen"
    facility_cost: CueSet  # "..., die rund 45 Mio. Euro kosten soll": a facility's cost ahead
    facility_back: re.Pattern[str]  # "Die Kosten dafür": the facility stated in the sentence before
    facility_part: re.Pattern[str]  # "Allein der Campus": a part of a programme stated, no programme of its own
    spent_from: re.Pattern[str]  # a phrase and a determiner, right before a round's noun: "Mit dem Geld aus der Kapitalerhöhung"
    spent_proceeds: re.Pattern[str]  # a phrase right before an IPO's proceeds noun: "Mit dem Emissionserlös"
    proceeds_nouns: frozenset[str]
    stake_raised_nouns: frozenset[str]  # "Anteil" of "hat ihren Anteil ... aufgestockt"
    stake_raised_verbs: frozenset[str]
    stake_raised_first: frozenset[str]  # "stockt" of "stockt seinen Anteil an X ... auf": the verb first
    stake_raise_right: re.Pattern[str]  # "eine Option ..., ihren Anteil ... aufzustocken": a right, no deal
    ipo_time_point: re.Pattern[str]  # "Nach dem " right before an IPO's noun: a point in time, no deal
    proceeds_stated: re.Pattern[str]  # the proceeds' own amount right after their noun: "Emissionserlös von rund 400 Mio."
    vague_amount: CueSet
    round_label: re.Pattern[str]
    round_names: dict[str, str]
    round_words: frozenset[str]  # a word each round label's pattern contains, case-folded (may_name_round)
    lead: CueSet
    lead_named_after: CueSet
    participation: CueSet
    participation_reference: CueSet
    earlier_lead: re.Pattern[str]  # "bereits", "hatte": an investor's past told in a relative clause on it
    co_investor: CueSet
    advisor: CueSet
    office: CueSet  # "den Vorsitz", "die Leitung": an office taken over, no company
    stake_condition: CueSet  # "ausreicht", "nötig": a stake named as a condition, not held
    pledge: CueSet  # "zugesagt ... zu investieren": a buyer's pledge to invest in what it bought
    programme_present: CueSet  # "baut ... aus": a company's own programme, announced in the present tense
    programme_past: re.Pattern[str]  # "hat", "wurde": the programme's clause tells it as past
    bare_refusal: CueSet  # "Der Gläubigerausschuss lehnte ab": a refusal of the bid just stated
    price_total: CueSet  # "Insgesamt beläuft sich der Kaufpreis auf ...": the whole price of a takeover
    licence_granted: CueSet  # "X hat die Rechte an ... an Y vergeben": X the licensor
    licence_taken: CueSet  # "Y sichert sich die Rechte an ...": Y the licensee
    licence_total: CueSet  # "Der Gesamtwert des Abkommens ...": the whole value of a licence
    held: CueSet  # "den Rest", "daneben hält": a clause that may name a stake's holder after its verb
    licence_paid_for: re.Pattern[str]  # "für Antikörper von Y": a price paid for what is licensed
    subscription: CueSet  # "zeichnet ... neue Aktien": shares of the company the article speaks of
    valuation_verbs: frozenset[str]  # "bewertet": a verb of worth whose amount follows "mit"
    valuation_appraising: re.Pattern[str]  # "taxieren": a verb of worth whose amount follows "auf"
    appraised_price: re.Pattern[str]  # "den möglichen Kaufpreis": what such a verb appraises is a deal's price
    valuation_verb_gap: re.Pattern[str]  # "... mit rund ", at the end of the words between such a verb and its amount
    valuation_verb_only: re.Pattern[str]  # "bewerten": a verb of worth only before "mit" and its amount
    valuation_stating: re.Pattern[str]  # "beziffern": after a noun of worth, a verb stating its amount after "auf"
    valuation_stating_gap: re.Pattern[str]  # "... auf rund ", at the end of the words between noun and amount
    # "Gründer des Softwareanbieters ", ", der Beteiligungsarm des Konzerns ", before a name: the company of the one before
    founder_of: re.Pattern[str]
    founded_by: re.Pattern[str]  # " gegründeten", after a name: its bearer founded the noun after, no party
    lending: re.Pattern[str]  # "gewährt": before a credit noun, its subject lends
    company_organs: CueSet
    negation: CueSet
    observer_before: re.Pattern[str]  # "Analyst " right before a person: one who judges, not a party
    observer_employer: re.Pattern[str]  # "Die Analysten von ", the company named where it ends: its observers judge
    undisclosed: CueSet  # "nicht genannt": a negation of details, not of the deal
    ipo_proceeds: CueSet
    ipo_brought: re.Pattern[str]  # "bringt ... an die Börse": the object is listed, not the subject
    ipo_total: CueSet  # "Einschließlich einer Mehrzuteilungsoption könnte das Platzierungsvolumen ...": the IPO's whole
    bid: CueSet
    bid_accepted: CueSet
    payment: CueSet
    price_received: CueSet  # "X erhält rund 140 Mio. Franken": the seller just named, its sale's price
    seller_loans: frozenset[str]  # "Verkäuferdarlehen": a seller financing its sale, no debt deal
    proceeds_flow: CueSet  # "fließen X rund 870 Mio. Euro zu": money to a seller, what its sale brings
    bid_equivalent: CueSet
    stake_words: re.Pattern[str]
    secondary: re.Pattern[str]
    pluperfect: re.Pattern[str]
    perfect: re.Pattern[str]  # "hat ... gesteckt": money put into facilities and spent
    past_clause_endings: frozenset[str]  # "..., der 2020 bei X eingestiegen war,": a past of the clause's own
    majority: re.Pattern[str]  # the control nouns alone: "die Mehrheit an X"
    stake_price: re.Pattern[str]
    control: re.Pattern[str]  # "sämtliche", "Mehrheitsbeteiligung": shares bought that give control
    stake_of: re.Pattern[str]  # "seine Mehrheit an (dem Labordienstleister) " right before the company
    stake_held: re.Pattern[str]  # " hält" right after a stake: a holding, not a purchase
    stake_held_verbs: frozenset[str]  # "hält" as a stake's cue
    stake_stative: frozenset[str]  # "ist", "bleibt": the cue of "ist an X beteiligt"
    stake_held_before: re.Pattern[str]  # "hält 18,6 " right before a stake's "Prozent der Aktien"
    stake_of_shares: re.Pattern[str]  # " der Anteile", " an" right after a stake's size
    company_compound: re.Pattern[str]
    status: dict[str, CueSet]
    all_status: CueSet
    closing_pending: CueSet
    closing_reach: int
    closing_reference: re.Pattern[str]  # "die Transaktion", "das Geschäft": the article's main deal
    closing_takeover: frozenset[str]  # the nouns of closing_reference that name a takeover ("die Übernahme")
    conversion: CueSet
    conversion_reach: int
    attribution: CueSet
    outlet: CueSet
    outlet_names: frozenset[str]
    outlet_categories: frozenset[str]
    investor_categories: frozenset[str]
    deciding_categories: frozenset[str]  # regulators, ministries, courts: they decide on a deal
    listing_categories: frozenset[str]  # exchanges: where a company lists, never the one listing
    kind_nouns: tuple[str, ...]  # "investor": a relation noun naming a kind of company, no owner
    blocking: frozenset[str]  # rejection cues that end a takeover whoever speaks them
    speaker_compound: re.Pattern[str]  # "-Chef", "-Sprecherin" after a company's name: its people speaking
    acquisition_budget: re.Pattern[str]  # "... für weitere Übernahmen", after an amount: a budget
    fund_size: re.Pattern[str]  # "Fonds, der ein Volumen von ...", before an amount: no deal
    goal_size: re.Pattern[str]  # "über dem Ziel von ...", before an amount: no deal
    fund_named: re.Pattern[str]  # "seinen vierten Fonds, " right before the fund's name
    round_size: re.Pattern[str]  # "-Runde über ", between a round noun and its amount
    each_before: re.Pattern[str]  # "je " right before an amount the size of a share price: a price per share
    stake_worth: re.Pattern[str]  # "Das Paket von X", before an amount "... wert": a holding's worth
    own_stake: re.Pattern[str]  # "ihr gesamtes Paket": a seller's stake sold
    owned_by: re.Pattern[str]  # "gehört seit 2019 mehrheitlich dem": the subject's owner named after it
    # "Den Rest der Anteile hält", opening a clause: its holder named after it (group "more": "Weitere 15 Prozent
    # hält", which must say the stake)
    held_rest: re.Pattern[str]
    held_further: re.Pattern[str]  # "Daneben hält", "An X hält", opening a clause whose stake ends it
    held_bare_verbs: frozenset[str]  # "hält" of "X hält derzeit 62 Prozent", the holder before it
    held_rest_words: frozenset[str]  # "die übrigen" of "X hält seit 2017 die übrigen 25 Prozent"
    held_result: re.Pattern[str]  # " damit" right after "hält": the stake a takeover left its buyer
    held_bare_sequel: re.Pattern[str]  # " und damit" after that stake: "behält 75,1 Prozent und damit die Führung"
    # a descriptor's genitive complement before its name: "der Hersteller[ technischer Textilien ]Vossgrund"
    complement_gap: re.Pattern[str]
    family_before: re.Pattern[str]  # "Familie " or "Gründerfamilie " right before a name: the family holds
    buyer_group: re.Pattern[str]  # "das Konsortium": buyers named by their group
    led_group: re.Pattern[str]  # "die Gruppe", with a lead named: a group of buyers too
    investor_last_words: frozenset[str]
    per_share: re.Pattern[str]
    capital_increases: frozenset[str]
    capital_increase_means: re.Pattern[str]
    capital_increase_adverbial: re.Pattern[str]  # "im Zuge einer Kapitalerhöhung" right after a verb
    reporting_verb: re.Pattern[str]
    source_opener: re.Pattern[str]
    source_verb: re.Pattern[str]
    source_opening: re.Pattern[str]  # "Wie " opening a sentence: its source may follow
    source_inverted: re.Pattern[str]  # ", teilte": a trailing source clause, its verb first (group 1)
    source_particles: dict[str, str]  # the particle a verb of source_inverted must end its clause with
    other_verb_particles: frozenset[str]  # particles that make a source_inverted verb another one
    credit_before: re.Pattern[str]
    credit_after: re.Pattern[str]
    anaphor_heads: CueSet
    determiners: frozenset[str]
    feminine_heads: frozenset[str]
    neuter_heads: frozenset[str]
    generic_heads: frozenset[str]
    parent_heads: tuple[str, ...]
    unit_heads: tuple[str, ...]  # nouns for a group's unit, each standing for the others
    stake_reference: re.Pattern[str]  # "für das Paket": the stake of the takeover just stated
    stake_named: re.Pattern[str]  # "das zusätzliche Aktienpaket": the stake just stated, bought
    pronouns: frozenset[str]  # "es", "sie": a subject pronoun referring back to a company
    pronoun_auxiliaries: frozenset[str]  # "hatten sie ... erworben"
    opening_pronouns: frozenset[str]  # "Sie hat sich verpflichtet, ... zu zeichnen": a sentence's first word
    opening_verb_pronouns: frozenset[str]  # "Er übernimmt zehn Prozent": a sentence's first word, a deal's verb next
    colon_pronouns: frozenset[str]  # "Der Fonds kennt X gut: Er hatte ... geboten": a clause's first word after a colon
    demonyms: Demonyms
    possessive_heads: CueSet
    not_owners: frozenset[str]
    bid_failed: frozenset[str]  # "gescheitert": the bidder failed, no target answered
    founder: CueSet
    anchor: CueSet
    deal_party: CueSet  # labelled buyer / seller
    valuation_before: CueSet
    valuation_after: re.Pattern[str]
    valuation_estimated: re.Pattern[str]
    valuation_estimated_context: CueSet
    valuation_pronoun: re.Pattern[str]  # "liegt sie", "sie soll": a pronoun standing for a noun of worth
    valuation_pronoun_nouns: dict[str, re.Pattern[str]]  # the nouns of worth each pronoun stands for
    valuation_pronoun_gap: re.Pattern[str]  # "... bei rund ", at the end of the words between pronoun and amount
    valuation_kind: dict[str, re.Pattern[str]]
    prefilter: CueSet
    sentence_cues: CueSet  # every kind a sentence is searched for, in one pass; labels name the kind


# What every stake size ends with (rules/deals.yaml, stake_percent).
_PERCENT_SIGN = re.compile(r"%|prozent", re.IGNORECASE)
# The label prefix of attribution cues ("attribution:Insider").
ATTRIBUTION = "attribution:"
# Type cues are tried in this order: the first type with a cue in a clause wins.
TYPE_ORDER = ("funding_round", "acquisition", "ipo", "other", "investment")


# The kinds of cue looked for in every sentence (DealRules fields), in one pass; deal types,
# statuses and attributions come labelled with the type, status or source instead. Each kind
# is found as its own set would find it: adding a kind changes no match of another.
SENTENCE_KINDS = (
    "all_types", "all_status", "attribution", "sale", "lead", "lead_named_after", "participation",
    "participation_reference", "sunk", "financing", "bid", "bid_accepted", "payment", "price_received", "bid_equivalent",
    "proceeds_flow",
    "venture_contribution", "implicit_target",
    "relation", "vague_amount",
    "anaphor_heads", "possessive_heads", "outlet", "valuation_before", "valuation_estimated_context", "founder",
    "co_investor", "company_organs", "ipo_proceeds", "ipo_total", "advisor", "credit", "credit_in_round",
    "negation", "undisclosed",
    "closing_pending",
    "conversion", "anchor", "deal_party", "office", "stake_condition", "pledge",
    "bare_refusal", "price_total", "subscription", "licence_granted", "licence_taken", "licence_total", "held",
)  # fmt: skip


@lru_cache(maxsize=None)
def deal_rules(path: Path = RULES_FILE) -> DealRules:
    """Load and compile rules/deals.yaml (cached)."""
    rules = _compile(path)
    union = CueSet.union({kind: getattr(rules, kind) for kind in SENTENCE_KINDS})
    object.__setattr__(rules, "sentence_cues", union)  # frozen dataclass: set once, here
    return rules


def _compile(path: Path) -> DealRules:
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    # lists stated once in the file that are cues of a deal type as well: debt is a programme ("other"), a
    # subscription of new shares an investment
    data["deal_types"]["other"]["heads"]["singular"] += data["credit_heads"]
    data["deal_types"]["investment"]["phrases"] += data["subscriptions"]
    raised = data["stake_raised"]
    # "das zusätzliche Aktienpaket": an article, maybe an adjective, a stake's noun
    stake_named = (
        rf"(?:{_word_alternation(data['stake_reference_articles'])})\s{{1,3}}(?:[a-zäöüß]{{2,20}}\s{{1,3}})?"
        rf"(?:{_word_alternation(data['stake_references'])})(?![\w-])"
    )
    data["deal_types"]["investment"]["phrases"] += [f"{s} ... {v}" for s in raised["stakes"] for v in raised["verbs"]]
    stative = data["stake_stative"]
    data["deal_types"]["investment"]["phrases"] += [f"{a} ... {stative['participle']}" for a in stative["auxiliaries"]]
    types = {name: _cues(data["deal_types"][name]) for name in TYPE_ORDER}
    anaphora = data["anaphora"]
    rounds = data["round_labels"]
    round_names = {form.lower(): label for label, forms in rounds.items() for form in forms}
    series = _word_alternation(rounds["Series"])
    others = _word_alternation(f for label, forms in rounds.items() if label != "Series" for f in forms)
    valuation = data["valuation"]
    closing = data["closing_pending"]
    held = data["held_stakes"]
    owned = data["owned_by_cues"]
    held_verbs = _gapped_verbs(held["verbs"], held["verb_gap"])
    acquisition = data["deal_types"]["acquisition"]
    party = load_party_patterns()  # the party layer's words the deal rules share
    prefilter_words = [
        *(w for spec in data["deal_types"].values() for w in _entry_words(spec)),
        *data["relation_heads"],
        *(w for words in data["deal_party_nouns"].values() for w in words),
        *(p.split("...")[0] for p in [*data["lead"]["phrases"], *data["participation"]["phrases"]]),
        *valuation["before"],
        *data["licences"]["granted"],
        *data["licences"]["taken"],
        *held["rest"],
        *held["further"],
        *owned["verbs"],
        *(w for w in valuation["after"] if " " not in w),
        "seed",
    ]
    return DealRules(
        grammar=Grammar.from_data({**data["grammar"], "membership": data["relation_membership"]}),
        types=types,
        all_types=_labelled_types(data["deal_types"]),
        sale=_cues(acquisition["sale"]),
        sold_to=_cues(acquisition["sold_to"]),
        reach_for=_cues(acquisition["reach_for"]),
        interest=_cues(acquisition["interest"]),
        # (the name right after is the target when no other company is: party_patterns.yaml, deal_object_cues naming)
        unit_named=_words_regex(party["deal_object_cues"]["naming"]),
        relation=CueSet(heads=data["relation_heads"]),
        relation_source=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['relation_sources'])})\s{{1,3}}(?:\w{{1,30}}\s{{1,3}}){{0,2}}$",
            re.IGNORECASE,
        ),
        implicit_target=CueSet(heads=data["implicit_target_heads"]),
        stake_percent=GuardedPattern(re.compile(data["stake_percent"], re.IGNORECASE), _PERCENT_SIGN),
        infrastructure=CueSet(heads=data["infrastructure_heads"]),
        joint_venture_heads=frozenset(data["joint_venture_heads"]),
        joint_venture=re.compile(
            # the name capitalized, the head in any case: not "Gemeinschaftsunternehmen des schwedischen Herstellers X"
            rf"(?i:{_word_alternation(data['joint_venture_heads'])})\s+(?:„|\"|»|“)?(?P<name>[A-ZÄÖÜ][\w.&-]{{0,40}}(?:\s[A-ZÄÖÜ][\w.&-]{{0,40}}){{0,3}})"
        ),
        sunk=_cues(data["sunk"]),
        financing=_cues(data["financing"]),
        credit=CueSet(heads=data["credit_heads"]),
        credit_in_round=_cues(data["credit_in_round"]),
        bid_counterfactual=_words_regex(data["bid_counterfactual"]),
        parting_verbs=frozenset(data["parting_verbs"]),
        venture_together=_words_regex(data["venture_together"]),
        venture_contribution=_cues(data["venture_contributions"]),
        credit_verbs=frozenset(data["credit_verbs"]),
        already_paid=_words_regex(data["already_paid"]),
        since_total=_words_regex(data["since_total"]),
        part_of_stated=re.compile(
            # not "davon aus" ("Analysten gehen davon aus, dass ..."), but "setzt sich zusammen aus"
            rf"(?<![\w-])(?:{_word_alternation(data['part_of_stated'])})(?![\w-])(?!(?<=davon)\s{{1,3}}aus\b)",
            re.IGNORECASE,
        ),
        added_to_stated=_words_regex(data["added_to_stated"]),
        share_of_stated=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['share_of_stated']['shares'])})\s{{1,3}}"
            rf"(?:{_word_alternation(data['share_of_stated']['wholes'])})(?![\w-])",
            re.IGNORECASE,
        ),
        share_of_stated_reach=int(data["share_of_stated"]["reach"]),
        source_of_stated=_words_regex(data["share_of_stated"]["sources"]),
        further_sum=_words_regex(data["further_sums"]["words"]),
        further_verb=_words_regex(data["further_sums"]["verbs"]),
        facility_cost=_cues(data["facility_cost"]["phrases"]),
        facility_back=_words_regex(data["facility_cost"]["back"]),
        facility_part=_words_regex(data["facility_cost"]["parts"]),
        spent_from=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['spent_from'])})\s{{1,3}}"
            rf"(?:{_word_alternation(data['grammar']['determiners'])})\s{{1,3}}$",
            re.IGNORECASE,
        ),
        spent_proceeds=_before_regex(data["spent_proceeds"]["phrases"]),
        proceeds_nouns=frozenset(data["spent_proceeds"]["nouns"]),
        stake_raised_nouns=frozenset(raised["stakes"]),
        stake_raised_verbs=frozenset(raised["verbs"]),
        stake_raised_first=frozenset(raised["verbs_first"]),
        stake_raise_right=_words_regex(raised["rights"]),
        ipo_time_point=_before_regex(data["deal_types"]["ipo"]["time_points"]),
        proceeds_stated=re.compile(
            rf"\s{{1,3}}(?:{_word_alternation(data['spent_proceeds']['stated_by'])})\s[^\d.,;:]{{0,20}}\d", re.IGNORECASE
        ),
        vague_amount=CueSet(heads=data["vague_amount_heads"]),
        round_label=re.compile(
            # a series' letter may end a sentence ("wie bei der Serie A."); a round's word may not ("Quadrant Seed.")
            rf"(?<![\w-])(?:(?P<series>{series})[\s-]?(?P<letter>[A-F])(?=[\s.,;:)-]|$)|(?P<other>{others})(?=[\s-]|$))",
            re.IGNORECASE,
        ),
        round_names=round_names,
        round_words=frozenset(form.split()[0].casefold() for forms in rounds.values() for form in forms),
        lead=_cues(data["lead"]["phrases"]),
        lead_named_after=_cues(data["lead"]["named_after"]),
        participation=_cues(data["participation"]["phrases"]),
        participation_reference=_cues(data["participation"]["reference"]),
        earlier_lead=_words_regex(data["participation"]["earlier_lead"]),
        co_investor=_cues(data["co_investor_markers"]),
        advisor=_cues(data["advisor_cues"]),
        office=_cues(data["office_objects"]),
        stake_condition=_cues(data["stake_conditions"]),
        pledge=_cues(data["investment_pledges"]),
        programme_present=_cues(data["programme_present"]["verbs"]),
        programme_past=_words_regex(data["programme_present"]["auxiliaries"]),
        bare_refusal=_cues(data["bare_refusals"]),
        price_total=_cues(data["price_totals"]),
        licence_granted=_cues(data["licences"]["granted"]),
        licence_taken=_cues(data["licences"]["taken"]),
        licence_total=_cues(data["licences"]["totals"]),
        # (held["more"] needs no prefilter word: its stake's "Prozent" is one)
        held=CueSet(
            phrases=[
                *held["rest"], *held["more"], *held["bare"],
                *(f"{word} {verb}" for word in held["further"] for verb in held["verbs"]),
                *(f"{verb} ... {share}" for verb in owned["verbs"] for share in owned["shares"]),
            ]
        ),  # fmt: skip
        held_bare_verbs=frozenset(phrase.split()[0] for phrase in held["bare"]),
        held_rest_words=frozenset(held["rest"]),
        held_result=re.compile(rf"\s{{1,3}}(?:{_word_alternation(held['result'])})(?![\w-])", re.IGNORECASE),
        held_bare_sequel=re.compile(rf"\s{{1,3}}(?:{_word_alternation(held['bare_sequel'])})(?![\w-])", re.IGNORECASE),
        licence_paid_for=re.compile(
            data["licences"]["paid_for"].replace("{assets}", _word_alternation(data["licences"]["assets"])), re.IGNORECASE
        ),
        subscription=_cues(data["subscriptions"]),
        company_organs=CueSet(heads=data["company_organs"]),
        negation=_cues(data["negation"]),
        observer_before=_before_regex(data["observer_roles"]),
        observer_employer=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['observer_roles'])})\s{{1,3}}"
            rf"(?:{_word_alternation(data['observer_employer_links'])})\s{{1,3}}"
            rf"(?:(?:{_word_alternation(data['observer_employer_articles'])})\s{{1,3}})?",
            re.IGNORECASE,
        ),
        undisclosed=_cues(data["undisclosed"]),
        ipo_proceeds=CueSet(heads=data["deal_types"]["ipo"]["proceeds"]),
        ipo_total=_cues(data["deal_types"]["ipo"]["totals"]),
        ipo_brought=_words_regex(data["deal_types"]["ipo"]["brought"]),
        # "greift nach", "Interesse signalisiert": a bid as well
        bid=CueSet(
            heads=[*data["bid_heads"], *(w for k in ("reach_for", "interest") for w in acquisition[k])],
            phrases=data["bid_raises"],
        ),
        bid_accepted=_cues(data["bid_accepted"]),
        payment=_cues(data["payment"]),
        price_received=_cues(data["price_received"]),
        proceeds_flow=_cues(data["proceeds_flow"]),
        seller_loans=frozenset(w.lower() for w in data["seller_loans"]),
        bid_equivalent=_cues(data["bid_equivalent"]),
        stake_words=re.compile(rf"(?<![\w-])(?:{_word_alternation(data['stake_words'])})(?![\w-])", re.IGNORECASE),
        stake_price=_words_regex(data["stake_price_links"]),
        secondary=_words_regex(data["secondary_words"]),
        pluperfect=_words_regex(data["pluperfect_auxiliaries"]),
        perfect=_words_regex(data["perfect_auxiliaries"]),
        past_clause_endings=frozenset(data["past_clause_endings"]),
        majority=_words_regex(data["control_words"]["nouns"]),
        control=re.compile(
            rf"(?<![\w-])(?:(?:{_word_alternation(data['control_words']['quantifiers'])})(?:\s+[\w,-]+){{0,2}}?\s+"
            rf"(?:{_word_alternation(data['stake_words'])})|{_word_alternation(data['control_words']['nouns'])})(?![\w-])",
            re.IGNORECASE,
        ),
        stake_of_shares=re.compile(data["stake_of_shares"], re.IGNORECASE),
        stake_held_verbs=frozenset(w.lower() for w in data["stake_held_verbs"]),
        stake_stative=frozenset(data["stake_stative"]["auxiliaries"]),
        stake_held=re.compile(rf"\s{{1,5}}(?:{_word_alternation(data['stake_held_verbs'])})(?![\w-])", re.IGNORECASE),
        stake_held_before=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['stake_held_verbs'])})"
            rf"(?:\s{{1,3}}(?:{_word_alternation(data['stake_held_through'])})(?:\s{{1,3}}[\w.-]+){{1,4}})?"
            rf"(?:\s{{1,3}}[\w,.-]+){{1,2}}\s{{1,3}}$",
            re.IGNORECASE,
        ),
        stake_of=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['stake_words'] + data['stake_holdings'])})\s{{1,5}}an\s{{1,5}}"
            rf"(?P<after>(?:(?:{_word_alternation(data['grammar']['determiners'])})\s{{1,5}})?(?:(?!an\s)[\w-]{{1,40}}\s{{1,5}}){{0,3}})$",
            re.IGNORECASE,
        ),
        company_compound=re.compile(
            rf"-(?:{_word_alternation(data['company_compound_heads'])})(?![\w-])", re.IGNORECASE
        ),
        status={name: _cues(phrases) for name, phrases in data["status"].items()},
        # a closing still ahead is a planned cue in the deal's own clause
        all_status=_labelled(
            {**data["status"], "planned": [*data["status"]["planned"], *closing["phrases"], *data["investment_pledges"]]}
        ),
        closing_pending=_cues(closing["phrases"]),
        closing_reach=int(closing["reach"]),
        closing_reference=re.compile(
            rf"(?<![\w-])(?:die|der|das)\s+(?P<noun>{_word_alternation(closing['references'])})(?![\w-])",
            re.IGNORECASE,
        ),
        closing_takeover=frozenset(closing["takeover_references"]),
        conversion=_cues(data["conversion_restatement"]["phrases"]),
        conversion_reach=int(data["conversion_restatement"]["reach"]),
        attribution=_labelled(data["attribution"], ATTRIBUTION),
        outlet_names=frozenset(" ".join(o.lower().split()) for o in data["outlets"]),
        outlet_categories=frozenset(data["outlet_categories"]),
        investor_categories=frozenset(data["investor_names"]["categories"]),
        deciding_categories=frozenset(data["deciding_categories"]),
        listing_categories=frozenset(data["listing_categories"]),
        kind_nouns=tuple(data["kind_relation_heads"]),
        blocking=frozenset(data["blocking"]),
        speaker_compound=re.compile(
            rf"-(?:{_word_alternation(data['speaker_compound_heads'])})(?![\w-])", re.IGNORECASE
        ),
        acquisition_budget=re.compile(data["acquisition_budget"], re.IGNORECASE),
        fund_size=re.compile(data["fund_size"], re.IGNORECASE),
        goal_size=re.compile(data["goal_size"], re.IGNORECASE),
        fund_named=re.compile(data["fund_named"], re.IGNORECASE),
        round_size=re.compile(data["round_size"], re.IGNORECASE),
        stake_worth=re.compile(data["stake_worth"], re.IGNORECASE),
        own_stake=re.compile(data["own_stake"], re.IGNORECASE),
        owned_by=re.compile(data["owned_by"], re.IGNORECASE),
        held_rest=re.compile(
            rf"\s{{0,5}}(?:{_word_alternation(held['rest'])}|(?P<more>{_word_alternation(held['more'])}))"
            rf"(?:\s{{1,3}}[\w,%-]{{1,30}}){{0,6}}?"
            rf"\s{{1,3}}(?P<verb>{held_verbs})(?![\w-])",
            re.IGNORECASE,
        ),
        held_further=re.compile(
            rf"\s{{0,5}}(?:{_word_alternation(held['further'])}"
            rf"|(?P<fronted>{_word_alternation(held['fronted'])})(?:\s{{1,3}}[\w-]{{1,30}}){{1,4}}?)\s{{1,3}}"
            rf"(?P<verb>{held_verbs})(?![\w-])",
            re.IGNORECASE,
        ),
        complement_gap=re.compile(rf"{party['descriptor_complement']}[A-ZÄÖÜ][\w-]{{1,40}} "),
        # the family nouns the party layer knows ("von der Eigentümerfamilie Kelmar")
        family_before=re.compile(
            rf"(?<![\w-])(?P<noun>[\w-]{{0,20}}(?:{_word_alternation(party['family_heads'])}))\s{{1,3}}$",
            re.IGNORECASE,
        ),
        buyer_group=_words_regex(data["buyer_groups"]),
        led_group=_words_regex(data["led_groups"]),
        each_before=re.compile(data["each_before"], re.IGNORECASE),
        investor_last_words=frozenset(w.lower() for w in data["investor_names"]["last_words"]),
        per_share=re.compile(data["per_share"], re.IGNORECASE),
        capital_increases=frozenset(w.lower() for w in data["capital_increases"]),
        capital_increase_means=re.compile(data["capital_increase_means"], re.IGNORECASE),
        capital_increase_adverbial=re.compile(data["capital_increase_adverbial"], re.IGNORECASE),
        outlet=CueSet(
            phrases=[form for outlet in data["outlets"] for form in (outlet, f"{outlet}s")]
        ),  # "des Handelsblatts"
        source_opener=re.compile(rf",\s{{1,5}}(?:{_word_alternation([data['source_clause']['opener']])})\s", re.IGNORECASE),
        source_verb=_words_regex(data["source_clause"]["verbs"]),
        source_opening=re.compile(rf"\s{{0,3}}(?:{_word_alternation([data['source_clause']['opener']])})\s", re.IGNORECASE),
        source_inverted=re.compile(
            rf",\s{{1,5}}({_word_alternation(v.split()[0] for v in data['source_clause']['inverted'])})(?![\w-])",
            re.IGNORECASE,
        ),
        source_particles={
            v.split()[0].lower(): v.split()[-1].lower() for v in data["source_clause"]["inverted"] if "..." in v
        },
        other_verb_particles=frozenset(data["source_clause"]["other_verb_particles"]),
        reporting_verb=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['reporting_verbs'])})(?![\w-])", re.IGNORECASE
        ),
        # the name follows, maybe after an article: "laut dem Wall Street Journal"
        credit_before=re.compile(
            rf"(?<![\w-])(?:{_word_alternation(data['credit_before'])})\s{{1,5}}(?:(?:dem|der|des)\s{{1,5}})?$",
            re.IGNORECASE,
        ),
        credit_after=_opening_regex(data["credit_after"]),
        anaphor_heads=CueSet(heads=anaphora["heads"], phrases=anaphora["words"]),
        determiners=frozenset(d.lower() for d in anaphora["determiners"]),
        feminine_heads=frozenset(h.lower() for h in anaphora["feminine"]),
        neuter_heads=frozenset(h.lower() for h in anaphora["neuter"]),
        generic_heads=frozenset(h.lower() for h in anaphora["generic"]),
        parent_heads=tuple(h.lower() for h in anaphora["parent"]),
        unit_heads=tuple(h.lower() for h in anaphora["unit"]),
        stake_reference=re.compile(rf"(?<![\w-])für\s{{1,3}}{stake_named}", re.IGNORECASE),
        stake_named=re.compile(rf"(?<![\w-]){stake_named}", re.IGNORECASE),
        pronouns=frozenset(anaphora["pronouns"]),
        pronoun_auxiliaries=frozenset(anaphora["pronoun_auxiliaries"]),
        opening_pronouns=frozenset(anaphora["opening_pronouns"]),
        opening_verb_pronouns=frozenset(anaphora["opening_verb_pronouns"]),
        colon_pronouns=frozenset(anaphora["colon_pronouns"]),
        demonyms=Demonyms.from_data(anaphora["demonyms"]),
        possessive_heads=CueSet(phrases=data["possessive_heads"]),
        not_owners=frozenset(w.lower() for w in data["possessive_not_owners"]),
        bid_failed=frozenset(w.lower() for w in data["bid_failed"]),
        founder=_cues(data["founder_cues"]),
        founder_of=re.compile(
            rf"(?:(?<![\w-])(?:{_word_alternation(data['founder_cues'])})"
            # an arm in apposition to its name ("X, der Beteiligungsarm des Konzerns Y"); unnamed, its parent stands for it
            rf"|,\s{{0,3}}(?:der|die|das)\s{{1,3}}(?:{_word_alternation(data['arm_cues'])})){data['founder_of_link']}",
            re.IGNORECASE,
        ),
        lending=_words_regex(data["lending_verbs"]),
        founded_by=re.compile(rf"\s{{1,3}}(?:{_word_alternation(data['founded_by'])})(?![\w-])", re.IGNORECASE),
        anchor=_cues(data["anchor_investor"]),
        deal_party=_labelled(data["deal_party_nouns"]),
        valuation_before=CueSet(heads=valuation["before"]),
        valuation_verbs=frozenset(w.lower() for w in valuation["verbs"]),
        valuation_appraising=_words_regex(valuation["appraising_verbs"]),
        appraised_price=re.compile(
            rf"(?<![\w-])[\w-]{{0,30}}(?:{_word_alternation(valuation['appraised_prices'])})(?![\w-])", re.IGNORECASE
        ),
        valuation_verb_gap=re.compile(valuation["verb_gap"], re.IGNORECASE),
        valuation_verb_only=_words_regex(valuation["verbs_before_only"]),
        valuation_stating=_words_regex(valuation["stating_verbs"] + valuation["appraising_verbs"]),
        valuation_stating_gap=re.compile(valuation["stating_gap"], re.IGNORECASE),
        valuation_after=re.compile(
            rf"\s{{0,5}}(?:schwer\s{{1,5}})?(?:{_word_alternation(valuation['after'])})(?![\w-])", re.IGNORECASE
        ),
        valuation_estimated=re.compile(
            rf"\s{{0,5}}(?:{_word_alternation(valuation['estimated'])})(?![\w-])", re.IGNORECASE
        ),
        valuation_estimated_context=CueSet(phrases=valuation["estimated_context"]),
        valuation_pronoun=_pronoun_and_verb(valuation["pronoun_nouns"], valuation["pronoun_verbs"]),
        valuation_pronoun_nouns={pronoun: _words_regex(nouns) for pronoun, nouns in valuation["pronoun_nouns"].items()},
        valuation_pronoun_gap=re.compile(valuation["pronoun_gap"], re.IGNORECASE),
        # kind cues may start a compound ("Pre-Money-Bewertung"), so no boundary after them
        valuation_kind={
            kind: re.compile(rf"(?<![\w-])(?:{_word_alternation(phrases)})", re.IGNORECASE)
            for kind, phrases in valuation["kind"].items()
        },
        sentence_cues=CueSet(),  # filled in below, from the sets above
        # single words as compound heads: a cheap, slightly generous test for "may hold a cue"
        prefilter=CueSet(heads=[w for w in map(_longest_word, prefilter_words) if len(w) >= 3]),
    )


def _longest_word(phrase: str) -> str:
    """The word of a phrase the prefilter looks for: its longest ("an die börse" -> "börse").

    >>> _longest_word("an die börse"), _longest_word(" ipo ")
    ('börse', 'ipo')
    """
    return max(phrase.split(), key=len, default="")


def _entry_words(spec: dict[str, Any]) -> list[str]:
    heads = spec.get("heads") or {}
    words = [*heads.get("singular", []), *heads.get("plural", [])] if isinstance(heads, dict) else list(heads)
    words += [
        p.split("...")[0].strip()
        for kind in ("phrases", *_TYPE_PHRASE_KINDS, "weak", "merger")
        for p in spec.get(kind) or []
    ]
    return words


def round_label(text: str) -> str | None:
    """The round label written in ``text``, normalized as in the deals table.

    >>> round_label("Die Serie-B-Runde über 40 Mio. Euro"), round_label("eine Pre-Seed-Finanzierung")
    ('Series B', 'Pre-Seed')
    >>> round_label("Seit Jahren") is None
    True
    """
    if not may_name_round(text):
        return None  # most text: a quick test spares the regex
    rules = deal_rules()
    for match in rules.round_label.finditer(text):
        if match.group("series"):
            return f"Series {match.group('letter').upper()}"
        if not _ends_name(text, match, rules):
            return rules.round_names.get(match.group("other").lower())
    return None


def _ends_name(text: str, match: re.Match[str], rules: DealRules) -> bool:
    """Whether a round's word with a blank after it ends a name: "die Altinvestoren X und Grünau Seed ziehen mit"
    (a capitalized word before it, no article: "in der Seed Phase" is a round).

    >>> round_label("Auch Grünau Seed zieht mit."), round_label("Die Seed Runde ist zu.")
    (None, 'Seed')
    """
    if text[match.end() : match.end() + 1] == "-" or not text[match.start() - 1 : match.start()].isspace():
        return False
    words = text[max(0, match.start() - 40) : match.start()].split()
    last = words[-1] if words else ""
    return last.isalnum() and last[:1].isupper() and last.lower() not in rules.grammar.determiners


# Letters the round_label pattern (IGNORECASE) takes for a letter of a round word that str.casefold() does not
# turn into that letter: the dotted and the dotless i (tests/test_deals.py checks this against the regex engine).
CASEFOLD_EXCEPTIONS = ("\u0130", "\u0131")


def may_name_round(text: str) -> bool:
    """Whether round_label may find a round in ``text``: False only where it cannot (no round word in it).
    A round named in part of a text is named in the whole.

    >>> may_name_round("Die Serie-B-Runde"), may_name_round("eine PRE-SEED-Finanzierung"), may_name_round("Seit Jahren")
    (True, True, False)
    """
    # map() rather than a generator: this runs for every clause
    folded = text.casefold()
    return any(map(folded.__contains__, deal_rules().round_words)) or any(map(text.__contains__, CASEFOLD_EXCEPTIONS))


# Where a clause may break: a semicolon, or other punctuation before a space (_clause_break cuts nowhere else).
_BREAK_CHARS = re.compile(r";|[:,–—-](?=\s)")
_SPACE_AFTER = re.compile(r"\s+")
_AND_VERB = re.compile(r"\s{1,3}und\s{1,3}(\w+)")
_NEXT_WORD = re.compile(r"\w+")


def _clause_break(sentence: str, at: int) -> tuple[int, int, bool] | None:
    """The separator around the punctuation at ``at`` (start, end, opens a dependent clause), if it cuts."""
    char = sentence[at]
    after = _SPACE_AFTER.match(sentence, at + 1)
    end = after.end() if after else at + 1
    if char == ";":
        start = at
        while start > 0 and sentence[start - 1].isspace():
            start -= 1
        return start, end, False
    if after is None:
        return None
    if char == ":":
        return at, end, False
    if char in "–—-":  # a spaced dash, not a hyphen
        return (at - 1, end, False) if at > 0 and sentence[at - 1].isspace() else None
    word = _NEXT_WORD.match(sentence, end)
    following = word.group().lower() if word else ""
    rules = deal_rules()
    grammar = rules.grammar
    if following in grammar.clause_independent or following in grammar.clause_dependent:
        return at, end, following in grammar.clause_dependent
    if grammar.second_place.match(sentence, end):
        return at, end, False  # "..., der Anbieter X wurde von Y übernommen": a main clause of its own
    if rules.held_rest.match(sentence, end):
        return at, end, False  # "X erwirbt 75 Prozent, die restlichen 25 Prozent behält Y": no relative clause
    return None


class Clause(NamedTuple):
    """A stretch of a sentence (offsets relative to the sentence) and the clause governing it, if any."""

    start: int
    end: int
    governor: int | None = None


def split_clauses(sentence: str) -> list[Clause]:
    """Cut a sentence before subordinate clauses (conjunctions: rules/deals.yaml ``grammar``),
    at semicolons, dashes and colons, and before "und" with a finite verb; a clause after "dass", "um" ...
    hangs on the one before, as does a second predicate of the same subject ("und holt ...").

    >>> s = "Alphabet steckt 1 Mrd. Dollar in X, nachdem es zuvor 2 Mrd. zugesagt hatte."
    >>> [s[c.start:c.end] for c in split_clauses(s)]
    ['Alphabet steckt 1 Mrd. Dollar in X', 'nachdem es zuvor 2 Mrd. zugesagt hatte.']
    >>> [c.governor for c in split_clauses("Es heißt, dass Y 5 Mio. Euro erhält.")]
    [None, 0]
    >>> s = "X verkauft Radiogeschäft und holt Mubadala an Bord"
    >>> [(s[c.start:c.end], c.governor) for c in split_clauses(s)]
    [('X verkauft Radiogeschäft', None), ('holt Mubadala an Bord', 0)]
    """
    clauses: list[Clause] = []
    start = 0
    governor: int | None = None
    cuts = [_clause_break(sentence, match.start()) for match in _BREAK_CHARS.finditer(sentence)]
    if " und " in sentence:
        verbs = deal_rules().grammar.coordinated_verbs
        cuts += [
            (match.start(), match.start(1), True)
            for match in _AND_VERB.finditer(sentence)
            if match.group(1).lower() in verbs
        ]
        cuts.sort(key=lambda cut: cut[0] if cut else -1)
    for cut in cuts:
        if cut is None or cut[0] < start:
            continue
        if cut[0] > start:
            clauses.append(Clause(start, cut[0], governor))
        # a dependent clause hangs on the clause before it; an independent one on nothing
        governor = len(clauses) - 1 if cut[2] and clauses else None
        start = cut[1]
    if start < len(sentence) or not clauses:
        clauses.append(Clause(start, len(sentence), governor))
    return clauses
