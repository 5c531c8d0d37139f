"""What an article has said so far: the deals found, the names mentioned, who founded what.

Deals are first collected as :class:`Draft` objects, one per statement; an article often
states one deal several times (headline, lead, body), so :func:`merge_drafts` folds the
repeats into one deal. :class:`Discourse` resolves company references ("das Start-up",
"der Claude-Entwickler", "Sutskevers Unternehmen") against the sentences before:

1. a person's company ("Sutskevers Unternehmen") is the company the article says that
   person founded or leads;
2. a trade noun the article introduced a company with ("der Stuttgarter Autozulieferer
   Kessler & Rauh" ... "der Zulieferer", "die Tochter HFT" ... "die Tochter") is that company,
   the latest so introduced;
3. otherwise (and first for nouns any company is called by: "der Konzern") the nearest
   earlier sentence (the current one first) that names a company not already named in
   the reference's own clause gives the candidates; with one
   candidate that is the referent, with several the one that played the same part
   (target, investor) in the latest deal, else the first named as a subject; a generic noun
   no sentence within reach answers is the company last introduced with it.

The people of a place ("die Darmstädter", "die Schweden") are the company last placed there
(pipeline/deal_places.py); if the article placed none there, they are resolved like "der Konzern".
So is a reference naming a country ("der US-Konzern", "der schwedische Rivale") first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from pipeline.deal_mentions import Mention, is_deciding_body, is_investor_name, titles_company
from pipeline.deal_rules import DealRules, deal_rules
from pipeline.deal_status import most_hedged
from pipeline.facts import DateMention, MoneyMention, PartyMention
from pipeline.gazetteer import load_party_patterns

ROLE_RANK = {"investor": 0, "seller": 1, "bidder": 2, "acquirer": 2, "lead_investor": 3}
INVESTOR_ROLES = frozenset({"investor", "lead_investor", "acquirer", "bidder"})
# How far back (in sentences) a reference or an implicit target may reach.
ANAPHOR_REACH = 3
TARGET_REACH = 8


@dataclass(eq=False)
class Draft:
    """One statement of a deal, before repeats are merged."""

    type: str
    target: str | None
    status: str
    sentence: int
    evidence_start: int
    evidence_end: int
    amount: MoneyMention | None = None
    parties: dict[str, str] = field(default_factory=dict)  # canonical name -> role
    round: str | None = None
    announced: DateMention | None = None
    attribution: str | None = None
    statuses: list[str] = field(default_factory=list)
    merged_into: Draft | None = None
    continues: Draft | None = None  # the statement of the deal this one adds to ("Der Kaufpreis liegt bei ...")
    # a stake stated as held ("der 18 Prozent der Anteile hält"), or a deal told in the pluperfect ("hatte X
    # übernommen"): no closing lies ahead
    held: bool = False
    told_before: bool = False  # told in the pluperfect ("hatte ... vorbereitet"), whatever its status
    # the whole price of a deal stated before ("Insgesamt beläuft sich der Kaufpreis auf ..."): that deal's
    # smaller prices are its parts (merge_drafts)
    is_total: bool = False
    is_licence: bool = False  # rights granted for payments (pipeline/deal_licences.py)
    # bought by a group whose members are named one by one ("Angeführt wird das Konsortium von X")
    by_group: bool = False
    first: tuple[int, str] | None = None  # the sentence and status of its earliest report, once others are folded in

    @property
    def sells_own_unit(self) -> bool:
        """Whether the deal sells a unit it does not name, its target being its seller ("X verkauft seine Sparte")."""
        return bool(self.target) and self.parties.get(self.target) == "seller"

    @property
    def is_background(self) -> bool:
        """Whether the deal is told as done long ago: a stake held or a deal completed in the pluperfect (``held``),
        or one completed in a year named ("2021 übernahm das Unternehmen den Kältetechniker X")."""
        dated_to_a_year = self.announced is not None and self.announced.temporal.granularity == "year"
        return self.held or (dated_to_a_year and self.status == "completed")

    @property
    def first_report(self) -> tuple[int, str]:
        """The sentence and status of the deal's earliest report (its own, until others are folded in)."""
        return self.first or (self.sentence, most_hedged(self.statuses))

    @property
    def opening(self) -> str:
        """The status of the deal's earliest report."""
        return self.first_report[1]

    def add_party(self, name: str | None, role: str) -> None:
        if not name or same_name(name, self.target):
            return
        current = self.parties.get(name)
        if current is None or ROLE_RANK[role] > ROLE_RANK[current]:
            self.parties[name] = role

    def hold(self) -> None:
        """State the stake as held: it exists (completed), no closing lies ahead."""
        self.status, self.statuses, self.held = "completed", ["completed"], True

    @property
    def investors(self) -> set[str]:
        return {name for name, role in self.parties.items() if role in INVESTOR_ROLES}

    def is_backed_by(self, names: Iterable[str]) -> bool:
        """Whether one of ``names`` is among its investors, buyers or bidders."""
        investors = self.investors
        return any(same_name(name, investor) for name in names for investor in investors)

    def root(self) -> Draft:
        draft = self
        while draft.merged_into is not None:
            draft = draft.merged_into
        return draft


def names_only_its_own(draft: Draft, names: Iterable[str], rules: DealRules) -> bool:
    """Whether every company in ``names`` is ``draft``'s target or one of its parties, or a body deciding on it:
    a refusal naming another company speaks of another bid."""
    own = [draft.target, *draft.parties]
    return all(any(same_name(name, o) for o in own) or is_deciding_body(name, rules) for name in names)


@dataclass(eq=False)
class ValuationDraft:
    company: str | None
    amount: MoneyMention
    own_status: str | None
    kind: str
    sentence: int
    evidence_start: int
    evidence_end: int
    deal: Draft | None = None
    announced: DateMention | None = None


class DeferredMentions:
    """The names of a sentence that states nothing, found when a reference first looks back at them:
    most such sentences are never looked at again. ``find`` depends on nothing that changes later.

    >>> names = DeferredMentions(lambda: [Mention(0, 5, "Lumo", "Lumo", "ORG")])
    >>> [m.name for m in names], [m.name for m in names]
    (['Lumo'], ['Lumo'])
    """

    def __init__(self, find: Callable[[], list[Mention]]) -> None:
        self._find: Callable[[], list[Mention]] | None = find
        self._mentions: list[Mention] = []

    def __iter__(self) -> Iterator[Mention]:
        if self._find is not None:
            self._mentions, self._find = self._find(), None
        return iter(self._mentions)


