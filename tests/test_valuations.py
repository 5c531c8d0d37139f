"""Company valuations found by the full rules-only pipeline in German sentences written for these tests.

Each case: the text, then the expected valuations as (company, amount text, status, kind),
and for linked cases the target of the deal the valuation belongs to.
"""

from __future__ import annotations

import pytest

from pipeline.facts import Valuation

Expected = tuple[str | None, str, str, str]


def record(valuation: Valuation) -> Expected:
    return (valuation.company, valuation.amount.text, valuation.status, valuation.kind)


VALUATIONS = [
    pytest.param(
        "Celonis wird in der neuen Finanzierungsrunde mit 13 Mrd. Dollar bewertet.",
        [("Celonis", "13 Mrd. Dollar", "completed", "unknown")],
        id="bewertet-mit",
    ),
    pytest.param(
        "Helsing sammelte 450 Mio. Euro ein, die Bewertung liegt nun bei 5 Mrd. Euro.",
        [("Helsing", "5 Mrd. Euro", "completed", "unknown")],
        id="bewertung-with-round",
    ),
    pytest.param(
        "Die Pre-Money-Bewertung von DeepL lag bei 2 Mrd. Dollar.",
        [("DeepL", "2 Mrd. Dollar", "completed", "pre")],
        id="pre-money",
    ),
    pytest.param(
        "Nach der Finanzierung wird Aleph Alpha mit 1 Mrd. Euro bewertet.",
        [("Aleph Alpha", "1 Mrd. Euro", "completed", "post")],
        id="post-money",
    ),
    pytest.param(
        "Laut Insidern strebt Mistral AI eine Bewertung von 10 Mrd. Euro an.",
        [("Mistral AI", "10 Mrd. Euro", "rumored", "unknown")],
        id="target-valuation-rumored",
    ),
    pytest.param(
        "N26 will bei der nächsten Runde auf eine Bewertung von 9 Mrd. Dollar kommen.",
        [("N26", "9 Mrd. Dollar", "planned", "unknown")],
        id="target-valuation-planned",
    ),
    pytest.param(
        "Der Börsenwert von Rheinmetall stieg zuletzt auf über 80 Mrd. Euro.",
        [("Rheinmetall", "über 80 Mrd. Euro", "completed", "unknown")],
        id="boersenwert-von",
    ),
    pytest.param(
        "Nvidia ist inzwischen mehr als 4 Billionen Dollar wert.",
        [("Nvidia", "mehr als 4 Billionen Dollar", "completed", "unknown")],
        id="wert",
    ),
    pytest.param(
        "Berichten zufolge sammelt Helsing 600 Mio. Euro ein. Damit klettert die Bewertung der Firma auf 12 Mrd. Euro.",
        [("Helsing", "12 Mrd. Euro", "rumored", "unknown")],
        id="status-from-linked-round",
    ),
    pytest.param(
        "Der Wert von Celonis wird auf 13 Mrd. Dollar geschätzt.",
        [("Celonis", "13 Mrd. Dollar", "completed", "unknown")],
        id="geschaetzt",
    ),
    pytest.param(
        "Das Kölner Start-up Fluxmint hat 25 Mio. Euro eingesammelt. Vor dem Einstieg der neuen Geldgeber hatten die "
        "Beteiligten den Wert des Unternehmens auf rund 180 Mio. Euro taxiert.",
        [("Fluxmint", "rund 180 Mio. Euro", "completed", "pre")],
        id="taxiert",
    ),
    pytest.param(
        "Die Offerte bewertet die Vollmer AG insgesamt mit rund 612 Millionen Euro, umgerechnet sind das gut 515 "
        "Millionen Pfund.",
        [("Vollmer", "rund 612 Millionen Euro", "completed", "unknown")],
        id="a-worth-restated-in-another-currency-once",
    ),
    pytest.param(
        "Apple ist an der Börse mehr als 3 Billionen Dollar wert, Microsoft kommt auf 3,2 Billionen Dollar.",
        [
            ("Apple", "mehr als 3 Billionen Dollar", "completed", "unknown"),
            ("Microsoft", "3,2 Billionen Dollar", "completed", "unknown"),
        ],
        id="two-companies-one-sentence",
    ),
    pytest.param(
        "SAP gehört zu den Geldgebern von DeepL, dessen Bewertung zuletzt bei 2 Mrd. Dollar lag.",
        [("DeepL", "2 Mrd. Dollar", "completed", "unknown")],
        id="apposition-of-stake-target",
    ),
    pytest.param(
        "Das Start-up Lerova sammelt 50 Mio. Euro ein. Vor der Finanzierung bewerteten die Geldgeber Lerova mit "
        "400 Mio. Euro (Pre-Money).",
        [("Lerova", "400 Mio. Euro", "completed", "pre")],
        id="bewerteten-mit-pre-money",
    ),
    pytest.param(
        "Vor der Bekanntgabe kam die Altmärkische Bank an der Börse auf einen Wert von rund 2 Mrd. Euro.",
        [("Altmärkische Bank", "rund 2 Mrd. Euro", "completed", "unknown")],
        id="market-value-auf-einen-wert-von",
    ),
    pytest.param(
        "Der Bund steigt bei der Hagedorn Optik GmbH ein. Zusätzlich erwirbt die KfW zehn Prozent für etwa "
        "160 Mio. Euro. Der Preis entspricht einer Bewertung des gesamten Unternehmens von knapp 1,6 Mrd. Euro.",
        [("Hagedorn Optik", "knapp 1,6 Mrd. Euro", "completed", "unknown")],
        id="the-company-valued-is-not-the-buyer-just-named",
    ),
    pytest.param(
        "Das Start-up Nuvilo hat 12 Millionen Euro eingesammelt. Nach Informationen aus Investorenkreisen "
        "bewertet die Runde Nuvilo vor dem Einstieg der neuen Geldgeber mit rund 90 Millionen Euro.",
        [("Nuvilo", "rund 90 Millionen Euro", "rumored", "pre")],
        id="the-verb-first-its-amount-after-mit-far-on",
    ),
    pytest.param(
        "Der Konzern Halvering verkauft seine Antriebssparte Torvexa. Einschließlich der Schulden, die die Käufer übernehmen, "
        "bewerten sie Torvexa mit 640 Mio. Euro.",
        [("Torvexa", "640 Mio. Euro", "completed", "unknown")],
        id="the-plural-verb-first-its-amount-after-mit",
    ),
    pytest.param(
        "Das Berliner Start-up Quellbit hat 30 Millionen Euro eingesammelt. Neu dabei ist Ravensberg Capital, die "
        "Beteiligungstochter der Sparkasse Ravensberg. Die Runde bewertet Quellbit nach Angaben aus dem Unternehmen "
        "mit rund 200 Millionen Euro.",
        [("Quellbit", "rund 200 Millionen Euro", "completed", "unknown")],
        id="the-verbs-object-named-before-a-reference-back",
    ),
    pytest.param(
        "Das Start-up Lumeno hat 25 Millionen Euro eingesammelt. Neu dabei sind Fjordlight Ventures und Kestrel "
        "Peak. Die neuen Aktien werden zu einem Preis ausgegeben, womit das Unternehmen nach der Runde auf rund "
        "150 Millionen Euro bewertet wird.",
        [("Lumeno", "rund 150 Millionen Euro", "completed", "post")],
        id="womit-ties-the-valuation-to-the-round-before",
    ),
    pytest.param(
        "Der Chemiekonzern Talmark verkauft seine Klebstoffsparte Adhera an den Finanzinvestor Brookvale. Nach "
        "Abzug der Schulden ergibt sich ein Eigenkapitalwert von etwa 420 Mio. Euro, den Brookvale in bar bezahlt.",
        [("Adhera", "etwa 420 Mio. Euro", "completed", "unknown")],
        id="an-equity-value-and-its-payer-in-a-relative-clause",
    ),
    pytest.param(
        "Der Finanzinvestor Brookvale übernimmt den Prüfdienstleister Certavo. Den Eigenkapitalwert beziffern mit "
        "dem Vorgang vertraute Personen auf rund 300 Millionen Euro.",
        [("Certavo", "rund 300 Millionen Euro", "rumored", "unknown")],
        id="a-worth-noun-and-its-amount-after-beziffern-auf",
    ),
    pytest.param(
        "Das Münchner Start-up Hallvik hat 60 Mio. Euro eingesammelt. Zur Bewertung machte Hallvik keine Angaben. "
        "Nach Informationen aus Finanzkreisen liegt sie nach der Runde bei rund 480 Mio. Euro.",
        [("Hallvik", "rund 480 Mio. Euro", "rumored", "post")],
        id="a-worth-told-by-pronoun-after-its-noun",
    ),
    pytest.param(
        "Das Start-up Hallvik hat 60 Mio. Euro eingesammelt. Über den Marktwert wird spekuliert. Er liegt bei "
        "etwa 300 Mio. Euro.",
        [("Hallvik", "etwa 300 Mio. Euro", "completed", "unknown")],
        id="a-masculine-noun-of-worth-and-its-pronoun",
    ),
    pytest.param(
        "Der Finanzinvestor Eastmoor bereitet Insidern zufolge den Verkauf des Fensterbauers Lindqvist vor. "
        "Eastmoor strebe eine Bewertung von mehr als 800 Mio. Euro an.",
        [("Lindqvist", "mehr als 800 Mio. Euro", "rumored", "unknown")],
        id="the-worth-a-seller-seeks-is-that-of-what-it-sells",
    ),
    pytest.param(
        "Die Wendorf AG bietet 24,80 Euro je Aktie für den Kältetechnik-Hersteller Pfeiffer Klimatec. Der Vorstand "
        "von Pfeiffer hatte die Offerte, die das Unternehmen mit rund 310 Mill. Euro bewertete, im August unterstützt.",
        [("Pfeiffer Klimatec", "rund 310 Mill. Euro", "planned", "unknown")],
        id="a-relative-clause-on-a-bid-values-the-company-bid-for",
    ),
    pytest.param(
        "Das Münchner Start-up Quorvik hat 130 Mio. Euro von Pinewood Capital und Isarfels Ventures eingesammelt. "
        "Damals steuerte Pinewood als Lead-Investor den Großteil der 52 Millionen Euro bei, die Bewertung lag bei "
        "rund 560 Millionen Euro.",
        [("Quorvik", "rund 560 Millionen Euro", "completed", "unknown")],
        id="an-investor-of-the-round-is-not-the-company-valued",
    ),
    # blind set ad: appraising verbs, the amount after "auf"; a headline's "bis zu" for the range in the text
    pytest.param(
        "Das Start-up Navorik hat 62 Mio. Euro eingesammelt. Nach Informationen aus Investorenkreisen taxieren die "
        "Geldgeber Navorik nun auf rund 410 Mio. Euro.",
        [("Navorik", "rund 410 Mio. Euro", "rumored", "unknown")],
        id="taxieren-auf-values-its-object",
    ),
    pytest.param(
        "Hotelkette Rastmoor strebt an die Börse – Banken taxieren Wert auf bis zu 2,1 Mrd. Euro\n\nDie "
        "Hotelkette Rastmoor will an die Börse. Die Banken taxieren den Wert von Rastmoor auf 1,6 bis 2,1 Mrd. Euro.",
        [("Rastmoor", "1,6 bis 2,1 Mrd. Euro", "planned", "unknown")],
        id="a-headline-up-to-the-top-of-a-range-is-that-range",
    ),
    pytest.param(
        "Das Hamburger Start-up Sonarix hat eine Finanzierungsrunde über 68 Millionen Euro abgeschlossen. "
        "Angeführt wird die Runde vom Wagniskapitalgeber Fjordline Capital. Sonarix entwickelt Tauchdrohnen. "
        "Die Drohnen inspizieren Seekabel. Bislang fahren dafür Spezialschiffe hinaus. Ein Einsatztag kostet viel. "
        "Die Drohnen sollen dagegen selbst operieren. Die Netzbetreiber brauchen mehr Schiffe. Die Flotte soll "
        "wachsen. Die Belegschaft soll sich verdoppeln. Neben Windparks zählen Häfen zu den Kunden. Zur Bewertung "
        "äußerte sich Sonarix nicht. Nach Informationen aus Investorenkreisen liegt sie nach der Runde bei rund "
        "410 Millionen Euro.",
        [("Sonarix", "rund 410 Millionen Euro", "rumored", "post")],
        id="a-worth-after-the-round-is-of-the-round-s-company-stated-far-back",
    ),
    pytest.param(
        "Der Hörgerätehersteller Tannberg bietet den Aktionären der Optikerkette Brillwerk 24,10 Euro je Aktie. "
        "Einschließlich Schulden bewertet Tannberg die Kette mit rund 820 Millionen Euro.",
        [("Brillwerk", "rund 820 Millionen Euro", "planned", "unknown")],
        id="of-subject-and-object-after-the-verb-the-object-is-valued",
    ),
    pytest.param(
        "Der Hörgerätehersteller Tannberg übernimmt die Optikerkette Brillwerk. Nach Angaben aus Finanzkreisen "
        "bewertet Tannberg die Kette mit rund 820 Millionen Euro.",
        [("Brillwerk", "rund 820 Millionen Euro", "rumored", "unknown")],
        id="a-buyer-valuing-the-company-it-buys",
    ),
    pytest.param(
        "Der Laborausrüster Ferrando will den Glashersteller Kuhnert Laborglas übernehmen. Den Aktionären sollen "
        "31,50 Euro je Aktie angeboten werden, teilte Ferrando am Mittwoch in Mailand mit. Insgesamt bewertet die "
        "Offerte das Unternehmen aus Ilmenau mit rund 1,4 Milliarden Euro.",
        [("Kuhnert Laborglas", "rund 1,4 Milliarden Euro", "planned", "unknown")],
        id="a-reference-valued-by-the-offer-is-the-company-bid-for-not-the-bidder-just-named",
    ),
    pytest.param(
        "Der Mischkonzern Ambrosius will seine Aufzugsparte Hubra an die Börse bringen. Die Analysten von Bankhaus "
        "Lennartz taxieren den Wert des Unternehmens auf 2,4 bis 2,9 Milliarden Euro.",
        [("Hubra", "2,4 bis 2,9 Milliarden Euro", "completed", "unknown")],
        id="the-analysts-employer-is-not-the-company-they-value",
    ),
]

