"""One builder per deal type: who is the target, who the investors, from the slots of the names.

An investment's target follows "in/an/bei/für", its investors are the subjects; a funding
round's target is the subject, its investors follow "von" (or "wie" in "Investoren wie X");
a takeover's buyer is the first subject (or follows "durch", or "von" in the passive), its
target the second; an IPO's company is the subject; an "other" programme belongs to its
spender or is a named joint venture. Deals without an amount are taken only where the
wording names the relationship itself: "zu den Geldgebern von X", "eine Beteiligung von
14 %", "ein Börsengang", a takeover with buyer and target, a funding round of a named
company. Sentences naming the lead or further investors of a round add them to that round.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from pipeline.deal_clauses import (
    NOT_DEAL_ROLES,
    VERB_WINDOW,
    Scope,
    buys_control,
    closes_clause,
    converts,
    name_linked_after,
    object_start,
    quotes_per_share,
    relative_clauses,
    relative_spans,
    raises_bid,
    share_price_sized,
    spent_from,
    stake_price,
    usable,
    verb_buys_control,
)
from pipeline.deal_discourse import INVESTOR_ROLES, TARGET_REACH, Discourse, Draft, same_name
from pipeline.deal_mentions import Mention, is_deciding_body, is_investor_name, is_listing_venue, titles_company
from pipeline.deal_rules import CueMatch, round_label
from pipeline.deal_status import ipo_status, most_hedged
from pipeline.facts import MoneyMention

Zone = tuple[int, int]
# How many sentences after a deal an amount naming no parties still belongs to it: an IPO's
# proceeds ("... bereitet einen Börsengang vor. Geplant sei, rund 400 Millionen einzusammeln."),
# a takeover's price ("Hallberg übernimmt Fjellmark. Der Kaufpreis liegt bei 340 Mio. Euro.").
FOLLOW_UP_REACH = 2
# How far back a payment naming its payer ("Nach Informationen des Handelsblatts zahlt X rund 300 Mio.
# Franken") finds that payer's takeover or stake stated without an amount.
PAYER_REACH = 4
Builder = Callable[[Scope, "MoneyMention | None", Zone, Zone], "Draft | None"]


# --------------------------------------------------------------------------- deals with an amount


def amount_deal(scope: Scope, amounts: list[MoneyMention], position: int) -> None:
    """The deal of one amount of the clause, if the clause states one."""
    amount = amounts[position]
    if scope.rules.fund_size.search(scope.text, max(scope.start, amount.start - 120), amount.start):
        return  # "aus seinem vierten Fonds, der ein Volumen von 1,6 Mrd. Euro hat"
    if scope.rules.goal_size.search(scope.text, max(scope.start, amount.start - 40), amount.start):
        return  # "deutlich über dem Ziel von 250 Mio. Euro"
    type_ = scope.deal_type()
    if type_ is None:
        if position == 0 and scope.find("payment"):
            _price_paid(scope, amount)
        elif position == 0 and scope.find("price_received"):
            _price_received(scope, amount)
        elif position == 0:
            venture_contribution(scope, amount)
        return
    before = (amounts[position - 1].end if position > 0 else scope.start, amount.start)
    after = (amount.end, amounts[position + 1].start if position + 1 < len(amounts) else scope.end)
    if type_ == "investment" and not _company_targets(scope, after) and _into_infrastructure(scope):
        type_ = "other"
    if type_ in ("other", "investment", "funding_round") and scope.find("sunk"):
        return  # "hat in das Werk bislang 4 Mrd. Euro gebunden", "Investitionsvolumen ... summiert sich auf"
    if type_ == "acquisition" and scope.find("financing") and not any(not c.is_head for c in scope.cues["acquisition"]):
        return  # "Finanziert wird der Kauf über einen Brückenkredit über 1,5 Mrd. Euro": the loan, not the price
    if _part_of_stated(scope, amount):
        return  # "Davon sollen 250 Mio. Euro aus einer Kapitalerhöhung stammen": a part of the deal just stated
    if scope.find("proceeds_flow") and _to_seller(scope):
        return  # "Nach Steuern und Kosten fließen X rund 870 Millionen Euro zu": what X's sale brings it
    if type_ == "funding_round" and share_price_sized(amount) and not all(map(share_price_sized, amounts)):
        return  # "neue Aktien zu einem Bezugspreis von 9,20 Euro ausgeben und damit 120 Mio. Euro einnehmen"
    if type_ == "acquisition" and scope.rules.acquisition_budget.match(scope.text, amount.end, scope.end):
        draft = _budget(scope, amount)
    else:
        draft = BUILDERS[type_](scope, amount, before, after)
    if draft is None:
        return
    if draft.type == "funding_round" and _continues_ipo(scope, draft):
        draft.type, draft.round = "ipo", None
    if (
        draft.type == "other"
        and draft.status == "completed"
        and (
            _already_paid(scope, amount)
            or _since_total(scope, amount)
            # a company's own money put in, told in the perfect: "Rund 1,2 Mrd. Euro hat die Kette in neue Standorte gesteckt"
            or (scope.cues["investment"] and scope.rules.perfect.search(scope.text, scope.start, scope.end) is not None)
        )
        and not scope.cues["other"]
    ):
        if draft.target is not None:  # a further sum may follow: "; bis 2030 soll eine weitere Milliarde folgen"
            scope.discourse.spent.append((draft.sentence, draft.target))
        return  # money already spent on a facility, or spent since some time: a total, not a new deal
    scope.discourse.add(draft)


def further_programme(scope: Scope, amounts: list[MoneyMention]) -> None:
    """ "Rund 1,2 Mrd. Euro hat die Kette in neue Standorte gesteckt; bis 2030 soll eine weitere Milliarde folgen":
    a further sum, in a clause of no deal's word, following a programme of this sentence or the one before,
    spent or planned, is the same spender's next programme, when its clause plans it (rules/deals.yaml
    further_sums)."""
    rules, text, index = scope.rules, scope.text, scope.view.index
    amount = next(
        (
            a for a in amounts
            if rules.further_sum.search(text, max(scope.start, a.start - 20), a.end)
            and rules.further_verb.search(text, a.end, scope.end)
        ),
        None,
    )  # fmt: skip
    if amount is None:
        return
    programmes = [(d.sentence, d.target) for d in scope.discourse.drafts if d.type == "other" and d.target]
    told = [(s, t) for s, t in [*scope.discourse.spent, *programmes] if 0 <= index - s <= 1]
    if not told:
        return
    spender = max(told, key=lambda st: st[0])[1]
    draft = scope.new_draft("other", spender, amount.start, amount)
    if draft.status != "planned":
        return  # "Danach folgte eine weitere Milliarde": spent as well
    scope.discourse.add(draft)  # its own money: no investor, as for any programme (deal_builders.other)


def facility_cost(scope: Scope) -> None:
    """ "Klinkra will eine erste Anlage bauen, die rund 45 Mio. Euro kosten soll": a facility's cost ahead, in a
    clause of no deal's word, is its builder's programme, planned (rules/deals.yaml facility_cost). The builder is a
    company that is a subject of the sentence, this clause's first, else the company the article's deals are about
    ("Hallberg zahlt 350 Mio. Euro für 30 Prozent. Insgesamt soll das Werk rund 2,4 Mrd. Euro kosten")."""
    rules, text, view = scope.rules, scope.text, scope.view
    cost = rules.facility_cost.find(text, scope.start, scope.end)
    if not cost:
        return
    # its money is a cost, or of no role at all
    amounts = [m for m in scope.money if m.role == "cost" or m.role not in NOT_DEAL_ROLES]
    amount = min((a for a in amounts if not share_price_sized(a)), key=lambda a: a.start, default=None)
    if amount is None or rules.facility_part.search(text, scope.start, amount.start):
        return  # "Allein der Campus in Hanau soll mehr als eine Milliarde Euro kosten": a part of the programme
    if any(d.amount is amount for d in scope.discourse.drafts):
        return
    facility = rules.infrastructure.find(text, view.start, amount.start)
    if not facility and rules.facility_back.search(text, scope.start, amount.start):
        bounds = scope.discourse.bounds
        index = view.index
        if 0 < index <= len(bounds):  # "Die Kosten dafür veranschlagt X auf ...", the works named before
            facility = rules.infrastructure.find(text, bounds[index - 1][0], bounds[index - 1][1])
    if not facility:
        return
    subjects = scope.subjects(persons=False) + [
        m for m in scope.sentence_subjects(persons=False) if not scope.start <= m.start < scope.end
    ]
    names = scope.names(subjects, "investor")  # (not the sentence before's: "Y zahlt 350 Mio. Euro für 30 Prozent")
    builder = names[0] if names else scope.discourse.main_target(set(), rules)
    if builder is None:
        return
    draft = scope.new_draft("other", builder, amount.start, amount)
    if draft.status == "completed":
        draft.status, draft.statuses = "planned", ["planned"]  # a cost ahead is not spent yet
    scope.discourse.add(draft)  # no investor: a cost, no spending verb (as in deal_builders.other)


def issue_proceeds(scope: Scope) -> None:
    """ "Dornhagen plant eine Kapitalerhöhung. [...], der Bruttoerlös soll bei rund 95 Millionen Euro liegen":
    the proceeds (rules/deals.yaml ipo.proceeds), in a clause of no deal's word, of an IPO or a round stated
    without an amount in this sentence or the ones before (FOLLOW_UP_REACH) are its amount."""
    proceeds = scope.find("ipo_proceeds")
    if not proceeds or spent_from(scope.text, scope.start, proceeds[0], scope.rules):
        return  # "Mit dem Emissionserlös will X Bankschulden von rund 90 Mio. Euro ablösen"
    amount = next((a for a in scope.money if a.start > proceeds[0].start and a.role != "valuation"), None)
    if amount is None or share_price_sized(amount):
        return
    issue = next(
        (
            d for d in scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH)
            if d.type in ("ipo", "funding_round") and d.amount is None and d.target and "rejected" not in d.statuses
        ),
        None,
    )  # fmt: skip
    if issue is None:
        return
    draft = _amount_of(scope, issue, amount, amount.start)
    draft.round = issue.round
    scope.discourse.add(draft)


def _budget(scope: Scope, amount: MoneyMention) -> Draft | None:
    """ "bis zu 800 Mio. Euro für weitere Übernahmen bereitzustellen": the spender's programme, the spender
    the subject, else the buyer of the article's latest takeover ("hatte der Vorstand angekündigt"). A
    financial investor's budget goes into the company it builds up, the one it bought or invested in last."""
    spenders = scope.names(scope.subjects(scope.start, amount.start, persons=False), "investor")
    spender = spenders[0] if spenders else None
    if spender is None:
        buyers = (d.investors for d in reversed(scope.discourse.drafts) if d.type == "acquisition")
        spender = next((next(iter(names)) for names in buyers if len(names) == 1), None)  # one buyer, no consortium
    if spender is None:
        return None
    if is_investor_name(spender, scope.rules):
        held = (d.target for d in reversed(scope.discourse.drafts) if d.target and d.is_backed_by([spender]))
        platform = next(held, None)
        if platform is None:
            return None
        draft = scope.new_draft("investment", platform, amount.start, amount)
        draft.add_party(spender, "investor")
        return draft
    return scope.new_draft("other", spender, amount.start, amount)


def _price_paid(scope: Scope, amount: MoneyMention) -> None:
    """ "Die Japaner zahlen 98 Mrd. Yen": a buyer paying, nothing else of a deal said, pays for its takeover
    stated in the last few sentences."""
    if _noun_after(scope, amount):
        return  # "zahlte 40 Mio. Euro Steuern": paid for something else
    if _part_of_stated(scope, amount):
        return  # "Davon zahlt X 220 Mio. Euro in bar": a part of the price just stated
    payers = scope.names(scope.subjects(scope.start, amount.start, persons=False), "investor")
    relative = False
    if not payers:  # "Das Paket geht an X, der nach Angaben von Insidern rund 90 Mio. Euro zahlt": X pays
        payers = scope.names([m for c in scope.find("payment")[:1] for m in _relative_antecedent(scope, c)], "investor")
        relative = bool(payers)
    earlier = _recent_takeover(scope, None, payers) if payers else None
    if earlier is None and not payers and scope.rules.stake_reference.search(scope.text, scope.start, amount.start):
        stake = _stake_price(scope, amount, [])  # "Für das zusätzliche Aktienpaket zahlt sie rund 58 Mill. Franken"
        if stake is not None:
            scope.discourse.add(stake)
        return
    if earlier is None and relative and scope.rules.stake_named.search(scope.text, scope.start, amount.start):
        stake = _recent_stake(scope)  # that stake, sold with no buyer named before: X buys it
        if stake is not None and (not stake.investors or stake.is_backed_by(payers)):
            draft = _amount_of(scope, stake, amount, amount.start, "investment")
            for name in payers:
                draft.add_party(name, "investor")
            scope.discourse.add(draft)
        return
    if earlier is None:
        return
    if earlier.amount is not None and earlier.amount.role == "valuation":
        # "Insgesamt bewertet die Offerte X mit knapp 400 Mio. Euro. [...] hätte Y rund 114 Mio. Euro aufwenden
        # müssen": a bidder already holding shares pays less than the company's worth; the payment is the price
        earlier.amount = amount
    # "Laut Insidern zahlt EQT rund 1,4 Mrd. Euro": a price paid, for a takeover or a stake
    scope.discourse.add(_amount_of(scope, earlier, amount, amount.start, "acquisition"))


def _price_received(scope: Scope, amount: MoneyMention) -> None:
    """ "Salbrunn erhält nach eigenen Angaben rund 140 Millionen Franken": the seller of the sale stated just before,
    receiving money and nothing else of a deal said, is paid that sale's price."""
    if _noun_after(scope, amount) or _part_of_stated(scope, amount):
        return  # "erhält 40 Mio. Euro Fördermittel", "Davon erhält X ..."
    sellers = scope.names(scope.subjects(scope.start, amount.start, persons=False), "investor")
    earlier = _recent_takeover(scope, None)
    if earlier is None or earlier.amount is not None or not sellers or not _sellers_of_recent(scope, sellers):
        return
    scope.discourse.add(_amount_of(scope, earlier, amount, amount.start))


def _to_seller(scope: Scope) -> bool:
    """Whether the company the clause names first is the seller of a sale stated before in the article."""
    names = scope.names([m for m in scope.mentions if m.label == "ORG" and not m.is_modifier], "investor")
    return bool(names) and any(
        d.type == "acquisition" and d.parties.get(names[0]) == "seller" for d in scope.discourse.drafts
    )


def _amount_of(scope: Scope, earlier: Draft, amount: MoneyMention, anchor: int, type_: str | None = None) -> Draft:
    """A statement of the amount (a price, proceeds, a programme's sum) of ``earlier``: its type (or
    ``type_``), target and parties, to be merged into it."""
    draft = scope.new_draft(type_ or earlier.type, earlier.target, anchor, amount)
    _price_of(draft, earlier)
    for name, role in earlier.parties.items():
        draft.add_party(name, role)
    return draft


def _price_of(draft: Draft, earlier: Draft) -> None:
    """``draft`` states the price of ``earlier``. A source or a hedge then speaks of the price of a deal
    already stated, not of the deal: "Nach Informationen aus Finanzkreisen zahlt Nordkap für das Paket rund
    420 Mio. Euro", "Insgesamt könnte der Kaufpreis damit auf bis zu 340 Mio. Euro steigen"."""
    draft.continues = earlier
    if draft.status == "rumored" != most_hedged(earlier.statuses):
        draft.status = most_hedged(earlier.statuses)
        draft.statuses = [draft.status]


def _continues_ipo(scope: Scope, draft: Draft) -> bool:
    """A raise named by a verb only ("einzusammeln"), or a capital increase ("Über eine Kapitalerhöhung
    sollen dem Unternehmen 350 Mio. Euro zufließen"), right after an IPO of the same company: its proceeds."""
    if draft.round is not None or any(
        c.is_head and c.text.lower() not in scope.rules.capital_increases for c in scope.cues["funding_round"]
    ):
        return False
    if draft.investors and any(c.is_head for c in scope.cues["investment"]):
        return False  # "Anschließend schoss X eine Kapitalspritze von 45 Mio. Franken nach": an investor's money
    return any(same_name(d.target, draft.target) for d in _recent_ipos(scope))


def _recent_ipos(scope: Scope) -> list[Draft]:
    return recent_ipos(scope.discourse, scope.view.index)


def anchor_investment(scope: Scope, amounts: list[MoneyMention]) -> bool:
    """An anchor investor of the IPO stated before, with its amount: "Als Ankerinvestor hat sich die
    Fondsgesellschaft X verpflichtet, Aktien im Wert von 40 Mio. Euro zu zeichnen". Its status is the IPO's:
    planned while the IPO is."""
    ipos = _recent_ipos(scope)
    if not amounts or not ipos:
        return False
    ipo = ipos[-1]
    investors = [n for n in scope.names([m for m in scope.mentions if m.label == "ORG"], "investor") if not same_name(n, ipo.target)]
    if not investors:
        return False
    draft = scope.new_draft("investment", ipo.target, _anchor(scope, amounts[0]), amounts[0])
    # the purchase is as far as the IPO (announced, whatever a report adds of its volume: "könnte ... steigen")
    reports = [d for d in scope.discourse.drafts if d.type == "ipo" and same_name(d.target, ipo.target)]
    draft.status = ipo_status([s for d in reports for s in d.statuses], reports[0].opening)
    draft.statuses = [draft.status]
    # with one amount, the investors named share it: "Als Ankerinvestoren haben X und die Vorsorgestiftung Y
    # zugesagt, Aktien für zusammen 90 Mio. Franken zu zeichnen"
    for name in investors if len(amounts) == 1 else investors[:1]:
        draft.add_party(name, "investor")
    scope.discourse.add(draft)
    return True