def same_name(a: str | None, b: str | None) -> bool:
    """Names equal up to case, or one a whole-word part of the other ("Lightspeed", "Lightspeed Venture Partners"),
    but for a family's holding, which is not the company of its first word ("Sollbach Familienholding"), and for
    a family, which is not the company of its name ("Familie Wiedmaier").

    >>> same_name("OpenAI", "openai"), same_name("Google", "Alphabet"), same_name("TSMC", "TSMC Arizona")
    (True, False, True)
    >>> same_name("Sollbach", "Sollbach Familienholding"), same_name("Sollbach Familienholding", "sollbach familienholding")
    (False, True)
    >>> same_name("Wiedmaier", "Familie Wiedmaier"), same_name("Gründerfamilie Wiedmaier", "Gründerfamilie Wiedmaier")
    (False, True)
    """
    if not a or not b:
        return False
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long = sorted((wa, wb), key=len)
    if len(short) < len(long) and (
        (long[-1] in _HOLDING_WORDS and short[-1] != long[-1]) or (long[0].endswith(_FAMILY_HEADS) and short[0] != long[0])
    ):
        return False
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


# Holdings named as one word ("Vellmar Familienholding"): their first word names the family's company, not them.
_HOLDING_WORDS = frozenset(w.casefold() for w in load_party_patterns()["holding_suffixes"])
# A family named by its noun ("Familie Wiedmaier", "Gründerfamilie Kemnitz"): not the company of its name.
_FAMILY_HEADS = tuple(w.casefold() for w in load_party_patterns()["family_heads"])


# the word right before a name: the noun it was introduced with ("Autozulieferer Kessler & Rauh")
_WORD_BEFORE = re.compile(r"([\w-]{3,40})\s{1,3}$")


