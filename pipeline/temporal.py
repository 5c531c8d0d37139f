"""German date expressions: find them in text and normalize them to ISO 8601, without spaCy.

:func:`find_spans` scans a text with one regex built from ``rules/dates.yaml`` and returns
every date expression with its offsets and parsed :class:`Expression`; :func:`resolve` turns
an expression into a :class:`~pipeline.facts.TemporalValue` against the publication date.

>>> [span.text for span in find_spans("Seit 2019 wuchs der Umsatz, Ende Januar kamen 2.400 Jobs dazu.")]
['Seit 2019', 'Ende Januar']
>>> resolve("vergangene Woche", date(2025, 11, 12)).value
'2025-W45'

We parse everything ourselves and do not wrap dateparser: every form we accept is listed in
rules/dates.yaml and read exactly here, the span must follow our annotation convention
(preposition and modifiers included), and dateparser neither knows the relative spans of news
German ("über die vergangenen anderthalb Jahre") nor keeps unknown parts open ("XXXX-01").
Its ``search_dates`` is also two orders of magnitude slower than this module (see the bench).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import yaml

from pipeline.facts import TemporalValue

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "dates.yaml"

# Up to three whitespace characters between words: bounded, so no pattern can backtrack far.
WS = r"\s{1,3}"
YEAR4 = r"(?:19|20)\d\d"
UNKNOWN_DAY = "XXXX-XX-XX"
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}
UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "quarter": "M", "half": "M", "year": "Y"}
MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "half": 6, "year": 12}


@lru_cache(maxsize=None)
def load_rules() -> dict[str, Any]:
    """The parsed ``rules/dates.yaml``."""
    with open(RULES_FILE, encoding="utf-8") as handle:
        rules: dict[str, Any] = yaml.safe_load(handle)
    return rules


def _key(surface: str) -> str:
    """Lookup key of a surface form: lower case, single spaces."""
    return " ".join(surface.lower().split())


def _table(mapping: dict[Any, Iterable[str]]) -> dict[str, Any]:
    """Surface form -> canonical value, from a YAML section keyed by the canonical value."""
    return {_key(form): value for value, forms in mapping.items() for form in forms}


def words_regex(forms: Iterable[str]) -> str:
    """A regex matching any of the forms as whole words, spaces as WS.

    The forms are compiled into a trie ("seit(?:\\s{1,3}de[mr])?"), so a failing position costs
    one test per distinct first letter instead of one per form: that keeps the scan fast.
    """
    trie: dict[str, Any] = {}
    for form in {_key(f) for f in forms}:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + r")(?!\w)"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [(WS if char == " " else re.escape(char)) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a form ends here: the longer forms are optional, tried first
        return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
    return body


class _Lexicon:
    """Lookup tables and regex pieces derived from rules/dates.yaml."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.months = _table(rules["months"]) | _table(rules["month_abbreviations"])
        self.weekdays = _table(rules["weekdays"])
        self.weekday_weeks = _table(rules["weekday_weeks"])
        self.deictic = _table(rules["deictic_days"])
        self.deictic_years = _table(rules["deictic_years"])
        self.relative = _table(rules["relative_adjectives"])
        self.units = _table(rules["units_singular"]) | _table(rules["units_plural"])
        self.plural_units = _table(rules["units_plural"])
        self.compounds = {_key(word): spec for word, spec in rules["relative_compounds"].items()}
        self.periods = {_key(word): spec for word, spec in rules["period_compounds"].items()}
        self.modifiers = _table(rules["modifiers"])
        self.approximators = {_key(word) for word in rules["approximators"]}
        self.ordinals = _table(rules["ordinals"]) | _table(rules["quarter_compounds"])
        self.quarter_compounds = _table(rules["quarter_compounds"])
        self.seasons = {_key(w): spec["months"] for spec in rules["seasons"].values() for w in spec["words"]}
        self.numbers = _table(rules["numbers"])
        self.vague_counts = {_key(word) for word in rules["vague_counts"]}
        self.prepositions = _table(rules["prepositions"])
        self.anchors = _table(rules["duration_anchors"])
        self.antecedent_suffixes = _table(rules["antecedent_suffixes"])
        self.context_periods = {_key(words): spec for words, spec in rules["context_periods"].items()}
        self.label_words = rules["label_words"]
        self.rules = rules


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    return _Lexicon(load_rules())


# ---------------------------------------------------------------------------------------------
# The grammar. Each rule is one alternative of the master regex; its named groups carry the
# rule name as prefix because Python needs group names unique across the whole pattern.
# Rules are tried in this order at each position, so longer readings come first.
# ---------------------------------------------------------------------------------------------