def recent_ipos(discourse: Discourse, sentence: int) -> list[Draft]:
    """The IPOs stated in sentence ``sentence`` or the few before, or stated earlier and spoken of since
    (a word of an IPO's course: "Die Zeichnungsfrist beginnt ...", "Bei der Emission ...")."""
    spoken = max((i for i in discourse.ipo_sentences if i <= sentence), default=-1)
    return [d for d in discourse.drafts if d.type == "ipo" and 0 <= sentence - max(d.sentence, spoken) <= FOLLOW_UP_REACH]


def _co_investors(scope: Scope, zone: Zone) -> list[Mention]:
    """Names after "gemeinsam mit" in ``zone``: "X investiert gemeinsam mit Y und Z ..." (rules/deals.yaml)."""
    out: list[Mention] = []
    for cue in scope.find("co_investor"):
        if not zone[0] <= cue.start < zone[1]:
            continue
        for mention in scope.in_slots({"mit"}, cue.end, zone[1]):
            if out and mention.start > out[-1].end + 60:
                break  # only the list right after the marker
            out.append(mention)
    return out


def _company_targets(scope: Scope, after: Zone) -> list[Mention]:
    slots = scope.rules.grammar.target_prepositions
    targets = scope.in_slots(slots, *after) or scope.in_slots(slots) or scope.in_slots({"mit"}, *after)
    return [t for t in targets if t.label == "ORG"]


def _into_infrastructure(scope: Scope) -> bool:
    """Money going into a facility, a build-out or infrastructure rather than a company."""
    for match in scope.rules.grammar.into.finditer(scope.text, scope.start, scope.end):
        words = scope.text[match.end() : min(scope.end, match.end() + 60)].split()[:4]
        if words and scope.rules.infrastructure.search(" ".join(words)):
            return True
    return False


def _works_of(scope: Scope, mention: Mention) -> bool:
    """A company named in a compound on a facility or on its head: "Voltara-Werke", "Falkenried-Chefin", not
    "Northbridge-Partner"."""
    if titles_company(mention, scope.text, scope.rules):
        return True
    head = scope.text[mention.end : min(scope.end, mention.end + 40)].split(None, 1)
    return bool(head) and scope.rules.infrastructure.search(head[0].lstrip("-"))


def _already_paid(scope: Scope, amount: MoneyMention) -> bool:
    words = scope.text[max(scope.view.start, amount.start - 60) : amount.start].split()[-4:]
    return any(scope.rules.already_paid.fullmatch(w.strip(",")) for w in words)


def _part_of_stated(scope: Scope, amount: MoneyMention) -> bool:
    """ "Davon ..." before the amount, right after a deal with an amount (stated in this sentence or the
    one before, wherever the deal was first told): a part of that amount. So is an amount "hinzu" with no
    party of its own ("hinzu kommen erfolgsabhängige Zahlungen von bis zu 10 Mio. Pfund"), and one told as a share
    of the money of a deal up to a few sentences back ("Der Großteil des Geldes fließt ins Unternehmen: Rund
    180 Mio. Euro stammen aus einer Kapitalerhöhung"), unless that deal is a programme the money pays for."""
    rules, index = scope.rules, scope.view.index
    if rules.share_of_stated.search(scope.text, scope.view.start, amount.start):  # "Der Großteil des Geldes: ..."
        reach = rules.share_of_stated_reach
        return any(
            d.amount is not None and d.type != "other" and 0 <= index - d.sentence <= reach and d.amount.start < amount.start
            for d in scope.discourse.drafts  # not a programme's: "Einen Teil des Geldes soll eine Kapitalerhöhung bringen"
        )
    if rules.source_of_stated.search(scope.text, amount.end, scope.end) and _smaller_than_stated(scope, amount):
        return True  # "Rund 200 Mio. Euro sollen aus einer Kapitalerhöhung stammen", after the placement's volume
    if rules.part_of_stated.search(scope.text, scope.start, amount.start) is None:
        added = rules.added_to_stated.search(scope.text, scope.start, amount.start)
        if added is None or any(added.end() <= m.start < scope.end and m.label == "ORG" for m in scope.mentions):
            return False
    bounds = scope.discourse.bounds
    since = bounds[index - 1][0] if 0 < index <= len(bounds) else scope.view.start
    return any(
        d.amount is not None and (0 <= index - d.sentence <= 1 or since <= d.amount.start < amount.start)
        for d in scope.discourse.drafts
    )


def _smaller_than_stated(scope: Scope, amount: MoneyMention) -> bool:
    """A deal other than a programme told in the last few sentences with a larger amount in the same currency."""
    size, index = amount.money.size, scope.view.index
    return size is not None and any(
        d.amount is not None
        and d.type != "other"
        and 0 < index - d.sentence <= scope.rules.share_of_stated_reach
        and d.amount.money.currency == amount.money.currency
        and (d.amount.money.size or 0) > size
        for d in scope.discourse.drafts
    )


def _since_total(scope: Scope, amount: MoneyMention) -> bool:
    """ "Seit 2019 hat ... 3 Mrd. Euro investiert": spending counted from some time on, before the amount."""
    return scope.rules.since_total.search(scope.text, max(scope.start, amount.start - 120), amount.start) is not None


def _anchor(scope: Scope, amount: MoneyMention | None) -> int:
    return amount.start if amount is not None else scope.start


def funding_round(scope: Scope, amount: MoneyMention | None, before: Zone, after: Zone) -> Draft:
    """Target: the company named with the round noun, else the subject; investors after "von"."""
    nouns = [c for c in scope.cues["funding_round"] if c.is_head]
    owner = next((o for c in nouns if (o := _owner_of(scope, c)) is not None), None)
    anchor = _anchor(scope, amount)
    # those taking part after the amount invest, none is the target: "..., an der sich auch X beteiligte"
    joining = _joining(scope, anchor) if scope.find("participation") else []
    if owner is not None:  # "Microsoft beteiligt sich an der Finanzierungsrunde von OpenAI"
        target = scope.name(owner, "target")
        investors = scope.subjects()
    else:
        # the round's lead is no target: "Die Runde unter Führung des Investors X solle ... umfassen"
        leads = _lead_mentions(scope, scope.find("lead"), None)
        holders = _holders(scope)
        subjects = [m for m in scope.subjects() if m not in leads and m not in holders and m not in joining]
        target = scope.first([m for m in subjects if before[0] <= m.start < before[1]][::-1] or subjects, "target")
        if target is not None and any(m.label == "PER" and m.name == target for m in subjects):
            # founders raise for their company: "Die Gründer X und Y hatten eine Seed-Runde abgeschlossen"
            persons = {m.name for m in subjects if m.label == "PER" and m.name}
            target = scope.discourse.recent_target(scope.view.index, persons) or _article_company(scope, persons) or target
        investors = scope.in_slots({"von", "wie", "darunter"}) + holders
        if amount is not None and scope.clause_round:
            # a named round "mit" its investor after the amount: "eine Serie A über 9 Mio. Euro mit dem Fonds X"
            investors += scope.in_slots({"mit"}, amount.end, scope.end)
        if target is None:  # "Insgesamt sollen etwa 100 Mrd. Dollar eingesammelt werden."
            target = scope.discourse.recent_target(scope.view.index, set())
        if target is None:  # "Der Vorstand will rund 13 Millionen neue Aktien ausgeben": the board's company
            target = _organ_company(scope, set())
        if target is None and amount is not None and scope.clause_round:
            # a named round of no company named is the article's company's: "Im Frühjahr 2024 folgte eine
            # Seed-Runde über 6,5 Mio. Euro", "die ursprüngliche Series A hatte 8 Mio. Euro umfasst"
            funders = {*scope.names(investors, "investor"), *scope.names(leads, "investor")}
            target = _article_company(scope, funders) or scope.discourse.main_target(funders, scope.rules)
    investors += joining  # "..., an der sich X und Y beteiligten"
    if is_investor_name(target, scope.rules):
        # "Der Wagniskapitalgeber X, der 2019 mit einer Seed-Runde eingestiegen war": X put the money in
        company = scope.discourse.main_target({target, *scope.names(investors, "investor")}, scope.rules)
        if company is not None:
            investors += [m for m in scope.mentions if m.name == target and m not in investors]
            target = company
    draft = scope.new_draft("funding_round", target, anchor, amount)
    investors = [m for m in investors if not _founder_named(scope, m)]
    for name in scope.names(investors, "investor"):
        draft.add_party(name, "investor")
    for name in scope.names(_lead_mentions(scope, scope.find("lead"), None), "investor"):
        draft.add_party(name, "lead_investor")
    return draft


def _holders(scope: Scope) -> list[Mention]:
    """Names right after a holder noun ("Mehrheitseigner X", "Der Wagniskapitalgeber X"): an owner or investor,
    not the company raising."""
    ends = {cue.end for cue in scope.find("relation")}
    return [m for m in scope.mentions if m.start - 1 in ends and scope.text[m.start - 1] == " "]


def _founder_named(scope: Scope, mention: Mention) -> bool:
    """A person named as founder, no investor: "von Lena Voss gegründet", "Gründerin Lea Brandt"."""
    if mention.label != "PER":
        return False
    if scope.rules.founder.search(scope.text, mention.end, min(scope.end, mention.end + 20)):
        return True
    last_name = (mention.name or "").split()[-1:]
    return bool(last_name) and last_name[0].casefold() in scope.discourse.founders


def _joining(scope: Scope, anchor: int) -> list[Mention]:
    """The names after a round's amount in a clause saying who took part: its investors."""
    return [m for m in scope.mentions if m.start > anchor and usable(m, True) and not m.is_modifier]


def investment(scope: Scope, amount: MoneyMention | None, before: Zone, after: Zone) -> Draft | None:
    """Target after "in/an/bei/für" (or "mit"); investors the subjects, "von X", "Xs"."""
    assert amount is not None
    partners = _co_investors(scope, (scope.start, scope.end))
    # shares sold to a name after "an": "Business Angels haben Anteile im Wert von rund 15 Mio. Franken an
    # Index Ventures verkauft" (not "Anteile an X"): that name buys them, the sellers are the subjects
    buyers = _sold_to(scope) or []
    target = scope.first([t for t in _company_targets(scope, after) if t not in partners and t not in buyers], "target")
    if target is None:  # "übernimmt 49 Prozent der Aktien der Y AG für 337 Mio. Franken": the stake's company
        # (not "49 Prozent der Weserland-Tochter": the unit of that company)
        stakes = [t for t in _named_after_percent(scope) if t not in partners and not t.is_modifier]
        target = scope.first(stakes, "target")
    # the amount in a relative clause with a subject of its own is that subject's: "Tovik erwirbt den Anteil, den die
    # Beteiligungsgesellschaft X 2019 für 6 Mio. Franken gekauft hatte"
    relative = None
    if scope.text.find(",", scope.start, amount.start) >= 0:  # a relative clause opens with a comma
        spans = relative_spans(scope.text, scope.start, scope.end, scope.rules)
        relative = next((a for a, b in spans if a < amount.start < b), None)
    own = scope.subjects(relative, amount.start) if relative is not None else []
    investors = buyers or own or scope.subjects(*before) or scope.subjects() + scope.genitives()
    investors += [m for m in partners if m not in investors and not own]
    investors += [m for m in scope.in_slots({"von"}) if m not in investors]
    investors += [m for m in scope.genitives() if m not in investors]
    names = [n for n in scope.names(investors, "investor") if not same_name(n, target)]
    if not names and scope.find("subscription") and share_price_sized(amount):
        return None  # "Anleger können die Aktien zu Kursen zwischen 24 und 29 Euro zeichnen": a price per share
    if target is None:
        target = _implicit_target(scope, amount, names)
    if target is None and amount is not None and scope.rules.stake_named.search(scope.text, scope.start, amount.start):
        # "Das zusätzliche Aktienpaket erwarb Tellkamp für rund 1 Mrd. Kronen": the price of the stake just stated
        stake = _recent_stake(scope)
        if stake is not None and (not names or stake.is_backed_by(names)):
            target = stake.target
    if target is None and names and all(is_investor_name(name, scope.rules) for name in names):
        return None  # a fund's money for a company not named: no programme of the fund's own
    if target is None:  # money spent by the actor itself, on nothing named: a programme
        return other(scope, amount, before, after)
    draft = scope.new_draft("investment", target, amount.start, amount)
    if not names:  # "..., nachdem der Konzern vorher schon ..." names the investor of the clause before
        earlier = [d for d in scope.discourse.drafts if d.sentence == scope.view.index and same_name(d.target, target)]
        names = [n for d in earlier[-1:] for n in d.investors]
    for name in names:
        draft.add_party(name, "investor")
    return draft


def _implicit_target(scope: Scope, amount: MoneyMention, investors: list[str]) -> str | None:
    """The company an investment naming none goes to: that of the sentence's investment before,
    or, for stakes and commitments ("bisherige Einlagen", "zusagen"), of the latest deal."""
    earlier = [
        d for d in scope.discourse.drafts if d.sentence == scope.view.index and d.target and d.type == "investment"
    ]
    if earlier:
        return earlier[-1].target
    # the amount of a stake its investor was just said to take: "X erwägt eine Beteiligung an Y.
    # X könnte rund 200 Mio. Dollar investieren."
    for draft in scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH):
        if (
            draft.type == "investment"
            and draft.amount is None
            and draft.target
            and investors
            and all(any(same_name(name, i) for i in draft.investors) for name in investors)
        ):
            return draft.target
    percent = scope.rules.stake_percent.search(scope.text, amount.end, scope.end)
    if percent is not None and scope.text[amount.end : percent.start()].split() == ["für"]:
        # "Hallberg zahlt 350 Mio. Euro für 30 Prozent": a stake in the company just spoken of
        return scope.discourse.recent_target(scope.view.index, set(investors))
    if scope.find("subscription"):  # "zeichnet im Rahmen einer Kapitalerhöhung neue Aktien für 30 Mio. Euro"
        return (
            scope.discourse.deals_company(scope.view.index, set(investors), scope.rules)
            or _article_company(scope, set(investors))
        )
    if scope.rules.grammar.in_object.search(scope.text, amount.end, scope.end):
        return None  # "in neue Werke": a programme
    if (
        any(c.label == "acquisition" and c.text[:1].islower() for c in scope.cues["investment"])  # a verb of buying a stake
        and scope.rules.stake_percent.search(scope.text, scope.start, amount.start) is not None
        and not _named_after_percent(scope)
    ):
        # "X übernimmt 25,1 Prozent der Anteile und zahlt dafür rund 420 Mio. Euro": a stake in the company
        # just spoken of
        return scope.discourse.recent_target(scope.view.index, set(investors)) or _article_company(scope, set(investors))
    if scope.find("implicit_target"):
        return scope.discourse.recent_target(scope.view.index, set(investors))
    named = not any(m.is_anaphor for m in scope.subjects())  # "Der Konzern investiert ...": a corporation
    if named and investors and all(is_investor_name(name, scope.rules) for name in investors):
        # a fund builds no plants: "Lakestar investiert 5 Mio. Euro und erhält einen Sitz im Beirat" funds
        # the company the article's deals are about
        return scope.discourse.main_target(set(investors), scope.rules) or _article_company(scope, set(investors))
    return None


# At most one word (a predicate: "Vennekamp präsent, den ...") between a relative clause's antecedent and its comma.
_ANTECEDENT_GAP = 1


def _bought_antecedent(scope: Scope) -> list[Mention]:
    """The company named right before a relative clause opened by an object pronoun in which it is bought by
    a subject of the clause's own: "über den Hersteller Vennekamp präsent, den die Amerikaner im Jahr 2022 für
    640 Mio. Dollar übernommen hatten"; or whose majority is bought: "der Schraubenhersteller Vollmert, an dem
    Taunusfeld im Oktober die Mehrheit übernommen hat"."""
    rules, text = scope.rules, scope.text
    for comma, closing, _ in relative_clauses(text, scope.start, scope.end, rules):
        opening = text[comma + 1 : comma + 16].split()[:2]
        pronoun = opening[0].lower()
        majority = (
            pronoun in rules.grammar.stake_relative_prepositions
            and opening[1:] != []
            and opening[1].lower() in rules.grammar.relative_pronouns
            and rules.majority.search(text, comma, closing) is not None
        )
        if pronoun not in rules.grammar.object_relative_pronouns and not majority:
            continue
        if not any(comma < c.start < closing for c in scope.cues["acquisition"]):
            continue
        if any(m.start <= comma + 2 + len(pronoun) and m.is_anaphor for m in scope.mentions if comma < m.end <= closing):
            continue  # an article, not a pronoun: "hatte X versucht, den Konkurrenten zu übernehmen"
        if not any(comma < m.start < closing for m in scope.subjects()):
            continue  # the clause's own buyer: "die Amerikaner"
        antecedent = _antecedent(scope, comma, [m for m in scope.mentions if m.label == "ORG"])
        if antecedent:
            return antecedent
    return []