def head_stem(word: str) -> str:
    """A noun without its case or plural ending, for matching a reference to an introduction.

    >>> [head_stem(w) for w in ("Zulieferers", "Kabelbaum-Spezialisten", "Unternehmens", "Unternehmen", "Riese", "Bank")]
    ['zulieferer', 'kabelbaum-spezialist', 'unternehm', 'unternehm', 'ries', 'bank']
    """
    word = word.lower()
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for ending in ("en", "n", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=8)
def _stems(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The head stems of ``nouns``, worked out once per list."""
    return tuple(head_stem(noun) for noun in nouns)


class Discourse:
    """The article so far: names per sentence, drafts in order, founders and leaders of companies.

    ``text`` and ``parties`` (the article's names) let a reference find the company the article
    introduced with the same noun.
    """

    def __init__(
        self, text: str = "", parties: Sequence[PartyMention] = (), bounds: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self.parties = parties
        self.bounds = bounds  # (start, end) of each sentence
        self._introductions: list[tuple[int, str, str]] | None = None  # (start, noun stem, company), in order
        self.sentences: list[Iterable[Mention]] = []  # the names of each sentence, or DeferredMentions
        self.drafts: list[Draft] = []
        self.spent: list[tuple[int, str]] = []  # (sentence, spender) of money told as spent, no deal
        self.founders: dict[str, str] = {}  # last name (case-folded) -> company
        self.last_round: Draft | None = None  # the round stated or referred to last ...
        self.last_round_sentence = -1  # ... and where
        self.ipo_sentences: list[int] = []  # the sentences with a word of an IPO (deal_builders.recent_ipos)
        # the sentence and company of the roundup entry read last; None as company after the entry's end
        self.entry: tuple[int, str | None] | None = None
        self.entry_offset = 0  # where in the text that entry begins
        # the organizations' names: two of them are two companies, even when one is part of the other
        self.names = frozenset(p.canonical for p in parties if p.label == "ORG")

    def enter(self, sentence: int, company: str | None, offset: int = 0) -> None:
        """An entry of a roundup opens at ``offset`` ("Quantiva (Zürich): Das ETH-Spin-off ..."), or ends
        (``company`` None): until the next one, the deals without a company named are its company's (none
        after its end), not those of the entries before."""
        self.entry = (sentence, company)
        self.entry_offset = offset

    @property
    def entry_start(self) -> int:
        """The first sentence of the roundup entry read last (0 outside any): deals before it are another entry's."""
        return self.entry[0] if self.entry is not None else 0

    def add(self, draft: Draft) -> None:
        if draft.type in ("acquisition", "investment") and draft.amount is None and self._share_of_venture(draft):
            return  # "Dornhagen übernimmt 51 Prozent an Elbsilicon": a partner's share of the venture just founded
        self.drafts.append(draft)
        if draft.type == "funding_round":
            self.refer_to_round(draft, draft.sentence)

    def _share_of_venture(self, draft: Draft) -> bool:
        """A stake without an amount in a venture or programme stated before, taken by its partners."""
        buyers = draft.investors
        return bool(buyers) and any(
            d.type == "other"
            and same_name(d.target, draft.target)
            and all(any(same_name(b, p) for p in d.parties) for b in buyers)
            for d in self.drafts
        )

    def refer_to_round(self, draft: Draft, sentence: int) -> None:
        self.last_round, self.last_round_sentence = draft, sentence

    def learn_founders(self, mentions: list[Mention]) -> None:
        """Pair persons and companies of a sentence about founding or leading, in order:
        "die von A und B gegründeten Start-ups X und Y" gives A -> X, B -> Y."""
        persons = [m.name for m in mentions if m.label == "PER" and m.name]
        companies = [m.name for m in mentions if m.label == "ORG" and m.name and not m.is_modifier and not m.is_outlet]
        persons, companies = list(dict.fromkeys(persons)), list(dict.fromkeys(companies))
        if persons and len(persons) == len(companies):
            for person, company in zip(persons, companies):
                self.founders[person.split()[-1].casefold()] = company

    def resolve(self, mention: Mention, role: str, sentence: int, exclude: set[str]) -> str | None:
        """The company a reference stands for, or None (see the module docstring)."""
        if mention.owner is not None:
            return self.founders.get(mention.owner.casefold())
        rules = deal_rules()
        if mention.is_pronoun:
            return self._pronoun_referent(mention, role, sentence, exclude, rules)
        people = mention.demonym or rules.demonyms.place_in(mention.text)  # "die Schweden", "der US-Konzern"
        if people is not None:
            placed = rules.demonyms.placed(people, self.text, self.parties, mention.start)
            for name in reversed(placed):
                if _may_stand_for(name, role, exclude, rules):  # "dem Stuttgarter Hersteller" is no fund
                    return name
        words = mention.text.split()
        # "" stands for "the company spoken of last" (deal_builders._article_company): generic too, as are
        # the people of a place the article placed no company in ("Die Kanemori Holdings aus Osaka ... Die Japaner")
        generic = not words or words[-1].lower() in rules.generic_heads or mention.demonym is not None
        if not generic and (introduced := self.introduced(mention, role, exclude, rules)) is not None:
            return introduced
        latest = self.drafts[-1] if self.drafts else None
        # "die Gruppe" after "verkauft seine Tochter X an Y": the seller, not the unit it sells
        sold = self.sellers() if words and words[-1].lower().endswith(rules.parent_heads) else {}
        # back to the start of the roundup entry read now at most: an entry speaks of its own companies
        for index in range(sentence, max(-1, sentence - ANAPHOR_REACH - 1, self.entry_start - 1), -1):
            names: list[str] = []
            subjects: list[str] = []
            # a target is no buyer of a deal stated there: "Die L-Bank erwirbt zehn Prozent ... Der Preis
            # entspricht einer Bewertung des gesamten Unternehmens von ..."
            buyers = {n for d in self._stated_in(index) for n in d.investors} if role == "target" else set()
            if self.entry is not None and self.entry[1] in buyers:
                # but a roundup entry's company is what its entry speaks of: "Kojenfunk: ... Kojenfunk zahlt rund
                # 95 Mio. Pfund. Das Unternehmen gehört mehrheitlich dem Finanzinvestor X."
                buyers.discard(self.entry[1])
            for other in self.sentences[index] if index < len(self.sentences) else []:
                if index == sentence and other.start >= mention.start:
                    continue
                name = sold.get(other.name, other.name) if other.name else None
                if (
                    not name
                    or other.label != "ORG"
                    # "Calora-Chef X sagte ...": the company of its people, not of any compound ("Nvidia-Konkurrent")
                    or (other.is_modifier and not titles_company(other, self.text, rules))
                    or other.is_outlet
                    or other.is_example
                    or not _may_stand_for(name, role, exclude, rules)
                    or name in buyers
                ):
                    continue
                if name not in names:
                    names.append(name)
                if other.slot == "subject":
                    subjects.append(name)
            if len(names) == 1:
                return names[0]
            if names:
                if latest is not None:
                    for name in names:
                        if role == "target" and same_name(name, latest.target):
                            return name
                        if role == "investor" and any(same_name(name, i) for i in latest.investors):
                            return name
                return subjects[0] if subjects else names[0]
        if not generic:
            return None
        # no company within reach: the one introduced with the noun, else the one the article speaks of most
        # ("In den nächsten fünf Jahren will das Unternehmen ...", after sentences of figures and regulators)
        return self.introduced(mention, role, exclude, rules) or (
            self.central_company(mention.start, exclude, rules) if words else None
        )

    def _pronoun_referent(
        self, mention: Mention, role: str, sentence: int, exclude: set[str], rules: DealRules
    ) -> str | None:
        """The company a subject pronoun stands for: the nearest company before it as a subject in its
        sentence, else the first one in the sentences before; else the buyer of the deal stated last
        ("Für die Schaffhauser ist es die größte Akquisition. Vor drei Jahren hatten sie ... erworben"). A
        pronoun opening its sentence stands for the last such company of the sentence before ("Rückendeckung
        erhält X von seinem Anteilseigner: Die Holding Y hält 18,6 Prozent. Sie hat sich verpflichtet ...")."""
        opening = sentence < len(self.bounds) and not self.text[self.bounds[sentence][0] : mention.start].strip()
        # "Der Fonds kennt X gut: Er hatte ... geboten": the subject the sentence opened with
        after_colon = self.text[max(0, mention.start - 4) : mention.start].rstrip().endswith(":")
        for index in range(sentence, max(-1, sentence - ANAPHOR_REACH - 1), -1):
            nearest: str | None = None
            for other in self.sentences[index] if index < len(self.sentences) else []:
                if index == sentence and other.start >= mention.start:
                    break
                if (
                    other.slot != "subject"
                    or other.label != "ORG"
                    or other.is_pronoun
                    or other.is_modifier
                    or other.is_genitive
                    or other.is_outlet
                    or other.is_example
                ):
                    continue
                name = other.name
                if name is None and other.is_anaphor:
                    name = other.name = self.resolve(other, role, index, exclude)
                if name and not any(same_name(name, e) for e in exclude):
                    if (index != sentence and not opening) or (index == sentence and after_colon):
                        return name  # the first subject of an earlier sentence, or of this one before a colon
                    nearest = name
            if nearest is not None:
                return nearest
        for draft in reversed(self.drafts):
            if draft.held:
                continue  # a stake that exists has a holder, no buyer: "Die übrigen 20 Prozent bleiben bei der Familie X"
            buyer = next(
                (n for n, r in draft.parties.items() if r in INVESTOR_ROLES and not any(same_name(n, e) for e in exclude)),
                None,
            )
            if buyer is not None:
                return buyer
        return self.central_company(mention.start, exclude, rules)

    def _stated_in(self, sentence: int) -> Iterator[Draft]:
        """The drafts of one sentence."""
        for draft in reversed(self.drafts):
            if draft.sentence < sentence:
                return
            if draft.sentence == sentence:
                yield draft

    def sellers(self) -> dict[str, str]:
        """The companies the article has spoken of selling, each with its seller.

        >>> article = Discourse()
        >>> article.add(Draft("acquisition", "Nordwind Radio", "planned", 0, 0, 60, parties={"Nordwind Media": "seller"}))
        >>> article.sellers()
        {'Nordwind Radio': 'Nordwind Media'}
        """
        out: dict[str, str] = {}
        for draft in self.drafts:
            seller = next((name for name, role in draft.parties.items() if role == "seller"), None)
            if draft.target and seller and not same_name(draft.target, seller):
                out[draft.target] = seller
        return out

    def introduced(self, mention: Mention, role: str, exclude: set[str], rules: DealRules) -> str | None:
        """The company last introduced before ``mention`` with the noun it ends in.

        >>> text = "Der Autozulieferer Kessler & Rauh und die Firma Lumo wachsen. Der Zulieferer kauft zu."
        >>> parties = [PartyMention(19, 33, "Kessler & Rauh", "ORG", "Kessler & Rauh", "pattern"),
        ...            PartyMention(48, 52, "Lumo", "ORG", "Lumo", "pattern")]
        >>> reference = Mention(62, 76, "Der Zulieferer", None, "ORG", is_anaphor=True)
        >>> Discourse(text, parties).introduced(reference, "acquirer", set(), deal_rules())
        'Kessler & Rauh'
        """
        if self._introductions is None:
            self._introductions = []
            for party in self.parties:
                before = _WORD_BEFORE.search(self.text, max(0, party.start - 50), party.start)
                if party.label == "ORG" and before is not None and before.group(1)[:1].isupper():
                    self._introductions.append((party.start, head_stem(before.group(1)), party.canonical))
        words = mention.text.split()
        if not words:
            return None
        head = head_stem(words[-1])
        units = _stems(rules.unit_heads)
        # "die Sparte" after "seine Wasserstofftochter Hydrion": a unit's noun stands for the others
        heads = units if head in units else (head,)
        for start, noun, name in reversed(self._introductions):
            if start < self.entry_offset:
                break  # a roundup's entry speaks of its own companies
            if start < mention.start and noun.endswith(heads) and _may_stand_for(name, role, exclude, rules):
                return name
        return None

    def closing_ahead(
        self, sentence: int, reach: int, names_deal: bool = False, takeover: bool = False, names: Sequence[str] = ()
    ) -> None:
        """A remark that the closing lies ahead ("Die Transaktion soll ... abgeschlossen werden") makes
        the deal stated just before planned: the latest (not rejected) with an amount of the last ``reach``
        sentences (else the latest), with its repeats (same type, target and parties, no other amount).
        A remark naming the deal (``names_deal``: "Die Transaktion muss ... freigegeben werden") with none
        within reach speaks of the article's main deal: the first takeover or stake stated with an amount, else the first.
        A remark naming a party of a deal (``names``: "Der Einstieg von Mubadala wird voraussichtlich ... vollzogen")
        speaks of that party's deal, however far back.
        A remark naming a takeover (``takeover``: "Die Übernahme soll ... abgeschlossen sein") speaks of takeovers only.

        >>> article = Discourse()
        >>> article.add(Draft("acquisition", "Kolorit", "completed", 0, 0, 60, statuses=["completed"]))
        >>> article.closing_ahead(1, reach=2)
        >>> most_hedged(article.drafts[0].statuses)
        'planned'
        >>> article = Discourse()
        >>> article.add(Draft("acquisition", "Kolorit", "completed", 0, 0, 60, statuses=["completed"]))
        >>> article.closing_ahead(9, reach=2), most_hedged(article.drafts[0].statuses)
        (None, 'completed')
        >>> article.closing_ahead(9, reach=2, names_deal=True), most_hedged(article.drafts[0].statuses)
        (None, 'planned')
        """
        # a bid turned down, a stake held, or a deal told in the pluperfect ("den X 2019 für 6 Mio. Franken gekauft
        # hatte") has no closing ahead
        open_deals = [
            d
            for d in self.drafts
            if d.sentence < sentence
            and "rejected" not in d.statuses
            and not d.held
            and not d.told_before
            and (not takeover or d.type == "acquisition")
        ]
        recent = [d for d in open_deals if sentence - d.sentence <= reach]
        if not recent:
            # background told in between ("Tovik erwirbt den Anteil, den X 2019 für 6 Mio. Franken gekauft hatte"):
            # the deal stated before it
            told = [d.sentence for d in self.drafts if d.told_before and 0 < sentence - d.sentence <= reach]
            recent = [d for d in open_deals if told and 0 <= min(told) - d.sentence <= reach]
        if not recent and self.entry is not None and self.entry[1] is not None:
            # a roundup's entry tells of its deal to the end: "Maplecrest: Die EU-Kommission hat ... die Übernahme
            # ... genehmigt. [three sentences] Der Abschluss wird Anfang Februar erwartet."
            recent = [d for d in open_deals if d.sentence >= self.entry_start]
        if names and names_deal:
            named = [
                d for d in open_deals if any(same_name(n, d.target) or any(same_name(n, p) for p in d.parties) for n in names)
            ]
            # a takeover or a stake has a closing; a round, an IPO, a bond or a programme named by the same
            # party has none ("Die Transaktion steht unter dem Vorbehalt ..." after a bond of the buyer)
            closable = [d for d in named if d.type in ("acquisition", "investment")]
            recent = (
                [d for d in recent if d in closable] or closable or [d for d in recent if d in named] or named or recent
            )
        if not recent and names_deal:
            # a takeover or stake: rounds and IPOs have no closing to wait for
            # ("Sennwald und Rabenau fusionieren" in the headline, then "übernimmt ... für 1,45 Mrd. Euro"): the
            # first with an amount, whose repeats without one follow
            mains = [d for d in self.drafts if d.type in (("acquisition",) if takeover else ("acquisition", "investment"))]
            main = next((d for d in mains if d.amount is not None), mains[0] if mains else None)
            recent = [main] if main is not None and "rejected" not in main.statuses else []
        if not recent:
            return
        # a toehold of a bidder stated after its bid ("Aubrelle selbst hält 9,8 Prozent an Wellhöfer"): the remark
        # speaks of the takeover
        if all(d.type == "investment" and d.amount is None and d.investors for d in recent):
            bids = [d for d in open_deals if d.type == "acquisition" and d.amount is not None]
            bid = next((b for b in reversed(bids) if all(_toehold_of(d, b) for d in recent)), None)
            recent = [bid] if bid is not None else recent
        # an agreed takeover, not a rival's bid stated after it, has its closing ahead ("X übernimmt Y ... Auch Z
        # soll Interesse gezeigt haben, bot aber nur ... Die Übernahme soll bis 2026 abgeschlossen sein")
        agreed = [d for d in recent if "bidder" not in d.parties.values()]
        if agreed and any(d.type == "acquisition" for d in agreed):
            recent = agreed
        chosen = ([d for d in recent if d.amount is not None] or recent)[-1]
        for draft in self.drafts:
            if draft is chosen or (
                # a stake taken in a company being taken over is part of that transaction: "Als
                # Minderheitsgesellschafter steigt X ein ... Die Transaktion soll bis Ende Juli abgeschlossen sein"
                names_deal
                and chosen.type == "investment"
                and draft in open_deals
                and draft.type == "acquisition"
                and same_name(draft.target, chosen.target)
            ) or (
                draft.type == chosen.type
                and same_name(draft.target, chosen.target)
                and _compatible_parties(draft, chosen)
                and (draft.amount is None or _amount_key(draft) == _amount_key(chosen))
            ):
                draft.statuses.append("planned")
            elif _same_transaction(draft, chosen) and draft in open_deals:
                draft.statuses.append("planned")  # "Zusätzlich erwirbt die L-Bank ... zehn Prozent": a part of it

    def bid_turned_down(self, sentence: int, reach: int, rules: DealRules, bids_only: bool = False) -> None:
        """A sentence stating no deal that turns down a bid by its noun ("Der Rabenau-Vorstand wies die Offerte
        als zu niedrig zurück") or blocks a takeover ("Die CMA untersagte die Übernahme") rejects the takeover
        stated in the last ``reach`` sentences (with its repeats in the sentence it was stated in), unless it
        names a company that is neither that bid's target nor its bidder ("Der Vorstand von X lehnte das
        Angebot ab" with X another company: another bid). A regulator or a ministry named decides on the deal.
        With ``bids_only`` (a refusal naming nothing: "Der Gläubigerausschuss lehnte ab") only an offer made
        by a bidder is turned down, not a takeover agreed.

        >>> from pipeline.deal_rules import deal_rules
        >>> article = Discourse()
        >>> article.add(Draft("acquisition", "Rabenau", "planned", 0, 0, 60, parties={"Sennwald": "bidder"}, statuses=["planned"]))
        >>> article.sentences = [[], [Mention(4, 11, "Rabenau", "Rabenau", "ORG", is_modifier=True),
        ...                           Mention(20, 36, "Bundeskartellamt", "Bundeskartellamt", "ORG")]]
        >>> article.bid_turned_down(1, reach=2, rules=deal_rules())
        >>> most_hedged(article.drafts[0].statuses)
        'rejected'
        """
        bids = [
            d
            for d in self.drafts
            if d.type == "acquisition"
            and 0 < sentence - d.sentence <= reach
            and (not bids_only or "bidder" in d.parties.values())
        ]
        if not bids:
            return
        latest = bids[-1]
        if not names_only_its_own(latest, [m.name for m in self.sentences[sentence] if m.label == "ORG" and m.name], rules):
            return
        for draft in bids:
            if draft.sentence == latest.sentence and same_name(draft.target, latest.target):
                draft.statuses.append("rejected")

    def absorb_conversions(self, first: int, reach: int) -> None:
        """The drafts from index ``first`` on, of a sentence restating an amount ("Der Kaufpreis entspricht
        etwa 1,1 Mrd. Euro"): one stating the amount of an earlier deal of the same type and target (at
        most ``reach`` sentences before) in another currency is that deal, converted; it keeps the amount
        first stated.

        >>> from decimal import Decimal
        >>> from pipeline.facts import Money
        >>> usd = MoneyMention(0, 9, "1 Mrd. Dollar", Money(Decimal("1e9"), "USD"))
        >>> eur = MoneyMention(20, 29, "0,9 Mrd. Euro", Money(Decimal("9e8"), "EUR"))
        >>> article = Discourse()
        >>> article.add(Draft("acquisition", "Kolorit", "completed", 0, 0, 15, amount=usd, statuses=["completed"]))
        >>> article.add(Draft("acquisition", "Kolorit", "completed", 1, 16, 40, amount=eur, statuses=["completed"]))
        >>> article.absorb_conversions(1, reach=1)
        >>> [(d.target, d.amount.text) for d in article.drafts]
        [('Kolorit', '1 Mrd. Dollar')]
        """
        for draft in list(self.drafts[first:]):
            if draft.amount is None or draft.amount.money.currency is None:
                continue
            original = next(
                (
                    d
                    for d in reversed(self.drafts[:first])
                    if 0 <= draft.sentence - d.sentence <= reach
                    and d.type == draft.type
                    and d.amount is not None
                    and d.amount.money.currency not in (None, draft.amount.money.currency)
                    and (draft.target is None or same_name(d.target, draft.target))
                    and _compatible_parties(d, draft)
                ),
                None,
            )
            if original is None:
                continue
            self.drafts.remove(draft)
            _fold(original, draft)
            if self.last_round is draft:
                self.last_round = original

    def recent(self, sentence: int, reach: int, *, in_entry: bool = False) -> Iterator[Draft]:
        """The drafts of sentence ``sentence`` and the ``reach`` sentences before it, latest first; with
        ``in_entry``, none before the roundup entry read now (an entry speaks of its own deals).

        >>> article = Discourse()
        >>> for n in (0, 3, 4):
        ...     article.add(Draft("acquisition", f"Firma {n}", "completed", n, 0, 10, statuses=["completed"]))
        >>> [d.target for d in article.recent(5, reach=2)]
        ['Firma 4', 'Firma 3']
        >>> article.enter(4, "Firma 4")
        >>> [d.target for d in article.recent(5, reach=2, in_entry=True)]
        ['Firma 4']
        """
        first = self.entry_start if in_entry else 0
        for draft in reversed(self.drafts):
            if sentence - draft.sentence > reach or draft.sentence < first:
                return
            yield draft

    def same_company(self, a: str | None, b: str | None) -> bool:
        """Whether ``a`` and ``b`` name one company: the same name (same_name), but not two organizations of the
        article, a parent and its unit ("Ellerbrock", "Ellerbrock Floors").

        >>> article = Discourse(parties=[PartyMention(0, 10, "Ellerbrock", "ORG", "Ellerbrock", "pattern"),
        ...                              PartyMention(20, 37, "Ellerbrock Floors", "ORG", "Ellerbrock Floors", "pattern")])
        >>> article.same_company("Ellerbrock", "Ellerbrock Floors"), Discourse().same_company("Ellerbrock", "Ellerbrock Floors")
        (False, True)
        """
        if not same_name(a, b):
            return False
        return a == b or not (a in self.names and b in self.names)

    def recent_target(self, sentence: int, exclude: set[str]) -> str | None:
        """The target of the latest deal of the last few sentences (not one of ``exclude``), else the
        company of the roundup entry it is in."""
        for draft in self.recent(sentence, TARGET_REACH, in_entry=True):
            if draft.target and not any(same_name(draft.target, name) for name in exclude):
                return draft.target
        return self.entry_company(exclude)

    def deals_company(self, sentence: int, exclude: set[str], rules: DealRules) -> str | None:
        """The target of the latest deal of the last few sentences, else the company the article's deals are
        mostly about (none of ``exclude``): the company a stake stated with no company named is held in."""
        return self.recent_target(sentence, exclude) or self.main_target(exclude, rules)

    def referred_company(self, sentence: int, exclude: set[str], rules: DealRules) -> str | None:
        """The company a reference naming none stands for ("an der Projektgesellschaft", "Die Kette gehört zu 75
        Prozent der X"): the one the article's deals are mostly about, else the latest deal's target (none of
        ``exclude``)."""
        return self.main_target(exclude, rules) or self.recent_target(sentence, exclude)

    def entry_company(self, exclude: set[str]) -> str | None:
        """The company of the roundup entry read now, none of ``exclude``."""
        company = self.entry[1] if self.entry is not None else None
        if company is None or any(same_name(company, name) for name in exclude):
            return None
        return company

    def main_target(self, exclude: set[str], rules: DealRules, of_entry_deals: bool = False) -> str | None:
        """The company the article's deals so far are mostly about, no investor's name (not one of ``exclude``).
        In a roundup's entry, the entry's company; with ``of_entry_deals``, the one its deals so far are mostly about
        (none when it stated none: "Der Maschinenbauer X behält seine Gießerei").

        >>> from pipeline.deal_rules import deal_rules
        >>> article = Discourse()
        >>> article.add(Draft("funding_round", "Kranich Robotics", "completed", 0, 0, 60, statuses=["completed"]))
        >>> article.add(Draft("investment", "Kranich Capital", "completed", 1, 61, 90, statuses=["completed"]))
        >>> article.main_target(set(), deal_rules())
        'Kranich Robotics'
        """
        if self.entry is not None and not of_entry_deals:
            return self.entry_company(exclude)  # a roundup's entry is about its company
        counts: dict[str, int] = {}
        for draft in self.drafts:
            if of_entry_deals and draft.sentence < self.entry_start:
                continue
            name = draft.target
            if name and not is_investor_name(name, rules) and not any(same_name(name, e) for e in exclude):
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda name: counts[name]) if counts else None

    def central_company(self, before: int, exclude: set[str], rules: DealRules) -> str | None:
        """The company the article names most often before offset ``before`` (the first of a tie; in a roundup,
        of the entry read now), no investor's name and none of ``exclude``: the one an owner with no company
        named holds a stake in.

        >>> parties = [PartyMention(0, 4, "Elbe", "ORG", "Elbe", "pattern"), PartyMention(9, 13, "Mewa", "ORG", "Mewa", "pattern"),
        ...            PartyMention(20, 24, "Elbe", "ORG", "Elbe", "pattern")]
        >>> from pipeline.deal_rules import deal_rules
        >>> Discourse("", parties).central_company(30, set(), deal_rules()), Discourse("", parties).central_company(15, {"Elbe"}, deal_rules())
        ('Elbe', 'Mewa')
        """
        counts: dict[str, int] = {}
        for party in self.parties:
            name = party.canonical
            if party.start >= before or party.start < self.entry_offset or party.label != "ORG" or not name:
                continue
            if is_investor_name(name, rules) or is_deciding_body(name, rules) or any(same_name(name, e) for e in exclude):
                continue
            key = next((k for k in counts if same_name(k, name)), name)
            counts[key] = counts.get(key, 0) + 1
        return max(counts, key=lambda name: counts[name]) if counts else None

    def recent_round(self, sentence: int, target: str | None) -> Draft | None:
        """The round stated or referred to last (of ``target``, when given); in a roundup's entry, of that entry."""
        first = self.entry_start
        last = self.last_round
        if (
            last is not None
            and first <= self.last_round_sentence
            and sentence - self.last_round_sentence <= TARGET_REACH * 2
            and (target is None or same_name(last.target, target))
        ):
            return last.root()
        for draft in reversed(self.drafts):
            if draft.sentence < first:
                break  # "Tannberg Ventures: ... Zu den Geldgebern zählen ...": not the round of the entry before
            # a round named by its company ("die Anthropic-Finanzierungsrunde") may lie anywhere before
            if draft.type != "funding_round" or (target is None and sentence - draft.sentence > TARGET_REACH * 2):
                continue
            if target is None or same_name(draft.target, target):
                return draft.root()
        return None


