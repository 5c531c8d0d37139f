"""Canonical names for parties: pure string functions plus a gazetteer lookup.

``canonical_name`` is the one entry point other stages use ("Softbank" -> "SoftBank",
"die Google-Mutter" -> "Alphabet", "Carlsberg A/S" -> "Carlsberg"). The data it relies on
lives in rules/gazetteer/*.tsv (aliases) and rules/party_patterns.yaml (legal forms, role nouns).

>>> canonical_name("Softbank")
'SoftBank'
>>> canonical_name("OpenAI-Rivalin Anthropic")
'Anthropic'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from pipeline.gazetteer import Entry, load_gazetteer, load_party_patterns

# Quotes, brackets and trailing punctuation around a name as written in news text.
_STRIP_CHARS = " \t\n\r„“”\"'‚‘’»«()[]{},;:!?–—"
_LEADING_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen the".split()
)
_APOSTROPHE_GENITIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_surface(text: str) -> str:
    """Collapse whitespace, drop quotes, brackets, trailing punctuation and leading articles.

    >>> clean_surface("  die „Google-Mutter“, ")
    'Google-Mutter'
    >>> clean_surface("Der Spiegel")
    'Der Spiegel'
    >>> clean_surface("dem Wall Street Journal.")
    'Wall Street Journal'
    """
    name = " ".join(text.split()).strip(_STRIP_CHARS)
    if name.endswith(".") and not _ends_with_abbreviation(name):
        name = name[:-1]
    words = name.split(" ")
    # Only lowercase articles are dropped: a capitalized one may belong to the name ("Der Spiegel").
    while len(words) > 1 and words[0] in _LEADING_WORDS:
        words = words[1:]
    return " ".join(words).strip(_STRIP_CHARS)


def _ends_with_abbreviation(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1]
    return last in _legal_forms() or bool(re.fullmatch(r"(?:\w\.)+", last))


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[str, ...]:
    forms: list[str] = load_party_patterns()["legal_forms"]
    return tuple(sorted(forms, key=len, reverse=True))


def strip_legal_form(name: str) -> str:
    """Drop a trailing legal form (AG, SE, GmbH, Inc., A/S ...), keeping at least one word.

    >>> strip_legal_form("Carlsberg A/S")
    'Carlsberg'
    >>> strip_legal_form("Müller GmbH & Co. KG")
    'Müller'
    >>> strip_legal_form("Apple, Inc.")
    'Apple'
    >>> strip_legal_form("AG")
    'AG'
    """
    for form in _legal_forms():
        if name.endswith(" " + form):
            stripped = name[: -len(form)].rstrip(" ,")
            if stripped:
                return stripped
    return name


def split_compound(word: str) -> tuple[str, str]:
    """Split a hyphen compound into its modifier and its head noun.

    >>> split_compound("OpenAI-Rivalin")
    ('OpenAI', 'Rivalin')
    >>> split_compound("Daimler-Truck-Chef")
    ('Daimler-Truck', 'Chef')
    >>> split_compound("Anthropic")
    ('', 'Anthropic')
    """
    modifier, _, head = word.rpartition("-")
    return modifier, head


def noun_pattern(nouns: Sequence[str], compound_heads: Sequence[str] = ()) -> re.Pattern[str]:
    """A regex matching a word that ENDS with one of ``nouns`` plus an optional German inflection;
    ``compound_heads`` only count as the end of a longer word ("Roboterbauer", not "Bauer").

    >>> noun_pattern(["konzern", "start-up"]).search("Tech-Konzerns") is not None
    True
    >>> noun_pattern(["chef"]).search("Chefkoch") is None
    True
    >>> heads = noun_pattern(["konzern"], compound_heads=["bauer"])
    >>> [heads.search(word) is not None for word in ("Roboterbauer", "Anlagen-Bauern", "Bauer")]
    [True, True, False]
    """
    alternatives = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    if compound_heads:
        heads = "|".join(re.escape(noun) for noun in sorted(compound_heads, key=len, reverse=True))
        # A fixed-width lookbehind: at least two characters of the compound before the head.
        alternatives = f"{alternatives}|(?<=\\w\\w|\\w-)(?:{heads})"
    return re.compile(rf"(?:{alternatives})(?:s|es|n|en|e|ns)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = load_party_patterns()["role_nouns"]
    return noun_pattern(roles["maker"]), noun_pattern(roles["parent"])


@lru_cache(maxsize=1)
def _phrase_heads() -> re.Pattern[str]:
    patterns = load_party_patterns()
    return noun_pattern(
        patterns["descriptor_nouns"] + patterns["person_roles"] + patterns["org_compound_heads"],
        compound_heads=patterns["descriptor_compound_heads"],
    )


def role_compound_target(word: str) -> str | None:
    """The company a role-noun compound names: the maker of a product or the parent of a company.

    >>> role_compound_target("Google-Mutter")
    'Alphabet'
    >>> role_compound_target("ChatGPT-Maker")
    'OpenAI'
    >>> role_compound_target("Claude-Entwickler")
    'Anthropic'
    >>> role_compound_target("Amazon-Manager") is None
    True
    """
    modifier, head = split_compound(word)
    if not modifier:
        return None
    entry = lookup_alias(modifier)
    if entry is None:
        return None
    maker_nouns, parent_nouns = _role_nouns()
    if entry.parent and parent_nouns.fullmatch(head):
        return entry.parent
    if entry.maker and maker_nouns.fullmatch(head):
        return entry.maker
    return None


def lookup_alias(surface: str) -> Entry | None:
    """The gazetteer entry for a name as written, also in the genitive ("Amazons", "Moody's").

    >>> lookup_alias("Amazons").canonical
    'Amazon'
    >>> lookup_alias("Masayoshi Sons").canonical
    'Masayoshi Son'
    >>> lookup_alias("Siemens").canonical
    'Siemens'
    >>> lookup_alias("Rechenzentren") is None
    True
    """
    if not surface:
        return None
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup(surface)
    if entry is not None:
        return entry
    without = _APOSTROPHE_GENITIVE.sub("", surface)
    if without != surface:
        return gazetteer.lookup(without)
    if surface.endswith("s") and len(surface) > 3:
        return gazetteer.lookup(surface[:-1])
    return None


def canonical_name(surface: str) -> str:
    """The canonical name of a party as written: the gazetteer name, else the cleaned surface.

    >>> canonical_name("die Google-Mutter")
    'Alphabet'
    >>> canonical_name("der ChatGPT-Entwickler")
    'OpenAI'
    >>> canonical_name("Amazons")
    'Amazon'
    >>> canonical_name("Amazon-Manager")
    'Amazon'
    >>> canonical_name("Anthropic-Chef Dario Amodei")
    'Dario Amodei'
    >>> canonical_name("Carlsberg A/S")
    'Carlsberg'
    >>> canonical_name("Fluidstack Inc.")
    'Fluidstack'
    >>> canonical_name("WSJ")
    'Wall Street Journal'
    >>> canonical_name("Elon Musks")
    'Elon Musk'
    >>> canonical_name("Hamburger Roboterbauer Nordlicht Robotics")
    'Nordlicht Robotics'
    >>> canonical_name("Der Münchner Zahlungsdienstleister Vorana Pay")
    'Vorana Pay'
    >>> canonical_name("Zuger Holding AG"), canonical_name("Holding AG")
    ('Zuger Holding', 'Holding')
    """
    name = clean_surface(surface)
    if not name:
        return name
    entry = lookup_alias(name)
    if entry is not None:
        return entry.canonical
    words = name.split(" ")
    if len(words) == 1 and "-" in name:
        target = role_compound_target(name)
        if target is not None:
            return target
        modifier, head = split_compound(name)
        if modifier and _phrase_heads().fullmatch(head):
            return canonical_name(modifier)
    if len(words) > 2 and words[0].lower() in _LEADING_WORDS and _phrase_heads().search(words[1]):
        words = words[1:]  # "Der Konzern Quantilo": a capitalized article before a descriptor
    if len(words) > 3 and words[0].lower() in _LEADING_WORDS and _phrase_heads().search(words[2]):
        words = words[1:]  # "Der Hamburger Roboterbauer Nordlicht Robotics"
    names_after_head = len(words) > 2 and " ".join(words[2:]) not in _legal_forms()  # "Zuger Holding AG" keeps both
    if names_after_head and _is_adjective_before_noun(words[0]) and _phrase_heads().search(words[1]):
        words = words[1:]  # "Hamburger Roboterbauer Nordlicht Robotics": the adjective describes too
    if len(words) > 1 and _phrase_heads().search(words[0]) and " ".join(words[1:]) not in _legal_forms():
        # "OpenAI-Rivalin Anthropic", "Konzern Siemens": the name follows the descriptor.
        return canonical_name(" ".join(words[1:]))
    stripped = strip_legal_form(name)
    if stripped != name:
        return canonical_name(stripped)
    return _APOSTROPHE_GENITIVE.sub("", name)


def _is_adjective_before_noun(word: str) -> bool:
    """A capitalized place adjective or similar in "-er" before a descriptor ("Hamburger", "Kieler").

    >>> _is_adjective_before_noun("Münchner"), _is_adjective_before_noun("Nordlicht")
    (True, False)
    """
    return len(word) > 4 and word.endswith("er") and word[0].isupper() and word[1:].islower()
