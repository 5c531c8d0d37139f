"""Cleaning: drop lines that are not article content (paywall offers, photo credits, ads,
table-of-contents stubs, donation appeals), driven by rules/boilerplate.yaml.

The cleaned text is what the pipeline stores and what every character offset refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "boilerplate.yaml"
# Only short lines can be boilerplate; a long line is content whatever it contains.
MAX_BOILERPLATE_LINE = 300
# Runs of blank lines (whitespace-only lines are already emptied) collapse to one paragraph break.
BLANK_LINES = re.compile(r"\n{3,}")


@dataclass
class Cleaned:
    text: str
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (category, line)


class RulesError(ValueError):
    """rules/boilerplate.yaml is malformed; the message names the category and pattern."""


@lru_cache(maxsize=None)
def boilerplate_pattern() -> re.Pattern[str]:
    """One compiled alternation of every rule, each group named by its category.

    Each pattern is compiled on its own first, so a broken rule is reported by name instead
    of failing every article with an obscure error from the combined expression.
    """
    with open(RULES_FILE, encoding="utf-8") as handle:
        rules = yaml.safe_load(handle)
    if not isinstance(rules, dict) or not rules:
        raise RulesError(f"{RULES_FILE}: expected categories mapping to lists of patterns")
    parts = []
    for category, patterns in rules.items():
        if not isinstance(category, str) or not category.isidentifier():
            raise RulesError(f"{RULES_FILE}: category {category!r} must be a name of letters, digits and underscores")
        if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
            raise RulesError(f"{RULES_FILE}: category {category!r} must be a list of non-empty patterns")
        for number, pattern in enumerate(patterns, start=1):
            try:
                compiled = re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise RulesError(f"{RULES_FILE}: {category} pattern {number} ({pattern!r}) is not a valid regular expression: {exc}") from None
            if compiled.groupindex:
                raise RulesError(f"{RULES_FILE}: {category} pattern {number} must not name groups (the category names the match)")
        parts.append(f"(?P<{category}>{'|'.join(f'(?:{p})' for p in patterns)})")
    return re.compile("|".join(parts), re.IGNORECASE)


def clean(text: str) -> Cleaned:
    """Drop boilerplate lines and surrounding blank space; keep paragraph structure.

    >>> clean("Anthropic sammelt Geld ein.\\nFoto: Max Muster / dpa\\nAnzeige\\n\\nDer Rest folgt.").text
    'Anthropic sammelt Geld ein.\\n\\nDer Rest folgt.'
    """
    pattern = boilerplate_pattern()
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_BOILERPLATE_LINE:
            match = pattern.fullmatch(stripped)
            if match:
                dropped.append((match.lastgroup or "boilerplate", stripped))
                continue
        kept.append(line.rstrip())
    cleaned = BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
    return Cleaned(cleaned, dropped)