def _may_stand_for(name: str, role: str, exclude: set[str], rules: DealRules) -> bool:
    """Whether a company reference ("das Unternehmen", "der Stuttgarter Hersteller") may stand for ``name``:
    none of ``exclude`` (the other names of its clause), no fund as a deal's target, no regulator.

    >>> rules = deal_rules()
    >>> [_may_stand_for(n, "target", {"Lumo"}, rules) for n in ("Kessler", "Lumo", "Kranich Capital", "Bundeskartellamt")]
    [True, False, False, False]
    """
    return not (
        any(same_name(name, other) for other in exclude)
        or (role == "target" and is_investor_name(name, rules))
        or is_deciding_body(name, rules)
    )


def _same_transaction(draft: Draft, chosen: Draft) -> bool:
    """Another buyer's stake in the same company, stated with its price right next to ``chosen``: one
    transaction ("Die KfW übernimmt 25,1 Prozent ... Zusätzlich erwirbt die L-Bank zehn Prozent ...")."""
    return (
        draft.type == "investment"
        and chosen.type in ("investment", "acquisition")
        and draft.amount is not None
        and abs(draft.sentence - chosen.sentence) <= 1
        and same_name(draft.target, chosen.target)
        and not draft.investors & chosen.investors
    )


def _amount_key(draft: Draft) -> tuple[object, ...] | None:
    if draft.amount is None:
        return None
    money = draft.amount.money
    if not money.has_figure:
        return None
    return (money.value, money.low, money.high, money.currency)