def _antecedent(scope: Scope, comma: int, mentions: list[Mention]) -> list[Mention]:
    """The last of ``mentions`` in the clause before ``comma``, when it ends right before it: the name a relative
    clause opened there is on."""
    before = [m for m in mentions if scope.start <= m.start and m.end <= comma]
    if before and len(scope.text[before[-1].end : comma].split()) <= _ANTECEDENT_GAP:
        return before[-1:]
    return []


def _relative_antecedent(scope: Scope, cue: CueMatch) -> list[Mention]:
    """The name right before a relative clause whose subject is its pronoun and which holds ``cue``, whatever
    the name's case: "vom aktivistischen Investor Grauwald Capital, der seit dem Frühjahr knapp 8 Prozent der
    Anteile hält" (Grauwald Capital holds the stake)."""
    rules, text = scope.rules, scope.text
    for comma, closing in relative_spans(text, scope.start, scope.end, rules):
        if not comma < cue.start < closing:
            continue
        pronoun = text[comma + 1 : comma + 8].split()[0].lower()
        if pronoun not in rules.grammar.subject_relative_pronouns or scope.subjects(comma, cue.start):
            return []  # ", über die ...", ", die X hält": the pronoun is no subject
        return _antecedent(scope, comma, [m for m in scope.mentions if usable(m, False)])
    return []


def acquisition(scope: Scope, amount: MoneyMention | None, before: Zone, after: Zone) -> Draft | None:
    """Buyer: first subject, "durch X", "von X" in the passive, the name after a bid noun; target the rest."""
    rules = scope.rules
    if amount is not None and rules.stake_reference.search(scope.text, scope.start, amount.start):
        # "Für das zusätzliche Aktienpaket zahlte Albulon 120 Mill. Franken": the price of the stake just stated
        payers = scope.names(scope.subjects(scope.start, amount.start, persons=False), "investor")
        stake = _stake_price(scope, amount, payers)
        if stake is not None:
            return stake
    is_bid = bool(scope.find("bid"))
    sold_to = bool(rules.sold_to.find(scope.text, scope.start, scope.end))  # "X geht für 410 Mio. Pfund an Y"
    is_passive = sold_to or _passive(scope)
    viewer = _viewpoint(scope)
    buyers = scope.in_slots({"durch"}) + scope.genitives() + ([viewer] if viewer is not None else [])
    targets = [m for m in scope.in_slots({"für", "object"}) if m is not viewer]  # "object": from a parse
    if rules.reach_for.find(scope.text, scope.start, scope.end):
        targets += scope.in_slots({"nach"})  # "X greift nach dem Hersteller Y"
    targets += _bought_antecedent(scope)
    for cue in scope.cues["acquisition"]:
        named = _named_after_noun(scope, cue)
        if named is not None:  # "Übernahmeangebot der UniCredit" names the bidder, "Übernahme von X" the target
            # and so does "Übernahmeversuch beim Hersteller X"
            by_bidder = rules.bid.search(cue.word) and not rules.grammar.target_link.match(scope.text, cue.end)
            (buyers if by_bidder else targets).append(named)
    subjects = [m for m in scope.subjects() if m not in buyers and m not in targets and not _observer(scope, m)]
    sellers: list[Mention] = []
    holding: str | None = None  # the company a seller's own stake sold is of
    sale_noun = next((c for c in scope.find("sale") if c.text.lower() in _SALE_NOUNS), None)
    after_an = scope.in_slots({"an"})
    if sale_noun is not None and not is_passive:
        # "X plant den Verkauf der Tochter Y an Z": the name after the noun changes hands; no buyer, no sale
        sold = _name_after(scope, sale_noun.end)
        if sold is None:  # "einen Verkauf ihrer Mehrheit an dem Traditionsunternehmen": the company of the shares
            sold = next((m for m in after_an if m.start > sale_noun.end and _shares_of(scope, m)), None)
        buyers += [m for m in after_an if m is not sold and not _shares_of(scope, m)]
        if not buyers and sold is not None:
            # the other side of the contract: "Mit dem Finanzinvestor X hat Y einen Vertrag über den Verkauf der Z
            # unterzeichnet"
            buyers += [m for m in scope.in_slots({"mit"}) if m.label == "ORG" and not m.is_anaphor and m is not sold][:1]
        if not buyers and (sold is None or sold.label != "ORG"):
            return None  # "den Verkauf der Sparte" with no buyer: no company named changes hands
        sellers = [m for m in subjects if m is not sold][:1]
        targets += [sold] if sold is not None else sellers  # "den Verkauf der Sparte": a unit of the seller
    elif scope.find("sale") and not is_passive:  # "X verkauft seine Sparte an Z": an unnamed unit is X's
        sellers = subjects[:1]
        # "X verkauft seine Mehrheit an Y an Z": the first "an" names the company whose shares are sold
        stakes = [m for m in after_an if _shares_of(scope, m)] + _named_after_percent(scope)
        buyers += [m for m in after_an if m not in stakes]
        # "X trennt sich von seiner Sparte Y": the company parted with is named after "von"
        parted = [m for m in scope.in_slots({"von"}) if m not in sellers] if _parts_with(scope) else []
        targets += stakes or parted[:1] or subjects[1:] or sellers
        own = rules.own_stake.search(scope.text, scope.start, scope.end) if not stakes and sellers else None
        if own is not None and len(_AN.findall(scope.text, own.end(), scope.end)) < 2:
            # "ihr gesamtes Paket an Z zu verkaufen", not "seine Beteiligung an dem Windpark W an Z"
            holding = _holding_of(scope, scope.names(sellers, "investor"))
    elif is_passive:
        # "X soll auf Y verschmolzen werden": Y takes X over
        merger = any(c.label == "acquisition_merger" for c in scope.cues["acquisition"])
        buyers += scope.in_slots({"von"}) or (scope.in_slots({"auf"})[:1] if merger else [])
        if not buyers and (sold_to or scope.find("sale")):
            # "X wird an den Finanzinvestor Y verkauft", "X geht für ... an Y": the buyer after "an"
            buyers += [m for m in after_an if not _shares_of(scope, m)]
        targets += [m for m in subjects if m not in buyers]
    elif all(c.label == "acquisition_merger" for c in scope.cues["acquisition"]) and scope.in_slots({"mit"}):
        # "X will sich mit dem Rivalen Y zusammenschließen": the partner after "mit" is taken over
        targets += scope.in_slots({"mit"})[:1]
        buyers += [m for m in subjects if m not in targets][:1]
    else:  # "X übernimmt Y"; with the buyer named elsewhere, the subjects are targets
        # "übernimmt die Mehrheit an Y", "übernimmt 60 Prozent der Y"
        targets += [m for m in after_an if _shares_of(scope, m)] + _named_after_percent(scope)
        # a company turning down or accepting a bid is its target: "X hatte ein Übernahmeangebot ... abgelehnt";
        # not when its board does ("X hatte Y ein Angebot unterbreitet, das der Y-Vorstand zurückwies"), nor when
        # the bidder failed ("X war mit einem Übernahmeversuch gescheitert")
        # nor a relative clause's: "X war mit einer Offerte an der Familie Y gescheitert, die das Angebot als zu
        # niedrig zurückgewiesen hatte"
        answers = [c for c in scope.find("rejected") if c.text.lower() not in rules.bid_failed]
        if answers:
            relative = relative_spans(scope.text, scope.start, scope.end, rules)
            answers = [c for c in answers if not any(a < c.start < b for a, b in relative)]
        answers += scope.find("bid_accepted")
        responds = (
            is_bid and bool(subjects) and not subjects[0].is_anaphor and bool(answers)
            and not scope.find("company_organs")
        )  # fmt: skip
        split = 0 if buyers or responds else 1 + _joint_subjects(scope, subjects)
        buyers += subjects[:split]
        targets += subjects[split:]
        sellers = [m for m in scope.in_slots({"von"}) if m not in targets] if targets else []
        # not a person's employer: "Analyst X von der Y begrüßte die Übernahme"
        targets = targets or [m for m in scope.in_slots({"von"}) if not _employer(scope, m)]
    buyers += [m for m in _co_investors(scope, (scope.start, scope.end)) if m not in buyers]
    # a person takes over a post, not a company: "X soll den Aufsichtsratsvorsitz übernehmen"
    targets = [m for m in targets if m not in buyers and m.label != "PER"]
    # a regulator deciding on a takeover is none of its parties: "Das Bundeskartellamt hat die Übernahme der
    # sauerländischen Kalkwerk X GmbH durch Y untersagt"
    targets = [m for m in targets if not (m.name and is_deciding_body(m.name, rules))]
    if not targets:  # "übernimmt 80 Prozent der Sparte, die künftig unter dem Namen X firmieren soll"
        targets = _unit_named(scope, buyers)
    if not targets:  # "für die Muttergesellschaft des jungen Unternehmens"
        targets = [m for m in scope.mentions if m.is_anaphor and m not in buyers]
    buyer_names = scope.names(buyers, "investor")
    if amount is not None and buyer_names and not targets and _sellers_of_recent(scope, buyer_names):
        buyer_names = []  # "Den Kaufpreis bezifferte der Konzern auf ...": the seller just named tells the price
    answered = _bid_answered(scope, targets) if is_bid and not buyer_names else None
    if answered is not None:
        # "Auch die erste Nachbesserung auf 42 Euro je Aktie lehnte der Vorstand ab": a bid of the same bidder
        # for the same company as the one just before, the board answering it
        buyer_names = [name for name, role in answered.parties.items() if role in ("bidder", "acquirer")]
    buyer_set = set(buyer_names)
    target = (
        answered.target if answered
        else holding or scope.first(targets, "target", buyer_set) or _organ_company(scope, buyer_set)
    )  # fmt: skip
    if target is None and buyer_names:
        heads = [c.text.lower() for c in scope.cues["acquisition"] if c.is_head]
        if any(head in _COUNTER_BIDS for head in heads):
            target = _bid_target(scope, buyer_set, own=False)  # "Insidern zufolge erwägt X ein Gegenangebot"
        if target is None and is_bid and heads:
            # "X erwägt, sein Angebot aufzustocken": its own bid; "X bestätigte, ein Übernahmeangebot
            # vorzubereiten": for the company another is after
            target = _bid_target_any(scope, buyer_set)
        if target is None:
            target = _for_sale(scope, buyer_set)  # "X steht vor dem Verkauf von Y. Z verhandelt über eine Übernahme"
        if target is None and rules.interest.find(scope.text, scope.start, scope.end):
            target = _bid_target(scope, buyer_set, own=False)  # "X habe Interesse signalisiert": at the company bid for
        if target is None and is_bid and not heads and amount is None:
            # "Auch der Finanzinvestor X hatte geboten" (a verb): as with a bid's noun above; with a price, a
            # statement of that takeover ("X hatte für das Paket 880 Mio. Euro geboten"), found below
            target = _bid_target_any(scope, buyer_set)
        if target is None and is_bid and (
            rules.per_share.search(scope.text, scope.start, scope.end) or scope.find("rejected")
        ):
            # "Halvorsen bietet nun 46,50 Euro je Aktie": for the listed one; "hatte sie ein Angebot des
            # Konkurrenten X ausgeschlagen": for the company the article is about
            target = _first_company(scope, buyer_set)
    price_only = all(c.label == "acquisition_weak" for c in scope.cues["acquisition"])
    earlier = None
    if amount is not None and (
        not buyer_names
        or (
            target is None
            and (
                _takeover_referred_to(scope)
                or scope.find("payment")
                or rules.stake_reference.search(scope.text, scope.start, scope.end)  # "hatte für das Paket ... geboten"
            )
        )
    ):
        # a price for a takeover stated before: "Der Kaufpreis liegt bei ...", "X lässt sich den Kauf ... kosten",
        # "Die Japaner zahlen rund 420 Mio. Euro" (the buyer of that takeover paying, no target named)
        # the whole price may stand further back: "Insgesamt beläuft sich der Kaufpreis damit auf ..."
        whole = bool(scope.find("price_total"))
        earlier = _recent_takeover(scope, target, buyer_names, reach=TARGET_REACH if whole else FOLLOW_UP_REACH)
    if earlier is None and target is None and amount is not None and not buyer_names and not is_bid:
        stake = _stake_price(scope, amount, [])
        if stake is not None:  # "X übernimmt 49 Prozent der Aktien der Y AG. Der Kaufpreis beträgt 337 Mio. Franken."
            return stake
    if earlier is None and target is None and is_bid and amount is not None and buyer_names:
        if rules.pluperfect.search(scope.text, scope.start, scope.end):
            # a bid of the past with its price, for no takeover stated: "Vor vier Jahren hatte X eine Übernahme
            # angeboten und soll dafür rund 90 Mio. Franken geboten haben" is for the company the article's deals are
            # about (in a roundup, its entry's deals: not "Der Maschinenbauer X behält seine Gießerei", a unit unnamed)
            target = scope.discourse.main_target(buyer_set, rules, of_entry_deals=True)
    unnamed_bidder = is_bid and any(
        c.is_head and rules.grammar.unnamed_link.match(scope.text, c.end, scope.end) for c in scope.cues["acquisition"]
    )
    if price_only and (earlier is None or amount is None or buyer_names or not _price_of_the_takeover(scope, amount)):
        return None  # a price of something else, or of no takeover stated just before
    seller_names = scope.names(sellers, "investor")
    # a company put up for sale by its named owner ("X prüft einen Verkauf von Y"), the buyer not (yet) named; a
    # subsidiary named with its parent's name is another company ("Harlund prüft den Verkauf seiner Tochter Harlund
    # Kabel"), not an unnamed unit of the seller ("X verkauft seine Sparte": the seller's own name)
    for_sale = (
        bool(seller_names) and target is not None and not any(n.casefold() == target.casefold() for n in seller_names)
    )
    # "ist übernommen worden": the perfect passive says a takeover took place, whoever the buyer
    taken_over = (
        target is not None
        and any(m in subjects for m in targets)
        and any(scope.text.startswith(" worden", c.end) for c in scope.cues["acquisition"] if c.label == "acquisition")
    )
    # "Nach drei Generationen wird der Hersteller X verkauft": a company sold, the buyer named after it
    sold = (
        is_passive
        and (sold_to or bool(scope.find("sale")))
        and target is not None
        and any(m in subjects for m in targets)
        and scope.first_word().lower() not in rules.grammar.conditional_openers  # "falls X verkauft wird"
    )
    # "Eine Übernahmeofferte für den Konkurrenten X hatte dessen Eigentümerfamilie ausgeschlagen": a bid for a
    # named company, turned down, whoever made it
    turned_down = (
        is_bid
        and target is not None
        and bool(scope.find("rejected"))
        and any(m.slot == "für" and not m.is_anaphor for m in targets)
    )
    if amount is None and (target is None or not (buyer_names or for_sale or taken_over or sold or turned_down)):
        # without an amount, only a named buyer (or seller) and target make a takeover, or a company
        # said to be taken over: "Der Linzer Anbieter ... ist übernommen worden"
        return None
    draft = scope.new_draft("acquisition", earlier.target if earlier else target, _anchor(scope, amount), amount)
    if earlier is not None:
        _price_of(draft, earlier)
        draft.is_total = whole
    # its price, or the buyer's earlier bid; not a bid of someone unnamed ("eines Finanzinvestors")
    for name, role in earlier.parties.items() if earlier and not unnamed_bidder else ():
        draft.add_party(name, "bidder" if is_bid and role == "acquirer" else role)
    if is_bid and draft.status == "completed" and not scope.find("bid_accepted"):
        draft.status = "planned"  # an open offer
        draft.statuses = [draft.status]
    for name in buyer_names:
        draft.add_party(name, "bidder" if is_bid else "acquirer")
    for name in seller_names:
        if same_name(name, target):
            draft.parties[name] = "seller"  # a unit of the seller changes hands
        else:
            draft.add_party(name, "seller")
    if is_bid and amount is not None and _bid_for_minority(scope, amount):
        # "ein Angebot der X, das über 120 Mio. Euro für einen Anteil von 20 Prozent vorsah": a bid for a stake
        draft.type = "investment"
        draft.parties = {name: "investor" if role == "bidder" else role for name, role in draft.parties.items()}
    return draft


def _bid_for_minority(scope: Scope, amount: MoneyMention) -> bool:
    """A bid's amount followed by a stake of half or less: "über 120 Mio. Euro für einen Anteil von 20 Prozent"."""
    text, end, rules = scope.text, scope.view.end, scope.rules
    return stake_price(text, amount.end, end, rules) and not buys_control(text, amount.end, end, rules)


def _unit_named(scope: Scope, buyers: list[Mention]) -> list[Mention]:
    """The company named right after "unter dem Namen" (rules/party_patterns.yaml, deal_object_cues naming): a unit
    taken over under its new name."""
    for match in scope.rules.unit_named.finditer(scope.text, scope.start, scope.end):
        named = next((m for m in scope.mentions if 0 < m.start - match.end() <= 3 and m.label == "ORG"), None)
        if named is not None and named not in buyers:
            return [named]
    return []


