"""Cue matching for the deal rules: find listed words, compound heads and separable verbs in text.

A :class:`CueSet` looks words up in a per-text word index (one regex pass per text, cached)
instead of trying a large regex alternation at every character. The matching conventions
(compound heads, whole phrases, separable verbs) are described at the top of rules/deals.yaml.
Nothing here knows about spaCy or about deals.

>>> cues = CueSet(heads=["finanzierungsrunde"], phrases=["sammelte ... ein"])
>>> [(m.text, m.word) for m in cues.find("Die Firma sammelte in der Anthropic-Finanzierungsrunde Geld ein.")]
[('sammelte', 'sammelte'), ('Finanzierungsrunde', 'Anthropic-Finanzierungsrunde')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

# Heads this short must start a word or follow a hyphen ("Compute-Deal" but not "ideal").
_SHORT_HEAD = 5
# Words whose heads a CueSet remembers before it starts afresh (bounds memory on large corpora).
_MEMO_WORDS = 200_000
# How far the second part of a separable verb may follow its first part ("sammelte ... ein").
_SEPARABLE_REACH = 200


@dataclass(frozen=True)
class CueMatch:
    """One cue found in a text: ``start``/``end`` of the cue itself, ``word`` the whole word around a head."""

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


_WORD = re.compile(r"\w+(?:-\w+)*")


def word_index(text: str) -> tuple[list[int], list[int], list[str]]:
    """Start and end offsets and lower-cased forms of the words of ``text`` (hyphenated compounds are one word).

    Cached: whole articles and short snippets in caches of their own, so that looking up a
    name never pushes the article out.
    """
    return _article_words(text) if len(text) > _SNIPPET else _snippet_words(text)


_SNIPPET = 300


def _words(text: str) -> tuple[list[int], list[int], list[str]]:
    spans = [m.span() for m in _WORD.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans], [text[a:b].lower() for a, b in spans]


_article_words = lru_cache(maxsize=4)(_words)
_snippet_words = lru_cache(maxsize=1024)(_words)


# A phrase: the words after the first, the second part of a separable verb, whether it is a
# several-word compound head, its label, whether it is a plural.
_Entry = tuple[tuple[str, ...], tuple[str, ...], bool, str, bool]


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
        self.lengths = sorted(self.heads, reverse=True)
        # the last letters every head ends in: one set lookup rules out most words
        self.tail = min(self.heads, default=0)
        self.tails = {h[-self.tail :] for group in self.heads.values() for h in group}
        self._memo: dict[str, list[tuple[int, str, bool]]] = {}

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
        starts, ends, lowers = word_index(text)
        found: list[CueMatch] = []
        first = bisect_left(starts, start)
        last = bisect_left(starts, end)
        phrases, memo = self.phrases, self._memo  # this loop runs for every word of every sentence
        for i in range(first, last):
            if ends[i] > end:
                break
            word = lowers[i]
            entries = phrases.get(word)
            if entries:
                seen: set[str] = set()
                for rest, second, is_head, label, is_plural in entries:
                    if label in seen:
                        continue
                    match = self._phrase_at(i, rest, second, is_head, starts, ends, lowers, last, end)
                    if match is not None:
                        seen.add(label)
                        found.append(CueMatch(starts[i], match, text[starts[i] : match], text[starts[i] : match],
                                              label, is_plural, is_head))  # fmt: skip
            heads = memo.get(word)
            if heads is None:
                heads = self._heads_of(word)
            for length, label, is_plural in heads:
                head_start = ends[i] - length
                found.append(CueMatch(head_start, ends[i], text[head_start : ends[i]], text[starts[i] : ends[i]],
                                      label, is_plural, True))  # fmt: skip
        return found

    def _heads_of(self, word: str) -> list[tuple[int, str, bool]]:
        """The heads a (lower-cased) word ends in, the longest of each label: (length, label, is_plural).
        Memoized, since news repeats its words."""
        out: list[tuple[int, str, bool]] = []
        n = len(word)
        if self.tail and n >= self.tail and word[-self.tail :] in self.tails:
            seen: set[str] = set()
            for length in self.lengths:
                if length > n or (length <= _SHORT_HEAD and length < n and word[-length - 1] != "-"):
                    continue
                for label, is_plural in self.heads[length].get(word[-length:], ()):
                    if label not in seen:  # the longest head of a kind wins
                        seen.add(label)
                        out.append((length, label, is_plural))
        if len(self._memo) > _MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = out
        return out

    @staticmethod
    def _phrase_at(
        i: int, rest: tuple[str, ...], second: tuple[str, ...], is_head: bool,
        starts: list[int], ends: list[int], lowers: list[str], last: int, end: int,
    ) -> int | None:  # fmt: skip
        """The end of the phrase starting at word ``i``, or None when it does not continue as listed."""
        j = i + 1
        for k, part in enumerate(rest):
            if j >= last or ends[j] > end:
                return None
            is_final_head = is_head and k == len(rest) - 1
            if not (lowers[j].endswith(part) if is_final_head else lowers[j] == part):
                return None
            j += 1
        phrase_end = ends[j - 1]
        if second:
            reach = phrase_end + _SEPARABLE_REACH
            for m in range(j, last):
                if starts[m] > reach or ends[m] > end:
                    return None
                if tuple(lowers[m : m + len(second)]) == second:
                    return phrase_end
            return None
        return phrase_end

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(text, start, end))
