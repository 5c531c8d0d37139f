"""Canonical names (pipeline/names.py) and the integrity of the gazetteer data (rules/gazetteer/)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.gazetteer import GAZETTEER_DIR, load_gazetteer, load_given_names, parse_gazetteer_line
from pipeline.names import (
    canonical_name,
    clean_surface,
    lookup_alias,
    role_compound_target,
    split_compound,
    strip_legal_form,
)

CANONICAL_NAMES = [
    # spelling variants and abbreviations from the gazetteer
    ("Softbank", "SoftBank"),
    ("SOFTBANK", "SoftBank"),
    ("WSJ", "Wall Street Journal"),
    ("das Wall Street Journal", "Wall Street Journal"),
    ("Internationalen Währungsfonds", "IWF"),
    ("Europäische Zentralbank", "EZB"),
    ("a16z", "Andreessen Horowitz"),
    ("Münchener Rück", "Münchener Rück"),
    ("Munich Re", "Münchener Rück"),
    # genitive and possessive
    ("Amazons", "Amazon"),
    ("Anthropics", "Anthropic"),
    ("Moody's", "Moody's"),
    ("Nvidias", "Nvidia"),
    ("Elon Musks", "Elon Musk"),
    ("Masayoshi Sons", "Masayoshi Son"),
    ("Siemens", "Siemens"),
    # legal forms
    ("Carlsberg A/S", "Carlsberg"),
    ("Apple Inc.", "Apple"),
    ("Quantilo GmbH", "Quantilo"),
    ("Hopfenglück GmbH & Co. KG", "Hopfenglück"),
    ("Nordlicht Capital", "Nordlicht Capital"),
    # descriptor and role compounds
    ("OpenAI-Rivalin Anthropic", "Anthropic"),
    ("die Google-Mutter", "Alphabet"),
    ("der Claude-Entwickler", "Anthropic"),
    ("der ChatGPT-Maker", "OpenAI"),
    ("Facebook-Mutterkonzern", "Meta"),
    ("Amazon-Manager", "Amazon"),
    ("Anthropic-Chef Dario Amodei", "Dario Amodei"),
    ("Der Konzern Quantilo", "Quantilo"),
    # adjectives inflected after der/des/dem/den; one exchange under two names
    ("der Neuen Zürcher Zeitung", "Neue Zürcher Zeitung"),
    ("Deutschen Börse", "Deutsche Börse"),
    ("Vereinigten Staaten", "USA"),
    ("Frankfurter Wertpapierbörse", "Frankfurter Börse"),
    # a descriptor before a legal form alone is the name
    ("Zuger Holding AG", "Zuger Holding"),
    ("Der Versorger Alpenwatt AG", "Alpenwatt"),
    # unknown names stay as written, cleaned
    ("„Veltrona“", "Veltrona"),
    ("  Brandtner   Logistik ", "Brandtner Logistik"),
]


@pytest.mark.parametrize("surface, expected", CANONICAL_NAMES, ids=[c[0] for c in CANONICAL_NAMES])
def test_names_canonical_name(surface: str, expected: str) -> None:
    assert canonical_name(surface) == expected


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("die „Google-Mutter“,", "Google-Mutter"),
        ("Der Spiegel", "Der Spiegel"),
        ("dem Handelsblatt.", "Handelsblatt"),
        ("Apple Inc.", "Apple Inc."),
        ("", ""),
    ],
    ids=["quotes-and-article", "capitalized-article-kept", "trailing-period", "abbreviation-period-kept", "empty"],
)
def test_names_clean_surface(surface: str, expected: str) -> None:
    assert clean_surface(surface) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Carlsberg A/S", "Carlsberg"),
        ("Volvo AB", "Volvo"),
        ("Merck KGaA", "Merck"),
        ("Apple, Inc.", "Apple"),
        ("Müller GmbH & Co. KG", "Müller"),
        ("Lux Capital", "Lux Capital"),
        ("SE", "SE"),
    ],
    ids=["a-s", "ab", "kgaa", "comma-inc", "gmbh-co-kg", "capital-is-no-legal-form", "only-legal-form"],
)
def test_names_strip_legal_form(name: str, expected: str) -> None:
    assert strip_legal_form(name) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Google-Mutter", "Alphabet"),
        ("YouTube-Mutter", "Alphabet"),
        ("Instagram-Mutterkonzern", "Meta"),
        ("ChatGPT-Entwickler", "OpenAI"),
        ("iPhone-Hersteller", "Apple"),
        ("Claude-Macher", "Anthropic"),
        ("Amazon-Manager", None),
        ("Veltrona-Mutter", None),
        ("Mutter", None),
    ],
    ids=["parent", "parent-of-subsidiary", "mutterkonzern", "maker", "hersteller", "macher", "no-role-noun", "unknown", "no-compound"],
)
def test_names_role_compound_target(word: str, expected: str | None) -> None:
    assert role_compound_target(word) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("OpenAI-Rivalin", ("OpenAI", "Rivalin")), ("Mercedes-Benz-Chef", ("Mercedes-Benz", "Chef")), ("Tesla", ("", "Tesla"))],
    ids=["two-parts", "three-parts", "single"],
)
def test_names_split_compound(word: str, expected: tuple[str, str]) -> None:
    assert split_compound(word) == expected


@pytest.mark.parametrize(
    "surface, label",
    [("ChatGPT", "MISC"), ("Texas", "LOC"), ("Gita Gopinath", "PER"), ("Handelsblatt", "ORG"), ("Rechenzentren", None)],
    ids=["product", "place", "person", "outlet", "german-noun"],
)
def test_names_lookup_alias_label(surface: str, label: str | None) -> None:
    entry = lookup_alias(surface)
    assert (entry.label if entry else None) == label


# ---------------------------------------------------------------- gazetteer data


def test_gazetteer_covers_at_least_1500_organizations_and_people() -> None:
    entries = load_gazetteer().entries
    assert sum(1 for e in entries if e.label in ("ORG", "PER")) >= 1500


def test_gazetteer_has_no_alias_naming_two_entries() -> None:
    assert load_gazetteer().conflicts == []


def test_gazetteer_relations_point_to_organizations() -> None:
    gazetteer = load_gazetteer()
    for entry in gazetteer.entries:
        for target in (entry.maker, entry.parent):
            if target is not None:
                related = gazetteer.by_canonical.get(target)
                assert related is not None and related.label == "ORG", (entry.canonical, target)


def test_gazetteer_files_have_five_columns_at_most() -> None:
    for path in GAZETTEER_DIR.glob("*.tsv"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line and not line.startswith("#"):
                assert len(line.split("\t")) <= 5, f"{path.name}:{number}"


def test_gazetteer_products_and_companies_are_no_given_names() -> None:
    # "Claude 3.7 Sonnet" must not become a person: unambiguous product/company names are no first names.
    gazetteer = load_gazetteer()
    clashes = {
        name
        for name in load_given_names()
        if (entry := gazetteer.lookup(name)) is not None
        and entry.label in ("ORG", "MISC")
        and not entry.is_ambiguous_alias(name)
    }
    assert clashes == set()


@pytest.mark.parametrize(
    "line",
    ["Acme\tCOMPANY\ttech", "Acme"],
    ids=["unknown-type", "missing-type"],
)
def test_gazetteer_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(ValueError):
        parse_gazetteer_line(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("Aa- .,'’„“sS&/") + ["GmbH", "-Mutter", "OpenAI", "der ", "Inc."]), max_size=15).map("".join))
def test_names_canonical_name_never_raises(surface: str) -> None:
    assert isinstance(canonical_name(surface), str)