def _passive(scope: Scope) -> bool:
    """Whether the clause tells its takeover in the passive: an auxiliary after the verb of buying across a comma
    belongs to another statement ("hatten die Briten X übernommen, Details zum Preis wurden nicht genannt")."""
    text, verbs = scope.text, [c for c in scope.cues["acquisition"] if not c.is_head]
    for match in scope.rules.grammar.passive.finditer(text, scope.start, scope.end):
        if not any(cue.end <= match.start() and "," in text[cue.end : match.start()] for cue in verbs):
            return True
    return False


def _joint_subjects(scope: Scope, subjects: list[Mention]) -> int:
    """1 when the first two subjects are joined by "und" before the verb of buying: "Geschäftsführer X und
    Finanzchefin Y übernehmen das Unternehmen" (both buy), else 0."""
    cues = scope.cues["acquisition"]
    verbs = [c for c in cues if not c.is_head and c.label == "acquisition"]
    if len(subjects) < 2 or not verbs or subjects[1].end > verbs[0].start or any(c.label != "acquisition" for c in cues):
        # "X und Y besiegeln ihre Fusion": the first takes over the second
        return 0
    first, second = subjects[0], subjects[1]
    grammar = scope.rules.grammar
    gap = grammar.list_gap.fullmatch(scope.text, first.end, second.start)
    if gap is None or "," in gap.group() or not set(gap.group().lower().split()) & grammar.joining_conjunctions:
        return 0
    return 1


def _bid_answered(scope: Scope, targets: list[Mention]) -> Draft | None:
    """The bid stated in the last few sentences, when a board turns down or accepts one and no company is named."""
    # a reference in the genitive names the company whose board speaks ("Vorstand und Aufsichtsrat des
    # Heilbronner Unternehmens lehnten das Angebot ab"), no company bid for
    named = [t for t in targets if not (t.is_anaphor and t.slot == "genitive")]
    if named or not scope.find("company_organs") or not (scope.find("rejected") or scope.find("bid_accepted")):
        return None
    for draft in scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH):
        roles = draft.parties.values()
        # a takeover resisted is a bid as well: "X wehrt sich gegen eine Übernahme durch Y"
        if draft.type == "acquisition" and draft.target and ("bidder" in roles or ("acquirer" in roles and "rejected" in draft.statuses)):
            return draft
    return None


# The counter-bid nouns of rules/deals.yaml (acquisition heads): a rival's bid for a company already bid for.
_COUNTER_BIDS = frozenset({"gegenangebot", "gegenofferte", "gegengebot", "konkurrenzangebot"})


def _bid_target_any(scope: Scope, bidders: set[str]) -> str | None:
    """The company of the latest takeover by one of ``bidders``, else the one another buyer or bidder is after."""
    return _bid_target(scope, bidders, own=True) or _bid_target(scope, bidders, own=False)


def _bid_target(scope: Scope, bidders: set[str], *, own: bool) -> str | None:
    """The target of the latest takeover of the article by one of ``bidders`` (``own``), or by another
    buyer or bidder: the company they are after as well (not one another bought long ago: ``held``, or
    completed in a year named, "2021 übernahm das Unternehmen den Kältetechniker X")."""
    for draft in reversed(scope.discourse.drafts):
        if draft.sentence < scope.discourse.entry_start:
            break  # a roundup's entry speaks of its own deals
        if draft.type == "acquisition" and draft.target and draft.is_backed_by(bidders) == own and (own or not draft.is_background):
            return draft.target
    return None


def _first_company(scope: Scope, exclude: set[str]) -> str | None:
    """The first company the article names that is none of ``exclude`` and no investor: the one whose shares a
    bid by price per share is for, when no takeover was stated before ("Übernahmepoker um Rheinauer Messtechnik
    ... Halvorsen bietet nun 46,50 Euro je Aktie"); in a roundup, its entry's company ("Hebewerk Ost: Der Leipziger
    Kranvermieter hat eine Übernahmeofferte des Konkurrenten X ... zurückgewiesen")."""
    entry = scope.discourse.entry_company(exclude)
    if entry is not None and not is_investor_name(entry, scope.rules):
        return entry
    for index in range(scope.discourse.entry_start, scope.view.index):
        for mention in scope.discourse.sentences[index]:
            if mention.label != "ORG" or mention.is_anaphor or not usable(mention, False):
                continue
            name = scope.name(mention, "target")
            if name and not is_investor_name(name, scope.rules) and not any(same_name(name, e) for e in exclude):
                return name
    return None


def _for_sale(scope: Scope, buyers: set[str]) -> str | None:
    """The company of a sale stated in the last few sentences whose buyer was not named, in the roundup entry read
    (not a sale of the entry before: "Medivo will polnischen Versandapotheker kaufen")."""
    for draft in scope.discourse.recent(scope.view.index, TARGET_REACH, in_entry=True):
        if draft.type == "acquisition" and not draft.investors and "seller" in draft.parties.values():
            return draft.target if not any(same_name(b, draft.target) for b in buyers) else None
    return None


def _named_after_percent(scope: Scope) -> list[Mention]:
    """The company named right after a stake's size: "60 Prozent seiner Tochter Y", "51 Prozent der Y AG",
    "49 Prozent der Aktien der Y AG"."""
    percent = scope.rules.stake_percent.search(scope.text, scope.start, scope.end)
    if percent is None:
        return []
    end = percent.end()
    shares = scope.rules.stake_of_shares.match(scope.text, end)
    if shares is not None and shares.group().split()[0].lower() not in scope.rules.grammar.target_prepositions:
        end = shares.end()  # " der Aktien": the company follows ("an" is read by _shares_of)
        following = scope.text[end : end + 8].split()[:1]
        if following and scope.rules.grammar.preposition_of.get(following[0].lower()) == "von":
            return []  # "25,1 Prozent der Anteile vom Finanzinvestor X": the seller, not the company
    named = _name_after(scope, end)
    return [named] if named is not None and named.label == "ORG" else []


# The sale nouns of rules/deals.yaml (acquisition: sale), which name what is sold after them.
_SALE_NOUNS = frozenset({"verkauf", "verkaufs", "veräußerung"})


def _parts_with(scope: Scope) -> bool:
    """A sale said as parting with ("trennt sich von"), whose company sold follows "von"."""
    return any(c.text.split()[0].lower() in scope.rules.parting_verbs for c in scope.find("sale"))


def _entry_referred(scope: Scope, mentions: list[Mention]) -> Draft | None:
    """The stake or takeover of the last sentences whose investor the one reference in ``mentions`` stands for."""
    if len(mentions) != 1 or not mentions[0].is_anaphor or mentions[0].is_pronoun:
        return None
    buyer = scope.name(mentions[0], "investor")
    if buyer is None:
        return None
    return next(
        (
            d for d in scope.discourse.recent(scope.view.index, _ENTRY_REACH)
            if d.type in ("investment", "acquisition") and d.target and not same_name(d.target, buyer)
            and d.is_backed_by([buyer])
        ),
        None,
    )  # fmt: skip


# How many sentences before a stake sold to a reference ("an die Dänen") the entry of its buyer may stand.
_ENTRY_REACH = 2


def _shares_of(scope: Scope, mention: Mention) -> bool:
    """A name after "die Mehrheit an", "49 Prozent der Anteile an": the company whose shares change hands.

    Not after an article of the accusative ("verkauft die Mehrheit an den Finanzinvestor X": a stake is held
    "an dem" company) nor after a noun for an investor ("verkauft Mehrheit an Finanzinvestor X"): the buyer.
    """
    rules = scope.rules
    match = rules.stake_of.search(scope.text, max(scope.start, mention.start - 120), mention.start)
    if match is None:
        return False
    words = match.group("after").lower().split()
    return not words or not (words[0] in rules.grammar.accusative_articles or any(w.endswith(rules.kind_nouns) for w in words))


def bid_total(scope: Scope, amounts: list[MoneyMention]) -> None:
    """ "Insgesamt hätte X für das Unternehmen rund 1,1 Mrd. Euro auf den Tisch gelegt": a clause without
    a deal cue naming the buyer or bidder of a takeover just stated without a total (with a price per
    share only, or none) and, after "für", its target, or a verb of paying, gives that takeover its total.
    A verb of paying with the payer named gives its total to a stake as well, a few sentences on: "X hat
    24,9 Prozent an Y übernommen. [...] Nach Informationen des Handelsblatts zahlt X rund 300 Mio. Franken"."""
    amounts = [a for a in amounts if not scope.rules.per_share.match(scope.text, a.end, scope.end)]
    # "bietet nun 42,50 Euro je Aktie. Das ursprüngliche Angebot hatte bei 36 Euro gelegen": a price per share
    amounts = [a for a in amounts if not (share_price_sized(a) and (quotes_per_share(scope) or raises_bid(scope)))]
    # "Medivo bietet 620 Millionen Zloty, rund 145 Millionen Euro": one amount, restated in euros
    amounts = [a for i, a in enumerate(amounts) if not (i and converts(scope, amounts[i - 1], a))]
    if len(amounts) != 1 or amounts[0].money.value is None or _part_of_stated(scope, amounts[0]):
        return  # "Davon zahlt X 60 Mio. Euro in bar": a part of the price just stated, no total
    if _turned_down_bid(scope, amounts[0]):
        return
    subjects = scope.names(scope.subjects(persons=False), "investor")
    # a verb of paying, not for something else ("zahlte 40 Mio. Euro Steuern")
    pays = bool(scope.find("payment")) and not _noun_after(scope, amounts[0])
    paid_by_name = pays and bool(subjects)
    reach = PAYER_REACH if paid_by_name else FOLLOW_UP_REACH
    recent = [
        draft
        for draft in reversed(scope.discourse.drafts)
        if scope.view.index - draft.sentence <= reach
        and (draft.type == "acquisition" or (paid_by_name and draft.type == "investment"))
        and draft.amount is None
        and draft.is_backed_by(subjects)
    ]
    if not recent:
        if not subjects:
            _restated_bid_total(scope, amounts[0])
        return
    latest = recent[0]
    targets = [scope.name(m, "target") for m in scope.in_slots({"für"})]
    if targets:
        if not any(same_name(name, latest.target) for name in targets):
            return
    # without a target: a verb of bidding ("X hatte angekündigt, den Aktionären insgesamt 4,8 Mrd. Euro
    # zu bieten") or of paying ("Laut Insidern zahlt X einschließlich Schulden rund 1,4 Mrd. Euro")
    elif not (scope.find("bid") or pays):
        return
    # every report of that bid just before gets the total ("lehnte das Angebot ab", "Die Offerte ...
    # unterbewerte"), so that they fold into one deal
    for draft in recent:
        if same_name(draft.target, latest.target):
            draft.amount = amounts[0]


def _turned_down_bid(scope: Scope, amount: MoneyMention) -> bool:
    """ "Im März schmetterte die Chefin einen ersten Vorstoß über 4,1 Mrd. Euro ab", "Zuvor war X mit einem Gebot
    von knapp 380 Mio. Euro bei den Gesellschaftern gescheitert": a bid (the noun) turned down, with a total of
    its own, for the company of the takeover stated last (however far back: the article's sale); for its bidder
    see _turned_down_bidder. It is a deal of its own, rejected."""
    bids = [c for c in scope.find("bid") if c.word[:1].isupper()]
    if not bids or not scope.find("rejected"):
        return False
    takeover = _recent_takeover(scope, None, reach=scope.view.index)  # the article's takeover, however far back
    if takeover is None:
        return False
    stated = takeover.amount.money if takeover.amount is not None else None
    if stated is not None and stated.value == amount.money.value and stated.currency == amount.money.currency:
        return False  # the bid stated, told again
    bidder = _turned_down_bidder(scope, takeover)
    if bidder is None:
        return False
    draft = scope.new_draft("acquisition", takeover.target, bids[0].start, amount)
    draft.status, draft.statuses = "rejected", ["rejected"]
    draft.add_party(bidder, "bidder")
    scope.discourse.add(draft)
    return True


def _turned_down_bidder(scope: Scope, takeover: Draft) -> str | None:
    """Who made a bid turned down: the clause's subject ("war X mit einem Gebot ... gescheitert"), else a company
    named before it in the sentence ("eine Übernahme durch X war geplatzt: Die Gesellschafter lehnten dessen
    Angebot ... ab"), else the one negotiated with in the sentence before ("hatte mit X verhandelt. Die Gespräche
    scheiterten, nachdem die Familie ein Angebot ... zurückgewiesen hatte"), else the bidder of the takeover."""
    target = takeover.target
    subjects = [n for n in scope.names(scope.subjects(persons=False), "investor") if not same_name(n, target)]
    if subjects:
        return subjects[0]
    before = [m for m in scope.view.mentions if m.end <= scope.start and usable(m, False) and not m.is_modifier]
    index = scope.view.index
    if index and index - 1 < len(scope.discourse.sentences):
        before = before or [m for m in scope.discourse.sentences[index - 1] if m.slot == "mit" and usable(m, False)]
    for mention in reversed(before):
        name = scope.name(mention, "investor")
        if name and not same_name(name, target):
            return name
    return next((n for n, r in takeover.parties.items() if r in INVESTOR_ROLES), None)


def _restated_bid_total(scope: Scope, amount: MoneyMention) -> None:
    """ "Das entspräche einem Gesamtwert von knapp 1,3 Mrd. Euro", "Insgesamt hat die Offerte damit einen Wert
    von 1,2 Mrd. Euro": a clause naming no one that speaks of the bid or of what its price comes to gives the
    bid stated just before with a price per share, and no total, its total. A bid noun gives it to a bid stated
    just before with no price at all, or to a takeover planned: "X erwägt ein Gegenangebot. Im Raum stehe eine
    Barofferte von bis zu 2 Mrd. Dollar", "X will Y übernehmen. [...] Das Angebot hat ein Volumen von 1,15 Mrd. Euro";
    and to a sale called off with no buyer, the bid's author its bidder: "X bläst den Verkauf von Y ab. [...] Das
    höchste Angebot, das vom Finanzinvestor Z kam, lag bei etwa 280 Mio. Euro"."""
    names_bid = bool(scope.find("bid"))
    if not (scope.find("bid_equivalent") or names_bid):
        return
    per_share = scope.rules.per_share
    # a bid noun refers to the takeover further back than a restatement of its price does
    for draft in scope.discourse.recent(scope.view.index, TARGET_REACH if names_bid else FOLLOW_UP_REACH):
        if draft.type != "acquisition":
            continue
        priced = per_share.search(scope.text, draft.evidence_start, draft.evidence_end) is not None
        called_off = names_bid and "rejected" in draft.statuses and not draft.investors
        # a takeover planned is made by an offer: "X will Y übernehmen. [...] Das Angebot hat ein Volumen von ..."
        offered = names_bid and ("bidder" in draft.parties.values() or draft.status == "planned")
        if draft.amount is None and (priced or called_off or offered):
            draft.amount = amount
            if called_off:
                for name in scope.names([m for m in scope.in_slots({"von"}) if m.label == "ORG"][:1], "investor"):
                    draft.add_party(name, "bidder")
        return


_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:den|die|das|der|dem|diesen|diese|dieses|diesem)[^\S\n]{1,3}$", re.IGNORECASE)
_OBJECT_LINK = re.compile(r"[^\S\n]{1,3}(?:von|des|der|eines|einer)[^\S\n]", re.IGNORECASE)


def _takeover_referred_to(scope: Scope) -> bool:
    """A takeover noun referring back, with a buyer and no target named: "X lässt sich den Kauf 1,4 Mrd.
    Euro kosten". Not with what is taken over after it ("den Kauf von Teltix", "den Kauf des Herstellers"),
    and not takeovers in general ("prüft Zukäufe im Volumen von ...")."""
    text = scope.text
    return any(
        c.is_head
        and _DEFINITE_BEFORE.search(text, max(scope.start, c.word_start - 12), c.word_start) is not None
        and _OBJECT_LINK.match(text, c.end, scope.end) is None
        for c in scope.cues["acquisition"]
    )


# What a price is of, between "Preis" and the amount: per share, or "für" anything but the deal
_PRICE_OF_OTHER = re.compile(
    r"(?i)(?<![\w-])(?:je|pro)(?![\w-])|(?<![\w-])für(?![\w-])(?!\s{1,3}(?:die|den|das)\s{1,3}"
    r"(?:übernahme|kauf|erwerb|zukauf|transaktion|unternehmen|firma|sparte|tochter|geschäft)(?![\w-]))"
)


def _price_of_the_takeover(scope: Scope, amount: MoneyMention) -> bool:
    """ "ein Preis von rund 150 Mio. Euro", "Der Preis für die Übernahme liegt bei ...": not "der Preis je
    Aktie" or "der Preis für eine Tonne Stahl"; the amount follows the word "Preis" in the clause."""
    cues = [c for c in scope.cues["acquisition"] if c.end <= amount.start]
    return bool(cues) and _PRICE_OF_OTHER.search(scope.text, cues[-1].end, amount.start) is None


_NOUN_AFTER = re.compile(r"[^\S\n]{1,3}[A-ZÄÖÜ][a-zäöüß]")


def _noun_after(scope: Scope, amount: MoneyMention) -> bool:
    """A capitalized word right after the amount: what it pays for ("40 Mio. Euro Steuern")."""
    return _NOUN_AFTER.match(scope.text, amount.end, scope.end) is not None