def _grammar(lex: _Lexicon) -> dict[str, str]:
    r = lex.rules
    prep = words_regex(w for forms in r["prepositions"].values() for w in forms)
    det = words_regex(r["determiners"])
    mod = words_regex(w for forms in r["modifiers"].values() for w in forms)
    month = words_regex(w for forms in r["months"].values() for w in forms)
    month_abbr = "(?:" + "|".join(re.escape(w) for f in r["month_abbreviations"].values() for w in f) + ")"
    rel = words_regex(w for forms in r["relative_adjectives"].values() for w in forms)
    year_noun = words_regex(r["year_nouns"])
    count_nouns = words_regex(r["count_nouns"])
    symbols = "|".join(re.escape(s) for s in r["count_symbols"])
    # A year is 1900-2099, not glued to more digits, and not an amount ("2026 neue Mitarbeiter").
    number_word = words_regex(r["count_number_words"])
    not_count = rf"(?!\s{{0,3}}(?:{symbols})|{WS}(?:(?!{number_word}{WS})(?-i:[a-zäöüß]{{2,20}}){WS})?{count_nouns})"
    year_end = r"(?!\w|[.,]\d)"

    def year(g: str | None, counted: str = not_count) -> str:
        core = rf"{YEAR4}(?:/(?:{YEAR4}|\d\d))?"
        return (f"(?P<{g}>{core})" if g else f"(?:{core})") + year_end + counted

    def opt(g: str, pattern: str) -> str:
        return f"(?:(?P<{g}>{pattern}){WS})?"

    genitive = rf"(?:(?:des|dieses){WS})?{rel}{WS}(?:jahres|jahrs)(?!\w)|des{WS}(?:vorjahres|vorjahrs|folgejahres)(?!\w)"
    numeric_day = r"[0-3]?\d\.[01]?\d\.(?:" + YEAR4 + r"|\d\d)?(?![\w])(?!\.?\d)"
    word_day = rf"[0-3]?\d\.\s?(?:{month}|{month_abbr})(?:{WS}{year(None)})?"
    bare_day = rf"[0-3]?\d\.(?={WS}{words_regex(r['range_joiners'])}{WS}[0-3]?\d\.\s?(?:{month}|{month_abbr}))"
    endpoint = rf"(?:{word_day}|{numeric_day}|(?:{month}|{month_abbr})(?:{WS}{year(None)})?|{year(None)})"
    ordinal = words_regex(w for forms in r["ordinals"].values() for w in forms if _key(w) not in lex.quarter_compounds)
    quarter_compound = words_regex(lex.quarter_compounds)
    season = words_regex(lex.seasons)
    period = words_regex(lex.periods)
    decade = r"(?:(?:19|20)?\d0)er(?:(?:-|\s)?jahren?)?(?!\w)"
    anaphora = words_regex(r["anaphoric_years"])
    context_prep = words_regex([w for forms in r["prepositions"].values() for w in forms] + r["context_prepositions"])
    unit_sg = words_regex(w for u, forms in r["units_singular"].items() if u != "day" for w in forms)
    compound = words_regex(lex.compounds)
    counted_prep = words_regex(
        list(r["span_prepositions"]) + r["prepositions"]["since"] + list(r["approximators"])
        + [w for forms in r["duration_anchors"].values() for w in forms]
    )
    number = rf"(?:{words_regex(lex.numbers)}|\d{{1,3}}(?:,\d{{1,2}})?(?!\w|[.,]\d))"
    unit_any = words_regex(lex.units)
    weekday = "(?:" + "|".join(re.escape(w) for f in r["weekdays"].values() for w in f) + ")"
    parts = "(?:" + "|".join(r["weekday_parts"]) + ")"
    deictic = "(?:" + "|".join("(?-i:morgen)" if w == "morgen" else re.escape(w)
                               for table in ("deictic_days", "deictic_years") for f in r[table].values() for w in f) + r")(?!\w)"
    return {
        "range": (
            # the first end may be a bare day that takes the last one's month: "vom 12. bis zum 25. März"
            rf"(?:(?P<range_open>{words_regex(r['range_openers'] + r['year_list_openers'])}){WS}(?P<range_a>{endpoint}|{bare_day}){WS}"
            rf"(?P<range_join>{words_regex(r['range_joiners'])}){WS}(?P<range_b>{endpoint})"
            rf"|(?P<range_a2>{year(None)})\s?(?:[–—-]|bis)\s?(?P<range_b2>{year(None)}))"
        ),
        "day": (
            opt("day_prep", prep) + rf"(?:{weekday},?{WS}(?:de[nm]{WS})?)?"
            rf"(?:(?P<day_word>{word_day})|(?P<day_numeric>{numeric_day})"
            rf"|(?P<day_iso>{YEAR4}-[01]\d-[0-3]\d)(?![\w-]))"
        ),
        "month": (
            opt("month_prep", prep) + opt("month_mod", mod) + opt("month_rel", rel)
            + rf"(?:(?P<month_name>{month})|(?P<month_abbr>{month_abbr})(?={WS}{YEAR4}))"
            rf"(?:{WS}(?:des{WS}jahres{WS})?(?P<month_year>{year(None)})|{WS}(?P<month_gen>{genitive}))?"
        ),
        "quarter": (
            opt("quarter_prep", prep) + rf"(?:(?P<quarter_mod>{mod}){WS}(?:(?:des|der){WS})?)?"
            + opt("quarter_det", det)
            + rf"(?:(?P<quarter_ord>{ordinal}){WS}(?:(?P<quarter_unit>quartals?|halbjahr(?:es|s)?|jahreshälfte|hälfte)"
            rf"|(?P<quarter_count>{number}){WS}(?P<quarter_months>monate|monaten|quartale|quartalen))(?!\w)"
            rf"|(?P<quarter_compound>{quarter_compound})|(?P<quarter_short>[qh][1-4])(?!\w))"
            rf"(?:(?:\s?/\s?|{WS}(?:des{WS}{year_noun}{WS})?)(?P<quarter_year>{year(None)})"
            rf"|{WS}(?P<quarter_gen>{genitive}))?"
        ),
        "season": (
            opt("season_prep", prep) + opt("season_mod", mod) + opt("season_det", det) + opt("season_rel", rel)
            + rf"(?P<season_word>{season})(?:{WS}(?P<season_year>{year(None)})|{WS}(?P<season_gen>{genitive}))?"
        ),
        "period": (
            opt("period_prep", prep) + opt("period_det", det)
            + rf"(?P<period_word>{period})(?:{WS}(?P<period_year>{year(None)})|{WS}(?P<period_gen>{genitive}))?"
        ),
        "decade": opt("decade_prep", prep) + opt("decade_mod", mod) + opt("decade_det", det) + rf"(?P<decade_value>{decade})",
        "year": (
            opt("year_prep", prep) + opt("year_mod", mod)
            # after "Ende", "Anfang", "Mitte" the number is a year whatever follows: "Ende 2026 eigene Aktien"
            + rf"(?:(?:{det}{WS})?(?P<year_noun>{year_noun}){WS})?(?P<year_value>{year(None, '')})(?(year_mod)|{not_count})"
        ),
        "anaphora": opt("anaphora_prep", prep) + rf"(?P<anaphora_word>{anaphora})",
        "context": (
            opt("context_prep", context_prep) + opt("context_det", det)
            + rf"(?P<context_words>{words_regex(r['context_periods'])})"
        ),
        "relative": (
            opt("relative_prep", prep) + opt("relative_mod", mod) + opt("relative_det", det)
            + opt("relative_rel", rel) + rf"(?P<relative_unit>{unit_sg}|{compound})"
        ),
        "counted": (
            rf"(?:(?P<counted_since>{words_regex(r['prepositions']['since'])}){WS}(?P<counted_vague_span>{words_regex(r['vague_spans'])})"
            rf"|(?:(?P<counted_prep>{counted_prep}){WS})?(?:(?P<counted_approx>{words_regex(r['approximators'])}){WS})?"
            rf"(?:(?P<counted_rel>{rel}){WS})?"
            rf"(?:(?P<counted_low>{number}){WS}bis{WS})?"
            rf"(?:(?P<counted_count>{number}|{words_regex(lex.vague_counts)}){WS})?(?P<counted_unit>{unit_any})"
            rf"(?:{WS}(?P<counted_suffix>{words_regex(r['duration_suffixes'])}))?(?!{WS}alt(?:e[nmrs]?)?(?!\w)))"
        ),
        "deictic": opt("deictic_prep", prep) + f"(?P<deictic_word>{deictic})",
        "weekday": (
            opt("weekday_prep", prep) + opt("weekday_rel", rel)
            + rf"(?P<weekday_name>{weekday})(?P<weekday_part>{parts})?(?!\w)"
            + rf"(?:{WS}(?P<weekday_week>{words_regex(w for forms in r['weekday_weeks'].values() for w in forms)}))?"
        ),
    }


def _head_words(rules: dict[str, Any]) -> set[str]:
    """Words every date expression contains at least one of: months, units, weekdays, "heute"..."""
    sections = ["months", "month_abbreviations", "deictic_days", "deictic_years", "units_singular", "units_plural", "quarter_compounds"]
    forms: list[str] = [w for s in sections for forms in rules[s].values() for w in forms]
    forms += [f"{day}{part}" for forms_ in rules["weekdays"].values() for day in forms_ for part in ["", *rules["weekday_parts"]]]
    forms += list(rules["relative_compounds"]) + list(rules["period_compounds"]) + rules["year_nouns"] + ["Hälfte"]
    forms += [w for spec in rules["seasons"].values() for w in spec["words"]]
    forms += [w for form in rules["vague_spans"] + rules["anaphoric_years"] for w in form.split()]
    forms += [form.split()[0] for form in rules["context_periods"]]  # "Jahr" of "im Jahr davor", "Vorjahresquartal"
    return {_key(form) for form in forms}


