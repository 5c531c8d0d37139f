"""Licence deals: the rights to a drug candidate or a technology granted for payments.

A licence is a deal of type "other". Its target is the licensor, the company whose asset is
licensed; its investor is the licensee, the company paying for the rights. The clause names
them in one of two directions (rules/deals.yaml, ``licences``):

- granted, the licensor the subject: "X hat die weltweiten Rechte an seinem Wirkstoffkandidaten
  an Y vergeben", "X lizenziert Antikörper an Y";
- taken, the licensee the subject: "Y sichert sich die Rechte an dem Antikörper X-1", "Y zahlt bis zu
  825 Mio. Euro für Antikörper von X". The licensor is named after the rights, else it is the company
  the article speaks of ("..., wie X mitteilte").

A licence's upfront and milestone payments are parts of it; its whole value ("Der Gesamtwert des
Abkommens summiert sich auf bis zu 1,185 Mrd. Euro") is its amount, stated up to
:data:`LICENCE_REACH` sentences after it.
"""

from __future__ import annotations

from pipeline.deal_clauses import Scope, usable
from pipeline.deal_discourse import TARGET_REACH, Draft

# How many sentences after a licence its whole value may be stated.
LICENCE_REACH = TARGET_REACH


def licence(scope: Scope) -> bool:
    """Add the licence the clause states, or give its whole value to the licence stated before.

    True when the clause is done with: a licence, or its value, which is no valuation of a company.
    """
    if scope.find("licence_total"):
        return _licence_value(scope)
    granted, taken = scope.find("licence_granted"), scope.find("licence_taken")
    paid_for = None
    if not granted and not taken and scope.find("payment"):
        paid_for = scope.rules.licence_paid_for.search(scope.text, scope.start, scope.end)
    if not (granted or taken or paid_for):
        return False
    subjects = scope.subjects(persons=False)
    subject = scope.first(subjects, "investor")
    if subject is None:
        return False
    if granted:
        # "X lizenziert Antikörper an Y", "X hat die Rechte an seinem Kandidaten an Y vergeben": the last "an"
        licensor = subject
        licensee = scope.first(scope.in_slots({"an"})[::-1], "investor", {subject})
    else:
        # "Y hat sich die Rechte an einem Antikörper des Biotechs X gesichert", "für Antikörper von X"
        start = taken[0].start if taken else paid_for.start() if paid_for else scope.start
        after = [m for m in scope.mentions if m.start > start and usable(m, False) and not m.is_modifier]
        licensee = subject
        licensor = scope.first(after, "target", {subject}) or scope.discourse.central_company(
            scope.start, {subject}, scope.rules
        )
    if licensor is None or licensee is None:
        return False
    amounts = [m for m in scope.money if m.money.has_figure]
    draft = scope.new_draft("other", licensor, amounts[0].start if amounts else scope.start, amounts[0] if amounts else None)
    draft.add_party(licensee, "investor")
    draft.is_licence = True
    scope.discourse.add(draft)
    return True


def _licence_value(scope: Scope) -> bool:
    """ "Insgesamt beziffert X den Wert der Vereinbarung auf bis zu 1,26 Mrd. Dollar": the whole value of the
    licence stated last, when it has none or a smaller one in the same currency."""
    amounts = [m for m in scope.money if m.money.has_figure]
    if not amounts:
        return False
    total = amounts[0]
    for draft in scope.discourse.recent(scope.view.index, LICENCE_REACH):
        if not draft.is_licence:
            continue
        draft = draft.root()
        current, size = draft.amount, total.money.size
        if current is None or (
            current.money.currency == total.money.currency
            and current.money.size is not None
            and size is not None
            and current.money.size < size
        ):
            draft.amount = total
        return True
    return False

