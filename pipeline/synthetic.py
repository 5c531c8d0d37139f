"""A generated corpus for benchmarks and scale tests: German business-news articles with money, dates and parties.

Articles are built from the templates and vocabulary in ``pipeline/synthetic.yaml``. Article ``i``
depends only on ``(seed, i)``, never on how many articles are generated, so a corpus of N articles
is a prefix of a corpus of 10×N, and "add one article" means writing article N.

>>> article = synthetic_article(3, seed=1)
>>> article.relative_path
'000/artikel-000003.txt'
>>> article.text == synthetic_article(3, seed=1).text
True
"""

from __future__ import annotations

import csv
import importlib.util
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml

VOCABULARY_FILE = Path(__file__).resolve().with_name("synthetic.yaml")
ARTICLES_PER_FOLDER = 1000
FIRST_DAY = date(2019, 1, 1)
DAYS = 7 * 365

# Share of each article kind; the first paragraph and a third of the rest come from the kind's templates.
KINDS = {"funding": 0.45, "acquisition": 0.2, "ipo": 0.1, "results": 0.25}
GENERAL_PARAGRAPHS = ("context", "quotes", "results", "background")
ARTICLES = {  # definite article by genus and case
    "nominative": {"m": "der", "f": "die", "n": "das"},
    "accusative": {"m": "den", "f": "die", "n": "das"},
    "dative": {"m": "dem", "f": "der", "n": "dem"},
}
CURRENCIES = {"EUR": 0.55, "USD": 0.35, "CHF": 0.06, "GBP": 0.04}
# "1 Million Euro", "3 Millionen Euro": keep in sync with scale_words in synthetic.yaml.
SINGULAR = {"Millionen": "Million", "Milliarden": "Milliarde"}
PLURAL = {singular: plural for plural, singular in SINGULAR.items()}


@dataclass(frozen=True)
class SyntheticArticle:
    relative_path: str
    text: str
    published_date: date


@dataclass(frozen=True)
class Noun:
    genus: str
    nominative: str
    plural: str
    accusative: str
    dative: str
    plural_dative: str


@lru_cache(maxsize=None)
def nouns() -> tuple[Noun, ...]:
    """German nouns with their case forms: the german-nouns word list when installed, else a short fallback."""
    spec = importlib.util.find_spec("german_nouns")
    path = Path(spec.submodule_search_locations[0]) / "nouns.csv" if spec and spec.submodule_search_locations else None
    if path is None or not path.exists():
        return tuple(Noun(g, s, p, s, s, d) for g, s, p, d in vocabulary()["fallback_nouns"])
    columns = ("nominativ singular", "nominativ plural", "akkusativ singular", "dativ singular", "dativ plural")
    found: list[Noun] = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = {name: i for i, name in enumerate(next(reader))}
        pos, genus, forms = header["pos"], header["genus"], [header[c] for c in columns]
        for row in reader:
            if row[pos] != "Substantiv" or row[genus] not in ("m", "f", "n"):
                continue
            words = [row[i] for i in forms]
            # plain one-word forms only (no abbreviations, hyphens or missing cases)
            if all(w.isalpha() and w[0].isupper() and 3 <= len(w) <= 24 for w in words):
                found.append(Noun(row[genus], words[0], words[1], words[2], words[3], words[4]))
    random.Random(0).shuffle(found)  # ranks for the Zipf-like head, independent of the file's alphabetical order
    return tuple(found)


