"""A valuation's company, deal, kind and status.

The company is the one named with the cue ("Bewertung von X", "die Bewertung des
Unternehmens"), else the target of the deal the valuation belongs to (a round of the same
clause or sentence, or the round the sentence refers back to: "Diese Kapitalerhöhung",
"damit"), else the subject of the clause. Its status is its own when the clause hedges or
plans it ("laut Insidern ... anstreben"), else that of its deal (set in pipeline.deals).
"""

from __future__ import annotations

from pipeline.deal_clauses import Scope, relative_clauses, stake_size
from pipeline.deal_discourse import Draft, ValuationDraft, same_name
from pipeline.deal_mentions import Mention
from pipeline.deal_status import valuation_status
from pipeline.facts import MoneyMention

# Deals whose target is the company a valuation of the same sentence speaks of.
_VALUED_BY = ("funding_round", "investment", "ipo")
# How many sentences after a takeover bid "Das Angebot bewertet X mit ..." may stand.
_BID_REACH = 3


def valuation(scope: Scope, amount: MoneyMention, clause_drafts: list[Draft]) -> ValuationDraft:
    """The valuation stated by ``amount`` in this clause."""
    view, rules, discourse = scope.view, scope.rules, scope.discourse
    deal = _deal_of(scope, amount, clause_drafts)
    company = _named_company(scope, amount)
    if deal is None and company is None and _only_references(scope):
        # "Halvorsen bietet 46,50 Euro je Aktie. Das Unternehmen wird damit mit rund 2,3 Mrd. Euro bewertet."
        deal = _priced_bid(scope, amount, None)
        company = deal.target if deal is not None else None
    if company is None and deal is not None and deal.type in _VALUED_BY:
        company = deal.target
    if company is None or deal is None and _names_only_references(scope, amount):
        bid = _bid_valuing(scope, amount)
        if bid is not None:
            company, deal = bid.target, bid
    if company is None:
        nearest = scope.subjects(scope.start, amount.start, persons=False)[::-1] or [
            m for m in scope.subjects(persons=False) if not _in_relative_clause(scope, amount, m)
        ]
        owners = [m for m in scope.in_slots({"von", "genitive"}) if m.label == "ORG"]
        company = scope.first(nearest + owners, "target")
        if company is not None and _backs_a_round(scope, company):
            # "Damals steuerte Pinewell als Lead-Investor den Großteil bei, die Bewertung lag bei rund 560 Mio.
            # Euro": an investor of the round spoken of is not the company valued; the round's company is
            round_ = scope.discourse.recent_round(scope.view.index, None)
            company = round_.target if round_ is not None else company
        # "X bereitet den Verkauf von Y vor. X strebe eine Bewertung von mehr als 1 Mrd. Euro an": Y's worth
        sale = _sale_by(scope, company)
        if sale is not None:
            company, deal = sale.target, deal or sale
    if company is None:
        company = discourse.recent_target(view.index, set())
    kind = next(
        (k for k, cue in rules.valuation_kind.items() if cue.search(scope.text, scope.start, scope.end)), "unknown"
    )
    if company is None and kind != "unknown":
        # "Nach Informationen aus Investorenkreisen liegt sie nach der Runde bei rund 410 Mio. Euro": the company of
        # the round spoken of, stated further back
        round_ = discourse.recent_round(view.index, None)
        company = round_.target if round_ is not None else None
    if deal is None and company is not None:
        deal = _priced_bid(scope, amount, company) or _buyer_s_takeover(scope, company)
    elif deal is not None:
        _price_of_bid(scope, amount, deal)
    if deal is None and company is not None and kind != "unknown":
        deal = discourse.recent_round(view.index, company)  # "liegt sie nach der Runde bei ...": that round's
    return ValuationDraft(
        company=company,
        amount=amount,
        own_status=valuation_status(view.status_of(scope.index), view.attribution),
        kind=kind,
        sentence=view.index,
        evidence_start=view.start,
        evidence_end=view.end,
        deal=deal,
        announced=view.date_in(scope.start, scope.end),
    )


def _buyer_s_takeover(scope: Scope, company: str) -> Draft | None:
    """The takeover of ``company`` of the last few sentences when its buyer is the subject valuing it:
    "Tannberg bietet ... je Aktie. Einschließlich Schulden bewertet Tannberg die Kette mit ..." (the worth
    is that of the bid, and shares its status; it is no total of the bid)."""
    valuers = {m.name for m in scope.subjects(persons=False) if m.name and not same_name(m.name, company)}
    return next(
        (
            d for d in scope.discourse.recent(scope.view.index, _BID_REACH)
            if d.type == "acquisition" and same_name(d.target, company) and d.is_backed_by(valuers)
        ),
        None,
    )  # fmt: skip


