"""Amounts of money in German text: find them and parse them into exact ``Money`` values.

Pure functions, no spaCy: ``parse_number`` reads a figure, ``parse_number_word`` a German
number word, ``parse_amount`` one written amount, ``find_amounts`` every amount in a text
with character offsets. The vocabulary is data in rules/scales.yaml, rules/currencies.yaml,
rules/number_words.yaml and rules/money.yaml; this module holds only the grammar.

We own the grammar instead of wrapping price-parser: it reads one price per string, ignores
scale words ("3,5 Mrd.") and number words ("anderthalb Milliarden"), and guesses the decimal
separator per string, while German news needs all three plus ranges and hedges.

>>> [(m.text, m.money.value, m.money.currency) for m in find_amounts("Die Firma sammelte 3,5 Mrd. Dollar ein.")]
[('3,5 Mrd. Dollar', Decimal('3500000000'), 'USD')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import yaml

from pipeline.facts import Money

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

# Horizontal space only: pipeline/nlp.py ends a sentence at every line break, so no amount spans one.
_SPACE = "[ \\t\\u00a0\\u202f]"
WS = f"{_SPACE}{{1,3}}"
WS0 = f"{_SPACE}{{0,3}}"
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class AmountMatch:
    """One amount found by ``find_amounts``; ``money.currency`` is None when none is written.

    ``has_currency`` tells whether a currency is written in the mention; ``is_bare`` marks a
    number with a scale word and nothing else ("20 Milliarden"), which is money only where the
    article's context says so (pipeline/money.py decides and fills the currency).
    """

    start: int
    end: int
    text: str
    money: Money
    has_currency: bool
    is_bare: bool = False


@lru_cache(maxsize=None)
def load_rules(name: str) -> Any:
    """The parsed YAML file ``rules/<name>.yaml``."""
    with open(RULES_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _alternation(forms: list[str] | set[str], *, ignore_case: bool = False) -> str:
    """A non-capturing regex group of literal forms, longest first, a letter-final form not followed by a letter."""
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        escaped = re.escape(form)
        parts.append(escaped + "(?![^\\W\\d_])" if form[-1].isalpha() else escaped)
    group = "|".join(parts)
    return f"(?i:{group})" if ignore_case else f"(?:{group})"


# An amount has fewer integer digits than this (10^18: a million German Billionen); longer figures are no money.
MAX_DIGITS = 18


def _plain(value: Decimal) -> Decimal:
    """``value`` without an exponent: Decimal('3.5E+9') -> Decimal('3500000000')."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


