"""Who is where in a sentence: the names a deal can take its parties from.

A :class:`Mention` is a party name (from ``doc._.parties``) or a noun phrase referring
back to a company ("das Start-up", "der Claude-Entwickler", "Sutskevers Unternehmen"),
with the *slot* it fills in its clause: the preposition governing it ("in", "an", "von"
...), ``subject`` when none does, ``genitive`` for "Microsofts ..." or "... Elon Musks".
With a dependency parse the slot comes from the parse; without one from the words
before the name (a compact stand-in that is right for the common news phrasings).

>>> slot_before("Siemens steckt 2 Mrd. Euro in das Münchner Start-up ")
'in'
>>> slot_before("Präsident Trump präsentierte das Joint Venture, über das ")
'subject'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.deal_cues import CueMatch, word_index
from pipeline.deal_rules import TYPE_ORDER, DealRules, deal_rules
from pipeline.facts import PartyMention
from pipeline.gazetteer import load_gazetteer

# Endings of inflected adjectives ("an den jungen", "in die amerikanische").
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em", "s")
# At most a determiner and two modifiers stand between a preposition and its name.
_MAX_WORDS_AFTER_PREPOSITION = 3
_QUOTES = '(„"»'
# How many names _is_outlet remembers (bounds memory; see pipeline.runner.VOCAB_LIMIT).
_NAMES_REMEMBERED = 1 << 13


def slot_before(preceding: str) -> str:
    """The slot of a name from the text of its clause before it: the nearest preposition
    (rules/deals.yaml ``grammar``) within a determiner and two words, else ``subject``.

    >>> slot_before("Gespräche über eine Milliardeninvestition von "), slot_before("Amazon verhandelt, bei der ")
    ('von', 'subject')
    >>> slot_before("mit Investoren in "), slot_before("das Geld floss an die Firma, ")
    ('in', 'subject')
    >>> slot_before("An seinem Standort in Dresden hat "), slot_before("Im vergangenen Jahr hatte ")
    ('subject', 'subject')
    >>> slot_before("Neben der Familie und ")  # a list: "Neben der Familie und den Schweizern"
    'neben'
    """
    grammar = deal_rules().grammar
    words = preceding[-160:].split()[-(_MAX_WORDS_AFTER_PREPOSITION + 2) :]
    between = 0
    seen_lowercase = False
    for i in range(len(words) - 1, -1, -1):
        word = words[i].strip(_QUOTES)
        if not word or words[i][-1] in ",;:" or between > _MAX_WORDS_AFTER_PREPOSITION:
            return "subject"
        bare = word.lower()
        if bare in grammar.list_conjunctions:
            # the name ends a list ("Neben der Familie und den Schweizern"): the phrase before it shares its slot
            between, seen_lowercase = 0, False
            continue
        preposition = grammar.preposition_of.get(bare)
        if preposition is not None:
            is_relative = i == len(words) - 2 and words[i + 1].lower() in grammar.relative_pronouns
            if is_relative and i > 0 and words[i - 1].endswith(","):
                return "subject"  # ", bei der OpenAI ...": a relative clause
            return preposition
        # inside the phrase: articles, capitalized nouns, numbers, inflected adjectives
        if bare not in grammar.determiners and not (
            word[0].isupper() or word[0].isdigit() or bare.endswith(_ADJECTIVE_ENDINGS)
        ):
            return "subject"  # a verb ("in Dresden hat Bosch") ends the phrase of a preposition
        # a phrase reads preposition, article, adjectives, nouns: no noun before an adjective
        # ("im vergangenen Jahr hatte SAP": "hatte" is no adjective of SAP)
        if word[:1].isupper() and seen_lowercase:
            return "subject"
        seen_lowercase = seen_lowercase or word[:1].islower()
        between += 1
    return "subject"


@dataclass
class Mention:
    """A party or a company reference in a sentence; offsets refer to the document text."""

    start: int
    end: int
    text: str
    name: str | None  # canonical; None for an anaphor not resolved yet
    label: str  # ORG|PER|MISC
    slot: str = "subject"
    is_modifier: bool = False  # first part of a compound: "Anthropic-Deal"
    is_genitive: bool = False  # "Microsofts Allianz", "Angebot Elon Musks"
    is_anaphor: bool = False
    is_example: bool = False  # in an example list: "Kunden wie Meta und Mistral"
    is_outlet: bool = False
    owner: str | None = None  # "Sutskevers Unternehmen" -> "Sutskever"
    demonym: str | None = None  # "die Darmstädter" -> "Darmstädter": a company placed there
    is_pronoun: bool = False  # "übernimmt es": the company a subject before it names
    aliases: list[str] = field(default_factory=list)


def party_mentions(text: str, parties: list[PartyMention], rules: DealRules) -> list[Mention]:
    """ORG and PER names of ``doc._.parties`` as mentions, with compound and genitive flags."""
    out: list[Mention] = []
    for party in parties:
        if party.label not in ("ORG", "PER", "MISC") or not party.canonical:
            continue
        after = text[party.end : party.end + 2]
        is_modifier = (
            after.startswith("-") and after[1:2].isalpha() and not rules.company_compound.match(text, party.end)
        )
        raw = party.text
        # "Microsofts", not the short name "Rheinfels" of "Rheinfels Energietechnik"
        is_genitive = (
            raw.endswith(("s", "'", "’"))
            and not party.canonical.endswith(("s", "S"))
            and raw.rsplit(None, 1)[-1] not in party.canonical.split()
        ) or text[party.end : party.end + 2] in ("s ", "' ", "’ ")
        # an outlet's name, or the source of a figure: "laut einer Auswertung des Datenanbieters X"
        is_outlet = (
            _is_outlet(party.canonical, rules)
            or _is_outlet(raw, rules)
            or rules.grammar.cited_source.search(text, max(0, party.start - 120), party.start) is not None
        )
        out.append(
            Mention(party.start, party.end, raw, party.canonical, party.label, is_modifier=is_modifier,
                    is_genitive=is_genitive, is_outlet=is_outlet)
        )  # fmt: skip
    return out


def _is_outlet(name: str, rules: DealRules) -> bool:
    """Whether a whole name is an outlet's ("Wall Street Journal", not "Capital One"): listed in
    rules/deals.yaml ``outlets`` or a gazetteer entry of an ``outlet_categories`` category.

    >>> rules = deal_rules()
    >>> _is_outlet("Neue Zürcher Zeitung", rules), _is_outlet("Handelsblatts", rules), _is_outlet("Siemens", rules)
    (True, True, False)
    """
    return _is_outlet_name(name, rules.outlet_names, rules.outlet_categories)


@lru_cache(maxsize=_NAMES_REMEMBERED)  # per name: every sentence asks again of the article's names
def _is_outlet_name(name: str, outlet_names: frozenset[str], outlet_categories: frozenset[str]) -> bool:
    key = " ".join(name.lower().split())
    if key in outlet_names or (key.endswith("s") and key[:-1] in outlet_names):
        return True
    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.canonical == name and entry.category in outlet_categories


def titles_company(mention: Mention, text: str, rules: DealRules) -> bool:
    """Whether ``mention`` is a company named as the first part of its people's title ("Calora-Chef X",
    "Bürgi-Präsident Y", rules/deals.yaml speaker_compound_heads): the company a reference near it stands for."""
    return mention.is_modifier and rules.speaker_compound.match(text, mention.end) is not None


def is_investor_name(name: str | None, rules: DealRules) -> bool:
    """Whether a canonical name is an investor's: a gazetteer investor, or "... Capital", "... Ventures".

    >>> rules = deal_rules()
    >>> [is_investor_name(n, rules) for n in ("Speedinvest", "Kranich Capital", "Kranich Robotics", None)]
    [True, True, False, False]
    """
    if not name:
        return False
    words = name.split()
    if len(words) > 1 and words[-1].lower() in rules.investor_last_words:
        return True
    return _category(name) in rules.investor_categories


def is_deciding_body(name: str, rules: DealRules) -> bool:
    """Whether a canonical name is a regulator's, a ministry's or a court's: a body deciding on deals.

    >>> rules = deal_rules()
    >>> [is_deciding_body(n, rules) for n in ("Bundeskartellamt", "CMA", "Speedinvest")]
    [True, True, False]
    """
    return _category(name) in rules.deciding_categories


def is_listing_venue(name: str, rules: DealRules) -> bool:
    """Whether a canonical name is an exchange's: where a company lists, never the company listing.

    >>> rules = deal_rules()
    >>> [is_listing_venue(n, rules) for n in ("Frankfurter Börse", "Speedinvest")]
    [True, False]
    """
    return _category(name) in rules.listing_categories


def _category(name: str) -> str | None:
    """The gazetteer category of a canonical name, None for a name the gazetteer does not list."""
    entry = load_gazetteer().lookup(name)
    return entry.category if entry is not None else None


def anaphor_mentions(
    text: str, start: int, end: int, taken: list[Mention], rules: DealRules, cues: list[CueMatch] | None = None
) -> list[Mention]:
    """Noun phrases in ``text[start:end]`` that refer back to a company ("das Start-up",
    "dem jungen Unternehmen", "der Software- und Cloud-Konzern", "Menschs Firma").

    A phrase followed by a name is an apposition ("den ChatGPT-Entwickler OpenAI") and
    refers to that name, so it is no anaphor; nor is one a party mention already covers.
    The people of a place stand for a company from there ("die Darmstädter", pipeline/deal_places.py).
    ``cues`` are the sentence's cues when already found (``rules.sentence_cues``).

    >>> [m.text for m in anaphor_mentions("Dann sammelte das junge Start-up Geld ein.", 0, 41, [], deal_rules())]
    ['das junge Start-up']
    """
    if cues is None:
        cues = rules.sentence_cues.find(text, start, end)
    starts, ends, lowers = word_index(text)
    out: list[Mention] = []
    for cue in (c for c in cues if c.label == "anaphor_heads"):
        head_word = bisect_left(starts, cue.word_start)
        det = _determiner_before(text, head_word, start, starts, ends, lowers, rules)
        if det is None or not _is_singular(lowers[det], cue.text.lower(), rules):
            continue
        phrase_start, phrase_end = starts[det], cue.end
        if any(
            m.start < phrase_end and phrase_start < m.end and not (m.label == "MISC" and m.end <= cue.word_start)
            for m in taken
        ):
            continue  # a name's own words ("die Deutsche Bank"); not an index in a modifier ("der im MDax notierte")
        if any(
            _APPOSITION_GAP.fullmatch(text, phrase_end, m.start) or rules.complement_gap.fullmatch(text, phrase_end, m.start)
            for m in taken
            if 0 < m.start - phrase_end <= _APPOSITION_REACH
        ):  # "den ChatGPT-Entwickler OpenAI", "der Hersteller Gebr. Talheimer Armaturen",
            continue  # "Der Hersteller technischer Textilien Vossgrund": an apposition
        out.append(Mention(phrase_start, phrase_end, text[phrase_start:phrase_end], None, "ORG", is_anaphor=True))
    for cue in (c for c in cues if c.label == "possessive_heads"):
        owner = _owner_before(text, bisect_left(starts, cue.start), start, starts, ends, rules)
        if owner is None:
            continue
        owner_start, name = owner
        out = [m for m in out if not (m.start < cue.end and owner_start < m.end)]
        out.append(Mention(owner_start, cue.end, text[owner_start : cue.end], None, "ORG", is_anaphor=True, owner=name))
    for pronoun in _subject_pronouns(text, start, end, cues, starts, ends, lowers, rules):
        if not any(m.start < pronoun.end and pronoun.start < m.end for m in taken):
            out.append(pronoun)
    for phrase_start, phrase_end, word in rules.demonyms.find(text, start, end):
        if not any(m.start < phrase_end and phrase_start < m.end for m in (*taken, *out)):
            out.append(Mention(phrase_start, phrase_end, text[phrase_start:phrase_end], None, "ORG", is_anaphor=True, demonym=word))
    return out


def _subject_pronouns(
    text: str,
    start: int,
    end: int,
    cues: list[CueMatch],
    starts: list[int],
    ends: list[int],
    lowers: list[str],
    rules: DealRules,
) -> list[Mention]:
    """Subject pronouns referring back to a company (rules/deals.yaml ``anaphora.pronouns``): right after
    a verb of a deal, or after an auxiliary with a verb of a deal later in the clause.

    >>> rules = deal_rules()
    >>> text = "Wie die Firma mitteilte, übernimmt es 80 Prozent an X. Zuvor hatten sie Y erworben. Es geht um Z."
    >>> [(m.text, m.start) for m in _subject_pronouns(text, 0, len(text), rules.sentence_cues.find(text, 0, len(text)), *word_index(text), rules)]
    [('es', 35), ('sie', 68)]
    >>> text = "Dann kauft es, wie es heißt, zu. Die Firma hatte es schwer, X zu kaufen."
    >>> [m.text for m in _subject_pronouns(text, 0, len(text), rules.sentence_cues.find(text, 0, len(text)), *word_index(text), rules)]
    []
    """
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if rules.pronouns.isdisjoint(lowers[first:last]):
        return []  # most sentences: no pronoun at all
    # verbs, not nouns; a verb may end a phrase of a noun ("Bezugsrechte auszuüben")
    verbs = [c for c in cues if c.label in TYPE_ORDER and not c.is_head and c.text.rsplit(None, 1)[-1][:1].islower()]
    # after a colon a verb of bidding counts as well: "Er hatte ... 36 Euro je Aktie geboten"
    bids = [c for c in cues if c.label == "bid" and c.text[:1].islower()]
    if not verbs and not bids:
        return []
    out: list[Mention] = []
    if first + 1 < min(last, len(starts)) and (
        (
            lowers[first] in rules.opening_pronouns
            and lowers[first + 1] in rules.pronoun_auxiliaries
            and any(v.start > ends[first + 1] for v in verbs)
        )
        or (lowers[first] in rules.opening_verb_pronouns and any(v.start == starts[first + 1] for v in verbs))
    ):
        # "Sie hat sich verpflichtet, ... auszuüben", "Er übernimmt zehn Prozent": the company of the sentence before
        out.append(_pronoun(text, starts[first], ends[first]))
    verbs = [v for v in verbs if v.text[:1].islower()]
    for i in range(max(first, 1), last):
        if i + 1 < last and lowers[i] in rules.colon_pronouns and _COLON_GAP.fullmatch(text, ends[i - 1], starts[i]):
            if lowers[i + 1] in rules.pronoun_auxiliaries and any(
                ends[i + 1] < v.start < end and not _CLAUSE_BREAK.search(text, ends[i], v.start) for v in verbs + bids
            ):
                out.append(_pronoun(text, starts[i], ends[i]))  # "Der Fonds kennt X gut: Er hatte ... geboten"
            continue
        if lowers[i] not in rules.pronouns or text[starts[i]] != lowers[i][0] or i + 1 >= len(starts):
            continue
        if not text[ends[i - 1] : starts[i]].isspace() or not text[ends[i] : starts[i + 1]].isspace():
            continue  # "kauft es, wie ...": an object at a clause's end, or no verb right before
        if any(v.end == ends[i - 1] for v in verbs) or (
            lowers[i - 1] in rules.pronoun_auxiliaries
            and any(ends[i] < v.start < end and not _CLAUSE_BREAK.search(text, ends[i], v.start) for v in verbs)
        ):
            out.append(_pronoun(text, starts[i], ends[i]))
    return out


# A colon between a clause and the pronoun opening the next.
_COLON_GAP = re.compile(r":[^\S\n]{1,3}")


def _pronoun(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], None, "ORG", is_anaphor=True, is_pronoun=True)


# Between a noun and the name in apposition to it: a space, or an abbreviation opening the name ("Gebr. ").
_APPOSITION_GAP = re.compile(r" (?:[A-ZÄÖÜ]\w{0,6}\. )?")
_APPOSITION_REACH = 70  # characters between the noun and the name: a complement (rules complement_gap) fits
_CLAUSE_BREAK = re.compile(r"[,;:!?]")  # no period: a sentence holds those of abbreviations only ("Mio.")

# What may stand between two words of one noun phrase: spaces, or the hyphen of "Cloud- und".
_PHRASE_GAP = re.compile(r"-?\s{1,3}")


def _determiner_before(
    text: str, head: int, start: int, starts: list[int], ends: list[int], lowers: list[str], rules: DealRules
) -> int | None:
    """The determiner opening the noun phrase of the word ``head``: at most three words before it."""
    for j in range(head - 1, max(head - 5, -1), -1):
        if starts[j] < start or not _PHRASE_GAP.fullmatch(text, ends[j], starts[j + 1]):
            return None
        if lowers[j] in rules.determiners:
            return j
        if lowers[j] in rules.grammar.determiners:
            return None  # another article opens the phrase: not "die" of ", die über eine Holding ... hält"
    return None


def _is_singular(det: str, head: str, rules: DealRules) -> bool:
    """Only a singular refers to one company: not "die Start-ups", "die Riesen", "der Unternehmen"."""
    if head in rules.feminine_heads:
        return True
    if det.startswith("die"):
        return False  # masculine and neuter plurals
    if head in rules.neuter_heads:
        return det not in ("der", "dieser")  # "der Unternehmen": genitive plural
    return det not in ("das", "dieses")


def _owner_before(
    text: str, head: int, start: int, starts: list[int], ends: list[int], rules: DealRules
) -> tuple[int, str] | None:
    """ "Sutskevers (neues) Unternehmen": the start of the owner's name and the name without its -s."""
    j = head - 1
    if j >= 0 and text[starts[j] : ends[j]].lower() in rules.grammar.possessive_adjectives:
        j -= 1
    if j < 0 or starts[j] < start or not text[ends[j] : starts[j + 1]].isspace():
        return None
    word = text[starts[j] : ends[j]]
    if len(word) < 3 or not word[0].isupper() or not word.endswith("s") or word.lower() in rules.not_owners:
        return None
    return starts[j], word[:-1]