def _prefix_words(rules: dict[str, Any]) -> set[str]:
    """Words that may stand before a head inside a date expression ("über die vergangenen anderthalb")."""
    sections = ["relative_adjectives", "modifiers", "ordinals", "numbers", "prepositions", "duration_anchors"]
    lists = ["determiners", "approximators", "vague_counts", "span_prepositions", "range_openers", "year_list_openers",
             "anaphoric_years", "context_prepositions"]
    forms: list[str] = [w for s in sections for forms in rules[s].values() for w in forms]
    forms += [w for s in lists for w in rules[s]] + ["des"]
    forms += [w for forms_ in rules["weekdays"].values() for w in forms_]
    return {word for form in forms for word in _key(form).split(" ")}


class _Patterns:
    def __init__(self, lex: _Lexicon) -> None:
        grammar = _grammar(lex)
        flags = re.IGNORECASE
        self.rules = {name: re.compile(pattern, flags) for name, pattern in grammar.items()}
        self.year_list_openers = frozenset(_key(form) for form in lex.rules["year_list_openers"])
        # A date starts a word, and never inside a number ("2.400", "61,5") or a compound ("Q4/2025" is one).
        alternatives = "|".join(f"(?P<{name}>{pattern})" for name, pattern in grammar.items())
        # The gate: a date starts with at most six prefix words ("in den kommenden zwei bis drei")
        # before a head word or number. Two trie tests per word start let all other words skip
        # the thirteen alternatives; this is what makes the scan fast.
        head = rf"(?:{words_regex(_head_words(lex.rules))}|{YEAR4}(?!\d)|[0-3]?\d\.|(?:19|20)?\d0er|[qh][1-4](?!\w))"
        prefix = rf"(?:{words_regex(_prefix_words(lex.rules))}|\d{{1,3}}(?:,\d{{1,2}})?(?!\w)),?"
        gate = rf"(?:{prefix}{WS}){{0,6}}{head}"
        self.master = re.compile(rf"(?<![\w.,/\-])(?={gate})(?:{alternatives})", flags)
        self.master_lower = _lowercase_twin(self.master)
        self.label_before = re.compile(rf"(?:{words_regex(lex.label_words)})\s{{0,2}}$", flags)
        self.explicit_year = re.compile(rf"(?<!\d){YEAR4}(?!\d)")


# Letters that IGNORECASE matches to a pattern letter although their lower case is another one
# ("ſ" matches "s"); a text holding one is scanned with the case-blind regex.
# tests/test_temporal.py checks the list against every character.
FOLDS_APART = frozenset("\u0130\u0131\u017f")


# An escape, a named group's opening, or a run of anything else.
_REGEX_PARTS = re.compile(r"\\.|\(\?P[<=]|[^\\(]+|\(")


def _lowercase_part(part: re.Match[str]) -> str:
    """A piece of a regex in lower case; escapes and group syntax ("(?P<") as they are."""
    text = part.group()
    return text if text.startswith(("\\", "(?P")) else text.lower()


