"""The ``newsfacts_money`` component: every amount of money in an article, with its role.

``extract_money`` is the pure core (text in, ``MoneyMention`` list out): it finds amounts
with ``pipeline.amounts.find_amounts``, gives bare amounts ("20 Milliarden") the currency of
the nearest written one when the article talks money, and assigns each amount a role from
the nearest cue word in its sentence (cues are data in rules/money.yaml, key ``roles``).

>>> [(m.text, m.money.currency, m.is_currency_implied, m.role) for m in extract_money(
...     "Die Firma sammelte 2 Mrd. Euro ein. Ein Partner investiert eine weitere Milliarde.")]
[('2 Mrd. Euro', 'EUR', False, 'raised'), ('eine weitere Milliarde', 'EUR', True, 'investment')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import doc_text  # importing registers the Doc._ attributes
from pipeline.amounts import AmountMatch, find_amounts, load_rules
from pipeline.facts import MoneyMention

# Keep in sync with MoneyMention.role (pipeline/facts.py) and the money table (pipeline/schema.py).
ROLES = ("valuation", "raised", "investment", "price", "revenue", "profit", "loss", "cost", "assets", "capex", "payout")

# Without spaCy sentences: lines, and ".!?" before a capital when a word of three or more
# lower-case letters ends there (so "3,5 Mrd. Dollar" and "5,6 Mill. Dollar" stay one sentence).
_SENTENCE_END = re.compile(r"\n+|[.!?][ \t]+(?=[A-ZÄÖÜ„\"])")
_WORD_BEFORE_END = re.compile(r"[a-zäöüß]{3}$")
_NOT_SENTENCE_END = frozenset({"Mill."})
_CUE_WORD = re.compile(r"[^\W\d_]+")
_PAUSE = re.compile(r"[,;:()–—]")
# A relative clause between commas: ", der 2024 rund 6,8 Mrd. Euro umsetzte," keeps its verb's role to itself.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:der|die|das|dem|den|deren|dessen)\s(?:[^,;:]|(?<=\d),(?=\d))*,")
# Before a cue word naming the money's source: "aus dem Erlös" (rules/money.yaml sources).
_SOURCES = load_rules("money")["sources"]
_SOURCE = re.compile(
    r"(?<![\w-])(?:(?i:{0})\s{{1,3}}(?:(?i:{1})\s{{1,3}})?|(?i:{2})\s{{1,3}}(?i:{1})\s{{1,3}})"
    r"(?:[a-zäöüß][\w-]{{0,30}}\s{{1,3}})?$".format(
        "|".join(map(re.escape, _SOURCES["prepositions"])),
        "|".join(map(re.escape, _SOURCES["determiners"])),
        "|".join(map(re.escape, _SOURCES["prepositions_determined"])),
    )
)
_SOURCE_ROLES = frozenset(_SOURCES["roles"])


@Language.factory("newsfacts_money", default_config={}, assigns=["doc._.money"])
def make_money(nlp: Language, name: str) -> MoneyExtractor:
    return MoneyExtractor()


class MoneyExtractor:
    """Sets ``doc._.money`` to the article's ``MoneyMention`` list, using the doc's sentences when set."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # doc.text builds a Token object per token on every access
        doc._.money = extract_money(text, lambda: doc_sentences(doc, len(text)))
        return doc


def doc_sentences(doc: Doc, text_length: int) -> list[tuple[int, int]] | None:
    """(start, end) character offsets of the doc's sentences, or None when none are set.

    Reads the token arrays instead of iterating ``doc.sents``, which costs more than finding the money.
    """
    if len(doc) == 0:
        return None
    columns = doc.to_array([SENT_START, IDX])
    if not columns[:, 0].any():  # no sentence boundaries set (doc.has_annotation walks Python tokens)
        return None
    starts = columns[columns[:, 0] == 1, 1].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [text_length]
    return list(zip(starts, ends))


def extract_money(
    text: str, sentences: Sequence[tuple[int, int]] | Callable[[], Sequence[tuple[int, int]] | None] | None = None
) -> list[MoneyMention]:
    """Every money mention in ``text``: normalized, implied currencies filled, roles assigned.

    ``sentences`` are (start, end) character offsets, or a function giving them (called only
    when the text has money); without them lines and sentence punctuation are used.

    >>> [m.text for m in extract_money("800 Millionen Nutzer zahlen 5 Euro im Monat.")]
    ['5 Euro']
    >>> extract_money("Die Firma hat 20 Milliarden Nutzer und 3 Mio. Aktien.")
    []
    """
    found = _with_implied_currency(_with_country_currency(text, find_amounts(text)))
    if not found:
        return []
    if callable(sentences):
        sentences = sentences()
    if sentences is None:
        sentences = split_sentences(text)
    starts = [start for start, _ in sentences]
    amount_starts = [m.start for m, _ in found]
    amount_ends = [m.end for m, _ in found]
    cues_by_sentence: dict[int, _SentenceCues] = {}
    mentions = []
    for match, implied in found:
        index = max(bisect_right(starts, match.start) - 1, 0)
        if index not in cues_by_sentence:
            sentence_start, sentence_end = sentences[index] if sentences else (0, len(text))
            cues_by_sentence[index] = _SentenceCues(text, sentence_start, max(sentence_end, match.end), amount_starts, amount_ends)
        role = cues_by_sentence[index].role(match.start, match.end)
        mentions.append(MoneyMention(match.start, match.end, match.text, match.money, implied, role))
    return mentions


