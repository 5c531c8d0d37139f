"""Deals and valuations of one sentence, found clause by clause.

How a deal is found: a sentence is cut into clauses (:func:`pipeline.deal_rules.split_clauses`);
in each clause every amount of money that is not a valuation, revenue, profit, loss or cost
becomes one deal when the clause holds a deal cue (rules/deals.yaml), its type from the cues.
Its parties come from the slots of the names in the clause (:mod:`pipeline.deal_mentions`),
type by type in :mod:`pipeline.deal_builders`. Valuations are built in
:mod:`pipeline.deal_valuations`.

>>> from pipeline.facts import Money, MoneyMention, PartyMention
>>> from decimal import Decimal
>>> text = "Siemens steckt 2 Mrd. Euro in Celonis."
>>> money = [MoneyMention(15, 26, "2 Mrd. Euro", Money(Decimal("2e9"), "EUR"), role="investment")]
>>> parties = [PartyMention(0, 7, "Siemens", "ORG", "Siemens", "gazetteer"),
...            PartyMention(30, 37, "Celonis", "ORG", "Celonis", "gazetteer")]
>>> discourse, valuations = Discourse(), []
>>> view = SentenceView.build(0, text, 0, len(text), money, [], parties, deal_rules())
>>> analyze_sentence(view, discourse, valuations, deal_rules())
>>> [(d.type, d.target, d.parties, d.status) for d in discourse.drafts]
[('investment', 'Celonis', {'Siemens': 'investor'}, 'completed')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.tokens import Doc

from pipeline.deal_discourse import Discourse, Draft, ValuationDraft, same_name
from pipeline.deal_mentions import Mention, anaphor_mentions, assign_slots, party_mentions, titles_company
from pipeline.deal_rules import (
    TYPE_ORDER, CueMatch, DealRules, deal_rules, may_name_round, round_label, split_clauses,
)  # fmt: skip
from pipeline.deal_status import Attribution, clause_status, find_attribution, most_hedged, status_cues
from pipeline.facts import DateMention, MoneyMention, PartyMention

# Amounts with these roles (set by newsfacts_money) are never deals.
NOT_DEAL_ROLES = frozenset({"revenue", "profit", "loss", "cost", "assets", "payout"})
# The kinds of cue by which a clause without an amount can state something: a deal type (also through the
# corrections of _type_cues), the lead or the investors of a round (deal_builders.participation), an investor
# relation (deal_builders.amountless_deals). Keep in sync with those: clauses without any are skipped.
AMOUNTLESS_KINDS = frozenset(
    {*TYPE_ORDER, "ipo_weak", "funding_round_weak", "acquisition_merger", "bid", "lead", "participation", "relation",
     "buyer", "seller", "licence_granted", "licence_taken", "held"}
)
# How many characters around a verb of buying its stake words and stake size may stand (twice that
# before a verb closing its clause, see _object_reach).
VERB_WINDOW = 40
# Two merger partners named together: at most this many characters apart, the first followed by "und".
_PARTNER_GAP = 60
_PARTNER_LINK = re.compile(r"\s{1,5}(?:und|sowie)\s")  # right after the first name
# How many words may stand between "Bewertung" and its amount ("Bewertung der jungen Firma auf stolze").
_VALUATION_GAP_WORDS = 5


@dataclass
class SentenceView:
    """One sentence with the facts of the other components that fall into it."""

    index: int
    text: str  # the whole document text; all offsets refer to it
    start: int
    end: int
    clauses: list[tuple[int, int, int | None]]  # start, end, governing clause
    mentions: list[Mention]
    money: list[MoneyMention]
    dates: list[DateMention]
    attribution: Attribution | None
    cues: list[CueMatch]  # every cue of the sentence (rules.sentence_cues), labelled by kind
    # the company a sentence opens with as its source ("Wie X mitteilte, ..."): the one its references mean
    speaker: Mention | None = None

    @classmethod
    def build(
        cls,
        index: int,
        text: str,
        start: int,
        end: int,
        money: list[MoneyMention],
        dates: list[DateMention],
        parties: list[PartyMention],
        rules: DealRules,
        doc: Doc | None = None,
        cues: list[CueMatch] | None = None,
    ) -> SentenceView:
        """The view of ``text[start:end]``; ``cues`` are its cues when already found (``rules.sentence_cues``)."""
        clauses = sentence_clauses(text, start, end, money)
        if cues is None:
            cues = cues_as_read(text, start, end, rules.sentence_cues.find(text, start, end), rules)
        mentions = party_mentions(text, parties, rules)
        anaphors = anaphor_mentions(text, start, end, mentions, rules, cues)
        # a name inside a reference ("Claude" in "der Claude-Entwickler") is not a party of its own
        if anaphors:
            mentions = [m for m in mentions if not any(a.start <= m.start < a.end for a in anaphors)] + anaphors
        for clause_start, clause_end, _ in clauses:
            assign_slots(text, clause_start, [m for m in mentions if clause_start <= m.start < clause_end], doc)
        mentions.sort(key=lambda m: m.start)
        attribution = find_attribution(text, start, end, mentions, rules, cues)
        if attribution is not None:
            for mention in mentions:
                if attribution.start <= mention.start < attribution.end + 1:
                    mention.is_outlet = True
        # "Die Analysten von Bankhaus Y taxieren ...": Y judges the deal (one scan of the sentence)
        employers = {match.end() for match in rules.observer_employer.finditer(text, start, end)}
        for mention in mentions:
            if mention.start in employers and mention.label == "ORG":
                mention.is_outlet = True
        for cue in cues:
            if cue.label == "ipo" and not cue.is_head:
                for mention in mentions:
                    if cue.start <= mention.start < cue.end:
                        mention.is_outlet = True  # the exchange of "strebt an die Frankfurter Börse": a venue, no party
        speaker: Mention | None = None
        opening = rules.source_opening.match(text, start, end)
        for source_start, source_end in source_spans(text, start, end, rules):
            sources = [m for m in mentions if source_start <= m.start < source_end]
            # a company telling of itself, no outlet reporting: "Wie Wardell mitteilte, bietet das Unternehmen nun ..."
            # (the company named right after "Wie": not the exchange of "Wie das an der SIX notierte Unternehmen")
            named = [m for m in sources if m.label == "ORG" and m.name and not m.is_anaphor and not m.is_outlet]
            if (
                source_start == start
                and opening is not None
                and len(named) == 1
                and text[opening.end() : named[0].start].strip().lower() in rules.grammar.speaker_articles
                and not rules.reporting_verb.search(text, start, source_end)
            ):
                speaker = named[0]
            for mention in sources:
                mention.is_outlet = True  # the source of the sentence, no party
        return cls(index, text, start, end, clauses, mentions, money, dates, attribution, cues, speaker)

    def scopes(self, clause: int) -> list[tuple[int, int]]:
        """The clause and the clauses governing it."""
        out: list[tuple[int, int]] = []
        index: int | None = clause
        while index is not None and len(out) <= len(self.clauses):
            start, end, governor = self.clauses[index]
            out.append((start, end))
            index = governor
        return out

    def cues_of(self, kind: str, start: int | None = None, end: int | None = None) -> list[CueMatch]:
        """The sentence's cues of one kind (within ``start``..``end``)."""
        start, end = self.start if start is None else start, self.end if end is None else end
        return [c for c in self.cues if c.label == kind and start <= c.word_start and c.end <= end]

    def status_of(self, clause: int) -> set[str]:
        """The status cues of a clause and of the clauses governing it."""
        return status_cues(self.cues, self.scopes(clause))

    def date_in(self, start: int, end: int) -> DateMention | None:
        """The date of the clause, else the first of the sentence."""
        inside = [d for d in self.dates if start <= d.start < end]
        return inside[0] if inside else (self.dates[0] if self.dates else None)