def _recent_takeover(
    scope: Scope, target: str | None, buyers: Sequence[str] = (), reach: int = FOLLOW_UP_REACH
) -> Draft | None:
    """The takeover (of ``target``, when known) stated just before, for a clause naming no buyer: its
    price ("Der Kaufpreis liegt bei ..."), or an earlier bid ("Ein erstes Angebot hatte der Vorstand abgelehnt").
    With ``buyers`` named, their latest takeover of the last few sentences, further back than a clause naming
    no buyer reaches: "Nach Informationen aus Finanzkreisen zahlt Nordkap für das Paket rund 420 Mio. Euro";
    a clause naming none reaches ``reach`` sentences back. In a roundup, only back to the entry read now."""
    for draft in scope.discourse.recent(scope.view.index, TARGET_REACH if buyers else reach, in_entry=True):
        if draft.type != "acquisition" or not draft.target or (target is not None and not same_name(draft.target, target)):
            continue
        if not buyers or draft.is_backed_by(buyers):
            return draft
        if scope.view.index - draft.sentence <= FOLLOW_UP_REACH:
            return None  # another buyer's takeover just before: this is another deal
    return None


def _sellers_of_recent(scope: Scope, names: list[str]) -> bool:
    """Whether ``names`` all sell in the takeover stated just before."""
    recent = _recent_takeover(scope, None)
    return recent is not None and all(recent.root().parties.get(name) == "seller" for name in names)


def _stake_price(scope: Scope, amount: MoneyMention, payers: list[str]) -> Draft | None:
    """The price of a stake bought without one in the last few sentences (by one of ``payers``, when named)."""
    stake = _recent_stake(scope)
    if stake is None or (payers and not stake.is_backed_by(payers)):
        return None
    return _amount_of(scope, stake, amount, amount.start, "investment")


def _recent_stake(scope: Scope) -> Draft | None:
    """A stake bought without a price in the last few sentences, when a price follows naming no deal of its own."""
    for draft in scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH):
        if draft.sentence < scope.view.index and draft.type == "investment" and draft.target and not draft.held:
            return draft if draft.amount is None else None
    return None


def _article_company(scope: Scope, exclude: set[str]) -> str | None:
    """The company the article spoke of last, as for a reference ("das Unternehmen")."""
    reference = Mention(scope.start, scope.start, "", None, "ORG", is_anaphor=True)
    return scope.discourse.resolve(reference, "target", scope.view.index, exclude)


def _organ_company(scope: Scope, exclude: set[str]) -> str | None:
    """The company whose board or owners speak ("hatte der Aufsichtsrat abgelehnt"): the one named in the
    compound ("der Brandt-Vorstand", "den Brandt-Aktionären"), else the one named last before, as for a
    reference, else the target of the latest deal."""
    # not a person's title: "nach Angaben von Finanzvorstand Matthias Köhnen"
    organs = [o for o in scope.find("company_organs") if not _titles_person(scope, o)]
    if not organs:
        return None
    organ = organs[0]
    for mention in scope.mentions:
        if mention.is_modifier and mention.start == organ.word_start and mention.name and mention.name not in exclude:
            return mention.name
    reference = Mention(organ.start, organ.end, organ.text, None, "ORG", is_anaphor=True)
    return scope.discourse.resolve(reference, "target", scope.view.index, exclude) or scope.discourse.recent_target(
        scope.view.index, exclude
    )


def _titles_person(scope: Scope, cue: CueMatch) -> bool:
    """A noun right before a person's name, the person's title: "Finanzvorstand Matthias Köhnen"."""
    return any(m.label == "PER" and m.start > cue.end and not scope.text[cue.end : m.start].strip() for m in scope.mentions)


def _viewpoint(scope: Scope) -> Mention | None:
    """ "Für X ist es nach der Übernahme von Y der zweite Zukauf": the company whose deal it is, named after a
    clause-opening "für" and before a copula."""
    grammar = scope.rules.grammar
    for mention in scope.in_slots({"für"}):
        opening = scope.text[scope.start : mention.start].split()
        if (
            len(opening) == 1
            and grammar.preposition_of.get(opening[0].lower()) == "für"
            and grammar.copula.match(scope.text, mention.end, scope.end)
        ):
            return mention
    return None


def _named_after_noun(scope: Scope, cue: CueMatch) -> Mention | None:
    """The name right after a deal noun: "Übernahmeangebot der UniCredit", "Übernahme von X"."""
    return _name_after(scope, cue.end) if cue.is_head else None


def _name_after(scope: Scope, end: int, mentions: Iterable[Mention] | None = None) -> Mention | None:
    """The name a deal noun ending at ``end`` links to: "Übernahme von X", "Verkauf der Tochter X"; among
    ``mentions`` when given (those of another sentence), else the clause's."""
    return name_linked_after(scope.text, end, scope.mentions if mentions is None else mentions, scope.rules)


def _owner_of(scope: Scope, cue: CueMatch) -> Mention | None:
    """The company a deal noun belongs to: "Anthropic-Finanzierungsrunde", "Finanzierungsrunde von X"."""
    for mention in scope.mentions:
        if mention.is_modifier and cue.word_start <= mention.start < cue.start and usable(mention, False):
            return mention
        if cue.end < mention.start <= cue.end + 6 and mention.slot in ("von", "genitive") and usable(mention, False):
            return mention
    return None


def _brought_to_market(scope: Scope) -> Mention | None:
    """ "Auerbach bringt seine Schmierstoffsparte Lubrana an die Börse": the company its owner lists, named
    between the verb and the exchange (or before the exchange when the verb closes the clause: "will die Tochter
    X an die Börse bringen"), not the subject."""
    if not scope.rules.ipo_brought.search(scope.text, scope.start, scope.end):
        return None
    owner = next(iter(scope.subjects(persons=False)), None)
    for cue in scope.cues["ipo"]:
        if cue.is_head:
            continue  # a noun ("Börsengang") names no exchange a company is brought to
        verb = scope.rules.ipo_brought.search(scope.text, scope.start, cue.start)
        # past the verb, else past the owner (the clause's first subject)
        start = verb.end() if verb else owner.end if owner is not None else scope.end
        listed = [m for m in scope.mentions if m.label == "ORG" and start <= m.start < cue.start and usable(m, False)]
        if listed:
            return listed[-1]
    return None


def ipo(scope: Scope, amount: MoneyMention | None, before: Zone, after: Zone) -> Draft | None:
    """The company going public: named with the noun ("Börsengang von X"), brought to the exchange by its owner, or
    the subject."""
    owner = next((o for c in scope.cues["ipo"] if (o := _owner_of(scope, c)) is not None), None)
    owner = owner or _brought_to_market(scope)
    # "soll die Energiesparte unter dem Namen X AG abgespalten und eigenständig notiert werden": the unit's new name
    new_name = scope.rules.grammar.new_name
    named = [owner] if owner is not None else [
        m for m in scope.mentions if new_name.search(scope.text, max(scope.start, m.start - 30), m.start)
    ]
    # not where it lists: "die Erstnotiz im Prime Standard der Frankfurter Wertpapierbörse"
    candidates = [
        m for m in named + scope.subjects(persons=False) if not (m.name and is_listing_venue(m.name, scope.rules))
    ]
    target = scope.first(candidates, "target")
    if is_investor_name(target, scope.rules):
        return None  # "Auerbach will im Zuge des Börsengangs Papiere abgeben": a fund selling, not listing
    if target is None and amount is not None:  # "Der Emissionserlös soll bei 400 Mio. Euro liegen."
        target = next((d.target for d in reversed(_recent_ipos(scope)) if d.target), None)
    if target is None:
        return None
    anchor = amount.start if amount is not None else scope.cues["ipo"][0].start
    draft = scope.new_draft("ipo", target, anchor, amount)
    draft.is_total = amount is not None and bool(scope.find("ipo_total"))  # its parts: smaller amounts of the IPO
    return draft


def other(scope: Scope, amount: MoneyMention | None, before: Zone, after: Zone) -> Draft | None:
    """A programme: a named joint venture with its partners, else the spending company itself."""
    credit = scope.find("credit")
    if credit:
        return _credit(scope, amount, credit[0])
    venture = scope.rules.joint_venture.search(scope.text, scope.view.start, scope.view.end)
    subjects = scope.subjects(persons=False)
    target: str | None = None
    if venture is not None:
        name_start = venture.start("name")
        named = next((m for m in scope.view.mentions if m.start <= name_start < m.end and m.name), None)
        target = named.name if named is not None else venture.group("name").strip('“”"')
        subjects = [m for m in subjects if not (m.start <= name_start < m.end)]
    if venture is None and scope.cues["other"]:
        fund = _fund_named(scope)
        if fund is not None:  # "hat seinen vierten Fonds, Auerhahn Growth IV, ... geschlossen": the fund's own
            target = fund.name
            subjects = []
    names = scope.names(subjects, "investor")
    if venture is not None and not names:
        names = _both_before(scope)  # "Beide Unternehmen gründen dafür das Gemeinschaftsunternehmen X"
    if venture is None and target is None and amount is not None:
        joint = _venture_together(scope, subjects)
        if joint is not None:  # "Bis 2028 wollen sie gemeinsam rund 150 Mio. Euro in eine Anlage investieren"
            return _amount_of(scope, joint, amount, _anchor(scope, amount))
    if not names and target is None and amount is not None:
        stated = _programme_stated(scope)
        if stated is not None:
            # "Beide gründen das Gemeinschaftsunternehmen X. In den kommenden drei Jahren sollen insgesamt
            # 480 Mio. Euro in die Fabrik fließen": the amount of the programme just stated without one
            return _amount_of(scope, stated, amount, _anchor(scope, amount))
    if not names and target is None and amount is not None and _into_infrastructure(scope):
        # "kündigte die Chefin an, 600 Mio. Euro in neue Voltara-Werke zu investieren": the company of the works
        owners = [m for m in scope.mentions if m.is_modifier and m.label == "ORG" and usable(m, False) and _works_of(scope, m)]
        names = scope.names(owners or _earlier_subjects(scope) or _subject_before(scope), "investor")[:1]
    if not names and target is None and amount is not None and scope.cues["other"]:
        # a programme's noun, its company's board deciding: "Der Verwaltungsrat hat ein Aktienrückkaufprogramm
        # von bis zu 400 Mio. Franken beschlossen" (not "fließen dafür 212 Mio. Fr. an die Eigentümer")
        target = _organ_company(scope, set())
    if target is None and names and scope.find("pledge"):
        target = _taken_over_by(scope, names[0])  # "X hat zugesagt, ... in den Maschinenpark zu investieren"
    if target is None and names and amount is not None and is_investor_name(names[0], scope.rules):
        # a financial investor's programme is for the company it takes over: "Der Investor will zusätzlich rund
        # 150 Mio. Euro in die Entwicklung stecken", after its bid for X (anywhere before: a fund builds nothing)
        target = _taken_over_by(scope, names[0], scope.view.index + 1)
        if target is not None:
            draft = scope.new_draft("other", target, _anchor(scope, amount), amount)
            draft.parties[names[0]] = "investor"
            return draft
    target = target or (names[0] if names else None)  # nobody named: no programme worth a row
    if target is None:
        return None
    draft = scope.new_draft("other", target, _anchor(scope, amount), amount)
    if scope.cues["investment"] or venture is not None:  # spending, not a purchase commitment
        for name in names if venture is not None else names[:1]:
            draft.add_party(name, "investor")  # (not the company spending on its own programme)
    if draft.status == "completed" and venture is None and amount is not None and _announced(scope):
        draft.status, draft.statuses = "planned", ["planned"]
    return draft


def _venture_together(scope: Scope, subjects: list[Mention]) -> Draft | None:
    """The joint venture stated before without an amount, in the roundup entry read, whose partners spend together:
    "wollen sie gemeinsam ...", "Beide Partner bringen zusammen ... ein" (rules/deals.yaml venture_together); the
    subjects named, if any, all its partners (not "X will gemeinsam mit der Stadt ... stecken")."""
    text = scope.text
    together = scope.rules.venture_together.finditer(text, scope.start, scope.end)
    if all(text.startswith(" mit ", m.end()) for m in together):
        return None  # none, or only "gemeinsam mit" another
    named = set(scope.names([m for m in subjects if not m.is_anaphor], "investor"))
    for draft in scope.discourse.recent(scope.view.index, TARGET_REACH, in_entry=True):
        if draft.type == "other" and draft.target and len(draft.investors) >= 2:
            if draft.amount is not None or (named and named != draft.investors):
                return None
            return draft
    return None


def venture_contribution(scope: Scope, amount: MoneyMention) -> None:
    """ "Beide Partner bringen zusammen 90 Millionen Euro ein": money put in together, with no deal's word, is the
    amount of the joint venture stated before."""
    if not scope.find("venture_contribution"):
        return
    joint = _venture_together(scope, scope.subjects(scope.start, amount.start, persons=False))
    if joint is not None:
        scope.discourse.add(_amount_of(scope, joint, amount, _anchor(scope, amount)))


def _fund_named(scope: Scope) -> Mention | None:
    """The company named right after a fund's noun: the fund itself ("seinen vierten Fonds, Auerhahn Growth IV,")."""
    rules, text = scope.rules, scope.text
    return next(
        (
            m for m in scope.mentions
            if m.label == "ORG" and m.name and rules.fund_named.search(text, max(scope.start, m.start - 40), m.start)
        ),
        None,
    )  # fmt: skip


def _announced(scope: Scope) -> bool:
    """A programme stated in the present tense: "Silvanta baut sein Werk für 1,8 Mrd. Euro aus" (not
    "hat ... investiert"); rules/deals.yaml ``programme_present``."""
    rules = scope.rules
    if not rules.programme_present.find(scope.text, scope.start, scope.end):
        return False
    return rules.programme_past.search(scope.text, scope.start, scope.end) is None


def _both_before(scope: Scope) -> list[str]:
    """The two companies named as subjects of the sentence before, when "beide" opens the clause."""
    if not scope.rules.grammar.both.match(scope.text, scope.start):
        return []
    named = list(dict.fromkeys(m.name for m in _subjects_before(scope) if m.name))
    return named if len(named) == 2 else []


def _subjects_before(scope: Scope) -> list[Mention]:
    """The companies named as subjects of the sentence before."""
    index = scope.view.index
    if not index or index > len(scope.discourse.sentences):
        return []
    return [
        m for m in scope.discourse.sentences[index - 1]
        if m.slot == "subject" and m.label == "ORG" and m.name and not m.is_anaphor and not m.is_outlet
        and not m.is_genitive
    ]  # fmt: skip


def _programme_stated(scope: Scope) -> Draft | None:
    """The latest programme or venture stated without an amount in this sentence or the ones before
    (FOLLOW_UP_REACH)."""
    recent = scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH)
    return next((d for d in recent if d.type == "other" and d.amount is None and d.target), None)


def _observer(scope: Scope, mention: Mention) -> bool:
    """A person named after a role of one who judges deals (rules/deals.yaml observer_roles): "Analyst X"."""
    return mention.label == "PER" and bool(
        scope.rules.observer_before.search(scope.text, max(scope.start, mention.start - 30), mention.start)
    )


def _employer(scope: Scope, mention: Mention) -> bool:
    """A name right after a person and "von" (with its article): the person's employer, "X von der Y", "X vom Y"."""
    grammar = scope.rules.grammar
    for person in scope.mentions:
        if person.label == "PER" and person.end < mention.start:
            words = scope.text[person.end : mention.start].split()
            if words and grammar.preposition_of.get(words[0]) == "von" and all(w in grammar.determiners for w in words[1:]):
                return True
    return False


_AN = re.compile(r"(?<![\w-])an(?![\w-])", re.IGNORECASE)


def _holding_of(scope: Scope, holders: list[str]) -> str | None:
    """The company ``holders`` hold a stake in: the target of the latest stake of theirs stated, else the
    company the article speaks of ("Die Familienholding hält 43,2 Prozent an dem Unternehmen. Sie hat sich
    verpflichtet, ihr gesamtes Paket an Corvalis zu verkaufen")."""
    if not holders:
        return None
    for draft in reversed(scope.discourse.drafts):
        if draft.type == "investment" and draft.target and draft.is_backed_by(holders):
            return draft.target
    return scope.discourse.central_company(scope.start, set(holders), scope.rules)


def _taken_over_by(scope: Scope, buyer: str, reach: int = FOLLOW_UP_REACH) -> str | None:
    """The company ``buyer`` took over (or bid for) in the last ``reach`` sentences, if any."""
    for draft in scope.discourse.recent(scope.view.index, reach):
        if draft.type == "acquisition" and draft.target and draft.is_backed_by([buyer]):
            return draft.target
    return None


def _earlier_subjects(scope: Scope) -> list[Mention]:
    """The companies that are subjects of the sentence's clauses before this one: "Mit dem Erlös will X ein
    Programm mitfinanzieren: Bis 2028 sollen drei Milliarden Euro in neue Rechenzentren fließen"."""
    return [m for m in scope.sentence_subjects(persons=False) if m.start < scope.start][-1:]


def _subject_before(scope: Scope) -> list[Mention]:
    """The one company that is the subject of the sentence before, for a clause opening its sentence: "Den
    Emissionserlös will Pipettra in die Fertigung stecken. Bis 2027 sollen rund 120 Mio. Franken in ein neues
    Werk fließen"."""
    if scope.start != scope.view.start:
        return []
    subjects = _subjects_before(scope)
    return subjects if len({m.name for m in subjects}) == 1 else []


