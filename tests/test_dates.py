"""The newsfacts_dates component: mentions on the Doc, datelines, and the estimated publication date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.dates  # noqa: F401  (registers newsfacts_dates)
from pipeline.dates import estimate_published, find_dateline
from pipeline.temporal import find_spans


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_dates")
    return nlp


def run(nlp: Language, text: str, published: date | None = None, precision: str | None = None) -> Doc:
    """Run the pipeline the way the runner does: publication fields set before the components."""
    doc = nlp.make_doc(text)
    doc._.published_date = published
    doc._.published_precision = precision or ("day" if published else None)
    doc._.published_source = "header" if published else "none"
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


DATELINES = [
    ("Berlin, 12. November 2025 – Die Bank hob ihre Prognose an.", date(2025, 11, 12)),
    ("FRANKFURT (Reuters), 3.2.2025 – Der Versicherer kauft zu.", date(2025, 2, 3)),
    ("München (dpa) – Der Autobauer legt am 14. März 2024 Zahlen vor.", None),
    ("Veröffentlicht am 05.06.2024\nDer Konzern legt ein Sparprogramm auf.", date(2024, 6, 5)),
    ("Stand: 1. Juli 2025\nDie Fusion ist genehmigt.", date(2025, 7, 1)),
    ("12.11.2025\nDer Vorstand bestätigt die Übernahme.", date(2025, 11, 12)),
    ("Der Vertrag vom 3.2.2025 gilt weiter.", None),
    ("Die Aktie fiel. " * 40 + "Hamburg, 1. Mai 2025 – Zu spät für eine Dateline.", None),
]


@pytest.mark.parametrize("text, expected", DATELINES, ids=[t[:40] for t, _ in DATELINES])
def test_dates_dateline(text: str, expected: date | None) -> None:
    found = find_dateline(text, find_spans(text))
    assert (found.day if found else None) == expected


ESTIMATES = [
    ("Die Umsätze erreichen im März 2026 einen Rekord. Das Jahr 2026 gilt als entscheidend.", (date(2026, 3, 1), "month")),
    ("Das Werk nimmt 2026 den Betrieb auf.", (date(2026, 1, 1), "year")),
    ("Im dritten Quartal 2025 stieg der Gewinn, am 14. Oktober 2025 meldete die Bank Zahlen.", (date(2025, 10, 14), "day")),
    ("Der Konzern will bis 2030 klimaneutral werden.", None),
    ("Seit der Gründung Ende 2019 wuchs das Team auf 300 Köpfe.", None),
    ("Für 2027 erwartet der Vorstand ein Plus.", None),
    ("Der Umsatz soll 2028 die Marke von 1 Mrd. Euro übersteigen.", None),
    ("Vergangene Woche stieg der Kurs um 5 Prozent.", None),
    ("Zwischen 2012 und 2022 wuchs der Markt um 11 Prozent.", None),
    # a closed fiscal year is reported after it ended
    ("Im Geschäftsjahr 2023 setzte die Gruppe 4,1 Mrd. Euro um, 2021 war sie gegründet worden.", (date(2024, 1, 1), "year")),
    ("Für das Gesamtjahr 2024 meldete der Versicherer einen Rekordgewinn.", (date(2025, 1, 1), "year")),
    ("Im März 2025 kaufte der Konzern zu; im Geschäftsjahr 2024 hatte er 2 Mrd. Euro umgesetzt.", (date(2025, 3, 1), "month")),
    # a year told as earlier than now ("bereits ... hatte") dates the article to the year after, like a closed one
    ("Bereits 2023 hatte sich der Konzern an dem Start-up beteiligt.", (date(2024, 1, 1), "year")),
    ("2023 beteiligte sich der Konzern an dem Start-up.", (date(2023, 1, 1), "year")),
    # so does a year's revenue told in the past, in its own clause of a sentence that goes on with plans
    ("Der Versender, der 2024 rund 6,8 Mrd. Euro umsetzte, will bis 2028 investieren.", (date(2025, 1, 1), "year")),
    ("Der Kieler Betreiber beförderte 2025 rund 3,1 Millionen Passagiere und will bis 2030 wachsen.", (date(2026, 1, 1), "year")),
    ("Tellmar hatte im Geschäftsjahr 2023 einen Umsatz von 540 Mio. Dollar erzielt, im laufenden Jahr sollen es 700 Mio. werden.", (date(2024, 1, 1), "year")),
    ("Die Reederei hatte 2022 den Konkurrenten Baltrek übernommen und will weiter wachsen.", (date(2023, 1, 1), "year")),
    # a year before "im vergangenen Jahr" ("Nach dem Boom ... 2023"): two years on
    ("Nach dem Boom der Jahre 2022 und 2023 war der Absatz im vergangenen Jahr eingebrochen.", (date(2025, 1, 1), "year")),
    ("Nach dem Boom in den Jahren 2022 und 2023 war der Absatz im vergangenen Jahr eingebrochen.", (date(2025, 1, 1), "year")),
    ("Im vergangenen Jahr stieg der Absatz, nach Angaben des Verbands von 2019.", (date(2019, 1, 1), "year")),
    # a clause without a past cue in a sentence of plans stays out
    ("Im März 2027, so der Plan, soll das Werk öffnen.", None),
    ("Der Umsatz soll 2026 auf 40 Mio. Euro steigen.", None),
    # a year left behind: the year after
    ("Nach einem zähen Jahr 2025 kommt wieder Geld in die Solarbranche.", (date(2026, 1, 1), "year")),
    ("Der Absatz wuchs im Jahr 2025 nach einem schwachen Start.", (date(2025, 1, 1), "year")),
    # a month told in the pluperfect, and a plan for a half two years on: the year before the plan
    ("Im Mai 2024 hatte Kontora Geld erhalten. Elbtal könnte im ersten Halbjahr 2026 an die Börse gehen.",
     (date(2025, 1, 1), "year")),
    # a month told as current stays, whatever the plans
    ("Im Mai 2024 sagte der Chef, der Konzern könnte im ersten Halbjahr 2026 an die Börse gehen.", (date(2024, 5, 1), "month")),
    ("Im Mai 2025 hatte Kontora Geld erhalten. Elbtal könnte im ersten Halbjahr 2026 an die Börse gehen.",
     (date(2025, 5, 1), "month")),
]


@pytest.mark.parametrize("text, expected", ESTIMATES, ids=[t[:40] for t, _ in ESTIMATES])
def test_dates_estimate_published(text: str, expected: tuple[date, str] | None) -> None:
    found = estimate_published(text, find_spans(text))
    assert ((found.day, found.precision) if found else None) == expected


def test_dates_component_keeps_header_date(nlp: Language) -> None:
    doc = run(nlp, "Berlin, 3. März 2025 – Der Konzern hat vergangene Woche Zahlen vorgelegt.", date(2025, 11, 12))
    assert (doc._.published_date, doc._.published_source) == (date(2025, 11, 12), "header")
    assert [(m.text, m.temporal.value) for m in doc._.dates] == [("3. März 2025", "2025-03-03"), ("vergangene Woche", "2025-W45")]


def test_dates_component_uses_dateline(nlp: Language) -> None:
    doc = run(nlp, "Berlin, 3. März 2025 – Der Konzern hat vergangene Woche Zahlen vorgelegt.")
    assert (doc._.published_date, doc._.published_precision, doc._.published_source) == (date(2025, 3, 3), "day", "dateline")
    assert doc._.dates[1].temporal.value == "2025-W09"


def run_with_path_date(nlp: Language, text: str, published: date) -> Doc:
    """An article the reader dated from its file name (published_source "path")."""
    doc = nlp.make_doc(text)
    doc._.published_date, doc._.published_precision, doc._.published_source = published, "day", "path"
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_dates_component_dateline_outranks_the_file_name(nlp: Language) -> None:
    doc = run_with_path_date(nlp, "Berlin, 3. März 2025 – Der Konzern hat gestern Zahlen vorgelegt.", date(2025, 3, 10))
    assert (doc._.published_date, doc._.published_source) == (date(2025, 3, 3), "dateline")
    assert doc._.dates[-1].temporal.value == "2025-03-02"


def test_dates_component_resolves_against_the_file_name_date(nlp: Language) -> None:
    doc = run_with_path_date(nlp, "Ende Januar stieg der Kurs. Die Aktie erreicht im März 2024 ein Hoch.", date(2025, 3, 10))
    assert (doc._.published_date, doc._.published_source) == (date(2025, 3, 10), "path")  # never replaced by an estimate
    assert [m.temporal.value for m in doc._.dates] == ["2025-01", "2024-03"]


def test_dates_component_estimates(nlp: Language) -> None:
    doc = run(nlp, "Die Preise erreichen im Januar 2026 ein Hoch. Seit Monaten steigen sie, heute wieder.")
    assert (doc._.published_date, doc._.published_precision, doc._.published_source) == (date(2026, 1, 1), "month", "estimated")
    assert [m.temporal.value for m in doc._.dates] == ["2026-01", "PXM/2026-01", "2026-01"]
    assert all(m.temporal.is_anchored for m in doc._.dates[1:])


def test_dates_component_leaves_unknown_open(nlp: Language) -> None:
    doc = run(nlp, "Ende Januar stieg der Kurs, im vierten Quartal soll die Aktie an die Börse.")
    assert (doc._.published_date, doc._.published_source) == (None, "none")
    assert [m.temporal.value for m in doc._.dates] == ["XXXX-01", "XXXX-Q4"]


def test_dates_component_without_estimate() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("newsfacts_dates", config={"estimate_published": False})
    doc = run(nlp, "Die Umsätze erreichen im März 2026 einen Rekord, heute meldet der Konzern Zahlen.")
    assert (doc._.published_date, doc._.dates[1].temporal.value) == (None, "XXXX-XX-XX")


def test_dates_component_month_precision_from_metadata(nlp: Language) -> None:
    doc = run(nlp, "Der Vorstand tagte gestern, im vergangenen Monat war der Umsatz gesunken.", date(2025, 7, 1), "month")
    assert [m.temporal.value for m in doc._.dates] == ["2025-07", "2025-06"]


def test_dates_component_resolves_anaphora(nlp: Language) -> None:
    text = "Der Konzern erwartet bis 2028 schwarze Zahlen, für dasselbe Jahr plant er 2 Mrd. Euro Umsatz."
    doc = run(nlp, text, date(2025, 11, 12))
    assert [(m.text, m.temporal.value) for m in doc._.dates] == [("bis 2028", "2028"), ("für dasselbe Jahr", "2028")]


def test_dates_component_offsets_index_the_text(nlp: Language) -> None:
    text = "Am 4. Mai 2025 und seit 2019, zwischen 2012 und 2022 sowie zu Jahresbeginn."
    doc = run(nlp, text)
    assert [text[m.start:m.end] for m in doc._.dates] == [m.text for m in doc._.dates]
    assert len(doc._.dates) == 4


def test_dates_component_empty_doc(nlp: Language) -> None:
    doc = run(nlp, "")
    assert (doc._.dates, doc._.published_date) == ([], None)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300))
def test_dates_component_never_raises(nlp: Language, text: str) -> None:
    doc = run(nlp, text)
    assert isinstance(doc._.dates, list)


# (sentence, publication date, value of its month or day without a year): the tense picks the occurrence
TENSES = [
    ("Im April hatte der Vorstand ein erstes Angebot abgelehnt.", date(2025, 10, 14), "2025-04"),
    ("Im April soll die Hauptversammlung über das Angebot abstimmen.", date(2025, 10, 14), "2026-04"),
    ("Im April tagt die Hauptversammlung.", date(2025, 10, 14), "2026-04"),  # no cue: the nearest April
    ("Im April tagt die Hauptversammlung.", date(2025, 9, 14), "2025-04"),
    ("Im April endet die Annahmefrist.", date(2025, 9, 14), "2026-04"),  # a schedule in the present tense
    ("Im Dezember wurde die Serie-A-Runde abgeschlossen.", date(2025, 11, 20), "2024-12"),
    ("Am 3. März war der Kaufvertrag unterzeichnet worden.", date(2025, 9, 1), "2025-03-03"),
    ("Im Februar will der Konzern den Börsengang wagen.", date(2025, 3, 10), "2026-02"),
    ("Bereits im vierten Quartal hatte der Vorstand einen Zukauf angekündigt.", date(2026, 2, 6), "2025-Q4"),
    ("Noch im vierten Quartal soll der Börsengang folgen.", date(2026, 1, 30), "2026-Q4"),
    ("Im Sommer war die Übernahme gescheitert.", date(2026, 3, 2), "2025-06/2025-08"),
    # the simple past of a reporting verb is a past cue too
    ("Allein im vierten Quartal gab der Konzern 1,3 Mrd. Dollar für Rechenzentren aus.", date(2026, 3, 11), "2025-Q4"),
    ("Im Mai übernahm der Konzern den Rivalen.", date(2025, 3, 1), "2024-05"),
    # the tense of the date's own clause, not of the sentence
    ("Die Gruppe hatte gut verdient und legt am 4. März Zahlen vor.", date(2026, 1, 21), "2026-03-04"),
    # weekdays: the one gone by, unless the clause speaks of the future (a Tuesday, 9 June 2026)
    ("Das teilte der Konzern am Donnerstag mit.", date(2026, 6, 9), "2026-06-04"),
    ("Die Zeichnungsfrist beginnt am Donnerstag.", date(2026, 6, 9), "2026-06-11"),
    ("Die Erstnotiz soll am Dienstag folgen.", date(2026, 6, 9), "2026-06-09"),
    ("Die Erstnotiz soll am Montag folgen.", date(2026, 6, 9), "2026-06-15"),
    ("Auf Basis der Schlusskurse vom Montag wird der Konzern mit 2 Mrd. Euro bewertet.", date(2026, 6, 9), "2026-06-08"),
    ("Die Kartellbehörde untersagte die Übernahme im Oktober.", date(2025, 4, 15), "2024-10"),
    # the perfect with "haben" is past too: the participle ends the clause, before or after the auxiliary
    ("Der Versicherer Aarewald, der sich im März Zertifikate gesichert hat, ist größter Abnehmer.",
     date(2024, 9, 17), "2024-03"),
    ("Die Hauptversammlung hat im Oktober zugestimmt.", date(2025, 4, 15), "2024-10"),
    ("Der erste Kontakt soll Ende August stattgefunden haben.", date(2026, 9, 16), "2026-08"),
    ("Der Bieter hat bis Ende März Zeit für ein neues Angebot.", date(2025, 9, 16), "2026-03"),
    # a relative adjective picks the occurrence wholly past or wholly to come, whatever the tense
    ("Im vergangenen Herbst sammelte Trelvo 20 Mio. Euro ein.", date(2026, 1, 20), "2025-09/2025-11"),
    ("Im vergangenen Herbst will Trelvo expandieren.", date(2025, 10, 20), "2024-09/2024-11"),
    ("Im kommenden Frühjahr soll der Börsengang folgen.", date(2026, 4, 2), "2027-03/2027-05"),
    ("Im vergangenen November hatte Trelvo verhandelt.", date(2025, 11, 20), "2024-11"),
    ("Seit vergangenem Herbst verhandeln die Parteien.", date(2026, 1, 20), "2025-09/2025-11"),
    ("In diesem Sommer soll das Werk fertig sein.", date(2026, 1, 20), "2026-06/2026-08"),
]


@pytest.mark.parametrize("text, published, value", TENSES, ids=[t[:40] for t, _, _ in TENSES])
def test_dates_tense_picks_the_occurrence(nlp: Language, text: str, published: date, value: str) -> None:
    doc = run(nlp, text, published)
    assert [m.temporal.value for m in doc._.dates] == [value]


# "ein Jahr zuvor", "zwei Jahre später": counted from the date before, in the sentence or opening the next
COUNTED_FROM_BEFORE = [
    ("Im ersten Quartal flossen 1,9 Mrd. Euro in Start-ups, ein Fünftel mehr als ein Jahr zuvor.", date(2025, 5, 14),
     ["2025-Q1", "2024-Q1"]),
    ("Im Jahr 2024 setzte Korvent 2,7 Mrd. Euro um, nach 3,1 Mrd. Euro zwei Jahre davor.", date(2025, 5, 14),
     ["2024", "2022"]),
    ("Im März 2019 kaufte Korvent den Rivalen, zwei Jahre später folgte der Börsengang.", date(2025, 5, 14),
     ["2019-03", "2021-03"]),
    ("Gegründet wurde Korvent 2019. Drei Jahre später folgte der Börsengang.", date(2025, 5, 14), ["2019", "2022"]),
    # no date to count from, or one a sentence further back, or a unit finer than the date: a duration
    ("Der Umsatz stieg um ein Drittel. Ein Jahr zuvor war er gefallen.", date(2025, 5, 14), ["P1Y"]),
    ("Gegründet wurde Korvent 2019. Der Umsatz stieg. Drei Jahre später folgte der Börsengang.", date(2025, 5, 14),
     ["2019", "P3Y"]),
    ("Korvent wurde 2019 gegründet, drei Monate später kam das erste Produkt.", date(2025, 5, 14), ["2019", "P3M"]),
    # the first months of a year, unless counted from an event
    ("In den ersten neun Monaten steigerte die Sparte den Umsatz.", date(2025, 11, 7), ["2025-01/2025-09"]),
    ("In den ersten sechs Monaten nach dem Börsengang stieg der Kurs.", date(2025, 11, 7), ["P6M"]),
    ("Die ersten zwei Monate im Amt waren schwer.", date(2025, 11, 7), ["P2M"]),
    # the period the text speaks of: the first one of the sentence, else of the sentences before
    ("Im Geschäftsjahr 2024 erzielte Korvent 19 Mio. Euro, nach 8 Mio. Euro im Jahr davor.", date(2026, 5, 14),
     ["2024", "2023"]),
    ("Das 2014 gegründete Unternehmen wuchs: Im Geschäftsjahr 2025 setzte es 41 Mio. Pfund um, nach 33 Mio. im Vorjahr.",
     date(2026, 2, 5), ["2014", "2025", "2024"]),
    ("Korvent erzielte im Vorjahr 610 Mio. Euro.", date(2026, 11, 3), ["2025"]),
    ("Korvent strebt 2027 an die Börse. Der Versicherer erzielte im Vorjahr 610 Mio. Euro.", date(2026, 11, 3),
     ["2027", "2025"]),
    ("In den ersten neun Monaten 2025 flossen 640 Mio. Franken, ein Viertel weniger als im Vorjahreszeitraum.",
     date(2025, 11, 18), ["2025-01/2025-09", "2024-01/2024-09"]),
    ("Im dritten Quartal stieg der Umsatz, wie Korvent am Donnerstag mitteilte. Das Ebit lag über dem Wert im "
     "Vorjahresquartal.", date(2026, 11, 5), ["2026-Q3", "2026-11-05", "2025-Q3"]),
    ("In den ersten neun Monaten wuchs die Sparte. Der Konzern kam im selben Zeitraum auf 3,1 Mrd. Euro. Die Prognose "
     "für das Gesamtjahr bestätigte er.", date(2025, 11, 7), ["2025-01/2025-09", "2025-01/2025-09", "2025"]),
    ("Der Gewinn lag bei 6 Mio. Euro, nach einem Verlust vor Jahresfrist.", date(2026, 3, 4), ["2025"]),
    # nothing to count from: "im Jahr davor" says nothing
    ("Der Umsatz lag im Jahr davor bei 8 Mio. Euro.", date(2026, 3, 4), []),
]


@pytest.mark.parametrize("text, published, values", COUNTED_FROM_BEFORE, ids=[t[:40] for t, _, _ in COUNTED_FROM_BEFORE])
def test_dates_counted_from_the_date_before(nlp: Language, text: str, published: date, values: list[str]) -> None:
    doc = run(nlp, text, published)
    assert [m.temporal.value for m in doc._.dates] == values


@pytest.mark.parametrize("text", [
    "Ebenfalls beteiligt sind Übermorgen Ventures und die Zürcher Kantonalbank.",
    "Das Magazin Heute Wirtschaft berichtete über die Runde.",
])
def test_dates_capitalized_deictic_inside_a_sentence_is_a_name(nlp: Language, text: str) -> None:
    assert run(nlp, text, date(2026, 3, 5))._.dates == []
