"""The ``newsfacts_dates`` component: date expressions, and the publication date when the runner has none.

Matching and normalizing live in :mod:`pipeline.temporal` (pure, no spaCy); this module runs
them over ``doc.text``, and when ``doc._.published_date`` is None (or only a file name's) it first
looks for a dateline ("Berlin, 12. November 2025 –") and otherwise estimates the date from the
article's own absolute dates, so that relative expressions can still be resolved.

>>> import spacy
>>> nlp = spacy.blank("de")
>>> _ = nlp.add_pipe("newsfacts_dates")
>>> doc = nlp("Frankfurt, 12. November 2025 – Der Umsatz stieg vergangene Woche.")
>>> doc._.published_date, doc._.published_source
(datetime.date(2025, 11, 12), 'dateline')
>>> [(m.text, m.temporal.value) for m in doc._.dates]
[('12. November 2025', '2025-11-12'), ('vergangene Woche', '2025-W45')]
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache
import re
from datetime import date
from typing import Iterable, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import doc_text  # importing registers the Doc._ attributes
from pipeline.facts import DateMention, TemporalValue
from pipeline.nlp import ends_no_sentence
from pipeline.temporal import (
    Anchor,
    DateSpan,
    Expression,
    TemporalValue,
    explicit_years,
    find_spans,
    in_context,
    load_rules,
    resolve_expression,
    shift_period,
    words_regex,
)

log = logging.getLogger(__name__)

# Calendar units written without a year whose occurrence the tense of the sentence decides.
TENSED_UNITS = frozenset({"day", "month", "quarter", "half", "season"})
# Characters after which a capitalized word may open a sentence (or a quote, or a heading line).
SENTENCE_OPENERS = frozenset('.!?:;\n"„“»–-')
# Where a clause ends inside a sentence, for the tense of a date.
CLAUSE_BREAK = re.compile(r"[,;:](?!\d)|\s(?:und|aber|doch|sowie|während)\s")  # not the comma of "6,8"
# Characters around a date that are searched for the tense of its sentence.
TENSE_WINDOW = 240

# Which granularity of an absolute date gives which precision of an estimated publication date.
ESTIMATE_PRECISION = {"day": "day", "month": "month"}


class Published(NamedTuple):
    """A publication date found or estimated in the text."""

    day: date
    precision: str  # day|month|year
    source: str  # dateline|estimated


class _DatelineRules:
    def __init__(self) -> None:
        rules = load_rules()
        self.window = int(rules["dateline_window"])
        # Before the date on its line: nothing, a cue ("Veröffentlicht am"), or a place and
        # agency ending in a comma ("Berlin (dpa),").
        self.before = re.compile(
            rf"^[^\S\n]*(?:(?:{words_regex(rules['dateline_cues'])})[^\S\n]*:?[^\S\n]*"
            r"|[A-ZÄÖÜ][\w.'’/ ()-]{0,58}?,[^\S\n]*|)$",
            re.IGNORECASE,
        )
        # After it: an agency in brackets and a dash or colon, or the end of the line.
        self.after = re.compile(r"^[^\S\n]*(?:\([^)\n]{1,30}\)[^\S\n]*)?(?:[–—:|-]|\n|$)")
        self.cue = re.compile(rf"^[^\S\n]*(?:{words_regex(rules['dateline_cues'])})", re.IGNORECASE)
        self.future_cues = frozenset(word.lower() for word in rules["future_cues"])
        self.target_prepositions = frozenset(word.lower() for word in rules["target_prepositions"])
        self.lower_bound = re.compile(rf"(?<!\w){words_regex(rules['lower_bound_words'])}", re.IGNORECASE)
        self.past_cues = frozenset(word.lower() for word in rules["past_cues"])
        self.weekday_past = re.compile(rf"{words_regex(rules['weekday_past_openers'])}\s", re.IGNORECASE)
        self.closed_period = re.compile(rf"(?<!\w){words_regex(rules['closed_period_nouns'])}", re.IGNORECASE)
        self.earlier_cues = frozenset(word.lower() for word in rules["earlier_cues"])
        self.founding_words = frozenset(word.lower() for word in rules["founding_words"])
        self.year_result_words = frozenset(word.lower() for word in rules["year_result_words"])
        self.pluperfect = frozenset(word.lower() for word in rules["pluperfect_auxiliaries"])
        self.perfect_auxiliaries = frozenset(rules["perfect_auxiliaries"])
        # fullmatched on one word; tried only at a word's start, so a search stays linear too
        self.participle = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{shape})" for shape in rules["participle_shapes"]) + ")")
        self.sequence = re.compile(rf"(?<!\w){words_regex(rules['sequence_words'])}(?!\w)", re.IGNORECASE)
        # ends right before a bare year written as an attribute ("das 2014 gegründete"): searched like left_behind
        self.attributive = re.compile(rf"(?<!\w){words_regex(rules['attributive_openers'])}[ \t]{{1,3}}$", re.IGNORECASE)
        # ends right before the year's span ("Jahr 2025"): searched with the span start as endpos
        self.left_behind = re.compile(
            rf"(?<!\w){words_regex(rules['left_behind'])}(?:[ \t]{{1,3}}[\w-]{{1,30}}){{0,2}}[ \t]{{1,3}}$", re.IGNORECASE
        )


@lru_cache(maxsize=1)
def _rules() -> _DatelineRules:
    """The dateline rules, compiled once per process."""
    return _DatelineRules()


def find_dateline(text: str, spans: Iterable[DateSpan]) -> Published | None:
    """The publication date from a dateline near the top of the article, if there is one.

    >>> text = "Berlin (dpa), 3.2.2025 – Die Bank meldete Zahlen."
    >>> find_dateline(text, find_spans(text))
    Published(day=datetime.date(2025, 2, 3), precision='day', source='dateline')
    >>> text = "Der Vertrag vom 3.2.2025 gilt weiter."
    >>> find_dateline(text, find_spans(text)) is None
    True
    """
    rules = _rules()
    for span in spans:
        if span.start > rules.window:
            break
        e = span.expression
        if not (e.kind == "calendar" and e.unit == "day" and e.year and e.month and e.day):
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        before, after = text[line_start:span.start], text[span.end:span.end + 40]
        if rules.before.match(before) and (rules.after.match(after) or rules.cue.match(before) and before.strip()):
            return Published(date(e.year, e.month, e.day), "day", "dateline")
    return None


# Characters that end a sentence before a space (a line break ends one too).
_SENTENCE_MARKS = (". ", "! ", "? ", "\n")
# How far around a span a sentence end is looked for.
SENTENCE_REACH = 600


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the mark at ``i`` ends a sentence: not a period after an abbreviation ("6,8 Mrd. Euro") or a
    day ("am 3. März")."""
    if text[i] != ".":
        return True
    return not ends_no_sentence(text[text.rfind(" ", max(0, i - 24), i) + 1 : i].lstrip("(\"„“»\n"))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough sentence bounds around a span: the nearest sentence end before it and after it.

    >>> text = "Der Konzern, der 2024 rund 6,8 Mrd. Euro umsetzte, will am 3. März investieren. Neu."
    >>> text[slice(*_sentence(text, 17, 21))]
    'Der Konzern, der 2024 rund 6,8 Mrd. Euro umsetzte, will am 3. März investieren'
    >>> text = "Sie sagte das Ende Januar. Neu sei das nicht."
    >>> text[slice(*_sentence(text, 14, 25))]
    'Sie sagte das Ende Januar'
    """
    floor, ceiling = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    left, position = floor, start
    while position > floor:
        mark = max(text.rfind(m, floor, position) for m in _SENTENCE_MARKS)
        if mark < 0 or _ends_sentence(text, mark):
            left = mark + 1 if mark >= 0 else floor
            break
        position = mark
    right, position = ceiling, end
    while position < ceiling:
        marks = [i for i in (text.find(m, position, ceiling) for m in _SENTENCE_MARKS) if i >= 0]
        if not marks:
            break
        mark = min(marks)
        if _ends_sentence(text, mark):
            right = mark
            break
        position = mark + 1
    return left, right


def _capitalized_inside_sentence(text: str, span: DateSpan) -> bool:
    """A one-word deictic date ("heute", "übermorgen") written capitalized in mid-sentence is part of a name.

    >>> text = "Beteiligt ist Übermorgen Ventures. Heute stieg der Kurs."
    >>> [_capitalized_inside_sentence(text, s) for s in find_spans(text)]
    [True, False]
    """
    word = span.text
    if not word[:1].isupper() or " " in word or span.expression.kind != "relative":
        return False
    before = text[max(0, span.start - 3) : span.start].rstrip(" \t\u00a0")
    return bool(before) and before[-1] not in SENTENCE_OPENERS


def _takes_tense(expression: Expression, text: str) -> bool:
    """Whether the tense of the sentence picks the occurrence: a month, day, quarter ... without a year,
    or a plain weekday ("am Donnerstag", not "vom Donnerstag" or "vergangenen Donnerstag")."""
    if expression.kind == "calendar":
        return expression.year is None and expression.unit in TENSED_UNITS
    return (
        expression.kind == "relative"
        and expression.unit == "weekday"
        and expression.offset == 0
        and not _rules().weekday_past.match(text)
    )


def _clause(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> list[str]:
    """The words of the clause around a span, in order ("Copperline hatte 2023 … erzielt, im laufenden Jahr sollen …")."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, sentence_start, start)), default=sentence_start)
    right = next((m.start() for m in CLAUSE_BREAK.finditer(text, end, sentence_end)), sentence_end)
    return re.findall(r"\w+", text[left:right])