def _credit(scope: Scope, amount: MoneyMention | None, cue: CueMatch) -> Draft | None:
    """ "eine Kreditlinie der Deutschen Bank über 50 Mio. Euro": the borrower named after "für" or as
    the subject, else the company the article's deals are about; lenders are named after the noun, in
    its phrase (not "..., die X nutzen will"), or as the subject of a lending verb before it ("Die
    Förderbank X gewährt ein Wandeldarlehen")."""
    if cue.word.lower() in scope.rules.seller_loans:
        return None  # "gewährt dem Käufer ein Verkäuferdarlehen über 150 Mio. Euro": the sale's financing
    phrase_end = scope.text.find(",", cue.end, scope.end)
    phrase_end = scope.end if phrase_end < 0 else phrase_end
    lenders = [m for m in scope.mentions if cue.end < m.start < phrase_end and usable(m, False) and m.slot != "für"]
    if scope.rules.lending.search(scope.text, scope.start, cue.start):
        lenders = scope.subjects(scope.start, cue.start, persons=False) + lenders
    else:
        # "hat sich bei einem Bankenkonsortium unter Führung des Bankhauses X eine Kreditfinanzierung gesichert"
        lenders = [m for m in scope.mentions if m.start < cue.start and _lent_by(scope, m) and usable(m, False)] + lenders
    lender_names = scope.names(lenders[:2], "investor")
    borrowers = [m for m in scope.in_slots({"für"}) + scope.subjects(persons=False) if m not in lenders]
    target = scope.first(borrowers, "target", set(lender_names)) or scope.discourse.main_target(
        set(lender_names), scope.rules
    )
    if target is None:
        return None
    draft = scope.new_draft("other", target, _anchor(scope, amount), amount)
    for name in lender_names:
        draft.add_party(name, "investor")
    return draft


def _lent_by(scope: Scope, mention: Mention) -> bool:
    """A name after "bei" (or in the phrase it opens: "bei einem Konsortium unter Führung des Bankhauses X")
    before a credit noun: the lender of a credit secured."""
    if mention.slot == "bei":
        return True
    phrase = scope.text[scope.start : mention.start].rsplit(",", 1)[-1].split()  # no comma between
    preposition_of = scope.rules.grammar.preposition_of
    return mention.slot == "genitive" and any(preposition_of.get(word.lower()) == "bei" for word in phrase)


BUILDERS: dict[str, Builder] = {
    "funding_round": funding_round,
    "investment": investment,
    "acquisition": acquisition,
    "ipo": ipo,
    "other": other,
}


# --------------------------------------------------------------------------- leads and participants of a round


def _lead_mentions(scope: Scope, lead: list[CueMatch], skip: Mention | None) -> list[Mention]:
    """The lead investor: named after "angeführt von", else by "von" before "angeführt"
    (passive) or after it, else the subject before "übernahm die Federführung"."""
    if not lead:
        return []
    candidates = [m for m in scope.mentions if usable(m, True) and not m.is_modifier and m is not skip]
    named_after = scope.find("lead_named_after")
    if named_after:
        return [m for m in candidates if m.start >= named_after[0].end][:1]
    before = [m for m in candidates if m.start < lead[0].start]
    after = [m for m in candidates if m.start > lead[0].end]
    return (
        [m for m in before if m.slot == "von"][-1:]  # "wurde von X angeführt"
        or [m for m in after if m.slot == "von"][:1]  # "Angeführt wurde die Runde von X"
        or [m for m in before if m.slot == "subject"][-1:]  # "X übernahm die Federführung"
    )


def _new_round_noun(scope: Scope) -> bool:
    """A round noun introducing a round ("eine Seed-Runde"), not referring back ("der jüngsten Finanzierungsrunde")."""
    for cue in scope.cues["funding_round"]:
        before = scope.text[max(scope.view.start, cue.word_start - 40) : cue.word_start]
        if cue.is_head and not cue.is_plural and not scope.rules.grammar.definite_round.search(before):
            return True
    label = scope.rules.round_label.search(scope.text, scope.start, scope.end) if scope.clause_round else None
    # a round label after an indefinite article introduces one too: "folgte eine Series B über 40 Mio. Dollar"
    return label is not None and _INDEFINITE_BEFORE.search(scope.text, max(scope.start, label.start() - 8), label.start()) is not None


def _sized_round(scope: Scope, amount: MoneyMention) -> bool:
    """A round noun with its size right after it ("Die Seed-Runde über 3 Mio. Euro"): that round's amount,
    not the share of its lead in a round stated before."""
    return any(
        cue.is_head and not cue.is_plural and scope.rules.round_size.fullmatch(scope.text, cue.end, amount.start) is not None
        for cue in scope.cues["funding_round"]
    )


def _raised_before(scope: Scope) -> bool:
    """A raise told in the pluperfect with an amount of its own: an earlier round, not the lead's share of
    the one stated before ("Damals hatte das Start-up 38 Mio. Euro eingesammelt, angeführt von X")."""
    return scope.rules.pluperfect.search(scope.text, scope.start, scope.end) is not None and any(
        not cue.is_head for cue in scope.cues["funding_round"]
    )


_INDEFINITE_BEFORE = re.compile(r"(?<!\w)(?:eine|einer|einen|ein)\s+$", re.IGNORECASE)


def participation(scope: Scope, amounts: list[MoneyMention], lead: list[CueMatch]) -> bool:
    """Investors joining or leading a round stated before; True when the clause is that.

    A lead's own money ("übernahm die Federführung und steuerte 1 Mrd. Dollar bei") stays
    part of the round, not a deal of its own.
    """
    view, discourse = scope.view, scope.discourse
    if (scope.find("credit") and not scope.find("credit_in_round")) or scope.find("financing"):
        # "bei einem Konsortium unter Führung des Bankhauses X einen Kredit", "Finanziert wird das mit Krediten,
        # die ein Konsortium unter Führung der X Bank bereitstellt": the lead bank lends
        return False
    # "Auch Bestandsinvestor X, der bereits die Serie B angeführt hatte, zieht mit": X joins the round there is
    background = _earlier_clauses(scope) if scope.find("participation") else []
    lead = [cue for cue in lead if not any(a < cue.start < b for a, b in background)]
    if not lead and any(_fund_backers(scope, cue) for cue in scope.find("relation")):
        return True  # "Zu den Geldgebern zählen X und Y" right after a fund was closed: its backers, in no round
    if not lead and not scope.find("participation"):
        return False
    if not lead and any(_membership(scope, cue) for cue in scope.find("relation")):
        return False  # "Zu den Geldgebern zählt auch X": a stake held, not a part in the round (_relation_deal)
    rules = scope.rules
    group = rules.buyer_group.search(scope.text, scope.start, scope.end) or (
        lead and rules.led_group.search(scope.text, scope.start, scope.end)
    )
    if group and _group_members(scope, lead):
        return True  # "Angeführt wird das Konsortium von X, beteiligt sind zudem Y und Z"
    rounds = [c for c in view.cues_of("funding_round") if not c.is_plural]
    owner = next((o for c in rounds if (o := _owner_of(scope, c)) is not None), None)
    if (
        owner is not None
        and lead
        and owner.slot == "von"
        and owner.start > lead[0].end
        and not any(_VON_NEXT.match(scope.text, owner.end, m.start) for m in scope.mentions if m.start > owner.end)
    ):
        # "Angeführt wird die Runde von X": X leads the round ("die Runde von Y von X": Y owns it; not so
        # "von X, dem von Y gegründeten Fonds")
        owner = None
    hint = scope.name(owner, "target") if owner is not None else None
    existing = discourse.recent_round(view.index, hint)
    label = scope.clause_round
    if background and label is not None:
        # the round of an investor's past is not the one joined
        outside = zip([scope.start, *(end for _, end in background)], [*(start for start, _ in background), scope.end])
        label = round_label(" ".join(scope.text[a:b] for a, b in outside))
    # (its amount has no deal's word in the clause: not among ``amounts``)
    told = amounts or [m for m in scope.money if m.role not in NOT_DEAL_ROLES and m.role != "valuation"]
    if lead and told and label is None and existing is not None and _earlier_round_referred(scope, existing, told[0]):
        return True  # "... wie bei der Serie A. Diese hatte Kranich Capital mit 21 Mio. Euro angeführt"
    # a round named otherwise than the one stated before is another round: the Series B now, "damals" the Series A
    other_round = existing is not None and label is not None and existing.round is not None and label != existing.round
    if lead and amounts and (
        existing is None
        or existing.amount is None
        or existing.amount.money == amounts[0].money
        or other_round
        or _new_round_noun(scope)  # "eine Seed-Runde über 2 Mio. unter Führung von X"
        or _sized_round(scope, amounts[0])  # "Die Seed-Runde über 3 Mio. Euro hatte X angeführt"
        or _raised_before(scope)  # "Damals hatte das Start-up 38 Mio. Euro eingesammelt, angeführt von X"
    ):
        return False  # the round itself, stated with its lead: "sammelte 3 Mrd. ein, angeführt von X"
    refers_back = rounds or scope.find("participation_reference")
    if not lead and amounts and _share_of_round(scope, existing, amounts):
        return True
    if not lead and (not refers_back or amounts):
        return False  # investors named with an amount make a deal of their own
    if other_round and existing is not None:
        # "Die Seed-Runde hatte X angeführt" after the Series B: the earlier round, of the same company
        hint, existing = hint or existing.target, None
    if existing is None:
        if hint is None:
            return False
        existing = scope.new_draft("funding_round", hint, scope.start, None)
        discourse.add(existing)
    discourse.refer_to_round(existing, view.index)
    existing.round = existing.round or (label if background else round_label(view.text[view.start : view.end]))
    leads = _lead_mentions(scope, lead, owner)
    for mention in scope.mentions:
        if not usable(mention, True) or mention.is_modifier or mention is owner:
            continue
        if rules.founder_of.search(scope.text, max(scope.start, mention.start - 80), mention.start):
            continue  # "der Softwareunternehmer X, Gründer des Softwareanbieters Y": Y only names X's company
        if rules.founded_by.match(scope.text, mention.end):
            continue  # "von X, dem von Bill Gates gegründeten Klimafonds": Gates founded the lead
        name = scope.name(mention, "investor")
        if name and not same_name(name, existing.target):
            existing.add_party(name, "lead_investor" if mention in leads else "investor")
    return True


def _earlier_round_referred(scope: Scope, existing: Draft, amount: MoneyMention) -> bool:
    """A demonstrative opening the clause of a lead with an amount (grammar.round_demonstratives) refers to
    a round named at the end of the sentence before; when that round is another than the one stated, with
    another amount, the clause states it with its lead: "Die Bewertung liegt dreimal so hoch wie bei der
    Serie A. Diese hatte Kranich Capital im Oktober mit 21 Mio. Euro angeführt". True when it did."""
    view, discourse, rules = scope.view, scope.discourse, scope.rules
    if not view.index or view.index > len(discourse.bounds) or not rules.grammar.round_demonstrative.match(scope.text, scope.start):
        return False
    _, before_end = discourse.bounds[view.index - 1]
    referred = round_label(scope.text[max(discourse.bounds[view.index - 1][0], before_end - _REFERRED_ROUND_REACH) : before_end])
    if referred is None or referred == existing.round or (existing.amount is not None and existing.amount.money == amount.money):
        return False
    draft = scope.new_draft("funding_round", existing.target, amount.start, amount)
    draft.round = referred
    for mention in _lead_mentions(scope, scope.find("lead"), None):
        name = scope.name(mention, "investor")
        if name and not same_name(name, draft.target):
            draft.add_party(name, "lead_investor")
    current = discourse.last_round, discourse.last_round_sentence
    discourse.add(draft)
    if current[0] is not None:
        discourse.refer_to_round(*current)  # the round the article is about stays the one investors join
    return True


# How many characters at the end of the sentence before may name the round a demonstrative refers to.
_REFERRED_ROUND_REACH = 60


def _earlier_clauses(scope: Scope) -> list[tuple[int, int]]:
    """The relative clauses between commas that tell an investor's past (rules/deals.yaml
    ``participation.earlier_lead``): ", der bereits die Serie B angeführt hatte,", ", der bereits in der
    Seed-Phase investiert hatte,". Their leads and rounds are not those of the round joined."""
    text, end, earlier = scope.text, scope.end, scope.rules.earlier_lead
    return [
        (comma, closing)
        for comma, closing, _ in relative_clauses(text, scope.start, end, scope.rules)
        if closing < end and earlier.search(text, comma, closing)  # between commas
    ]


def _group_members(scope: Scope, lead: list[CueMatch]) -> bool:
    """The lead and members of a group of buyers ("das Konsortium") named for the stake or takeover stated last
    without a buyer: they are its buyers. False when there is no such deal."""
    deal = next(
        (d for d in scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH) if d.type in ("investment", "acquisition")),
        None,
    )
    if deal is None or deal.target is None or deal.investors:
        return False
    leads = _lead_mentions(scope, lead, None)
    role_of = {"investment": "investor", "acquisition": "acquirer"}[deal.type]
    named = False
    for mention in scope.mentions:
        if mention.is_anaphor and scope.rules.led_group.search(mention.text):
            continue  # "die Gruppe" of "Angeführt wird die Gruppe von X" is the group, no company
        name = scope.name(mention, "investor") if usable(mention, False) and not mention.is_modifier else None
        if name and not same_name(name, deal.target):
            deal.add_party(name, "lead_investor" if mention in leads else role_of)
            named = True
    if named:
        deal.root().by_group = True
    return named


# "von" after a name in the same phrase, no comma between: "die Runde von Y von X"
_VON_NEXT = re.compile(r"[^,]*?(?<!\w)(?:von|vom)(?!\w)")


def _share_of_round(scope: Scope, existing: Draft | None, amounts: list[MoneyMention]) -> bool:
    """Investors joining the round just stated, one of them with its share of it: "Die Bestandsinvestoren X
    und Y beteiligen sich erneut, neu dabei ist Z, der rund 100 Mio. Dollar beisteuert" (the round of 600 Mio.
    Dollar). All join the round; the one named last before the amount invests that amount in its company."""
    if existing is None or existing.amount is None or len(amounts) != 1 or existing.target is None:
        return False
    share, whole = amounts[0].money, existing.amount.money
    if share.value is None or whole.value is None or share.currency != whole.currency or share.value >= whole.value:
        return False
    investors = [m for m in scope.mentions if usable(m, False) and not m.is_modifier]
    named = [(m, name) for m in investors if (name := scope.name(m, "investor")) and not same_name(name, existing.target)]
    before = [name for m, name in named if m.start < amounts[0].start]
    if not before:
        return False
    for _, name in named:
        existing.add_party(name, "investor")
    draft = scope.new_draft("investment", existing.target, amounts[0].start, amounts[0])
    draft.add_party(before[-1], "investor")
    scope.discourse.add(draft)
    return True


# --------------------------------------------------------------------------- deals without an amount


def amountless_deals(scope: Scope) -> None:
    """Deals the clause states without an amount: stakes, investor relationships, takeovers, IPOs, rounds."""
    _named_buyer_or_seller(scope)  # the clause may still state a deal of its own: "Verkäufer ist X, der Y 2019 kaufte"
    if _relation_deal(scope) or _stake_deal(scope) or _owned_by(scope) or _holder_after_stake(scope):
        return
    undisclosed = scope.find("undisclosed")
    type_ = scope.deal_type()
    cue = next(iter(scope.cues[type_]), None) if type_ else None
    if any(
        not any(u.start <= n.start < u.end for u in undisclosed) and not _later_predicate(scope, cue, n.start)
        for n in scope.find("negation")
    ):
        return  # "Einen Börsengang plane X nicht": a deal denied (rules/deals.yaml, negation); not "Details ... nicht genannt"
    if type_ == "acquisition" and all(
        c.is_plural or scope.rules.appraised_price.fullmatch(c.text) for c in scope.cues["acquisition"]
    ):
        # "X finanziert den Kaufpreis aus vorhandenen Mitteln": a takeover's price, without the figure;
        return  # "will X durch Zukäufe in Asien verstärken": takeovers in general
    whole = (scope.start, scope.end)
    draft: Draft | None = None
    if type_ in ("ipo", "acquisition"):
        draft = BUILDERS[type_](scope, None, whole, whole)
    elif type_ == "funding_round":
        draft = _named_round(scope)
    elif type_ == "investment":
        draft = _named_investment(scope)
    elif type_ == "other" and scope.cues["other"] and not scope.cues["other"][0].is_plural:
        if scope.rules.joint_venture.search(scope.text, scope.start, scope.end):
            draft = other(scope, None, whole, whole)
    if draft is not None:
        scope.discourse.add(draft)


def _later_predicate(scope: Scope, cue: CueMatch | None, at: int) -> bool:
    """Whether ``at`` is in a predicate after the one of the deal's ``cue``, opened by a comma and a finite verb: the
    negation of "X ist seit 2022 an Y beteiligt, hat sich an der neuen Runde aber nicht beteiligt" denies no stake."""
    return cue is not None and cue.end <= at and bool(scope.rules.grammar.comma_predicate.search(scope.text, cue.end, at))


