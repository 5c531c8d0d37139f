"""The fact types every extractor produces, independent of spaCy.

Each extractor component appends these to a list on the Doc (``doc._.money``,
``doc._.dates``, ``doc._.parties``, ``doc._.deals``, ``doc._.valuations``);
``pipeline.rows`` turns them into rows of the Parquet tables declared in
``pipeline.schema``. Character offsets always refer to the cleaned article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Money:
    """A normalized amount: exact value, or a low/high range, in an ISO 4217 currency.

    ``qualifier`` codes hedges as in the gold format: approx (rund, etwa, ca.),
    almost (nahezu, fast, knapp), over (über, mehr als, "und mehr"),
    up_to (bis zu), at_least (mindestens).
    ``is_vague`` marks magnitudes without a figure ("Hunderte Milliarden Dollar").
    """

    value: Decimal | None
    currency: str | None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None
    is_vague: bool = False

    @property
    def size(self) -> Decimal | None:
        """The figure of the amount: its value, else the upper end of its range."""
        return self.value if self.value is not None else self.high

    @property
    def has_figure(self) -> bool:
        """Whether a value or a range is known ("Hunderte Milliarden Dollar" has none)."""
        return self.value is not None or self.low is not None or self.high is not None


@dataclass
class MoneyMention:
    """One amount of money found in an article."""

    start: int
    end: int
    text: str
    money: Money
    is_currency_implied: bool = False
    role: str = "other"  # valuation|raised|investment|price|revenue|profit|loss|cost|assets|capex|payout|other


@dataclass(frozen=True)
class TemporalValue:
    """A normalized date expression.

    ``value`` is ISO 8601 (2025, 2025-01, 2025-Q4, 2025-W45, 2025-01-31, an
    interval ``a/b``, a duration ``P18M``) with ``X`` for parts that stay unknown
    when there is no publication date to resolve against. For "bis 2028", "seit 2019" and
    "ab 2027" it is the period named and ``bound`` says which way it bounds; ``start_date``
    and ``end_date`` are the days covered, to or from the publication date when it is known.
    """

    value: str
    granularity: str  # day|week|month|quarter|half|year|range|duration
    start_date: date | None = None
    end_date: date | None = None
    modifier: str | None = None  # start|mid|end|approx
    is_anchored: bool = False
    bound: str | None = None  # until|since|from


@dataclass
class DateMention:
    """One date expression found in an article."""

    start: int
    end: int
    text: str
    temporal: TemporalValue


@dataclass
class PartyMention:
    """One organization, person, place or other name found in an article."""

    start: int
    end: int
    text: str
    label: str  # ORG|PER|LOC|MISC
    canonical: str
    source: str  # model|gazetteer|pattern|lexicon


@dataclass
class DealParty:
    party: str
    role: str  # investor|lead_investor|acquirer|seller|bidder


@dataclass
class Deal:
    """A funding round, investment, acquisition, IPO or other programme stated in one sentence."""

    type: str  # funding_round|investment|acquisition|ipo|other
    target: str | None
    status: str  # completed|planned|rumored|rejected
    evidence_start: int
    evidence_end: int
    amount: MoneyMention | None = None
    round: str | None = None
    announced: DateMention | None = None
    attribution: str | None = None
    parties: list[DealParty] = field(default_factory=list)


@dataclass
class Valuation:
    """A company valuation stated in one sentence."""

    company: str | None
    amount: MoneyMention
    status: str  # completed|planned|rumored
    evidence_start: int
    evidence_end: int
    kind: str = "unknown"  # pre|post|unknown
    deal: Deal | None = None
    announced: DateMention | None = None