def _toehold_of(stake: Draft, takeover: Draft) -> bool:
    """Whether ``stake`` is its holder's stake in the company it bids for in ``takeover``."""
    return same_name(stake.target, takeover.target) and stake.is_backed_by(takeover.investors)


def _compatible_parties(a: Draft, b: Draft) -> bool:
    ia, ib = a.investors, b.investors
    return not ia or not ib or any(same_name(x, y) for x in ia for y in ib)


def _names_unit(named: Draft, unit: Draft) -> bool:
    """Whether ``named`` is a sale of a named unit by the company that ``unit`` sells an unnamed unit of
    (a sale whose target is its seller: "X verkauft seine Sparte").

    >>> unit = Draft("acquisition", "Nordwind Media", "planned", 0, 0, 60, parties={"Nordwind Media": "seller"})
    >>> named = Draft("acquisition", "Nordwind Radio", "planned", 5, 0, 60,
    ...               parties={"Lighthouse Audio": "acquirer", "Nordwind Media": "seller"})
    >>> _names_unit(named, unit), _names_unit(unit, named)
    (True, False)
    """
    if named.type != "acquisition" or unit.type != "acquisition" or not named.target or not unit.target:
        return False
    if same_name(named.target, unit.target) or not unit.sells_own_unit:
        return False
    return any(role == "seller" and same_name(name, unit.target) for name, role in named.parties.items())


