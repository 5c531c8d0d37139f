"""Cue matching for the deal rules: find listed words, compound heads and separable verbs in text.

A :class:`CueSet` looks words up in a per-text word index (one regex pass per text, cached)
instead of trying a large regex alternation at every character; :meth:`CueSet.find_in` finds
the cues of all sentences of an article in one pass, each word looked up once. The matching conventions
(compound heads, whole phrases, separable verbs) are described at the top of rules/deals.yaml.
Nothing here knows about spaCy or about deals.

>>> cues = CueSet(heads=["finanzierungsrunde"], phrases=["sammelte ... ein"])
>>> [(m.text, m.word) for m in cues.find("Die Firma sammelte in der Anthropic-Finanzierungsrunde Geld ein.")]
[('sammelte', 'sammelte'), ('Finanzierungsrunde', 'Anthropic-Finanzierungsrunde')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, compress
from typing import Any, Iterable, NamedTuple

# Heads this short must start a word or follow a hyphen ("Compute-Deal" but not "ideal").
_SHORT_HEAD = 5
# Words (and word pairs) whose cues a CueSet remembers before it starts afresh (bounds memory on
# large corpora; see the per-word caches note at pipeline.runner.VOCAB_LIMIT).
_MEMO_WORDS = 1 << 14
# How far the second part of a separable verb may follow its first part ("sammelte ... ein").
_SEPARABLE_REACH = 200
# What may follow a particle that must end its clause ("zogen ... mit."; see CueSet).
_CLAUSE_ENDS = frozenset(".,;:!?)–-\"“”»«")


class CueMatch(NamedTuple):
    """One cue found in a text: ``start``/``end`` of the cue itself, ``word`` the whole word around a head.

    A named tuple, not a dataclass: every article makes thousands, and a tuple is made three times faster.
    """

    start: int
    end: int
    text: str
    word: str
    label: str = ""
    is_plural: bool = False
    is_head: bool = False  # a noun matched as a compound head, not a phrase

    @property
    def word_start(self) -> int:
        return self.end - len(self.word)


def phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())


# A word, captured: splitting at it gives the gaps and the words of a text, alternating.
_WORD = re.compile(r"(\w+(?:-\w+)*)")


def word_index(text: str) -> tuple[list[int], list[int], list[str]]:
    """Start and end offsets and lower-cased forms of the words of ``text`` (hyphenated compounds are one word).

    Cached: whole articles and short snippets in caches of their own, so that looking up a
    name never pushes the article out.
    """
    return _article_words(text) if len(text) > _SNIPPET else _snippet_words(text)


_SNIPPET = 300


def _words(text: str) -> tuple[list[int], list[int], list[str]]:
    """The words of ``text``, by one split rather than a match object for each word (faster).

    >>> _words("Die Seed-Runde, 2024.")
    ([0, 4, 16], [3, 14, 20], ['die', 'seed-runde', '2024'])
    """
    parts = _WORD.split(text)  # gap, word, gap, ..., word, gap
    ends = list(accumulate(map(len, parts)))  # where each part ends: a word starts where its gap ends
    return ends[0:-1:2], ends[1::2], [word.lower() for word in parts[1::2]]


_article_words = lru_cache(maxsize=4)(_words)
_snippet_words = lru_cache(maxsize=1024)(_words)


# A phrase: the words after the first, the second part of a separable verb, whether it is a
# several-word compound head, its label, whether it is a plural.
_Entry = tuple[tuple[str, ...], tuple[str, ...], bool, str, bool]
# What a word is to a set: the phrases it starts and the heads it ends in, or () for neither (most words).
_WordCues = tuple[()] | tuple[list[_Entry], list[tuple[int, str, bool]]]


class CueSet:
    """Heads, phrases and separable verbs of one kind of cue, looked up word by word.

    Matching works on the words of the text (one pass of a word regex per text, cached),
    with set lookups for whole words and word endings, which is much faster than one big
    regex alternation tried at every character.

    >>> cues = CueSet(heads=["runde"], phrases=["sammelt ... ein", "laut insidern"])
    >>> [(m.text, m.word) for m in cues.find("Laut Insidern sammelt X eine Seed-Runde ein.")]
    [('Laut Insidern', 'Laut Insidern'), ('sammelt', 'sammelt'), ('Runde', 'Seed-Runde')]
    >>> cues.find("Er sammelt Briefmarken.")
    []

    A separable part may be followed by words it must not stand before ("!oben"):

    >>> cues = CueSet(phrases=["schoss ... nach !oben !unten"])
    >>> [m.text for m in cues.find("X schoss 5 Mio. Euro nach. Die Aktie schoss um 14 Prozent nach oben.")]
    ['schoss']

    A particle written with a period must end its clause ("mit." is no preposition before a noun):

    A word of a phrase written with a hyphen first is the end of a hyphenated compound:

    >>> [m.text for m in CueSet(phrases=["prozent der -aktien"]).find("Sie hält 7 Prozent der Tüftelwerk-Aktien.")]
    ['Prozent der Tüftelwerk-Aktien']

    >>> cues = CueSet(phrases=["zogen ... mit."])
    >>> [m.text for m in cues.find("Auch X und Y zogen mit. Viele zogen mit Ankündigungen nach.")]
    ['zogen']
    """

    def __init__(
        self,
        heads: Iterable[str] = (),
        phrases: Iterable[str] = (),
        plural_heads: Iterable[str] = (),
        labels: dict[str, str] | None = None,
    ) -> None:
        labels = {" ".join(k.lower().split()): v for k, v in (labels or {}).items()}
        plural = frozenset(" ".join(h.lower().split()) for h in plural_heads)
        # one-word heads by length, for suffix lookups; several-word heads ("joint venture") as phrases
        self.heads: dict[int, dict[str, list[tuple[str, bool]]]] = {}  # length -> head -> (label, is_plural)
        self.phrases: dict[str, list[_Entry]] = {}
        for head in {" ".join(h.lower().split()) for h in [*heads, *plural_heads]}:
            words = tuple(head.split())
            label = labels.get(head, "")
            if len(words) == 1:
                self.heads.setdefault(len(head), {}).setdefault(head, []).append((label, head in plural))
            else:
                self.phrases.setdefault(words[0], []).append((words[1:], (), True, label, head in plural))
        for phrase in phrases:
            key = " ".join(phrase.lower().split())
            parts = [tuple(p.split()) for p in key.split("...")]
            first, second = parts[0], (parts[1] if len(parts) > 1 else ())
            self.phrases.setdefault(first[0], []).append((first[1:], second, False, labels.get(key, ""), False))
        self._index()

    def _index(self) -> None:
        for (
            entries
        ) in self.phrases.values():  # the most specific reading first: "sollen ... gewesen sein" before "sollen"
            entries.sort(key=lambda e: len(e[0]) + len(e[1]), reverse=True)
        # the heads spelled backwards, letter by letter: a word's last letters lead to every head it ends in,
        # and most words leave the tree after a letter or two; a node's readings sit under the key ""
        self.suffixes: dict[str, Any] = {}
        for length, group in self.heads.items():
            for head, readings in group.items():
                node = self.suffixes
                for char in reversed(head):
                    node = node.setdefault(char, {})
                node[""] = readings
        self._memo: dict[str, _WordCues] = {}
        self._pairs: dict[tuple[str, str | None], list[_Entry]] = {}

    @classmethod
    def union(cls, kinds: dict[str, CueSet]) -> CueSet:
        """One set finding the cues of several, each match labelled with its kind (or its own label).

        >>> both = CueSet.union({"a": CueSet(heads=["runde"]), "b": CueSet(phrases=["seed-runde"])})
        >>> [(m.word, m.label) for m in both.find("Eine Seed-Runde.")]
        [('Seed-Runde', 'b'), ('Seed-Runde', 'a')]
        """
        merged = cls()
        for kind, cues in kinds.items():
            for length, heads in cues.heads.items():
                for head, readings in heads.items():
                    target = merged.heads.setdefault(length, {}).setdefault(head, [])
                    target += [(label or kind, is_plural) for label, is_plural in readings]
            for first, entries in cues.phrases.items():
                merged.phrases.setdefault(first, []).extend((*e[:3], e[3] or kind, e[4]) for e in entries)
        merged._index()
        return merged

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """Every cue in ``text[start:end]``, in text order (one per word and label); offsets refer to ``text``."""
        end = len(text) if end is None else end
        words = word_index(text)
        first, last = bisect_left(words[0], start), bisect_left(words[0], end)
        return self._find_words(text, words, range(first, last), last, end)

    def find_in(self, text: str, bounds: Iterable[tuple[int, int]]) -> list[list[CueMatch]]:
        """:meth:`find` for each stretch ``(start, end)`` of ``text`` (in text order), looking each word up once.

        >>> cues = CueSet(heads=["runde"], phrases=["sammelt ... ein"])
        >>> text = "X sammelt Geld. Die Runde ist ein Erfolg."
        >>> [[m.text for m in found] for found in cues.find_in(text, [(0, 15), (16, 41)])]
        [[], ['Runde']]
        """
        words = word_index(text)
        starts = words[0]
        hits = self._hits(words[2])  # the words with a phrase or head of this set; most have none
        out: list[list[CueMatch]] = []
        for start, end in bounds:
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            inside = hits[bisect_left(hits, first) : bisect_left(hits, last)]
            out.append(self._find_words(text, words, inside, last, end) if inside else [])
        return out

    def _hits(self, lowers: list[str]) -> list[int]:
        """The indices of the words that may start a cue of this set: those ending in a head, and those
        starting a phrase where the word after them can continue it (most "von" and "in" cannot).

        The next word here ignores the bounds of a stretch; within them the phrase may still be cut off.
        """
        memo, lookup, pairs = self._memo, self._cues_of, self._pairs
        # compress() keeps the loop over every word in C; a word not seen before is looked up once
        found = [cues if cues is not None else lookup(word) for word, cues in zip(lowers, map(memo.get, lowers))]
        out: list[int] = []
        last = len(lowers) - 1
        for i in compress(range(len(lowers)), found):
            entries, heads = found[i]
            if not heads:
                word, following = lowers[i], lowers[i + 1] if i < last else None
                candidates = pairs.get((word, following))
                if candidates is None:
                    candidates = self._phrases_before(word, following, entries)
                if not candidates:
                    continue
            out.append(i)
        return out

    def _find_words(
        self, text: str, words: tuple[list[int], list[int], list[str]], indices: Iterable[int], last: int, end: int
    ) -> list[CueMatch]:
        """The cues of the words ``indices`` (ascending) that end by ``end``; phrases may reach to word ``last``."""
        starts, ends, lowers = words
        found: list[CueMatch] = []
        memo, lookup, pairs = self._memo, self._cues_of, self._pairs  # this loop runs for many words of every sentence
        for i in indices:
            if ends[i] > end:
                break
            word = lowers[i]
            cues = memo.get(word)
            if cues is None:
                cues = lookup(word)
            if not cues:
                continue
            entries, heads = cues
            if entries:
                # most phrases fail at their second word ("von" starts many): look up those it can continue
                following = lowers[i + 1] if i + 1 < last and ends[i + 1] <= end else None
                candidates = pairs.get((word, following))
                if candidates is None:
                    candidates = self._phrases_before(word, following, entries)
                seen: set[str] = set()
                for rest, second, is_head, label, is_plural in candidates:
                    if label in seen:
                        continue
                    match = self._phrase_at(text, i, rest, second, is_head, words, last, end)
                    if match is not None:
                        seen.add(label)
                        found.append(CueMatch(starts[i], match, text[starts[i] : match], text[starts[i] : match],
                                              label, is_plural, is_head))  # fmt: skip
            for length, label, is_plural in heads:
                head_start = ends[i] - length
                found.append(CueMatch(head_start, ends[i], text[head_start : ends[i]], text[starts[i] : ends[i]],
                                      label, is_plural, True))  # fmt: skip
        return found

    def _cues_of(self, word: str) -> _WordCues:
        """The phrases starting with a (lower-cased) word and the heads it ends in (see :meth:`_heads_of`).
        Memoized, since news repeats its words; () for the many words with neither."""
        entries = self.phrases.get(word, [])
        heads = self._heads_of(word)
        cues: _WordCues = (entries, heads) if entries or heads else ()
        if len(self._memo) > _MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = cues
        return cues

    def _phrases_before(self, word: str, following: str | None, entries: list[_Entry]) -> list[_Entry]:
        """The phrases starting with ``word`` whose next part ``following`` can be (None: no word follows).
        Memoized by the pair of words; the phrases without a next part always."""
        out = [
            entry
            for entry in entries
            if not entry[0]
            or following is not None
            and (following.endswith(entry[0][0]) if entry[2] and len(entry[0]) == 1 else following == entry[0][0])
        ]
        if len(self._pairs) > _MEMO_WORDS:
            self._pairs.clear()
        self._pairs[(word, following)] = out
        return out

    def _heads_of(self, word: str) -> list[tuple[int, str, bool]]:
        """The heads a (lower-cased) word ends in, the longest of each label: (length, label, is_plural)."""
        ends_in: list[tuple[int, list[tuple[str, bool]]]] = []  # the heads the word ends in, shortest first
        node = self.suffixes
        for length, char in enumerate(reversed(word), 1):
            node = node.get(char)
            if node is None:
                break
            if "" in node:
                ends_in.append((length, node[""]))
        out: list[tuple[int, str, bool]] = []
        seen: set[str] = set()
        n = len(word)
        for length, readings in reversed(ends_in):
            if length <= _SHORT_HEAD and length < n and word[-length - 1] != "-":
                continue
            for label, is_plural in readings:
                if label not in seen:  # the longest head of a kind wins
                    seen.add(label)
                    out.append((length, label, is_plural))
        return out

    @staticmethod
    def _phrase_at(
        text: str, i: int, rest: tuple[str, ...], second: tuple[str, ...], is_head: bool,
        words: tuple[list[int], list[int], list[str]], last: int, end: int,
    ) -> int | None:  # fmt: skip
        """The end of the phrase starting at word ``i``, or None when it does not continue as listed."""
        starts, ends, lowers = words
        j = i + 1
        for k, part in enumerate(rest):
            if j >= last or ends[j] > end:
                return None
            is_final_head = is_head and k == len(rest) - 1
            if not (lowers[j].endswith(part) if is_final_head else lowers[j] == part) and not (
                part[0] == "-" and lowers[j].endswith(part)  # "-anteile": the end of a compound ("Sennhof-Anteile")
            ):
                return None
            j += 1
        phrase_end = ends[j - 1]
        if second:
            stops: frozenset[str] = frozenset()
            if second[-1][0] == "!":  # "schoss ... nach !oben": a particle is none before these words
                stops = frozenset(w[1:] for w in second if w[0] == "!")
                second = tuple(w for w in second if w[0] != "!")
            closing = second[-1][-1] == "."  # "zogen ... mit.": a particle ends its clause
            if closing:
                second = (*second[:-1], second[-1][:-1])
            reach = phrase_end + _SEPARABLE_REACH
            n = len(second)
            for m in range(j, last):
                if starts[m] > reach or ends[m] > end:
                    return None
                if lowers[m] == second[0] and tuple(lowers[m : m + n]) == second:
                    if stops and m + n < last and lowers[m + n] in stops:
                        continue  # "schoss ... um 14 Prozent nach oben": a price rising, no capital paid in
                    if closing and ends[m + n - 1] < len(text) and text[ends[m + n - 1]] not in _CLAUSE_ENDS:
                        continue  # "ziehen mit Ankündigungen nach": a preposition, no particle
                    return phrase_end
            return None
        return phrase_end

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(text, start, end))