def held_stake(scope: Scope) -> None:
    """A stake held, told in a clause that adds its holder to a round: "Der Großaktionär X, der 22 Prozent an Y
    hält, hat zugesagt, sich daran zu beteiligen" (the holding is a deal of its own, as in amountless_deals)."""
    rules = scope.rules
    if rules.stake_percent.search(scope.text, scope.start, scope.end) and rules.stake_held.search(
        scope.text, scope.start, scope.end
    ):
        _stake_deal(scope)


def _named_buyer_or_seller(scope: Scope) -> None:
    """ "Als möglicher Käufer gilt X", "Verkäufer ist der Finanzinvestor Y": a party of the takeover or sale
    stated in the sentences just before; a buyer only of a sale whose buyer was not named."""
    # the noun in this clause, not in the one governing it ("Verkäufer ist X, der Y 2019 gekauft hatte")
    view = scope.view
    buyer_nouns = view.cues_of("buyer", scope.start, scope.end)
    role = (
        "acquirer" if buyer_nouns
        else "seller" if view.cues_of("seller", scope.start, scope.end)
        else None
    )  # fmt: skip
    if role is None:
        return
    takeover = _recent_takeover(scope, None)
    if takeover is None:
        if role == "acquirer":
            _buyer_of_named(scope, buyer_nouns[0])
        return
    draft = takeover.root()
    if role == "acquirer" and draft.investors:
        return
    if role == "acquirer" and draft.sells_own_unit:
        # "X trennt sich von seiner Lacksparte. Käufer von X Coatings ist Y": the unit sold, named
        named = _name_after(scope, buyer_nouns[0].end)
        if named is not None and named.label == "ORG" and named.name and named.name != draft.target:
            draft.target = named.name
    mentions = [m for m in scope.mentions if m.label == "ORG" and usable(m, False) and scope.start <= m.start < scope.end]
    for name in scope.names(mentions, "investor"):
        if not same_name(name, draft.target) and name not in draft.parties:
            draft.add_party(name, role)
            return


def _buyer_of_named(scope: Scope, noun: CueMatch) -> None:
    """ "Käufer von Veltrup Coatings ist der Farbenhersteller Hoshikawa Paint": with no takeover stated just
    before, the sentence states one, of the company named after the noun, by the other company named."""
    target = _name_after(scope, noun.end)
    if target is None or target.label != "ORG" or not target.name:
        return
    others = [m for m in scope.mentions if m is not target and m.label == "ORG" and usable(m, False) and not m.is_modifier]
    buyer = scope.first(others, "investor", {target.name})
    if buyer is None:
        return
    draft = scope.new_draft("acquisition", target.name, noun.start, None)
    draft.add_party(buyer, "acquirer")
    scope.discourse.add(draft)


def _named_round(scope: Scope) -> Draft | None:
    """ "bei einer anstehenden Finanzierungsrunde": a round of a named company (not one stated before)."""
    nouns = [c for c in scope.cues["funding_round"] if c.is_head and not c.is_plural]
    if not nouns:
        return _planned_labelled_round(scope)
    noun = nouns[0]
    owner = _owner_of(scope, noun)
    target = scope.first(([owner] if owner else []) + scope.subjects(persons=False), "target")
    if target is None or (owner is None and is_investor_name(target, scope.rules)):
        return None  # "X Equity Partners ... wird durch die Kapitalerhöhung verwässert": an investor raises no round
    before = scope.text[max(scope.view.start, noun.word_start - 40) : noun.word_start]
    is_reference = scope.rules.grammar.definite_round.search(before)
    if is_reference and scope.discourse.recent_round(scope.view.index, target) is not None:
        return None
    return scope.new_draft("funding_round", target, noun.start, None)


def _planned_labelled_round(scope: Scope) -> Draft | None:
    """ "bis zu einer größeren Serie-B-Runde, die noch heuer folgen soll": a new round named by its
    label only and still ahead, of the company named in the clause, else of the article's company."""
    label = scope.rules.round_label.search(scope.text, scope.start, scope.end)
    if label is None:
        return None
    before = scope.text[max(scope.view.start, label.start() - 40) : label.start()]
    if scope.rules.grammar.definite_round.search(before):
        return None  # "die Serie-B-Runde": a round stated before
    draft = scope.new_draft("funding_round", None, label.start(), None)
    if draft.status != "planned":
        return None
    target = scope.first(scope.subjects(persons=False), "target") or scope.discourse.main_target(set(), scope.rules)
    if target is None:
        return None
    draft.target = target
    return draft


def _named_investment(scope: Scope) -> Draft | None:
    """ "ein weiteres Investment in das Start-up X": an investment noun with its company."""
    nouns = [c for c in scope.cues["investment"] if c.is_head and not c.is_plural]
    if not nouns:  # "X beteiligt sich an dem Start-up Y": the verb, with its investor and company named
        # (the perfect "hat sich an Y beteiligt" is matched at its "sich", rules/deals.yaml)
        nouns = [c for c in scope.cues["investment"] if c.text.lower().startswith(_ENTRY_VERBS)][:1]
        if not nouns:
            return _stake_held(scope)
        if not scope.subjects(scope.start, nouns[0].start, persons=False):
            entry = _entry_into_deal(scope, nouns[0])
            if entry is not None:
                return entry
            # else its company named, its investor only described: "Zuger Family Office steigt bei Hollerau ein"
    prepositions = scope.rules.grammar.target_prepositions
    targets = [t for t in scope.in_slots(prepositions, nouns[0].end, scope.end) if t.label == "ORG"]
    if not targets and not nouns[0].is_head:  # the participle last: "X ist beim Start-up Y eingestiegen"
        targets = [t for t in scope.in_slots(prepositions, scope.start, nouns[0].start) if t.label == "ORG"]
    target = scope.first(targets, "target")
    if target is None:
        return None
    draft = scope.new_draft("investment", target, nouns[0].start, None)
    subjects = scope.subjects(scope.start, nouns[0].start)
    buyers = _sold_to(scope, nouns[0].end)
    if buyers is not None:
        # "X trennt sich von seiner Beteiligung an Y", "X verkauft seine Beteiligung an Y an Z": the subject sells the
        # stake, the name after a second "an" buys it
        for name in scope.names(subjects, "investor"):
            draft.add_party(name, "seller")
    holders = buyers if buyers is not None else subjects + scope.in_slots({"von"})
    for name in scope.names(holders, "investor"):
        if not same_name(name, target):
            draft.add_party(name, "investor")
    return draft


def _sold_to(scope: Scope, start: int | None = None) -> list[Mention] | None:
    """With a verb of selling (not the noun: "der Verkauf"), the companies named after "an" from ``start`` on that
    buy what is sold, not the one whose shares it is ("Anteile an X"); None without such a verb."""
    if not any(c.text[:1].islower() for c in scope.find("sale")):
        return None
    return [m for m in scope.in_slots({"an"}, start, scope.end) if m.label == "ORG" and not _shares_of(scope, m)]


def _entry_into_deal(scope: Scope, verb: CueMatch) -> Draft | None:
    """ "Als Minderheitsgesellschafter steigt die X ein": the investor named after the verb, no company and no
    place of entry named ("in den Markt"), joins the company of the deal just stated."""
    words = set(scope.text[scope.start : scope.end].lower().split())
    if words & scope.rules.grammar.target_prepositions:
        return None
    investors = scope.names(scope.subjects(verb.end, scope.end, persons=False), "investor")
    target = scope.discourse.recent_target(scope.view.index, set(investors)) if investors else None
    if target is None:
        return None
    draft = scope.new_draft("investment", target, verb.start, None)
    for name in investors:
        draft.add_party(name, "investor")
    return draft


# Investment verbs that state a stake with its investor and company even without an amount (the first word of
# their cue in rules/deals.yaml): "beteiligt sich an Y", "steigt bei Y ein", "kauft sich bei Y ein".
_ENTRY_VERBS = ("beteilig", "sich", "steigt", "stieg", "eingestiegen", "kauft", "kaufte")


def _stake_held(scope: Scope) -> Draft | None:
    """ "X ist seit 2021 an dem Start-up Y beteiligt", "An Y ist zudem X beteiligt": a stake that exists.

    The company is the organization after "an" (before or after the verb), the holder the subject. With a stake
    in percent and no company named, the company is the one of the deals stated: "Seit 2022 ist zudem der
    Staatsfonds X mit knapp zehn Prozent beteiligt".
    """
    rules = scope.rules
    cue = next((c for c in scope.cues["investment"] if c.text.lower() in rules.stake_stative), None)
    if cue is None:
        return None
    companies = [m for m in scope.in_slots({"an"}) if m.label == "ORG"]
    target = scope.first(companies, "target")
    holders = [m for m in scope.subjects(persons=False) if m not in companies]
    investors = [n for n in scope.names(holders, "investor") if not same_name(n, target)]
    if not investors:
        return None
    named = not any(m.is_anaphor for m in holders)  # not "Die Eigentümer bleiben mit 30 Prozent beteiligt"
    if target is None and named and not companies and rules.stake_percent.search(scope.text, scope.start, scope.end):
        target = scope.discourse.deals_company(scope.view.index, set(investors), rules)
    if target is None:
        return None
    draft = scope.new_draft("investment", target, cue.start, None)
    for name in investors:
        draft.add_party(name, "investor")
    return draft


def _fund_backers(scope: Scope, cue: CueMatch) -> bool:
    """ "Zu den Geldgebern zählen die Versicherungsgruppe X und mehrere Family Offices", right after a fund was
    closed (an investor's programme, "hat seinen dritten Fonds bei 310 Mio. Euro geschlossen"): the fund's
    backers. The list may open a clause after a comma ("Ein erstes Closing gab es im Januar, zu den Geldgebern
    zählen ...")."""
    grammar = scope.rules.grammar
    opening = max(scope.start, scope.text.rfind(",", scope.start, cue.word_start) + 1)
    if not (
        grammar.membership_opening.fullmatch(scope.text, opening, cue.word_start)
        and grammar.membership_verb.match(scope.text, cue.end, scope.end)
    ):
        return False
    fund = next(
        (
            d
            for d in scope.discourse.recent(scope.view.index, FOLLOW_UP_REACH)
            if d.type == "other" and d.target and is_investor_name(d.target, scope.rules)
        ),
        None,
    )
    if fund is None:
        return False
    listed = [m for m in scope.mentions if m.start > cue.end and usable(m, False) and not m.is_modifier]
    backers = [name for name in scope.names(listed, "investor") if not same_name(name, fund.target)]
    for name in backers:
        fund.add_party(name, "investor")
    return bool(backers)


def _relation_deal(scope: Scope) -> bool:
    """ "X zählt zu den Geldgebern von Y", "X, ein Großinvestor des Start-ups": an existing stake."""
    for cue in scope.find("relation"):
        # a name right after the noun is the investor itself: "auch Bestandsinvestor X erhöhte seinen Einsatz"
        companies = [
            m
            for m in scope.mentions
            if cue.end < m.start <= cue.end + 6
            and m.label == "ORG"
            and not m.is_outlet
            and (m.is_anaphor or scope.text[cue.end : m.start].strip())
        ]
        if not companies:
            if _holder_named_after(scope, cue) or _holder_named_before(scope, cue):
                return True
            continue
        if scope.rules.relation_source.search(scope.text, max(scope.start, cue.word_start - 80), cue.word_start):
            continue  # "Rückendeckung erhält X vom größten Aktionär der Kette": not X's stake
        investors = [
            m for m in scope.mentions if m.end <= cue.word_start and usable(m, True) and not _organ_owner(scope, m)
        ]
        company = companies[0]
        grammar = scope.rules.grammar
        members: list[str] = []
        if not investors and grammar.copula.match(scope.text, company.end, scope.end):
            # the holder named after the company: "Größter Aktionär von X ist Y"
            investors = [m for m in scope.mentions if m.start > company.end and m.label == "ORG" and usable(m, False)]
            investors = investors[:1]
        elif (
            not investors
            and grammar.membership_opening.fullmatch(scope.text, scope.start, cue.word_start)
            and grammar.membership_verb.match(scope.text, company.end, scope.end)
        ):
            # "Zu den Anteilseignern von X gehören Y und Z": every holder listed after the verb
            listed = [m for m in scope.mentions if m.start > company.end and usable(m, False) and not m.is_modifier]
            members = scope.names(listed, "investor")
            investors = listed[:1]
        investor = scope.first(investors[::-1], "investor")
        target = company.name if not company.is_anaphor else None
        if target is None:
            # the reference usually names the company later in the sentence: "..., betreibt ... für Anthropic"
            named = [m for m in scope.mentions if usable(m, False) and not m.is_anaphor and m.name]
            named = [m for m in named if not same_name(m.name, investor)]
            later = named[-1].name if named and named[-1].start > company.start and not members else None
            target = later or scope.name(company, "target")
        if target is None or investor is None or same_name(target, investor):
            continue
        draft = scope.new_draft("investment", target, cue.start, None)
        for name in members or [investor]:
            if not same_name(name, target):
                draft.add_party(name, "investor")
        scope.discourse.add(draft)
        return True
    return False


def _owned_by(scope: Scope) -> bool:
    """ "X gehört seit 2019 mehrheitlich dem Finanzinvestor Y": a stake of Y in X, held."""
    match = scope.rules.owned_by.search(scope.text, scope.start, scope.end)
    if match is None:
        return False
    owners = [m for m in scope.mentions if m.start >= match.end() and m.label == "ORG" and usable(m, False)]
    companies = [m for m in scope.mentions if m.end <= match.start() and m.label == "ORG" and usable(m, False)]
    owner = scope.name(owners[0], "investor") if owners else None
    exclude = {owner} if owner else set()
    target = scope.first(companies, "target", exclude)
    if target is None and owner is not None and any(
        m.is_anaphor and not m.is_pronoun and m.slot == "subject" and m.end <= match.start() for m in scope.mentions
    ):  # "Die 1974 gegründete Kette gehört zu 75 Prozent der Familienholding X": the company the article is about
        target = scope.discourse.referred_company(scope.view.index, exclude, scope.rules)
    if owner is None or target is None or same_name(owner, target):
        return False
    draft = scope.new_draft("investment", target, match.start(), None)
    draft.hold()
    draft.add_party(owner, "investor")
    scope.discourse.add(draft)
    return True


def _holder_after_stake(scope: Scope) -> bool:
    """ "Den Rest der Anteile hält X", "die restlichen 25 Prozent behält die Familie Y", "Daneben hält Z knapp neun
    Prozent": a stake held by the name after the verb, in the company of the deals stated (rules/deals.yaml,
    held_stakes)."""
    held = scope.find("held")
    if not held:
        return False
    rules, text = scope.rules, scope.text
    # the last such verb: "Der Kanton, der bisher sämtliche Aktien hält, behält 51 Prozent"
    bare = next((c for c in reversed(held) if c.text.lower() in rules.held_bare_verbs), None)
    if bare is not None and _holder_before_stake(scope, bare):
        return True
    verb = rules.held_rest.match(text, scope.start, scope.end)
    if verb is not None and verb.group("more") and not rules.stake_percent.search(text, verb.start(), verb.start("verb")):
        return False  # "Weitere Details hält X geheim": no stake
    if verb is None:
        verb = rules.held_further.match(text, scope.start, scope.end)
        tail = text[scope.start : scope.end].rstrip(" .,;")[-40:]
        stakes = [match.end() for match in rules.stake_percent.finditer(tail)]
        if verb is None or not stakes or stakes[-1] != len(tail):
            return False  # "Daneben hält X fünf Prozent für realistisch": no stake ending the clause
    holders = [m for m in scope.mentions if m.start >= verb.end() and usable(m, True) and not m.is_modifier][:1]
    family = _family(scope, holders[0]) if holders else None
    # "behält die Familie Wiedmaier": the family, not its company Wiedmaier Maschinenbau
    holder = family or scope.first(holders, "investor")
    if holder is None:
        return False
    exclude = {holder}  # (the Familie Oberkamp holds a stake in Oberkamp: same_name tells a family apart)
    companies = [m for m in scope.in_slots({"an"}, scope.start, verb.start("verb")) if m.label == "ORG"]  # "an Y hält"
    discourse = scope.discourse
    if verb.groupdict().get("fronted") and (not companies or companies[0].is_anaphor):
        return False  # "An dem Gemeinschaftsunternehmen hält X 51 Prozent": which company is not said here
    if companies and companies[0].is_anaphor:  # "an der Projektgesellschaft": the company the article is about
        target = discourse.referred_company(scope.view.index, exclude, rules)
    else:
        target = (
            scope.first(companies, "target", exclude)
            or discourse.deals_company(scope.view.index, exclude, rules)
        )
    if target is None or same_name(target, holder):
        return False
    draft = scope.new_draft("investment", target, verb.start("verb"), None)
    draft.hold()
    draft.add_party(holder, "investor")
    scope.discourse.add(draft)
    return True


def _family(scope: Scope, mention: Mention) -> str | None:
    """ "Familie Wiedmaier" when a family noun (party_patterns.yaml family_heads) stands right before the name:
    the family, not the company of its name."""
    family = scope.rules.family_before.search(scope.text, max(scope.start, mention.start - 30), mention.start)
    if family is None:
        return None
    noun = family.group("noun")
    return f"{noun[0].upper()}{noun[1:]} {scope.text[mention.start : mention.end]}"