class _Lexicon:
    """Every surface form from rules/, and the regexes built from them once at import."""

    def __init__(self) -> None:
        scales = load_rules("scales")
        self.scales: dict[str, Decimal] = {form: Decimal(key) for key, forms in scales.items() for form in forms}

        currencies = load_rules("currencies")
        self.currency: dict[str, tuple[str | None, Decimal]] = {}
        self.symbols: set[str] = set()
        for code, entry in currencies["currencies"].items():
            for name in entry.get("names", []):
                self.currency[name] = (code, Decimal(1))
            for symbol in entry.get("symbols", []):
                self.currency[symbol] = (code, Decimal(1))
                self.symbols.add(symbol)
        for code, names in currencies["subunits"].items():
            for name in names:
                self.currency[name] = (code, Decimal("0.01"))
        for name in currencies["unresolved_names"]:
            self.currency[name] = (None, Decimal(1))
        self.ambiguous_names = frozenset(currencies["ambiguous_names"])

        words = load_rules("number_words")
        self.units: dict[str, int] = words["units"]
        self.standalone: dict[str, int] = words["standalone"]
        self.teens: dict[str, int] = words["teens"]
        self.tens: dict[str, int] = words["tens"]
        self.hundred: str = words["hundred"]
        self.thousand: str = words["thousand"]
        self.und: str = words["and"]
        self.half_suffix: str = words["half_suffix"]
        self.fractions = {form: Decimal(str(value)) for form, value in words["fractions"].items()}

        money = load_rules("money")
        self.qualifiers = {form.lower(): code for code, forms in money["qualifiers"].items() for form in forms}
        self.qualifiers_after = {form: code for code, forms in money["qualifiers_after"].items() for form in forms}
        self.vague_quantifiers: list[str] = money["vague_quantifiers"]
        self.vague_scales = frozenset(money["vague_scales"])
        self.more_words: list[str] = money["more_words"]
        self.money_nouns = _WordList(money["money_nouns"])
        self.not_money_nouns = _WordList(money["not_money_nouns"])
        self.function_words = frozenset(w.lower() for w in money["function_words"])
        self.part_words = frozenset(money["part_words"])
        self.prepositions_after_noun = frozenset(money["prepositions_after_noun"])
        self.digit_counts: dict[str, list[str]] = money["digit_counts"]
        self._build_regexes()

    def _number_word_regex(self) -> str:
        unit = _alternation_plain(self.units)
        b100 = f"(?:{unit}{self.und}{_alternation_plain(self.tens)}|{_alternation_plain(self.tens)}|{_alternation_plain(self.teens)}|{unit})"
        b1000 = f"(?:{unit}?{self.hundred}{b100}?|{b100})"
        full = f"(?:{b1000}?{self.thousand}{b1000}?|{b1000})"
        half = f"(?:{unit}{self.half_suffix})"
        fractions = _alternation_plain(self.fractions).replace("\\ ", WS)
        standalone = _alternation_plain(self.standalone)
        return f"(?<!\\w)(?i:{fractions}|{half}|{full}|{standalone})(?!\\w)"

    def _build_regexes(self) -> None:
        digits = (
            "(?<![\\w.,'’])(?:\\d{1,3}(?:[.'’\\u00a0\\u202f ]\\d{3}){1,5}(?:[,.]\\d{1,4})?|\\d{1,15}(?:[.,]\\d{1,4})?)"
            "(?:[.,][-–])?(?!\\d)"
        )
        self.number_word = self._number_word_regex()
        guard = "(?![^\\W\\d_])"  # a letter-final form ends its word
        scale = _trie_alternation(list(self.scales)) + guard
        currency = _trie_alternation(list(self.currency)) + guard
        symbol = "(?<!\\w)" + _trie_alternation(list(self.symbols)) + guard
        more = _trie_alternation(self.more_words) + guard
        vague = _trie_alternation(self.vague_quantifiers) + guard
        vague_scale = _trie_alternation(list(self.vague_scales)) + guard
        # Finding uses any word where a number word may stand, so the regex stays cheap;
        # parse_amount then checks it against the number-word grammar (self.number_word).
        fractions = "(?i:" + _alternation_plain(self.fractions).replace("\\ ", WS) + ")"
        word = f"(?<!\\w)(?:{fractions}|[^\\W\\d_][a-zäöüß]{{2,44}}+)(?!\\w)"
        number = f"(?:{digits}|{word})"
        amount = f"{number}(?:{WS}{more})?"
        # "bis" but not "bis zu" (a hedge); "und" only after "zwischen" (group zw).
        until = f"{WS}bis(?!{WS}zu(?!\\w)){WS}"
        separator = f"(?:{until}|{WS0}[-–]{WS0}|(?(zw){WS}und{WS}|(?!)))"
        unit = f"(?:{WS0}{scale}(?:{WS0}{currency})?|{WS0}{currency})"
        range_tail = f"(?:{WS}{more})?(?:{WS0}{scale})?(?:{separator}|{WS0}{currency}{until}){amount}{unit}"
        compound_tail = f"-(?:{scale}-)?{currency}(?=-[^\\W\\d_]|(?![\\w-]))"
        single_tail = f"(?:{WS}{more})?{unit}"
        prefixed = f"{symbol}{WS0}{digits}(?:{WS0}{scale})?(?:(?:{until}|{WS0}[-–]{WS0}){digits}(?:{WS0}{scale})?)?"
        vague_amount = f"(?:(?<!\\w){vague}{WS}(?:von{WS})?(?:{vague_scale}{WS})?|(?<![\\w.,-]){vague_scale}{WS}){currency}"
        self.find_regex = re.compile(
            f"{vague_amount}|{prefixed}|(?P<zw>(?<!\\w)[Zz]wischen{WS})?{number}(?:{range_tail}|{compound_tail}|{single_tail})"
        )
        # Every amount holds a scale word or a currency: find_regex only runs around these anchors.
        anchors = list(self.scales) + list(self.currency)
        self.anchor_regex = re.compile(_trie_alternation(anchors) + guard)
        # anchor_regex tries its trie at every lower-case letter for the few forms that start with one
        # ("tausend", "amerikanische Dollar"): _anchor_spans scans with the others and finds those by str.find.
        lower = [form for form in anchors if form[0].islower()]
        self.lower_anchor_heads = sorted({form[:5] for form in lower})  # "amerikanische(n) Dollar" -> "ameri"
        self.anchor_regex_upper = re.compile(_trie_alternation([f for f in anchors if not f[0].islower()]) + guard)
        self.anchor_regex_lower = re.compile(_trie_alternation(lower) + guard)
        counts = self.digit_counts
        self.digit_count_regex = re.compile(
            f"(?<![\\w-])(?:(?i:{_alternation(counts['articles'])}){WS})?"
            f"(?:(?i:{_alternation_plain(counts['degrees'])})e[nmrs]?{WS})?"
            f"(?i:{_alternation_plain(counts['counts'])})stellige[nmrs]?{WS}{_alternation_plain(counts['scales'])}"
            f"(?:-(?P<currency>{_alternation(list(self.currency))})-)?(?i:{_alternation_plain(counts['heads'])})(?:e?s)?(?![\\w-])"
        )
        currency_plain = _alternation(list(self.currency))
        scale_plain = _alternation(list(self.scales))
        vague_plain = _alternation(self.vague_quantifiers)
        more_plain = _alternation(self.more_words)

        qualifier = _alternation(list(self.qualifiers), ignore_case=True)
        self.qualifier_before = re.compile(f"(?<!\\w){qualifier}{WS}$")
        self.qualifier_after = re.compile(f"{WS}{_alternation(list(self.qualifiers_after))}(?!{WS}als(?!\\w))")
        self.tokens = re.compile(
            f"(?P<qual>{qualifier})(?={_SPACE})|(?P<after>{_alternation(list(self.qualifiers_after))})"
            f"|(?P<between>[Zz]wischen(?!\\w))|(?P<vague>{vague_plain})(?=[ \\t\\u00a0\\u202f-])|(?P<cur>{currency_plain})"
            f"|(?P<num>{digits})|(?P<scale>{scale_plain})|(?P<word>{self.number_word})|(?P<more>{more_plain})"
            f"|(?P<sep>bis(?!\\w)|und(?!\\w)|[-–](?={WS0}\\d))|(?P<gap>[ \\t\\u00a0\\u202f-]+)|(?P<von>von(?!\\w))"
        )