def _sale_by(scope: Scope, seller: str | None) -> Draft | None:
    """The latest deal of the last few sentences when ``seller`` is its seller: the worth a seller seeks is
    that of what it sells."""
    if seller is None:
        return None
    latest = next(scope.discourse.recent(scope.view.index, _SALE_REACH), None)
    if latest is None or latest.target is None or same_name(latest.target, seller):
        return None
    return latest if any(role == "seller" and same_name(name, seller) for name, role in latest.parties.items()) else None


# How many sentences before a valuation the sale whose seller names it may stand.
_SALE_REACH = 2


def _backs_a_round(scope: Scope, name: str) -> bool:
    """Whether ``name`` is an investor of a round the article stated before."""
    return any(
        d.type == "funding_round" and d.target and not same_name(d.target, name) and d.is_backed_by([name])
        for d in scope.discourse.drafts
    )


def _same_buyer(one: Draft, other: Draft) -> bool:
    """Whether two takeovers of one company have a buyer in common."""
    return same_name(one.target, other.target) and other.is_backed_by(one.investors)


def _names_only_references(scope: Scope, amount: MoneyMention) -> bool:
    """Whether the company named last before ``amount`` in its clause is a reference back ("das Unternehmen")."""
    named = [m for m in scope.mentions if m.label == "ORG" and m.start < amount.start]
    return bool(named) and named[-1].is_anaphor


def _bid_valuing(scope: Scope, amount: MoneyMention) -> Draft | None:
    """ "Der Vorstand hatte die Offerte, die das Unternehmen mit rund 310 Mill. Euro bewertete, unterstützt": a
    relative clause on a bid values the company bid for. The takeover of the last few sentences is that bid;
    stated without a total (its price given per share), it takes the amount, failed or not."""
    bids = [cue.end for cue in scope.find("bid")]
    if not any(
        comma < amount.start and amount.end <= closing and any(0 <= comma - end <= 1 for end in bids)
        for comma, closing, _ in relative_clauses(scope.text, scope.start, scope.end, scope.rules)
    ):
        return None
    recent = scope.discourse.recent(scope.view.index, _BID_REACH)
    draft = next((d for d in recent if d.type == "acquisition" and d.target), None)
    if draft is None:
        return None
    if draft.amount is None and not _buys_part(scope, draft):
        draft.amount = amount
    return draft


def _in_relative_clause(scope: Scope, amount: MoneyMention, mention: Mention) -> bool:
    """Whether ``mention`` stands after the amount in a relative clause on it: "ein Eigenkapitalwert von etwa
    1,18 Mrd. Franken, den Kelmont in bar bezahlt" (Kelmont pays it; the company valued is another)."""
    if mention.start < amount.end:
        return False
    return any(comma < mention.start for comma, _, _ in relative_clauses(scope.text, amount.end, mention.end, scope.rules))


def _only_references(scope: Scope) -> bool:
    """A clause that ties back ("damit", "dieses") and names no company: "Das Unternehmen wird damit ... bewertet"."""
    names = [m for m in scope.mentions if m.label == "ORG" and not m.is_anaphor]
    return not names and scope.rules.grammar.back_reference.search(scope.text, scope.start, scope.end) is not None


def _named_company(scope: Scope, amount: MoneyMention) -> str | None:
    """ "Bewertung von X", "Börsenwert des Unternehmens", "bewertet X mit": the company named between cue
    and amount. A verb's object named comes before a reference back in the words after it ("Die Runde
    bewertet Trassify nach Angaben aus dem Unternehmen mit ..."); of two bare noun phrases after the verb,
    the second is its object ("einschließlich Schulden bewertet Allmendhof die Kette mit ...")."""
    company: str | None = None
    verbs = scope.rules.valuation_verbs
    for cue in scope.view.cues_of("valuation_before", max(scope.start, amount.start - 80), amount.start):
        between = [m for m in scope.mentions if cue.end < m.start < amount.start]
        owned = [m for m in between if m.label == "ORG" and m.slot in ("von", "genitive")]
        if cue.text.lower() in verbs:
            bare = [m for m in between if m.label == "ORG" and m.slot == "subject"]
            # "bewertet Allmendhof die Kette mit ...": after the verb the subject, then the company valued
            owned += bare[1:] if len(bare) > 1 else [m for m in bare if not m.is_anaphor]
        owned += [m for m in between if m.is_anaphor]
        if owned and owned[0].is_anaphor and any(c.end <= owned[0].start for c in scope.find("bid")):
            # "Insgesamt bewertet die Offerte das Unternehmen aus Ilmenau mit ...": the company bid for
            bid = _recent_bid(scope)
            if bid is not None:
                return bid.target
        if owned:
            company = scope.name(owned[0], "target")
    return company