def _fold(into: Draft, draft: Draft) -> None:
    draft.merged_into = into
    into.first = min(into.first_report, draft.first_report, key=lambda told: told[0])
    if into.sells_own_unit and draft.target and not draft.sells_own_unit:
        into.target = draft.target  # "trennt sich von seinem Lackgeschäft" is the unit named later ("Veltrup Coatings")
    for name, role in draft.parties.items():
        into.add_party(name, role)
    if not _offer_of_done(into, draft):  # (what the offer planned is done)
        into.statuses += draft.statuses
    if into.amount is None and draft.amount is not None:
        into.amount = draft.amount
    if into.type == "other" and draft.type != "other":
        into.type = draft.type
    into.announced = into.announced or draft.announced
    into.attribution = into.attribution or draft.attribution
    into.round = into.round or draft.round
    into.continues = into.continues or draft.continues  # the price it states continues that statement


def _offer_of_done(done: Draft, bid: Draft) -> bool:
    """Whether ``bid`` is the offer, told in the pluperfect, of the takeover ``done`` completed: "X hat die Übernahme
    von Y abgeschlossen ... X hatte Ende Juli ein Angebot von 28,40 Euro je Aktie vorgelegt" (one deal, completed)."""
    return (
        done.type == "acquisition"
        and most_hedged(done.statuses) == "completed"
        and bid.told_before
        and most_hedged(bid.statuses) == "planned"
        and "bidder" in bid.parties.values()
    )


