"""Lexical data for party recognition, loaded once and cached: the gazetteer, given names, German nouns.

- ``rules/gazetteer/*.tsv``: names with aliases -> canonical name, label and category
  (format in ``rules/gazetteer/README.md``); ``given_names.tsv`` there is the list of first names.
- The German noun lexicon comes from the ``german-nouns`` package (Wiktionary, ~100k lemmas with
  all inflected forms). It is read lazily on first use (about 1 s) and reduced to two sets of
  lowercased word forms: common nouns, and forms of surnames (Müller is both).

>>> gazetteer = load_gazetteer()
>>> gazetteer.lookup("Softbank").canonical
'SoftBank'
>>> gazetteer.lookup("WSJ").canonical
'Wall Street Journal'
>>> gazetteer.lookup("ChatGPT").label, gazetteer.lookup("ChatGPT").maker
('MISC', 'OpenAI')
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

import yaml

log = logging.getLogger(__name__)

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
GAZETTEER_DIR = RULES_DIR / "gazetteer"
GIVEN_NAMES_FILE = "given_names.tsv"
LABELS = frozenset({"ORG", "PER", "LOC", "MISC"})
# Articles that make a multi-word alias ambiguous ("Die Welt", "Der Standard").
_ARTICLES = frozenset({"der", "die", "das", "the"})
# Wiktionary part-of-speech tags of proper names: their forms are not German common words.
_PROPER_NOUN_TAGS = frozenset({"Toponym", "Vorname", "Nachname", "Eigenname"})
# Genitive/possessive endings accepted after any alias ("Amazons", "Moody's", "OpenAI’s").
_GENITIVE = r"(?:s|'s|’s|'|’)?"


@dataclass(frozen=True)
class Entry:
    """One gazetteer line: a canonical name, its label and category, and the aliases that name it."""

    canonical: str
    label: str  # ORG|PER|LOC|MISC
    category: str
    aliases: tuple[str, ...]  # all surface forms, the canonical name first
    is_ambiguous: bool = False  # single-word aliases need an organization context
    maker: str | None = None  # products: the company that makes them
    parent: str | None = None  # companies: their parent company

    def is_ambiguous_alias(self, alias: str) -> bool:
        """Whether ``alias`` needs context: single words and "Die Welt"-style aliases of ambiguous entries."""
        if not self.is_ambiguous:
            return False
        words = alias.split()
        return len(words) == 1 or words[0].lower() in _ARTICLES


def parse_gazetteer_line(line: str) -> Entry | None:
    """Parse one TSV line (canonical, type, category, aliases, flags); None for comments and the header.

    >>> parse_gazetteer_line("Allianz\\tORG\\tinsurance\\tAllianz SE|Allianz Group\\tambiguous")
    Entry(canonical='Allianz', label='ORG', category='insurance', aliases=('Allianz', 'Allianz SE', 'Allianz Group'), is_ambiguous=True, maker=None, parent=None)
    >>> parse_gazetteer_line("ChatGPT\\tMISC\\tproduct\\t\\tmaker=OpenAI").maker
    'OpenAI'
    >>> parse_gazetteer_line("# a comment") is None
    True
    """
    if not line.strip() or line.startswith("#"):
        return None
    columns = [column.strip() for column in line.rstrip("\n").split("\t")]
    if columns[0] == "canonical":
        return None
    if len(columns) < 2 or columns[1] not in LABELS:
        raise ValueError(f"gazetteer line needs canonical<TAB>ORG|PER|LOC|MISC[...]: {line!r}")
    columns += [""] * (5 - len(columns))
    canonical, label, category, aliases_column, flags_column = columns[:5]
    aliases = [canonical] + [a.strip() for a in aliases_column.split("|") if a.strip()]
    flags = [f.strip() for f in flags_column.split(",") if f.strip()]
    settings = dict(f.split("=", 1) for f in flags if "=" in f)
    return Entry(
        canonical=canonical,
        label=label,
        category=category,
        aliases=tuple(dict.fromkeys(aliases)),
        is_ambiguous="ambiguous" in flags,
        maker=settings.get("maker"),
        parent=settings.get("parent"),
    )


class GazetteerMatch(NamedTuple):
    """An alias found in a text: ``start``/``end`` cover the alias and any genitive ending."""

    start: int
    end: int
    alias: str
    entry: Entry
    has_genitive: bool


@dataclass
class Gazetteer:
    """All entries, an alias index and one compiled regex that finds every alias in a text."""

    entries: list[Entry]
    by_alias: dict[str, list[tuple[str, Entry]]] = field(default_factory=dict)  # casefolded alias -> (alias, entry)
    by_canonical: dict[str, Entry] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # aliases naming two different canonicals
    _resolved: dict[str, tuple[str, Entry] | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self.by_canonical.setdefault(entry.canonical, entry)
            for alias in entry.aliases:
                known = self.by_alias.setdefault(alias.lower(), [])
                if any(other.canonical != entry.canonical and a == alias for a, other in known):
                    self.conflicts.append(alias)
                    continue
                known.append((alias, entry))
        self._add_inflected_aliases()
        # Case-sensitive (much faster than IGNORECASE): each alias as written, plus its ALL-CAPS form
        # for headlines. Spelling variants ("Softbank"/"SoftBank") are listed as aliases in the data.
        surfaces = {a for known in self.by_alias.values() for a, _ in known}
        surfaces |= {a.upper() for a in surfaces if len(a) > 3}
        self.pattern = _compile_trie(sorted(surfaces))

    def _add_inflected_aliases(self) -> None:
        """Index the "-en" form of names opening with an adjective under the same entry ("der Neuen
        Zürcher Zeitung" -> Neue Zürcher Zeitung); a form that names another entry is left out."""
        endings = tuple(load_party_patterns()["name_adjective_endings"])
        for entry in self.entries:
            if entry.label == "PER":
                continue
            for alias in entry.aliases:
                for inflected in inflected_aliases(alias, endings, is_name=lambda word: word.lower() in self.by_alias):
                    self.by_alias.setdefault(inflected.lower(), [(inflected, entry)])

    def lookup(self, name: str) -> Entry | None:
        """The entry an alias or canonical name belongs to; case variants ("Softbank") are accepted."""
        candidates = self.by_alias.get(name.lower())
        best = _best_case_match(name, candidates) if candidates else None
        return best[1] if best else None

    def find(self, text: str) -> Iterator[GazetteerMatch]:
        """Every alias occurrence in ``text``, longest alias first at each position."""
        resolved = self._resolved
        for match in self.pattern.finditer(text):
            surface = match.group(1)
            if surface not in resolved:  # the regex only matches alias spellings: a small, bounded memo
                candidates = self.by_alias.get(surface.lower())
                resolved[surface] = _best_case_match(surface, candidates) if candidates else None
            best = resolved[surface]
            if best is not None:
                yield GazetteerMatch(match.start(), match.end(), best[0], best[1], match.end() > match.end(1))


def inflected_aliases(alias: str, endings: tuple[str, ...], is_name: Callable[[str], bool] = lambda word: False) -> list[str]:
    """The alias with its adjectives in the weak "-en" form, as after "der", "des", "dem", "den"
    (genitive, dative): words ending in one of ``endings``, capitalized, not the only word and
    not a name themselves ("Porsche SE" stays). [] when nothing inflects.

    >>> endings = ("tsche", "ne", "ue", "te")
    >>> inflected_aliases("Neue Zürcher Zeitung", endings)
    ['Neuen Zürcher Zeitung']
    >>> inflected_aliases("Frankfurter Allgemeine Zeitung", endings), inflected_aliases("Deutsche Bank", endings)
    (['Frankfurter Allgemeinen Zeitung'], ['Deutschen Bank'])
    >>> inflected_aliases("Porsche SE", endings, is_name=lambda word: word == "Porsche")
    []
    >>> inflected_aliases("Die Welt", endings), inflected_aliases("Deutsche", endings)
    ([], [])
    """
    words = alias.split(" ")
    if len(words) < 2:
        return []
    inflected = [
        word + "n"
        if word.endswith(endings) and word[:1].isupper() and word[1:].islower() and word.lower() not in _ARTICLES and not is_name(word)
        else word
        for word in words
    ]
    return [" ".join(inflected)] if inflected != words else []


def _best_case_match(surface: str, candidates: list[tuple[str, Entry]]) -> tuple[str, Entry] | None:
    """Pick the entry whose alias fits the surface casing: exact, ALL CAPS, or inner-case variant.

    "SOFTBANK"/"Softbank" match "SoftBank"; "apple" does not match "Apple"; "Kit" does not match "KIT".
    """
    for alias, entry in candidates:
        if alias == surface:
            return alias, entry
    for alias, entry in candidates:
        if surface[0] != alias[0]:
            continue
        if surface.isupper() and len(surface) > 3:
            return alias, entry
        if len(alias) >= 5 and not alias.isupper() and not surface.islower():
            return alias, entry
    return None


_Trie = dict[str, "_Trie"]


def _compile_trie(aliases: list[str]) -> re.Pattern[str]:
    """One regex for all aliases, built as a character trie (see ``trie_pattern``)."""
    return re.compile(rf"(?<![\w])({trie_pattern(aliases)}){_GENITIVE}(?![\w])")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, built as a character trie: at each position
    the regex follows one branch per character, so matching costs at most the longest word, whatever
    the word count (an alternation "A|B|..." tries every word in turn).

    >>> trie_pattern(["AG", "A/S", "GmbH"])
    '(?:A(?:/S|G)|GmbH)'
    >>> re.match(trie_pattern(["Co.", "Co., Ltd."]), "Co., Ltd. gab").group()
    'Co., Ltd.'
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: _Trie) -> str:
    # Where an alias ends inside a longer one, the continuation is an optional group: greedy, so the
    # longest alias at a position wins ("Deutsche Bank Research" before "Deutsche Bank").
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in sorted(node.items()) if char]
    is_end = "" in node
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if is_end:
        return f"(?:{group})?"
    return group


