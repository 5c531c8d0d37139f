"""Inhabitants standing for a company: "die Darmstädter", "die Schweden", "den Schwaben".

German business news calls a company by the people of its home town or country once it has said
where the company is from: "Der Darmstädter Spezialchemiekonzern Wendeler ... ein Vorschlag der
Darmstädter", "der schwedische Rivale Hallström ... Die Schweden bieten", "Kaldor aus Rotterdam ...
übernimmt die Rotterdamer". :class:`Demonyms` finds such references in a sentence
(:meth:`Demonyms.find`) and says which company the article placed there (:meth:`Demonyms.placed`).
The words are data: ``anaphora.demonyms`` in rules/deals.yaml.

>>> from pipeline.deal_rules import deal_rules
>>> demonyms = deal_rules().demonyms
>>> text = "Der Darmstädter Chemiekonzern Wendeler bietet. Der Vorstand lehnte das Angebot der Darmstädter ab."
>>> [(text[s:e], word) for s, e, word in demonyms.find(text, 47, len(text))]
[('der Darmstädter', 'Darmstädter')]
>>> [word for _, _, word in demonyms.find("Er bot den Hannoveranern 24 Euro je Aktie.", 0, 42)]
['Hannoveraner']
>>> demonyms.places("Münchner"), demonyms.places("Schweden")
(('munch', 'munchen', 'munchn', 'münch', 'münchen', 'münchn'), ('schweden',))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from pipeline.facts import PartyMention
from pipeline.gazetteer import load_gazetteer

# A determiner of the plural, then one capitalized word that no noun or hyphen follows:
# "die Schweden bieten", "den Schwaben", "der Darmstädter" (a genitive: after a noun only).
_CANDIDATE = re.compile(r"(?<![\w-])([Dd]ie|[Dd]en|[Dd]er)\s{1,3}([A-ZÄÖÜ][a-zäöüß]{3,30})(?![\w-])(?!\s{1,3}[A-ZÄÖÜ])")
# The words right before a name, within its sentence: "Der Darmstädter Spezialchemiekonzern " (at most four).
_WORDS_BEFORE = re.compile(r"((?:[\w-]+\s{1,3}){1,4})$")
# A place right after a name: "Kaldor aus Rotterdam", "Voltaris mit Sitz in Zürich", where it spoke on a day
# ("teilte Ferravelli am Mittwoch in Mailand mit").
_PLACE_AFTER = re.compile(
    r"\s{1,3}(?:\([^)]{1,30}\)\s{1,3})?(?:am\s{1,3}[A-ZÄÖÜ][a-z]{4,12}\s{1,3})?(?:aus|mit\s+Sitz\s+in|in)\s{1,3}"
    r"(?:dem\s+)?([A-ZÄÖÜ][\w-]{2,30})"
)
# A dateline opening a paragraph: "München/Frankfurt. Der ..."
_DATELINE = re.compile(r"(?m)^[^\S\n]*([A-ZÄÖÜ][\w-]{2,30}(?:/[A-ZÄÖÜ][\w-]{2,30})*)\.\s")
_UMLAUTS = str.maketrans("äöü", "aou")
_WORD_AT_END = re.compile(r"([\w-]+)\s{1,3}$")
_ADJECTIVE_USE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{1,30}er)\s{1,3}(?=[A-ZÄÖÜ])")


@dataclass(frozen=True)
class Demonyms:
    """Nations ("Schweden": adjective "schwedisch", name prefix "US-") and towns whose inhabitants' name
    is irregular ("Zürcher": Zürich); any other town's inhabitants are its name plus "-er"."""

    nations: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # word -> (adjective stems and prefixes, places)
    towns: dict[str, str]  # irregular inhabitants -> place

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Demonyms:
        nations = {
            word: (tuple(s.lower() for s in spec["adjectives"]), tuple(p.lower() for p in spec["places"]))
            for word, spec in data["nations"].items()
        }
        return cls(nations, dict(data["towns"]))

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The references to inhabitants in ``text[start:end]``: (start, end, inhabitants' word)."""
        out: list[tuple[int, int, str]] = []
        for match in _CANDIDATE.finditer(text, start, end):
            determiner, word = match.group(1), match.group(2)
            if determiner.lower() == "der" and not _after_noun(text, match.start(), start):
                continue  # "sagte der Norweger": a person; "Angebot der Darmstädter": the company
            if determiner.lower() == "den" and word.endswith("ern"):
                word = word[:-1]  # the dative: "den Hannoveranern", "den Hamburgern"
            if self.is_demonym(word, text, match.start()):
                out.append((match.start(), match.end(), word))
        return out

    def place_in(self, phrase: str) -> str | None:
        """The people whose place a reference names in a modifier: "der US-Konzern" (Amerikaner), "der
        schwedische Rivale" (Schweden). Towns are left out: "der Münchner Konzern" may be any of several.

        >>> from pipeline.deal_rules import deal_rules
        >>> deal_rules().demonyms.place_in("der US-Konzern"), deal_rules().demonyms.place_in("dem Konzern")
        ('Amerikaner', None)
        """
        words = [w.lower() for w in phrase.split()[1:]]
        for word, (adjectives, _) in self.nations.items():
            if any(w.startswith(adjectives) and (w.endswith(("e", "en", "er", "es", "em")) or "-" in w) for w in words):
                return word
        return None

    def is_demonym(self, word: str, text: str, position: int) -> bool:
        """A nation's people, or a town's: a known place, or the word already used for a company's home
        ("der Rotterdamer Konzern", earlier in ``text``)."""
        if word in self.nations or word in self.towns:
            return True
        if not word.endswith("er"):
            return False
        if _names_known_town(word):
            return True
        first_use = _adjective_uses(text).get(word)
        return first_use is not None and first_use < position

    def places(self, word: str) -> tuple[str, ...]:
        """The place names (lower case, umlauts also folded) the inhabitants' word may come from."""
        if word in self.nations:
            return self.nations[word][1]
        if word in self.towns:
            return (self.towns[word].lower(),)
        return _town_forms(word)

    def placed(self, word: str, text: str, parties: Sequence[PartyMention], before: int) -> list[str]:
        """The companies the article placed where ``word``'s people live, before offset ``before``, in order:
        introduced with the place's adjective ("der Darmstädter Konzern X", "dem schwedischen Rivalen X",
        "des US-Konkurrenten X"), followed by the place ("X aus Rotterdam"), or named first after a
        dateline of the place ("Hamburg. Der Windturbinenhersteller X")."""
        adjectives = self.nations[word][0] if word in self.nations else (word.lower(),)
        places = {_fold(p) for p in self.places(word)}
        out: list[str] = []
        for party in parties:
            if party.start >= before or party.label != "ORG" or not party.canonical:
                continue
            sentence_start = max(text.rfind(". ", 0, party.start), text.rfind("\n", 0, party.start)) + 1
            words = _WORDS_BEFORE.search(text, sentence_start, party.start)
            if words is not None and any(
                w.lower().startswith(adjectives) for w in words.group(1).split()
            ):
                out.append(party.canonical)
                continue
            after = _PLACE_AFTER.match(text, party.end)
            if after is not None and _fold(after.group(1)) in places:
                out.append(party.canonical)
        if not out:
            out = self._dateline_company(text, parties, places, before)
        return out

    def _dateline_company(self, text: str, parties: Iterable[PartyMention], places: set[str], before: int) -> list[str]:
        dateline = _DATELINE.search(text, 0, before)
        if dateline is None or not any(_fold(p) in places for p in dateline.group(1).split("/")):
            return []
        sentence_end = text.find(". ", dateline.end())
        for party in parties:
            if party.label == "ORG" and party.canonical and dateline.end() <= party.start < min(sentence_end, before):
                return [party.canonical]
        return []


@lru_cache(maxsize=1 << 14)
def _town_forms(word: str) -> tuple[str, ...]:
    """The names of the town whose people ``word`` (ending in "-er") names, lower case, umlauts also folded."""
    stem = word[:-2].lower()  # "Hamburger" -> "hamburg", "Bremer" -> "brem", "Münchner" -> "münchn"
    forms = {stem} if stem.endswith("n") else {stem, stem + "en"}
    if stem.endswith("n"):
        forms.add(stem[:-1])  # "Münchner" -> "münch" (+ "en")
        forms.add(stem[:-1] + "en")
    if stem.endswith("l"):
        forms.add(stem[:-1] + "el")  # "Basler" -> "basel"
    return tuple(sorted(forms | {_fold(f) for f in forms}))  # "Darmstädter" -> "darmstadt"


@lru_cache(maxsize=1 << 14)
def _names_known_town(word: str) -> bool:
    """Whether ``word`` names the people of a place in the gazetteer ("Hamburger"; "Geldgeber" does not)."""
    gazetteer = load_gazetteer()
    for place in _town_forms(word):
        entry = gazetteer.lookup(place[:1].upper() + place[1:])
        if entry is not None and entry.label == "LOC":
            return True
    return False


@lru_cache(maxsize=2)  # the article being read: one pass over it, whatever its number of sentences
def _adjective_uses(text: str) -> dict[str, int]:
    """Where each word in "-er" is first used before a capitalized noun ("der Rotterdamer Konzern")."""
    uses: dict[str, int] = {}
    for match in _ADJECTIVE_USE.finditer(text):
        uses.setdefault(match.group(1), match.start())
    return uses


def _fold(place: str) -> str:
    """Lower case, umlauts folded: "Darmstädt" and "Darmstadt" are one place."""
    return place.lower().translate(_UMLAUTS)


def _after_noun(text: str, position: int, start: int) -> bool:
    """Whether a capitalized word, not opening the sentence, stands right before ``position``."""
    before = _WORD_AT_END.search(text, max(start, position - 60), position)
    return before is not None and before.group(1)[:1].isupper() and before.start() > start