def _holder_before_stake(scope: Scope, verb: CueMatch) -> bool:
    """ "Carbury Peak hält derzeit 62 Prozent": the subject before a verb of holding holds the stake after it (at most
    a few adverbs between), which closes the clause, in the company of the deals stated (rules/deals.yaml,
    held_stakes bare). Not "Die Bank hält eine Senkung um 0,25 Prozent für wahrscheinlich"."""
    rules, text = scope.rules, scope.text
    stake = rules.stake_percent.search(text, verb.end, scope.end)
    if stake is None or (
        text[stake.end() : scope.end].strip(" .,;:") and not rules.held_bare_sequel.match(text, stake.end(), scope.end)
    ):
        return False
    between = text[verb.end : stake.start()].split()
    if " ".join(between[-2:]).lower() in rules.held_rest_words:
        between = between[:-2]  # "Roxburgh hält seit 2017 die übrigen 25 Prozent": the rest of the shares
    if len(between) > _HOLDING_ADVERBS or any(
        w.lower() in rules.grammar.determiners or not (w.islower() or w.isdigit()) for w in between
    ):
        return False  # "hält die Marge stabil bei 12 Prozent": an object before the figure
    holders = scope.subjects(scope.start, verb.start)[-1:]
    family = _family(scope, holders[0]) if holders else None
    holder = family or scope.first(holders, "investor")
    if holder is None:
        return False  # "Beide Partner halten je 50 Prozent"
    return _held_in_article_company(scope, [holder], verb.start)


def _held_in_article_company(scope: Scope, holders: list[str], start: int, *, held: bool = True) -> bool:
    """A stake ``holders`` hold in the company the article's deals are about (the latest deal's target, else the
    main one, none of the first holder's): existing unless the clause is a rumour, and ``held`` (no closing ahead)."""
    discourse = scope.discourse
    # a parent holds a stake in its unit, whose name begins with its own ("Ellerbrock", "Ellerbrock Floors")
    target = discourse.deals_company(scope.view.index, {holders[0]}, scope.rules) or discourse.deals_company(
        scope.view.index, set(), scope.rules
    )
    if target is None or discourse.same_company(target, holders[0]):
        return False
    draft = scope.new_draft("investment", target, start, None)
    if draft.status != "rumored":
        if held:
            draft.hold()
        else:
            draft.status, draft.statuses = "completed", ["completed"]
    for name in holders:
        if not discourse.same_company(name, target):
            draft.parties.setdefault(name, "investor")  # (not the target)
    discourse.add(draft)
    return True


# At most this many words (adverbs: "derzeit", "seit 2019", "knapp") between a verb of holding and its stake.
_HOLDING_ADVERBS = 3


def _recent_takeover_target(scope: Scope, exclude: set[str]) -> str | None:
    """The target of a takeover offered or planned in the last few sentences, none of ``exclude``: the company an
    owner named with no company of its own ("Großaktionär X, der knapp 20 Prozent hält, lehnte sie ab") holds shares
    of. A takeover done has made its target another's."""
    for draft in scope.discourse.recent(scope.view.index, TARGET_REACH):
        if draft.type != "acquisition" or draft.status == "completed":
            continue
        if draft.target and not any(same_name(draft.target, e) for e in exclude):
            return draft.target
    return None


def _owners_company(scope: Scope, exclude: set[str]) -> str | None:
    """The company a noun for its owners named just before a stake of no named company: "Rückendeckung kommt vom
    größten Lastwerk-Aktionär. Der Finanzinvestor X, der 18 Prozent der Anteile hält, ..." (the sentence before),
    "vom größten Einzelaktionär der Hohenloher: Die Familienholding X, die 11,4 Prozent der Anteile hält" (the
    clause before)."""
    view, discourse, text = scope.view, scope.discourse, scope.text
    stretches: list[tuple[int, int, Iterable[Mention]]] = [(view.start, scope.start, view.mentions)]
    if view.index and len(discourse.bounds) > view.index:
        stretches.append((*discourse.bounds[view.index - 1], discourse.sentences[view.index - 1]))
    for start, end, mentions in stretches:
        for noun in scope.rules.relation.find(text, start, end):
            # "Lastwerk-Aktionär", else "Einzelaktionär der Hohenloher"
            compound = next((m for m in mentions if m.is_modifier and m.start == noun.word_start), None)
            if compound is None and noun.text.lower().endswith(scope.rules.kind_nouns):
                continue  # "Der Finanzinvestor X": the kind of company X is, no owner of another
            owner = compound or _name_after(scope, noun.end, mentions)
            if owner is not None and owner.label == "ORG" and owner.name and owner.name not in exclude:
                return owner.name
    return None


def _organ_owner(scope: Scope, mention: Mention) -> bool:
    """ "die bisherigen Aktionäre der Mainfränkischen Bank": the company whose owners or board the
    clause names, which is no party itself."""
    return any(_name_after(scope, organ.end) is mention for organ in scope.find("company_organs"))


def _holder_named_after(scope: Scope, cue: CueMatch) -> bool:
    """ "Mehrheitseigner ist seit 2019 der Investor Y": the article's company, held by the name after the copula.

    The holder noun opens the clause (after at most one word: "Größter Anteilseigner ist ...") and names
    no company of its own; the company is the one the article's deals are about.
    """
    is_member = _membership(scope, cue)
    opening = scope.text[scope.start : cue.word_start].split()
    if not is_member and (len(opening) > 1 or not scope.rules.grammar.copula.match(scope.text, cue.end, scope.end)):
        return False
    holders = [m for m in scope.mentions if m.start > cue.end and m.label == "ORG" and usable(m, False)]
    # "Zu den Geldgebern zählen X und Y": every name listed; "Mehrheitseigner ist Y": the first
    investors = scope.names(holders if is_member else holders[:1], "investor")
    if not investors:
        return False
    # "ist Mehrheitseigner" states a holding that exists; plans in a relative clause are the holder's
    return _held_in_article_company(scope, investors, cue.start, held=False)


def _holder_named_before(scope: Scope, cue: CueMatch) -> bool:
    """ "Greenbridge ist mit rund 35 Prozent größter Einzelgesellschafter", "die Stiftung X, die mit 28 Prozent
    größter Aktionär ist": the holder noun, no company named after it, the predicate of the name before it (the
    subject, or the name a relative clause is on), which holds a stake in the company the article's deals are about.

    A copula stands before the noun, only a stake and adjectives between, or closes the clause right after it.
    """
    rules, text = scope.rules, scope.text
    if cue.text.lower().endswith(rules.kind_nouns):
        return False  # "X ist ein Investor": the kind of company X is
    copulas = list(rules.grammar.copula.finditer(text, scope.start, cue.word_start))
    if copulas:
        between = text[copulas[-1].end() : cue.word_start]
        if len(between.split()) > _PREDICATE_WORDS or any(copulas[-1].end() <= m.start < cue.start for m in scope.mentions):
            return False  # "ist nach dem Einstieg von X bei Y der größte Aktionär": more than a stake between
        holders = scope.subjects(scope.start, copulas[-1].start(), persons=True)[-1:]
    elif rules.grammar.copula.match(text, cue.end, scope.end):
        holders = _relative_antecedent(scope, cue) or scope.subjects(scope.start, cue.start, persons=True)[-1:]
    else:
        return False
    investor = scope.first(holders, "investor")
    return investor is not None and _held_in_article_company(scope, [investor], cue.start)


# At most this many words between a copula and the holder noun it predicates: "ist mit rund 35 Prozent größter".
_PREDICATE_WORDS = 6


def _membership(scope: Scope, cue: CueMatch) -> bool:
    """ "Zu den bisherigen Geldgebern zählt X", "Zu den Geldgebern zählt auch X": a holder noun opening the
    clause with a verb of belonging, the holders marked as existing ones, no round named (rules/deals.yaml,
    relation_membership)."""
    grammar = scope.rules.grammar
    opening = grammar.membership_opening.fullmatch(scope.text, scope.start, cue.word_start)
    verb = grammar.membership_verb.match(scope.text, cue.end, scope.end)
    return (
        cue.is_head
        and opening is not None
        and verb is not None
        and bool(opening.group("existing") or verb.group("also"))  # holders marked as existing ones
        and not scope.view.cues_of("funding_round", scope.start, scope.end)
    )


# How far before an investment cue its stake size (and the verb holding it: "hält 18,6 Prozent der Aktien") may
# stand (characters; before a verb closing its clause, as far as the object of a verb of buying may,
# deal_clauses._object_reach).
_STAKE_BEFORE = 30
# How far before a stake its verb of holding may stand, the vehicle between: "hält über ihre Beteiligungsgesellschaft
# GV Familienholding 31 Prozent" (rules/deals.yaml stake_held_through; the words between are bounded there).
_HELD_BEFORE = 80
# How far before a stake raised a right to raise it may stand: "eine Option ein, ihren Anteil ... aufzustocken".
_RIGHT_BEFORE = 40

# The investment cues of rules/deals.yaml that hold a stake with the verb last ("Prozent an ... hält").
_HELD_LAST = ("prozent an", "prozent am")


def _stake_deal(scope: Scope) -> bool:
    """ "eine Beteiligung in Höhe von 14 %", "hält 10 Prozent an X": a stake without an amount of money."""
    if any(not c.is_head and verb_buys_control(scope.text, scope.start, scope.end, c, scope.rules) for c in scope.cues["acquisition"]):
        return False  # "kauft 100 Prozent der Anteile an X": shares that give control, a takeover
    if scope.find("stake_condition"):
        return False  # "einen Squeeze-out, für den eine Beteiligung von 90 Prozent ausreicht": a condition
    rules, text = scope.rules, scope.text
    after_percent = _named_after_percent(scope)
    for cue in scope.cues["investment"]:
        # past a capital increase as the means: "übernimmt im Zuge einer Kapitalerhöhung 19,9 Prozent an X"
        reach = object_start(text, cue.end, scope.end, rules) + 40
        # a name does not use up the window: "steigen die Stadtwerke Emsland-Nord mit 5,1 Prozent ein"
        named = next((m for m in scope.mentions if cue.end <= m.start < reach), None)
        if named is not None:
            reach += named.end - named.start
        window = text[cue.end : min(scope.end, reach)]
        # a verb closing its clause has its object before it: "will 49 Prozent an der Sonnenfeld Solar GmbH übernehmen"
        back = VERB_WINDOW * 2 if not cue.is_head and closes_clause(text, cue.end, scope.end) else _STAKE_BEFORE
        before = text[max(scope.start, cue.start - back) : cue.start]
        around = text[max(scope.start, cue.start - back) : cue.end]  # "28 Prozent der Anteile"
        # a stake raised ("hat ihren Anteil an X von 12 auf 25 Prozent aufgestockt") is one whatever its size's place
        raised = not cue.is_head and (cue.text.lower() in rules.stake_raised_nouns or cue.text.lower() in rules.stake_raised_first)
        if raised and rules.stake_raise_right.search(text, max(scope.view.start, cue.start - _RIGHT_BEFORE), cue.start):
            continue  # "eine Option ein, ihren Anteil bis 2029 auf 51 Prozent aufzustocken": a right to raise it
        if not raised and not any(rules.stake_percent.search(part) for part in (window, before, around)):
            continue
        targets = [t for t in scope.in_slots({"an", "bei"}, cue.end, scope.end) if t.label == "ORG"]
        if not targets and not cue.is_head:
            # the verb last: "hatte einen Anteil von 32 Prozent an X erworben"
            targets = [t for t in scope.in_slots({"an", "bei"}, scope.start, cue.start) if t.label == "ORG"][-1:]
        held_last = cue.text.lower().startswith(_HELD_LAST)  # the verb after its object: "der 7 Prozent an X hält"
        targets = [t for t in after_percent if t.start > cue.start and t not in targets] + targets
        if held_last and (not targets or targets[0].is_anaphor):
            continue  # "sollen 45 Prozent am gemeinsamen Konzern halten": shares of the merged company
        # "Zudem hält Korvat fünf Prozent an X": the verb first, its subject after it
        # not a subject of a relative clause closed before the stake: "Die Familienholding X, über die die Familie
        # Y das Unternehmen bislang kontrolliert, verkauft 24,9 Prozent" (X sells)
        # (not an apposition after a comma: ", der Pensionsfonds X, der rund 18 Prozent der Anteile hält")
        closed = [(a, b) for a, b in relative_spans(text, scope.start, scope.end, rules) if b <= cue.start]
        holder_mentions = (
            _relative_antecedent(scope, cue)
            or [m for m in scope.subjects(scope.start, cue.start) if not any(a < m.start < b for a, b in closed)][-1:]
            or [m for m in scope.subjects(cue.end) if m not in targets][:1]
        )
        family = _family(scope, holder_mentions[0]) if holder_mentions else None
        if family or not holder_mentions:
            # "Die Familie Caduff hält über die Caduff Holding rund 82 Prozent": its holding holds the stake; so
            # when the holder is a pronoun: "Sie hält über ihre Beteiligungsgesellschaft X 31 Prozent der Anteile"
            vehicle = [m for m in scope.in_slots({"über"}) if not m.is_anaphor and m.label == "ORG"]
            if vehicle:
                family, holder_mentions = None, vehicle[:1]
        # "Die Familie Sundermann, die über eine Holding 22 Prozent der Anteile hält": the family holds the stake
        holders = [family] if family else scope.names(holder_mentions, "investor")
        sellers: list[str] = []
        entered: Draft | None = None
        if scope.find("sale"):  # "X verkauft 49 Prozent der Anteile an Y an Z": Z buys the stake from X
            owned = [t for t in targets if _shares_of(scope, t) or t in after_percent]
            entered = _entry_referred(scope, owned) if owned == targets else None
            if entered is not None:
                # "Ostufer verkauft 24,9 Prozent der Anteile an die Dänen" after "Die dänische Reederei X beteiligt
                # sich an Y": a reference to the investor just stated buys, the shares are of its company
                owned = []
            sellers, holders = holders, scope.names([t for t in targets if t not in owned], "investor")
            targets = owned
        held = (
            # "Aubrelle selbst hält 9,8 Prozent an Wellhöfer", "X, der knapp 20 Prozent hält, lehnte ... ab"
            cue.text.lower().split()[-1] in rules.stake_held_verbs
            or rules.stake_held.match(text, cue.end)
            or (held_last and rules.stake_held.search(text, cue.end, scope.end))
            # the company after the stake, then the verb: "die ... 24,9 Prozent der Anteile an Audiona hält"
            or any(t.start > cue.end and rules.stake_held.match(text, t.end) for t in targets[:1])
            or rules.stake_held_before.search(text, max(scope.start, cue.start - _HELD_BEFORE), cue.start)
        )
        # "der 18 Prozent der Anteile hält", "Die Holding X hält 18,6 Prozent der Aktien": whose shares?
        implicit = bool(scope.find("implicit_target") or held)
        target = (
            (entered.target if entered is not None else None)
            or scope.first(targets, "target")
            or (_owners_company(scope, set(holders)) if implicit else None)
            # "Der bisherige Minderheitsaktionär X ... bleibt mit 24 Prozent an Bord": an owner of the article's company
            or (
                # "Großaktionär X, der knapp 20 Prozent hält, lehnte sie ab": a shareholder of the company bid for,
                # else of the company the article names most
                _recent_takeover_target(scope, set(holders))
                or scope.discourse.central_company(scope.start, set(holders), rules)
                # the noun right before the name ("Der bisherige Minderheitsaktionär X"), or part of its mention; not
                # "Investor", which names a kind of company ("Der Frankfurter Investor X")
                if any(
                    c.end >= m.start - 1 and c.text.lower() not in rules.kind_nouns
                    for m in holder_mentions
                    for c in rules.relation.find(text, max(scope.start, m.start - 40), m.end)
                )
                else None
            )
            or scope.discourse.recent_target(scope.view.index, set(holders))
            or (scope.discourse.main_target(set(holders), rules) if implicit else None)
        )
        if target is None:
            continue
        if held and holders and rules.held_result.match(text, cue.end):
            taken = _recent_takeover(scope, target, holders)
            if taken is not None and "rejected" not in taken.root().statuses:
                return True  # "Ashdown hält damit 91,4 Prozent an dem Unternehmen": what its takeover left it
        takeover = _recent_takeover(scope, target, reach=TARGET_REACH) if not targets and holders else None
        if takeover is not None and takeover.root().by_group:
            # "Angeführt wird die Gruppe von X ... Y übernimmt 35 Prozent": a member's share of the group's takeover
            for name in holders:
                takeover.root().add_party(name, "acquirer")
            return True
        # a price stated only vaguely ("für einen zweistelligen Millionen-Euro-Betrag") is still its amount
        vague = [m for m in scope.money if not m.money.has_figure]
        draft = scope.new_draft("investment", target, cue.start, vague[0] if vague else None)
        if held and draft.status != "rumored":
            # "Der Finanzinvestor X, der 18 Prozent der Anteile hält, hat zugesagt, auf der geplanten
            # Hauptversammlung ...": the holding exists; the plans are the holder's
            draft.hold()
        for name in holders:
            draft.add_party(name, "investor")
        for name in sellers:
            draft.add_party(name, "seller")
        scope.discourse.add(draft)
        return True
    return False