def _earlier_failure(one: Draft, other: Draft) -> bool:
    """Whether ``one`` is an attempt told in the pluperfect that failed, and ``other`` is not: "Vor zwei Jahren
    hatte X schon einmal einen Börsengang vorbereitet, die Pläne aber auf Eis gelegt" is no report of the IPO
    planned now."""
    return one.told_before and one.status == "rejected" and "rejected" not in other.statuses


def _same_outlook(kept: Draft, draft: Draft) -> bool:
    """Whether a draft with no amount may be one deal with ``kept``: both of the same status, or planned in
    one report and rumored in another ("Lindenhof will Kestrel an Ardent Peak verkaufen", then
    "Finanzkreisen zufolge ..."), or a bid stated bare and then turned down in detail ("Auch X hatte
    geboten", then "Dessen Offerte über rund 260 Mio. Euro ... habe man abgelehnt"), or a bid told as
    turned down first and priced after ("X ist mit einem Übernahmeversuch bei Y abgeblitzt", then "bot X
    38 Euro je Aktie").

    >>> def bid(status: str, sentence: int) -> Draft:
    ...     parties = {"Harrowgate": "bidder"}
    ...     return Draft("acquisition", "Brackwede Polymers", status, sentence, 0, 9, parties=parties, statuses=[status])
    >>> _same_outlook(bid("rejected", 2), bid("planned", 1))
    True
    >>> _same_outlook(bid("planned", 1), bid("rejected", 2))  # an earlier bid turned down
    False
    >>> _same_outlook(bid("planned", 3), bid("rejected", 1))  # a bid turned down, its price told after
    True
    >>> interest = bid("planned", 3)
    >>> interest.told_before = True  # "X hatte im Sommer erstmals Interesse bekundet"
    >>> _same_outlook(bid("rejected", 2), interest)
    True
    >>> offer = bid("planned", 2)
    >>> offer.told_before = True  # "X hatte Ende Juli ein Angebot vorgelegt"
    >>> _same_outlook(bid("completed", 1), offer)  # the offer of a takeover done
    True
    """
    outlook = most_hedged(kept.statuses), most_hedged(draft.statuses)
    if outlook[0] == outlook[1] or set(outlook) == {"planned", "rumored"}:
        return True
    if _offer_of_done(kept, draft):
        return True  # "X hat die Übernahme von Y abgeschlossen", then "X hatte Ende Juli ein Angebot vorgelegt"
    return (
        outlook in (("rejected", "planned"), ("planned", "rejected"))
        # (a bid told in the pluperfect after its rejection is its beginning: "Yamashiro hatte im Sommer
        # erstmals Interesse bekundet")
        and (draft.sentence < kept.sentence or (outlook[1] == "planned" and draft.told_before))
        and all("bidder" in d.parties.values() for d in (kept, draft))
    )