def _with_country_currency(text: str, matches: list[AmountMatch]) -> list[AmountMatch]:
    """A currency named without its country ("4,1 Milliarden Kronen") takes that of the country the
    article names nearest before it, else first after it (rules/currencies.yaml ``unresolved_names``).

    >>> text = "Der schwedische Hersteller wird mit 4,1 Milliarden Kronen bewertet."
    >>> [m.money.currency for m in _with_country_currency(text, find_amounts(text))]
    ['SEK']
    >>> [m.money.currency for m in _with_country_currency("Er kostet 40 Kronen.", find_amounts("Er kostet 40 Kronen."))]
    [None]
    """
    if not any(m.has_currency and m.money.currency is None for m in matches):
        return matches
    out = []
    for match in matches:
        unresolved = match.has_currency and match.money.currency is None
        name = next((n for n in _COUNTRY_CUES if unresolved and match.text.endswith(n)), None)
        if name is not None:
            before = [(m.end(), code) for code, cue in _COUNTRY_CUES[name].items() for m in cue.finditer(text, 0, match.start)]
            after = [(m.start(), code) for code, cue in _COUNTRY_CUES[name].items() for m in cue.finditer(text, match.end)]
            code = max(before)[1] if before else (min(after)[1] if after else None)
            if code is not None:
                match = replace(match, money=replace(match.money, currency=code))
        out.append(match)
    return out


_COUNTRY_CUES: dict[str, dict[str, re.Pattern[str]]] = {
    name: {
        code: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(word) for word in words) + r")", re.IGNORECASE)
        for code, words in countries.items()
    }
    for name, countries in load_rules("currencies")["unresolved_names"].items()
}


def _with_implied_currency(matches: list[AmountMatch]) -> list[tuple[AmountMatch, bool]]:
    """Bare amounts take the currency of the nearest preceding (else following) written one.

    In an article without any written currency, bare amounts are not money and are dropped.
    """
    written = [m for m in matches if m.has_currency and m.money.currency]
    written_starts = [m.start for m in written]
    out = []
    for match in matches:
        if not match.is_bare:
            out.append((match, False))
            continue
        if not written:
            continue
        index = bisect_left(written_starts, match.start)
        source = written[index - 1] if index > 0 else written[0]
        out.append((replace(match, money=replace(match.money, currency=source.money.currency)), True))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences, for use without a spaCy sentence segmenter.

    >>> text = "Sie sammelte 5,6 Mill. Dollar ein. Dann kam mehr."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Sie sammelte 5,6 Mill. Dollar ein.', 'Dann kam mehr.']
    """
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        newline = match.group()[0] == "\n"
        if not newline and not _ends_sentence(text, match.start()):
            continue
        cut = match.start() if newline else match.start() + 1
        if cut > start:
            spans.append((start, cut))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the ".!?" at ``end`` closes a sentence (not "Mrd." or "Mill.")."""
    if text[end] in "!?":
        return True
    word = text[max(0, end - 20) : end + 1].rsplit(None, 1)[-1]
    return word not in _NOT_SENTENCE_END and bool(_WORD_BEFORE_END.search(text, max(0, end - 20), end))


def money_role(text: str, start: int, end: int, sentence_start: int, sentence_end: int, amounts: list[tuple[int, int]]) -> str:
    """The role of the amount at ``text[start:end]`` from the nearest cue word in its sentence.

    Distance counts the words in between, plus 2 per comma or bracket and 6 per other amount
    crossed; a cue before the amount wins a tie ("Bewertung von 61,5 Mrd. Dollar").
    ``amounts`` are the (start, end) offsets of all amounts in the text, sorted.

    >>> t = "Sie sammelte 3,5 Mrd. Dollar ein, bei einer Bewertung von 61,5 Mrd. Dollar."
    >>> spans = [(13, 28), (58, 74)]
    >>> money_role(t, 13, 28, 0, len(t), spans), money_role(t, 58, 74, 0, len(t), spans)
    ('raised', 'valuation')
    >>> t = "Damals steuerte X den Großteil der 52 Mio. Euro bei, die Bewertung lag bei rund 560 Mio. Euro."
    >>> money_role(t, 35, 47, 0, len(t), [(35, 47), (80, 94)])
    'investment'
    """
    return _SentenceCues(text, sentence_start, sentence_end, [s for s, _ in amounts], [e for _, e in amounts]).role(start, end)