def _clause_words(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> set[str]:
    """The lower-cased words of the clause around a span."""
    return {w.lower() for w in _clause(text, start, end, sentence_start, sentence_end)}


def _perfect(clause: list[str]) -> bool:
    """Whether a clause is in the perfect with "haben": its participle ends it, before or after the auxiliary.

    >>> _perfect("Der Versicherer hat sich im März Zertifikate gesichert".split())
    True
    >>> _perfect("der sich im März Zertifikate gesichert hat".split())
    True
    >>> _perfect("Der erste Kontakt soll Ende August stattgefunden haben".split())
    True
    >>> _perfect("Der Konzern hat bis Ende Juni Zeit".split()), _perfect("Die Frist endet im März".split())
    (False, False)
    """
    rules = _rules()
    if len(clause) < 2:
        return False
    if clause[-1] in rules.perfect_auxiliaries:
        return rules.participle.fullmatch(clause[-2]) is not None
    return rules.participle.fullmatch(clause[-1]) is not None and not rules.perfect_auxiliaries.isdisjoint(clause[:-1])


def _tense(text: str, start: int, end: int) -> int:
    """-1 when the sentence around a span speaks of the past, 1 of the future, else 0 (both or neither).

    >>> text = "Im April hatte der Vorstand ein Angebot abgelehnt. Im Mai soll die Hauptversammlung folgen."
    >>> _tense(text, 0, 8), _tense(text, 51, 57)
    (-1, 1)
    >>> text = "Die Firma hatte 5 Mio. Euro erzielt und legt am 4. März Zahlen vor."
    >>> _tense(text, 44, 55)
    0
    >>> text = "Der Versicherer Aarewald, der sich im März Zertifikate gesichert hat, ist größter Abnehmer."
    >>> _tense(text, 30, 37)
    -1
    """
    rules = _rules()
    # a bounded window around the span: a text without sentence ends costs no more than a short one
    window_start = max(0, start - TENSE_WINDOW)
    window = text[window_start : end + TENSE_WINDOW]
    start, end = start - window_start, end - window_start
    # the clause: "X hatte … erzielt und legt am 4. März Zahlen vor" puts the date in the second one
    clause = _clause(window, start, end, *_sentence(window, start, end))
    words = {w.lower() for w in clause}
    # "der sich im März Zertifikate gesichert hat": the perfect tells of the past as the simple past does
    past, future = bool(words & rules.past_cues) or _perfect(clause), bool(words & rules.future_cues)
    return 0 if past == future else (-1 if past else 1)


def _year_before_last_year(text: str, last_year: DateSpan, spans: list[DateSpan]) -> int | None:
    """The latest year named after "nach" before "im vergangenen Jahr" in its sentence: the year before it.

    >>> text = "Nach dem Boom der Jahre 2022 und 2023 war der Absatz im vergangenen Jahr eingebrochen."
    >>> spans = find_spans(text)
    >>> _year_before_last_year(text, spans[-1], spans)
    2023
    >>> text = "Nach dem Boom in den Jahren 2022 und 2023 war der Absatz im vergangenen Jahr eingebrochen."
    >>> spans = find_spans(text)
    >>> _year_before_last_year(text, spans[-1], spans)
    2023
    """
    sentence_start, _ = _sentence(text, last_year.start, last_year.end)
    opener = _rules().sequence.search(text, sentence_start, last_year.start)
    if opener is None:
        return None
    # "nach dem Boom in den Jahren 2022 und 2023": a range's last year
    ends = [s.expression.last if s.expression.kind == "range" else s.expression for s in spans
            if opener.end() <= s.start < last_year.start]  # fmt: skip
    years = [e.year for e in ends if e is not None and e.kind == "calendar" and e.unit == "year"]
    return max((year for year in years if year), default=None)


def estimate_published(text: str, spans: Iterable[DateSpan]) -> Published | None:
    """Estimate the publication date from the latest absolute date the article reports as current.

    Dates in a sentence that speaks of plans or forecasts ("soll", "erwartet", "bis 2028"),
    targets ("für 2026"), lower bounds ("seit ... Ende 2022") and founding years do not count, unless their own
    clause is told in the past. Among the latest year's dates the latest and most precise wins;
    its precision is kept (a year gives year). A year reported as over (a fiscal year, a year's
    revenue, "bereits 2023 hatte ...", "hatte 2022 … übernommen", a year before "im vergangenen Jahr")
    gives the year after; a fiscal year over two years ("Geschäftsjahr 2023/24") gives its second year.

    >>> text = "Die Umsätze erreichen im März 2026 einen Rekord. Das Jahr 2026 gilt als entscheidend."
    >>> estimate_published(text, find_spans(text))
    Published(day=datetime.date(2026, 3, 1), precision='month', source='estimated')
    >>> text = "Der Konzern will bis 2030 klimaneutral werden."
    >>> estimate_published(text, find_spans(text)) is None
    True
    >>> text = "Im Geschäftsjahr 2023 setzte der Konzern 6,8 Mrd. Euro um."
    >>> estimate_published(text, find_spans(text))
    Published(day=datetime.date(2024, 1, 1), precision='year', source='estimated')
    >>> text = "Das 2019 gegründete Start-up will bis 2030 wachsen."
    >>> estimate_published(text, find_spans(text)) is None
    True
    >>> text = "Im Geschäftsjahr 2023/24 setzte der Skibauer 83,4 Mio. Franken um. Ein Investor war 2019 eingestiegen."
    >>> estimate_published(text, find_spans(text))
    Published(day=datetime.date(2024, 1, 1), precision='year', source='estimated')
    >>> text = "Bereits 2023 hatte sich der Konzern an dem Start-up beteiligt."
    >>> estimate_published(text, find_spans(text))
    Published(day=datetime.date(2024, 1, 1), precision='year', source='estimated')

    A plan for a month, quarter or half ("könnte im ersten Halbjahr 2026 an die Börse gehen") is ahead:
    with nothing told as current after the year before it, the article is from that year.

    >>> text = "Im Mai 2024 hatte X Geld erhalten. Y könnte im ersten Halbjahr 2026 an die Börse gehen."
    >>> estimate_published(text, find_spans(text))
    Published(day=datetime.date(2025, 1, 1), precision='year', source='estimated')
    """
    rules = _rules()
    best: tuple[tuple[int, date, int], Published] | None = None
    anterior = False  # whether the best date's clause tells it as before the time of writing (the pluperfect)

    def consider(key: tuple[int, date, int], found: Published, before_writing: bool = False) -> None:
        nonlocal best, anterior
        if best is None or key > best[0]:
            best, anterior = (key, found), before_writing

    def year_after(year: int) -> None:
        consider((year + 1, date(year + 1, 1, 1), -2), Published(date(year + 1, 1, 1), "year", "estimated"))

    spans = list(spans)
    plans: list[int] = []  # the years of dates the article plans for, finer than a year
    for span in spans:
        e = span.expression
        if e.kind == "relative" and e.unit == "year" and e.offset == -1:
            before = _year_before_last_year(text, span, spans)
            if before is not None:
                year_after(before + 1)  # last year came after that one: the article is two years on at least
            continue
        if e.kind != "calendar" or e.role != "point" or e.year is None:
            continue
        if e.year_end is not None:
            if e.unit == "year" and rules.closed_period.search(span.text) is not None:
                # "Im Geschäftsjahr 2023/24 setzte ... um": reported once it ended, in its second year at the earliest
                second = date(e.year_end, 1, 1)
                consider((e.year_end, second, -2), Published(second, "year", "estimated"))
            continue
        if e.unit not in ("day", "month", "quarter", "half", "year"):
            continue
        # "im Geschäftsjahr 2023 setzte ... um": reported once that year was over ("für das Gesamtjahr 2024 meldete" too)
        is_closed = e.unit == "year" and (
            rules.closed_period.search(span.text) is not None
            # "Nach einem zähen Jahr 2025 kommt wieder Geld": a year left behind
            or rules.left_behind.search(text, max(0, span.start - 60), span.start) is not None
        )
        if not is_closed and span.text.split()[0].lower() in rules.target_prepositions and len(span.text.split()) > 1:
            continue
        sentence_start, sentence_end = _sentence(text, span.start, span.end)
        words = {w.lower() for w in re.findall(r"\w+", text[sentence_start:sentence_end])}
        clause = _clause_words(text, span.start, span.end, sentence_start, sentence_end)
        # "Copperline hatte 2023 … erzielt, im laufenden Jahr sollen es …": the date's own clause is past
        told_past = bool(clause & rules.past_cues) and not clause & rules.future_cues
        if rules.lower_bound.search(text, sentence_start, span.start):
            continue
        if e.unit == "year" and clause & rules.founding_words:
            continue  # "Das 2019 gegründete Unternehmen": a company's first year, any number of years ago
        if words & rules.future_cues and not told_past:
            if e.unit in ("month", "quarter", "half"):
                plans.append(e.year)  # "könnte im ersten Halbjahr 2026 an die Börse gehen": written before it
            continue
        if e.unit == "year" and not is_closed:
            # "Bereits 2023 hatte sich der Konzern beteiligt": told as earlier than now, so written the year after;
            # "der 2024 rund 6,8 Mrd. Euro umsetzte": a year's revenue is reported once the year is over
            # "Der Konzern hatte 2022 … übernommen": the pluperfect tells it as before the time of writing too
            is_closed = bool(words & rules.earlier_cues) and bool(words & rules.past_cues) or (
                told_past and bool(clause & (rules.year_result_words | rules.pluperfect))
            )
        resolved = resolve_expression(e, None)
        if resolved.start_date is None:
            continue
        precision = ESTIMATE_PRECISION.get(e.unit, "year")
        if is_closed:
            year_after(e.year)
            continue
        finer = -["day", "month", "year"].index(precision)
        told_before = told_past and bool(clause & rules.pluperfect)
        consider((e.year, resolved.start_date, finer), Published(resolved.start_date, precision, "estimated"), told_before)
    if best is not None and anterior and plans and best[0][0] < min(plans) - 1:
        # the latest date is told as before the time of writing, and nothing as current: the year before the nearest plan
        year_after(min(plans) - 2)
    return best[1] if best else None


def extract_dates(text: str, published: date | None, precision: str | None = "day") -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` (None: unknown parts stay X).

    >>> [(m.text, m.temporal.value) for m in extract_dates("Bis 2028 will der Konzern wachsen, für dasselbe Jahr plant er 2 Mrd. Euro.", date(2025, 3, 4))]
    [('Bis 2028', '2028'), ('für dasselbe Jahr', '2028')]
    """
    return _mentions(text, find_spans(text), published, precision)


def _mentions(text: str, spans: Iterable[DateSpan], published: date | None, precision: str | None) -> list[DateMention]:
    anchor = Anchor(published, precision or "day") if published else None
    mentions: list[DateMention] = []
    periods: list[DateMention] = []  # the ones a later "im Vorjahr" may count from
    last_year: int | None = None
    for span in spans:
        expression = span.expression
        if expression.kind == "context":
            period = _context_period(text, periods, span, expression.unit)
            found = in_context(expression, period, anchor) if period else None
            if found is None and expression.fallback is not None:
                found = _resolve(expression.fallback, anchor, None)
            if found is not None:
                mentions.append(DateMention(span.start, span.end, span.text, found))
                if expression.offset == 0:
                    periods.append(mentions[-1])  # "im selben Zeitraum" speaks of it still; "im Vorjahr" does not
            continue
        if _capitalized_inside_sentence(text, span):
            continue  # "Übermorgen Ventures", "Heute Capital": a name, not a day
        if expression.unit == "season" and expression.month == 1 and _OF_AN_EVENT.match(text, span.end):
            # "in den ersten sechs Monaten nach dem Börsengang": months of something else than the year, a length
            expression = Expression("duration", unit="month", count=float(expression.month_end or 0))
        if anchor is not None and _takes_tense(expression, span.text):
            expression = replace(expression, tense=_tense(text, span.start, span.end))
        try:
            # only an anaphora reads the antecedent year: leaving it out of the others' key lets them share results
            temporal: TemporalValue = _resolve(expression, anchor, last_year if expression.kind == "anaphora" else None)
        except (ValueError, OverflowError, AssertionError):
            log.debug("unresolvable date expression %r", span.text)  # arithmetic past year 9999 and the like
            continue
        if expression.kind == "duration" and expression.direction and mentions and _counts_from(text, mentions[-1], span):
            # "im ersten Quartal 2025 …, etwa ein Fünftel mehr als ein Jahr zuvor": counted from that date
            shifted = shift_period(mentions[-1].temporal, expression.unit, expression.count, expression.direction)
            temporal = shifted or temporal
        mentions.append(DateMention(span.start, span.end, span.text, temporal))
        if expression.role == "point" and expression.kind not in ("span", "duration") and not _attributive(text, span):
            periods.append(mentions[-1])
        year = _last_explicit_year(span.text)
        if year is not None:
            last_year = year  # the antecedent of a later "dasselbe Jahr"
    return mentions


def _attributive(text: str, span: DateSpan) -> bool:
    """Whether ``span`` is a bare year written as an attribute: "Das 2014 gegründete Unternehmen"."""
    return span.text[:1].isdigit() and _rules().attributive.search(text, max(0, span.start - 12), span.start) is not None


def _context_period(text: str, periods: list[DateMention], span: DateSpan, unit: str) -> TemporalValue | None:
    """The period "im Vorjahr" at ``span`` counts from: the first date of its sentence that is one
    known period (the time a sentence is about comes first: "Im Geschäftsjahr 2024 erzielte das 2019
    gegründete Unternehmen …"), else the first of the sentence before, and so on up to
    CONTEXT_SENTENCES back. Days, weeks and dates of plans are not such periods.

    >>> text = "Das 2019 gegründete Unternehmen erzielte 2024 19 Mio. Euro, nach 8 Mio. Euro im Jahr davor."
    >>> [m.temporal.value for m in _mentions(text, find_spans(text), None, None)]
    ['2019', '2024', '2023']
    >>> text = ("Im dritten Quartal stieg der Umsatz auf 612 Mio. Euro, nach 587 Mio. Euro im Vorjahresquartal, wie X am "
    ...         "Donnerstag mitteilte. Das Ergebnis lag bei 48 Mio. Euro, nach 41 Mio. Euro im Vorjahresquartal.")
    >>> [m.temporal.value for m in _mentions(text, find_spans(text), date(2026, 11, 5), None)]
    ['2026-Q3', '2025-Q3', '2026-11-05', '2025-Q3']
    """
    start, end = _sentence(text, span.start, span.end)[0], span.start
    for _ in range(CONTEXT_SENTENCES + 1):
        for mention in periods:
            temporal = mention.temporal
            if not start <= mention.start < end or temporal.granularity in ("day", "week"):
                continue
            if unit not in ("year", "period", temporal.granularity) or not (temporal.start_date and temporal.end_date):
                continue
            if _tense(text, mention.start, mention.end) <= 0:  # a plan ("strebt 2027 an die Börse") reports no period
                return temporal
        if start < 2:
            break
        start, end = _sentence(text, start - 2, start - 1)[0], start  # the sentence before
    return None


# How many sentences back "im Vorjahresquartal" looks for its quarter.
CONTEXT_SENTENCES = 2

# After "in den ersten sechs Monaten": words that count the months from an event, not from New Year.
_OF_AN_EVENT = re.compile(r"[ \t\n]{1,3}(?:nach|seit|ab|im[ \t\n]{1,3}Amt)(?!\w)")  # bounded: linear in a search


def _counts_from(text: str, previous: DateMention, span: DateSpan) -> bool:
    """Whether "ein Jahr zuvor" at ``span`` counts from the date ``previous``: one of its own sentence,
    or of the sentence before when it opens its sentence ("2019 gegründet. Zwei Jahre später …").

    >>> text = "Der Konzern wurde 2019 gegründet. Der Umsatz stieg. Zwei Jahre später folgte der Börsengang."
    >>> spans = find_spans(text)
    >>> [m.temporal.value for m in _mentions(text, spans, None, None)]
    ['2019', 'P2Y']
    >>> text = "Der Konzern wurde 2019 gegründet. Zwei Jahre später folgte der Börsengang."
    >>> [m.temporal.value for m in _mentions(text, find_spans(text), None, None)]
    ['2019', '2021']
    """
    sentence_start = _sentence(text, span.start, span.end)[0]
    if previous.start >= sentence_start:
        return True
    if text[sentence_start : span.start].strip(" \t\n\"„“»"):
        return False
    before = sentence_start - 1
    return before > 0 and previous.start >= _sentence(text, before - 1, before)[0]


# resolve_expression is pure and its values are frozen: articles of the same day repeat the same
# expressions ("2025", "im vergangenen Jahr"), so results are kept (bounded like parse's cache: memory must not grow with the corpus).
_resolve = lru_cache(maxsize=4096)(resolve_expression)


@lru_cache(maxsize=4096)
def _last_explicit_year(text: str) -> int | None:
    years = explicit_years(text)
    return years[-1] if years else None


@Language.factory(
    "newsfacts_dates",
    default_config={"estimate_published": True},
    assigns=["doc._.dates", "doc._.published_date", "doc._.published_precision", "doc._.published_source"],
)
def make_dates(nlp: Language, name: str, estimate_published: bool) -> DateExtractor:
    return DateExtractor(estimate_published=estimate_published)


class DateExtractor:
    """Finds date expressions and writes ``doc._.dates``; fills the publication date when it is missing."""

    def __init__(self, estimate_published: bool = True) -> None:
        self.estimate_published = estimate_published

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = find_spans(text)
        if doc._.published_date is None or doc._.published_source == "path":
            # the article's own dateline outranks a date in its file name (which may be the day it was saved)
            found = find_dateline(text, spans)
            if found is None and self.estimate_published and doc._.published_date is None:
                found = estimate_published(text, spans)
            if found is not None:
                doc._.published_date, doc._.published_precision, doc._.published_source = found
        doc._.dates = _mentions(text, spans, doc._.published_date, doc._.published_precision)
        return doc