def cues_as_read(text: str, start: int, end: int, cues: list[CueMatch], rules: DealRules) -> list[CueMatch]:
    """The cues of the sentence ``text[start:end]`` as read: none of a verb opening a condition ("Scheitert die
    Übernahme, muss ..."), and a verb turning down a report ("wies einen Bericht zurück, wonach ...") read as
    the report, not as a rejection.

    >>> t = "Der Chef wies einen Bericht zurück, wonach X mit Y über eine Übernahme spreche."
    >>> [(c.text, c.label) for c in cues_as_read(t, 0, len(t), deal_rules().sentence_cues.find(t), deal_rules())
    ...  if c.label in ("rejected", "rumored")]
    [('wies', 'rumored')]
    """
    if not any(c.label == "rejected" for c in cues):
        return cues  # both readings change rejections only ("scheitert", "wies ... zurück"): most sentences have none
    reports = {c.start for c in cues if c.label == "rumored"}
    return [
        c for c in cues
        if c.label != "rejected" or not (c.start in reports or opens_condition(text, start, end, c, rules))
    ]  # fmt: skip


def opens_condition(text: str, start: int, end: int, cue: CueMatch, rules: DealRules) -> bool:
    """Whether ``cue`` is a verb opening a condition, the first word of its sentence before a comma.

    >>> from pipeline.deal_rules import CueMatch, deal_rules
    >>> t = "Scheitert die Übernahme, muss Velbert zahlen. Velbert scheitert mit seiner Offerte."
    >>> [opens_condition(t, s, e, CueMatch(s + o, s + o + 9, w, w, "rejected"), deal_rules())
    ...  for s, e, o, w in [(0, 44, 0, "Scheitert"), (46, 83, 8, "scheitert")]]
    [True, False]
    """
    if cue.word.lower() not in rules.grammar.conditional_first_verbs:
        return False
    opening = len(text[start:end]) - len(text[start:end].lstrip(" \n\"„»"))
    return cue.start == start + opening and "," in text[cue.end : end]


def relative_clauses(text: str, start: int, end: int, rules: DealRules) -> Iterator[tuple[int, int, str]]:
    """The relative clauses in ``text[start:end]``, a relative pronoun after a comma: the comma, the next comma
    (else ``end``) and the word after the pronoun (lower case in a relative clause, ", der nun ..."; upper case
    after an article opening a clause of its own, ", die Transaktion soll ...").

    >>> t = "X hatte Y übernommen, der nun mit Z zusammengeführt werden soll."
    >>> list(relative_clauses(t, 0, len(t), deal_rules()))
    [(20, 64, 'nun')]
    >>> t = "Die Holding X, über die die Familie Y das Unternehmen kontrolliert, verkauft."
    >>> list(relative_clauses(t, 0, len(t), deal_rules()))
    [(13, 66, 'die')]
    """
    for match in rules.grammar.relative_opening.finditer(text, start, end):
        if match.group(1).lower() in rules.grammar.relative_pronouns:
            closing = text.find(",", match.end(), end)
            yield match.start(), end if closing < 0 else closing, match.group(2)


def relative_spans(text: str, start: int, end: int, rules: DealRules) -> list[tuple[int, int]]:
    """The relative clauses of :func:`relative_clauses` whose pronoun a lower-case word follows (", der nun",
    ", über die die Familie"), not an apposition opened by an article (", der Pensionsfonds X,").

    >>> t = "X, der Fonds Y, der nun 18 Prozent hält, stimmt zu."
    >>> [t[a:b] for a, b in relative_spans(t, 0, len(t), deal_rules())]
    [', der nun 18 Prozent hält']
    """
    return [(a, b) for a, b, after in relative_clauses(text, start, end, rules) if after[:1].islower()]


_WORD_RUN = re.compile(r"\S+")
_COMMA = re.compile(r",\s")
_CLAUSE_END = re.compile(r"[,.;:!?]")
_CLAUSE_BREAK = re.compile(r"[,;:!?]")
_SENTENCE_CLOSERS = " \t\n.!?\"“”«»"


def sentence_clauses(text: str, start: int, end: int, money: list[MoneyMention]) -> list[tuple[int, int, int | None]]:
    """The clauses of ``text[start:end]``: start, end (in ``text``) and the clause governing each."""
    clauses = [(start + c.start, start + c.end, c.governor) for c in split_clauses(text[start:end])]
    return split_between_rounds(text, clauses, money)


def states_nothing(text: str, start: int, end: int, money: list[MoneyMention], cues: list[CueMatch]) -> bool:
    """A sentence :func:`analyze_sentence` would find nothing in: every clause says nothing (no amount,
    no cue of AMOUNTLESS_KINDS) and names no round.

    >>> text = "Das Start-up hat seinen Sitz in Berlin."
    >>> states_nothing(text, 0, len(text), [], deal_rules().sentence_cues.find(text))
    True
    """
    if money or any(cue.label in AMOUNTLESS_KINDS for cue in cues):
        return False
    if not may_name_round(text[start:end]):
        return True  # nor does any clause
    return all(round_label(text[a:b]) is None for a, b, _ in sentence_clauses(text, start, end, money))