NOT_VALUATIONS = [
    pytest.param("Der Umsatz von SAP lag bei 34 Mrd. Euro.", id="revenue"),
    pytest.param("Siemens übernimmt Celonis in einem Deal im Wert von 10 Mrd. Dollar.", id="deal-worth"),
    pytest.param("Analysten halten die hohen Bewertungen der KI-Firmen für überzogen.", id="no-amount"),
    pytest.param("Die Bewertung ist mit 50 Mrd. Dollar sehr hoch.", id="no-company"),
    pytest.param(
        "Der Hedgefonds Harwick Bay Capital hält 6 Prozent an der Stettner AG. Das Paket von Harwick Bay ist beim "
        "aktuellen Kurs mehr als 60 Millionen Euro wert.",
        id="a-holding-worth-is-no-valuation",
    ),
    pytest.param(
        "Die Aktionäre bewerten den Vorschlag, für den der Vorstand 40 Mio. Euro veranschlagt, kritisch.",
        id="the-plural-verb-with-no-mit-before-its-amount",
    ),
    pytest.param(
        "Der Finanzinvestor Brookvale übernimmt den Prüfdienstleister Certavo. Den Umsatz beziffern mit dem "
        "Vorgang vertraute Personen auf rund 300 Millionen Euro.",
        id="beziffern-auf-without-a-noun-of-worth",
    ),
    pytest.param(
        "Der Finanzinvestor Brookvale übernimmt den Prüfdienstleister Certavo. Den Umsatz taxieren Analysten auf "
        "rund 300 Millionen Euro.",
        id="taxieren-auf-an-amount-of-revenue",
    ),
    pytest.param(
        "Das Start-up Hallvik hat 60 Mio. Euro eingesammelt. Zur Bewertung machte Hallvik keine Angaben. "
        "Nach Informationen aus Finanzkreisen liegt sie beim Umsatz bei rund 48 Mio. Euro.",
        id="a-pronoun-with-its-own-noun-of-revenue-between",
    ),
    pytest.param(
        "Das Start-up Hallvik hat 60 Mio. Euro eingesammelt. Über die Pläne machte Hallvik keine Angaben. "
        "Sie liegt beim Umsatz bei rund 48 Mio. Euro.",
        id="a-pronoun-with-no-noun-of-worth-before",
    ),
]


