"""The ``newsfacts_deals`` component: funding rounds, investments, acquisitions, IPOs and
other programmes (``doc._.deals``) and company valuations (``doc._.valuations``).

It reads what the components before it found (``doc._.money``, ``doc._.dates``,
``doc._.parties``) and works sentence by sentence (:mod:`pipeline.deal_clauses`), with
the article so far as context for references and implicit targets
(:mod:`pipeline.deal_discourse`); repeated statements of one deal are merged at the end.
The cues are data in rules/deals.yaml. With a dependency parse (a German model loaded)
the slots of names come from the parse, otherwise from the words around them.

>>> import spacy
>>> from decimal import Decimal
>>> from pipeline.facts import Money, MoneyMention, PartyMention
>>> nlp = spacy.blank("de"); _ = nlp.add_pipe("sentencizer"); _ = nlp.add_pipe("newsfacts_deals")
>>> doc = nlp.make_doc("Das Start-up Nimbus hat 20 Mio. Euro eingesammelt und ist nun 200 Mio. Euro wert.")
>>> doc._.money = [MoneyMention(24, 36, "20 Mio. Euro", Money(Decimal("2e7"), "EUR")),
...                MoneyMention(63, 76, "200 Mio. Euro", Money(Decimal("2e8"), "EUR"))]
>>> doc._.parties = [PartyMention(13, 19, "Nimbus", "ORG", "Nimbus", "pattern")]
>>> doc = nlp(doc)
>>> [(d.type, d.target, d.amount.text, d.status) for d in doc._.deals]
[('funding_round', 'Nimbus', '20 Mio. Euro', 'completed')]
>>> [(v.company, v.amount.text, v.deal is doc._.deals[0]) for v in doc._.valuations]
[('Nimbus', '200 Mio. Euro', True)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from typing import Any, Sequence, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import doc_text  # importing registers the Doc._ attributes
from pipeline.deal_builders import FOLLOW_UP_REACH
from pipeline.deal_clauses import SentenceView, analyze_sentence, context_mentions, cues_as_read, states_nothing
from pipeline.deal_discourse import (
    DeferredMentions,
    Discourse,
    Draft,
    ValuationDraft,
    merge_drafts,
    names_only_its_own,
    same_name,
)
from pipeline.deal_mentions import Mention, is_deciding_body
from pipeline.deal_rules import CueMatch, DealRules, deal_rules
from pipeline.deal_status import ipo_status, most_hedged
from pipeline.facts import Deal, DealParty, Money, PartyMention, Valuation
from pipeline.nlp import dateline_entries, ends_no_sentence, entry_headings

T = TypeVar("T")


@Language.factory(
    "newsfacts_deals",
    default_config={},
    requires=["doc._.money", "doc._.dates", "doc._.parties"],
    assigns=["doc._.deals", "doc._.valuations"],
)
def make_deals(nlp: Language, name: str) -> DealExtractor:
    return DealExtractor()


class DealExtractor:
    """Finds deals and valuations; see the module docstring."""

    def __init__(self, rules: DealRules | None = None) -> None:
        self.rules = rules or deal_rules()

    def __call__(self, doc: Doc) -> Doc:
        doc._.deals, doc._.valuations = extract_deals(doc, self.rules)
        return doc


# A sentence end the segmenter can miss: final punctuation, then a non-breaking or thin
# space token, then a capital ("... 157 Mrd. Dollar.\xa0Die nächste ...").
_HIDDEN_SPACES = ("\xa0", "\u2009", "\u202f")
_HIDDEN_BOUNDARY = re.compile(r"[.!?][\"”“»)]?(?P<space>[\xa0\u2009\u202f][\s\xa0]{0,5})(?=[A-ZÄÖÜ„\"])")
_LAST_WORD = re.compile(r"[\w.-]{1,40}$")


def sentence_bounds(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character offsets of the sentences (the whole text when no segmenter ran).

    >>> import spacy, pipeline.nlp
    >>> nlp = spacy.blank("de"); _ = nlp.add_pipe("newsfacts_sentences")
    >>> sentence_bounds(nlp("X zahlte 5 Mio. Euro.\xa0Y lehnte ab."))
    [(0, 21), (22, 34)]
    """
    if len(doc) == 0:
        return []
    text = doc_text(doc) if text is None else text  # doc.text would join all tokens anew on each access
    # token arrays, not doc.sents: iterating Token objects costs more than all our matching
    sent_starts = doc.to_array("SENT_START")
    if not sent_starts.any():
        return _split_hidden(text, 0, len(text))
    offsets = doc.to_array("IDX")
    starts = [0] + offsets[1:][sent_starts[1:] == 1].tolist()  # numpy selects; a Python loop over tokens is slow
    # a sentence ends at its last non-space character, not where the next one starts
    ends = [start + len(text[start:stop].rstrip()) for start, stop in zip(starts, starts[1:] + [len(text)])]
    if not any(space in text for space in _HIDDEN_SPACES):
        return list(zip(starts, ends))
    return [bounds for start, end in zip(starts, ends) for bounds in _split_hidden(text, start, end)]