@lru_cache(maxsize=4)
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    """Read every ``*.tsv`` entry file of ``directory`` (not the given-names list) into one Gazetteer."""
    entries: list[Entry] = []
    for path in sorted(directory.glob("*.tsv")):
        if path.name == GIVEN_NAMES_FILE:
            continue
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    entry = parse_gazetteer_line(line)
                except ValueError as error:
                    raise ValueError(f"{path.name}:{number}: {error}") from None
                if entry is not None:
                    entries.append(entry)
    gazetteer = Gazetteer(entries)
    if gazetteer.conflicts:
        log.warning("gazetteer aliases naming two different entries (first kept): %s", gazetteer.conflicts)
    return gazetteer


@lru_cache(maxsize=4)
def load_given_names(directory: Path = GAZETTEER_DIR) -> frozenset[str]:
    """First names from ``given_names.tsv`` (first column), as written ("Masayoshi", "Jean-Pierre")."""
    names: set[str] = set()
    with open(directory / GIVEN_NAMES_FILE, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            name = line.split("\t", 1)[0].strip()
            if name and name != "name":
                names.add(name)
    return frozenset(names)


@dataclass(frozen=True)
class GermanLexicon:
    """Lowercased word forms of German common nouns, and of surnames, from the german-nouns package."""

    common_nouns: frozenset[str]
    surnames: frozenset[str]
    # Nouns without any plural form, brands among them ("Microsoft", "Amazon"): lowercased lemmas.
    singular_only: frozenset[str] = frozenset()

    def is_common_noun(self, word: str) -> bool:
        return word.lower() in self.common_nouns

    def is_surname(self, word: str) -> bool:
        return word.lower() in self.surnames

    def is_singular_only(self, word: str) -> bool:
        return word.lower() in self.singular_only


@lru_cache(maxsize=1)
def load_german_lexicon() -> GermanLexicon:
    """Read german-nouns' CSV once (~1 s); an empty lexicon (with a warning) when it is not installed."""
    try:
        from german_nouns.config import CSV_FILE_PATH
    except ImportError:
        log.warning("german-nouns is not installed: the German lexicon signal is disabled")
        return GermanLexicon(frozenset(), frozenset())
    common: set[str] = set()
    surnames: set[str] = set()
    singular: set[str] = set()
    plural: set[str] = set()
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows, [])
        plural_columns = [i for i, name in enumerate(header) if "plural" in name]
        for row in rows:
            if len(row) < 2:
                continue
            tags = set(row[1].split(","))
            # Column 0 is the lemma, 1-6 are part of speech and genders, the rest inflected forms.
            forms = {word.lower() for word in [row[0], *row[7:]] if word and " " not in word}
            if tags & _PROPER_NOUN_TAGS:
                if "Nachname" in tags:
                    surnames |= forms
            else:
                common |= forms
                has_plural = any(i < len(row) and row[i] for i in plural_columns)
                (plural if has_plural else singular).add(row[0].lower())
    return GermanLexicon(frozenset(common), frozenset(surnames), frozenset(singular - plural))


@lru_cache(maxsize=1)
def load_party_patterns(path: Path = RULES_DIR / "party_patterns.yaml") -> dict[str, Any]:
    """The context-pattern data of ``rules/party_patterns.yaml`` (descriptor nouns, roles, legal forms...)."""
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data