def source_spans(text: str, start: int, end: int, rules: DealRules) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` that name the sentence's source: ", wie X ... bestätigte",
    ", teilte X ... mit", and one opening the sentence: "Wie X mitteilte, ...".

    >>> s = "Investoren schießen 9 Mio. Euro nach, wie Gründerin Lea Kranz der Zeitung bestätigte."
    >>> [s[a:b] for a, b in source_spans(s, 0, len(s), deal_rules())]
    [', wie Gründerin Lea Kranz der Zeitung bestätigte']
    >>> s = "Wie Wardell am Mittwoch mitteilte, bietet das Unternehmen nun 53,50 Euro je Aktie."
    >>> [s[a:b] for a, b in source_spans(s, 0, len(s), deal_rules())]
    ['Wie Wardell am Mittwoch mitteilte']
    >>> source_spans("Kunden wie Kranich und Lumo zahlen, wie es heißt.", 0, 49, deal_rules())
    []
    >>> s = "Die Bietergesellschaft X biete 27,80 Euro je Aktie, teilte Bramwell am Montag mit."
    >>> [s[a:b] for a, b in source_spans(s, 0, len(s), deal_rules())]
    [', teilte Bramwell am Montag mit']
    >>> s = "Dafür sagte Y 5 Mio. Euro zu, sagte Roth."
    >>> [s[a:b] for a, b in source_spans(s, 0, len(s), deal_rules())]
    [', sagte Roth']
    >>> s = "Die Altaktionäre zeichnen 40 Mio. Euro, sagte Großaktionär Nord weitere 5 Mio. Euro zu."
    >>> source_spans(s, 0, len(s), deal_rules())
    []
    """
    out: list[tuple[int, int]] = []
    opening = rules.source_opening.match(text, start, end)
    if opening is not None:
        stop = _CLAUSE_END.search(text, opening.end(), end)
        clause_end = stop.start() if stop else end
        if stop is not None and rules.source_verb.search(text, opening.end(), clause_end):
            out.append((start, clause_end))
    for opener in rules.source_opener.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, opener.end(), end)
        clause_end = stop.start() if stop else end
        if rules.source_verb.search(text, opener.end(), clause_end):
            out.append((opener.start(), clause_end))
    for inverted in rules.source_inverted.finditer(text, start, end):
        # to the sentence's end or the next clause's: "Mio." within it ends neither
        stop = _CLAUSE_BREAK.search(text, inverted.end(), end)
        clause_end = stop.start() if stop else len(text[:end].rstrip(_SENTENCE_CLOSERS))
        words = text[inverted.end() : clause_end].lower().split()
        particle = rules.source_particles.get(inverted.group(1).lower())
        if words and (words[-1] == particle if particle else words[-1] not in rules.other_verb_particles):
            out.append((inverted.start(), clause_end))
    return out


def split_between_rounds(
    text: str, clauses: list[tuple[int, int, int | None]], money: list[MoneyMention]
) -> list[tuple[int, int, int | None]]:
    """Cut a clause at the comma between two amounts when each side names a round of its own:
    "X hatte eine Seed-Runde über 2 Mio. Euro abgeschlossen, 2024 folgte eine Serie A über 9 Mio. Euro".

    >>> from decimal import Decimal
    >>> from pipeline.facts import Money
    >>> s = "X schloss eine Seed-Runde über 2 Mio. Euro ab, 2024 folgte eine Serie A über 9 Mio. Euro."
    >>> money = [MoneyMention(s.index("2 Mio"), s.index("2 Mio") + 11, "2 Mio. Euro", Money(Decimal("2e6"), "EUR")),
    ...          MoneyMention(s.index("9 Mio"), s.index("9 Mio") + 11, "9 Mio. Euro", Money(Decimal("9e6"), "EUR"))]
    >>> [s[a:b] for a, b, _ in split_between_rounds(s, [(0, len(s), None)], money)]
    ['X schloss eine Seed-Runde über 2 Mio. Euro ab', '2024 folgte eine Serie A über 9 Mio. Euro.']
    """
    out: list[tuple[int, int, int | None]] = []
    for start, end, governor in clauses:
        inside = [m for m in money if start <= m.start < end]
        for left, right in zip(inside, inside[1:]):
            comma = _COMMA.search(text, left.end, right.start)
            if comma is None:
                continue
            if round_label(text[start : comma.start()]) and round_label(text[comma.end() : end]):
                out.append((start, comma.start(), governor))
                start = comma.end()
                governor = None
        out.append((start, end, governor))
    return out


def context_mentions(text: str, start: int, parties: list[PartyMention], rules: DealRules) -> list[Mention]:
    """The names of a sentence that states no deal, with their slots: context for later references."""
    if not parties:
        return []
    mentions = party_mentions(text, parties, rules)
    assign_slots(text, start, mentions)
    return mentions


@dataclass
class Scope:
    """One clause in its sentence and article: what the deal builders look at."""

    view: SentenceView
    index: int
    start: int
    end: int
    mentions: list[Mention]
    cues: dict[str, list[CueMatch]]  # deal-type cues, by type, after corrections (see _type_cues)
    kinds: dict[str, list[CueMatch]]  # every cue of the clause, by kind
    discourse: Discourse
    rules: DealRules
    clause_round: str | None  # the round named in the clause (looked for once: the type, drafts and builders ask)

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def money(self) -> list[MoneyMention]:
        """The amounts of this clause, in order."""
        return [m for m in self.view.money if self.start <= m.start < self.end]

    def find(self, kind: str) -> list[CueMatch]:
        """The cues of one kind (a name of ``SENTENCE_KINDS``, a deal type or a status) in this clause."""
        return self.kinds.get(kind, [])

    def name(self, mention: Mention, role: str) -> str | None:
        """The canonical name of a mention, resolving a reference against the article so far."""
        speaker = self.view.speaker
        if mention.is_anaphor and mention.name is None and speaker is not None and mention.start > speaker.end:
            mention.name = speaker.name  # "Wie Wardell mitteilte, bietet das Unternehmen nun ...": Wardell
        if mention.is_anaphor and mention.name is None:
            # another name of the same clause is someone else: "Der Chipkonzern hält 2 Prozent an dem Unternehmen";
            # not the company of its people's title ("Bürgi-Präsident X kündigte an, das Unternehmen werde ...")
            exclude = {
                m.name for m in self.mentions if m.name and m is not mention and not titles_company(m, self.text, self.rules)
            }
            mention.name = self.discourse.resolve(mention, role, self.view.index, exclude)
        return mention.name

    def first(self, mentions: list[Mention], role: str, exclude: set[str] | None = None) -> str | None:
        for mention in mentions:
            name = self.name(mention, role)
            if name and not any(same_name(name, other) for other in exclude or ()):
                return name
        return None

    def names(self, mentions: list[Mention], role: str) -> list[str]:
        return list(dict.fromkeys(n for m in mentions if (n := self.name(m, role))))

    def subjects(self, start: int | None = None, end: int | None = None, persons: bool = True) -> list[Mention]:
        from_start = start is None or start <= self.start
        start, end = self.start if start is None else start, self.end if end is None else end
        found = _subjects(self.mentions, start, end, persons)
        if found or not from_start or not self._coordinated():
            return found
        # "Die Amerikaner boten ... und halten bereits acht Prozent": the subject of the clause it continues
        governor_start, governor_end, _ = self.view.clauses[self.view.clauses[self.index][2]]
        return _subjects(self.view.mentions, governor_start, governor_end, persons)

    def sentence_subjects(self, persons: bool = True) -> list[Mention]:
        """The usable subjects of the whole sentence, this clause's and the others'."""
        return _subjects(self.view.mentions, self.view.start, self.view.end, persons)

    def _coordinated(self) -> bool:
        """Whether the clause is a second predicate after "und" ("und holt ...", split_clauses)."""
        if self.view.clauses[self.index][2] is None:
            return False
        return self.first_word() in self.rules.grammar.coordinated_verbs

    def first_word(self) -> str:
        """The word the clause opens with ("holt" of "und holt ...", "falls" of "falls X verkauft wird")."""
        word = _WORD.match(self.text, self.start, self.end)
        return word.group() if word is not None else ""

    def in_slots(
        self, slots: frozenset[str] | set[str], start: int | None = None, end: int | None = None
    ) -> list[Mention]:
        start, end = self.start if start is None else start, self.end if end is None else end
        return [
            m
            for m in self.mentions
            if start <= m.start < end and m.slot in slots and not m.is_modifier and usable(m, True)
        ]

    def genitives(self) -> list[Mention]:
        return [m for m in self.mentions if m.is_genitive and usable(m, True)]

    def new_draft(self, type_: str, target: str | None, anchor: int, amount: MoneyMention | None) -> Draft:
        """A deal stated in this clause, its status from the clause's cues around ``anchor``."""
        view = self.view
        attribution = view.attribution
        if attribution is not None and ";" in view.text[min(anchor, attribution.start) : max(anchor, attribution.end)]:
            attribution = None  # "Bei der Emission sollen 600 Mio. zusammenkommen; X strebt Kreisen zufolge ... an"
        found = view.status_of(self.index)
        if found and type_ in ("acquisition", "investment"):
            # "hatte X übernommen, der nun mit Y zusammengeführt werden soll": a relative clause after a company's
            # deal plans something of its own (after a programme's amount it may tell the programme's own plan)
            relative = next(iter(relative_spans(view.text, anchor, self.end, self.rules)), None)
            if relative is not None:
                # (a bid "..., das der Vorstand zurückwies" is turned down all the same)
                outside = [c for c in view.cues if not relative[0] <= c.word_start < relative[1] or c.label == "rejected"]
                found = status_cues(outside, view.scopes(self.index))
        told = anchor if amount is not None or not self.cues.get(type_) else self.cues[type_][0].start
        if "planned" in found and self._past_of_its_own(told):
            found = found - {"planned"}  # "X, der 2020 bei Y eingestiegen war, will ...": the plan is the main clause's
        status = clause_status(view.text, found, self.start, anchor, attribution, self.rules)
        told_before = self.rules.pluperfect.search(view.text, self.start, self.end) is not None
        return Draft(
            type=type_,
            target=target,
            status=status,
            sentence=view.index,
            evidence_start=view.start,
            evidence_end=view.end,
            amount=amount,
            round=self.round_label() if type_ == "funding_round" else None,
            announced=view.date_in(self.start, self.end),
            attribution=attribution.label if attribution else None,
            statuses=[status],
            # "Vor zwei Jahren hatte der Investor X übernommen": told as over, no closing lies ahead
            held=status == "completed" and told_before,
            told_before=told_before,
        )

    def _past_of_its_own(self, anchor: int) -> bool:
        """Whether ``anchor`` lies in a relative clause, or in the first part of one joined by "und", that plans
        nothing itself and ends in a past auxiliary: ", der 2020 bei Kolbeck eingestiegen war," and ", der 2019
        die Mehrheit übernommen hatte und nach dem Börsengang noch 40 Prozent halten soll" (what the sentence plans
        is the main clause's, or the second part's)."""
        view, rules = self.view, self.rules
        for comma, closing, _ in relative_clauses(view.text, self.start, self.end, rules):
            if comma < anchor < closing:
                words = list(_WORD_RUN.finditer(view.text, comma, closing))
                joined = [i for i, w in enumerate(words) if i > 2 and w[0].lower() in rules.grammar.joining_conjunctions]
                for last in [len(words) - 1] + [i - 1 for i in joined]:
                    if words[last][0].strip(",;.").lower() not in rules.past_clause_endings:
                        continue
                    if anchor < words[last].end():  # the part ending in the auxiliary
                        return "planned" not in status_cues(view.cues, [(comma, words[last].end())])
                return False
        return False

    def round_label(self) -> str | None:
        """The round named in the clause, else in the sentence ("..., Anfang 2024 folgte eine Serie A")."""
        return self.clause_round or round_label(self.text[self.view.start : self.view.end])

    def deal_type(self) -> str | None:
        """The type of deal the clause's cues speak of (the first of TYPE_ORDER with a cue). A loan named
        before any round is debt: "gewährt ein Wandeldarlehen über 15 Mio. Euro, das bei der nächsten
        Finanzierungsrunde in Anteile umgewandelt werden kann"; so is one secured by a verb of raising money
        ("sichert sich bei Banken eine Kreditlinie über 150 Mio. Euro")."""
        credit = self.find("credit")
        if credit and self.find("credit_in_round"):
            return "funding_round"  # "Teil der Runde ist auch ein Wandeldarlehen über 12 Mio. Franken"
        if (
            credit
            and all(credit[0].start < c.start or c.text.lower() in self.rules.credit_verbs for c in self.cues["funding_round"])
            and round_label(self.text[self.start : credit[0].start]) is None
        ):
            return "other"
        if self.clause_round is not None:
            return "funding_round"
        return next((t for t in TYPE_ORDER if self.cues[t]), None)


def _subjects(mentions: list[Mention], start: int, end: int, persons: bool) -> list[Mention]:
    """The usable subjects among ``mentions`` starting in ``start``..``end``."""
    return [
        m
        for m in mentions
        if start <= m.start < end
        and m.slot == "subject"
        and not m.is_modifier
        and not m.is_genitive
        and usable(m, persons)
    ]


def inside_name(cue: CueMatch, mentions: list[Mention]) -> bool:
    """A cue that is part of a company's name ("Beteiligungen" in "Hannover Beteiligungen").

    >>> cue = CueMatch(9, 21, "Beteiligungen", "Beteiligungen", "investment", is_head=True)
    >>> inside_name(cue, [Mention(0, 21, "Hannover Beteiligungen", "Hannover Beteiligungen", "ORG")])
    True
    >>> inside_name(cue, [Mention(0, 8, "Hannover", "Hannover", "ORG")])
    False
    """
    return any(
        m.start <= cue.word_start and cue.end <= m.end and m.label == "ORG" and not m.is_anaphor for m in mentions
    )


def usable(mention: Mention, persons: bool) -> bool:
    """A name that can be a party: an organization (or a person, where persons may be), not the source."""
    return not mention.is_outlet and (mention.label == "ORG" or (persons and mention.label == "PER"))


def analyze_sentence(
    view: SentenceView, discourse: Discourse, valuations: list[ValuationDraft], rules: DealRules
) -> None:
    """Append the deals of one sentence to ``discourse.drafts`` and its valuations to ``valuations``."""
    # imported here: the builders build on Scope, defined in this module
    from pipeline.deal_builders import (
        amount_deal,
        amountless_deals,
        anchor_investment,
        bid_total,
        facility_cost,
        further_programme,
        held_stake,
        issue_proceeds,
        participation,
    )
    from pipeline.deal_licences import licence
    from pipeline.deal_valuations import valuation

    drafts_of_sentence = len(discourse.drafts)
    for index, (start, end, _) in enumerate(view.clauses):
        clause_round = round_label(view.text[start:end])
        if clause_round is None and _says_nothing(view, start, end):
            if index and view.cues_of("closing_pending", start, end):
                _closing_ahead(discourse.drafts[drafts_of_sentence:])
            continue  # most clauses: what follows would find nothing and change nothing
        mentions = [m for m in view.mentions if start <= m.start < end and not m.is_outlet]
        names = [m for m in mentions if m.label == "ORG" and not m.is_anaphor]  # the names a cue can be part of
        kinds: dict[str, list[CueMatch]] = {}
        for cue in view.cues:
            if start <= cue.word_start and cue.end <= end and not (names and inside_name(cue, names)):
                kinds.setdefault(cue.label, []).append(cue)
        if kinds.get("advisor") and not kinds.get("credit"):
            # "Begleitet wird der Börsengang von X und Y": banks at work, no deal (rules/deals.yaml); not so
            # "bei einem Bankenkonsortium eine Kreditfinanzierung gesichert": the banks lend
            continue
        scope = Scope(
            view,
            index,
            start,
            end,
            mentions,
            # whether an IPO came before matters only to an issue cue ("Emission"): looked up only then
            _type_cues(
                view.text,
                start,
                end,
                kinds,
                mentions,
                rules,
                "ipo_weak" in kinds and _after_ipo(view, discourse),
                "bid" in kinds and _priced_bid_after_takeover(view, start, end, kinds, mentions, discourse),
            ),
            kinds,
            discourse,
            rules,
            clause_round,
        )
        if licence(scope):
            continue  # "X hat die Rechte an seinem Wirkstoffkandidaten an Y vergeben" (rules/deals.yaml, licences)
        if scope.find("anchor") and anchor_investment(scope, scope.money):
            continue  # "Aktien im Wert von 40 Mio. Euro zu zeichnen": the value of shares bought, no valuation
        lead = scope.find("lead")
        deal_amounts, valuation_amounts = _classify_amounts(scope)
        drafts_before = len(discourse.drafts)
        if not participation(scope, deal_amounts, lead):
            if scope.deal_type() is None and not valuation_amounts:
                untyped = [m for m in scope.money if m.role not in NOT_DEAL_ROLES]
                bid_total(scope, untyped)
                further_programme(scope, untyped)  # "; bis 2030 soll eine weitere Milliarde folgen"
                facility_cost(scope)  # "..., die rund 45 Mio. Euro kosten soll"
                issue_proceeds(scope)  # "Der Bruttoerlös soll bei rund 95 Mio. Euro liegen"
            for position in range(len(deal_amounts)):
                amount_deal(scope, deal_amounts, position)
            if not deal_amounts:
                amountless_deals(scope)
        elif not deal_amounts:
            held_stake(scope)  # "Der Großaktionär X, der 22 Prozent an Y hält, hat zugesagt, sich daran zu beteiligen"
        clause_drafts = discourse.drafts[drafts_before:]
        for amount in valuation_amounts:
            valuations.append(valuation(scope, amount, clause_drafts))


def _closing_ahead(drafts: list[Draft]) -> None:
    """A clause of its own telling that the closing lies ahead makes the deals of the clauses before it planned:
    "Die Frostwerk AG übernimmt Kaltmann, die Transaktion soll im Herbst abgeschlossen werden"."""
    for draft in drafts:
        if "rejected" not in draft.statuses and not draft.held:
            draft.statuses.append("planned")
            draft.status = most_hedged(draft.statuses)


def _says_nothing(view: SentenceView, start: int, end: int) -> bool:
    """A clause without an amount and without a cue of AMOUNTLESS_KINDS: it states no deal, no valuation,
    no investor of a round (and, without a round label, analyze_sentence would find nothing in it)."""
    return not any(start <= m.start < end for m in view.money) and not any(
        c.label in AMOUNTLESS_KINDS and start <= c.word_start and c.end <= end for c in view.cues
    )


def _after_ipo(view: SentenceView, discourse: Discourse) -> bool:
    """An IPO was stated in this sentence or the few before (its issue may follow: "Bei der Emission ...")."""
    from pipeline.deal_builders import recent_ipos

    return bool(recent_ipos(discourse, view.index))


def _priced_bid_after_takeover(
    view: SentenceView,
    start: int,
    end: int,
    kinds: dict[str, list[CueMatch]],
    mentions: list[Mention],
    discourse: Discourse,
) -> bool:
    """A verb of bidding with an amount and no deal noun, its subject a company that bid for nothing stated
    before, after a takeover was stated: "Damals hatte der Finanzinvestor X rund 450 Mio. Euro geboten" bids
    for the company on sale. A bidder stated before states its bid's total ("Keltron hatte angekündigt,
    den Aktionären insgesamt rund 4,8 Mrd. Euro zu bieten"; deal_builders.bid_total)."""
    if kinds.get("acquisition") or not any(c.word[:1].islower() for c in kinds["bid"]):  # the verb, not a noun
        return False
    if not any(start <= m.start < end for m in view.money):
        return False
    takeovers = [d for d in discourse.drafts if d.type == "acquisition"]
    bidders = [m.name for m in mentions if m.slot == "subject" and m.label == "ORG" and m.name and not m.is_anaphor]
    return bool(takeovers and bidders) and not any(d.is_backed_by(bidders) for d in takeovers)


def spent_from(text: str, start: int, cue: CueMatch, rules: DealRules) -> bool:
    """A round or IPO the money spent in the clause comes from: "Mit dem Geld aus der Kapitalerhöhung",
    "Mit dem Emissionserlös"."""
    window = max(start, cue.start - 40)
    if rules.spent_from.search(text, window, cue.start):
        return True
    return (
        cue.text.casefold() in rules.proceeds_nouns
        and rules.spent_proceeds.search(text, window, cue.start) is not None
        and rules.proceeds_stated.match(text, cue.end) is None  # "Mit dem Emissionserlös von rund 400 Mio. Euro"
    )


def _type_cues(
    text: str,
    start: int,
    end: int,
    kinds: dict[str, list[CueMatch]],
    mentions: list[Mention],
    rules: DealRules,
    after_ipo: bool = False,
    bid_after_takeover: bool = False,
) -> dict[str, list[CueMatch]]:
    """The deal-type cues of a clause, by type, after the corrections words around them call for."""
    cues: dict[str, list[CueMatch]] = {t: list(kinds.get(t, [])) for t in TYPE_ORDER}
    for kind in ("funding_round", "ipo"):  # "Mit dem Geld aus der Kapitalerhöhung will X ... investieren"
        cues[kind] = [c for c in cues[kind] if not spent_from(text, start, c, rules)]
    # "Nach dem Börsengang wird X noch die Hälfte der Anteile halten": the IPO as a point in time
    cues["ipo"] = [
        c for c in cues["ipo"] if not (c.is_head and rules.ipo_time_point.search(text, max(start, c.start - 12), c.start))
    ]
    # one verb, the longer reading: "kauft sich bei X ein" buys into X, it does not buy X
    entries = {c.start for c in cues["investment"] if not c.is_head}
    cues["acquisition"] = [c for c in cues["acquisition"] if c.is_head or c.start not in entries]
    # "hat ihren Anteil an X auf 25 Prozent aufgestockt": a stake raised, not a round topped up
    raised = [c.start for c in cues["investment"] if not c.is_head and c.text.lower() in rules.stake_raised_nouns]
    if raised:
        cues["funding_round"] = [
            c for c in cues["funding_round"] if not (c.text.lower() in rules.stake_raised_verbs and raised[0] < c.start)
        ]
    if cues["investment"] and cues["other"] and not rules.joint_venture.search(text, start, end):
        # a joint venture without a name describes the company invested in: "beteiligen sich an der X GmbH,
        # dem bisherigen Gemeinschaftsunternehmen von Y und Z"
        ventures = rules.joint_venture_heads
        cues["other"] = [c for c in cues["other"] if c.text.lower() not in ventures]
    if (cues["investment"] or cues["acquisition"]) and _entry_by_capital_increase(text, start, cues, rules):
        cues["funding_round"] = []  # "beteiligt sich im Zuge einer Kapitalerhöhung mit 500 Mio. Euro an X"
    issue = kinds.get("ipo_weak", [])
    if issue and after_ipo and not any(cues.values()):
        cues["ipo"] = issue  # "Bei der Emission sollen 600 Mio. Euro zusammenkommen": the IPO stated before
    if not cues["acquisition"] and kinds.get("bid") and (
        rules.per_share.search(text, start, end)  # "ein Angebot von X über 33 Euro je Aktie": a takeover bid
        # "hatte sie ein Angebot des Konkurrenten X über 150 Mio. Euro ausgeschlagen": a named bidder's bid turned down
        or (kinds.get("rejected") and _bidder_named(text, kinds["bid"], mentions, rules))
        # "legt für den Softwareanbieter X ein Angebot über 2,1 Mrd. Euro vor": a bid (the noun) for a company
        or (
            any(c.word[:1].isupper() for c in kinds["bid"])
            and any(m.slot == "für" and m.label == "ORG" and not m.is_anaphor for m in mentions)
        )
        # "Damals hatte der Finanzinvestor X rund 450 Mio. Euro geboten": a named bidder, for the company on sale
        or bid_after_takeover
    ):
        cues["acquisition"] = kinds["bid"]
    merger = kinds.get("acquisition_merger", [])
    if merger and not cues["acquisition"] and _names_partners(text, mentions):
        cues["acquisition"] = merger  # "Lastwerk und Kaldor haben sich auf einen Zusammenschluss verständigt"
    price = kinds.get("acquisition_weak", [])
    if price and not any(cues.values()):
        cues["acquisition"] = price  # "Im Gespräch ist ein Preis von 150 Mio. Euro": the takeover stated before
    weak = kinds.get("funding_round_weak", [])
    if weak and not any(cues.values()) and any(m.label == "ORG" for m in mentions):
        cues["funding_round"] = weak  # "N26 erhielt frisches Kapital": a round, when nothing else is said
    if cues["ipo"] and not any(c.is_head for c in cues["funding_round"]):
        cues["funding_round"] = []  # "will beim Börsengang 400 Mio. Franken einsammeln": the IPO's proceeds
    if kinds.get("office"):  # "Den Vorsitz im Aufsichtsrat übernimmt X": an office, no company taken over
        cues["acquisition"] = [c for c in cues["acquisition"] if c.is_head]
    lead = kinds.get("lead", [])
    if lead:  # "übernahm die Federführung" is no takeover
        cues["acquisition"] = [c for c in cues["acquisition"] if not any(l.start <= c.start < l.end for l in lead)]
    stake = [
        c
        for c in cues["acquisition"]
        if not c.is_head
        and (
            rules.stake_words.search(text, max(start, c.start - _object_reach(text, c.end, end)), c.start)
            # "übernimmt X eine Minderheitsbeteiligung von 25 Prozent"
            or rules.stake_words.search(text, c.end, _object_end(text, c.end, end, rules))
            or stake_price(text, c.end, end, rules)
        )
        and not verb_buys_control(text, start, end, c, rules)
    ]
    if not stake and rules.secondary.search(text, start, end):
        stake = [c for c in cues["acquisition"] if not c.is_head]  # existing shares bought in a secondary sale
    if stake:  # "49 Prozent der Anteile übernehmen" buys a stake (60 Prozent buy control: a takeover)
        cues["acquisition"] = [c for c in cues["acquisition"] if c not in stake]
        cues["investment"] += stake
    return cues


def _entry_by_capital_increase(text: str, start: int, cues: dict[str, list[CueMatch]], rules: DealRules) -> bool:
    """Whether the clause's only round words are capital increases named as the means of an entry
    ("im Zuge einer Kapitalerhöhung", "über eine Kapitalerhöhung") and a verb states the entry.

    >>> text = "Mubadala beteiligt sich im Zuge einer Kapitalerhöhung an der Gruppe"
    >>> rules = deal_rules()
    >>> cues = {"funding_round": [CueMatch(38, 53, "Kapitalerhöhung", "Kapitalerhöhung", is_head=True)],
    ...         "investment": [CueMatch(9, 23, "beteiligt sich", "beteiligt sich")], "acquisition": []}
    >>> _entry_by_capital_increase(text, 0, cues, rules)
    True
    >>> _entry_by_capital_increase("Mubadala beteiligt sich an der Kapitalerhöhung", 0,
    ...     {"funding_round": [CueMatch(31, 46, "Kapitalerhöhung", "Kapitalerhöhung", is_head=True)],
    ...      "investment": cues["investment"], "acquisition": []}, rules)
    False
    """
    rounds = cues["funding_round"]
    return (
        bool(rounds)
        # "beteiligt sich", "übernimmt 19,9 Prozent ... im Zuge einer Kapitalerhöhung"
        and any(not c.is_head for c in cues["investment"] + cues["acquisition"])
        and all(
            c.is_head
            and c.text.lower() in rules.capital_increases
            and rules.capital_increase_means.search(text, max(start, c.word_start - 30), c.word_start) is not None
            for c in rounds
        )
    )


def _bidder_named(text: str, bids: list[CueMatch], mentions: list[Mention], rules: DealRules) -> bool:
    """Whether a company is named right after a bid noun ("ein Angebot des US-Konkurrenten Harlow Industries")."""
    for cue in bids:
        named = name_linked_after(text, cue.end, mentions, rules) if cue.word[:1].isupper() else None
        if named is not None and named.label == "ORG" and not named.is_anaphor:
            return True
    return False


def name_linked_after(text: str, end: int, mentions: Iterable[Mention], rules: DealRules) -> Mention | None:
    """The name a noun ending at ``end`` links to: "Übernahme von X", "Verkauf der Tochter X", "Angebot des
    Konkurrenten X" (rules/deals.yaml ``noun_links``), or a genitive right after it."""
    for mention in mentions:
        if end < mention.start <= end + 60 and usable(mention, True):
            gap = text[end : mention.start]
            if (mention.is_genitive and not gap.strip()) or rules.grammar.noun_link.fullmatch(gap):
                return mention
    return None


def _object_reach(text: str, verb_end: int, end: int) -> int:
    """How far before a verb of buying its object may start: further for a verb closing its clause
    ("hatte er einen Minderheitsanteil am spanischen Netzbetreiber Red Costera übernommen").

    >>> text = "hatte er einen Anteil an X übernommen. Dann"
    >>> _object_reach(text, 37, 37), _object_reach(text, 37, len(text))
    (80, 40)
    """
    return VERB_WINDOW * 2 if closes_clause(text, verb_end, end) else VERB_WINDOW


def closes_clause(text: str, verb_end: int, end: int) -> bool:
    """Whether nothing but punctuation follows a verb up to ``end``, or a conjunction joining the next clause:
    it closes its clause, its object before it.

    >>> closes_clause("will 49 Prozent an X übernehmen.", 31, 32), closes_clause("übernimmt 49 Prozent", 9, 20)
    (True, False)
    >>> text = "hat 15 Prozent an X erworben und sich eine Option gesichert"
    >>> closes_clause(text, 28, len(text))
    True
    """
    word = _WORD.search(text, verb_end, end)
    return word is None or (
        word.group().lower() in deal_rules().grammar.list_conjunctions and text[verb_end : word.start()].isspace()
    )


def _object_end(text: str, verb_end: int, end: int, rules: DealRules) -> int:
    """Where the object after a verb of buying ends: ``VERB_WINDOW`` on, not counting an apposition set off
    by commas ("erwirbt die L-Bank, die Förderbank des Landes, ein Paket von zehn Prozent") or a capital
    increase as the means ("übernimmt im Zuge einer Kapitalerhöhung 19,9 Prozent").

    >>> text = "erwirbt die L-Bank, die Förderbank des Landes Baden-Württemberg, ein Paket von zehn Prozent"
    >>> rules = deal_rules()
    >>> text[_object_end(text, 7, len(text), rules) - 22 :], _object_end("kauft X für 20 Mio. Euro", 5, 24, rules)
    ('Paket von zehn Prozent', 24)
    >>> text = "übernimmt im Zuge einer Kapitalerhöhung 19,9 Prozent an dem Unternehmen"
    >>> text[: _object_end(text, 9, len(text), rules)]
    'übernimmt im Zuge einer Kapitalerhöhung 19,9 Prozent an dem Unternehmen'
    """
    verb_end = object_start(text, verb_end, end, rules)
    window = min(end, verb_end + VERB_WINDOW)
    first = text.find(", ", verb_end, window)
    second = text.find(", ", first + 2, min(end, first + _APPOSITION)) if first != -1 else -1
    if second == -1:
        return window
    return min(end, second + 2 + VERB_WINDOW - (first - verb_end))


def object_start(text: str, verb_end: int, end: int, rules: DealRules) -> int:
    """Where the object after a verb of buying may start: past a capital increase named as the means
    ("übernimmt im Zuge einer Kapitalerhöhung 19,9 Prozent"), else right after the verb."""
    means = rules.capital_increase_adverbial.match(text, verb_end, end)
    return means.end() if means is not None else verb_end


# How long an apposition set off by commas may be.
_APPOSITION = 80


def _names_partners(text: str, mentions: list[Mention]) -> bool:
    """Whether the clause names two merger partners: one after "mit" or "auf" and another, or two joined by "und".

    >>> a, b = Mention(0, 8, "Lastwerk", "Lastwerk", "ORG"), Mention(38, 44, "Kaldor", "Kaldor", "ORG")
    >>> _names_partners("Lastwerk und der niederländische Rivale Kaldor", [a, b])
    True
    >>> text = "Lastwerk weist Brenner ab und setzt auf Kaldor"
    >>> _names_partners(text, [a, Mention(15, 22, "Brenner", "Brenner", "ORG"), Mention(40, 46, "Kaldor", "Kaldor", "ORG")])
    False
    """
    names = [m for m in mentions if m.label == "ORG" and not m.is_anaphor and not m.is_outlet]
    if len(names) > 1 and any(m.slot in ("mit", "auf") for m in names):
        # "Kornmayer will sich mit dem Rivalen Veldhoven zusammenschließen", "X soll auf Y verschmolzen werden"
        return True
    return any(
        b.start - a.end <= _PARTNER_GAP and _PARTNER_LINK.match(text, a.end, b.start) for a, b in zip(names, names[1:])
    )


def verb_buys_control(text: str, start: int, end: int, verb: CueMatch, rules: DealRules) -> bool:
    """Whether the words around a verb of buying (within the clause ``start``..``end``) buy control."""
    return buys_control(text, max(start, verb.start - VERB_WINDOW), min(end, verb.end + VERB_WINDOW), rules)


def buys_control(text: str, start: int, end: int, rules: DealRules) -> bool:
    """A stake of more than half ("60 Prozent seiner Tochter"), or all or most shares: control changes hands.

    >>> buys_control("verkauft 60 Prozent der Tochter", 0, 31, deal_rules()), buys_control("49,9 % an X", 0, 11, deal_rules())
    (True, False)
    >>> buys_control("übernimmt sämtliche Anteile an X", 0, 32, deal_rules())
    True
    """
    if rules.control.search(text, start, end):
        return True
    return any((size := stake_size(match)) is not None and size > 50 for match in rules.stake_percent.finditer(text, start, end))


def stake_size(match: re.Match[str]) -> float | None:
    """The percentage a match of ``stake_percent`` states in figures ("49,9 %" -> 49.9), None for words ("fünf Prozent").

    >>> stake_size(deal_rules().stake_percent.search("hält 49,9 % an X")), stake_size(deal_rules().stake_percent.search("fünf Prozent"))
    (49.9, None)
    """
    number = _FIGURE.match(match.group())
    return float(number.group().replace(",", ".")) if number is not None else None


_WORD = re.compile(r"\w+")
_FIGURE = re.compile(r"\d{1,3}(?:,\d{1,2})?")


def stake_price(text: str, start: int, end: int, rules: DealRules) -> bool:
    """ "zahlte 45 Mio. Franken für eine Minderheitsbeteiligung": stake words right after the price's link."""
    link = rules.stake_price.search(text, start, min(end, start + 80))
    return link is not None and rules.stake_words.search(text, link.end(), min(end, link.end() + 40)) is not None


def _classify_amounts(scope: Scope) -> tuple[list[MoneyMention], list[MoneyMention]]:
    """Split the clause's amounts into deal amounts and valuations; drop the rest."""
    view, rules = scope.view, scope.rules
    deals: list[MoneyMention] = []
    valuations: list[MoneyMention] = []
    in_clause = scope.money
    # a payment without a deal's word may pay for a takeover stated before (deal_builders._price_paid), money
    # received its seller's price (deal_builders._price_received), money put in a venture's (venture_contribution)
    has_type_cue = (
        scope.deal_type() is not None
        or bool(scope.find("payment"))
        or bool(scope.find("price_received"))
        or bool(scope.find("venture_contribution"))
    )
    for i, amount in enumerate(in_clause):
        if _holding_worth(scope, amount):
            continue  # "Das Paket von X ist ... mehr als 170 Millionen Euro wert"
        if i > 0 and converts(scope, in_clause[i - 1], amount):
            continue  # "bewertet X mit rund 612 Mio. Euro, umgerechnet sind das gut 515 Mio. Pfund": no worth of its own
        if is_valuation(scope, amount, in_clause) or (
            amount.role == "valuation"
            and _speaks_of_worth(view, rules, amount)
            # with a deal named, another amount tied to the worth leaves this one the deal's: "eine Series B über
            # 60 Mio. Dollar, bei der X mit 300 Mio. Dollar bewertet wurde"
            and not (has_type_cue and _another_is_worth(view, rules, amount))
        ):
            valuations.append(amount)
            continue
        if not has_type_cue or (amount.role in NOT_DEAL_ROLES and not _ipo_proceeds(scope, amount)):
            continue
        if rules.per_share.match(view.text, amount.end, scope.end):
            continue  # "41 Euro je Aktie": a price per share, never the deal's total
        if share_price_sized(amount) and (
            rules.per_share.search(view.text, view.start, view.end)
            or rules.each_before.search(view.text, max(view.start, amount.start - 30), amount.start)
            or raises_bid(scope)  # "Anfang Februar legte X auf 29,40 Euro nach"
        ):
            continue  # "zunächst 31 Euro je Aktie geboten und das Angebot auf 33,50 Euro erhöht", "Aktien zu je 8,20 Euro"
        if not amount.money.has_figure:
            if not scope.find("vague_amount"):
                continue  # "Hunderte Milliarden Dollar" only with a deal noun: "seinen Compute-Deal um ..."
        deals.append(amount)
    return deals, valuations


def raises_bid(scope: Scope) -> bool:
    """Whether the clause raises a bid by its verb (rules/deals.yaml bid_raises, the bid cues' phrases): an amount the
    size of a share price is then the new price per share ("Anfang Februar legte X auf 29,40 Euro nach")."""
    return any(not c.is_head for c in scope.find("bid"))


def quotes_per_share(scope: Scope) -> bool:
    """Whether the clause's sentence or the one before it quotes a price per share ("bietet den Aktionären nun
    42,50 Euro je Aktie"): an amount the size of a share price is then one of them."""
    index, bounds, per_share = scope.view.index, scope.discourse.bounds, scope.rules.per_share
    if per_share.search(scope.text, scope.view.start, scope.view.end):
        return True
    return 0 < index <= len(bounds) and per_share.search(scope.text, *bounds[index - 1]) is not None


def _holding_worth(scope: Scope, amount: MoneyMention) -> bool:
    """ "Das Paket von X ist ... 170 Millionen Euro wert": a stake named before an amount said to be worth it."""
    rules = scope.rules
    return (
        rules.valuation_after.match(scope.text, amount.end, scope.end) is not None
        and rules.stake_worth.search(scope.text, scope.start, amount.start) is not None
    )


def converts(scope: Scope, before: MoneyMention, amount: MoneyMention) -> bool:
    """Whether ``amount`` restates the amount ``before`` it in another currency or rounded: "(rund 5 Mio. Euro)",
    ", umgerechnet etwa ...", "620 Millionen Zloty, rund 145 Millionen Euro", "…, das wären knapp 500 Mio. Euro"."""
    rules, text = scope.rules, scope.text
    if _is_conversion(rules, text[before.end : amount.start]):
        return True
    if before.money.currency == amount.money.currency:
        return False
    if rules.grammar.restating_lead.search(text, before.end, amount.start):
        return True  # "…, das wären knapp 500 Millionen Euro"
    comma = rules.grammar.conversion_comma.fullmatch(text, before.end, amount.start)
    # the approximation may be part of the amount's text: "rund 145 Millionen Euro"
    return comma is not None and (comma.group("word") is not None or amount.money.qualifier == "approx")


def _is_conversion(rules: DealRules, gap: str) -> bool:
    """Whether the text between two amounts makes the second a conversion of the first.

    >>> from pipeline.deal_rules import deal_rules
    >>> [_is_conversion(deal_rules(), gap) for gap in (" (rund ", " eingesammelt, umgerechnet etwa ", " und ")]
    [True, True, False]
    """
    grammar = rules.grammar
    return grammar.conversion_gap.fullmatch(gap) is not None or grammar.conversion_lead.search(gap) is not None


# Below this many units of a currency, an amount in a sentence quoting prices per share is one of them.
_SHARE_PRICE_LIMIT = 10_000


def share_price_sized(amount: MoneyMention) -> bool:
    """An amount the size of a share price ("33,50 Euro", "zwischen 24 und 29 Euro"), not of a deal
    ("2,35 Mrd. Euro")."""
    size = amount.money.size
    return size is not None and size < _SHARE_PRICE_LIMIT


def _ipo_proceeds(scope: Scope, amount: MoneyMention) -> bool:
    """An amount the money layer read as revenue that is what an IPO brings in ("Der Emissionserlös ...")."""
    return amount.role == "revenue" and bool(scope.cues["ipo"]) and bool(scope.find("ipo_proceeds"))


def _speaks_of_worth(view: SentenceView, rules: DealRules, amount: MoneyMention) -> bool:
    """Whether the sentence speaks of worth (so the money layer's "valuation" role of ``amount`` may be trusted).

    Not when the worth is said past a semicolon of an amount of its own: "Bei der Emission sollen 600 Mio. Euro
    zusammenkommen; X strebt eine Bewertung von 3 Mrd. Euro an" values the company at the second amount only.
    """
    start = view.text.rfind(";", view.start, amount.start) + 1 or view.start
    end = view.text.find(";", amount.end, view.end)
    end = view.end if end < 0 else end
    if view.cues_of("valuation_before", start, end) or rules.grammar.worth.search(view.text, start, end):
        return True
    if not (view.cues_of("valuation_before") or rules.grammar.worth.search(view.text, view.start, view.end)):
        return False
    return not any(m is not amount and not start <= m.start < end for m in view.money)


def _another_is_worth(view: SentenceView, rules: DealRules, amount: MoneyMention) -> bool:
    return any(m is not amount and _tied_to_worth(view, rules, m, view.start, view.end, view.money) for m in view.money)


def _tied_to_worth(
    view: SentenceView, rules: DealRules, amount: MoneyMention, start: int, end: int, others: list[MoneyMention]
) -> bool:
    """A cue of worth right before ``amount`` (no other amount between) or right after it, within [start, end);
    or a verb of appraising before it, the amount after "auf" ("taxieren die Geldgeber X auf rund 410 Mio. Euro")."""
    text = view.text
    for cue in view.cues_of("valuation_before", max(start, amount.start - 80), amount.start):
        gap = text[cue.end : amount.start]
        near = (
            len(gap.split()) <= _VALUATION_GAP_WORDS
            # "bewertet die Runde X vor dem Einstieg der neuen Geldgeber mit rund 120 Mio. Euro"
            or (cue.text.lower() in rules.valuation_verbs and rules.valuation_verb_gap.search(gap) is not None)
            # "Den Eigenkapitalwert beziffern mit der Transaktion vertraute Personen auf rund 900 Mio. Euro"
            or (rules.valuation_stating_gap.search(gap) is not None and rules.valuation_stating.search(gap) is not None)
        )
        if near and not re.search(r"[;:]", gap):
            if not any(cue.end <= o.start < amount.start for o in others):
                return True
    if _verb_before(text, rules.valuation_verb_only, rules.valuation_verb_gap, amount, start, others):
        return True  # "bewerten sie X mit 1,85 Mrd. Euro"
    if amount.role not in NOT_DEAL_ROLES and _verb_before(
        text, rules.valuation_appraising, rules.valuation_stating_gap, amount, start, others, rules.appraised_price
    ):
        return True  # "taxieren die Geldgeber X nun auf rund 410 Mio. Euro" (not "taxieren den Kaufpreis auf ...")
    return rules.valuation_after.match(text, amount.end, end) is not None


def _verb_before(
    text: str, verbs: re.Pattern[str], gap_end: re.Pattern[str], amount: MoneyMention, start: int, others: list[MoneyMention],
    unless: re.Pattern[str] | None = None,
) -> bool:  # fmt: skip
    """One of ``verbs`` before ``amount`` in its clause (no comma, no other amount between), the words between
    ending as ``gap_end`` says ("mit rund ", "auf rund ") and holding nothing ``unless`` finds."""
    for verb in verbs.finditer(text, max(start, amount.start - 80), amount.start):
        gap = text[verb.end() : amount.start]
        if gap_end.search(gap) and not re.search(r"[;:,]", gap) and not (unless and unless.search(gap)):
            if not any(verb.end() <= o.start < amount.start for o in others):
                return True
    return False


def _worth_by_pronoun(scope: Scope, amount: MoneyMention, others: list[MoneyMention]) -> bool:
    """ "Zur Bewertung äußerte sich X nicht. ... liegt sie nach der Runde bei rund 720 Mio. Euro": a pronoun of
    the clause standing for the noun of worth of the sentence before, its amount after "bei" or "auf"."""
    text, rules, index, bounds = scope.text, scope.rules, scope.view.index, scope.discourse.bounds
    if not 0 < index <= len(bounds) or amount.role in NOT_DEAL_ROLES:
        return False  # "liegt sie beim Umsatz bei rund 48 Mio. Euro": an amount of its own noun
    for match in rules.valuation_pronoun.finditer(text, scope.start, amount.start):
        gap = text[match.end() : amount.start]
        if "," in gap or any(match.end() <= o.start < amount.start for o in others):
            continue
        pronoun = (match.group("before") or match.group("after")).lower()
        if rules.valuation_pronoun_gap.search(gap) and rules.valuation_pronoun_nouns[pronoun].search(text, *bounds[index - 1]):
            return True
    return False


def is_valuation(scope: Scope, amount: MoneyMention, others: list[MoneyMention]) -> bool:
    """ "Bewertung von/auf X", "mit X bewertet", "X wert", "auf X geschätzt" (said of a company's worth)."""
    text, rules = scope.text, scope.rules
    if _tied_to_worth(scope.view, rules, amount, scope.start, scope.end, others):
        return True
    if _worth_by_pronoun(scope, amount, others):
        return True
    return bool(
        rules.valuation_estimated.match(text, amount.end, scope.end) and scope.find("valuation_estimated_context")
    )


__all__ = ["SentenceView", "Scope", "analyze_sentence", "context_mentions", "usable", "Discourse", "deal_rules"]
