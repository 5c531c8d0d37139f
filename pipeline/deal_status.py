"""Status and attribution of a deal or valuation, from the modality of its clause.

The status is the first of rejected, rumored, planned whose cues (rules/deals.yaml,
``status``) occur in the deal's clause or a clause governing it; a deal credited to an
outlet or to insiders is rumored; otherwise it is completed. Words like "bereits" or
"bisherigen" right before the amount mark money already paid in: completed, whatever
the rest of the sentence plans ("Nach bisherigen Einlagen von 8 Mrd. plant X ...").

>>> text = "Laut Insidern will X 5 Mio. Euro einsammeln."
>>> attribution = find_attribution(text, 0, len(text), [], deal_rules())
>>> attribution.label, attribution.is_rumor
('Insider', True)
>>> found = status_cues(deal_rules().sentence_cues.find(text), [(0, len(text))])
>>> sorted(found), clause_status(text, found, 0, text.index("5"), attribution, deal_rules())
(['planned', 'rumored'], 'rumored')
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.deal_mentions import Mention
from pipeline.deal_rules import ATTRIBUTION, CueMatch, DealRules, deal_rules

# Hedged beats announced beats done; a rejected bid is rejected whatever else is said.
STATUS_RANK = {"completed": 0, "planned": 1, "rumored": 2, "rejected": 3}
# How many words before an amount an "already paid" word may stand ("zuvor bereits Investitionen von").
_ALREADY_PAID_REACH = 4


@dataclass(frozen=True)
class Attribution:
    """Who a sentence credits its facts to; ``is_rumor`` for outlets, insiders and leaks."""

    label: str
    start: int
    end: int
    is_rumor: bool


def find_attribution(
    text: str, start: int, end: int, mentions: list[Mention], rules: DealRules, cues: list[CueMatch] | None = None
) -> Attribution | None:
    """The source ``text[start:end]`` credits: a named outlet ("laut Bloomberg", "wie die
    Financial Times meldet"), insiders and media reports, or "laut <party>". ``cues`` are the
    sentence's cues when already found (``rules.sentence_cues``).

    >>> t = "Die Financial Times meldet, dass X 5 Mio. Euro erhält."
    >>> find_attribution(t, 0, len(t), [], deal_rules()).label
    'Financial Times'
    """
    if cues is None:
        cues = rules.sentence_cues.find(text, start, end)
    generic = [c for c in cues if c.label.startswith(ATTRIBUTION)]
    for match in (c for c in cues if c.label == "outlet"):
        if not text[match.start : match.start + 1].isupper():
            continue  # outlets are names: "Capital", not "capital"
        credited = (
            generic
            or rules.credit_before.search(text[max(start, match.start - 40) : match.start])
            or rules.credit_after.match(text, match.end, end)
            or rules.reporting_verb.search(text, start, end)
        )
        if credited:
            label = next((m.name for m in mentions if m.start <= match.start < m.end and m.name), match.text)
            return Attribution(label, match.start, match.end, True)
    for cue in generic:  # a named outlet says more than "Berichten zufolge"
        return Attribution(cue.label[len(ATTRIBUTION) :], cue.start, cue.end, True)
    for mention in mentions:
        if (
            mention.name
            and mention.start >= start
            and rules.credit_before.search(text[max(start, mention.start - 40) : mention.start])
        ):
            return Attribution(mention.name, mention.start, mention.end, mention.is_outlet)
    return None


def status_cues(cues: list[CueMatch], scopes: list[tuple[int, int]]) -> set[str]:
    """The kinds of status cue (rejected, rumored, planned) among ``cues`` inside the given stretches."""
    return {
        c.label for c in cues if c.label in STATUS_RANK and any(s <= c.word_start and c.end <= e for s, e in scopes)
    }


def clause_status(
    text: str, found: set[str], clause_start: int, anchor: int, attribution: Attribution | None, rules: DealRules
) -> str:
    """The status of the deal whose amount (or cue) starts at ``anchor``, from the status cues
    ``found`` in its clause and the clauses governing it.

    >>> t = "Zuvor hatte X bereits 2 Mrd. Dollar zugesagt, plant nun aber mehr."
    >>> clause_status(t, {"planned"}, 0, t.index("2 Mrd"), None, deal_rules())
    'completed'
    """
    if "rejected" in found:
        return "rejected"
    words_before = text[max(clause_start, anchor - 60) : anchor].split()[-_ALREADY_PAID_REACH:]
    if any(rules.already_paid.fullmatch(word.strip(",")) for word in words_before):
        return "completed"
    if (attribution is not None and attribution.is_rumor) or "rumored" in found:
        return "rumored"
    if "planned" in found:
        return "planned"
    return "completed"


def valuation_status(found: set[str], attribution: Attribution | None) -> str | None:
    """A valuation's own status when its clause hedges or plans it; None when it does not say.

    >>> valuation_status({"rumored", "planned"}, None), valuation_status(set(), None)
    ('rumored', None)
    """
    if (attribution is not None and attribution.is_rumor) or "rumored" in found:
        return "rumored"
    if "planned" in found:
        return "planned"
    return None


def ipo_status(statuses: list[str], opening: str) -> str:
    """The status of an IPO reported several times, given the status of its earliest report: planned when
    the first report tells it unhedged ("will an die Börse", "bringt X an die Börse"), whatever a later report
    adds of its volume or value ("könnte das Volumen bis zu ... erreichen", "hieß es in Finanzkreisen"); an
    IPO first told as a rumour stays one ("Insidern zufolge ...; geplant sei, ...").

    >>> ipo_status(["rumored", "planned"], "planned"), ipo_status(["planned", "rumored"], "rumored")
    ('planned', 'rumored')
    >>> ipo_status(["completed", "rumored"], "completed"), ipo_status(["planned", "rejected"], "planned")
    ('planned', 'rejected')
    """
    status = most_hedged(statuses)
    return "planned" if status == "rumored" and opening != "rumored" else status


def most_hedged(statuses: list[str]) -> str:
    """The status a deal reported several times gets: the most hedged report wins.

    >>> most_hedged(["completed", "rumored", "planned"])
    'rumored'
    """
    return max(statuses, key=lambda s: STATUS_RANK.get(s, 0)) if statuses else "completed"


__all__ = [
    "Attribution",
    "find_attribution",
    "status_cues",
    "clause_status",
    "valuation_status",
    "most_hedged",
    "ipo_status",
    "deal_rules",
]
