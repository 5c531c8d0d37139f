"""Cleaning: each boilerplate category of rules/boilerplate.yaml drops its lines and keeps article lines."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline import cleaning
from pipeline.cleaning import RulesError, clean

# (category, line that must go)
DROPPED = [
    ("paywall", "WiWo+"),
    ("paywall", "FAZ +"),
    ("paywall", "Jetzt weiterlesen"),
    ("paywall", "Jetzt abonnieren und weiterlesen"),
    ("paywall", "Jetzt testen: 4 Wochen für 1 €"),
    ("paywall", "Weiterlesen mit SZ Plus"),
    ("paywall", "4 Wochen für 1 € testen"),
    ("paywall", "30 Tage kostenlos testen, danach 9,99 € im Monat"),
    ("paywall", "Vollen Zugriff auf alle Plus-Artikel"),
    ("paywall", "Unbegrenzten Zugang zu allen Inhalten sichern"),
    ("paywall", "Nur 2,99 € im Monat, monatlich kündbar."),
    ("paywall", "Jederzeit kündbar."),
    ("paywall", "Bereits Abonnent? Hier anmelden"),
    ("paywall", "Dieser Artikel ist exklusiv für Abonnenten"),
    ("paywall", "Alle Artikel ohne Paywall"),
    ("credits", "Foto: Anna Beispiel / dpa"),
    ("credits", "Bild: picture alliance"),
    ("credits", "Quelle: Unternehmensangaben"),
    ("credits", "© Reuters"),
    ("credits", "(c) 2025 Verlagsgruppe Beispiel"),
    ("credits", "Copyright: dpa"),
    ("credits", "Max Muster / dpa"),
    ("credits", "IMAGO/Beispielfoto"),
    ("credits", "picture alliance/AP"),
    ("ads", "Anzeige"),
    ("ads", "WERBUNG"),
    ("ads", "Sponsored"),
    ("navigation", "Inhaltsverzeichnis"),
    ("navigation", "Inhalt"),
    ("navigation", "Ein Beitrag von:"),
    ("navigation", "Mehr zum Thema:"),
    ("navigation", "Mehr zum Thema: Fondsanbieter Lindwurm sammelt 2 Milliarden Euro für neuen Europa-Fonds ein"),
    ("navigation", "Lesen Sie auch: Warum die Fusion scheiterte"),
    ("navigation", "Artikel teilen"),
    ("navigation", "Kommentare"),
    ("navigation", "Newsletter"),
    ("navigation", "Newsletter abonnieren"),
    ("navigation", "Newsletter: Die wichtigsten Wirtschaftsnachrichten am Morgen"),
    ("donation", "Unsere Inhalte sind für alle kostenlos. Bitte helfen Sie uns."),
    ("donation", "Wenn Ihnen der Text gefällt, freuen wir uns über eine kleine Spende."),
    ("donation", "Jeder Euro hilft!"),
    ("donation", "Jeder Beitrag zählt – danke"),
    ("donation", "Jetzt unterstützen!"),
    ("donation", "Spenden mit PayPal"),
]

# Article lines that look like boilerplate at first sight. Grouped by where they came from.
BUGS_CAUGHT = [  # dropped by the first version of the rules
    ("copyright_word", "Copyrightverletzungen kosten die Musikbranche 3 Mrd. Euro im Jahr."),
    ("copyright_compound", "Copyright-Streit: Verlage verklagen den KI-Anbieter"),
    ("enumeration_c", "(c) die Übernahme der Pharmasparte für 2 Mrd. Euro"),
    ("newsletter_company", "Newsletter-Anbieter Briefkasten wird für 120 Mio. Dollar verkauft."),
    ("zugang_markets", "Zugang zu allen Märkten ist für die Bank entscheidend."),
    ("jetzt_testen_sentence", "Jetzt testen die Autobauer die neue Batterie im Feldversuch."),
    ("agency_in_sentence", "Die Aktie legte um 4 Prozent zu, berichtet Reuters/dpa"),
    ("jeder_euro_sentence", "Jeder Euro zählt für das Start-up, sagt der Gründer."),
    ("lesen_sie_auch_sentence", "Lesen Sie auch, was der Vorstand zur Dividende sagt: sie steigt."),
    ("zum_thema_sentence", "Mehr zum Thema Wasserstoff will der Konzern im Mai sagen."),
    ("wochen_gratis_sentence", "3 Monate gratis: So lockt der Mobilfunker neue Kunden."),
]
NEW = [
    ("long_line", ("Anzeige " + "Der Konzern investiert 5 Mrd. Euro in neue Werke in Sachsen. " * 6).strip()),
    ("werbung_sentence", "Werbung macht 40 Prozent des Umsatzes der Plattform aus."),
    ("inhalte_sentence", "Inhalte der Vereinbarung sind vertraulich."),
    ("teilen_sentence", "Teilen will die Bank ihre Fondssparte nicht."),
    ("spenden_sentence", "Spenden an die Stiftung stiegen auf 5 Mio. Euro."),
    ("dateline_agency", "Frankfurt/Main (dpa) - Die Deutsche Bank übernimmt einen Vermögensverwalter."),
    ("plus_in_name", "Disney+ gewinnt im Quartal 8 Millionen Abonnenten hinzu."),
    ("kuendbar_sentence", "Monatlich kündbar ist der neue Kredit der Sparkasse nicht."),
    ("paywall_sentence", "Ohne Paywall geht es nicht, sagt der Verleger."),
    ("credit_after_sentence", "Der Umsatz stieg kräftig an. Foto/dpa"),
    ("merken_sentence", "Merken Sie sich den 5. Mai: dann zahlt der Konzern 2 Mrd. Euro Dividende."),
]
KEPT = BUGS_CAUGHT + NEW


@pytest.mark.parametrize("category,line", DROPPED, ids=[f"{c}-{line[:30]}" for c, line in DROPPED])
def test_cleaning_drops_boilerplate_line(category, line):
    cleaned = clean(f"Die Bank zahlt 5 Mio. Euro.\n{line}\nDer Rest folgt.")
    assert cleaned.text == "Die Bank zahlt 5 Mio. Euro.\nDer Rest folgt."
    assert cleaned.dropped == [(category, line)]


@pytest.mark.parametrize("line", [line for _, line in KEPT], ids=[i for i, _ in KEPT])
def test_cleaning_keeps_article_line(line):
    text = f"Die Bank zahlt 5 Mio. Euro.\n{line}\nDer Rest folgt."
    cleaned = clean(text)
    assert cleaned.dropped == []
    assert cleaned.text == text


def test_cleaning_every_category_has_cases():
    with open(cleaning.RULES_FILE, encoding="utf-8") as handle:
        categories = set(yaml.safe_load(handle))
    assert categories == {category for category, _ in DROPPED}


def test_cleaning_keeps_paragraphs_and_collapses_blank_runs():
    text = "Erster Absatz.\n\n\n\nAnzeige\n\n\nZweiter Absatz.  \n   \nDritter."
    assert clean(text).text == "Erster Absatz.\n\nZweiter Absatz.\n\nDritter."


def test_cleaning_all_boilerplate_leaves_nothing():
    assert clean("Anzeige\nFoto: dpa\n\nJetzt weiterlesen\n").text == ""


@pytest.mark.parametrize(
    "rules,complaint",
    [
        ("ads: ['(unclosed']", "ads pattern 1"),
        ("bad-name: ['x']", "bad-name"),
        ("ads: 'anzeige'", "list"),
        ("ads: ['(?P<inner>x)']", "must not name groups"),
        ("- just a list", "categories"),
    ],
    ids=["invalid_regex", "category_not_a_name", "patterns_not_a_list", "named_group", "not_a_mapping"],
)
def test_cleaning_malformed_rules_are_reported_by_name(tmp_path, monkeypatch, rules, complaint):
    path = tmp_path / "boilerplate.yaml"
    path.write_text(rules, encoding="utf-8")
    monkeypatch.setattr(cleaning, "RULES_FILE", Path(path))
    cleaning.boilerplate_pattern.cache_clear()
    try:
        with pytest.raises(RulesError, match=complaint):
            cleaning.boilerplate_pattern()
    finally:
        monkeypatch.undo()
        cleaning.boilerplate_pattern.cache_clear()