@lru_cache(maxsize=None)
def vocabulary() -> dict[str, Any]:
    with open(VOCABULARY_FILE, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def format_number(value: float, decimals: int) -> str:
    """German number format: comma for decimals, dot between thousands.

    >>> format_number(3.5, 1), format_number(4500000, 0), format_number(1250.75, 2)
    ('3,5', '4.500.000', '1.250,75')
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


class _Article:
    """The random choices of one article: its cast (fixed) and fresh values for money and dates."""

    def __init__(self, rng: random.Random, published: date) -> None:
        self.rng = rng
        self.published = published
        self.vocab = vocabulary()
        v = self.vocab
        self.company = self._company()
        self.company2 = self._company()
        investors = rng.sample(v["investors"], 3)
        gender = rng.choice(("female", "male"))
        self.fixed = {
            "company": self.company,
            "company2": self.company2,
            "investor": investors[0],
            "investor2": investors[1],
            "investor3": investors[2],
            "acquirer": rng.choice(v["corporations"]),
            "person": f"{rng.choice(v['first_names'][gender])} {rng.choice(v['last_names'])}",
            "role": rng.choice(v["roles"][gender]),
            "analyst": f"{rng.choice(v['first_names']['female'] + v['first_names']['male'])} {rng.choice(v['last_names'])} "
            f"{rng.choice(v['analyst_affiliations'])}",
            "city": (city := rng.choice(sorted(v["cities"]))),
            "city_adjective": v["cities"][city],
            "country": rng.choice(v["countries"]),
            "sector": rng.choice(v["sectors"]),
            "product": rng.choice(v["products"]),
            "round": rng.choice(v["rounds"]),
            "outlet": rng.choice(v["outlets"]),
            "founded_year": str(published.year - rng.randint(2, 12)),
        }
        self.fresh: dict[str, Callable[[], str]] = {
            "money": lambda: self.money(rng.choice(("million", "million", "million", "billion", "thousand"))),
            "small_money": lambda: self.money("thousand"),
            "valuation": lambda: self.money(rng.choice(("billion", "million"))),
            "money_range": self.money_range,
            "vague_money": lambda: str(rng.choice(self.vocab["vague_money"])),
            "when_past": lambda: self.when("when_past"),
            "when_future": lambda: self.when("when_future"),
            "when": lambda: self.when(rng.choice(("when_past", "when_future"))),
            "percent": lambda: format_number(rng.uniform(1, 60), rng.choice((0, 1))),
            "count": lambda: str(rng.randint(12, 900)),
            "noun": lambda: self.noun_phrase("nominative"),
            "noun_accusative": lambda: self.noun_phrase("accusative"),
            "noun_dative": lambda: self.noun_phrase("dative"),
            "nouns": lambda: self.noun().plural,
            "nouns_dative": lambda: self.noun().plural_dative,
        }

    def noun(self) -> Noun:
        """Some draws from a Zipf-like head (P(rank) ~ 1/rank), the rest uniform: many rare words, as in real text."""
        words = nouns()
        if self.rng.random() < 0.15:
            return words[int(len(words) ** self.rng.random()) - 1]
        return words[self.rng.randrange(len(words))]

    def noun_phrase(self, case: str) -> str:
        noun = self.noun()
        form = {"nominative": noun.nominative, "accusative": noun.accusative, "dative": noun.dative}[case]
        return f"{ARTICLES[case][noun.genus]} {form}"

    def _company(self) -> str:
        return self.rng.choice(self.vocab["company_stems"]) + self.rng.choice(self.vocab["company_suffixes"])

    def __getitem__(self, slot: str) -> str:
        if slot in self.fresh:
            return self.fresh[slot]()
        return str(self.fixed[slot])

    def fill(self, template: str) -> str:
        return template.format_map(self)

    def _currency(self) -> str:
        code = self.rng.choices(list(CURRENCIES), weights=list(CURRENCIES.values()))[0]
        return str(self.rng.choice(self.vocab["currency_words"][code]))

    def _figure(self, size: str) -> float:
        if size == "thousand":
            return float(self.rng.choice((50, 120, 250, 300, 450, 600, 750, 900)))
        if size == "billion":
            return self.rng.choice((1, 1.2, 2, 2.5, 3.5, 5, 6.6, 10, 14, 40, 61.5, 157))
        return self.rng.choice((1.5, 3, 5, 8, 12, 18.4, 25, 42, 60, 100, 150, 310, 500, 750))

    def money(self, size: str) -> str:
        rng = self.rng
        qualifier = rng.choice(self.vocab["qualifiers"]) if rng.random() < 0.2 else ""
        figure = self._figure(size)
        currency = self._currency()
        if size == "thousand":
            number = format_number(figure * 1000, 0)
            return f"{qualifier}{number} {currency}"
        decimals = 0 if figure == int(figure) else 1
        if rng.random() < 0.05 and size == "million":
            return f"{qualifier}{format_number(figure * 1_000_000, 0)} {currency}"
        scale = rng.choice(self.vocab["scale_words"][size])
        if figure == 1 and scale in SINGULAR:
            scale, number = SINGULAR[scale], "1"
        else:
            scale, number = PLURAL.get(scale, scale), format_number(figure, decimals)
        return f"{qualifier}{number} {scale} {currency}"

    def money_range(self) -> str:
        rng = self.rng
        size = rng.choice(("million", "million", "billion"))
        low = self._figure(size)
        high = low * rng.choice((1.2, 1.5, 2))
        scale = rng.choice([s for s in self.vocab["scale_words"][size] if s not in ("Million", "Milliarde")])
        pattern = rng.choice(("zwischen {low} und {high} {scale} {currency}", "{low} bis {high} {scale} {currency}"))
        return pattern.format(
            low=format_number(low, 0 if low == int(low) else 1),
            high=format_number(high, 0 if high == int(high) else 1),
            scale=scale,
            currency=self._currency(),
        )

    def when(self, kind: str) -> str:
        rng, v, year = self.rng, self.vocab, self.published.year
        template = rng.choice(v[kind])
        return str(
            template.format(
                day=rng.randint(1, 28),
                month=rng.choice(v["month_names"]),
                year=year - rng.randint(0, 1),
                next_year=year + rng.randint(1, 2),
                weekday=rng.choice(v["weekdays"]),
                ordinal=rng.choice(v["ordinals"]),
                season=rng.choice(v["seasons"]),
            )
        )


def _sentences(article: _Article, pool: list[str], count: int) -> list[str]:
    picks = article.rng.sample(pool, min(count, len(pool)))
    return [article.fill(template) for template in picks]


def synthetic_article(index: int, seed: int = 0) -> SyntheticArticle:
    """Article number ``index`` of the corpus generated with ``seed``."""
    rng = random.Random(seed * 1_000_003 + index)
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    article = _Article(rng, published)
    v = article.vocab
    kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
    paragraphs_by_kind: dict[str, list[str]] = v["paragraphs"]

    title = article.fill(rng.choice(v["titles"][kind]))
    # the lead states the news: its first sentence always carries an amount
    with_amount = [t for t in paragraphs_by_kind[kind] if "{money" in t or "{valuation" in t]
    first = rng.choice(with_amount)
    rest = [t for t in paragraphs_by_kind[kind] if t != first]
    lead = " ".join([article.fill(first)] + _sentences(article, rest, rng.randint(1, 2)))
    header_style = rng.random()
    if 0.85 <= header_style < 0.95:
        # no metadata: the date is only in the dateline, as in agency copy
        day = f"{published.day}. {v['month_names'][published.month - 1]} {published.year}"
        lead = f"{article['city']}, {day} – {lead}"

    blocks = [lead]
    # other paragraphs: the kind's own, or background that fits any kind
    others = [name for name in GENERAL_PARAGRAPHS if name != kind]
    for _ in range(rng.randint(5, 8)):
        if rng.random() < 0.25:
            blocks.append(str(rng.choice(v["headings"])))
        source = kind if rng.random() < 0.35 else rng.choice(others)
        sentences = _sentences(article, paragraphs_by_kind[source], rng.randint(3, 5))
        # two or three sentences of varied vocabulary in every paragraph (see `background` in synthetic.yaml)
        for sentence in _sentences(article, paragraphs_by_kind["background"], rng.randint(2, 3)):
            sentences.insert(rng.randint(1, len(sentences)), sentence)
        blocks.append(" ".join(sentences))
    if rng.random() < 0.35:
        for _ in range(rng.randint(1, 2)):
            blocks.insert(rng.randint(1, len(blocks)), article.fill(rng.choice(v["boilerplate"])))

    markdown = index % 40 == 39
    body = "\n\n".join(blocks)
    if header_style < 0.85:
        text = f"date: {published.isoformat()}\ntitle: {title}\n\n{body}\n"
    else:
        text = f"{'# ' if markdown else ''}{title}\n\n{body}\n"
    suffix = "md" if markdown else "txt"
    path = f"{index // ARTICLES_PER_FOLDER:03d}/artikel-{index:06d}.{suffix}"
    return SyntheticArticle(path, text, published)


def write_corpus(directory: Path, articles: int, *, seed: int = 0, start: int = 0) -> int:
    """Write articles ``start`` .. ``start + articles - 1`` under ``directory``; returns the bytes written."""
    directory = Path(directory)
    written = 0
    for index in range(start, start + articles):
        article = synthetic_article(index, seed)
        path = directory / article.relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        data = article.text.encode("utf-8")
        path.write_bytes(data)
        written += len(data)
    return written