class _SentenceCues:
    """The cue words of one sentence, with what is needed to measure distances to an amount."""

    def __init__(self, text: str, sentence_start: int, sentence_end: int, amount_starts: list[int], amount_ends: list[int]) -> None:
        self.text = text
        self.amount_starts = amount_starts
        self.cues: list[tuple[int, int, str]] = []
        self.relative = [m.span() for m in _RELATIVE_CLAUSE.finditer(text, sentence_start, sentence_end)]
        known = _ROLE_OF_WORD.get
        for match in _CUE_WORD.finditer(text, sentence_start, sentence_end):
            word = match.group()
            role = known(word, _UNSEEN)
            if role is _UNSEEN:
                role = cue_role(word)
            if role is not None:
                position = match.start()
                index = bisect_right(amount_starts, position) - 1
                if (index < 0 or amount_ends[index] <= position) and not (
                    role in _SOURCE_ROLES and _SOURCE.search(text, max(sentence_start, position - 48), position)
                ):  # not a word inside an amount, nor the money's source ("aus dem Erlös")
                    self.cues.append((position, match.end(), role))

    def role(self, start: int, end: int) -> str:
        best: tuple[int, int, str] | None = None
        others: tuple[int, int, str] | None = None  # the best of the cues that introduce the next amount
        for word_start, word_end, role in self.cues:
            if any(a <= word_start < b and not a <= start < b for a, b in self.relative):
                continue  # the verb of a relative clause speaks of the amounts inside it only
            if word_end <= start:
                gap_start, gap_end, side = word_end, start, 0
            else:
                gap_start, gap_end, side = end, word_start, 1
            distance = (
                len(_CUE_WORD.findall(self.text, gap_start, gap_end))
                + 2 * len(_PAUSE.findall(self.text, gap_start, gap_end))
                + 6 * (bisect_left(self.amount_starts, gap_end) - bisect_left(self.amount_starts, gap_start))
            )
            if side and self._introduces_next(end, word_start, word_end):
                # "52 Mio. Euro bei, die Bewertung lag bei rund 560 Mio. Euro": the next amount's cue, used
                # only when the amount has no other
                if others is None or (distance, side) < others[:2]:
                    others = (distance, side, role)
            elif best is None or (distance, side) < best[:2]:
                best = (distance, side, role)
        best = best or others
        return best[2] if best else "other"

    def _introduces_next(self, end: int, word_start: int, word_end: int) -> bool:
        """Whether a cue after an amount, past a pause, opens the clause of the next amount with no pause
        between them ("..., die Bewertung lag bei rund 560 Mio. Euro")."""
        index = bisect_left(self.amount_starts, word_end)
        if index >= len(self.amount_starts) or not _PAUSE.search(self.text, end, word_start):
            return False
        following = self.amount_starts[index]
        return following - word_end < _NEXT_AMOUNT_REACH and not _PAUSE.search(self.text, word_end, following)


# How far (in characters) after a cue the next amount it introduces may start.
_NEXT_AMOUNT_REACH = 40

# Roles of words seen so far: cue_role is pure, and a dict lookup is cheaper than calling it per word.
_ROLE_OF_WORD: dict[str, str | None] = {}
_UNSEEN = object()


def cue_role(word: str) -> str | None:
    """The role a cue word points to: a compound's head beats the whole word beats a prefix.

    >>> cue_role("Investitionskosten"), cue_role("bewertet"), cue_role("Finanzierungsrunde"), cue_role("Haus")
    ('cost', 'valuation', 'raised', None)
    """
    if len(_ROLE_OF_WORD) < 200_000:
        _ROLE_OF_WORD[word] = _cue_role(word)
    return _cue_role(word)


def _cue_role(word: str) -> str | None:
    cues = _role_cues()
    w = word.lower()
    best: tuple[int, int, str] | None = None
    for role, (words, prefixes, suffixes) in cues.items():
        for rank, hit in ((0, max((len(s) for s in suffixes if w.endswith(s)), default=0)),
                          (1, len(w) if w in words else 0),
                          (2, max((len(p) for p in prefixes if w.startswith(p)), default=0))):
            if hit and (best is None or (rank, -hit) < best[:2]):
                best = (rank, -hit, role)
    return best[2] if best else None


@lru_cache(maxsize=None)
def _role_cues() -> dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]]:
    cues = {}
    for role, entries in load_rules("money")["roles"].items():
        lowered = [e.lower() for e in entries]
        cues[role] = (
            frozenset(e for e in lowered if "*" not in e),
            tuple(e[:-1] for e in lowered if e.endswith("*") and not e.startswith("*")),
            tuple(e[1:] for e in lowered if e.startswith("*") and not e.endswith("*")),
        )
    return cues