def _lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` for lowercased text, without IGNORECASE, which makes Python's re about 2x slower.

    Lowercasing the whole regex is safe only when it has no upper-case escape (``\\W`` would
    become ``\\w``) and its group names stay what they are; otherwise there is no twin.
    """
    if re.search(r"\\[A-Z]", pattern.pattern):
        return None
    lowered = _REGEX_PARTS.sub(_lowercase_part, pattern.pattern)
    twin = re.compile(lowered, pattern.flags & ~re.IGNORECASE)
    return twin if twin.groupindex == pattern.groupindex else None


def scan_text(text: str) -> tuple[str, re.Pattern[str]]:
    """The text to run the master regex over and the regex: the lowercased text with the
    lowercase twin when they give the same matches at the same offsets, else ``text`` as it is.

    >>> scan_text("Ende Januar")[0]
    'ende januar'
    >>> scan_text("İstanbul, Ende Januar")[0]
    'İstanbul, Ende Januar'
    """
    pats = patterns()
    lowered = text.lower()
    if pats.master_lower is None or len(lowered) != len(text) or any(letter in text for letter in FOLDS_APART):
        return text, pats.master
    return lowered, pats.master_lower


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    return _Patterns(lexicon())


# ---------------------------------------------------------------------------------------------
# Parsed expressions: what a span says, before it meets a publication date.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expression:
    """What one date expression says, independent of the publication date.

    kind:
      calendar  a calendar period; year None = taken from the publication date ("im Januar")
      relative  ``offset`` units from the publication date ("vergangene Woche", "gestern")
      span      a stretch back (direction -1) or forward (1) from the publication date
      shift     a point ``count`` units back or forward ("vor zwei Wochen")
      duration  a length of time only ("rund eine Woche")
      anaphora  the last year written before it ("für dasselbe Jahr")
      range     ``first`` to ``last`` ("zwischen 2012 und 2022", "in zwölf bis 18 Monaten": two shifts)
      context   the period the text speaks of, its year (unit "year") or itself (unit "period"),
                moved by ``offset`` years ("im Vorjahr", "im Vorjahresquartal"); ``fallback`` is
                what it says with no such period, if anything
    role (calendar, relative, anaphora): point|since|until|from, from the preposition.
    count of a weekday, when given: its week, counted from the week of publication ("am Donnerstag kommender
    Woche" is 1).
    """

    kind: str
    unit: str = "year"  # day|week|month|quarter|half|year|season|decade|weekend|weekday
    role: str = "point"
    modifier: str | None = None
    year: int | None = None
    year_end: int | None = None  # fiscal year "2025/26", decade end
    year_offset: int | None = None  # calendar year relative to the publication year
    month: int | None = None  # month; first month of a season
    month_end: int | None = None  # last month of a season
    day: int | None = None
    index: int | None = None  # quarter or half number, ISO weekday
    offset: int = 0
    count: float | None = None
    direction: int = 0
    first: Expression | None = None
    last: Expression | None = None
    tense: int = 0  # -1 past, 1 future, 0 unknown: which occurrence a month, day or weekday without a year is
    # -1 the last one wholly before publication ("im vergangenen Herbst"), 1 the next one wholly after
    # ("im kommenden Frühjahr"), 0 as the preposition and tense say
    occurrence: int = 0
    fallback: Expression | None = None


class DateSpan(NamedTuple):
    """One date expression found in a text: offsets, surface and parsed meaning."""

    start: int
    end: int
    text: str
    rule: str
    expression: Expression


def _year(text: str | None) -> tuple[int | None, int | None]:
    """Year and fiscal end year of "2025", "2025/26", "2025/2026"."""
    if not text:
        return None, None
    first, _, second = text.partition("/")
    start = int(first)
    if not second:
        return start, None
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    return (start, end) if end == start + 1 else (start, None)


def _genitive_offset(text: str) -> int:
    """Year offset of "des vergangenen Jahres", "nächsten Jahres", "des Vorjahres"."""
    lex = lexicon()
    for word in _key(text).split(" "):
        if word in lex.relative:
            return int(lex.relative[word])
        if word in lex.compounds:
            return int(lex.compounds[word]["offset"])
    return 0


def _role(prep: str | None) -> tuple[str, str | None]:
    """Role and modifier a preposition gives: ("since", None), ("point", "approx")..."""
    if not prep:
        return "point", None
    role = lexicon().prepositions.get(_key(prep), "point")
    return ("point", "approx") if role == "approx" else (role, None)


def _modifier(word: str | None, prep_modifier: str | None) -> str | None:
    if word:
        return str(lexicon().modifiers[_key(word)])
    return prep_modifier


def _calendar_year(groups: dict[str, str | None], year_key: str, gen_key: str) -> dict[str, Any]:
    year, year_end = _year(groups.get(year_key))
    gen = groups.get(gen_key)
    return {"year": year, "year_end": year_end, "year_offset": _genitive_offset(gen) if gen else None}


def _parse_day(g: dict[str, str | None]) -> Expression | None:
    lex = lexicon()
    role, approx = _role(g.get("prep"))
    year: int | None
    if g.get("iso"):
        year, month, day = (int(p) for p in str(g["iso"]).split("-"))
    elif g.get("numeric"):
        day_s, month_s, year_s = str(g["numeric"]).split(".")
        if not year_s and not g.get("prep"):
            return None  # "3.7." alone is a version or score, not a date
        day, month = int(day_s), int(month_s)
        year = (int(year_s) if len(year_s) == 4 else 2000 + int(year_s)) if year_s else None
    else:
        match = re.match(rf"([0-3]?\d)\.\s?(\S+?)(?:{WS}(\S+))?$", str(g["word"]))
        if not match:
            return None
        day, month = int(match.group(1)), int(lex.months[_key(match.group(2))])
        year = _year(match.group(3))[0]
    try:
        date(year or 2000, month, day)  # 2000 is a leap year, so 29.2. passes without a year
    except ValueError:
        return None
    return Expression("calendar", unit="day", role=role, modifier=approx, year=year, month=month, day=day)


def _parse_month(g: dict[str, str | None], is_bare_allowed: bool = False) -> Expression | None:
    name = g.get("name") or g.get("abbr")
    if not (is_bare_allowed or g.get("prep") or g.get("mod") or g.get("rel") or g.get("year") or g.get("gen")):
        return None  # a bare month name ("August") is too often a name
    role, approx = _role(g.get("prep"))
    return Expression("calendar", unit="month", role=role, modifier=_modifier(g.get("mod"), approx),
                      month=int(lexicon().months[_key(str(name))]), **_occurrence(g))


def _parse_quarter(g: dict[str, str | None]) -> Expression | None:
    lex = lexicon()
    role, approx = _role(g.get("prep"))
    if g.get("short"):
        if not (g.get("prep") or g.get("year") or g.get("gen")):
            return None  # "H1" or "Q5" alone is a heading, a chip or a model name
        letter, number = str(g["short"]).lower()[0], str(g["short"])[1]
        unit, index = ("quarter" if letter == "q" else "half"), int(number)
    elif g.get("compound"):
        unit, index = "quarter", int(lex.quarter_compounds[_key(str(g["compound"]))])
    elif g.get("count"):
        # "in den ersten neun Monaten (des Jahres)": the year's opening months, a run like a season's
        has_count, count = _count(g.get("count"))
        months = (count or 0) * (3 if _key(str(g["months"])).startswith("quartal") else 1)
        if int(lex.ordinals[_key(str(g["ord"]))]) != 1 or not has_count or not float(months).is_integer() or not 1 < months < 12:
            return None  # "die zweiten drei Monate"
        if not (g.get("prep") or g.get("year") or g.get("gen")):
            return None  # "Die ersten zwei Monate waren schwach": of a tenure, a product, a year?
        return Expression("calendar", unit="season", role=role, modifier=_modifier(g.get("mod"), approx),
                          month=1, month_end=int(months), **_calendar_year(g, "year", "gen"))
    else:
        word = _key(str(g["unit"]))
        unit, index = ("quarter" if word.startswith("quartal") else "half"), int(lex.ordinals[_key(str(g["ord"]))])
        if word == "hälfte" and not (g.get("year") or g.get("gen")):
            return None  # "die erste Hälfte" of anything
    if unit == "half" and index > 2:
        return None
    return Expression("calendar", unit=unit, role=role, modifier=_modifier(g.get("mod"), approx),
                      index=index, **_calendar_year(g, "year", "gen"))


def _parse_season(g: dict[str, str | None]) -> Expression | None:
    if not (g.get("prep") or g.get("rel") or g.get("year") or g.get("gen")):
        return None  # "der Sommer" as a topic
    role, approx = _role(g.get("prep"))
    first, last = lexicon().seasons[_key(str(g["word"]))]
    return Expression("calendar", unit="season", role=role, modifier=_modifier(g.get("mod"), approx),
                      month=first, month_end=last, **_occurrence(g))


def _occurrence(groups: dict[str, str | None]) -> dict[str, Any]:
    """The year fields of a month or season, with the occurrence a relative adjective picks.

    "im vergangenen Herbst" is the last autumn wholly past, "im kommenden Frühjahr" the next one
    still to come, "in diesem Sommer" the one of the publication year; a year written wins.
    """
    fields = _calendar_year(groups, "year", "gen")
    rel = groups.get("rel")
    if rel is None or fields["year"] is not None or fields["year_offset"] is not None:
        return fields
    offset = int(lexicon().relative[_key(rel)])
    if offset == 0:
        return {**fields, "year_offset": 0}
    return {**fields, "occurrence": 1 if offset > 0 else -1}


def _parse_period(g: dict[str, str | None]) -> Expression | None:
    spec = lexicon().periods[_key(str(g["word"]))]
    role, _ = _role(g.get("prep"))
    fields = _calendar_year(g, "year", "gen")
    if spec["unit"] == "year" and (fields["year"] or fields["year_offset"] is not None):
        return Expression("calendar", unit="year", role=role, modifier=spec["modifier"], **fields)
    return Expression("relative", unit=spec["unit"], role=role, modifier=spec["modifier"])


def _parse_decade(g: dict[str, str | None]) -> Expression | None:
    digits = re.match(r"\d+", str(g["value"]))
    if not digits:
        return None
    value = digits.group()
    has_jahre = "jahr" in str(g["value"]).lower()
    if len(value) == 2:
        if not has_jahre:
            return None  # "90er" alone is a vintage or a size
        value = ("19" if int(value) >= 30 else "20") + value
    start = int(value)
    role, approx = _role(g.get("prep"))
    return Expression("calendar", unit="decade", role=role, modifier=_modifier(g.get("mod"), approx),
                      year=start, year_end=start + 9)


def _parse_year(g: dict[str, str | None]) -> Expression | None:
    role, approx = _role(g.get("prep"))
    year, year_end = _year(g.get("value"))
    return Expression("calendar", unit="year", role=role, modifier=_modifier(g.get("mod"), approx),
                      year=year, year_end=year_end)


def _parse_anaphora(g: dict[str, str | None]) -> Expression | None:
    role, approx = _role(g.get("prep"))
    return Expression("anaphora", role=role, modifier=approx)


def _parse_context(g: dict[str, str | None]) -> Expression | None:
    role, approx = _role(g.get("prep"))
    spec = lexicon().context_periods[_key(str(g["words"]))]
    fallback = None
    if spec.get("alone"):  # "erzielte im Vorjahr": the year before publication
        fallback = Expression("relative", unit="year", role=role, modifier=approx, offset=spec["shift"])
    return Expression("context", unit=spec["take"], role=role, modifier=approx, offset=spec["shift"], fallback=fallback)


def _parse_relative(g: dict[str, str | None]) -> Expression | None:
    lex = lexicon()
    role, approx = _role(g.get("prep"))
    modifier = _modifier(g.get("mod"), approx)
    word = _key(str(g["unit"]))
    rel = g.get("rel")
    if not rel and _key(str(g.get("det") or "")) in lex.relative:
        rel = g.get("det")  # "dieses Jahr": the article is read as a determiner first
    if word in lex.compounds:
        spec = lex.compounds[word]
        offset = int(lex.relative[_key(rel)]) if rel else int(spec["offset"])
        return Expression("relative", unit=spec["unit"], role=role, modifier=modifier, offset=offset)
    if rel:
        offset = int(lex.relative[_key(rel)])
    elif g.get("mod") and _key(str(g.get("det") or "")) in ("des", "der", "dieses"):
        offset = 0  # "Ende des Jahres", "Anfang der Woche": the current one
    else:
        return None  # "im Jahr" alone is a rate ("100 Mio. Dollar im Jahr")
    # "im vergangenen Jahr" is the calendar year before publication, as "im Vorjahr" (gold convention)
    return Expression("relative", unit=str(lex.units[word]), role=role, modifier=modifier, offset=offset)


def _count(text: str | None) -> tuple[bool, float | None]:
    """(has a count, its value): ("zwei") -> (True, 2.0), ("einigen") -> (True, None)."""
    if not text:
        return False, None
    key = _key(text)
    lex = lexicon()
    if key in lex.vague_counts:
        return True, None
    if key in lex.numbers:
        return True, float(lex.numbers[key])
    return True, float(key.replace(",", "."))


def _parse_counted(g: dict[str, str | None]) -> Expression | None:
    lex = lexicon()
    if g.get("vague_span"):
        return Expression("span", unit="", direction=-1)
    prep = _key(g.get("prep") or "")
    has_count, count = _count(g.get("count"))
    unit_word = _key(str(g["unit"]))
    unit = str(lex.units[unit_word])
    is_plural = unit_word in lex.plural_units
    rel = g.get("rel")
    if rel:
        direction = int(lex.relative[_key(rel)])
        if direction == 0 or not (is_plural or has_count):
            return None  # "in den letzten Tag"; "diese zwei Jahre" is no span
        return Expression("span", unit=unit, count=count, direction=-1 if direction < 0 else 1)
    if lex.prepositions.get(prep) == "since":
        if has_count or is_plural:
            return Expression("span", unit=unit, count=count, direction=-1)
        return None
    if not has_count:
        return None
    anchor = lex.anchors.get(prep)
    if count is None and anchor in ("ago", "ahead", "within"):
        return None  # "vor einigen Jahren": no point to name
    # "vor gut zwei Jahren": a point back, roughly
    approx = "approx" if g.get("approx") else None
    if anchor in ("ago", "ahead"):
        direction = -1 if anchor == "ago" else 1
        shift = Expression("shift", unit=unit, count=count, direction=direction, modifier=approx)
        _, low = _count(g.get("low"))
        if low is None:
            return shift
        # "in zwölf bis 18 Monaten": from the nearer point to the farther one
        near = replace(shift, count=low)
        return Expression("range", first=near, last=shift) if direction > 0 else Expression("range", first=shift, last=near)
    if anchor == "within":
        return Expression("span", unit=unit, count=count, direction=1, modifier=approx)
    # "ein Jahr zuvor": a duration that dates/_mentions counts from the date before it, if any
    direction = int(lex.antecedent_suffixes.get(_key(g.get("suffix") or ""), 0))
    if prep in lex.approximators:
        return Expression("duration", unit=unit, count=count, modifier="approx", direction=direction)
    if anchor == "duration" or g.get("suffix"):
        return Expression("duration", unit=unit, count=count, direction=direction)
    if not prep and count is not None and count >= 2:
        return Expression("duration", unit=unit, count=count)  # "Der Streik dauerte drei Tage."
    return None  # "ein Jahr der Rekorde", "einige Wochen", or after an article ("die zwei Jahre")


def _parse_deictic(g: dict[str, str | None]) -> Expression | None:
    role, approx = _role(g.get("prep"))
    word = _key(str(g["word"]))
    if word in lexicon().deictic_years:
        return Expression("relative", unit="year", role=role, modifier=approx, offset=int(lexicon().deictic_years[word]))
    offset = int(lexicon().deictic[word])
    return Expression("relative", unit="day", role=role, modifier=approx, offset=offset)


def _parse_weekday(g: dict[str, str | None]) -> Expression | None:
    lex = lexicon()
    role, approx = _role(g.get("prep"))
    rel = g.get("rel")
    offset = int(lex.relative[_key(rel)]) if rel else 0
    index = int(lex.weekdays[_key(str(g["name"]))])
    week = g.get("week")
    if week:  # "am Donnerstag kommender Woche": the Thursday of the week after publication
        weeks = int(lex.weekday_weeks[_key(week)])
        return Expression("relative", unit="weekday", role=role, modifier=approx, index=index, count=float(weeks))
    return Expression("relative", unit="weekday", role=role, modifier=approx, offset=offset, index=index)


def _parse_endpoint(text: str) -> Expression | None:
    """One end of a range: a day, a month (bare names allowed: "zwischen Januar und März") or a year."""
    for rule in ("day", "month", "year"):
        match = patterns().rules[rule].fullmatch(text)
        if match:
            groups = _rule_groups(match, rule)
            return _parse_month(groups, is_bare_allowed=True) if rule == "month" else _PARSERS[rule](groups)
    return None


def _parse_range(g: dict[str, str | None]) -> Expression | None:
    first_text, last_text = g.get("a") or g.get("a2"), g.get("b") or g.get("b2")
    first, last = _parse_endpoint(str(first_text)), _parse_endpoint(str(last_text))
    bare_day = re.fullmatch(r"([0-3]?\d)\.", str(first_text))
    if bare_day and last and last.kind == "calendar" and last.day is not None:
        first = replace(last, day=int(bare_day.group(1)))  # "vom 12. bis zum 25. März": the 12th of March
    if not (first and last and first.kind == "calendar" and last.kind == "calendar"):
        return None
    if first.year is None and last.year is not None:
        first = replace(first, year=_year_before(first, last, last.year))  # "zwischen Januar und März 2025"
    if _key(str(g.get("open"))) in patterns().year_list_openers and not _years_in_a_row(first, last, str(g.get("join"))):
        return None  # "in den Jahren 2019 und 2023": two years, each read on its own
    return Expression("range", first=first, last=last)


def _years_in_a_row(first: Expression, last: Expression, joiner: str) -> bool:
    """Whether two years after a plural year noun make one range: "2026 und 2027", "2019 bis 2023".

    >>> [parse(t).kind for t in ("in den Geschäftsjahren 2026 und 2027", "in den Jahren 2019 bis 2023")]
    ['range', 'range']
    >>> parse("in den Jahren 2019 und 2023") is None
    True
    """
    if first.unit != "year" or last.unit != "year" or first.year is None or last.year is None:
        return False
    return last.year == first.year + 1 or (_key(joiner) != "und" and last.year > first.year)


def _year_before(first: Expression, last: Expression, last_year: int) -> int:
    """The year of a range's first end, given the last one's: "von Dezember bis März 2025" starts in 2024."""
    return last_year - 1 if (first.month or 0) > (last.month or 0) else last_year


_PARSERS = {
    "range": _parse_range, "day": _parse_day, "month": _parse_month, "quarter": _parse_quarter,
    "season": _parse_season, "period": _parse_period, "decade": _parse_decade, "year": _parse_year,
    "anaphora": _parse_anaphora, "context": _parse_context, "relative": _parse_relative, "counted": _parse_counted,
    "deictic": _parse_deictic, "weekday": _parse_weekday,
}


def _rule_groups(match: re.Match[str], rule: str) -> dict[str, str | None]:
    prefix = rule + "_"
    return {name[len(prefix):]: value for name, value in match.groupdict().items() if name.startswith(prefix)}


@lru_cache(maxsize=4096)
def parse_rule(text: str, rule: str) -> Expression | None:
    """Parse ``text`` with one grammar rule; None when it is not a date in that reading."""
    match = patterns().rules[rule].fullmatch(text)
    if not match:
        return None
    try:
        return _PARSERS[rule](_rule_groups(match, rule))
    except (KeyError, ValueError):
        return None  # a case-folded form missing from a table ("İm"): no date rather than a crash


@lru_cache(maxsize=4096)
def parse(text: str) -> Expression | None:
    """What a date expression says, or None when ``text`` is not one.

    >>> parse("Ende Januar")
    Expression(kind='calendar', unit='month', role='point', modifier='end', year=None, year_end=None, year_offset=None, month=1, month_end=None, day=None, index=None, offset=0, count=None, direction=0, first=None, last=None, tense=0, occurrence=0, fallback=None)
    >>> parse("2.400 Jobs") is None
    True
    """
    for rule in _PARSERS:
        expression = parse_rule(text.strip(), rule)
        if expression is not None:
            return expression
    return None


def find_spans(text: str) -> list[DateSpan]:
    """Every date expression in ``text``, left to right, not overlapping.

    >>> [(s.start, s.text) for s in find_spans("Das Werk startet 2026 und bietet 800 Stellen.")]
    [(17, '2026')]
    >>> [s.text for s in find_spans("Das kostet 2026 Euro und bringt 2026 Mitarbeiter.")]
    []
    """
    pats = patterns()
    scanned, master = scan_text(text)
    spans: list[DateSpan] = []
    position = 0
    while True:
        match = master.search(scanned, position)
        if match is None:
            return spans
        rule = str(match.lastgroup)
        start, end = match.span()
        found = text[start:end]
        expression = parse_rule(found, rule)
        if expression is not None and rule == "year" and pats.label_before.search(text, max(0, start - 20), start):
            expression = None  # "Seite 2019", "Nr. 2024"
        if expression is None:
            position = start + 1  # another rule may still read a date starting inside
            continue
        spans.append(DateSpan(start, end, found, rule, expression))
        position = end


def explicit_years(text: str) -> list[int]:
    """The four-digit years written in ``text``, for anaphora ("für dasselbe Jahr").

    >>> explicit_years("zwischen 2012 und 2022")
    [2012, 2022]
    """
    return [int(y) for y in patterns().explicit_year.findall(text)]


# ---------------------------------------------------------------------------------------------
# Resolution: an expression meets the publication date.
# ---------------------------------------------------------------------------------------------


class Anchor(NamedTuple):
    """The publication date relative expressions are resolved against, with its precision."""

    day: date
    precision: str = "day"  # day|month|year


class _Resolved(NamedTuple):
    value: str
    start: date | None
    end: date | None
    granularity: str
    is_anchored: bool
    bound: str | None = None


def _month_end(year: int, month: int) -> date:
    return _add_months(date(year, month, 1), 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _format(day: date, precision: str) -> str:
    """``day`` written at a precision: 2025-11-12, 2025-11 or 2025."""
    if precision == "day":
        return day.isoformat()
    return f"{day.year:04d}-{day.month:02d}" if precision == "month" else f"{day.year:04d}"


def _bounds(day: date, precision: str) -> tuple[date, date]:
    """First and last day of the day, month or year containing ``day``."""
    if precision == "day":
        return day, day
    if precision == "month":
        return date(day.year, day.month, 1), _month_end(day.year, day.month)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _coarser(precision: str, other: str) -> str:
    return precision if PRECISION_RANK[precision] >= PRECISION_RANK[other] else other


def _duration(count: float | None, unit: str) -> str:
    """ISO 8601 duration: (1.5, "year") -> P18M, (None, "month") -> PXM."""
    letter = UNIT_LETTER.get(unit, "")
    if count is None:
        return f"PX{letter}"
    if unit in ("quarter", "half"):
        count *= MONTHS_PER_UNIT[unit]
    if not count.is_integer():
        if unit == "year" and (count * 12).is_integer():
            return f"P{int(count * 12)}M"
        if unit == "week" and (count * 7).is_integer():
            return f"P{int(count * 7)}D"
        return f"P{count:g}{letter}"
    return f"P{int(count)}{letter}"


def _period(unit: str, year: int, e: Expression) -> tuple[str, date, date]:
    """Value, first and last day of a calendar period in a known year."""
    if unit == "day":
        assert e.month and e.day
        day = date(year, e.month, e.day)
        return day.isoformat(), day, day
    if unit == "month":
        assert e.month
        return f"{year:04d}-{e.month:02d}", date(year, e.month, 1), _month_end(year, e.month)
    if unit in ("quarter", "half"):
        assert e.index
        size = MONTHS_PER_UNIT[unit]
        first = (e.index - 1) * size + 1
        return f"{year:04d}-{unit[0].upper()}{e.index}", date(year, first, 1), _month_end(year, first + size - 1)
    if unit == "season":
        assert e.month and e.month_end
        end_year = year + 1 if e.month_end < e.month else year
        value = f"{year:04d}-{e.month:02d}/{end_year:04d}-{e.month_end:02d}"
        return value, date(year, e.month, 1), _month_end(end_year, e.month_end)
    end_year = e.year_end or year
    value = f"{year:04d}/{end_year:04d}" if end_year != year else f"{year:04d}"
    return value, date(year, 1, 1), date(end_year, 12, 31)


def _unknown_calendar(e: Expression) -> str:
    if e.unit == "day":
        return f"XXXX-{e.month:02d}-{e.day:02d}"
    if e.unit == "month":
        return f"XXXX-{e.month:02d}"
    if e.unit in ("quarter", "half"):
        return f"XXXX-{e.unit[0].upper()}{e.index}"
    if e.unit == "season":
        return f"XXXX-{e.month:02d}/XXXX-{e.month_end:02d}"
    return "XXXX"


def _infer_year(e: Expression, anchor: Anchor) -> int:
    """The year of a month or day written without one.

    Months and days take their nearest occurrence to the publication date ("im Dezember" in a
    January article is last December), or the last one before it after "seit" and in a sentence in
    the past tense, and the next one after "bis"/"ab" and in one about the future. Quarters, halves
    and seasons take the publication year ("noch im vierten Quartal" in January means the coming
    one, gold convention) unless the sentence's tense says otherwise.
    """
    year = anchor.day.year
    if anchor.precision == "year":
        return year - 1 if e.occurrence < 0 and e.unit == "season" else year
    if e.occurrence:
        periods = [(y, *_period(e.unit, y, e)[1:]) for y in range(year - 2, year + 2) if _valid(e, y)]
        if e.occurrence < 0:
            return [y for y, _, end in periods if end < anchor.day][-1]
        return next(y for y, start, _ in periods if start > anchor.day)
    if e.unit in ("quarter", "half", "season"):
        if e.role != "point" or e.tense == 0:
            return year
        # "Bereits im vierten Quartal hatte …" in February: the quarter that has begun by publication
        candidates = [(y, *_period(e.unit, y, e)[1:]) for y in (year - 1, year, year + 1)]
        if e.tense < 0:
            return [c for c in candidates if c[1] <= anchor.day][-1][0]
        return next(c for c in candidates if c[2] >= anchor.day)[0]
    if e.unit not in ("month", "day"):
        return year
    candidates = [(y, *_period(e.unit, y, e)[1:]) for y in (year - 1, year, year + 1) if _valid(e, y)]
    if not candidates:
        return year
    if e.role == "since" or (e.role == "point" and e.tense < 0):
        past = [c for c in candidates if c[1] <= anchor.day]
        return past[-1][0] if past else year
    if e.role in ("until", "from") or (e.role == "point" and e.tense > 0):
        future = [c for c in candidates if c[2] >= anchor.day]
        return future[0][0] if future else year
    return min(candidates, key=lambda c: (abs((c[1] - anchor.day).days), c[0] != year))[0]


def _valid(e: Expression, year: int) -> bool:
    try:
        date(year, e.month or 1, e.day or 1)
    except ValueError:
        return False  # 29 February outside a leap year
    return True


def _calendar(e: Expression, anchor: Anchor | None) -> _Resolved:
    year, anchored = e.year, False
    if year is None and anchor is not None:
        anchored = True
        year = anchor.day.year + e.year_offset if e.year_offset is not None else _infer_year(e, anchor)
    granularity = "range" if e.unit in ("season", "decade") or e.year_end else e.unit
    if year is None:
        return _Resolved(_unknown_calendar(e), None, None, granularity, False)
    if not _valid(e, year):
        return _Resolved(_unknown_calendar(e), None, None, granularity, False)
    value, start, end = _period(e.unit, year, e)
    return _Resolved(value, start, end, granularity, anchored)


# Anchor precision each relative unit needs; a coarser anchor gives the anchor period itself.
_NEEDS = {"day": "day", "weekday": "day", "week": "day", "weekend": "day",
          "month": "month", "quarter": "month", "half": "month", "year": "year"}
_UNKNOWN_RELATIVE = {"day": UNKNOWN_DAY, "weekday": UNKNOWN_DAY, "week": "XXXX-WXX", "month": "XXXX-XX",
                     "weekend": f"{UNKNOWN_DAY}/{UNKNOWN_DAY}", "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX"}


def _point(unit: str, day: date) -> _Resolved:
    """The period of ``unit`` containing ``day``."""
    if unit == "week":
        monday = day - timedelta(days=day.isoweekday() - 1)
        iso_year, week, _ = day.isocalendar()
        return _Resolved(f"{iso_year:04d}-W{week:02d}", monday, monday + timedelta(days=6), "week", True)
    if unit in ("quarter", "half"):
        size = MONTHS_PER_UNIT[unit]
        index = (day.month - 1) // size + 1
        value, start, end = _period(unit, day.year, Expression("calendar", unit=unit, index=index))
        return _Resolved(value, start, end, unit, True)
    precision = unit if unit in ("day", "month") else "year"
    return _Resolved(_format(day, precision), *_bounds(day, precision), unit, True)


def shift_period(previous: TemporalValue, unit: str, count: float | None, direction: int) -> TemporalValue | None:
    """The period ``previous`` moved by ``count`` units, at its own granularity: what "ein Jahr zuvor"
    says after it. None for no single known period, or a unit finer than the period.

    >>> shift_period(resolve("im ersten Quartal 2025", None), "year", 1, -1).value
    '2024-Q1'
    >>> shift_period(resolve("im Jahr 2019", None), "year", 2, 1).value
    '2021'
    >>> shift_period(resolve("im Jahr 2019", None), "month", 3, -1) is None
    True
    >>> shift_period(resolve("bis 2028", date(2025, 3, 4)), "year", 1, -1) is None
    True
    """
    granularity = previous.granularity
    start = previous.start_date
    if start is None or count is None or not float(count).is_integer() or "/" in previous.value or previous.bound:
        return None
    if unit not in MONTHS_PER_UNIT or granularity not in ("day", *MONTHS_PER_UNIT):
        return None  # weeks and days back, or from a week: not counted here
    if MONTHS_PER_UNIT.get(granularity, 0) > MONTHS_PER_UNIT[unit]:
        return None  # "drei Monate zuvor" after "2019": no month to count from
    moved = _point(granularity, _shifted(start, unit, direction * count))
    return TemporalValue(moved.value, granularity, moved.start, moved.end, None, previous.is_anchored)


def in_context(e: Expression, period: TemporalValue, anchor: Anchor | None) -> TemporalValue | None:
    """What a context expression says after the period the text speaks of; None when that is no
    single known period (or, for a year, spans two).

    >>> e = parse("im Vorjahreszeitraum")
    >>> in_context(e, resolve("in den ersten neun Monaten 2025", None), None).value
    '2024-01/2024-09'
    >>> in_context(parse("im Jahr davor"), resolve("Im Geschäftsjahr 2024", None), None).value
    '2023'
    >>> in_context(parse("im Jahr davor"), resolve("seit 2019", date(2025, 3, 4)), None) is None
    True
    """
    assert e.kind == "context"
    first, last = period.start_date, period.end_date
    if first is None or last is None:  # unresolved ("XXXX-10"), open ("2027/..") or a length ("P2Y")
        return None
    if e.unit == "year":
        if first.year != last.year:
            return None
        moved = Expression("calendar", year=first.year + e.offset, role=e.role, modifier=e.modifier)
        year = resolve_expression(moved, anchor)
        return replace(year, is_anchored=period.is_anchored or year.is_anchored)
    parts = period.value.split("/")
    if any(part.endswith("-02-29") for part in parts):
        return None  # a leap day moved to a year without one
    value = "/".join(f"{int(part[:4]) + e.offset:04d}{part[4:]}" for part in parts)
    months = 12 * e.offset
    return TemporalValue(value, period.granularity, _add_months(first, months), _add_months(last, months), e.modifier,
                         period.is_anchored)


def _shifted(day: date, unit: str, amount: float) -> date:
    """``day`` moved by ``amount`` units (fractions of months and years as whole months)."""
    if unit in MONTHS_PER_UNIT:
        return _add_months(day, round(amount * MONTHS_PER_UNIT[unit]))
    return day + timedelta(days=round(amount * (7 if unit == "week" else 1)))


def _coarse(anchor: Anchor, granularity: str) -> _Resolved:
    """The anchor period itself, for expressions finer than the anchor ("heute" in an article known to the month)."""
    return _Resolved(_format(anchor.day, anchor.precision), *_bounds(anchor.day, anchor.precision), granularity, True)


def _relative(e: Expression, anchor: Anchor | None) -> _Resolved:
    granularity = {"weekday": "day", "weekend": "range"}.get(e.unit, e.unit)
    if anchor is None:
        return _Resolved(_UNKNOWN_RELATIVE[e.unit], None, None, granularity, False)
    if PRECISION_RANK[_NEEDS[e.unit]] < PRECISION_RANK[anchor.precision]:
        return _coarse(anchor, granularity)
    day = anchor.day
    if e.unit == "weekday":
        assert e.index
        back = (day.isoweekday() - e.index) % 7
        if e.count is not None:  # "am Donnerstag kommender Woche": that weekday of a week counted from this one
            target = day + timedelta(days=e.index - day.isoweekday() + 7 * int(e.count))
        elif e.offset > 0:
            target = day + timedelta(days=(e.index - day.isoweekday()) % 7 or 7)
        elif e.offset == 0 and e.tense > 0:  # "Die Zeichnungsfrist beginnt am Donnerstag": this one or the next
            target = day + timedelta(days=(e.index - day.isoweekday()) % 7)
        else:
            target = day - timedelta(days=back or (7 if e.offset < 0 else 0))
        return _Resolved(target.isoformat(), target, target, "day", True)
    if e.unit == "weekend":
        if e.offset > 0:
            saturday = day + timedelta(days=(6 - day.isoweekday()) % 7 or 7)
        else:
            saturday = day - timedelta(days=(day.isoweekday() - 6) % 7)
        sunday = saturday + timedelta(days=1)
        return _Resolved(f"{saturday.isoformat()}/{sunday.isoformat()}", saturday, sunday, "range", True)
    if e.unit == "week":
        return _point("week", day + timedelta(days=7 * e.offset))
    if e.unit == "day":
        return _point("day", day + timedelta(days=e.offset))
    return _point(e.unit, _shifted(date(day.year, day.month, 1), e.unit, e.offset))


def _span(e: Expression, anchor: Anchor | None) -> _Resolved:
    """Counted or vague stretches up to or from the publication date.

    Counted months and years are written at month precision at both ends (a count of months
    places no day); vague spans ("seit Monaten") keep the anchor as it is known.
    """
    length = _duration(e.count, e.unit) if e.unit else "PX"
    here = _format(anchor.day, anchor.precision) if anchor else UNKNOWN_DAY
    if anchor is None or e.count is None:
        start, end = (None, _bounds(anchor.day, anchor.precision)[1] if anchor else None)
        if e.direction > 0:
            start, end = (_bounds(anchor.day, anchor.precision)[0] if anchor else None), None
        value = f"{length}/{here}" if e.direction < 0 else f"{here}/{length}"
        return _Resolved(value, start, end, "range", anchor is not None)
    precision = anchor.precision
    if e.unit in MONTHS_PER_UNIT:
        precision = _coarser("month", anchor.precision)
    other = _shifted(anchor.day, e.unit, e.direction * e.count)
    first, last = (other, anchor.day) if e.direction < 0 else (anchor.day, other)
    value = f"{_format(first, precision)}/{_format(last, precision)}"
    return _Resolved(value, _bounds(first, precision)[0], _bounds(last, precision)[1], "range", True)


def _shift(e: Expression, anchor: Anchor | None) -> _Resolved:
    assert e.count is not None
    if anchor is None:
        return _Resolved(_UNKNOWN_RELATIVE[e.unit], None, None, e.unit, False)
    if PRECISION_RANK[_NEEDS[e.unit]] < PRECISION_RANK[anchor.precision]:
        return _coarse(anchor, e.unit)
    return _point(e.unit, _shifted(anchor.day, e.unit, e.direction * e.count))


def _range(e: Expression, anchor: Anchor | None) -> _Resolved:
    assert e.first and e.last
    if e.first.kind == "shift":  # "in zwölf bis 18 Monaten": two points counted from the publication date
        first, last = _shift(e.first, anchor), _shift(e.last, anchor)
        if not (first.is_anchored and last.is_anchored):
            return _Resolved(f"{first.value}/{last.value}", None, None, "range", False)
        # one period when the publication date is known too coarsely to tell the two apart ("2025")
        value = first.value if first.value == last.value else f"{first.value}/{last.value}"
        return _Resolved(value, first.start, last.end, "range", True)
    last = _calendar(e.last, anchor)
    first_expression = e.first
    if first_expression.year is None and last.start is not None:
        first_expression = replace(first_expression, year=_year_before(e.first, e.last, last.start.year))
    first = _calendar(first_expression, anchor)
    value = f"{first.value.split('/')[0]}/{last.value.split('/')[-1]}"
    return _Resolved(value, first.start, last.end, "range", first.is_anchored or last.is_anchored)


def _with_role(base: _Resolved, role: str, anchor: Anchor | None) -> _Resolved:
    """Apply "seit" (since), "bis" (until) or "ab" (from) to a resolved period.

    The value stays the period the text names ("bis 2028" is 2028) and ``bound`` says which way
    it bounds; the start and end dates are the days covered, from or to the publication date.
    """
    if role == "point":
        return base
    anchor_start, anchor_end = _bounds(anchor.day, anchor.precision) if anchor else (None, None)
    anchored = anchor is not None or base.is_anchored
    if role == "since":
        return base._replace(end=anchor_end, is_anchored=anchored, bound=role)
    if role == "until":
        if anchor_start and base.end and base.end < anchor_start:
            return base._replace(start=None, bound=role)  # "bis 2020" seen from later: since when is not said
        return base._replace(start=anchor_start, is_anchored=anchored, bound=role)
    return base._replace(end=None, bound=role)


def resolve_expression(e: Expression, anchor: Anchor | None, antecedent_year: int | None = None) -> TemporalValue:
    """A parsed expression resolved against the publication date (None: unknown parts stay X)."""
    if e.kind == "calendar":
        resolved = _calendar(e, anchor)
    elif e.kind == "relative":
        resolved = _relative(e, anchor)
    elif e.kind == "anaphora":
        resolved = _calendar(Expression("calendar", year=antecedent_year), None)
    elif e.kind == "span":
        resolved = _span(e, anchor)
    elif e.kind == "shift":
        resolved = _shift(e, anchor)
    elif e.kind == "range":
        resolved = _range(e, anchor)
    elif e.kind == "context":
        if e.fallback is None:
            raise ValueError("a period of the text's context with none before it")
        return resolve_expression(e.fallback, anchor)
    else:
        resolved = _Resolved(_duration(e.count, e.unit), None, None, e.unit, False)
    if e.kind in ("calendar", "relative", "anaphora"):
        resolved = _with_role(resolved, e.role, anchor)
    return TemporalValue(resolved.value, resolved.granularity, resolved.start, resolved.end, e.modifier,
                         resolved.is_anchored, resolved.bound)


def resolve(text: str, published: date | None, *, precision: str = "day", antecedent_year: int | None = None) -> TemporalValue:
    """Normalize one German date expression against the publication date.

    ``precision`` says how much of ``published`` is known (day|month|year); ``antecedent_year``
    is the last year written before the expression, for "für dasselbe Jahr".
    Raises ValueError when ``text`` is not a date expression.

    >>> resolve("Im Oktober des vergangenen Jahres", date(2025, 3, 4)).value
    '2024-10'
    >>> resolve("Ende Januar", None)
    TemporalValue(value='XXXX-01', granularity='month', start_date=None, end_date=None, modifier='end', is_anchored=False, bound=None)
    >>> resolve("über die vergangenen anderthalb Jahre", date(2025, 3, 4)).value
    '2023-09/2025-03'
    >>> resolve("bis 2028", date(2025, 11, 12))
    TemporalValue(value='2028', granularity='year', start_date=datetime.date(2025, 11, 12), end_date=datetime.date(2028, 12, 31), modifier=None, is_anchored=True, bound='until')
    >>> resolve("heute", date(2025, 7, 1), precision="month").value
    '2025-07'
    """
    expression = parse(text)
    if expression is None:
        raise ValueError(f"not a date expression: {text!r}")
    anchor = Anchor(published, precision or "day") if published else None
    return resolve_expression(expression, anchor, antecedent_year)