def _recent_bid(scope: Scope) -> Draft | None:
    """The takeover of the last few sentences (_BID_REACH) not turned down, with a bidder or buyer named."""
    return next(
        (
            d for d in scope.discourse.recent(scope.view.index, _BID_REACH)
            if d.type == "acquisition" and d.target and "rejected" not in d.statuses
            and {"bidder", "acquirer"} & set(d.parties.values())
        ),
        None,
    )  # fmt: skip


def _deal_of(scope: Scope, amount: MoneyMention, clause_drafts: list[Draft]) -> Draft | None:
    """The deal a valuation belongs to: one of its clause, else of its sentence, else the round referred to."""
    view, discourse = scope.view, scope.discourse
    if clause_drafts:
        return clause_drafts[-1]
    in_sentence = [d for d in discourse.drafts if d.sentence == view.index]
    if in_sentence:
        return in_sentence[-1]
    if view.cues_of("funding_round") or scope.rules.grammar.back_reference.search(view.text, view.start, amount.start):
        return discourse.recent_round(view.index, None)
    return None


def _priced_bid(scope: Scope, amount: MoneyMention, company: str | None) -> Draft | None:
    """ "Das Angebot bewertet X mit rund 1,2 Mrd. $": the total of a bid for X stated just before
    without one (its price given per share) is this amount; the bid takes it as its amount. So does a
    takeover paid in shares the clause ties back to: "wird Kaldor damit mit rund 1,6 Mrd. Euro bewertet",
    "bewertet die Transaktion Meinhardt mit rund 6,3 Mrd. Euro". With no ``company`` named, the bid of
    the sentence before: "Das Unternehmen wird damit mit rund 2,3 Mrd. Euro bewertet". A takeover of a part
    of the company ("übernimmt die Mehrheit an X") keeps no amount: the company's value is no price of it. The
    value a bid would have given ("Insgesamt hätte sie Hallwyl mit rund 210 Mio. Euro bewertet") is its total,
    turned down or not."""
    rules = scope.rules
    names_deal = rules.closing_reference.search(scope.text, scope.start, scope.end) is not None
    ties_back = names_deal or rules.grammar.back_reference.search(scope.text, scope.start, scope.end) is not None
    would_have = company is not None and rules.bid_counterfactual.search(scope.text, scope.start, scope.end) is not None
    if not (scope.find("bid") or ties_back or would_have):
        return None
    takeovers = [
        d for d in scope.discourse.drafts
        if d.type == "acquisition" and ("rejected" not in d.statuses or would_have)
        and (same_name(d.target, company) if company else d.target and "bidder" in d.parties.values())
    ]  # fmt: skip
    reach = _BID_REACH if company else 1
    recent = [d for d in takeovers if scope.view.index - d.sentence <= reach]
    # "die Transaktion": the article's takeover of that company, however far back it was stated
    draft = recent[-1] if recent else takeovers[0] if takeovers and names_deal and company else None
    if draft is None or draft.amount is not None:
        return None
    if any(d is not draft and d.amount is not None and _same_buyer(d, draft) for d in takeovers):
        # "Whitcombe will Grauvogel für 2,3 Mrd. Euro übernehmen. [...] Das Angebot bewertet Grauvogel mit rund
        # 1,74 Mrd. Euro": the takeover has its total already; the company's equity value is no second one
        return draft
    # a company's value ("bewertet die Transaktion das Unternehmen mit ..."), not the deal's ("der Wert der
    # Transaktion"), is no price of a part of it
    values_company = any(m.label == "ORG" for m in scope.mentions)
    if not (values_company and _buys_part(scope, draft)):
        draft.amount = amount
    return draft


def _price_of_bid(scope: Scope, amount: MoneyMention, deal: Draft) -> None:
    """ "Er hatte 36 Euro je Aktie geboten, was das Unternehmen mit rund 590 Mio. Euro bewertet hätte": a bid of
    the sentence with no total, by a named bidder, takes the value the clause after it ties back to as its amount."""
    if deal.type != "acquisition" or deal.amount is not None or "bidder" not in deal.parties.values():
        return
    if scope.rules.grammar.back_reference.search(scope.text, scope.start, scope.end) and not _buys_part(scope, deal):
        deal.amount = amount


def _buys_part(scope: Scope, draft: Draft) -> bool:
    """Whether the takeover stated buys a part of the company only ("übernimmt die Mehrheit an X", "erwirbt
    75 Prozent der Anteile"): the company's value is then no price of it."""
    rules, text = scope.rules, scope.text
    if rules.majority.search(text, draft.evidence_start, draft.evidence_end):
        return True
    return any(
        (size := stake_size(match)) is not None and size < 100 and rules.stake_of_shares.match(text, match.end()) is not None
        for match in rules.stake_percent.finditer(text, draft.evidence_start, draft.evidence_end)
    )