def _parts_of_totals(drafts: list[Draft]) -> None:
    """A deal's whole price ("Insgesamt beläuft sich der Kaufpreis damit auf bis zu 115 Mio. Pfund") makes a
    smaller price of the same deal in the same currency a part of it ("zahlt zunächst knapp 80 Millionen Pfund
    für X"): that statement keeps the deal, not its amount, and takes the outlook of the whole.

    >>> from decimal import Decimal
    >>> from pipeline.facts import Money
    >>> def price(value: str, text: str) -> MoneyMention:
    ...     return MoneyMention(0, 9, text, Money(Decimal(value), "GBP"))
    >>> upfront = Draft("acquisition", "Ashcombe", "completed", 1, 0, 9, amount=price("8e7", "80 Mio. Pfund"))
    >>> whole = Draft("acquisition", "Ashcombe", "completed", 5, 0, 9, amount=price("1.15e8", "115 Mio. Pfund"), is_total=True)
    >>> _parts_of_totals([upfront, whole]); upfront.amount is None, whole.amount.text
    (True, '115 Mio. Pfund')
    """
    for total in drafts:
        whole = total.amount.money if total.is_total and total.amount is not None else None
        if whole is None or whole.size is None:
            continue
        for draft in drafts:
            part = draft.amount.money if draft.amount is not None else None
            if (
                draft is not total
                and draft.type == total.type
                and part is not None
                and part.size is not None
                and part.currency == whole.currency
                and part.size < whole.size
                and same_name(draft.target, total.target)
                and _compatible_parties(draft, total)
            ):
                draft.amount = None
                draft.statuses += total.statuses  # a part of the whole: the whole's outlook (still to close)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Fold repeated statements of one deal into the first (or the one stating the amount).

    Same target and same amount: one deal. A funding round or IPO stated without amount joins
    the nearest one of the same target that has one. Any other deal without amount
    joins a deal of the same type, target, parties and status, or a later statement that
    continues it (its price, stated after it).
    """
    _parts_of_totals(drafts)
    kept: list[Draft] = []
    for draft in drafts:
        key = _amount_key(draft)
        if key is None:
            kept.append(draft)
            continue
        twin = next(
            (
                k
                for k in kept
                if _amount_key(k) == key and same_name(k.target, draft.target) and _compatible_parties(k, draft)
            ),
            None,
        )
        if twin is None:
            # "trennt sich für 320 Mio. Euro von seinen Radiosendern", then "verkauft seine Tochter Nordwind
            # Radio an Y ... für 320 Mio. Euro": the unit sold is the one named
            twin = next((k for k in kept if _amount_key(k) == key and _names_unit(draft, k)), None)
            if twin is not None:
                twin.target = draft.target
        if twin is None:
            twin = next((k for k in kept if _amount_key(k) == key and _names_unit(k, draft)), None)
        if twin is None:
            kept.append(draft)
        else:
            _fold(twin, draft)

    def candidates(draft: Draft) -> list[Draft]:
        return [
            k
            for k in kept
            if k is not draft
            and k.merged_into is None
            and k.type == draft.type
            and same_name(k.target, draft.target)
            and _compatible_parties(k, draft)
            # rounds named differently are two rounds: a Bridge now, a Series B "die noch heuer folgen soll"
            and not (k.round and draft.round and k.round != draft.round)
            # a named round still ahead is not the round just closed: "bis zu einer Serie-B-Runde, die folgen soll"
            and not (draft.round and not k.round and k.amount is not None
                     and most_hedged(draft.statuses) == "planned" != most_hedged(k.statuses))
            # a company has one round or IPO in the news at a time, whatever each report says of its status;
            # a statement that adds to this one ("Der Kaufpreis liegt bei ...") is the same deal
            and (
                (draft.type in ("funding_round", "ipo") and not _earlier_failure(k, draft) and not _earlier_failure(draft, k))
                or _same_outlook(k, draft)
                or k.continues is draft
                # a headline's "Ankerinvestor steigt bei Voltara ein" (no investor named): the stake told in full
                or (draft.type == "investment" and draft.sentence == 0 and not draft.parties and k.parties)
            )
        ]  # fmt: skip

    def distance(draft: Draft) -> int:
        # none yet: last, as a fold before it may make one ("completed" and "planned" reports joined)
        return min((abs(k.sentence - draft.sentence) for k in candidates(draft) if k.amount is not None), default=len(kept))

    # the statements nearest to a deal with an amount join first: "X ist mit zehn Prozent an Y beteiligt. Sie hatte
    # damals 45 Mio. Euro investiert" is X's stake, whatever stake of Y the article stated earlier
    amountless = [d for d in kept if _amount_key(d) is None and d.amount is None]
    order = {id(d): i for i, d in enumerate(kept)}
    for draft in sorted(amountless, key=distance):
        found = candidates(draft)
        # else an earlier statement, also one of the same sentence: "X ist an Y beteiligt und hält 22 Prozent"
        with_amount = [k for k in found if k.amount is not None] or [k for k in found if order[id(k)] < order[id(draft)]]
        if with_amount:
            _fold(min(with_amount, key=lambda k: abs(k.sentence - draft.sentence)), draft)
    _fold_units_named_later(kept)
    return [d for d in kept if d.merged_into is None]


def _fold_units_named_later(kept: list[Draft]) -> None:
    """A sale of an unnamed unit ("X verkauft Dichtungssparte an Y": its target the seller) folds into the takeover
    the same buyer makes a few sentences on of a company named otherwise ("Y übernimmt 80 Prozent der Sparte, die
    künftig unter dem Namen Z firmieren soll"), when that takeover names no other seller: one deal, of Z.

    >>> unit = Draft("acquisition", "Hollwinkel", "completed", 1, 0, 9, parties={"Hollwinkel": "seller", "Marchmont": "acquirer"})
    >>> named = Draft("acquisition", "Sealtra", "planned", 3, 0, 9, parties={"Marchmont": "acquirer"}, statuses=["planned"])
    >>> _fold_units_named_later([unit, named]); unit.merged_into is named, named.parties["Hollwinkel"]
    (True, 'seller')
    """
    for unit in kept:
        if unit.merged_into is not None or unit.type != "acquisition" or unit.amount is not None:
            continue
        if not unit.sells_own_unit or not unit.investors:
            continue
        named = next(
            (
                k
                for k in kept
                if k.merged_into is None
                and k.type == "acquisition"
                and 0 < k.sentence - unit.sentence <= ANAPHOR_REACH
                and not same_name(k.target, unit.target)
                and k.investors & unit.investors
                and all(role != "seller" or same_name(name, unit.target) for name, role in k.parties.items())
            ),
            None,
        )
        if named is not None:
            _fold(named, unit)