def _split_hidden(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for match in _HIDDEN_BOUNDARY.finditer(text, start, end):
        word = _LAST_WORD.search(text, max(start, match.start() - 40), match.start())
        if word is None or ends_no_sentence(word.group()):
            continue
        out.append((start, match.start("space")))
        start = match.end("space")
    out.append((start, end))
    return out


def _by_sentence(items: Sequence[T], starts: list[int], n: int) -> list[list[T]]:
    """Items (with a ``start`` offset) grouped by the sentence they start in."""
    grouped: list[list[T]] = [[] for _ in range(n)]
    for item in items:
        index = bisect_right(starts, item.start) - 1  # type: ignore[attr-defined]
        if 0 <= index < n:
            grouped[index].append(item)
    return grouped


def extract_deals(doc: Doc, rules: DealRules) -> tuple[list[Deal], list[Valuation]]:
    """The deals and valuations of one document."""
    text = doc_text(doc)  # doc.text would build a Token object per token on every access
    facts = doc._  # each doc._ makes an object anew
    money = sorted(facts.money or [], key=lambda m: m.start)
    # one pass over the text (find_in: every word looked up once, at C speed); sentences without a cue or amount
    # are context only
    cues = rules.prefilter.find_in(text, [(0, len(text))])[0]
    if not money and not cues:
        return [], []
    bounds = sentence_bounds(doc, text)
    starts = [start for start, _ in bounds]
    cue_in = _by_sentence(cues, starts, len(bounds))
    money_in = _by_sentence(money, starts, len(bounds))
    dates_in = _by_sentence(sorted(facts.dates or [], key=lambda d: d.start), starts, len(bounds))
    parties_in = _by_sentence(sorted(facts.parties or [], key=lambda p: p.start), starts, len(bounds))
    parse = doc if doc.to_array("DEP").any() else None
    sentence_cues = rules.sentence_cues.find_in(text, bounds)  # one look-up per word for all sentences
    discourse = Discourse(text, facts.parties or [], bounds)
    entry_end = 0
    sections = _sections(text, bounds, parties_in)
    headings = {match.start(): match for match in entry_headings(text)}
    datelines = [match.end() for match in dateline_entries(text)]  # where each ticker entry's text begins
    valuation_drafts: list[ValuationDraft] = []
    for index, (start, end) in enumerate(bounds):
        drafts_before = len(discourse.drafts)
        found = cues_as_read(text, start, end, sentence_cues[index], rules)
        if (heading := headings.get(start)) is not None:
            _enter(discourse, index, heading, parties_in[index])
            entry_end = _paragraph_end(text, start)  # an entry is a paragraph
        elif index in sections:
            discourse.enter(index, sections[index][0], start)  # "Hülsbeck bläst Verkauf der Objektmöbelsparte ab"
            entry_end = sections[index][1]
        elif any(start <= opening < end for opening in datelines):
            # "ZUG. Der Rohstoffhändler Aldermatt verkauft ...": the entry of the first company it names
            company = next((p.canonical for p in parties_in[index] if p.label == "ORG"), None)
            discourse.enter(index, company, start)
            entry_end = _paragraph_end(text, start)
        elif discourse.entry is not None and discourse.entry[1] is not None and start > entry_end:
            discourse.enter(index, None, start)
        if any(cue.label in _IPO_WORDS for cue in found):
            discourse.ipo_sentences.append(index)
        if not money_in[index] and not cue_in[index]:
            # a sentence without cues only serves as context: its names, for references later on
            mentions = DeferredMentions(partial(context_mentions, text, start, parties_in[index], rules))
            discourse.sentences.append(mentions)
            if _has_cue(found, "founder"):
                discourse.learn_founders(list(mentions))
        elif not _has_cue(found, "founder") and states_nothing(text, start, end, money_in[index], found):
            # its names matter only to a reference looking back (DeferredMentions), and few do
            sentence = (index, text, start, end, money_in[index], dates_in[index], parties_in[index], rules, parse, found)
            discourse.sentences.append(DeferredMentions(partial(_view_mentions, *sentence)))
        else:
            view = SentenceView.build(
                index, text, start, end, money_in[index], dates_in[index], parties_in[index], rules, parse, found
            )
            discourse.sentences.append(view.mentions)
            if view.cues_of("founder"):
                discourse.learn_founders(view.mentions)
            analyze_sentence(view, discourse, valuation_drafts, rules)
            if len(discourse.drafts) > drafts_before:
                _answered_after_semicolon(discourse.drafts[drafts_before:], text, start, end, found, parties_in[index], rules)
        if len(discourse.drafts) > drafts_before and _has_cue(found, "conversion"):
            discourse.absorb_conversions(drafts_before, rules.conversion_reach)  # "Der Kaufpreis entspricht ..."
        if len(discourse.drafts) == drafts_before and _has_cue(found, "closing_pending"):
            # "Die Transaktion soll ... abgeschlossen werden"
            reference = rules.closing_reference.search(text, start, end)
            takeover = reference is not None and reference["noun"].lower() in rules.closing_takeover
            names = [p.canonical for p in parties_in[index] if p.label == "ORG"]  # "Der Einstieg von Mubadala"
            discourse.closing_ahead(index, rules.closing_reach, reference is not None, takeover, names)
        if (
            len(discourse.drafts) == drafts_before
            and _has_cue(found, "rejected")
            and (_has_bid_noun(found) or _takeover_blocked(text, start, end, found, parties_in[index], rules))
        ):
            # "Der Rabenau-Vorstand wies die Offerte als zu niedrig zurück", "Die CMA untersagte die Übernahme"
            discourse.bid_turned_down(index, FOLLOW_UP_REACH, rules)
        elif len(discourse.drafts) == drafts_before and _has_cue(found, "bare_refusal"):
            discourse.bid_turned_down(index, 1, rules, bids_only=True)  # "Der Gläubigerausschuss lehnte ab"
    # a deal without a target (or a valuation without a company) says too little to keep
    drafts = [d for d in merge_drafts(discourse.drafts) if d.target]
    deals = {id(draft): _deal(draft) for draft in drafts}
    return list(deals.values()), _valuations(valuation_drafts, deals)


# the cue labels of an IPO's words: its own cues, its issue and its course (rules/deals.yaml, ipo)
_IPO_WORDS = frozenset({"ipo", "ipo_weak", "ipo_context"})


def _sections(
    text: str, bounds: list[tuple[int, int]], parties_in: list[list[PartyMention]]
) -> dict[int, tuple[str | None, int]]:
    """The subheadings of a roundup told in sections ("Gerbrand kauft Etikettendrucker Wiesental Print", then
    its paragraph), by sentence: the company each names first (None when it names none: "Sägewerk geht nach
    Finnland") and where its section ends. A subheading is a line without a sentence's final punctuation after the
    title, opening a paragraph and followed by a line break; a roundup has at least ROUNDUP_SECTIONS of them naming a
    company. Other articles have none."""
    found: list[tuple[int, str | None, int]] = []
    for index, (start, end) in enumerate(bounds):
        if index == 0 or text[end - 1 : end] in _SENTENCE_FINAL:
            continue
        if not (text.startswith("\n\n", start - 2) and (end == len(text) or text.startswith("\n", end))):
            continue  # not a line opening a paragraph
        if "\n" in text[start:end]:
            continue
        found.append((index, next((p.canonical for p in parties_in[index] if p.label == "ORG"), None), start))
    if sum(company is not None for _, company, _ in found) < ROUNDUP_SECTIONS:
        return {}
    ends = [start for _, _, start in found[1:]] + [len(text)]
    return {index: (company, end) for (index, company, _), end in zip(found, ends)}


# How many subheadings naming a company make an article a roundup told in sections.
ROUNDUP_SECTIONS = 3
_SENTENCE_FINAL = frozenset(".!?:“\"")


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph holding offset ``start`` ends: at its blank line, else at the end of the text."""
    end = text.find("\n\n", start)
    return end if end >= 0 else len(text)


def _enter(discourse: Discourse, index: int, heading: re.Match[str], parties: list[PartyMention]) -> None:
    """A roundup's entry opens sentence ``index`` with the name of ``heading``: when that is a company, its entry."""
    for party in parties:
        if party.label == "ORG" and party.end == heading.end("name"):
            discourse.enter(index, party.canonical, heading.start())
            return


def _view_mentions(*sentence: Any) -> list[Mention]:
    """The names of a sentence, as :meth:`SentenceView.build` finds them (its arguments)."""
    return SentenceView.build(*sentence).mentions


def _answered_after_semicolon(
    drafts: list[Draft], text: str, start: int, end: int, cues: list[CueMatch], parties: list[PartyMention], rules: DealRules
) -> None:
    """A bid stated in a sentence and turned down by its noun after a semicolon, or by a refusal naming nothing,
    naming no other company: "Mitte Juli hatte X 48 Euro je Aktie geboten; der Vorstand hatte das Angebot als zu
    niedrig zurückgewiesen"."""
    semicolon = text.rfind(";", start, end)
    if semicolon < 0:
        return
    after = [c for c in cues if c.start > semicolon]
    # or by a refusal naming nothing: "X hatte rund 180 Mio. Euro geboten; Hülsbeck lehnte ab"
    if not (_has_cue(after, "rejected") and _has_bid_noun(after) or _has_cue(after, "bare_refusal")):
        return
    named = [p.canonical for p in parties if p.start > semicolon and p.label == "ORG"]
    for draft in drafts:
        if draft.type == "acquisition" and "bidder" in draft.parties.values() and names_only_its_own(draft, named, rules):
            draft.statuses.append("rejected")


def _has_bid_noun(cues: list[CueMatch]) -> bool:
    """Whether a bid is spoken of by its noun ("die Offerte", "das Angebot"), not by a verb of bidding."""
    return any(cue.label == "bid" and cue.is_head for cue in cues)


def _takeover_blocked(
    text: str, start: int, end: int, cues: list[CueMatch], parties: list[PartyMention], rules: DealRules
) -> bool:
    """Whether ``text[start:end]`` ends a takeover it speaks of by a definite noun ("die Übernahme", "der
    Verkauf"): by a verb that ends it whoever speaks ("untersagte", "platzte"), or said by a regulator."""
    if not any(m["noun"].lower() in rules.closing_takeover for m in rules.closing_reference.finditer(text, start, end)):
        return False
    if any(cue.label == "rejected" and cue.text.lower() in rules.blocking for cue in cues):
        return True
    return any(p.label == "ORG" and p.canonical and is_deciding_body(p.canonical, rules) for p in parties)


def _has_cue(cues: list[CueMatch], kind: str) -> bool:
    for cue in cues:  # a loop, not any(): this runs two or three times for every sentence
        if cue.label == kind:
            return True
    return False


def _deal(draft: Draft) -> Deal:
    return Deal(
        type=draft.type,
        target=draft.target,
        status=ipo_status(draft.statuses, draft.opening) if draft.type == "ipo" else most_hedged(draft.statuses),
        evidence_start=draft.evidence_start,
        evidence_end=draft.evidence_end,
        amount=draft.amount,
        round=draft.round,
        announced=draft.announced,
        attribution=draft.attribution,
        parties=[DealParty(name, role) for name, role in draft.parties.items()],
    )


def _same_value(a: Money, b: Money) -> bool:
    return (a.value, a.low, a.high, a.currency) == (b.value, b.low, b.high, b.currency)


def _caps_range(a: Money, b: Money) -> bool:
    """Whether ``a`` is "bis zu" the top of the range ``b``: a headline's "bis zu 2,1 Mrd. Euro" for "1,6 bis
    2,1 Milliarden Euro" in the text."""
    return a.qualifier == "up_to" and a.value is not None and a.value == b.high and a.currency == b.currency


def _valuations(drafts: list[ValuationDraft], deals: dict[int, Deal]) -> list[Valuation]:
    """Valuations linked to their (merged) deals; one per company and amount."""
    out: list[Valuation] = []
    for draft in drafts:
        if not draft.company:
            continue
        deal = deals.get(id(draft.deal.root())) if draft.deal is not None else None
        status = draft.own_status or (deal.status if deal is not None and deal.status != "rejected" else "completed")
        money = draft.amount.money
        twin = next(
            (
                v
                for v in out
                if same_name(v.company, draft.company)
                and (
                    _same_value(v.amount.money, money)
                    or _caps_range(v.amount.money, money)
                    or _caps_range(money, v.amount.money)
                )
            ),
            None,
        )
        if twin is not None:  # the headline and the text state one valuation ("12 Mrd. Euro", "rund 12 Mrd. Euro")
            twin.status = most_hedged([twin.status, status])
            if _caps_range(twin.amount.money, money):  # the range says more than its top
                twin.amount, twin.evidence_start, twin.evidence_end = draft.amount, draft.evidence_start, draft.evidence_end
            continue
        out.append(
            Valuation(
                company=draft.company,
                amount=draft.amount,
                status=status,
                evidence_start=draft.evidence_start,
                evidence_end=draft.evidence_end,
                kind=draft.kind,
                deal=deal,
                announced=draft.announced,
            )
        )
    return out