@pytest.mark.parametrize("text, expected", VALUATIONS)
def test_valuations_extracted(nlp, text: str, expected: list[Expected]) -> None:
    assert [record(v) for v in nlp(text)._.valuations] == expected


@pytest.mark.parametrize("text", NOT_VALUATIONS)
def test_valuations_not_extracted(nlp, text: str) -> None:
    assert nlp(text)._.valuations == []


@pytest.mark.parametrize(
    "text, target, amount",
    [
        pytest.param(
            "Helsing sammelte 450 Mio. Euro ein und wird nun mit 5 Mrd. Euro bewertet.",
            "Helsing",
            "450 Mio. Euro",
            id="same-clause",
        ),
        pytest.param(
            "Anthropic hat seine Finanzierungsrunde auf 13 Mrd. Dollar aufgestockt. Diese Kapitalerhöhung hebt die Bewertung "
            "auf 183 Mrd. Dollar.",
            "Anthropic",
            "13 Mrd. Dollar",
            id="demonstrative-round",
        ),
        pytest.param(
            "Die Wendorf AG bietet 24,80 Euro je Aktie für den Kältetechnik-Hersteller Pfeiffer Klimatec. Der Vorstand "
            "von Pfeiffer hatte die Offerte, die das Unternehmen mit rund 310 Mill. Euro bewertete, unterstützt.",
            "Pfeiffer Klimatec",
            "rund 310 Mill. Euro",
            id="a-bid-priced-per-share-takes-the-value-its-relative-clause-states",
        ),
    ],
)
def test_valuations_linked_to_round(nlp, text: str, target: str, amount: str) -> None:
    doc = nlp(text)
    (valuation,) = doc._.valuations
    assert valuation.deal is not None and valuation.deal in doc._.deals
    assert (valuation.deal.target, valuation.deal.amount.text) == (target, amount)


def test_valuations_repeated_statement_once(nlp) -> None:
    text = (
        "Celonis ist 13 Mrd. Dollar wert.\n\nMit 13 Mrd. Dollar bewertet, zählt Celonis zu den wertvollsten Start-ups."
    )
    assert [record(v) for v in nlp(text)._.valuations] == [("Celonis", "13 Mrd. Dollar", "completed", "unknown")]