def assign_slots(text: str, clause_start: int, mentions: list[Mention], doc: Doc | None = None) -> None:
    """Set each mention's slot from the words before it in its clause (or from the parse)."""
    grammar = deal_rules().grammar
    previous: Mention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        slot = _slot_from_parse(doc, mention) if doc is not None else None
        if slot is None:
            gap = text[previous.end : mention.start] if previous is not None else ""
            if previous is not None and previous.start >= clause_start and grammar.list_gap.fullmatch(gap):
                slot = previous.slot
                mention.is_example = previous.is_example
            else:
                # the words before a name reach back to the clause start or the name before it
                since = max(clause_start, previous.end) if previous is not None else clause_start
                slot = slot_before(text[since : mention.start])
        if slot in grammar.example_markers:
            mention.is_example = True
        if slot == "subject" and (
            text[max(clause_start, mention.start - 4) : mention.start].lower().endswith("des ")
            or mention.text.startswith(("des ", "Des "))  # a reference: "einer Bewertung des gesamten Unternehmens"
        ):
            slot = "genitive"
        mention.slot = slot
        previous = mention


# TIGER dependency labels (German spaCy models) that give a name its slot directly.
_DEP_SLOTS = {"sb": "subject", "sbp": "von", "ag": "genitive", "pg": "genitive", "oa": "object", "da": "object"}


def _slot_from_parse(doc: Doc, mention: Mention) -> str | None:
    """The slot from the dependency parse: subject, the governing preposition, genitive."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    # climb out of the noun phrase (appositions, conjuncts, name parts) to its head
    while (
        token.dep_ in ("nk", "pnc", "app", "cj", "cd", "nmc") and token.head is not token and token.head.pos_ != "ADP"
    ):
        token = token.head
    if token.head is not token and token.head.pos_ == "ADP":
        return slot_before(token.head.text + " ")
    return _DEP_SLOTS.get(token.dep_)


def with_name(mention: Mention, name: str) -> Mention:
    return replace(mention, name=name)