def _trie_alternation(forms: list[str]) -> str:
    """A regex matching any of ``forms``, factored by common prefixes so each position fails fast.

    >>> re.findall(_trie_alternation(["Mio.", "Mio", "Mrd."]), "5 Mio. und 6 Mrd. und 7 Mio")
    ['Mio.', 'Mrd.', 'Mio']
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + build(trie) + ")"


def _alternation_plain(forms: dict[str, Any] | list[str]) -> str:
    """A group of literal forms, longest first, with no boundary (for composing number words)."""
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"


class _WordList:
    """Entries "x*" (prefix), "*x" (suffix, a compound's head) or "x" (whole word), all ignoring case."""

    def __init__(self, entries: list[str]) -> None:
        lowered = [e.lower() for e in entries]
        self.prefixes = tuple(e[:-1] for e in lowered if e.endswith("*") and not e.startswith("*"))
        self.suffixes = tuple(e[1:] for e in lowered if e.startswith("*") and not e.endswith("*"))
        self.words = frozenset(e for e in lowered if "*" not in e)

    def __contains__(self, word: str) -> bool:
        w = word.lower()
        return w in self.words or w.startswith(self.prefixes) or w.endswith(self.suffixes)


LEXICON = _Lexicon()


def parse_number(text: str) -> Decimal | None:
    """The value of a figure written the German (or Swiss) way, or None.

    A comma is the decimal mark; a dot followed by exactly three digits groups thousands,
    any other dot is a decimal point (Swiss "1.5 Millionen"); spaces and apostrophes group thousands.

    >>> parse_number("3,5"), parse_number("2.400"), parse_number("1.250.000")
    (Decimal('3.5'), Decimal('2400'), Decimal('1250000'))
    >>> parse_number("1'000"), parse_number("0.8"), parse_number("12 500"), parse_number("200,–")
    (Decimal('1000'), Decimal('0.8'), Decimal('12500'), Decimal('200'))
    >>> parse_number("1.250.000,50"), parse_number("drei") is None
    (Decimal('1250000.50'), True)
    """
    s = re.sub(r"[.,][-–]$", "", text.strip())
    s = re.sub("['’\u00a0\u202f ]", "", s)
    if not re.fullmatch(r"\d{1,30}(?:[.,]\d{1,30}){0,10}", s):
        return None
    if "," in s and "." in s:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        s = s.replace(grouping, "").replace(decimal_mark, ".")
    elif s.count(",") > 1:
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    elif "." in s:
        groups = s.split(".")
        if len(groups) > 2 or len(groups[1]) == 3:
            if any(len(g) != 3 for g in groups[1:]):
                return None
            s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_number_word(text: str) -> Decimal | None:
    """The value of a German number word, or None.

    >>> [parse_number_word(w) for w in ["zwei", "siebenhundert", "achtundsiebzig", "Fünf"]]
    [Decimal('2'), Decimal('700'), Decimal('78'), Decimal('5')]
    >>> parse_number_word("anderthalb"), parse_number_word("zweieinhalb"), parse_number_word("eine")
    (Decimal('1.5'), Decimal('2.5'), Decimal('1'))
    >>> parse_number_word("zweitausenddreihundertfünfzig"), parse_number_word("Dollar")
    (Decimal('2350'), None)
    """
    lx = LEXICON
    word = re.sub(r"\s+", " ", text.strip().lower())
    if word in lx.fractions:
        return lx.fractions[word]
    if word in lx.standalone:
        return Decimal(lx.standalone[word])
    if word.endswith(lx.half_suffix) and word[: -len(lx.half_suffix)] in lx.units:
        return lx.units[word[: -len(lx.half_suffix)]] + Decimal("0.5")
    try:
        value = _below_million(word)
    except (KeyError, ValueError):
        return None
    return Decimal(value) if value else None


def _below_million(word: str) -> int:
    lx = LEXICON
    if lx.thousand in word:
        left, right = word.split(lx.thousand, 1)
        return (_below_1000(left) if left else 1) * 1000 + (_below_1000(right) if right else 0)
    return _below_1000(word)


def _below_1000(word: str) -> int:
    lx = LEXICON
    if lx.hundred in word:
        left, right = word.split(lx.hundred, 1)
        return (lx.units[left] if left else 1) * 100 + (_below_100(right) if right else 0)
    return _below_100(word)


def _below_100(word: str) -> int:
    lx = LEXICON
    for table in (lx.units, lx.teens, lx.tens):
        if word in table:
            return table[word]
    unit, tens = word.split(lx.und, 1)
    return lx.units[unit] + lx.tens[tens]


def parse_amount(text: str, default_currency: str | None = None) -> Money | None:
    """The ``Money`` an amount as written stands for, or None when ``text`` is no amount.

    A qualifier word in the text is coded, a range gives low/high (the scale of the upper
    end carries to the lower one), a magnitude without a figure is vague.

    >>> parse_amount("3,5 Mrd. Dollar")
    Money(value=Decimal('3500000000'), currency='USD', low=None, high=None, qualifier=None, is_vague=False)
    >>> parse_amount("60 bis 70 Milliarden Dollar")
    Money(value=None, currency='USD', low=Decimal('60000000000'), high=Decimal('70000000000'), qualifier=None, is_vague=False)
    >>> parse_amount("nahezu 100 Mrd. Dollar").qualifier, parse_amount("30 Mrd. Dollar und mehr").qualifier
    ('almost', 'over')
    >>> parse_amount("anderthalb Milliarden", default_currency="EUR").value
    Decimal('1500000000')
    >>> parse_amount("Fünf-Billionen-US-Dollar").value, parse_amount("CHF 1'000").currency
    (Decimal('5000000000000'), 'CHF')
    >>> parse_amount("Hunderte Milliarden Dollar").is_vague, parse_amount("50 Cent").value
    (True, Decimal('0.5'))
    >>> parse_amount("Steiermark") is None
    True
    """
    tokens = _tokenize(text)
    return None if tokens is None else _money_from_tokens(tokens, default_currency)


def _money_from_tokens(tokens: list[tuple[str, str]], default_currency: str | None) -> Money | None:
    lx = LEXICON
    qualifier = None
    currency: str | None = None
    factor = Decimal(1)
    has_currency = False
    vague = False
    parts: list[list[tuple[str, str]]] = [[]]
    for kind, value in tokens:
        if kind == "qual" and not any(parts):
            qualifier = lx.qualifiers[value.lower()]
        elif kind == "after":
            qualifier = lx.qualifiers_after[value]
        elif kind == "cur":
            if not has_currency:
                currency, factor = lx.currency[value]
                has_currency = True
        elif kind == "vague":
            vague = True
        elif kind == "sep" and _has_number(parts[-1]):
            parts.append([])
        elif kind in ("num", "word", "scale"):
            parts[-1].append((kind, value))
        elif kind not in ("between", "more", "von", "sep", "qual"):
            return None
    if not has_currency:
        currency = default_currency
    numbered = [p for p in parts if _has_number(p)]
    if vague or not numbered:
        scales = [v for p in parts for k, v in p if k == "scale"]
        if vague or (scales and scales[-1] in lx.vague_scales):
            # a magnitude without figure is money only with a currency ("Milliarden" alone is not)
            if not has_currency and currency is None:
                return None
            return Money(None, currency, qualifier=qualifier, is_vague=True)
        if not scales:
            return None
        numbered = parts = [[("num", "1")] + parts[-1]]  # "Tausend Euro"
    if len(parts) != len(numbered) or len(parts) > 2:
        return None
    if not has_currency and not any(_has_scale(p) for p in parts):
        return None  # a bare figure ("2.400") is no amount
    values = [_part_value(p) for p in parts]
    if any(v is None for v, _ in values):
        return None
    if len(values) == 1:
        return Money(_plain(values[0][0] * values[0][1] * factor), currency, qualifier=qualifier)  # type: ignore[operator]
    (low, low_scale), (high, high_scale) = values
    low_scale = low_scale if _has_scale(parts[0]) else high_scale
    return Money(
        None,
        currency,
        low=_plain(low * low_scale * factor),  # type: ignore[operator]
        high=_plain(high * high_scale * factor),  # type: ignore[operator]
        qualifier=qualifier,
    )


def _has_number(part: list[tuple[str, str]]) -> bool:
    return any(kind in ("num", "word") for kind, _ in part)


def _has_scale(part: list[tuple[str, str]]) -> bool:
    return any(kind == "scale" for kind, _ in part)


def _part_value(part: list[tuple[str, str]]) -> tuple[Decimal | None, Decimal]:
    """(figure, scale multiplier) of one end of an amount: "3,5 Mrd." -> (3.5, 1e9)."""
    figure: Decimal | None = None
    scale = Decimal(1)
    for kind, value in part:
        if kind == "scale":
            scale *= LEXICON.scales[value]
        elif figure is None:
            figure = parse_number(value) if kind == "num" else parse_number_word(value)
        else:
            return None, scale
    if figure is not None and (figure * scale).adjusted() >= MAX_DIGITS:
        return None, scale  # "Mrd. Mrd. Mrd." or a 1,000-digit figure: no amount of money
    return figure, scale


def _tokenize(text: str) -> list[tuple[str, str]] | None:
    """(kind, text) tokens of an amount, or None when some part of ``text`` is not amount vocabulary."""
    tokens = []
    pos = 0
    for match in LEXICON.tokens.finditer(text):
        if match.start() != pos:
            return None
        pos = match.end()
        kind = match.lastgroup or ""
        if kind != "gap":
            tokens.append((kind, match.group()))
    return tokens if pos == len(text) and tokens else None


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount of money written in ``text``, in order, with character offsets.

    Bare amounts ("20 Milliarden") are returned with ``is_bare`` unless a counted noun
    follows or precedes them ("800 Millionen Nutzer"); hedges before and "und mehr" after
    are part of the mention.

    >>> [m.text for m in find_amounts("Sie will bis zu 500 Mrd. Dollar und 2.400 Jobs, 90% davon in Bayern.")]
    ['bis zu 500 Mrd. Dollar']
    >>> [(m.text, m.is_bare) for m in find_amounts("Die 14-Mrd.-Dollar-Allianz und eine weitere Milliarde.")]
    [('14-Mrd.-Dollar', False), ('eine weitere Milliarde', True)]
    """
    found: list[AmountMatch] = []
    for window_start, window_end in _windows(text):
        found.extend(_find_in_window(text, window_start, window_end))
    if "stellig" in text:
        found = _with_digit_counts(text, found)
    return found


def _with_digit_counts(text: str, found: list[AmountMatch]) -> list[AmountMatch]:
    """``found`` with the magnitudes given by a count of digits, which replace any amount inside them.

    >>> [(m.text, m.money.currency, m.money.is_vague, m.is_bare) for m in find_amounts(
    ...     "Er zahlt einen dreistelligen Millionen-Euro-Betrag, sie einen zweistelligen Millionenbetrag.")]
    [('einen dreistelligen Millionen-Euro-Betrag', 'EUR', True, False), ('einen zweistelligen Millionenbetrag', None, True, True)]
    """
    lx = LEXICON
    counted: list[AmountMatch] = []
    for match in lx.digit_count_regex.finditer(text):
        currency = match.group("currency")
        code = lx.currency[currency][0] if currency else None
        money = Money(None, code, is_vague=True)
        counted.append(AmountMatch(match.start(), match.end(), match.group(), money, bool(code), is_bare=not code))
    if not counted:
        return found
    kept = [m for m in found if not any(c.start < m.end and m.start < c.end for c in counted)]
    return sorted(kept + counted, key=lambda m: m.start)


# How far an amount reaches before its first and after its last anchor word
# ("zwischen 1.250.000,50 bis 2.500.000,75 Mio. Euro" is the longest kind).
_REACH_BEFORE = 64
_REACH_AFTER = 32


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around scale words and currencies, merged where they overlap."""
    windows: list[tuple[int, int]] = []
    for anchor_start, anchor_end in _anchor_spans(text):
        start, end = max(0, anchor_start - _REACH_BEFORE), min(len(text), anchor_end + _REACH_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _anchor_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``LEXICON.anchor_regex.finditer(text)`` gives, found faster.

    At a given position the trie can only match forms starting with that character, so forms
    starting with a lower-case letter match exactly where ``anchor_regex_lower`` matches, and the
    others where ``anchor_regex_upper`` does; the lower-case ones are tried only where ``str.find``
    sees the first five characters of one. Merging keeps finditer's rule: the leftmost match, then go on after it.

    >>> _anchor_spans("5 Mio. amerikanische Dollar, 3 tausend Euro; Wirtschaftskrise")
    [(2, 6), (7, 27), (31, 38), (39, 43)]
    """
    lx = LEXICON
    lower: set[int] = set()
    for head in lx.lower_anchor_heads:
        position = text.find(head)
        while position >= 0:
            lower.add(position)
            position = text.find(head, position + 1)
    if not lower:
        return [match.span() for match in lx.anchor_regex_upper.finditer(text)]
    lower_spans = []
    for position in sorted(lower):
        match = lx.anchor_regex_lower.match(text, position)
        if match:
            lower_spans.append(match.span())
    spans: list[tuple[int, int]] = []
    pos = 0
    index = 0
    upper = lx.anchor_regex_upper.finditer(text)
    next_upper = next(upper, None)
    while True:
        while index < len(lower_spans) and lower_spans[index][0] < pos:
            index += 1
        if next_upper is not None and next_upper.start() < pos:  # it overlaps the last span taken: scan on from there
            upper = lx.anchor_regex_upper.finditer(text, pos)
            next_upper = next(upper, None)
        next_lower = lower_spans[index] if index < len(lower_spans) else None
        if next_upper is None and next_lower is None:
            return spans
        if next_lower is None or (next_upper is not None and next_upper.start() < next_lower[0]):
            span = next_upper.span()  # type: ignore[union-attr]
            next_upper = next(upper, None)
        else:
            span = next_lower
            index += 1
        spans.append(span)
        pos = span[1]


def _find_in_window(text: str, window_start: int, window_end: int) -> list[AmountMatch]:
    lx = LEXICON
    found: list[AmountMatch] = []
    pos = window_start
    while match := lx.find_regex.search(text, pos, window_end):
        start, end = match.span()
        tokens, money = _read_match(match.group())
        if tokens is None or money is None:  # e.g. "hat Milliarden Dollar": retry from the next character
            pos = start + 1
            continue
        pos = end
        if match.group("zw") and money.low is None:  # "zwischen" belongs to ranges only
            start += len(match.group("zw"))
        currency_forms = [v for k, v in tokens if k == "cur"]
        has_currency = bool(currency_forms)
        if not _plausible(text, start, end, tokens, currency_forms):
            continue
        before = lx.qualifier_before.search(text, max(0, start - 30), start)
        if before and _is_preposition_after_noun(text, before.start(), before.group()):
            before = None
        after = lx.qualifier_after.match(text, end)
        qualifier = money.qualifier
        if after and not money.is_vague:
            end = after.end()
            qualifier = lx.qualifiers_after[after.group().strip(" \t\u00a0\u202f")]
        if before:
            start = before.start()
            qualifier = lx.qualifiers[before.group().strip(" \t\u00a0\u202f").lower()]
        if qualifier != money.qualifier:
            money = Money(money.value, money.currency, money.low, money.high, qualifier, money.is_vague)
        found.append(AmountMatch(start, end, text[start:end], money, has_currency, is_bare=not has_currency))
    return found


@lru_cache(maxsize=4096)
def _read_match(text: str) -> tuple[tuple[tuple[str, str], ...] | None, Money | None]:
    """Tokens and value of a string ``find_regex`` matched; the same amounts recur, and both are pure."""
    tokens = _tokenize(text)
    if not tokens:
        return None, None
    return tuple(tokens), _money_from_tokens(tokens, None)


_PREVIOUS_WORD = re.compile(r"(?<![\w-])([^\W\d_][\w-]{0,40})[ \t\u00a0]{1,3}$")


def _is_preposition_after_noun(text: str, position: int, qualifier: str) -> bool:
    """Whether a hedge word is a preposition here: after a noun, "über" means "of", not "more than".

    "eine Finanzierungsrunde über 35 Mio. Franken" has no hedge; "auf über 20 Mrd." and
    "Über 5 Mrd. flossen" (sentence start) have one.
    """
    if qualifier.strip(" \t\u00a0\u202f").lower() not in LEXICON.prepositions_after_noun:
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, position - 60), position)
    if previous is None or not previous.group(1)[0].isupper():
        return False
    before_word = text[max(0, previous.start() - 3) : previous.start()].rstrip(" \t\u00a0")
    return bool(before_word) and before_word[-1] not in ".!?:\n\"„“"


def _plausible(text: str, start: int, end: int, tokens: Sequence[tuple[str, str]], currency_forms: list[str]) -> bool:
    """Guards the regex cannot express: years, ambiguous currency names, counted nouns, dates."""
    lx = LEXICON
    figures = [v for k, v in tokens if k in ("num", "word")]
    has_scale = any(k == "scale" for k, _ in tokens)
    digits_only = bool(figures) and all(k == "num" for k, _ in tokens if k in ("num", "word"))
    is_year = any(_YEAR.fullmatch(f) for f in figures)
    if currency_forms:
        form = currency_forms[0]
        if form in lx.ambiguous_names and not has_scale and (not digits_only or is_year):
            return False
        if not digits_only and not has_scale and text.startswith("-", end) and form[0].isalpha():
            return False  # "einen Dollar-Kurs": a number word before a compound, not an amount
        if form == "Fr." and re.match(r"Fr\.\s*\d{1,2}\.\d{1,2}\.", text[start : end + 1]):
            return False  # "Fr. 12.5.": Friday, a date
        return True
    if not has_scale:
        return True  # vague amounts always carry a currency; nothing else comes here
    if is_year:
        return False  # "im Jahr 2024 Milliarden investiert"
    if re.match(r"-[^\W\d_]", text[end : end + 2]):
        return False  # "ein Milliarden-Fundraising": a compound without figure or currency
    return not _counted_after(text, end) and not _counted_before(text, start)


_WORD = re.compile(r"[^\W\d_][\w-]*|[^\w\s]")


def _counted_after(text: str, end: int) -> bool:
    """A unit noun follows the amount ("6,89 Mio. Aktien", "800 Millionen wöchentlich aktive Nutzer")."""
    lx = LEXICON
    for n, match in enumerate(_WORD.finditer(text, end, min(len(text), end + 80))):
        word = match.group()
        if n >= 3 or not word[0].isalpha() or word.lower() in lx.function_words:
            return False
        if word[0].isupper():
            return word not in lx.money_nouns
    return False


def _counted_before(text: str, start: int) -> bool:
    """A counted noun closely precedes the amount ("Nutzerzahl von 800 Millionen"), or the amount is a part of a
    count before it ("31 Millionen Aktien, davon rund sieben Millionen").

    >>> [m.text for m in find_amounts("Platziert werden 31 Millionen Aktien, davon rund sieben Millionen aus einer "
    ...     "Kapitalerhöhung. Das Volumen könnte auf bis zu 900 Mio. Euro steigen.")]
    ['bis zu 900 Mio. Euro']
    """
    lx = LEXICON
    words = [m.group() for m in _WORD.finditer(text, max(0, start - 60), start) if m.group()[0].isalpha()]
    for word in reversed(words[-4:]):
        if word in lx.money_nouns:
            return False
        if word in lx.not_money_nouns:
            return True
    if any(word in lx.part_words for word in words[-2:]):
        whole = None
        for whole in lx.find_regex.finditer(text, max(0, start - 120), start):
            pass
        return whole is not None and _counted_after(text, whole.end())
    return False
