"""Deals found by the full rules-only pipeline in German news sentences written for these tests.

Each case: the text, then the expected deals in order as
(type, target, amount text or None, status, {party: role}). Party roles are checked
exactly: a missing or extra investor fails the case.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.deal_discourse import Discourse
from pipeline.deal_mentions import Mention
from pipeline.deal_rules import deal_rules
from pipeline.facts import Deal, PartyMention

Expected = tuple[str, str | None, str | None, str, dict[str, str]]


def deals_of(nlp, text: str) -> list[Deal]:
    return nlp(text)._.deals


def record(deal: Deal) -> Expected:
    return (
        deal.type,
        deal.target,
        deal.amount.text if deal.amount else None,
        deal.status,
        {p.party: p.role for p in deal.parties},
    )


FUNDING_ROUNDS = [
    pytest.param(
        "Das Münchner Rüstungs-Start-up Helsing hat in einer Finanzierungsrunde 450 Mio. Euro eingesammelt.",
        [("funding_round", "Helsing", "450 Mio. Euro", "completed", {})],
        id="round-completed",
    ),
    pytest.param(
        "Celonis sammelte in einer Serie-D-Runde 1 Mrd. Dollar ein, angeführt von Index Ventures.",
        [("funding_round", "Celonis", "1 Mrd. Dollar", "completed", {"Index Ventures": "lead_investor"})],
        id="round-lead-named-after",
    ),
    pytest.param(
        "Aleph Alpha will in einer neuen Finanzierungsrunde bis zu 500 Mio. Euro einsammeln.",
        [("funding_round", "Aleph Alpha", "bis zu 500 Mio. Euro", "planned", {})],
        id="round-planned",
    ),
    pytest.param(
        "Laut Insidern verhandelt Mistral AI mit Investoren über eine Finanzierungsrunde von 600 Mio. Euro.",
        [("funding_round", "Mistral AI", "600 Mio. Euro", "rumored", {})],
        id="round-rumored-insiders",
    ),
    pytest.param(
        "Black Forest Labs hat 300 Mio. Dollar eingesammelt. Die Runde wurde von General Catalyst angeführt, "
        "auch Accel beteiligte sich.",
        [("funding_round", "Black Forest Labs", "300 Mio. Dollar", "completed",
          {"General Catalyst": "lead_investor", "Accel": "investor"})],
        id="round-lead-in-next-sentence",
    ),
    pytest.param(
        "DeepL hat eine Finanzierungsrunde in Höhe von 300 Mio. Dollar abgeschlossen, an der sich Index Ventures "
        "und Accel beteiligten.",
        [("funding_round", "DeepL", "300 Mio. Dollar", "completed", {"Index Ventures": "investor", "Accel": "investor"})],
        id="round-participants-relative-clause",
    ),
    pytest.param(
        "Celonis sammelte 1 Mrd. Dollar ein. Index Ventures übernahm die Federführung und steuerte 400 Mio. Dollar bei.",
        [("funding_round", "Celonis", "1 Mrd. Dollar", "completed", {"Index Ventures": "lead_investor"})],
        id="round-lead-contribution-is-no-deal",
    ),
    pytest.param(
        "Mistral AI gilt als Hoffnungsträger der Branche. Das Start-up sammelte zuletzt 600 Mio. Euro ein.",
        [("funding_round", "Mistral AI", "600 Mio. Euro", "completed", {})],
        id="round-anaphor-start-up",
    ),
    pytest.param(
        "Die von Arthur Mensch gegründete Firma Mistral AI wächst schnell. Menschs Unternehmen könnte schon "
        "bald 1 Mrd. Euro einsammeln.",
        [("funding_round", "Mistral AI", "1 Mrd. Euro", "rumored", {})],
        id="round-possessive-founder",
    ),
]  # fmt: skip

INVESTMENTS = [
    pytest.param(
        "Siemens investiert 200 Mio. Euro in das Start-up Aleph Alpha.",
        [("investment", "Aleph Alpha", "200 Mio. Euro", "completed", {"Siemens": "investor"})],
        id="investment-in",
    ),
    pytest.param(
        "Nvidia steigt mit 100 Mio. Dollar bei Mistral AI ein.",
        [("investment", "Mistral AI", "100 Mio. Dollar", "completed", {"Nvidia": "investor"})],
        id="investment-einstieg-bei",
    ),
    pytest.param(
        "Microsoft erwägt, weitere 10 Mrd. Dollar in OpenAI zu stecken, wie Bloomberg berichtet.",
        [("investment", "OpenAI", "10 Mrd. Dollar", "rumored", {"Microsoft": "investor"})],
        id="investment-rumored-outlet",
    ),
    pytest.param(
        "Amazon kündigte an, bis zu 4 Mrd. Dollar in Anthropic zu investieren.",
        [("investment", "Anthropic", "bis zu 4 Mrd. Dollar", "planned", {"Amazon": "investor"})],
        id="investment-planned",
    ),
    pytest.param(
        "Microsoft steckt weitere 2 Mrd. Dollar in Mistral AI, nachdem der Konzern bereits im Vorjahr "
        "500 Mio. Dollar investiert hatte.",
        [("investment", "Mistral AI", "2 Mrd. Dollar", "completed", {"Microsoft": "investor"}),
         ("investment", "Mistral AI", "500 Mio. Dollar", "completed", {"Microsoft": "investor"})],
        id="investment-two-facts-one-sentence",
    ),
    pytest.param(
        "Nvidia investiert 500 Mio. Dollar in Aleph Alpha. Zuvor hatte der Chipkonzern bereits 100 Mio. Dollar "
        "in Helsing gesteckt.",
        [("investment", "Aleph Alpha", "500 Mio. Dollar", "completed", {"Nvidia": "investor"}),
         ("investment", "Helsing", "100 Mio. Dollar", "completed", {"Nvidia": "investor"})],
        id="investment-anaphor-investor",
    ),
    pytest.param(
        "Bosch hält eine Beteiligung in Höhe von 15 % an Celonis.",
        [("investment", "Celonis", None, "completed", {"Bosch": "investor"})],
        id="stake-percent",
    ),
    pytest.param(
        "SAP zählt zu den größten Geldgebern von DeepL.",
        [("investment", "DeepL", None, "completed", {"SAP": "investor"})],
        id="stake-relation",
    ),
]  # fmt: skip

ACQUISITIONS = [
    pytest.param(
        "SAP übernimmt den Softwareanbieter Celonis für 10 Mrd. Dollar.",
        [("acquisition", "Celonis", "10 Mrd. Dollar", "completed", {"SAP": "acquirer"})],
        id="acquisition-active",
    ),
    pytest.param(
        "Der Vorstand der Commerzbank lehnte das Übernahmeangebot der UniCredit im Wert von 12 Mrd. Euro ab.",
        [("acquisition", "Commerzbank", "12 Mrd. Euro", "rejected", {"UniCredit": "bidder"})],
        id="bid-rejected",
    ),
    pytest.param(
        "Der Lieferdienst Gorillas wurde für 1,2 Mrd. Dollar von Getir übernommen.",
        [("acquisition", "Gorillas", "1,2 Mrd. Dollar", "completed", {"Getir": "acquirer"})],
        id="acquisition-passive",
    ),
]  # fmt: skip

IPOS_AND_OTHER = [
    pytest.param(
        "Helsing plant einen Börsengang an der Frankfurter Börse.",
        [("ipo", "Helsing", None, "planned", {})],
        id="ipo-planned",
    ),
    pytest.param(
        "Laut Reuters bereitet Celonis einen Börsengang in New York vor.",
        [("ipo", "Celonis", None, "rumored", {})],
        id="ipo-rumored",
    ),
    pytest.param(
        "Porsche nahm bei seinem Börsengang 9,4 Mrd. Euro ein.",
        [("ipo", "Porsche", "9,4 Mrd. Euro", "completed", {})],
        id="ipo-proceeds",
    ),
    pytest.param(
        "Microsoft kündigt an, 3,2 Mrd. Euro in den Ausbau von Rechenzentren in Deutschland zu investieren.",
        [("other", "Microsoft", "3,2 Mrd. Euro", "planned", {})],
        id="capex-planned",
    ),
    pytest.param(
        "BASF und Bosch gründen das Joint Venture „Nexa“, in das beide Konzerne 500 Mio. Euro investieren wollen.",
        [("other", "Nexa", "500 Mio. Euro", "planned", {"BASF": "investor", "Bosch": "investor"})],
        id="joint-venture",
    ),
]  # fmt: skip

# Phrasings found while probing the rules beyond the first tables.
PROBED = [
    pytest.param(
        "Die Deutsche Telekom verkauft ihre Funkturmsparte für 17,5 Mrd. Euro an Brookfield.",
        [("acquisition", "Deutsche Telekom", "17,5 Mrd. Euro", "completed", {"Brookfield": "acquirer", "Deutsche Telekom": "seller"})],
        id="sale-of-a-unit",
    ),
    pytest.param(
        "Wie Reuters unter Berufung auf Insider berichtet, prüft Siemens eine Übernahme von Celonis.",
        [("acquisition", "Celonis", None, "rumored", {"Siemens": "acquirer"})],
        id="takeover-without-amount-rumored",
    ),
    pytest.param(
        "Die Übernahme von Celonis durch SAP für 10 Mrd. Dollar ist abgeschlossen.",
        [("acquisition", "Celonis", "10 Mrd. Dollar", "completed", {"SAP": "acquirer"})],
        id="takeover-noun-von-durch",
    ),
    pytest.param(
        "Blackstone bietet 5 Mrd. Euro für den Immobilienkonzern Vonovia.",
        [("acquisition", "Vonovia", "5 Mrd. Euro", "planned", {"Blackstone": "bidder"})],
        id="open-bid-planned",
    ),
    pytest.param(
        "Wie das Handelsblatt meldet, will Meta 14 Mrd. Dollar in Scale AI investieren und 49 Prozent "
        "der Anteile übernehmen.",
        [("investment", "Scale AI", "14 Mrd. Dollar", "rumored", {"Meta": "investor"})],
        id="buying-shares-is-a-stake",
    ),
    pytest.param(
        "Der Softbank-Konzern hat im Rahmen der Vereinbarung 22,5 Mrd. Dollar an OpenAI überwiesen.",
        [("investment", "OpenAI", "22,5 Mrd. Dollar", "completed", {"SoftBank": "investor"})],
        id="company-compound-is-the-company",
    ),
    pytest.param(
        "N26 erhielt frisches Kapital in Höhe von 900 Mio. Dollar.",
        [("funding_round", "N26", "900 Mio. Dollar", "completed", {})],
        id="weak-round-cue",
    ),
    pytest.param(
        "Helsing ist Europas wertvollstes Rüstungs-Start-up. Das Unternehmen hatte zuletzt 100 Mio. Euro bei "
        "Investoren wie Accel und Index Ventures eingesammelt.",
        [("funding_round", "Helsing", "100 Mio. Euro", "completed", {"Accel": "investor", "Index Ventures": "investor"})],
        id="investors-as-examples",
    ),
    pytest.param(
        "Celonis hat 1 Mrd. Dollar eingesammelt. Zu den Geldgebern zählen unter anderem Sequoia Capital und General Catalyst.",
        [("funding_round", "Celonis", "1 Mrd. Dollar", "completed", {"Sequoia Capital": "investor", "General Catalyst": "investor"})],
        id="investors-in-next-sentence",
    ),
    pytest.param(
        "Das Münchner KI-Start-up Parloa hat eine Finanzierungsrunde in Höhe von 120 Mio. Dollar abgeschlossen. "
        "Angeführt wurde die Serie-C-Runde von General Catalyst. Die Bewertung liegt damit bei rund 1 Mrd. Dollar.",
        [("funding_round", "Parloa", "120 Mio. Dollar", "completed", {"General Catalyst": "lead_investor"})],
        id="lead-named-after-inverted-verb",
    ),
    pytest.param(
        "Nach Angaben des Unternehmens sammelte Aleph Alpha 500 Mio. Dollar ein.",
        [("funding_round", "Aleph Alpha", "500 Mio. Dollar", "completed", {})],
        id="verb-between-preposition-and-name",
    ),
    pytest.param(
        "Google will 5,5 Mrd. Euro bis 2029 in Deutschland investieren.",
        [("other", "Google", "5,5 Mrd. Euro", "planned", {})],
        id="capex-in-a-country",
    ),
]  # fmt: skip

# Written for the gaps the held-out gold set showed (announced takeovers whose closing lies
# ahead, rejected bids, IPOs typed as rounds, rounds whose amount follows the round noun),
# covering every type and status; fictional companies.
GAPS = [
    pytest.param(
        "Das Berliner Fintech Zahlwerk hat in einer Serie-A-Runde 25 Mio. Euro eingesammelt, angeführt von "
        "Lindenhof Capital.",
        [("funding_round", "Zahlwerk", "25 Mio. Euro", "completed", {"Lindenhof Capital": "lead_investor"})],
        id="gap-round-completed",
    ),
    pytest.param(
        "Das Kölner Start-up Wolkenbruch Analytics will bis zu 40 Mio. Euro einsammeln.",
        [("funding_round", "Wolkenbruch Analytics", "bis zu 40 Mio. Euro", "planned", {})],
        id="gap-round-planned",
    ),
    pytest.param(
        "Der Hamburger Drohnenbauer Möwenflug Aerospace steht Insidern zufolge kurz vor einer Finanzierungsrunde. "
        "Möwenflug Aerospace verhandelt demnach über rund 80 Mio. Euro von mehreren Wagniskapitalgebern.",
        [("funding_round", "Möwenflug Aerospace", "rund 80 Mio. Euro", "rumored", {})],
        id="gap-round-rumored-amount-in-next-sentence",
    ),
    pytest.param(
        "Fjordblick Capital investiert gemeinsam mit Hafenkapital GmbH und Elbufer Partners GmbH 130 Mio. Dollar "
        "in Seewind Robotics.",
        [("investment", "Seewind Robotics", "130 Mio. Dollar", "completed",
          {"Fjordblick Capital": "investor", "Hafenkapital": "investor", "Elbufer Partners": "investor"})],
        id="gap-investment-co-investors",
    ),
    pytest.param(
        "Der Autozulieferer Brenner Automotive will 50 Mio. Euro in das Start-up Voltreif investieren.",
        [("investment", "Voltreif", "50 Mio. Euro", "planned", {"Brenner Automotive": "investor"})],
        id="gap-investment-planned",
    ),
    pytest.param(
        "Berichten zufolge steckt der Versicherer Hanseatica 200 Mio. Euro in den Solarpark-Entwickler "
        "Sonnenfeld Solar.",
        [("investment", "Sonnenfeld Solar", "200 Mio. Euro", "rumored", {"Hanseatica": "investor"})],
        id="gap-investment-rumored",
    ),
    pytest.param(
        "Der Maschinenbauer Lorenz Industrie AG hat den Sensorhersteller Nordmark Sensorik für 85 Mio. Euro übernommen.",
        [("acquisition", "Nordmark Sensorik", "85 Mio. Euro", "completed", {"Lorenz Industrie": "acquirer"})],
        id="gap-acquisition-completed",
    ),
    pytest.param(
        "Der Maschinenbauer Hallberg Werke AG übernimmt den Sensorhersteller Fjellmark Sensor AB für 340 Mio. Euro. "
        "Verkäufer ist der Finanzinvestor Nordhavn Partners, der Fjellmark im Jahr 2019 gekauft hatte. "
        "Die Transaktion soll im zweiten Quartal abgeschlossen werden.",
        [("acquisition", "Fjellmark Sensor", "340 Mio. Euro", "planned",
          {"Hallberg Werke": "acquirer", "Nordhavn Partners": "seller"}),
         ("acquisition", "Fjellmark Sensor", None, "completed", {"Nordhavn Partners": "acquirer"})],
        id="gap-announced-takeover-closing-ahead",
    ),
    pytest.param(
        "Talberg Chemie übernimmt den Farbenhersteller Kolorit GmbH für 1,1 Mrd. Euro, vorbehaltlich der "
        "Zustimmung der Kartellbehörden.",
        [("acquisition", "Kolorit", "1,1 Mrd. Euro", "planned", {"Talberg Chemie": "acquirer"})],
        id="gap-announced-takeover-subject-to-approval",
    ),
    pytest.param(
        "Hallberg Werke übernimmt Fjellmark Sensor. Der Kaufpreis liegt bei 340 Mio. Euro. "
        "Die Kartellbehörden müssen noch zustimmen.",
        [("acquisition", "Fjellmark Sensor", "340 Mio. Euro", "planned", {"Hallberg Werke": "acquirer"})],
        id="gap-announced-takeover-price-in-next-sentence",
    ),
    pytest.param(
        "Nach der Zustimmung der Kartellbehörden hat Talberg Chemie die Übernahme der Kolorit GmbH für 1,1 Mrd. Euro "
        "abgeschlossen.",
        [("acquisition", "Kolorit", "1,1 Mrd. Euro", "completed", {"Talberg Chemie": "acquirer"})],
        id="gap-takeover-closed-after-approval",
    ),
    pytest.param(
        "Die Moselwerk AG will bis 2030 rund 2 Mrd. Euro in ein neues Werk investieren. Ein erstes "
        "Übernahmeangebot des Konkurrenten Ostara Industries über 1,8 Mrd. Euro hatte der Vorstand abgelehnt.",
        [("other", "Moselwerk", "rund 2 Mrd. Euro", "planned", {}),
         ("acquisition", "Moselwerk", "1,8 Mrd. Euro", "rejected", {"Ostara Industries": "bidder"})],
        id="gap-earlier-bid-rejected-by-the-board",
    ),
    pytest.param(
        "Der Aufsichtsrat von Ahrtal Pharma schmetterte das Übernahmeangebot von Kernwerk Biotech über "
        "2,4 Mrd. Euro ab.",
        [("acquisition", "Ahrtal Pharma", "2,4 Mrd. Euro", "rejected", {"Kernwerk Biotech": "bidder"})],
        id="gap-bid-rejected-separable-verb",
    ),
    pytest.param(
        "Die Aktionäre der Kolorit GmbH nahmen das Übernahmeangebot von Talberg Chemie über 1,1 Mrd. Euro an.",
        [("acquisition", "Kolorit", "1,1 Mrd. Euro", "completed", {"Talberg Chemie": "bidder"})],
        id="gap-bid-accepted",
    ),
    pytest.param(
        "Nach einem Bericht des Handelsblatts verhandelt Talberg Chemie über eine Übernahme der Kolorit GmbH "
        "für rund 1 Mrd. Euro.",
        [("acquisition", "Kolorit", "rund 1 Mrd. Euro", "rumored", {"Talberg Chemie": "acquirer"})],
        id="gap-takeover-rumored",
    ),
    pytest.param(
        "Der Zahlungsdienstleister Talpay will noch in diesem Jahr an die Börse gehen und dabei rund "
        "400 Mio. Franken einsammeln.",
        [("ipo", "Talpay", "rund 400 Mio. Franken", "planned", {})],
        id="gap-ipo-proceeds-not-a-round",
    ),
    pytest.param(
        "Der Zürcher Zahlungsdienstleister Alpenpay bereitet Insidern zufolge einen Börsengang in Frankfurt vor. "
        "Geplant sei, rund 400 Millionen Franken einzusammeln.",
        [("ipo", "Alpenpay", "rund 400 Millionen Franken", "rumored", {})],
        id="gap-ipo-rumored-proceeds-in-next-sentence",
    ),
    pytest.param(
        "Die Solvana AG will im Herbst an die Börse gehen. Der Emissionserlös soll bei rund 250 Mio. Euro liegen.",
        [("ipo", "Solvana", "rund 250 Mio. Euro", "planned", {})],
        id="gap-ipo-planned-emissionserloes",
    ),
    pytest.param(
        "Beim Börsengang der Solvana AG lag der Emissionserlös bei 250 Mio. Euro.",
        [("ipo", "Solvana", "250 Mio. Euro", "completed", {})],
        id="gap-ipo-completed",
    ),
    pytest.param(
        "Die Erstnotiz der Solvana AG ist für Juni geplant.",
        [("ipo", "Solvana", None, "planned", {})],
        id="gap-ipo-erstnotiz",
    ),
    pytest.param(
        "Talberg Chemie und Kolorit haben das Gemeinschaftsunternehmen „Farbwerk“ gegründet, in das beide "
        "200 Mio. Euro investiert haben.",
        [("other", "Farbwerk", "200 Mio. Euro", "completed", {"Talberg Chemie": "investor", "Kolorit": "investor"})],
        id="gap-joint-venture-completed",
    ),
]  # fmt: skip

# Written for the phenomena the blind set b01-b05 showed (existing investors joining a round,
# banks at work on an IPO, a bare "Die Runde" referring back, two rounds in one sentence,
# founders as subject, stakes bought for a vague price); fictional companies.
BLIND = [
    pytest.param(
        "Das Hamburger Start-up Kalvio hat 30 Mio. Euro eingesammelt, angeführt von Nordwind Capital. "
        "Auch die Altinvestoren Brückner Ventures und Seestern Capital ziehen mit.",
        [("funding_round", "Kalvio", "30 Mio. Euro", "completed",
          {"Nordwind Capital": "lead_investor", "Brückner Ventures": "investor", "Seestern Capital": "investor"})],
        id="blind-existing-investors-join",
    ),
    pytest.param(
        "Der Dresdner Chiphersteller Ferrolux plant einen Börsengang. "
        "Begleitet wird der Börsengang von Deutsche Bank und Berenberg.",
        [("ipo", "Ferrolux", None, "planned", {})],
        id="blind-ipo-banks-no-deal",
    ),
    pytest.param(
        "Das Leipziger Start-up Datenwerk steht laut Insidern vor einer Finanzierungsrunde. "
        "Die Runde unter Führung des Investors Talweg Partners solle 50 Millionen Euro umfassen.",
        [("funding_round", "Datenwerk", "50 Millionen Euro", "rumored", {"Talweg Partners": "lead_investor"})],
        id="blind-bare-round-refers-back",
    ),
    pytest.param(
        "Das Leipziger Start-up Datenwerk wächst. Im Mai 2021 hatte Datenwerk eine Seed-Runde über 2 Mio. Euro "
        "unter Führung von Talweg Partners abgeschlossen, Anfang 2023 folgte eine Serie A über 15 Mio. Euro mit "
        "dem Fonds Nordlicht Capital.",
        [("funding_round", "Datenwerk", "2 Mio. Euro", "completed", {"Talweg Partners": "lead_investor"}),
         ("funding_round", "Datenwerk", "15 Mio. Euro", "completed", {"Nordlicht Capital": "investor"})],
        id="blind-two-rounds-one-sentence",
    ),
    pytest.param(
        "Das Kölner Start-up Wasserfeld entwickelt Filter. Die Gründer Anna Keller und Jonas Brandt hatten 2022 "
        "eine Seed-Runde über 1,5 Millionen Euro abgeschlossen.",
        [("funding_round", "Wasserfeld", "1,5 Millionen Euro", "completed", {})],
        id="blind-founders-round-is-the-company",
    ),
    pytest.param(
        "Der Chemiekonzern Rudolfa beteiligt sich an dem Start-up Polymo. Für einen niedrigen zweistelligen "
        "Millionen-Euro-Betrag übernimmt Rudolfa eine Minderheitsbeteiligung von 20 Prozent.",
        [("investment", "Polymo", "einen niedrigen zweistelligen Millionen-Euro-Betrag", "completed", {"Rudolfa": "investor"})],
        id="blind-stake-bought-vague-price",
    ),
    pytest.param(
        "Der Chemiekonzern Rudolfa beteiligt sich an dem Start-up Polymo.",
        [("investment", "Polymo", None, "completed", {"Rudolfa": "investor"})],
        id="blind-takes-part-in-named-company",
    ),
]  # fmt: skip

# Written for the phenomena the blind set c01-c05 showed (an investor named with an earlier round,
# debt, top-ups with a range and a source, a round still ahead, prices per share, a bid's total stated
# apart, a founder's stake, a resisted takeover); fictional companies.
BLIND_C = [
    pytest.param(
        "Das Leipziger Start-up Regalwerk wird vom Kölner Konzern Tannhoff übernommen. Der Wagniskapitalgeber "
        "Kiefer Capital, der 2020 mit einer Seed-Runde über 3 Mio. Euro eingestiegen war, verkauft seine Anteile.",
        [("acquisition", "Regalwerk", None, "completed", {"Tannhoff": "acquirer"}),
         ("funding_round", "Regalwerk", "3 Mio. Euro", "completed", {"Kiefer Capital": "investor"})],
        id="blindc-investor-is-no-round-target",
    ),
    pytest.param(
        "Das Fintech Kassenwerk hat 12 Mio. Euro eingesammelt. Kassenwerk wurde 2022 von Lena Voss gegründet und "
        "erhielt im selben Jahr eine Pre-Seed-Runde über 1 Million Euro von Nordwind Capital.",
        [("funding_round", "Kassenwerk", "12 Mio. Euro", "completed", {}),
         ("funding_round", "Kassenwerk", "1 Million Euro", "completed", {"Nordwind Capital": "investor"})],
        id="blindc-earlier-round-founder-no-investor",
    ),
    pytest.param(
        "Das Fintech Kassenwerk hat eine Serie-A-Finanzierung über 12 Mio. Euro eingesammelt, angeführt von "
        "Nordwind Capital. Neu dabei ist zudem Seestern Ventures, auch Bestandsinvestor Kiefer Capital erhöhte "
        "seinen Einsatz.",
        [("funding_round", "Kassenwerk", "12 Mio. Euro", "completed",
          {"Nordwind Capital": "lead_investor", "Seestern Ventures": "investor", "Kiefer Capital": "investor"})],
        id="blindc-newcomer-and-existing-investor-join",
    ),
    pytest.param(
        "Das Fintech Kassenwerk hat 12 Mio. Euro eingesammelt. Für das Wachstum steht zudem eine Kreditlinie der "
        "Commerzbank über 30 Millionen Euro bereit.",
        [("funding_round", "Kassenwerk", "12 Mio. Euro", "completed", {}),
         ("other", "Kassenwerk", "30 Millionen Euro", "completed", {"Commerzbank": "investor"})],
        id="blindc-credit-line",
    ),
    pytest.param(
        "Das Grazer Energie-Start-up Stromwerk hat sich eine Bridge-Finanzierung gesichert. Bestandsinvestoren, "
        "angeführt vom Münchner Risikokapitalgeber Nordwind Capital, schießen zwischen 5 und 8 Mio. Euro nach, wie "
        "Gründerin Lea Brandt der Zeitung bestätigte. Das Geld soll Stromwerk die Zeit bis zu einer größeren "
        "Serie-B-Runde überbrücken, die im Herbst folgen soll.",
        [("funding_round", "Stromwerk", "zwischen 5 und 8 Mio. Euro", "completed",
          {"Nordwind Capital": "lead_investor"}),
         ("funding_round", "Stromwerk", None, "planned", {})],
        id="blindc-bridge-top-up-source-and-next-round",
    ),
    pytest.param(
        "Das Linzer Start-up Solaris Grid hat 8 Mio. Euro eingesammelt. Das Geld soll die Zeit bis zu einer "
        "Serie-B-Runde überbrücken, die im Herbst folgen soll.",
        [("funding_round", "Solaris Grid", "8 Mio. Euro", "completed", {}),
         ("funding_round", "Solaris Grid", None, "planned", {})],
        id="blindc-round-ahead-is-another-round",
    ),
    pytest.param(
        "Der Logistikkonzern Tannhoff will den Bremer Sensorhersteller Kranich Optics übernehmen. Tannhoff biete "
        "27 Euro je Aktie in bar. Das Angebot bewertet Kranich Optics mit rund 600 Mio. Euro.",
        [("acquisition", "Kranich Optics", "rund 600 Mio. Euro", "planned", {"Tannhoff": "bidder"})],
        id="blindc-bid-total-from-valuation-not-per-share",
    ),
    pytest.param(
        "Der Logistikkonzern Tannhoff will den Bremer Sensorhersteller Kranich Optics übernehmen. Im Mai hatte der "
        "Vorstand noch ein Angebot des Finanzinvestors Kiefer Capital über 22 Euro je Aktie abgelehnt.",
        [("acquisition", "Kranich Optics", None, "planned", {"Tannhoff": "acquirer"}),
         ("acquisition", "Kranich Optics", None, "rejected", {"Kiefer Capital": "bidder"})],
        id="blindc-earlier-bid-per-share-rejected",
    ),
    pytest.param(
        "Der Maschinenbauer Kranich Optics wehrt sich gegen eine Übernahme durch den Konzern Tannhoff. Der Vorstand "
        "lehnte das Angebot von 27 Euro je Aktie ab. Insgesamt hätte Tannhoff für das Unternehmen rund 600 Mio. "
        "Euro auf den Tisch gelegt.",
        [("acquisition", "Kranich Optics", "rund 600 Mio. Euro", "rejected", {"Tannhoff": "acquirer"})],
        id="blindc-resisted-bid-total-stated-apart",
    ),
    pytest.param(
        "Der Logistikkonzern Tannhoff will den Bremer Sensorhersteller Kranich Optics übernehmen. Firmengründer "
        "Lars Haller, der 18 Prozent der Anteile hält, hat bereits zugesagt, seine Aktien anzudienen.",
        [("acquisition", "Kranich Optics", None, "planned", {"Tannhoff": "acquirer"}),
         ("investment", "Kranich Optics", None, "completed", {"Lars Haller": "investor"})],
        id="blindc-founder-stake-held",
    ),
]  # fmt: skip

# A price restated in another currency is the same deal; a bid turned down by its (named) target.
RESTATED_AND_REJECTED = [
    pytest.param(
        "Der Rechenzentrumsbetreiber Kaltfeld Data plant einen Börsengang in Frankfurt. Mehrheitseigner ist seit "
        "2021 der Infrastrukturinvestor Stonebridge Partners, der auch nach dem Börsengang die Mehrheit behalten will.",
        [
            ("ipo", "Kaltfeld Data", None, "planned", {}),
            ("investment", "Kaltfeld Data", None, "completed", {"Stonebridge Partners": "investor"}),
        ],
        id="holder-after-copula-is-no-ipo",
    ),
    pytest.param(
        "Der Chemiekonzern Varendorf Chemie übernimmt den kanadischen Farbenhersteller Maplecoat für 800 Millionen "
        "Dollar. Der Kaufpreis entspricht etwa 700 Mio. Euro. Die Transaktion soll im ersten Halbjahr abgeschlossen "
        "werden.",
        [("acquisition", "Maplecoat", "800 Millionen Dollar", "planned", {"Varendorf Chemie": "acquirer"})],
        id="price-converted-then-closing-ahead",
    ),
    pytest.param(
        "Der Chemiekonzern Varendorf Chemie übernimmt den kanadischen Farbenhersteller Maplecoat für 800 Millionen "
        "Dollar. Der Kaufpreis entspricht etwa 700 Mio. Euro.",
        [("acquisition", "Maplecoat", "800 Millionen Dollar", "completed", {"Varendorf Chemie": "acquirer"})],
        id="price-converted-is-no-second-deal",
    ),
    pytest.param(
        "Der Pharmakonzern Lindholm Pharma kauft das Biotech-Unternehmen Genvera für 1,5 Mrd. Dollar. Umgerechnet "
        "sind das rund 1,3 Mrd. Euro.",
        [("acquisition", "Genvera", "1,5 Mrd. Dollar", "completed", {"Lindholm Pharma": "acquirer"})],
        id="price-converted-umgerechnet",
    ),
    pytest.param(
        "Das Zürcher Start-up Gletschwerk hat in einer Finanzierungsrunde 50 Millionen Franken eingesammelt. Das "
        "entspricht umgerechnet rund 53 Mio. Euro.",
        [("funding_round", "Gletschwerk", "50 Millionen Franken", "completed", {})],
        id="round-converted-das-entspricht",
    ),
    pytest.param(
        "Der Baustoffkonzern Hollmann Bau übernimmt den Dämmstoffhersteller Isolux für 450 Mio. Euro. Ein früheres "
        "Kaufangebot eines Konkurrenten über 380 Mio. Euro hatte Isolux im Frühjahr abgelehnt.",
        [("acquisition", "Isolux", "450 Mio. Euro", "completed", {"Hollmann Bau": "acquirer"}),
         ("acquisition", "Isolux", "380 Mio. Euro", "rejected", {})],
        id="earlier-bid-of-unnamed-bidder-rejected-by-target",
    ),
    pytest.param(
        "Die Reederei Nordkap Shipping hat ein Übernahmeangebot einer Beteiligungsgesellschaft über 2 Mrd. Euro "
        "abgelehnt.",
        [("acquisition", "Nordkap Shipping", "2 Mrd. Euro", "rejected", {})],
        id="target-rejects-bid-of-unnamed-bidder",
    ),
    pytest.param(
        "Der Windparkbetreiber Brisa Energia nahm das Übernahmeangebot eines Versorgers über 600 Mio. Euro an.",
        [("acquisition", "Brisa Energia", "600 Mio. Euro", "completed", {})],
        id="target-accepts-bid-of-unnamed-bidder",
    ),
]  # fmt: skip

# Phenomena of the third blind set (tests/gold d01-d06), each in a sentence written for this test.
BLIND_D = [
    pytest.param(
        "Der Chipkonzern Halvard prüft einen Einstieg bei dem Kieler Start-up Morwell. "
        "Halvard könnte laut Insidern rund 80 Mio. Euro investieren.",
        [("investment", "Morwell", "rund 80 Mio. Euro", "rumored", {"Halvard": "investor"})],
        id="amount-of-the-investors-stake-just-stated",
    ),
    pytest.param(
        "Der Pumpenhersteller Tellhof hatte 2023 rund 300 Mio. Euro für den dänischen Konkurrenten Ravnsø bezahlt.",
        [("acquisition", "Ravnsø", "rund 300 Mio. Euro", "completed", {"Tellhof": "acquirer"})],
        id="price-before-target-bezahlt",
    ),
    pytest.param(
        "Der Vorstand der Brenneck AG hat das Übernahmeangebot von Solvik abgelehnt. "
        "Solvik hatte angekündigt, den Aktionären insgesamt 1,2 Mrd. Euro zu bieten.",
        [("acquisition", "Brenneck", "1,2 Mrd. Euro", "rejected", {"Solvik": "bidder"})],
        id="bid-total-with-verb-of-bidding",
    ),
    pytest.param(
        "Größter Einzelaktionär von Brenneck Chemie ist die Beteiligungsgesellschaft Lindqvist Capital mit neun Prozent.",
        [("investment", "Brenneck Chemie", None, "completed", {"Lindqvist Capital": "investor"})],
        id="holder-named-after-its-company",
    ),
]  # fmt: skip

# Recurring misses of the blind sets d01-d06 and e01-e06, each in a sentence written for this test.
BLIND_E = [
    pytest.param(
        "Die Quellbach AG plant einen Börsengang. Bei der Emission sollen bis zu 320 Mio. Euro zusammenkommen.",
        [("ipo", "Quellbach", "bis zu 320 Mio. Euro", "planned", {})],
        id="ipo-issue-volume-in-next-sentence",
    ),
    pytest.param(
        "Die Quellbach AG bereitet einen Börsengang vor. "
        "Angeboten werden sollen neue Aktien im Volumen von rund 250 Mio. Euro.",
        [("ipo", "Quellbach", "rund 250 Mio. Euro", "planned", {})],
        id="ipo-new-shares-offered",
    ),
    pytest.param(
        "Die Quellbach AG will im Herbst an die Frankfurter Börse gehen. Das Emissionsvolumen soll bei 400 Mio. Euro liegen.",
        [("ipo", "Quellbach", "400 Mio. Euro", "planned", {})],
        id="ipo-named-exchange-and-issue-volume",
    ),
    pytest.param(
        "Die Quellbach AG plant einen Börsengang. Bei der Emission sollen bis zu 320 Mio. Euro zusammenkommen; "
        "Quellbach strebt Insidern zufolge eine Bewertung von 1,5 Mrd. Euro an.",
        [("ipo", "Quellbach", "bis zu 320 Mio. Euro", "planned", {})],
        id="ipo-volume-not-hedged-by-valuation-rumour-past-semicolon",
    ),
    pytest.param(
        "Die Paynix AG plant ihren Börsengang im Herbst. "
        "Neben dem Börsengang prüft Paynix Zukäufe im Volumen von 50 Mio. bis 100 Mio. Euro.",
        [("ipo", "Paynix", None, "planned", {})],
        id="acquisitions-considered-are-no-ipo-volume",
    ),
    pytest.param(
        "Der Baukonzern Korvan zahlte 80 Mio. Euro für einen Anteil von 20 Prozent an dem Softwarehaus Brisko.",
        [("investment", "Brisko", "80 Mio. Euro", "completed", {"Korvan": "investor"})],
        id="price-paid-for-a-stake",
    ),
    pytest.param(
        "Der Baukonzern Korvan hat sich über seine Venture-Tochter an dem Dresdner Start-up Brisko beteiligt. "
        "Korvan zahlte 25 Mio. Euro für einen Anteil von zwölf Prozent.",
        [("investment", "Brisko", "25 Mio. Euro", "completed", {"Korvan": "investor"})],
        id="stake-in-perfect-then-its-price",
    ),
    pytest.param(
        "Der Versorger Lindmark Energie will bis 2028 rund drei Milliarden Euro in neue Windparks investieren.",
        [("other", "Lindmark Energie", "rund drei Milliarden Euro", "planned", {})],
        id="capex-programme-planned",
    ),
    pytest.param(
        "Der Betreiber Lindmark Data plant einen Börsengang. Mit dem Erlös will Lindmark ein Ausbauprogramm finanzieren: "
        "Bis 2029 sollen rund zwei Milliarden Euro in neue Rechenzentren in Leipzig und Wien fließen.",
        [("ipo", "Lindmark Data", None, "planned", {}),
         ("other", "Lindmark Data", "rund zwei Milliarden Euro", "planned", {})],
        id="capex-after-colon-of-the-clause-subject",
    ),
    pytest.param(
        "Das Kieler Start-up Morwell hat 20 Mio. Euro eingesammelt. Zu den Geldgebern zählt auch der Staatsfonds Norrland Invest.",
        [("funding_round", "Morwell", "20 Mio. Euro", "completed", {}),
         ("investment", "Morwell", None, "completed", {"Norrland Invest": "investor"})],
        id="existing-backer-not-in-the-round",
    ),
    pytest.param(
        "Das Kieler Start-up Morwell hat 20 Mio. Euro eingesammelt, angeführt von Halvard Ventures. Zu den bisherigen "
        "Geldgebern zählen der Fonds Kiefer Capital und die Beteiligungsgesellschaft Ostsee Partners.",
        [("funding_round", "Morwell", "20 Mio. Euro", "completed", {"Halvard Ventures": "lead_investor"}),
         ("investment", "Morwell", None, "completed", {"Kiefer Capital": "investor", "Ostsee Partners": "investor"})],
        id="existing-backers-listed",
    ),
    pytest.param(
        "Das Kieler Start-up Morwell hat 20 Mio. Euro eingesammelt. Zu den Geldgebern der Runde zählt auch Kiefer Capital.",
        [("funding_round", "Morwell", "20 Mio. Euro", "completed", {"Kiefer Capital": "investor"})],
        id="backer-of-the-round-stays-in-the-round",
    ),
]  # fmt: skip

NOT_DEALS = [
    pytest.param(
        "Der Vorstandschef Jens Harder baut den Konzern Vollmerhaus seit März um, als er den Chefposten übernahm.",
        id="a-post-taken-over-is-no-takeover",
    ),
    pytest.param(
        "Der Versorger Talwerk Energie betreibt vier Wasserkraftwerke. Das Unternehmen erzielte 2025 einen Gewinn von "
        "28,2 Mio. Fr. An den Kanton flossen als Dividende zuletzt jährlich rund 15 Millionen.",
        id="a-dividend-paid-to-the-owner",
    ),
    pytest.param(
        "Der Messtechnikkonzern Varnholt hat frisches Geld. Zudem soll eine 2022 begebene Anleihe über 100 Millionen "
        "Euro vorzeitig getilgt werden.",
        id="a-bond-paid-back",
    ),
    pytest.param("Quillon Instruments gehört zu den führenden Anbietern von Drucksensoren.", id="belonging-to-peers"),
    pytest.param("Insgesamt flossen 2025 rund 1 Mrd. Euro in deutsche Start-ups.", id="money-flowed-into-a-market"),
    pytest.param("Der Preis liegt bei 1,6 Mrd. Euro.", id="a-price-of-no-takeover"),
    pytest.param("An seinem Standort in Dresden hat Bosch bisher bereits 3 Mrd. Euro investiert.", id="sunk-capex"),
    pytest.param("Seit 2018 hat der Versorger Elbwind rund 2 Mrd. Euro in Solarparks investiert.", id="spent-since"),
    pytest.param("Seitdem steckte die Gruppe mehr als 400 Mio. Euro in ihre Werke.", id="spent-since-then"),
    pytest.param(
        "Insgesamt beläuft sich das Investitionsvolumen von SAP in der Region auf über 1 Mrd. Euro.", id="total-volume"
    ),
    pytest.param("Celonis erzielte im vergangenen Jahr einen Umsatz von 500 Mio. Dollar.", id="revenue"),
    pytest.param("Helsing wächst zwischen zwei Finanzierungsrunden kräftig.", id="plural-rounds"),
    pytest.param(
        "Zusammen stecken SAP, Siemens und Bosch Dutzende Milliarden Euro in ihre Fabriken.",
        id="aggregate-vague",
    ),
    pytest.param("Die Entwicklung des Modells kostete angeblich 5 Mio. Dollar.", id="cost"),
    pytest.param(
        "SoftBank plant ein riesiges Investment, doch Ökonomen bleiben skeptisch.", id="investment-without-target"
    ),
    pytest.param(
        "Insgesamt flossen im vergangenen Jahr 7 Mrd. Euro Risikokapital in deutsche Start-ups.", id="market-total"
    ),
    pytest.param(
        "Das Start-up Parloa hat seit der Gründung insgesamt 300 Mio. Euro eingesammelt.", id="raised-since-founding"
    ),
    pytest.param(
        "Der Umsatz von Siemens stieg auf 3 Mrd. Euro, der Gewinn lag bei 500 Mio. Euro.", id="revenue-and-profit"
    ),
    pytest.param("Der Börsenneuling Solvana steigerte seinen Umsatz auf 80 Mio. Euro.", id="revenue-of-a-newly-listed"),
    pytest.param("Die Isartal Beteiligungen AG schüttet 20 Mio. Euro an ihre Aktionäre aus.", id="cue-inside-a-name"),
    pytest.param("Bei der Übernahme von Kranich Logistik berät die Commerzbank den Käufer.", id="bank-advises"),
    pytest.param("Konsortialführer beim Börsengang von Ferrolux ist die Deutsche Bank.", id="bank-leads-syndicate"),
    pytest.param(
        "Ein Börsengang sei kein Thema, sagte Kranich-Chefin Lea Brandt gegenüber der NZZ.", id="outlet-is-no-target"
    ),
    pytest.param("Die Aktie von Kranich Optics schloss bei 41 Euro je Aktie.", id="price-per-share"),
    pytest.param("Auch Bestandsinvestor Kiefer Capital zeigte sich zufrieden.", id="investor-title-no-stake"),
    pytest.param("Eine Kreditlinie über 50 Mio. Euro steht bereit.", id="credit-line-of-nobody"),
    pytest.param("Einen Börsengang plane Morwell vorerst nicht.", id="ipo-denied"),
    pytest.param("Die Firma Kessing will keine Übernahme von Brenneck.", id="takeover-denied"),
    pytest.param("Größter Einzelaktionär von Brenneck bleibt unklar.", id="holder-not-named"),
    pytest.param("Tellhof hat für das Werk in Kiel Strom bezahlt.", id="paid-for-no-company"),
    pytest.param("Die Quellbach AG platzierte neue Aktien im Volumen von 90 Mio. Euro.", id="share-placement-without-ipo"),
    pytest.param("Die Quellbach AG hat eine Anleihe begeben. Bei der Emission kamen 300 Mio. Euro zusammen.", id="bond-issue"),
    pytest.param("Der Konzern Brandauer ist an der Entwicklung des Modells beteiligt.", id="stative-not-a-stake"),
    pytest.param("Die Mitarbeiter sind am Unternehmen beteiligt.", id="stake-of-nobody-named"),
    pytest.param("Die Sparkasse Kiel will für ihre Kunden Kredite über 50.000 Euro bieten.", id="bieten-an-offer-to-customers"),
    pytest.param("Der Verkauf von Elektroautos an Privatkunden brachte dem Konzern Talvera 2 Mrd. Euro.", id="sales-of-goods"),
    pytest.param("Insgesamt hat das Start-up Sanorix seit seiner Gründung 60 Mio. Euro an Wagniskapital eingeworben.", id="total-since-founding"),
    pytest.param("Lakestar investiert 5 Mio. Euro und erhält dafür einen Sitz im Beirat.", id="fund-money-for-no-company"),
    pytest.param("„Wir wollen einen Chip für den Konzern Talvera anbieten“, sagt Vorstandschefin Julia Kaiser.", id="anbieten-no-bid"),
    pytest.param("Kunden aus der Autoindustrie haben großes Interesse signalisiert.", id="interest-of-customers-no-bid"),
    pytest.param(
        "Die Ostermann-Aktie legte nach Bekanntwerden des Verkaufs um knapp vier Prozent auf 57,30 Euro zu.",
        id="a-share-gaining-after-news-raises-no-bid",
    ),
    pytest.param(
        "Der Verkaufspreis der neuen Modelle liegt bei 40.000 Euro, das sind 2.000 Euro mehr als bisher.",
        id="a-selling-price-of-goods",
    ),
    pytest.param("Die Stadt erhält vom Bund rund 20 Millionen Euro für den Ausbau des Hafens.", id="money-received-for-no-sale"),
]


# Stakes held and stakes sold: the company whose shares change hands is the target, never the seller or buyer.
STAKES = [
    pytest.param(
        "Der Versicherer Talvera ist seit 2021 an dem Start-up Neovista beteiligt.",
        [("investment", "Neovista", None, "completed", {"Talvera": "investor"})],
        id="stake-held-stative",
    ),
    pytest.param(
        "An dem Kölner Start-up Lernfeld ist zudem der Medienkonzern Brandauer beteiligt.",
        [("investment", "Lernfeld", None, "completed", {"Brandauer": "investor"})],
        id="stake-held-inverted",
    ),
    pytest.param(
        "Am Start-up Lernfeld sind die Fonds Kiefer Capital und Nordhafen Ventures beteiligt.",
        [("investment", "Lernfeld", None, "completed", {"Kiefer Capital": "investor", "Nordhafen Ventures": "investor"})],
        id="stake-held-two-holders",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell hat seine Mehrheit an dem Labordienstleister Sanorix an den Finanzinvestor "
        "Kiefer Capital verkauft.",
        [("acquisition", "Sanorix", None, "completed", {"Kiefer Capital": "acquirer", "Morwell": "seller"})],
        id="majority-sold",
    ),
    pytest.param(
        "Der Versicherer Talvera verkauft 49 Prozent der Anteile an der Tochter Sanorix an den Finanzinvestor "
        "Kiefer Capital.",
        [("investment", "Sanorix", None, "completed", {"Kiefer Capital": "investor", "Talvera": "seller"})],
        id="stake-sold-percent",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell verkauft den Chemiehersteller Sanorix für 900 Mio. Euro an den "
        "US-Konzern Brandauer.",
        [("acquisition", "Sanorix", "900 Mio. Euro", "completed", {"Brandauer": "acquirer", "Morwell": "seller"})],
        id="company-sold",
    ),
    pytest.param(
        "Medienberichten zufolge steht der Verkauf der Tochter Sanorix an den Autokonzern Brandauer kurz bevor.",
        [("acquisition", "Sanorix", None, "rumored", {"Brandauer": "acquirer"})],
        id="sale-noun-rumored",
    ),
    pytest.param(
        "Der Konzern Talvera plant den Verkauf seiner Tochter Sanorix an den Finanzinvestor Morwell.",
        [("acquisition", "Sanorix", None, "planned", {"Morwell": "acquirer", "Talvera": "seller"})],
        id="sale-noun-planned-with-seller",
    ),
    pytest.param(
        "Der Konzern Talvera hat den Verkauf der Sparte an den Finanzinvestor Morwell für 2 Mrd. Euro abgeschlossen.",
        [("acquisition", "Talvera", "2 Mrd. Euro", "completed", {"Morwell": "acquirer", "Talvera": "seller"})],
        id="sale-noun-unit-of-the-seller",
    ),
]  # fmt: skip


# Bids with the price before the target and the verb last.
PRICE_FIRST_BIDS = [
    pytest.param(
        "Der Finanzinvestor Morwell zeigte sich bereit, bis zu 1,3 Mrd. Euro für den Gabelstaplerhersteller "
        "Sanorix zu bieten.",
        [("acquisition", "Sanorix", "bis zu 1,3 Mrd. Euro", "planned", {"Morwell": "bidder"})],
        id="bid-infinitive",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell hatte zuvor 900 Mio. Euro für den Gabelstaplerhersteller Sanorix geboten.",
        [("acquisition", "Sanorix", "900 Mio. Euro", "planned", {"Morwell": "bidder"})],
        id="bid-perfect",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell legt für den Softwareanbieter Sanorix ein Angebot über 2,1 Mrd. Euro vor.",
        [("acquisition", "Sanorix", "2,1 Mrd. Euro", "planned", {"Morwell": "bidder"})],
        id="bid-noun-for-company",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell erhöht sein Angebot für den Softwareanbieter Sanorix auf 2,4 Mrd. Euro.",
        [("acquisition", "Sanorix", "2,4 Mrd. Euro", "planned", {"Morwell": "bidder"})],
        id="bid-raised",
    ),
]  # fmt: skip

# Stakes taken without an amount, and control bought.
ENTRIES = [
    pytest.param(
        "Der Konzern Brandauer steigt beim Start-up Sanorix ein.",
        [("investment", "Sanorix", None, "completed", {"Brandauer": "investor"})],
        id="entry-without-amount",
    ),
    pytest.param(
        "Der Konzern Brandauer ist beim Start-up Sanorix eingestiegen.",
        [("investment", "Sanorix", None, "completed", {"Brandauer": "investor"})],
        id="entry-participle-last",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell kauft sich beim Softwareanbieter Sanorix ein.",
        [("investment", "Sanorix", None, "completed", {"Morwell": "investor"})],
        id="buys-into-is-a-stake",
    ),
    pytest.param(
        "Der Chemiekonzern Talvera übernimmt für 300 Mio. Euro die Mehrheit an dem Spezialisten Sanorix.",
        [("acquisition", "Sanorix", "300 Mio. Euro", "completed", {"Talvera": "acquirer"})],
        id="majority-bought",
    ),
    pytest.param(
        "Das Start-up Sanorix hat von den Investoren Lakestar und Earlybird 25 Mio. Euro erhalten.",
        [("funding_round", "Sanorix", "25 Mio. Euro", "completed", {"Lakestar": "investor", "Earlybird": "investor"})],
        id="round-from-the-investors",
    ),
    pytest.param(
        "Das Start-up Sanorix sammelt 30 Mio. Euro ein. Angeführt wird die Runde von Lakestar, auch Earlybird "
        "beteiligt sich.",
        [("funding_round", "Sanorix", "30 Mio. Euro", "completed", {"Lakestar": "lead_investor", "Earlybird": "investor"})],
        id="lead-by-von-after-round-noun",
    ),
    pytest.param(
        "Angeführt wurde die Finanzierungsrunde von Sanorix vom Investor Lakestar.",
        [("funding_round", "Sanorix", None, "completed", {"Lakestar": "lead_investor"})],
        id="round-of-company-led-by-investor",
    ),
    pytest.param(
        "Das Start-up Sanorix hat in einer Finanzierungsrunde 30 Mio. Euro eingesammelt. Lakestar investiert "
        "10 Mio. Euro und erhält dafür einen Sitz im Beirat.",
        [("funding_round", "Sanorix", "30 Mio. Euro", "completed", {}),
         ("investment", "Sanorix", "10 Mio. Euro", "completed", {"Lakestar": "investor"})],
        id="fund-investing-names-no-company",
    ),
    pytest.param(
        "Das Start-up Sanorix hat 30 Mio. Euro eingesammelt. Der Konzern Talvera investiert zudem 2 Mrd. Euro.",
        [("funding_round", "Sanorix", "30 Mio. Euro", "completed", {}),
         ("other", "Talvera", "2 Mrd. Euro", "planned", {})],
        id="corporation-investing-names-no-company",
    ),
    pytest.param(
        "Sanorix Robotics strebt an die Frankfurter Börse. Ankeraktionär Mubadala hat zugesagt, Aktien zu zeichnen. "
        "Bei dem Börsengang will das Unternehmen 310 Mio. Euro einnehmen.",
        [("ipo", "Sanorix Robotics", "310 Mio. Euro", "planned", {})],
        id="ipo-reference-is-no-fund-or-exchange",
    ),
    pytest.param(
        "Der Medizintechnikhersteller Sanorix Medical will noch im Oktober an die Börse. Aus der Ausgabe neuer "
        "Aktien will Sanorix rund 250 Millionen Euro erlösen. Größter Eigentümer ist der Finanzinvestor Kiefer "
        "Capital. Kiefer Capital will im Zuge des Börsengangs einen Teil seiner Papiere abgeben.",
        [("ipo", "Sanorix Medical", "rund 250 Millionen Euro", "planned", {}),
         ("investment", "Sanorix Medical", None, "completed", {"Kiefer Capital": "investor"})],
        id="ipo-proceeds-owner-and-selling-fund",
    ),
    pytest.param(
        "Der Konzern Talvera übernimmt 75 Prozent des Softwareanbieters Sanorix.",
        [("acquisition", "Sanorix", None, "completed", {"Talvera": "acquirer"})],
        id="majority-stake-is-a-takeover",
    ),
    pytest.param(
        "Der Konzern Talvera übernimmt 25 Prozent des Softwareanbieters Sanorix.",
        [("investment", "Sanorix", None, "completed", {"Talvera": "investor"})],
        id="minority-stake-named-in-genitive",
    ),
    pytest.param(
        "Der Versicherer Talvera verkauft 30 Prozent seiner Tochter Sanorix an den Finanzinvestor Kiefer Capital.",
        [("investment", "Sanorix", None, "completed", {"Kiefer Capital": "investor", "Talvera": "seller"})],
        id="minority-stake-sold",
    ),
]  # fmt: skip


# The price of a takeover stated before, said with a verb of paying and the buyer as subject.
PRICES_LATER = [
    pytest.param(
        "Der Finanzinvestor Morwell hat die Übernahme des Bremer Logistikers Sanorix abgeschlossen. Zum Kaufpreis "
        "machten die Beteiligten keine Angaben. Laut Insidern zahlt Morwell einschließlich Schulden rund 1,4 Mrd. Euro.",
        [("acquisition", "Sanorix", "rund 1,4 Mrd. Euro", "completed", {"Morwell": "acquirer"})],
        id="price-paid-by-the-buyer",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell übernimmt den Logistiker Sanorix. Morwell zahlt dafür 900 Mio. Euro.",
        [("acquisition", "Sanorix", "900 Mio. Euro", "completed", {"Morwell": "acquirer"})],
        id="price-paid-dafuer",
    ),
    pytest.param(
        "Der Verwaltungsrat des Herstellers Sanorix hat das Übernahmeangebot des Rivalen Talvera abgelehnt. "
        "Insgesamt hätte Talvera rund 2,1 Milliarden Franken auf den Tisch gelegt.",
        [("acquisition", "Sanorix", "rund 2,1 Milliarden Franken", "rejected", {"Talvera": "bidder"})],
        id="total-on-the-table",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell übernimmt den Logistiker Sanorix. Morwell lässt sich den Kauf 1,4 Mrd. Euro kosten.",
        [("acquisition", "Sanorix", "1,4 Mrd. Euro", "completed", {"Morwell": "acquirer"})],
        id="purchase-costs-the-buyer",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell übernimmt den Logistiker Sanorix. Im Vorjahr zahlte Morwell 40 Mio. Euro Steuern.",
        [("acquisition", "Sanorix", None, "completed", {"Morwell": "acquirer"})],
        id="paid-for-something-else",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell übernimmt den Logistiker Sanorix. Im Vorjahr hatte Morwell für den Kauf von "
        "Talvera 40 Mio. Euro gezahlt.",
        [("acquisition", "Sanorix", None, "completed", {"Morwell": "acquirer"}),
         ("acquisition", "Talvera", "40 Mio. Euro", "completed", {"Morwell": "acquirer"})],
        id="price-of-another-purchase",
    ),
    pytest.param(
        "Der Finanzinvestor Morwell übernimmt den Logistiker Sanorix. Der Rivale Kiefer Capital zahlt für den "
        "Hersteller Talvera 300 Mio. Euro.",
        [("acquisition", "Sanorix", None, "completed", {"Morwell": "acquirer"}),
         ("acquisition", "Talvera", "300 Mio. Euro", "completed", {"Kiefer Capital": "acquirer"})],
        id="another-buyer-another-deal",
    ),
]  # fmt: skip

# Takeover news beyond the first report: rivals, the shares an IPO issues, posts taken over.
FOLLOW_UPS = [
    pytest.param(
        "Der Konzern Morwell bietet 2 Mrd. Euro für den Hersteller Sanorix. Insidern zufolge erwägt der Rivale "
        "Talvera ein Gegenangebot.",
        [("acquisition", "Sanorix", "2 Mrd. Euro", "planned", {"Morwell": "bidder"}),
         ("acquisition", "Sanorix", None, "rumored", {"Talvera": "bidder"})],
        id="counter-bid-for-the-company-bid-for",
    ),
    pytest.param(
        "Der Hersteller Sanorix will im Herbst an die Frankfurter Börse. Über eine Kapitalerhöhung sollen dem "
        "Unternehmen 350 Mio. Euro zufließen.",
        [("ipo", "Sanorix", "350 Mio. Euro", "planned", {})],
        id="capital-increase-of-an-ipo",
    ),
    pytest.param(
        # the IPO's course in between keeps it in view: the capital increase is still its issue
        "Der Hersteller Sanorix will im Herbst an die Frankfurter Börse. Die Papiere sollen ab Montag angeboten werden. "
        "Die Zeichnungsfrist endet am 12. Oktober. Der erste Handelstag ist für den 14. Oktober geplant. Über eine "
        "Kapitalerhöhung sollen dem Unternehmen 350 Mio. Euro zufließen.",
        [("ipo", "Sanorix", "350 Mio. Euro", "planned", {})],
        id="capital-increase-of-an-ipo-spoken-of-since",
    ),
    pytest.param(
        "Der Hersteller Sanorix will im Herbst an die Frankfurter Börse. Das Werk in Ulm wird erweitert. Die Kantine "
        "wurde renoviert. Der Vorstand ist zufrieden. Über eine Kapitalerhöhung sollen dem Unternehmen 350 Mio. Euro "
        "zufließen.",
        [("ipo", "Sanorix", None, "planned", {}), ("funding_round", "Sanorix", "350 Mio. Euro", "planned", {})],
        id="capital-increase-long-after-an-ipo",
    ),
    pytest.param(
        "Der Hersteller Sanorix will im Herbst an die Frankfurter Börse. Als Ankerinvestor hat sich die "
        "Fondsgesellschaft Norvik Invest verpflichtet, Aktien im Wert von 40 Mio. Euro zu zeichnen.",
        [("ipo", "Sanorix", None, "planned", {}), ("investment", "Sanorix", "40 Mio. Euro", "planned", {"Norvik Invest": "investor"})],
        id="anchor-investor-of-an-ipo",
    ),
    pytest.param(
        "Der Hersteller Sanorix will im Herbst an die Frankfurter Börse. Das Platzierungsvolumen könnte auf 700 Mio. Euro steigen. "
        "Der Vermögensverwalter Norvik Invest hat sich als Ankerinvestor verpflichtet, Papiere im Volumen von "
        "80 Mio. Euro zu übernehmen.",
        # the volume hedged ("könnte"), not the IPO: planned, as the company announced it
        [("ipo", "Sanorix", "700 Mio. Euro", "planned", {}),
         ("investment", "Sanorix", "80 Mio. Euro", "planned", {"Norvik Invest": "investor"})],
        id="anchor-investor-of-an-announced-ipo",
    ),
    pytest.param(
        "In das Start-up Sanorix flossen 2024 rund 150 Mio. Euro.",
        [("investment", "Sanorix", "rund 150 Mio. Euro", "completed", {})],
        id="money-flowed-into-a-company",
    ),
    pytest.param(
        "Der Hersteller Sanorix hat eine Kapitalerhöhung über 350 Mio. Euro abgeschlossen.",
        [("funding_round", "Sanorix", "350 Mio. Euro", "completed", {})],
        id="capital-increase-without-ipo",
    ),
    pytest.param(
        "Der Softwarehersteller Morwell fusioniert mit Talvera. An die Spitze rückt Talvera-Chef Jan Okafor, "
        "Morwell-Chefin Ines Brandt soll den Aufsichtsratsvorsitz übernehmen.",
        [("acquisition", "Talvera", None, "completed", {"Morwell": "acquirer"})],  # the merger, not the post
        id="a-post-taken-over-is-no-deal",
    ),
    pytest.param(
        "Rechtlich übernimmt Morwell den Hersteller Talvera für 1,6 Mrd. Euro.",
        [("acquisition", "Talvera", "1,6 Mrd. Euro", "completed", {"Morwell": "acquirer"})],
        id="sentence-adverb-is-no-buyer",
    ),
]  # fmt: skip

# A reference by the noun a company was introduced with: that company, however many are named between.
INTRODUCED = [
    pytest.param(
        "Der Stuttgarter Autozulieferer Kessmann & Rau wächst. Das Start-up Brixa Cells baut Zellen, die Firma "
        "Ondra liefert Teile. Der Zulieferer verhandelt über die Übernahme des Kabelspezialisten Wendtner.",
        [("acquisition", "Wendtner", None, "rumored", {"Kessmann & Rau": "acquirer"})],
        id="trade-noun-reaches-past-other-names",
    ),
    pytest.param(
        "Der Finanzinvestor Northway Partners ist zufrieden. Die Firma Ondra liefert Teile. Nun will der "
        "Finanzinvestor den Hersteller Kaltris übernehmen.",
        [("acquisition", "Kaltris", None, "planned", {"Northway Partners": "acquirer"})],
        id="finanzinvestor",
    ),
    pytest.param(
        # a generic noun is the company named nearest before: Keltor, not the Konzern introduced first
        "Der Chemiekonzern Nordhain wehrt sich. Der Rivale Keltor Industries hält an dem Plan fest. Der Konzern hatte 2 Mrd. "
        "Dollar für den Hersteller Quimaro bezahlt.",
        [("acquisition", "Quimaro", "2 Mrd. Dollar", "completed", {"Keltor Industries": "acquirer"})],
        id="generic-noun-takes-the-nearest",
    ),
    pytest.param(
        "Der Zulieferer Kessmann & Rau verhandelt über die Übernahme des Spezialisten Wendtner. Im Gespräch sei ein "
        "Preis von rund 150 Mio. Euro.",
        [("acquisition", "Wendtner", "rund 150 Mio. Euro", "rumored", {"Kessmann & Rau": "acquirer"})],
        id="a-price-stated-after-the-takeover",
    ),
    pytest.param(
        "Der Konzern Morwell übernimmt den Hersteller Talvera. Der Preis für die Übernahme liegt bei 1,6 Mrd. Euro.",
        [("acquisition", "Talvera", "1,6 Mrd. Euro", "completed", {"Morwell": "acquirer"})],
        id="the-price-for-the-takeover",
    ),
    pytest.param(
        "Der Konzern Morwell übernimmt den Hersteller Talvera. Der Preis je Aktie liegt bei 45 Euro.",
        [("acquisition", "Talvera", None, "completed", {"Morwell": "acquirer"})],
        id="a-price-per-share-is-no-total",
    ),
    pytest.param(
        "Der Konzern Morwell übernimmt den Hersteller Talvera. Der Preis für eine Tonne Stahl lag zuletzt bei 800 Euro.",
        [("acquisition", "Talvera", None, "completed", {"Morwell": "acquirer"})],
        id="a-price-of-something-else",
    ),
]  # fmt: skip


# Earlier rounds named by their label, a name inside a reference's modifier, closing remarks a few sentences on
# (the gaps the seventh held-out set showed; names invented).
EARLIER_ROUNDS_AND_CLOSINGS = [
    pytest.param(
        "Das Kölner Start-up Fennwerk hat eine Series B über 30 Mio. Euro abgeschlossen. Angeführt wird die Runde "
        "von Oakhill Ventures. Im Mai 2022 hatte das Start-up in einer Series A acht Millionen Euro eingesammelt, "
        "damals unter Führung von Rheinau Capital. Die Seed-Runde im Jahr 2020 hatte Lindmoor Partners angeführt.",
        [("funding_round", "Fennwerk", "30 Mio. Euro", "completed", {"Oakhill Ventures": "lead_investor"}),
         ("funding_round", "Fennwerk", "acht Millionen Euro", "completed", {"Rheinau Capital": "lead_investor"}),
         ("funding_round", "Fennwerk", None, "completed", {"Lindmoor Partners": "lead_investor"})],
        id="earlier-rounds-named-by-label",
    ),
    pytest.param(
        "Das Kölner Start-up Fennwerk hat eine Series B über 30 Mio. Euro abgeschlossen. Angeführt wird die Series B "
        "von Oakhill Ventures, auch Rheinau Capital beteiligt sich.",
        [("funding_round", "Fennwerk", "30 Mio. Euro", "completed",
          {"Oakhill Ventures": "lead_investor", "Rheinau Capital": "investor"})],
        id="the-same-label-is-the-same-round",
    ),
    pytest.param(
        "Für 900 Mio. Euro übernimmt der im MDax notierte Konzern Kelbrand den Hersteller Tessora.",
        [("acquisition", "Tessora", "900 Mio. Euro", "completed", {"Kelbrand": "acquirer"})],
        id="index-inside-a-named-phrase",
    ),
    pytest.param(
        "Der Konzern Kelbrand baut sein Geschäft aus. Für 900 Mio. Euro übernimmt der im MDax notierte Konzern "
        "den Hersteller Tessora.",
        [("acquisition", "Tessora", "900 Mio. Euro", "completed", {"Kelbrand": "acquirer"})],
        id="index-inside-a-reference",
    ),
    pytest.param(
        "Der Konzern Kelbrand übernimmt den Hersteller Tessora für 900 Mio. Euro. Verkäufer ist die Familie Moll. "
        "Der Kaufpreis schließt Schulden ein. Der Abschluss der Transaktion steht unter dem Vorbehalt der "
        "Zustimmung der Kartellbehörden.",
        [("acquisition", "Tessora", "900 Mio. Euro", "planned", {"Kelbrand": "acquirer"})],
        id="closing-pending-three-sentences-on",
    ),
    pytest.param(
        "Der Konzern Kelbrand übernimmt den Hersteller Tessora für 900 Mio. Euro. Kelbrand rechnet mit einem "
        "Vollzug im vierten Quartal.",
        [("acquisition", "Tessora", "900 Mio. Euro", "planned", {"Kelbrand": "acquirer"})],
        id="closing-expected",
    ),
    pytest.param(
        "Der Konzern Kelbrand übernimmt den Hersteller Tessora für 900 Mio. Euro. Verkäufer ist die Familie Moll. "
        "Der Kaufpreis schließt Schulden ein. Tessora beschäftigt 800 Menschen. Die Kartellbehörden müssen "
        "noch zustimmen.",
        [("acquisition", "Tessora", "900 Mio. Euro", "completed", {"Kelbrand": "acquirer"})],
        id="closing-remark-beyond-reach",
    ),
    pytest.param(
        "Der Laborausrüster Vennholt will an die Börse. Das Platzierungsvolumen soll bis zu 500 Millionen Euro "
        "betragen. Davon sollen rund 200 Millionen Euro aus einer Kapitalerhöhung stammen, den Rest steuert "
        "Mehrheitseigner Harlow Crest durch den Verkauf eigener Aktien bei.",
        [("ipo", "Vennholt", "bis zu 500 Millionen Euro", "planned", {})],
        id="part-of-the-volume-and-a-holder",
    ),
    pytest.param(
        "Das Start-up Vennholt hat 20 Mio. Euro eingesammelt. Den Großteil der Runde steuert Mehrheitseigner "
        "Harlow Crest bei.",
        [("funding_round", "Vennholt", "20 Mio. Euro", "completed", {})],
        id="a-holder-named-without-amount-is-no-company",
    ),
    pytest.param(
        "Das Start-up Vennholt hat 20 Mio. Euro eingesammelt. Analysten gehen davon aus, dass Vennholt bald "
        "weitere 30 Mio. Euro einsammeln will.",
        [("funding_round", "Vennholt", "20 Mio. Euro", "completed", {}),
         ("funding_round", "Vennholt", "30 Mio. Euro", "planned", {})],
        id="davon-aus-is-no-part",
    ),
    pytest.param(
        "Der Finanzinvestor Corran Vale steht offenbar kurz vor dem Verkauf des Glasherstellers Brisolt.",
        [("acquisition", "Brisolt", None, "rumored", {"Corran Vale": "seller"})],
        id="sale-noun-buyer-not-named",
    ),
    pytest.param(
        "Der Finanzinvestor Corran Vale hält den Glashersteller Brisolt seit 2019. Corran Vale will Brisolt verkaufen.",
        [("acquisition", "Brisolt", None, "planned", {"Corran Vale": "seller"})],
        id="sale-verb-buyer-not-named",
    ),
    pytest.param(
        "Der Finanzinvestor Corran Vale steht offenbar kurz vor dem Verkauf des Glasherstellers Brisolt. Wie die "
        "Zeitung berichtet, verhandelt der Werkstoffkonzern Maurwerk exklusiv über eine Übernahme.",
        [("acquisition", "Brisolt", None, "rumored", {"Corran Vale": "seller", "Maurwerk": "acquirer"})],
        id="sale-buyer-in-the-next-sentence",
    ),
    pytest.param(
        "Wie aus Finanzkreisen verlautete, lotet der Konzern Harlingen einen Verkauf der Gießereitochter "
        "Tannrode aus. Als möglicher Käufer gilt demnach der Finanzinvestor Corran Vale.",
        [("acquisition", "Tannrode", None, "rumored", {"Harlingen": "seller", "Corran Vale": "acquirer"})],
        id="sale-buyer-named-by-noun",
    ),
    pytest.param(
        "Der Maschinenbauer Tormann Werke übernimmt den Sensorhersteller Brisolt für 340 Millionen Euro. Verkäufer "
        "ist der Finanzinvestor Corran Vale, der Brisolt im Jahr 2019 gekauft hatte.",
        [("acquisition", "Brisolt", "340 Millionen Euro", "completed",
          {"Tormann Werke": "acquirer", "Corran Vale": "seller"}),
         ("acquisition", "Brisolt", None, "completed", {"Corran Vale": "acquirer"})],
        id="seller-named-by-noun-and-its-earlier-purchase",
    ),
    pytest.param(
        "Der Konzern Harlingen verkauft seine Sparte. Der Verkauf von Elektroautos brach zuletzt ein.",
        [],
        id="sale-of-no-named-company",
    ),
    pytest.param(
        "Der Konzern Kestwerk beteiligt sich an dem Hersteller Norvalt. Seit 2022 ist die Beteiligungsgesellschaft "
        "Ostkapital mit zehn Prozent an Norvalt beteiligt. Sie hatte damals 45 Mio. Euro in das Unternehmen investiert.",
        [("investment", "Norvalt", None, "completed", {"Kestwerk": "investor"}),
         ("investment", "Norvalt", "45 Mio. Euro", "completed", {"Ostkapital": "investor"})],
        id="the-nearest-stake-takes-the-amount",
    ),
]  # fmt: skip


# Control bought by words, closing remarks naming the deal far on, payments stated later with the payer named
# (recurring misses of the development sets; names invented).
CONTROL_CLOSINGS_PAYMENTS = [
    pytest.param(
        "Die Marusaki Holdings übernimmt sämtliche Anteile an der Wendholt Getriebebau GmbH.",
        [("acquisition", "Wendholt Getriebebau", None, "completed", {"Marusaki Holdings": "acquirer"})],
        id="all-shares-are-a-takeover",
    ),
    pytest.param(
        "Der Konzern Marusaki erwirbt eine Mehrheitsbeteiligung an dem Getriebebauer Wendholt.",
        [("acquisition", "Wendholt", None, "completed", {"Marusaki": "acquirer"})],
        id="majority-stake-noun-is-a-takeover",
    ),
    pytest.param(
        "Der Konzern Marusaki kauft 100 Prozent der Anteile an dem Getriebebauer Wendholt.",
        [("acquisition", "Wendholt", None, "completed", {"Marusaki": "acquirer"})],
        id="all-percent-is-a-takeover",
    ),
    pytest.param(
        "Der Konzern Marusaki übernimmt 30 Prozent der Anteile an dem Getriebebauer Wendholt.",
        [("investment", "Wendholt", None, "completed", {"Marusaki": "investor"})],
        id="a-minority-stays-a-stake",
    ),
    pytest.param(
        "Der Konzern Marusaki hält 12 Prozent an der Wendholt AG, alle Aktien hatte er vergangene Woche über die "
        "Börse erworben.",
        [("investment", "Wendholt", None, "completed", {"Marusaki": "investor"})],
        id="control-word-away-from-the-buying-verb",
    ),
    pytest.param(
        "Der Konzern Marusaki übernimmt den Getriebebauer Wendholt. Wendholt wurde 1953 gegründet. Der Umsatz lag "
        "zuletzt bei 300 Mio. Euro. Wendholt beschäftigt 1.400 Menschen. Marusaki will beide Werke erhalten. "
        "Die Transaktion muss vom Bundeskartellamt freigegeben werden.",
        [("acquisition", "Wendholt", None, "planned", {"Marusaki": "acquirer"})],
        id="closing-remark-naming-the-deal-far-on",
    ),
    pytest.param(
        "Der Konzern Marusaki übernimmt den Getriebebauer Wendholt. Wendholt wurde 1953 gegründet. Der Umsatz lag "
        "zuletzt bei 300 Mio. Euro. Wendholt beschäftigt 1.400 Menschen. Marusaki will beide Werke erhalten. "
        "Die Kartellbehörden müssen noch zustimmen.",
        [("acquisition", "Wendholt", None, "completed", {"Marusaki": "acquirer"})],
        id="closing-remark-far-on-without-the-deal-named",
    ),
    pytest.param(
        "Das Start-up Fennwerk hat 30 Mio. Euro eingesammelt. Fennwerk wurde 2019 gegründet. Das Team zählt 80 "
        "Leute. Die Kunden sitzen in Europa. Fennwerk will wachsen. Abgeschlossen ist das Geschäft noch nicht.",
        [("funding_round", "Fennwerk", "30 Mio. Euro", "completed", {})],
        id="closing-remark-far-on-is-no-rounds",
    ),
    pytest.param(
        "Der Konzern Marusaki übernimmt 24,9 Prozent der Anteile an dem Getriebebauer Wendholt. Vollzogen wurde die "
        "Transaktion Ende Oktober. Über den Kaufpreis schweigen die Partner. Nach Informationen des Handelsblatts "
        "zahlt Marusaki rund 300 Millionen Franken.",
        [("investment", "Wendholt", "rund 300 Millionen Franken", "completed", {"Marusaki": "investor"})],
        id="payment-by-name-three-sentences-on",
    ),
    pytest.param(
        "Der Konzern Marusaki übernimmt 24,9 Prozent der Anteile an dem Getriebebauer Wendholt. Vollzogen wurde die "
        "Transaktion Ende Oktober. Über den Kaufpreis schweigen die Partner. Nach Informationen des Handelsblatts "
        "zahlt die Konkurrentin Tessora rund 300 Millionen Franken.",
        [("investment", "Wendholt", None, "completed", {"Marusaki": "investor"})],
        id="payment-by-another-name-is-not-its-price",
    ),
    pytest.param(
        "Der Konzern Marusaki übernimmt den Getriebebauer Wendholt, wie beide am Dienstag mitteilten. Marusaki "
        "zahlt nach eigenen Angaben rund 420 Millionen Euro, Schulden eingeschlossen.",
        [("acquisition", "Wendholt", "rund 420 Millionen Euro", "completed", {"Marusaki": "acquirer"})],
        id="payment-by-name-next-sentence",
    ),
]  # fmt: skip


# The people of a place for a company from there; a board or shareholders in a compound; a pre-IPO round;
# the buyer paying for its takeover, named by its nation.
PLACES_ORGANS_ROUNDS = [
    pytest.param(
        "Der Darmstädter Chemiekonzern Wendeler will wachsen. Wendeler ist seit 2019 an der Firma Probix beteiligt. "
        "Die Darmstädter übernehmen nun 30 Prozent der Anteile an dem Start-up Lumetix.",
        [("investment", "Probix", None, "completed", {"Wendeler": "investor"}),
         ("investment", "Lumetix", None, "completed", {"Wendeler": "investor"})],
        id="town-people-introduced-with-the-adjective",
    ),
    pytest.param(
        "Der schwedische Industriekonzern Hallvik und die Firma Probix wachsen. Die Schweden übernehmen 30 Prozent "
        "der Anteile an dem Start-up Lumetix.",
        [("investment", "Lumetix", None, "completed", {"Hallvik": "investor"})],
        id="nation-people-introduced-with-the-adjective",
    ),
    pytest.param(
        "Hamburg. Der Windturbinenhersteller Aeroval SE baut ein Werk. Der Zulieferer Faserwerk wächst kräftig. "
        "Die Hamburger waren 2021 bei dem Zulieferer Faserwerk eingestiegen.",
        [("investment", "Faserwerk", None, "completed", {"Aeroval": "investor"})],
        id="town-people-of-the-dateline",
    ),
    pytest.param(
        "Der Konzern Hallvik und die Firma Probix wachsen. Ein Sprecher der Firma Probix sagte, die Darmstädter "
        "hätten nichts gekauft.",
        [],
        id="town-people-with-no-company-placed-there-and-no-deal",
    ),
    pytest.param(
        "Der Vorstand sprach mit dem Interviewer. Später sagte der Norweger, man wolle wachsen.",
        [],
        id="singular-after-a-verb-is-a-person",
    ),
    pytest.param(
        "Der Konzern Hallvik wächst. Ein erstes Angebot über 38 Euro je Aktie, insgesamt gut eine Milliarde Euro, "
        "hatte der Brandwerk-Vorstand im März als zu niedrig zurückgewiesen.",
        [("acquisition", "Brandwerk", "gut eine Milliarde Euro", "rejected", {})],
        id="board-named-in-a-compound",
    ),
    pytest.param(
        "Die Kanemura Holdings aus Osaka übernimmt sämtliche Anteile an der Brennwald Antriebstechnik GmbH. "
        "Die Japaner zahlen nach eigenen Angaben rund 420 Millionen Euro, die Übernahme von Schulden eingeschlossen.",
        [("acquisition", "Brennwald Antriebstechnik", "rund 420 Millionen Euro", "completed",
          {"Kanemura Holdings": "acquirer"})],
        id="buyer-named-by-its-nation-pays-for-its-takeover",
    ),
    pytest.param(
        "Der Münchner IT-Sicherheitsspezialist Wachtfels Security AG will an die Börse. Insgesamt will Wachtfels bis "
        "zu 480 Mio. Euro einsammeln. Erst im April hatten die Münchner in einer Pre-IPO-Runde 75 Mio. Euro "
        "eingesammelt, angeführt von Seraya Capital.",
        [("ipo", "Wachtfels Security", "bis zu 480 Mio. Euro", "planned", {}),
         ("funding_round", "Wachtfels Security", "75 Mio. Euro", "completed", {"Seraya Capital": "lead_investor"})],
        id="pre-ipo-round-is-a-round",
    ),
]  # fmt: skip

# A bid's total stated on its own, its rejection by noun, a bid with no target named, a reference naming a country.
BID_TOTALS_AND_REFERENCES = [
    pytest.param(
        "Der Konzern Hallvik bietet den Aktionären des Getriebebauers Brandwerk 44 Euro je Aktie in bar. Insgesamt "
        "hat die Offerte damit einen Wert von 1,2 Mrd. Euro.",
        [("acquisition", "Brandwerk", "1,2 Mrd. Euro", "planned", {"Hallvik": "bidder"})],
        id="bid-total-by-the-offer-noun",
    ),
    pytest.param(
        "Der Konzern Hallvik bietet den Aktionären des Getriebebauers Brandwerk 44 Euro je Aktie in bar. Das "
        "entspräche einem Gesamtwert von knapp 1,3 Mrd. Euro.",
        [("acquisition", "Brandwerk", "knapp 1,3 Mrd. Euro", "planned", {"Hallvik": "bidder"})],
        id="bid-total-by-what-it-comes-to",
    ),
    pytest.param(
        "Der Konzern Hallvik übernimmt den Getriebebauer Brandwerk. Der Umsatz lag bei 2 Mrd. Euro. Das "
        "entspräche einem Gesamtwert von knapp 1,3 Mrd. Euro.",
        [("acquisition", "Brandwerk", None, "completed", {"Hallvik": "acquirer"})],
        id="no-total-for-a-takeover-without-a-price-per-share",
    ),
    pytest.param(
        "Der Konzern Sennwald will Rabenau übernehmen. Im Frühjahr 2023 hatte der Konzern den Rabenau-Aktionären 24 "
        "Euro je Aktie in bar geboten, was damals knapp 1,1 Mrd. Euro entsprochen hätte. Der Rabenau-Vorstand wies "
        "die Offerte als „deutlich zu niedrig“ zurück.",
        [("acquisition", "Rabenau", None, "planned", {"Sennwald": "acquirer"}),
         ("acquisition", "Rabenau", "knapp 1,1 Mrd. Euro", "rejected", {"Sennwald": "bidder"})],
        id="bid-rejected-by-noun-in-the-next-sentence",
    ),
    pytest.param(
        "Der Konzern Sennwald bietet den Rabenau-Aktionären 24 Euro je Aktie, insgesamt 1,1 Mrd. Euro. Der Vorstand "
        "der Firma Lindqvist lehnte das Angebot eines anderen Bieters ab.",
        [("acquisition", "Rabenau", "1,1 Mrd. Euro", "planned", {"Sennwald": "bidder"})],
        id="another-company-rejecting-another-bid",
    ),
    pytest.param(
        "Die Clearwater AG will den Optikhersteller Lichtenau übernehmen. Der japanische Konzern Hoshida Seiki "
        "bestätigte am Dienstag, ein Übernahmeangebot von 41 Euro je Aktie vorzubereiten.",
        [("acquisition", "Lichtenau", None, "planned", {"Clearwater": "acquirer"}),
         ("acquisition", "Lichtenau", None, "planned", {"Hoshida Seiki": "bidder"})],
        id="bid-noun-without-target-is-for-the-contested-company",
    ),
    pytest.param(
        "Der Verpackungsmaschinenbauer Kornberg hat die Übernahmeofferte des US-Konkurrenten Pellmont Industries "
        "zurückgewiesen. Kornberg will mit dem Rivalen Veldmar fusionieren und Veldmar übernehmen. Wie Reuters "
        "erfuhr, erwägt der US-Konzern jedoch, sein Angebot auf bis zu 46 Euro je Aktie aufzustocken.",
        [("acquisition", "Kornberg", None, "rejected", {"Pellmont Industries": "bidder"}),
         ("acquisition", "Veldmar", None, "planned", {"Kornberg": "acquirer"}),
         ("acquisition", "Kornberg", None, "rumored", {"Pellmont Industries": "bidder"})],
        id="its-own-bid-raised-by-a-reference-naming-its-country",
    ),
    pytest.param(
        "Der Schweizer Konzern Helvor übernimmt 60 Prozent an Thermex. Neben der Familie und den Schweizern ist die "
        "Beteiligungsgesellschaft Südfonds mit zehn Prozent an Thermex beteiligt.",
        [("acquisition", "Thermex", None, "completed", {"Helvor": "acquirer"}),
         ("investment", "Thermex", None, "completed", {"Südfonds": "investor"})],
        id="listed-after-neben-is-no-investor",
    ),
    pytest.param(
        "Der Konzern Sennwald übernimmt den Kabelhersteller Rabenau. Zustimmen müssen noch die Hauptversammlungen "
        "beider Gesellschaften.",
        [("acquisition", "Rabenau", None, "planned", {"Sennwald": "acquirer"})],
        id="closing-ahead-verb-first",
    ),
    pytest.param(
        "Der Konzern Brennhof will den Logistiker Kortmann übernehmen. Brennhof hatte zunächst 31 Euro je Aktie in "
        "bar geboten und das Angebot Mitte September auf 33,50 Euro erhöht.",
        [("acquisition", "Kortmann", None, "planned", {"Brennhof": "acquirer"})],
        id="raised-price-per-share-is-no-total",
    ),
]  # fmt: skip

# Bids priced per share with the target named only before, raised bids answered by the board, stakes in words.
RAISED_BIDS_AND_STAKES = [
    pytest.param(
        "Übernahmekampf um Brennecke Sensorik\n\nDer Konkurrent Tallvik Instruments bietet nun 46,50 Euro je Aktie.",
        [("acquisition", "Brennecke Sensorik", None, "planned", {"Tallvik Instruments": "bidder"})],
        id="bid-per-share-for-the-company-named-first",
    ),
    pytest.param(
        "Übernahmekampf um Brennecke Sensorik\n\nDer Konkurrent Tallvik Instruments bietet nun 46,50 Euro je Aktie. "
        "Das gesamte Unternehmen wird damit mit rund 2,3 Mrd. Euro bewertet.",
        [("acquisition", "Brennecke Sensorik", "rund 2,3 Mrd. Euro", "planned", {"Tallvik Instruments": "bidder"})],
        id="valuation-by-reference-is-the-bids-total",
    ),
    pytest.param(
        "Der Konzern Tallvik will den Sensorhersteller Brennecke übernehmen. Im Herbst hatte Tallvik erstmals 38 Euro je Aktie geboten, "
        "was rund 1,9 Mrd. Euro entsprach. Der Vorstand wies die Offerte zurück. Auch die erste Nachbesserung auf "
        "42 Euro je Aktie, insgesamt knapp 2,1 Mrd. Euro, lehnte der Vorstand Mitte Januar ab.",
        [("acquisition", "Brennecke", None, "planned", {"Tallvik": "acquirer"}),
         ("acquisition", "Brennecke", "rund 1,9 Mrd. Euro", "rejected", {"Tallvik": "bidder"}),
         ("acquisition", "Brennecke", "knapp 2,1 Mrd. Euro", "rejected", {"Tallvik": "bidder"})],
        id="raised-bid-turned-down-by-the-board",
    ),
    pytest.param(
        "Der Staatsfonds Korvat Investment Authority kauft sich bei Lindholm Energie ein. Zudem hält Korvat knapp "
        "fünf Prozent am dänischen Hafenbetreiber Nordby Terminals.",
        [("investment", "Lindholm Energie", None, "completed", {"Korvat Investment Authority": "investor"}),
         ("investment", "Nordby", None, "completed", {"Korvat Investment Authority": "investor"})],
        id="stake-in-words-held-am",
    ),
    pytest.param(
        "Der Konzern Tallvik will den Sensorhersteller Brennecke übernehmen. Der Umsatz stieg um fünf Prozent, der Vorstand lehnte "
        "eine Prognose ab.",
        [("acquisition", "Brennecke", None, "planned", {"Tallvik": "acquirer"})],
        id="board-declining-no-bid-is-no-bid",
    ),
    pytest.param(
        "Im vergangenen Jahr hatte der Fonds Korvat Capital für rund 1,1 Mrd. Euro einen Minderheitsanteil am "
        "spanischen Netzbetreiber Red Lumbre übernommen.",
        [("investment", "Red Lumbre", "rund 1,1 Mrd. Euro", "completed", {"Korvat Capital": "investor"})],
        id="minority-stake-before-a-verb-closing-the-clause",
    ),
]  # fmt: skip

# Mergers: the company named first takes over the one named second, or the one after "mit".
MERGERS = [
    pytest.param(
        "Der Softwarehersteller Lastmark und der niederländische Wettbewerber Kaldrin haben sich auf einen "
        "Zusammenschluss verständigt. Je Kaldrin-Aktie erhalten die Anteilseigner 0,82 neue Lastmark-Aktien. "
        "Kaldrin wird damit mit rund 1,6 Mrd. Euro bewertet.",
        [("acquisition", "Kaldrin", "rund 1,6 Mrd. Euro", "planned", {"Lastmark": "acquirer"})],
        id="merger-of-two-named-together-priced-by-valuation",
    ),
    pytest.param(
        "Der Konzern Kornbach will sich mit dem niederländischen Rivalen Veldmar Packaging zusammenschließen.",
        [("acquisition", "Veldmar Packaging", None, "planned", {"Kornbach": "acquirer"})],
        id="merger-with-the-partner-after-mit",
    ),
    pytest.param(
        "Die Chemiekonzerne Tervin und Meinau wagen die Fusion unter Gleichen. Die Aktionäre sollen im Juni "
        "abstimmen. Der Standort bleibt erhalten. Die Chefin sprach von einem guten Tag. Die Synergien sollen "
        "350 Mio. Euro erreichen. Auf Basis der Schlusskurse vom Freitag bewertet die Transaktion Meinau mit rund "
        "6,3 Mrd. Euro.",
        [("acquisition", "Meinau", "rund 6,3 Mrd. Euro", "planned", {"Tervin": "acquirer"})],
        id="merger-priced-by-the-transaction-far-on",
    ),
    pytest.param(
        "Der fusionierte Konzern Tervin Meinau käme auf einen Börsenwert von 14 Mrd. Euro.", [],
        id="the-merged-company-is-no-merger",
    ),
    pytest.param(
        "Das Start-up Helionfusion sammelt für seinen Kernfusion-Reaktor 40 Mio. Euro ein.",
        [("funding_round", "Helionfusion", "40 Mio. Euro", "completed", {})],
        id="fusion-inside-words-is-no-merger",
    ),
    pytest.param(
        "Der Konzern Sennbach plant die Fusion seiner beiden Sparten.", [],
        id="merger-noun-without-two-companies-is-no-deal",
    ),
]  # fmt: skip

NAMED_ROUNDS_AND_FINANCING = [
    pytest.param(
        "Das Kölner Start-up Sorvana hat 90 Mio. US-Dollar eingesammelt, umgerechnet rund 83 Mio. Euro.",
        [("funding_round", "Sorvana", "90 Mio. US-Dollar", "completed", {})],
        id="conversion-after-umgerechnet-in-the-same-sentence",
    ),
    pytest.param(
        "Das Kölner Start-up Sorvana hat 90 Mio. Euro eingesammelt. Angeführt wird die Runde von Brackwater "
        "Partners. Der Umsatz hat sich verdoppelt. Die Kunden kommen aus der Industrie. Der Markt wächst schnell. "
        "Die Konkurrenz ist groß. Die Software läuft in der Cloud. Das Team zählt 80 Leute. Der Standort bleibt "
        "Köln. Gegründet wurde Sorvana 2022 von Lea Brandt und Malte Voss. Noch im selben Jahr sammelten die beiden "
        "in einer Pre-Seed-Runde 1,5 Millionen Euro ein, angeführt von Elbquell Seed.",
        [("funding_round", "Sorvana", "90 Mio. Euro", "completed", {"Brackwater Partners": "lead_investor"}),
         ("funding_round", "Sorvana", "1,5 Millionen Euro", "completed", {"Elbquell Seed": "lead_investor"})],
        id="named-round-far-from-its-company",
    ),
    pytest.param(
        "Das Kölner Start-up Sorvana hat 90 Mio. Euro eingesammelt. Der Umsatz hat sich verdoppelt. Die Kunden "
        "kommen aus der Industrie. Der Markt wächst schnell. Im Juli 2023 folgte eine Series B über 40 Mio. Dollar "
        "unter Führung von Brackwater Partners, bei der Sorvana mit rund 200 Mio. Dollar bewertet wurde.",
        [("funding_round", "Sorvana", "90 Mio. Euro", "completed", {}),
         ("funding_round", "Sorvana", "40 Mio. Dollar", "completed", {"Brackwater Partners": "lead_investor"})],
        id="round-amount-beside-the-valuation-of-the-same-sentence",
    ),
    pytest.param(
        "Der Chemiekonzern Veldhaus übernimmt den Lackhersteller Marrento für 900 Mio. Euro. Finanziert wird der "
        "Kauf über Barmittel und einen Brückenkredit über 600 Mio. Euro, den das Bankhaus Kellerdorf bereitstellt.",
        [("acquisition", "Marrento", "900 Mio. Euro", "completed", {"Veldhaus": "acquirer"})],
        id="the-loan-financing-a-purchase-is-no-price",
    ),
    pytest.param(
        "Der Logistikkonzern Hallmark Cargo bleibt unabhängig. Der aktivistische Investor Teal Rock Capital, der "
        "rund 7 Prozent an Hallmark Cargo hält, fordert eine Aufspaltung.",
        [("investment", "Hallmark Cargo", None, "completed", {"Teal Rock Capital": "investor"})],
        id="stake-held-with-the-verb-last",
    ),
    pytest.param(
        "Der Konzern Sennbrück und der Rivale Arvelo wollen sich zusammenschließen. Die Sennbrück-Aktionäre sollen "
        "danach rund 60 Prozent an dem gemeinsamen Unternehmen halten.",
        [("acquisition", "Arvelo", None, "planned", {"Sennbrück": "acquirer"})],
        id="shares-of-the-merged-company-are-no-stake",
    ),
]  # fmt: skip


ROUNDUPS_AND_SOURCES = [
    pytest.param(
        "Bravolt (Wien): Das Wiener Start-up hat in einer Seed-Runde 2 Mio. Euro eingesammelt. Das Geld kommt vom "
        "Frühphaseninvestor Kaltwasser Ventures.\n\nTessaro (Zürich): Das ETH-Spin-off schließt eine Seed-Runde "
        "über 3 Mio. Franken ab.\n\nInsgesamt sammelten Schweizer Start-ups laut einer Auswertung des "
        "Datenanbieters Quellwerk Data rund 1 Mrd. Franken ein.",
        [("funding_round", "Bravolt", "2 Mio. Euro", "completed", {"Kaltwasser Ventures": "investor"}),
         ("funding_round", "Tessaro", "3 Mio. Franken", "completed", {})],
        id="roundup-entries-each-about-its-company",
    ),
    pytest.param(
        "Nach Daten des Beratungsunternehmens Brandis & Hollweg flossen im ersten Quartal rund 2 Mrd. Euro in "
        "deutsche Start-ups.",
        [],
        id="the-source-of-a-market-figure-is-no-party",
    ),
    pytest.param(
        "Der Linzer Softwareanbieter Taktwerk ist übernommen worden. Käufer ist der Logistikkonzern Brandhuber "
        "Logistik.",
        [("acquisition", "Taktwerk", None, "completed", {"Brandhuber Logistik": "acquirer"})],
        id="taken-over-in-the-perfect-passive-buyer-named-after",
    ),
    pytest.param(
        "Der Finanzinvestor Elbkap übernimmt 75,1 Prozent der Anteile an dem Pumpenhersteller Rodewald. Die "
        "restlichen Anteile bleiben bei der Familie. Über den Kaufpreis schweigen beide Seiten. Nach Informationen "
        "aus Finanzkreisen zahlt Elbkap für das Paket rund 300 Mio. Euro.",
        [("acquisition", "Rodewald", "rund 300 Mio. Euro", "completed", {"Elbkap": "acquirer"})],
        id="price-from-sources-for-the-buyers-takeover-sentences-before",
    ),
    pytest.param(
        "Der Versorger Nordhagen Energie verkauft weiter. Im vergangenen Jahr folgte der Verkauf der Wärmetochter "
        "Nordhagen Wärme an den Finanzinvestor Brackmoor Infrastructure für 300 Mio. Euro.",
        [("acquisition", "Nordhagen Wärme", "300 Mio. Euro", "completed", {"Brackmoor Infrastructure": "acquirer"})],
        id="a-unit-named-after-its-parent-and-a-german-noun",
    ),
]  # fmt: skip

MERGERS_AND_HOLDERS = [
    pytest.param(
        "Die Volksbank Grenzland soll auf die Westerwäldische Bank verschmolzen werden. Die Aktionäre der Volksbank "
        "Grenzland erhalten neue Aktien.",
        [("acquisition", "Volksbank Grenzland", None, "planned", {"Westerwäldische Bank": "acquirer"})],
        id="merged-into-the-bank-after-auf",
    ),
    pytest.param(
        "Die Altmärkische Bank und die Sparkasse Lauterbach wollen fusionieren. Das Umtauschverhältnis bewertet die "
        "Sparkasse Lauterbach mit rund 900 Mio. Euro.",
        [("acquisition", "Sparkasse Lauterbach", "rund 900 Mio. Euro", "planned", {"Altmärkische Bank": "acquirer"})],
        id="exchange-ratio-gives-the-merger-its-value",
    ),
    pytest.param(
        "Vor fünf Jahren hatte die Altmärkische Bank der Sparkasse Lauterbach ein Übernahmeangebot von 18 Euro je "
        "Aktie unterbreitet, das der Lauterbacher Vorstand als zu niedrig zurückwies.",
        [("acquisition", "Sparkasse Lauterbach", None, "rejected", {"Altmärkische Bank": "bidder"})],
        id="bid-turned-down-by-the-board-in-a-relative-clause",
    ),
    pytest.param(
        "Der Maschinenbauer Trossberg übernimmt den Rivalen Kelmstett. Rückendeckung kommt vom größten "
        "Trossberg-Aktionär. Der Finanzinvestor Norrvik Capital, der 15 Prozent der Anteile hält, hat zugesagt, "
        "auf der geplanten Hauptversammlung zuzustimmen. Abgeschlossen werden soll der Deal im Sommer.",
        [("acquisition", "Kelmstett", None, "planned", {"Trossberg": "acquirer"}),
         ("investment", "Trossberg", None, "completed", {"Norrvik Capital": "investor"})],
        id="stake-held-in-the-company-whose-owner-noun-came-before",
    ),
    pytest.param(
        "Der Maschinenbauer Trossberg übernimmt den Rivalen Kelmstett. Rückendeckung kommt vom größten "
        "Einzelaktionär der Trossberg: Die Stiftung Elbhaus Beteiligungen, die 9 Prozent der Anteile hält, "
        "stimmt zu.",
        [("acquisition", "Kelmstett", None, "completed", {"Trossberg": "acquirer"}),
         ("investment", "Trossberg", None, "completed", {"Elbhaus Beteiligungen": "investor"})],
        id="stake-held-owner-noun-in-the-clause-before",
    ),
    pytest.param(
        "Der Chemiekonzern Varnholt übernimmt den Farbenhersteller Brisgau für 400 Mio. Euro. Nach dem Vollzug "
        "sollen die bisherigen Aktionäre der Varnholt rund 80 Prozent am gemeinsamen Konzern halten, die "
        "Anteilseigner der Brisgau etwa 20 Prozent.",
        [("acquisition", "Brisgau", "400 Mio. Euro", "completed", {"Varnholt": "acquirer"})],
        id="the-company-of-shareholders-holds-no-stake",
    ),
    pytest.param(
        "Der Logistiker Hallbach übernimmt den Spediteur Ostrander. Hallbach hatte bereits im Frühjahr einen "
        "Anteil von 20 Prozent an Ostrander erworben. Die Übernahme soll bis zum Jahresende abgeschlossen sein.",
        [("acquisition", "Ostrander", None, "planned", {"Hallbach": "acquirer"}),
         ("investment", "Ostrander", None, "completed", {"Hallbach": "investor"})],
        id="earlier-stake-with-the-verb-last-and-a-closing-of-the-takeover",
    ),
    pytest.param(
        "Der Chemiekonzern Maraldi übernimmt den Spezialisten Kelmstett. Vor drei Jahren war der Finanzinvestor "
        "Torvane Partners mit einem Übernahmeversuch gescheitert.",
        [("acquisition", "Kelmstett", None, "completed", {"Maraldi": "acquirer"}),
         ("acquisition", "Kelmstett", None, "rejected", {"Torvane Partners": "bidder"})],
        id="the-bidder-failed",
    ),
    pytest.param(
        "Der Konzern Maraldi erwägt, dem Spezialisten Kelmstett ein Gegenangebot zu unterbreiten. Im Raum stehe "
        "eine Barofferte von bis zu 1 Mrd. Euro.",
        [("acquisition", "Kelmstett", "bis zu 1 Mrd. Euro", "rumored", {"Maraldi": "bidder"})],
        id="a-bid-noun-gives-the-bid-just-stated-its-total",
    ),
    pytest.param(
        "Der Staatsfonds Solvik und der Industriekonzern Brammert beteiligen sich an der Zellwerk Oderland GmbH, "
        "dem bisherigen Gemeinschaftsunternehmen des schwedischen Zellherstellers Norrcell Batteries und des "
        "Finanzinvestors Pellworm Capital. Brammert zahlt 200 Mio. Euro für 30 Prozent.",
        [("investment", "Zellwerk Oderland", "200 Mio. Euro", "completed",
          {"Brammert": "investor", "Solvik": "investor"})],
        id="a-joint-venture-without-a-name-describes-the-company-invested-in",
    ),
    pytest.param(
        "Der Medien- und Spielekonzern Ostwind Media verkauft seine Tochter Ostwind Radio an den US-Konzern "
        "Beacon Audio. Im vergangenen Jahr übernahm Ostwind das Danziger Studio Mewa Studios für 40 Mio. Euro.",
        [("acquisition", "Ostwind Radio", None, "completed", {"Beacon Audio": "acquirer", "Ostwind Media": "seller"}),
         ("acquisition", "Mewa Studios", "40 Mio. Euro", "completed", {"Ostwind Media": "acquirer"})],
        id="media-radio-audio-and-studio-names",
    ),
]  # fmt: skip

# A parent group, the unit it sells, entries by capital increase, owners titled without a company.
GROUPS_AND_UNITS = [
    pytest.param(
        "Der Verlag Elbstrom Media verkauft seine Tochter Elbstrom Druck an den Konzern Varnholt. Zugleich "
        "beteiligt sich der Staatsfonds Solvik im Zuge einer Kapitalerhöhung mit 200 Mio. Euro an der Gruppe.",
        [("acquisition", "Elbstrom Druck", None, "completed", {"Elbstrom Media": "seller", "Varnholt": "acquirer"}),
         ("investment", "Elbstrom Media", "200 Mio. Euro", "completed", {"Solvik": "investor"})],
        id="the-group-is-the-seller-not-the-unit-sold",
    ),
    pytest.param(
        "Der Baustoffkonzern Holzmark übernimmt 24,9 Prozent an dem Start-up Klinova. Nach Informationen aus "
        "Finanzkreisen zahlt Holzmark einen zweistelligen Millionenbetrag, der größte Teil davon fließt als "
        "Kapitalerhöhung in das Unternehmen.",
        [("investment", "Klinova", None, "completed", {"Holzmark": "investor"})],
        id="money-flowing-as-a-capital-increase-is-the-entry-not-a-round",
    ),
    pytest.param(
        "Der Zulieferer Brammert sammelt über eine Kapitalerhöhung 80 Mio. Euro ein.",
        [("funding_round", "Brammert", "80 Mio. Euro", "completed", {})],
        id="a-capital-increase-without-an-entering-investor-is-a-round",
    ),
    pytest.param(
        "Der Verlag Elbstrom Media trennt sich für rund 150 Mio. Euro von seinen Druckereien. Der Käufer ist der "
        "Konzern Varnholt. Elbstrom verkauft seine Tochter Elbstrom Druck an Varnholt. Der Kaufpreis liegt bei "
        "rund 150 Mio. Euro.",
        [("acquisition", "Elbstrom Druck", "rund 150 Mio. Euro", "completed",
          {"Elbstrom Media": "seller", "Varnholt": "acquirer"})],
        id="an-unnamed-unit-sold-is-the-one-named-later-for-the-same-price",
    ),
    pytest.param(
        "Der Verlag Elbstrom Media verkauft sein Druckgeschäft und holt den Staatsfonds Solvik an Bord.",
        [],
        id="a-second-predicate-after-und-names-no-unit-sold",
    ),
    pytest.param(
        "Der Verlag Elbstrom Media verkauft seine Tochter Elbstrom Druck an den Konzern Varnholt. Zuvor hatte "
        "Elbstrom das "
        "Studio Mewa Studios für 40 Mio. Euro übernommen. Der bisherige Minderheitsaktionär Norrvik Capital, der "
        "vor fünf Jahren eingestiegen war, bleibt mit 24 Prozent an Bord.",
        [("acquisition", "Elbstrom Druck", None, "completed", {"Elbstrom Media": "seller", "Varnholt": "acquirer"}),
         ("acquisition", "Mewa Studios", "40 Mio. Euro", "completed", {"Elbstrom Media": "acquirer"}),
         ("investment", "Elbstrom Media", None, "completed", {"Norrvik Capital": "investor"})],
        id="a-titled-owner-holds-a-stake-in-the-articles-company",
    ),
    pytest.param(
        "Der Staatsfonds Solvik beteiligt sich mit 200 Mio. Euro an Elbstrom Media. Der Umsatz stieg zuletzt. "
        "Die Marge sank. Die Zahl der Mitarbeiter wuchs. Der Einstieg von Solvik wird voraussichtlich im ersten "
        "Quartal vollzogen.",
        [("investment", "Elbstrom Media", "200 Mio. Euro", "planned", {"Solvik": "investor"})],
        id="a-closing-remark-naming-the-investor-reaches-its-deal",
    ),
]  # fmt: skip

# A contested bid: the raised offer valued by "Das bewertet ...", a rival's bid and stake in one sentence,
# synergies of the takeover that are no price.
CONTESTED_BIDS = [
    pytest.param(
        "Der Versicherer Hanseatia bietet nun 46,50 Euro je Aktie für den Rivalen Maklerwerk. Das bewertet "
        "Maklerwerk insgesamt mit rund 1,86 Mrd. Euro.",
        [("acquisition", "Maklerwerk", "rund 1,86 Mrd. Euro", "planned", {"Hanseatia": "bidder"})],
        id="a-demonstrative-valuing-gives-the-bid-its-total",
    ),
    pytest.param(
        "Der Versicherer Hanseatia will die Plattform Maklerwerk übernehmen. Mitte Februar trat der Finanzinvestor "
        "Ridgefield Partners auf den Plan. Die Amerikaner boten 42 Euro je Aktie, zusammen rund 1,68 Mrd. Euro, "
        "und halten bereits knapp acht Prozent der Anteile.",
        [("acquisition", "Maklerwerk", None, "planned", {"Hanseatia": "acquirer"}),
         ("acquisition", "Maklerwerk", "rund 1,68 Mrd. Euro", "planned", {"Ridgefield Partners": "bidder"}),
         ("investment", "Maklerwerk", None, "completed", {"Ridgefield Partners": "investor"})],
        id="a-rivals-bid-and-the-stake-it-holds-after-und",
    ),
    pytest.param(
        "Der Versicherer Hanseatia übernimmt die Plattform Maklerwerk. Hanseatia verspricht sich von dem Zukauf "
        "jährliche Kostensynergien von 60 bis 70 Mio. Euro.",
        [("acquisition", "Maklerwerk", None, "completed", {"Hanseatia": "acquirer"})],
        id="synergies-are-no-price",
    ),
]  # fmt: skip

# Investors joining a round, one with its share of it; shares bought from staff in a secondary sale.
ROUND_SHARES = [
    pytest.param(
        "Das Start-up Voltano hat in einer Series-C-Runde 600 Mio. Dollar eingesammelt. Die Bestandsinvestoren "
        "Lakestar und Earlybird beteiligen sich erneut, neu dabei ist der Cloudanbieter Stratos Compute, der rund "
        "100 Mio. Dollar beisteuert.",
        [("funding_round", "Voltano", "600 Mio. Dollar", "completed",
          {"Earlybird": "investor", "Lakestar": "investor", "Stratos Compute": "investor"}),
         ("investment", "Voltano", "rund 100 Mio. Dollar", "completed", {"Stratos Compute": "investor"})],
        id="a-participant-with-its-share-of-the-round",
    ),
    pytest.param(
        "Das Start-up Voltano hat in einer Series-C-Runde 600 Mio. Dollar eingesammelt. Die Investoren Lakestar "
        "und Earlybird übernehmen in einer sogenannten Secondary-Transaktion Mitarbeiteraktien im Wert von rund "
        "40 Mio. Dollar.",
        [("funding_round", "Voltano", "600 Mio. Dollar", "completed", {}),
         ("investment", "Voltano", "rund 40 Mio. Dollar", "completed", {"Earlybird": "investor", "Lakestar": "investor"})],
        id="a-secondary-sale-is-a-stake-not-a-takeover",
    ),
    pytest.param(
        "Das Start-up Voltano hat 60 Mio. Dollar eingesammelt. Neu dabei ist der Konzern Stratos Compute, der "
        "100 Mio. Dollar in ein eigenes Werk steckt.",
        [("funding_round", "Voltano", "60 Mio. Dollar", "completed", {}),
         ("other", "Stratos Compute", "100 Mio. Dollar", "completed", {})],
        id="more-than-the-round-is-no-share-of-it",
    ),
]  # fmt: skip

# A private-equity takeover of a majority: the company's value is no price; a takeover told in the
# pluperfect has no closing ahead.
MAJORITIES_AND_EARLIER_TAKEOVERS = [
    pytest.param(
        "Der Finanzinvestor Lindenhof Partners übernimmt die Mehrheit an der Wiedmaier Maschinenbau GmbH. Nach "
        "Informationen aus Finanzkreisen bewertet die Transaktion das Unternehmen mit rund 480 Mio. Euro.",
        [("acquisition", "Wiedmaier Maschinenbau", None, "completed", {"Lindenhof Partners": "acquirer"})],
        id="the-value-of-a-company-bought-in-part-is-no-price",
    ),
    pytest.param(
        "Der Finanzinvestor Lindenhof Partners übernimmt die Wiedmaier Maschinenbau GmbH. Die Transaktion "
        "bewertet Wiedmaier mit rund 480 Mio. Euro.",
        [("acquisition", "Wiedmaier Maschinenbau", "rund 480 Mio. Euro", "completed", {"Lindenhof Partners": "acquirer"})],
        id="the-value-of-a-company-bought-whole-is-its-price",
    ),
    pytest.param(
        "Der Finanzinvestor Lindenhof Partners übernimmt die Wiedmaier Maschinenbau GmbH. Vor zwei Jahren "
        "hatte der Investor den Spezialisten Gerlach übernommen. Die Transaktion steht noch unter dem Vorbehalt "
        "der Kartellbehörden.",
        [("acquisition", "Wiedmaier Maschinenbau", None, "planned", {"Lindenhof Partners": "acquirer"}),
         ("acquisition", "Gerlach", None, "completed", {"Lindenhof Partners": "acquirer"})],
        id="a-takeover-told-in-the-pluperfect-has-no-closing-ahead",
    ),
]  # fmt: skip

# A named bidder's offer turned down, the bid noun its only deal word (developed on blind set q).
OFFERS_TURNED_DOWN = [
    pytest.param(
        "Die Familie führt den Zulieferer Lindemann Antriebstechnik seit 1962. Vor sechs Jahren hatte sie ein "
        "Angebot des US-Konkurrenten Harlow Industries über knapp 150 Mio. Euro ausgeschlagen.",
        [("acquisition", "Lindemann Antriebstechnik", "knapp 150 Mio. Euro", "rejected", {"Harlow Industries": "bidder"})],
        id="an-offer-of-a-named-bidder-turned-down",
    ),
    pytest.param(
        "Der Zulieferer Lindemann Antriebstechnik wächst. Ein Angebot des Verbands über Schulungen schlug die "
        "Firma aus.",
        [],
        id="an-offer-of-no-company-is-no-bid",
    ),
]  # fmt: skip

# A subject pronoun after a verb of a deal, or after an auxiliary, is the company spoken of as subject
# before, else the buyer of the deal stated last (developed on q01 and l01).
PRONOUN_SUBJECTS = [
    pytest.param(
        "Der Schweizer Pumpenhersteller Alvastro wächst weiter. Wie das in Zürich notierte Unternehmen am Montag "
        "mitteilte, übernimmt es 70 Prozent an der Harnisch Ventiltechnik GmbH für 95 Mio. Franken.",
        [("acquisition", "Harnisch Ventiltechnik", "95 Mio. Franken", "completed", {"Alvastro": "acquirer"})],
        id="es-after-the-verb-is-the-subject-before",
    ),
    pytest.param(
        "Der Augsburger Konzern Kessgard übernimmt den Kölner Anlagenbauer Talvio. Für die Augsburger ist es "
        "der größte Zukauf. Vor zwei Jahren hatten sie den Sensorhersteller Mirelon für 40 Mio. Euro erworben.",
        [
            ("acquisition", "Talvio", None, "completed", {"Kessgard": "acquirer"}),
            ("acquisition", "Mirelon", "40 Mio. Euro", "completed", {"Kessgard": "acquirer"}),
        ],
        id="sie-after-an-auxiliary-is-the-last-buyer",
    ),
    pytest.param(
        "Die Holding Brandau AG ordnet ihr Portfolio. Wie sie mitteilte, verkauft sie ihre Tochter Selvo an den "
        "Finanzinvestor Arvell Capital.",
        [("acquisition", "Selvo", None, "completed", {"Arvell Capital": "acquirer", "Brandau": "seller"})],
        id="sie-after-a-verb-of-sale-is-the-seller",
    ),
    pytest.param(
        "Der Konzern Kessgard prüft Optionen. Zuletzt hatte es Gespräche gegeben, die Firma Talvio zu übernehmen.",
        [],
        id="an-impersonal-es-refers-to-nothing",
    ),
]  # fmt: skip

# Public investors and a state's veto (developed on q04): a stake bought with no company named is in the
# company just spoken of; another buyer's stake next to it is part of the same transaction; an apposition
# between the verb and the stake's size does not hide the stake; a government forbidding a takeover rejects it.
PUBLIC_STAKES = [
    pytest.param(
        "Der Bund steigt bei der Hagedorn Optik GmbH ein. Die Förderbank KfW übernimmt im Auftrag des Bundes "
        "25,1 Prozent der Anteile und zahlt dafür rund 400 Mio. Euro. Zusätzlich erwirbt die L-Bank, die "
        "Förderbank des Landes Baden-Württemberg, ein Paket von zehn Prozent für etwa 160 Mio. Euro. Die "
        "Transaktion soll bis Ende des dritten Quartals abgeschlossen sein.",
        [
            ("investment", "Hagedorn Optik", "rund 400 Mio. Euro", "planned", {"KfW": "investor"}),
            ("investment", "Hagedorn Optik", "etwa 160 Mio. Euro", "planned", {"L-Bank": "investor"}),
        ],
        id="two-public-banks-buy-stakes-in-one-transaction",
    ),
    pytest.param(
        "Im November hatte das Ministerium untersagt, dass der Konzern Tianlong Aerospace 51 Prozent an der "
        "Hagedorn Optik GmbH erwirbt. Tianlong hatte für das Paket rund 800 Mio. Euro geboten.",
        [("acquisition", "Hagedorn Optik", "rund 800 Mio. Euro", "rejected", {"Tianlong Aerospace": "bidder"})],
        id="a-takeover-forbidden-is-rejected",
    ),
    pytest.param(
        "Die Hagedorn AG verkauft ihre Tochter Lumeo an den Konzern Veltron. Die Hagedorn-Aktie legte nach "
        "Bekanntwerden des Verkaufs um vier Prozent auf 57,30 Euro zu.",
        [("acquisition", "Lumeo", None, "completed", {"Veltron": "acquirer", "Hagedorn": "seller"})],
        id="a-share-price-after-a-percentage-is-no-stake",
    ),
]  # fmt: skip

# A sale told in steps (developed on blind set r): an unnamed unit sold for a price, the buyer named with the
# unit ("Käufer von X ist Y"), then the buyer paying with no deal word ("Die Japaner zahlen ...").
SALES_IN_STEPS = [
    pytest.param(
        "Der Chemiekonzern Veltrup trennt sich für 98 Milliarden Yen von seinem Lackgeschäft. Der Abschluss "
        "wird für 2026 erwartet.\n\nKäufer von Veltrup Coatings ist der japanische Farbenhersteller Hoshikawa "
        "Paint, wie Veltrup mitteilte. Die Japaner zahlen 98 Milliarden Yen.",
        [("acquisition", "Veltrup Coatings", "98 Milliarden Yen", "planned", {"Veltrup": "seller", "Hoshikawa Paint": "acquirer"})],
        id="unit-buyer-and-payment-are-one-sale",
    ),
    pytest.param(
        "Käufer von Veltrup Coatings ist der japanische Farbenhersteller Hoshikawa Paint. Die Japaner zahlen "
        "98 Milliarden Yen.",
        [("acquisition", "Veltrup Coatings", "98 Milliarden Yen", "completed", {"Hoshikawa Paint": "acquirer"})],
        id="the-buyer-named-with-the-unit-states-the-takeover",
    ),
    pytest.param(
        "Der Konzern Hoshikawa Paint wächst. Die Japaner zahlen eine Dividende von 98 Millionen Yen.",
        [],
        id="a-payment-with-no-takeover-before-is-no-deal",
    ),
]  # fmt: skip

# Budgets, rival bids and blocks (developed on r01, r05, r06, k03, n03): money set aside for takeovers to come
# is a programme, not a price; a fund's size is no deal; a new bidder's bid by verb and amount is for the
# company on sale; a regulator's veto or a takeover that collapses rejects it, a union's opposition does not.
BUDGETS_BIDS_AND_BLOCKS = [
    pytest.param(
        "Der Maschinenbauer Kessgard hat den Sensorhersteller Mirelon für 40 Mio. Euro erworben. Im Mai hatte "
        "der Vorstand angekündigt, bis 2027 bis zu 300 Mio. Euro für weitere Übernahmen bereitzustellen.",
        [
            ("acquisition", "Mirelon", "40 Mio. Euro", "completed", {"Kessgard": "acquirer"}),
            ("other", "Kessgard", "bis zu 300 Mio. Euro", "planned", {}),
        ],
        id="a-takeover-budget-is-the-buyers-programme",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital übernimmt den Getriebebauer Tarnow. Ostwall will in den kommenden "
        "Jahren bis zu 150 Mio. Euro an Eigenkapital für Zukäufe bereitstellen.",
        [
            ("acquisition", "Tarnow", None, "completed", {"Ostwall Capital": "acquirer"}),
            ("investment", "Tarnow", "bis zu 150 Mio. Euro", "planned", {"Ostwall Capital": "investor"}),
        ],
        id="a-financial-investors-budget-goes-into-its-platform",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital übernimmt den Getriebebauer Tarnow. Ostwall investiert aus einem "
        "Fonds, der ein Volumen von 900 Mio. Euro hat.",
        [("acquisition", "Tarnow", None, "completed", {"Ostwall Capital": "acquirer"})],
        id="a-funds-size-is-no-deal",
    ),
    pytest.param(
        "Der Konzern Hallmark verkauft seine Sparte Ventra an den Finanzinvestor Ostwall Capital. Ein erster "
        "Verkaufsversuch war 2023 gescheitert. Damals hatte der Finanzinvestor Brightmoor Partners rund 200 Mio. "
        "Euro geboten. Hallmark lehnte das Angebot als zu niedrig ab.",
        [
            ("acquisition", "Hallmark", None, "completed", {"Ostwall Capital": "acquirer", "Hallmark": "seller"}),
            ("acquisition", "Hallmark", "rund 200 Mio. Euro", "rejected", {"Brightmoor Partners": "bidder"}),
        ],
        id="a-new-bidders-price-by-verb-is-a-bid-for-the-company-on-sale",
    ),
    pytest.param(
        "Der Spezialchemiekonzern Rabenau hat das feindliche Übernahmeangebot des US-Rivalen Sennwald "
        "zurückgewiesen. Sennwald hatte vor zwei Wochen angekündigt, den Aktionären insgesamt rund 1,2 Mrd. "
        "Euro zu bieten.",
        [("acquisition", "Rabenau", "rund 1,2 Mrd. Euro", "rejected", {"Sennwald": "bidder"})],
        id="the-bidder-stated-before-states-its-bids-total",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital übernimmt die Frostwerk GmbH für 120 Mio. Euro. Auch Brightmoor "
        "Partners soll bis zu 100 Mio. Euro für Frostwerk geboten haben.",
        [
            ("acquisition", "Frostwerk", "120 Mio. Euro", "completed", {"Ostwall Capital": "acquirer"}),
            ("acquisition", "Frostwerk", "bis zu 100 Mio. Euro", "rumored", {"Brightmoor Partners": "bidder"}),
        ],
        id="soll-geboten-haben-is-rumored",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital übernimmt 70 Prozent an der Frostwerk GmbH. Aus Verhandlungskreisen "
        "hieß es, Ostwall zahle für das Paket rund 120 Mio. Euro.",
        [("acquisition", "Frostwerk", "rund 120 Mio. Euro", "completed", {"Ostwall Capital": "acquirer"})],
        id="a-price-in-reported-speech-prices-the-takeover",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital wollte den Laborbetreiber Medilux im vergangenen Jahr an den "
        "US-Konzern Carvex verkaufen, der 900 Mio. Dollar geboten hatte. Das Bundeskartellamt untersagte die "
        "Übernahme jedoch im Oktober.",
        [("acquisition", "Medilux", "900 Mio. Dollar", "rejected", {"Carvex": "bidder", "Ostwall Capital": "seller"})],
        id="a-regulators-veto-rejects-the-takeover",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital will den Laborbetreiber Medilux an den US-Konzern Carvex verkaufen, "
        "der 900 Mio. Dollar bietet. Die Gewerkschaft lehnte die Übernahme ab, weil sie Stellenabbau fürchtet.",
        [("acquisition", "Medilux", "900 Mio. Dollar", "planned", {"Carvex": "bidder", "Ostwall Capital": "seller"})],
        id="a-unions-opposition-does-not-reject-it",
    ),
    pytest.param(
        "Ostwall will Lumident an Brightmoor verkaufen\n\nDer Finanzinvestor Ostwall Capital steht "
        "Finanzkreisen zufolge kurz vor dem Verkauf der Zahnarztkette Lumident Dental Group. Käufer sei der "
        "Finanzinvestor Brightmoor Partners. Der Kaufpreis liege bei rund 600 Mio. Pfund.",
        [("acquisition", "Lumident Dental Group", "rund 600 Mio. Pfund", "rumored",
          {"Ostwall Capital": "seller", "Brightmoor Partners": "acquirer"})],
        id="a-planned-headline-and-a-rumored-report-are-one-sale",
    ),
    pytest.param(
        "Der Finanzinvestor Ostwall Capital verkauft die Hotelkette Alvera Hotels an die Handelsgruppe Belcor.",
        [("acquisition", "Alvera Hotels", None, "completed", {"Belcor": "acquirer", "Ostwall Capital": "seller"})],
        id="a-chain-is-a-descriptor",
    ),
]  # fmt: skip

# Rounds told over several sentences (developed on r02): investors "mit dabei" join the round just stated; an
# earlier bridge round and a seed round sized after its noun are rounds of their own, whoever led them; a
# rival's round is the rival's, its name ending in an English industry word.
ROUNDS_IN_STEPS = [
    pytest.param(
        "Das Münchner Start-up Lumora hat in einer Finanzierungsrunde 30 Mio. Euro eingesammelt. Angeführt wird "
        "die Runde von Fjordlight Ventures. Mit dabei sind die Bestandsinvestoren Cellar Ventures und der "
        "High-Tech Gründerfonds.",
        [("funding_round", "Lumora", "30 Mio. Euro", "completed",
          {"Fjordlight Ventures": "lead_investor", "Cellar Ventures": "investor", "High-Tech Gründerfonds": "investor"})],
        id="mit-dabei-joins-the-round-just-stated",
    ),
    pytest.param(
        "Das Münchner Start-up Lumora hat in einer Finanzierungsrunde 30 Mio. Euro eingesammelt. Neu dabei ist "
        "Fjordlight Ventures; die Bestandsinvestoren Cellar Ventures und Isarwerk Partners zogen mit.",
        [("funding_round", "Lumora", "30 Mio. Euro", "completed",
          {"Fjordlight Ventures": "investor", "Cellar Ventures": "investor", "Isarwerk Partners": "investor"})],
        id="existing-investors-following-join-the-round",
    ),
    pytest.param(
        "Das Münchner Start-up Lumora hat in einer Finanzierungsrunde 30 Mio. Euro eingesammelt. Angeführt wird "
        "die Runde von Fjordlight Ventures. Konzerne wie Sorvik ziehen mit eigenen Ankündigungen nach.",
        [("funding_round", "Lumora", "30 Mio. Euro", "completed", {"Fjordlight Ventures": "lead_investor"})],
        id="companies-following-suit-join-no-round",
    ),
    pytest.param(
        "Lumora hat 30 Mio. Euro eingesammelt. Erst im vergangenen Jahr hatte Lumora eine Zwischenfinanzierung "
        "über 6 Mio. Euro von Cellar Ventures erhalten. Die Seed-Runde über 2 Mio. Euro im Jahr 2021 hatte "
        "Cellar angeführt.",
        [
            ("funding_round", "Lumora", "30 Mio. Euro", "completed", {}),
            ("funding_round", "Lumora", "6 Mio. Euro", "completed", {"Cellar Ventures": "investor"}),
            ("funding_round", "Lumora", "2 Mio. Euro", "completed", {"Cellar Ventures": "lead_investor"}),
        ],
        id="a-bridge-and-a-sized-seed-round-are-rounds-of-their-own",
    ),
    pytest.param(
        "Lumora hat 30 Mio. Euro eingesammelt. Das britische Start-up Halden Quantum aus Oxford hatte im Juni "
        "20 Millionen Pfund eingesammelt.",
        [
            ("funding_round", "Lumora", "30 Mio. Euro", "completed", {}),
            ("funding_round", "Halden Quantum", "20 Millionen Pfund", "completed", {}),
        ],
        id="a-rivals-round-is-the-rivals",
    ),
]  # fmt: skip

# Public owners entering by capital increase (developed on r03): the stake after "im Zuge einer Kapitalerhöhung"
# is the verb's object; "die Stadtwerke X" is a name and "steigen ... ein" an entry however long the name; an
# investor diluted by "die Kapitalerhöhung" raises no round; an office taken over is no takeover.
PUBLIC_OWNERS_AND_OFFICES = [
    pytest.param(
        "Der Wärmepumpenhersteller Calora bekommt neue Eigentümer. Die landeseigene Beteiligungsgesellschaft "
        "Niedersachsen Invest übernimmt im Zuge einer Kapitalerhöhung 19,9 Prozent an dem Unternehmen.",
        [("investment", "Calora", None, "completed", {"Niedersachsen Invest": "investor"})],
        id="a-stake-bought-by-capital-increase-is-an-investment",
    ),
    pytest.param(
        "Der Wärmepumpenhersteller Calora bekommt neue Eigentümer. Der Finanzinvestor Ostwall Capital übernimmt "
        "19,9 Prozent an dem Unternehmen. Zudem steigen die Stadtwerke Emsland-Nord mit 5,1 Prozent ein.",
        [
            ("investment", "Calora", None, "completed", {"Ostwall Capital": "investor"}),
            ("investment", "Calora", None, "completed", {"Stadtwerke Emsland-Nord": "investor"}),
        ],
        id="a-city-utility-entering-with-a-stake",
    ),
    pytest.param(
        "Der Wärmepumpenhersteller Calora bekommt neue Eigentümer. Der Finanzinvestor Ostwall Capital übernimmt "
        "19,9 Prozent an dem Unternehmen. Der Investor Weser Equity Partners wird durch die Kapitalerhöhung "
        "verwässert, bleibt aber an Bord.",
        [("investment", "Calora", None, "completed", {"Ostwall Capital": "investor"})],
        id="an-investor-diluted-raises-no-round",
    ),
    pytest.param(
        "Der Chemiekonzern Tervola übernimmt den Kunststoffhersteller Meinhardt für 2 Mrd. Euro. "
        "Meinhardt-Vorstandschef Markus Oberdorfer wird Finanzvorstand. Den Vorsitz im Aufsichtsrat übernimmt "
        "der bisherige Meinhardt-Chefkontrolleur Peter Albrecht.",
        [("acquisition", "Meinhardt", "2 Mrd. Euro", "completed", {"Tervola": "acquirer"})],
        id="an-office-taken-over-is-no-takeover",
    ),
    pytest.param(
        "Leer (dpa) - Der Wärmepumpenhersteller Calora wächst. Die Nachfrage hat sich erholt. Der Markt gilt als "
        "schwierig. Die Preise sinken seit Monaten. Calora-Chef Hauke Janssen sprach von einem starken Signal. "
        "Das Unternehmen will bis 2028 rund 60 Mio. Euro in ein zweites Werk investieren.",
        [("other", "Calora", "rund 60 Mio. Euro", "planned", {})],
        id="the-company-of-its-chief-speaking-is-the-company-referred-to",
    ),
]  # fmt: skip

# Blind set s: activist stakes, buybacks, tender offers by a holder of shares, rounds told in steps.
# From blind set t: a business bought out of insolvency, an effect still ahead, a buyer's pledge to
# invest in what it bought, a bid refused in a sentence of its own.
# Blind set u and the licence deals of o, q and u: rights granted for payments are a deal of their own
# (type other, the licensor its target, the licensee its investor, the whole value its amount); a holder
# named before, referred to by "Sie", subscribes or sells.
LICENCES_AND_HOLDERS = [
    pytest.param(
        "Das Heidelberger Biotech-Unternehmen Ostara Bio hat die weltweiten Rechte an seinem Wirkstoffkandidaten "
        "OST-11 an den Schweizer Pharmakonzern Rhenax Pharma vergeben. Ostara erhält eine Vorabzahlung von 60 "
        "Millionen Euro. Hinzu kommen Meilensteinzahlungen von bis zu 900 Millionen Euro. Der Gesamtwert des "
        "Abkommens summiert sich damit auf bis zu 960 Millionen Euro.",
        [("other", "Ostara Bio", "bis zu 960 Millionen Euro", "completed", {"Rhenax Pharma": "investor"})],
        id="a-licence-granted-its-whole-value-stated-later",
    ),
    pytest.param(
        "Das Biotech-Unternehmen Ostara Bio hat einen Partner gefunden. Der britische Pharmakonzern Dunmore "
        "Pharmaceuticals sichert sich die exklusiven Rechte an dem Antikörper OST-11, wie Ostara am Mittwoch "
        "mitteilte. Dunmore zahlt vorab 50 Millionen Dollar. Insgesamt beziffert Ostara den Wert der Vereinbarung "
        "auf bis zu 700 Millionen Dollar.",
        [("other", "Ostara Bio", "bis zu 700 Millionen Dollar", "completed", {"Dunmore Pharmaceuticals": "investor"})],
        id="a-licence-taken-the-licensor-the-article-s-company",
    ),
    pytest.param(
        "Rhenax zahlt bis zu 480 Millionen Euro für Antikörper von Ostara Bio\n\nDer Schweizer Pharmakonzern Rhenax "
        "Pharma hat sich die weltweiten Rechte an einem Antikörper des Heidelberger Biotechunternehmens Ostara Bio "
        "gesichert.",
        [("other", "Ostara Bio", "bis zu 480 Millionen Euro", "completed", {"Rhenax Pharma": "investor"})],
        id="a-price-for-an-antibody-is-a-licence-not-a-takeover",
    ),
    pytest.param(
        "Rhenax Pharma zahlt 480 Millionen Euro für den Antikörperentwickler Ostara Bio.",
        [("acquisition", "Ostara Bio", "480 Millionen Euro", "completed", {"Rhenax Pharma": "acquirer"})],
        id="guard-a-price-for-the-developer-is-a-takeover",
    ),
    pytest.param(
        "Die Rhenax Pharma AG übernimmt den Laborausrüster Kelbra Instruments für 120 Mio. Euro. Der Gesamtwert der "
        "Transaktion liegt bei 150 Mio. Euro.",
        [("acquisition", "Kelbra Instruments", "120 Mio. Euro", "completed", {"Rhenax Pharma": "acquirer"})],
        id="guard-a-whole-value-without-a-licence-is-no-licence-s",
    ),
    pytest.param(
        "Die Ostara Bio AG will mit einer Kapitalerhöhung rund 90 Millionen Euro einsammeln. Der Abschlag beträgt 18 "
        "Prozent. Die Aktie fiel um 3 Prozent. Die Neuemission ist die erste seit 2019. Der Vorstand hatte sie im Mai "
        "angekündigt. Die Bezugsfrist läuft bis März. Die Aktie notiert bei 12 Euro. Die Banken sind zufrieden. "
        "Rückendeckung erhält Ostara von seinem größten Anteilseigner: Die Vellmar Beteiligungsholding hält 21,5 "
        "Prozent der Aktien. Sie hat sich verpflichtet, sämtliche Bezugsrechte auszuüben, was einem Betrag von rund "
        "19 Millionen Euro entspricht.",
        [("funding_round", "Ostara Bio", "rund 90 Millionen Euro", "planned", {}),
         ("investment", "Ostara Bio", None, "completed", {"Vellmar Beteiligungsholding": "investor"}),
         ("investment", "Ostara Bio", "rund 19 Millionen Euro", "planned", {"Vellmar Beteiligungsholding": "investor"})],
        id="a-stake-held-of-no-named-company-and-a-pledge-by-sie",
    ),
    pytest.param(
        "Der Finanzinvestor Corbek Capital bietet 28 Euro je Aktie für die Ostara Bio AG, insgesamt rund 410 "
        "Millionen Euro. Die Vellmar Familienholding hält 38 Prozent an Ostara. Sie hat sich unwiderruflich "
        "verpflichtet, ihr gesamtes Paket an Corbek zu verkaufen.",
        [("acquisition", "Ostara Bio", "rund 410 Millionen Euro", "planned",
          {"Corbek Capital": "bidder", "Vellmar Familienholding": "seller"}),
         ("investment", "Ostara Bio", None, "completed", {"Vellmar Familienholding": "investor"})],
        id="a-holder-s-own-stake-sold-into-a-bid-is-that-bid-s",
    ),
    pytest.param(
        "Die Lindenfels Energietechnik AG sammelt 200 Mio. Euro ein. Mit dem Erlös will Lindenfels ein "
        "Investitionsprogramm über 500 Millionen Euro mitfinanzieren.",
        [("funding_round", "Lindenfels Energietechnik", "200 Mio. Euro", "completed", {}),
         ("other", "Lindenfels Energietechnik", "500 Millionen Euro", "planned", {})],
        id="a-short-name-ending-in-s-is-no-genitive",
    ),
    pytest.param(
        "Die Kelbra Holding übernimmt den Zulieferer Ostwerk. Analystin Jana Pohl von Hansa Research lobte den "
        "Kauf. Sie hat ihr Kursziel angehoben.",
        [("acquisition", "Ostwerk", None, "completed", {"Kelbra Holding": "acquirer"})],
        id="an-analyst-s-employer-is-no-target",
    ),
]

# Blind set v: a company sold with its buyer named after it, parts of a price, a bid for a minority stake, a
# board issuing new shares.
SALES_BIDS_AND_ISSUES = [
    pytest.param(
        "Nach drei Generationen in Familienhand wird der Ventilhersteller Gebr. Kessmann Armaturen GmbH verkauft. "
        "Käufer ist der Konzern Weserwerk Fluidtechnik SE, wie beide Unternehmen mitteilten. Der Kaufpreis liegt bei "
        "rund 90 Mio. Euro. Davon zahlt Weserwerk 60 Millionen Euro in bar, den Rest in Aktien.",
        [("acquisition", "Kessmann Armaturen", "rund 90 Mio. Euro", "completed", {"Weserwerk Fluidtechnik": "acquirer"})],
        id="a-company-sold-its-buyer-named-after-a-part-of-the-price-no-deal",
    ),
    pytest.param(
        "Die Anleger der Kessmann Armaturen GmbH erhalten einen Bonus, falls Kessmann verkauft wird.",
        [],
        id="guard-a-sale-as-a-condition-is-none",
    ),
    pytest.param(
        "Die Beteiligungsgesellschaft Ridgeline Sports Partners übernimmt 24,9 Prozent an der SC Hollfeld GmbH & Co. "
        "KGaA. Der Kaufpreis liegt bei 150 Mio. Euro. Im vergangenen Herbst hatte der Verein ein Angebot der Londoner "
        "Beteiligungsgesellschaft Dunmore Partners abgelehnt, das über 80 Millionen Euro für einen Anteil von 20 "
        "Prozent vorsah.",
        [("investment", "SC Hollfeld", "150 Mio. Euro", "completed", {"Ridgeline Sports Partners": "investor"}),
         ("investment", "SC Hollfeld", "über 80 Millionen Euro", "rejected", {"Dunmore Partners": "investor"})],
        id="a-bid-for-a-minority-stake-is-an-investment",
    ),
    pytest.param(
        "Statt auf einen Käufer setzt die Hemera Solar AG nun auf die eigenen Aktionäre. Die Gespräche liefen lange. "
        "Der Vorstand will rund 13 Millionen neue Aktien zu einem Bezugspreis von 9,20 Euro ausgeben und damit brutto "
        "rund 120 Millionen Euro einnehmen.",
        [("funding_round", "Hemera Solar", "rund 120 Millionen Euro", "planned", {})],
        id="a-board-issuing-new-shares-raises-for-its-company-the-price-per-share-no-deal",
    ),
]

INSOLVENCY_SALES_AND_PLEDGES = [
    pytest.param(
        "Der insolvente Pumpenbauer Kranich Fördertechnik hat einen Käufer gefunden. Die Dortmunder Ellwanger "
        "Industrie-Holding übernimmt den Geschäftsbetrieb, wie der Insolvenzverwalter am Montag mitteilte. "
        "Ellwanger zahlt mindestens 6 Millionen Euro.",
        [("acquisition", "Kranich Fördertechnik", "mindestens 6 Millionen Euro", "completed",
          {"Ellwanger Industrie-Holding": "acquirer"})],
        id="the-business-of-an-insolvent-company-is-that-company",
    ),
    pytest.param(
        "Die Ellwanger Industrie-Holding übernimmt den Pumpenbauer Kranich Fördertechnik für 6 Mio. Euro. Wirksam "
        "werden soll der Kauf zum 1. Juli, sofern die Kartellbehörde bis dahin grünes Licht gibt.",
        [("acquisition", "Kranich Fördertechnik", "6 Mio. Euro", "planned", {"Ellwanger Industrie-Holding": "acquirer"})],
        id="an-effect-at-a-later-date-is-a-closing-ahead",
    ),
    pytest.param(
        "Die Ellwanger Industrie-Holding übernimmt den Pumpenbauer Kranich Fördertechnik. Außerdem hat Ellwanger "
        "zugesagt, bis 2029 weitere 4 Mio. Euro in das Werk in Unna zu investieren.",
        [("acquisition", "Kranich Fördertechnik", None, "completed", {"Ellwanger Industrie-Holding": "acquirer"}),
         ("other", "Kranich Fördertechnik", "4 Mio. Euro", "planned", {"Ellwanger Industrie-Holding": "investor"})],
        id="a-buyer-s-pledge-to-invest-is-a-programme-for-what-it-bought",
    ),
    pytest.param(
        "Der Maschinenbauer Ellwanger will bis 2029 rund 40 Mio. Euro in sein Werk in Unna investieren. Ellwanger "
        "hat zugesagt, die Belegschaft zu halten.",
        [("other", "Ellwanger", "rund 40 Mio. Euro", "planned", {})],
        id="guard-a-programme-without-a-takeover-stays-the-spender-s",
    ),
    pytest.param(
        "Im Herbst hatte der Finanzinvestor Moorbach Capital 12 Mio. Euro für den Pumpenbauer Kranich Fördertechnik "
        "geboten. Der Gläubigerausschuss lehnte ab.",
        [("acquisition", "Kranich Fördertechnik", "12 Mio. Euro", "rejected", {"Moorbach Capital": "bidder"})],
        id="a-refusal-naming-nothing-rejects-the-bid-just-stated",
    ),
    pytest.param(
        "Die Ellwanger Industrie-Holding übernimmt den Pumpenbauer Kranich Fördertechnik für 6 Mio. Euro. Der "
        "Betriebsrat lehnte ab.",
        [("acquisition", "Kranich Fördertechnik", "6 Mio. Euro", "completed", {"Ellwanger Industrie-Holding": "acquirer"})],
        id="guard-a-refusal-naming-nothing-rejects-no-agreed-takeover",
    ),
    pytest.param(
        "Der Messtechnikkonzern Varnholt kauft den Sensorhersteller Quillon Instruments. Beim Vollzug zahlt Varnholt "
        "zunächst 60 Mio. Euro für Quillon Instruments. Weitere bis zu 25 Mio. Euro werden fällig, wenn Quillon bis "
        "2027 vereinbarte Ziele erreicht. Insgesamt beläuft sich der Kaufpreis damit auf bis zu 85 Mio. Euro.",
        [("acquisition", "Quillon Instruments", "bis zu 85 Mio. Euro", "completed", {"Varnholt": "acquirer"})],
        id="the-whole-price-makes-the-upfront-payment-a-part-of-it",
    ),
    pytest.param(
        "Der Messtechnikkonzern Varnholt kauft den Sensorhersteller Quillon Instruments für 60 Mio. Euro. Insgesamt "
        "hat Varnholt in diesem Jahr 300 Mio. Euro umgesetzt.",
        [("acquisition", "Quillon Instruments", "60 Mio. Euro", "completed", {"Varnholt": "acquirer"})],
        id="guard-a-total-of-something-else-is-no-price",
    ),
    pytest.param(
        "Zur Finanzierung will der Messtechnikkonzern Varnholt eine Unternehmensanleihe über 200 Mio. Euro begeben.",
        [("other", "Varnholt", "200 Mio. Euro", "planned", {})],
        id="a-bond-issued-is-debt-not-a-round",
    ),
    pytest.param(
        "Der Messtechnikkonzern Varnholt übernimmt den Sensorhersteller Quillon Instruments für 60 Mio. Euro. "
        "Finanzieren will Varnholt den Kauf mit einer Anleihe. Zur Finanzierung will Varnholt eine Unternehmensanleihe "
        "über 200 Mio. Euro begeben. Die Platzierung soll im März erfolgen. Die Transaktion steht unter dem Vorbehalt "
        "der Zustimmung der Kartellbehörden, Varnholt rechnet mit einem Abschluss im zweiten Quartal.",
        [("acquisition", "Quillon Instruments", "60 Mio. Euro", "planned", {"Varnholt": "acquirer"}),
         ("other", "Varnholt", "200 Mio. Euro", "planned", {})],
        id="a-closing-ahead-is-the-takeover-s-not-the-buyer-s-bond",
    ),
    pytest.param(
        "Quillon Instruments gehört bislang mehrheitlich dem Finanzinvestor Harrowgate Capital, der 2020 eingestiegen war.",
        [("investment", "Quillon Instruments", None, "completed", {"Harrowgate Capital": "investor"})],
        id="a-company-owned-by-a-holder-is-a-stake-held",
    ),
    pytest.param(
        "Der Armaturenhersteller Dorneck bekommt neue Eigentümer. Geschäftsführer Lukas Brenner und Finanzchefin "
        "Mira Solberg übernehmen das Unternehmen von der Gründerfamilie.",
        [("acquisition", "Dorneck", None, "completed", {"Lukas Brenner": "acquirer", "Mira Solberg": "acquirer"})],
        id="managers-joined-by-und-buy-together",
    ),
    pytest.param(
        "Lastwerk und Kaldor besiegeln ihre Fusion. Der Softwarehersteller Lastwerk übernimmt dabei den Wettbewerber "
        "Kaldor für 1,2 Mrd. Euro.",
        [("acquisition", "Kaldor", "1,2 Mrd. Euro", "completed", {"Lastwerk": "acquirer"})],
        id="guard-partners-of-a-merger-do-not-buy-together",
    ),
    pytest.param(
        "Die Managerin Mira Solberg übernimmt den Armaturenhersteller Dorneck. Als Minderheitsgesellschafter steigt "
        "die Lippeland Beteiligungen ein. Sie übernimmt 25 Prozent der Anteile und bringt dafür rund 8 Millionen Euro "
        "Eigenkapital ein. Die Transaktion soll bis Ende Mai abgeschlossen sein.",
        [("acquisition", "Dorneck", None, "planned", {"Mira Solberg": "acquirer"}),
         ("investment", "Dorneck", "rund 8 Millionen Euro", "planned", {"Lippeland Beteiligungen": "investor"})],
        id="a-minority-investor-entering-a-takeover-closes-with-it",
    ),
    pytest.param(
        "Der Armaturenhersteller Dorneck wurde von der Solberg Holding übernommen. Im kommenden Jahr steigt die "
        "Solberg Holding in den Markt für Wasserstoffventile ein.",
        [("acquisition", "Dorneck", None, "completed", {"Solberg Holding": "acquirer"})],
        id="guard-entering-a-market-is-no-stake",
    ),
    pytest.param(
        "Die Pensionskasse Seeland übernimmt 40 Prozent der Aktien der Talwerk Energie AG für 210 Mio. Franken.",
        [("investment", "Talwerk Energie", "210 Mio. Franken", "completed", {"Pensionskasse Seeland": "investor"})],
        id="a-stake-of-the-shares-of-a-company-is-in-that-company",
    ),
    pytest.param(
        "Ein Konsortium aus zwei Pensionskassen übernimmt 40 Prozent der Aktien der Talwerk Energie AG, wie die "
        "Regierung mitteilte. Der Kaufpreis beträgt 210 Millionen Franken. Angeführt wird das Konsortium von der "
        "Pensionskasse Seeland, beteiligt ist zudem die Vorsorgestiftung Rigi.",
        [("investment", "Talwerk Energie", "210 Millionen Franken", "completed",
          {"Pensionskasse Seeland": "lead_investor", "Vorsorgestiftung Rigi": "investor"})],
        id="a-price-after-a-stake-and-the-consortium-named-later",
    ),
    pytest.param(
        "Der Pensionsfonds Lindqvist Pension übernimmt 49 Prozent an der Netztochter Rigilink der Talwerk Energie AG. "
        "Lindqvist Pension zahlt 800 Mio. Euro für 49 Prozent der Talwerk-Tochter.",
        [("investment", "Rigilink", "800 Mio. Euro", "completed", {"Lindqvist Pension": "investor"})],
        id="guard-a-stake-in-a-unit-of-a-company-is-not-in-that-company",
    ),
    pytest.param(
        "Die Pharmagruppe Asmund beteiligt sich an dem Biotechunternehmen Tarvion. Der Konzern zeichnet im Rahmen einer "
        "Kapitalerhöhung neue Aktien für 25 Millionen Euro.",
        [("investment", "Tarvion", "25 Millionen Euro", "completed", {"Asmund": "investor"})],
        id="shares-subscribed-by-a-named-investor-are-its-stake",
    ),
    pytest.param(
        "Der Maschinenbauer Veltmann will an die Börse. Anleger können die Aktien zu Kursen zwischen 18 und 22 Euro "
        "zeichnen.",
        [("ipo", "Veltmann", None, "planned", {})],
        id="guard-a-price-range-per-share-to-subscribe-is-no-stake",
    ),
    pytest.param(
        "Die Asmund AG will mit einer Kapitalerhöhung rund 300 Millionen Euro einsammeln. Die übrigen Aktien hat ein "
        "Bankenkonsortium fest übernommen, angeführt von Bankhaus Weidenfeld.",
        [("funding_round", "Asmund", "rund 300 Millionen Euro", "planned", {})],
        id="banks-underwriting-an-issue-are-no-investors",
    ),
    pytest.param(
        "Die Asmund AG will an die Börse. Ankeraktionär Harrow Capital hat zugesagt, Aktien im Wert von 20 Mio. Euro "
        "zu zeichnen.",
        [("ipo", "Asmund", None, "planned", {}),
         ("investment", "Asmund", "20 Mio. Euro", "planned", {"Harrow Capital": "investor"})],
        id="a-pledge-to-subscribe-is-planned",
    ),
]

HOLDERS_BUYBACKS_AND_TENDERS = [
    pytest.param(
        "Der Hedgefonds Harwick Bay Capital erhöht den Druck auf die Stettner Maschinenbau AG. Harwick Bay hat in "
        "den vergangenen Wochen weitere Aktien im Wert von knapp 25 Millionen Euro erworben.",
        [("investment", "Stettner Maschinenbau", "knapp 25 Millionen Euro", "completed",
          {"Harwick Bay Capital": "investor"})],
        id="a-fund-named-without-its-suffix-is-the-same-fund",
    ),
    pytest.param(
        "Die Stettner Maschinenbau AG will bis Ende 2027 eigene Aktien für bis zu 80 Millionen Euro zurückkaufen.",
        [("other", "Stettner Maschinenbau", "bis zu 80 Millionen Euro", "planned", {})],
        id="a-share-buyback-is-the-company-s-own-programme",
    ),
    pytest.param(
        "Die Stettner Maschinenbau AG platziert eine Wandelanleihe. Bis Ende 2027 will Stettner eigene Aktien für "
        "bis zu 60 Millionen Euro erwerben.",
        [("other", "Stettner Maschinenbau", "bis zu 60 Millionen Euro", "planned", {})],
        id="own-shares-acquired-are-a-buyback",
    ),
    pytest.param(
        "Der Pumpenhersteller Brakel verkauft seine Sparte. Einen Teil des Erlöses will Brakel an die Aktionäre "
        "zurückgeben: Der Vorstand hat ein Aktienrückkaufprogramm von bis zu 120 Mio. Euro beschlossen, das im "
        "Herbst starten soll.",
        [("other", "Brakel", "bis zu 120 Mio. Euro", "planned", {})],
        id="a-buyback-decided-by-the-board-is-its-company-s",
    ),
    pytest.param(
        "Die Gersbach Holding hat ein Übernahmeangebot für die Trellis Optik AG vorgelegt und bietet 18 Euro je "
        "Aktie. Insgesamt bewertet die Offerte Trellis mit rund 250 Millionen Euro. Für die Anteile, die noch nicht "
        "im Besitz der Holding sind, müsste Gersbach rund 90 Mio. Euro aufwenden.",
        [("acquisition", "Trellis Optik", "rund 90 Mio. Euro", "planned", {"Gersbach Holding": "bidder"})],
        id="a-holder-bidding-pays-less-than-the-company-is-worth",
    ),
    pytest.param(
        "Die Gersbach Holding hält 93 Prozent an der Trellis Optik AG. Als nächsten Schritt plant Gersbach einen "
        "Squeeze-out, für den eine Beteiligung von 90 Prozent ausreicht.",
        [("investment", "Trellis Optik", None, "completed", {"Gersbach Holding": "investor"})],
        id="a-stake-named-as-a-condition-is-no-stake",
    ),
    pytest.param(
        "Die Gersbach Holding greift nach der Trellis Optik AG. Gersbach ist bereits seit 2019 an Trellis beteiligt "
        "und hält derzeit 21 Prozent der Anteile.",
        [("acquisition", "Trellis Optik", None, "planned", {"Gersbach Holding": "bidder"}),
         ("investment", "Trellis Optik", None, "completed", {"Gersbach Holding": "investor"})],
        id="one-stake-told-twice-in-a-sentence-is-one-deal",
    ),
    pytest.param(
        "Das Start-up Nuvilo hat eine Finanzierungsrunde über 12 Millionen Euro abgeschlossen. Angeführt wird die "
        "Runde von Lakeline Ventures. Auch der Bestandsinvestor Fjordpeak Capital erhöht sein Engagement. Außerdem "
        "beteiligt sich der Unternehmer Jonas Reiter, Gründer des Softwareanbieters Quellwerk.",
        [("funding_round", "Nuvilo", "12 Millionen Euro", "completed",
          {"Lakeline Ventures": "lead_investor", "Fjordpeak Capital": "investor", "Jonas Reiter": "investor"})],
        id="a-backer-raising-its-stake-joins-the-founder-s-company-does-not",
    ),
    # blind set t
    pytest.param(
        "Die Geschäftsführer übernehmen den Armaturenhersteller Hesselbach. Die Zustimmung des Bundeskartellamts "
        "steht noch aus. Der Umsatz lag zuletzt bei 80 Mio. Euro. Das Ergebnis stieg. In den nächsten fünf Jahren "
        "will das Unternehmen mindestens 25 Mio. Euro in neue Anlagen investieren.",
        [("other", "Hesselbach", "mindestens 25 Mio. Euro", "planned", {})],
        id="the-company-spoken-of-is-no-regulator-and-may-lie-far-back",
    ),
    pytest.param(
        "Der Solarmodulhersteller Heliantec hat im Rahmen einer Kapitalerhöhung 6,8 Millionen neue Aktien zu je "
        "8,20 Euro platziert und damit knapp 56 Mio. Euro brutto eingenommen.",
        [("funding_round", "Heliantec", "knapp 56 Mio. Euro", "completed", {})],
        id="a-price-each-of-a-share-s-size-is-no-deal",
    ),
]  # fmt: skip


# Holders told after their stake: the rest of the shares, one more holder, the listed owners of a company.
HOLDERS_TOLD_AFTER = [
    pytest.param(
        "Der Finanzinvestor Brevik Partners übernimmt 70 Prozent an der Ambrosch Kältetechnik GmbH. Die übrigen "
        "30 Prozent verbleiben bei der Familie Ambrosch.",
        [("acquisition", "Ambrosch Kältetechnik", None, "completed", {"Brevik Partners": "acquirer"}),
         ("investment", "Ambrosch Kältetechnik", None, "completed", {"Familie Ambrosch": "investor"})],
        id="the-rest-stays-with-the-family-of-the-company-s-name",
    ),
    pytest.param(
        "Die Brevik Partners GmbH übernimmt die Mehrheit an der Ambrosch Kältetechnik GmbH. Ein Fonds von Brevik "
        "erwirbt 80 Prozent der Anteile, die restlichen 20 Prozent behält die Gründerfamilie Ambrosch, wie beide "
        "Seiten mitteilten.",
        [("acquisition", "Ambrosch Kältetechnik", None, "completed", {"Brevik Partners": "acquirer"}),
         ("investment", "Ambrosch Kältetechnik", None, "completed", {"Gründerfamilie Ambrosch": "investor"})],
        id="the-rest-after-a-comma-is-no-relative-clause",
    ),
    pytest.param(
        "Die Korsand Solar AG plant den Gang an die Frankfurter Börse. Den Rest der Anteile hält der "
        "Wachstumsinvestor Halsey Growth Partners.",
        [("ipo", "Korsand Solar", None, "planned", {}),
         ("investment", "Korsand Solar", None, "completed", {"Halsey Growth Partners": "investor"})],
        id="the-rest-of-the-shares-held-by-an-investor",
    ),
    pytest.param(
        "Die Korsand Solar AG plant den Gang an die Börse. Daneben hält der norwegische Versorger Fjellkraft "
        "Energy knapp sieben Prozent.",
        [("ipo", "Korsand Solar", None, "planned", {}),
         ("investment", "Korsand Solar", None, "completed", {"Fjellkraft Energy": "investor"})],
        id="one-more-holder-its-stake-ending-the-clause",
    ),
    pytest.param(
        "Die Korsand Solar AG plant den Gang an die Börse. Daneben hält der Vorstand Fjellkraft Energy für einen "
        "möglichen Partner.",
        [("ipo", "Korsand Solar", None, "planned", {})],
        id="guard-daneben-haelt-without-a-stake-is-no-holding",
    ),
    pytest.param(
        "Der Versorger Tessberg Energie übernimmt die Korsand Solar GmbH. Zu den Anteilseignern von Korsand gehören "
        "der Wagniskapitalgeber Birchway Ventures und der Pensionsfonds Aalborg Pension.",
        [("acquisition", "Korsand Solar", None, "completed", {"Tessberg Energie": "acquirer"}),
         ("investment", "Korsand Solar", None, "completed",
          {"Birchway Ventures": "investor", "Aalborg Pension": "investor"})],
        id="the-owners-of-a-named-company-listed-after-the-verb",
    ),
    pytest.param(
        "Die Beteiligungsgesellschaft Brevik Partners übernimmt 75 Prozent der Ambrosch Kältetechnik GmbH. Die "
        "übrigen 25 Prozent verbleiben bei der Familie Ambrosch. Geschäftsführer Jens Ambrosch soll an Bord bleiben. "
        "Für die restlichen Anteile gibt es wechselseitige Optionen. Für die Münchner ist es der größte Zukauf seit "
        "Jahren. Vor zwei Jahren hatten sie den Kühlanlagenbauer Frostek erworben.",
        [("acquisition", "Ambrosch Kältetechnik", None, "completed", {"Brevik Partners": "acquirer"}),
         ("investment", "Ambrosch Kältetechnik", None, "completed", {"Familie Ambrosch": "investor"}),
         ("acquisition", "Frostek", None, "completed", {"Brevik Partners": "acquirer"})],
        id="a-holder-is-no-buyer-a-pronoun-could-stand-for",
    ),
]  # fmt: skip


# Earlier bids turned down beside the takeover the article is about, and stakes the verb closes.
EARLIER_BIDS_TURNED_DOWN = [
    pytest.param(
        "Der Spezialchemiekonzern Aldris Chemie hat das Übernahmeangebot des US-Rivalen Corlane zurückgewiesen. "
        "Corlane hatte angekündigt, den Aktionären insgesamt rund 3,2 Mrd. Euro zu bieten. Es ist bereits die "
        "zweite Abfuhr für die Amerikaner: Im Mai schmetterte Aldris-Chefin Petra Sommer einen ersten Vorstoß über "
        "2,7 Mrd. Euro ab.",
        [("acquisition", "Aldris Chemie", "rund 3,2 Mrd. Euro", "rejected", {"Corlane": "bidder"}),
         ("acquisition", "Aldris Chemie", "2,7 Mrd. Euro", "rejected", {"Corlane": "bidder"})],
        id="a-first-approach-turned-down-is-a-deal-of-its-own",
    ),
    pytest.param(
        "Der Industriekonzern Matsuda Holdings übernimmt die Ostheim Antriebe GmbH für rund 300 Millionen "
        "Euro. Der Verkauf ist bereits der zweite Anlauf. Im Vorjahr war der Schweizer Konzern Belmont Industrie mit "
        "einem Gebot von knapp 250 Millionen Euro bei den Gesellschaftern gescheitert.",
        [("acquisition", "Ostheim Antriebe", "rund 300 Millionen Euro", "completed", {"Matsuda Holdings": "acquirer"}),
         ("acquisition", "Ostheim Antriebe", "knapp 250 Millionen Euro", "rejected", {"Belmont Industrie": "bidder"})],
        id="a-bidder-failing-with-its-bid-is-the-subject",
    ),
    pytest.param(
        "Der Finanzinvestor Corbin Partners übernimmt den Fahrradhersteller Velotec. Ende vergangenen Jahres war eine "
        "Übernahme durch den Fahrradkonzern Rijn Mobility geplatzt: Die Gesellschafter lehnten dessen Angebot über "
        "rund 15 Millionen Euro ab.",
        [("acquisition", "Velotec", None, "completed", {"Corbin Partners": "acquirer"}),
         ("acquisition", "Velotec", "rund 15 Millionen Euro", "rejected", {"Rijn Mobility": "bidder"})],
        id="a-bid-turned-down-is-of-the-company-named-before-the-colon",
    ),
    pytest.param(
        "Die Eskil Fluid SE übernimmt die Marlo Armaturen GmbH, wie beide Unternehmen mitteilten. Im Frühjahr hatte "
        "die Familie bereits mit dem Finanzinvestor Harrow Peak Capital verhandelt. Die Gespräche scheiterten, "
        "nachdem die Familie ein Angebot von 180 Millionen Euro als zu niedrig zurückgewiesen hatte.",
        [("acquisition", "Marlo Armaturen", None, "completed", {"Eskil Fluid": "acquirer"}),
         ("acquisition", "Marlo Armaturen", "180 Millionen Euro", "rejected", {"Harrow Peak Capital": "bidder"})],
        id="a-bid-turned-down-is-of-the-investor-negotiated-with",
    ),
    pytest.param(
        "Der Finanzinvestor Corbin Partners übernimmt den Fahrradhersteller Velotec. Ein Vorschlag für eine "
        "Dividende von 1,5 Millionen Euro war zuvor abgelehnt worden.",
        [("acquisition", "Velotec", None, "completed", {"Corbin Partners": "acquirer"})],
        id="guard-a-proposal-turned-down-is-no-bid",
    ),
    pytest.param(
        "Der Pumpenhersteller Kessbach kauft die britische Tolworth Pumps Ltd. Bei Zukäufen ist Kessbach auch "
        "schon abgeblitzt: Eine Übernahmeofferte für den Konkurrenten Hallmeier hatte dessen Eigentümerfamilie im "
        "vergangenen Jahr ausgeschlagen.",
        [("acquisition", "Tolworth Pumps", None, "completed", {"Kessbach": "acquirer"}),
         ("acquisition", "Hallmeier", None, "rejected", {})],
        id="an-offer-for-a-named-company-turned-down",
    ),
    pytest.param(
        "Der Finanzinvestor Corbin Partners bietet 41 Euro je Aktie für die Ambach Antriebstechnik AG. Offen ist, wie "
        "sich der Hedgefonds Talvard Capital verhält. Der Fonds kennt Ambach gut: Er hatte im Sommer 2024 selbst 35 "
        "Euro je Aktie geboten, was das Unternehmen mit rund 510 Millionen Euro bewertet hätte. Vorstand und Familie "
        "hatten das Angebot damals als zu niedrig zurückgewiesen.",
        [("acquisition", "Ambach Antriebstechnik", None, "planned", {"Corbin Partners": "bidder"}),
         ("acquisition", "Ambach Antriebstechnik", "rund 510 Millionen Euro", "rejected", {"Talvard Capital": "bidder"})],
        id="a-pronoun-after-a-colon-and-the-value-its-bid-implies",
    ),
    pytest.param(
        "Der Fonds Brevik Capital will im Januar 49 Prozent an der Sonnenfeld Solar GmbH übernehmen.",
        [("investment", "Sonnenfeld Solar", None, "planned", {"Brevik Capital": "investor"})],
        id="a-stake-before-a-verb-closing-its-clause",
    ),
    # spin-offs listed on their own, and the works of a company named only in a compound
    pytest.param(
        "Der Konzern Brakeler Industrie AG teilt sich auf. Wie das Unternehmen mitteilte, soll die Antriebssparte "
        "unter dem Namen Keltis Drives AG abgespalten und eigenständig im Prime Standard notiert werden.",
        [("ipo", "Keltis Drives", None, "planned", {})],
        id="a-spin-off-listed-under-its-new-name",
    ),
    pytest.param(
        "Die Keltis Drives AG wird eigenständig. Zudem kündigte die künftige Chefin Maren Ulbricht an, rund 300 "
        "Millionen Euro in neue Keltis-Werke in Ungarn zu investieren.",
        [("other", "Keltis Drives", "rund 300 Millionen Euro", "planned", {})],
        id="a-person-investing-in-the-works-of-a-company-named-in-a-compound",
    ),
    pytest.param(
        "Die Keltis Drives AG wird eigenständig. In den kommenden Jahren will Keltis-Chefin Maren Ulbricht mehr als "
        "200 Mio. Euro in neue Fertigungskapazitäten stecken.",
        [("other", "Keltis Drives", "mehr als 200 Mio. Euro", "planned", {})],
        id="a-company-s-chief-investing-in-capacity",
    ),
    # blind set w
    pytest.param(
        "Die Harwell Industrie GmbH hat ihr Angebot für die Tessin Antriebe AG nachgebessert. Harwell bietet nun "
        "38,50 Euro je Aktie. Das ursprüngliche Angebot hatte bei 33 Euro gelegen.",
        [("acquisition", "Tessin Antriebe", None, "planned", {"Harwell Industrie": "bidder"})],
        id="a-share-price-after-a-price-per-share-is-no-total",
    ),
    pytest.param(
        "Die Versandapotheke Medora AG will den Wettbewerber Apteka Sloneczna übernehmen. Medora bietet 540 "
        "Millionen Zloty, rund 125 Millionen Euro, und hat sich die Zustimmung der Gründer gesichert.",
        [("acquisition", "Apteka Sloneczna", "540 Millionen Zloty", "planned", {"Medora": "acquirer"})],
        id="a-bid-restated-in-euros-after-a-comma-is-one-amount",
    ),
]  # fmt: skip

# From blind set x: a buyer described with a genitive complement, a closing planned ahead, a sale called off with
# its best bid, a build-out of a company's own plant.
CALLED_OFF_SALES_AND_BUILD_OUTS = [
    pytest.param(
        "Der Anbieter medizinischer Geräte Kalmora übernimmt den dänischen Prothesenhersteller Norvik Ortho für "
        "85 Millionen Euro.",
        [("acquisition", "Norvik Ortho", "85 Millionen Euro", "completed", {"Kalmora": "acquirer"})],
        id="a-buyer-after-a-descriptor-and-its-genitive-complement",
    ),
    pytest.param(
        "Die Kalmora GmbH übernimmt den Prothesenhersteller Norvik Ortho für 85 Millionen Euro. Der "
        "Abschluss ist für das erste Quartal geplant.",
        [("acquisition", "Norvik Ortho", "85 Millionen Euro", "planned", {"Kalmora": "acquirer"})],
        id="a-closing-planned-ahead-makes-the-takeover-planned",
    ),
    pytest.param(
        "Der Medienkonzern Falkental Media bläst den Verkauf seiner Radiotochter Lorvana Radio ab. Die Gebote "
        "seien zu niedrig gewesen, hieß es. Das beste Angebot, das vom Finanzinvestor Harkstein Capital stammte, "
        "lag bei rund 120 Millionen Euro.",
        [("acquisition", "Lorvana Radio", "rund 120 Millionen Euro", "rejected",
          {"Falkental Media": "seller", "Harkstein Capital": "bidder"})],
        id="a-sale-called-off-takes-its-best-bid-and-bidder",
    ),
    pytest.param(
        "Der Glashersteller Vitrona baut sein Werk in der Lausitz für 650 Mio. Euro aus.",
        [("other", "Vitrona", "650 Mio. Euro", "planned", {})],
        id="a-company-building-out-its-own-plant",
    ),
    pytest.param(
        "Der Glashersteller Vitrona will seine Marktführerschaft in Osteuropa weiter ausbauen.",
        [],
        id="building-out-without-an-amount-is-no-deal",
    ),
]  # fmt: skip


LEADS_DESCRIBED_AND_PARTS_KEPT = [
    pytest.param(
        "Das Kölner Start-up Pelvon hat eine Series-A-Runde von 20 Mio. Euro abgeschlossen. Angeführt wird die "
        "Runde von Northwall Ventures, dem von Jana Vogt gegründeten Fonds.",
        [("funding_round", "Pelvon", "20 Mio. Euro", "completed", {"Northwall Ventures": "lead_investor"})],
        id="a-lead-described-by-its-founder",
    ),
    pytest.param(
        "Der Batteriehersteller Voltrino hat 30 Mio. Euro eingesammelt. Die Förderbank Elbtal Invest gewährt zudem "
        "ein Wandeldarlehen über 5 Mio. Euro, das bei der nächsten Finanzierungsrunde in Anteile umgewandelt werden kann.",
        [("funding_round", "Voltrino", "30 Mio. Euro", "completed", {}),
         ("other", "Voltrino", "5 Mio. Euro", "completed", {"Elbtal Invest": "investor"})],
        id="a-loan-granted-by-the-subject-is-debt-of-the-borrower",
    ),
    pytest.param(
        "Der Batteriehersteller Voltrino hat 30 Mio. Euro eingesammelt. Hinzu kommt eine Kreditlinie der Merkur "
        "Kreditbank über 10 Mio. Euro, die Voltrino für den Bau einer Fertigung nutzt.",
        [("funding_round", "Voltrino", "30 Mio. Euro", "completed", {}),
         ("other", "Voltrino", "10 Mio. Euro", "completed", {"Merkur Kreditbank": "investor"})],
        id="the-borrower-in-a-relative-clause-is-no-lender",
    ),
    pytest.param(
        "Der Batteriehersteller Voltrino hat 30 Mio. Euro eingesammelt. Teil der Runde ist auch ein Wandeldarlehen "
        "über 4 Mio. Euro, das Fjordlight Ventures im Frühjahr bereitgestellt hatte.",
        [("funding_round", "Voltrino", "30 Mio. Euro", "completed", {}),
         ("funding_round", "Voltrino", "4 Mio. Euro", "completed", {"Fjordlight Ventures": "investor"})],
        id="a-loan-that-is-part-of-the-round",
    ),
    pytest.param(
        "Der Mischkonzern Ravensfeld trennt sich von seiner Messtechniksparte Kalibra. Ein Konsortium aus zwei "
        "Finanzinvestoren übernimmt das Geschäft. Den Kaufpreis bezifferte der Konzern auf rund 600 Mio. Euro. "
        "Angeführt wird die Gruppe vom Infrastrukturinvestor Brightwater Capital, der 60 Prozent der Anteile "
        "erwirbt. Der Pensionsfonds Tromsø Pension übernimmt 40 Prozent.",
        [("acquisition", "Kalibra", "rund 600 Mio. Euro", "completed",
          {"Ravensfeld": "seller", "Brightwater Capital": "lead_investor", "Tromsø Pension": "acquirer"})],
        id="a-unit-parted-with-bought-by-a-group-whose-members-follow",
    ),
    pytest.param(
        "Der Konzern Ravensfeld verkauft seine Tochter Kalibra an Brightwater Capital. Den Kaufpreis bezifferte "
        "der Konzern auf rund 600 Mio. Euro.",
        [("acquisition", "Kalibra", "rund 600 Mio. Euro", "completed",
          {"Brightwater Capital": "acquirer", "Ravensfeld": "seller"})],
        id="the-seller-telling-the-price-is-no-buyer",
    ),
    pytest.param(
        "Der Konzern Ravensfeld trennt sich von seinem Vorstandschef Klaus Berger.",
        [],
        id="parting-with-a-person-is-no-sale",
    ),
    pytest.param(
        "Im Bieterkampf um den Armaturenhersteller Kessbach legt der Konzern Harlow Industries nach. Wie Harlow "
        "mitteilte, bietet das Unternehmen nun 41 Euro je Aktie in bar.",
        [("acquisition", "Kessbach", None, "planned", {"Harlow Industries": "bidder"})],
        id="the-company-telling-the-news-is-the-one-its-reference-means",
    ),
    pytest.param(
        "Um den Schreibgerätehersteller Dornbirk ranken sich Verkaufsspekulationen. Laut Insidern lotet die Dornbirk "
        "Familienholding einen Verkauf ihrer Mehrheit an dem Traditionsunternehmen aus. Die Holding hält 86 Prozent "
        "der Anteile.",
        [("acquisition", "Dornbirk", None, "rumored", {"Dornbirk Familienholding": "seller"}),
         ("investment", "Dornbirk", None, "completed", {"Dornbirk Familienholding": "investor"})],
        id="a-family-holding-selling-its-majority-of-the-company-of-its-name",
    ),
]  # fmt: skip

# Blind set z: toeholds, arms of investors, fund sizes and amounts broken down
TOEHOLDS_ARMS_AND_BREAKDOWNS = [
    pytest.param(
        "Der Medizintechnikkonzern Marvelle bietet den Aktionären des Hörgeräteherstellers Tessin Audio 24 Euro je "
        "Aktie. Insgesamt bewertet die Offerte das Eigenkapital von Tessin Audio mit rund 800 Mio. Euro. Marvelle "
        "selbst hält 7,5 Prozent an Tessin Audio. Die Franzosen hatten den Anteil im Oktober des vergangenen Jahres "
        "über die Börse erworben – damals hatte Marvelle noch betont, es handle sich um eine reine Finanzbeteiligung. "
        "Den Vollzug erwartet Marvelle im zweiten Quartal 2027, vorbehaltlich kartellrechtlicher Freigaben.",
        [("acquisition", "Tessin Audio", "rund 800 Mio. Euro", "planned", {"Marvelle": "bidder"}),
         ("investment", "Tessin Audio", None, "completed", {"Marvelle": "investor"})],
        id="a-bidders-toehold-stays-held-when-the-closing-lies-ahead",
    ),
    pytest.param(
        "Das Start-up Planwerk hat 40 Mio. Euro eingesammelt. Neu an Bord ist Torfeld Ventures, der "
        "Beteiligungsarm des Baukonzerns Torfeld.",
        [("funding_round", "Planwerk", "40 Mio. Euro", "completed", {"Torfeld Ventures": "investor"})],
        id="an-investors-arm-named-with-its-parent",
    ),
    pytest.param(
        "Das Start-up Planwerk hat 40 Mio. Euro eingesammelt. Neu an Bord ist die Beteiligungsgesellschaft des "
        "Baukonzerns Torfeld.",
        [("funding_round", "Planwerk", "40 Mio. Euro", "completed", {"Torfeld": "investor"})],
        id="an-unnamed-arm-is-its-parents-part",
    ),
    pytest.param(
        "Der Finanzinvestor Harrowgate übernimmt den Filterhersteller Brunnholt. Harrowgate investiert aus seinem "
        "fünften Fonds, der mit 2,8 Mrd. Euro ausgestattet ist.",
        [("acquisition", "Brunnholt", None, "completed", {"Harrowgate": "acquirer"})],
        id="a-fund-equipped-with-its-size-is-no-deal",
    ),
    pytest.param(
        "Der Energiekonzern Aarwald steigt beim Kabelhersteller Corvane Cables ein. Für 20 Prozent zahlt Aarwald "
        "rund 300 Mio. Dollar, umgerechnet etwa 270 Mill. Franken, wie Aarwald mitteilte. Der Betrag setzt sich "
        "zusammen aus einer Kapitalerhöhung über 170 Mio. Dollar und dem Kauf bestehender Aktien für 130 Mio. Dollar.",
        [("investment", "Corvane Cables", "rund 300 Mio. Dollar", "completed", {"Aarwald": "investor"})],
        id="an-amount-broken-down-into-its-parts",
    ),
]  # fmt: skip

# An existing investor's earlier lead told in a relative clause, and shares sold to a buyer after "an".
EARLIER_LEADS_AND_BUYERS = [
    pytest.param(
        "Das Kölner Start-up Ferrovia hat in einer Serie C 70 Mio. Euro eingesammelt. Angeführt wird die Runde von "
        "Westbay Capital. Auch Bestandsinvestor Kranich Ventures, der bereits die Serie B angeführt hatte, zieht mit.",
        [("funding_round", "Ferrovia", "70 Mio. Euro", "completed",
          {"Westbay Capital": "lead_investor", "Kranich Ventures": "investor"})],
        id="an-existing-investor-joining-after-its-earlier-lead",
    ),
    pytest.param(
        "Das Fintech Solvana hat eine Finanzierungsrunde über 40 Mio. Franken abgeschlossen. Zudem haben frühe "
        "Business Angels Anteile im Wert von rund 8 Mio. Franken an Brightwater Ventures verkauft.",
        [("funding_round", "Solvana", "40 Mio. Franken", "completed", {}),
         ("investment", "Solvana", "rund 8 Mio. Franken", "completed", {"Brightwater Ventures": "investor"})],
        id="shares-sold-to-a-buyer-after-an",
    ),
    pytest.param(
        "Das Start-up Kelvo hat 9 Mio. Euro eingesammelt. Angeführt wird die Runde von Elbkai Capital. Auch der "
        "Business Angel Jonas Wehrle, der bereits in der Seed-Phase investiert hatte, stockt auf.",
        [("funding_round", "Kelvo", "9 Mio. Euro", "completed",
          {"Elbkai Capital": "lead_investor", "Jonas Wehrle": "investor"})],
        id="an-angel-topping-up-after-an-earlier-round",
    ),
    pytest.param(
        "Der Projektentwickler Halmwerk hat sich bei einem Bankenkonsortium unter Führung des Bankhauses Osterloh "
        "eine Kreditfinanzierung über 180 Mio. Euro gesichert.",
        [("other", "Halmwerk", "180 Mio. Euro", "completed", {"Bankhaus Osterloh": "investor"})],
        id="a-credit-from-a-bank-consortium-and-its-lead",
    ),
]  # fmt: skip

# A roundup told in sections under subheadings: each section's deals are its own.
ROUNDUP_SECTIONS = [
    pytest.param(
        "Deals kompakt: Brandvik, Selmar, Oderhaus\n\n"
        "Brandvik kauft Kabelhersteller Torlund\n\n"
        "Der Elektrokonzern Brandvik hat den Kabelhersteller Torlund übernommen. Der Kaufpreis liegt bei 80 Mio. "
        "Euro.\n\n"
        "Selmar stoppt Verkauf der Gießerei\n\n"
        "Der Maschinenbauer Selmar behält seine Gießerei. Zuletzt hatte der Finanzinvestor Crestmoor rund 90 Mio. "
        "Euro geboten; Selmar lehnte ab.\n\n"
        "Oderhaus sammelt 5 Millionen Euro ein\n\n"
        "Das Start-up Oderhaus hat 5 Mio. Euro eingesammelt.",
        [("acquisition", "Torlund", "80 Mio. Euro", "completed", {"Brandvik": "acquirer"}),
         ("funding_round", "Oderhaus", "5 Millionen Euro", "completed", {})],
        id="a-bid-in-a-section-is-not-for-the-takeover-of-the-section-before",
    ),
]  # fmt: skip

# Takeovers told with more after them: a legal form abbreviated with periods, undisclosed details, a passive
# or a plan in what follows.
TAKEOVERS_WITH_MORE_SAID = [
    pytest.param(
        "Der Softwareanbieter Lorvik hatte 2023 den niederländischen Hersteller Zandhoek B.V. für 95 Millionen Euro "
        "gekauft.",
        [("acquisition", "Zandhoek", "95 Millionen Euro", "completed", {"Lorvik": "acquirer"})],
        id="a-legal-form-with-periods-ends-no-sentence",
    ),
    pytest.param(
        "Der britische Finanzinvestor Harcombe Capital wächst. Im Oktober hatten die Briten den Zahlungsdienstleister "
        "Ostwald Payments übernommen, Details zum Preis wurden nicht genannt.",
        [("acquisition", "Ostwald Payments", None, "completed", {"Harcombe Capital": "acquirer"})],
        id="undisclosed-details-deny-no-takeover",
    ),
    pytest.param(
        "Der Kältetechniker Frostwerk hatte 2022 den Servicedienstleister Kaltmann übernommen, der nun mit "
        "Frostwerk zusammengeführt werden soll.",
        [("acquisition", "Kaltmann", None, "completed", {"Frostwerk": "acquirer"})],
        id="a-plan-in-a-relative-clause-after-the-takeover",
    ),
    pytest.param(
        "Die Frostwerk AG übernimmt den Servicedienstleister Kaltmann, die Transaktion soll im Herbst abgeschlossen "
        "werden.",
        [("acquisition", "Kaltmann", None, "planned", {"Frostwerk": "acquirer"})],
        id="a-plan-in-a-main-clause-after-the-takeover",
    ),
]  # fmt: skip

# A take-private with the founding family: the family's and other holders' stakes, the cash for the rest of the
# shares, the banks financing it, an analyst's view.
TAKE_PRIVATES_AND_HOLDERS = [
    pytest.param(
        "Der Finanzinvestor Oakhurst Capital will den Softwareanbieter Terbeck Systeme AG gemeinsam mit dessen "
        "Gründerfamilie von der Börse nehmen. Die Familie Terbeck, die über eine Holding 25 Prozent der Anteile "
        "hält, dient ihre Aktien nicht an. Für die übrigen Papiere muss Oakhurst knapp 610 Millionen Euro "
        "aufbringen. Finanziert wird das mit Krediten über 300 Millionen Euro, die ein Konsortium unter Führung "
        "der Wesertal Bank bereitstellt.",
        [("acquisition", "Terbeck Systeme", "knapp 610 Millionen Euro", "planned", {"Oakhurst Capital": "acquirer"}),
         ("investment", "Terbeck Systeme", None, "completed", {"Familie Terbeck": "investor"})],
        id="a-take-private-its-familys-stake-and-the-cash-for-the-rest",
    ),
    pytest.param(
        "Der Finanzinvestor Oakhurst Capital bietet für den Softwareanbieter Terbeck Systeme AG 24 Euro je Aktie. "
        "Analyst Jan Brede vom Bankhaus Seldorf hält eine Nachbesserung für möglich: Der zweitgrößte Aktionär "
        "Lomax & Reed, der gut 9 Prozent hält, habe sich bislang nicht geäußert.",
        [("acquisition", "Terbeck Systeme", None, "planned", {"Oakhurst Capital": "bidder"}),
         ("investment", "Terbeck Systeme", None, "completed", {"Lomax & Reed": "investor"})],
        id="an-analysts-view-and-a-shareholder-named-with-its-stake",
    ),
    pytest.param(
        "Der Seilbahnbauer Hochegg wächst. Die Familie Tschudin hält über die Tschudin Holding rund 80 Prozent an "
        "Hochegg.",
        [("investment", "Hochegg", None, "completed", {"Tschudin Holding": "investor"})],
        id="a-family-holding-through-its-named-holding",
    ),
    pytest.param(
        "Das Bundeskartellamt hat die Übernahme der sauerländischen Kalkwerk Ostrau GmbH durch den Baustoffkonzern "
        "Velbert Baustoffe AG untersagt.",
        [("acquisition", "Ostrau", None, "rejected", {"Velbert Baustoffe": "acquirer"})],
        id="the-regulator-is-no-target-of-the-takeover-it-blocks",
    ),
    pytest.param(
        "Der Baustoffkonzern Velbert Baustoffe AG übernimmt das Kalkwerk Ostrau für 300 Mio. Euro. Scheitert die "
        "Übernahme, muss Velbert an den Verkäufer eine Ausgleichszahlung von 15 Millionen Euro leisten.",
        [("acquisition", "Ostrau", "300 Mio. Euro", "completed", {"Velbert Baustoffe": "acquirer"})],
        id="a-break-fee-is-no-price",
    ),
]  # fmt: skip


# A carve-out told with its rival bid, its earn-out, the seller's plans and the buyer's earlier deal.
CARVE_OUTS_AND_RIVALS = [
    pytest.param(
        "Der Mindener Familienkonzern Brackwede trennt sich von seiner Kunststoffsparte. Der niederländische "
        "Chemiekonzern Oosterbeek Chemie zahlt für die Brackwede Polymers GmbH 180 Millionen Euro. Auch der "
        "Finanzinvestor Harrowgate Partners hatte geboten. Dessen Offerte über rund 150 Millionen Euro habe man "
        "abgelehnt, sagte ein Sprecher.",
        [("acquisition", "Brackwede Polymers", "180 Millionen Euro", "completed", {"Oosterbeek Chemie": "acquirer"}),
         ("acquisition", "Brackwede Polymers", "rund 150 Millionen Euro", "rejected", {"Harrowgate Partners": "bidder"})],
        id="a-rival-bid-stated-bare-then-turned-down",
    ),
    pytest.param(
        "Der Chemiekonzern Oosterbeek Chemie übernimmt die Brackwede Polymers GmbH und zahlt zunächst 180 Millionen "
        "Euro. Der Vollzug wird im Frühjahr erwartet. Insgesamt könnte der Kaufpreis damit auf bis zu 220 "
        "Millionen Euro steigen.",
        [("acquisition", "Brackwede Polymers", "bis zu 220 Millionen Euro", "planned", {"Oosterbeek Chemie": "acquirer"})],
        id="a-hedged-price-hedges-no-takeover",
    ),
    pytest.param(
        "Der Chemiekonzern Oosterbeek Chemie übernimmt die Brackwede Polymers GmbH. Für Oosterbeek ist es nach der "
        "Übernahme des belgischen Folienherstellers Vermeulen Verpakking im Jahr 2021 der zweite große Zukauf.",
        [("acquisition", "Brackwede Polymers", None, "completed", {"Oosterbeek Chemie": "acquirer"}),
         ("acquisition", "Vermeulen Verpakking", None, "completed", {"Oosterbeek Chemie": "acquirer"})],
        id="for-the-buyer-it-is-its-second-takeover-after-an-earlier-one",
    ),
    pytest.param(
        "Der Chemiekonzern Oosterbeek Chemie übernimmt die Brackwede Polymers GmbH. „Ohne Zukäufe wären wir nie "
        "gewachsen“, sagte Vorstandschef Pieter Aalders, der das Unternehmen seit 2019 führt.",
        [("acquisition", "Brackwede Polymers", None, "completed", {"Oosterbeek Chemie": "acquirer"})],
        id="never-without-takeovers-is-no-takeover",
    ),
    pytest.param(
        "Der Familienkonzern Brackwede verkauft seine Kunststoffsparte an Oosterbeek Chemie. Rund 60 Millionen "
        "Euro aus dem Erlös will Brackwede in den kommenden zwei Jahren in ein neues Werk in Ungarn stecken.",
        [("acquisition", "Brackwede", None, "completed", {"Oosterbeek Chemie": "acquirer", "Brackwede": "seller"}),
         ("other", "Brackwede", "Rund 60 Millionen Euro", "planned", {})],
        id="money-from-the-proceeds-spent-on-a-plant-is-a-programme",
    ),
]  # fmt: skip

# A roundup whose entries open with the company's name and a colon; a stake bought before another clause; a fund
# closed by its manager, above its goal, with its backers.
LABELLED_ENTRIES_AND_FUNDS = [
    pytest.param(
        "Deals der Woche\n\n"
        "Korvano: Das Kölner Start-up hat 9 Millionen Euro in einer Seed-Runde eingesammelt. Angeführt wird sie "
        "von Birchfield Capital.\n\n"
        "Miraslo: Der Grazer Softwarekonzern übernimmt die Dortmunder Pellkamp Systems GmbH.\n\n"
        "Teskland: Der Berliner Logistikanbieter will im Frühjahr an die Börse.",
        [("funding_round", "Korvano", "9 Millionen Euro", "completed", {"Birchfield Capital": "lead_investor"}),
         ("acquisition", "Pellkamp Systems", None, "completed", {"Miraslo": "acquirer"}),
         ("ipo", "Teskland", None, "planned", {})],
        id="entries-labelled-by-the-companys-name",
    ),
    pytest.param(
        "Die Basler Pharmaholding Rheinblick Holding AG hat für 30 Millionen Franken 12 Prozent an dem Freiburger "
        "Biotechunternehmen Corvalis erworben und sich eine Option auf weitere zehn Prozent gesichert.",
        [("investment", "Corvalis", "30 Millionen Franken", "completed", {"Rheinblick Holding": "investor"})],
        id="a-stake-bought-before-another-clause-after-und",
    ),
    pytest.param(
        "Der Münchner Wagniskapitalgeber Dornfeld Ventures hat seinen zweiten Fonds bei 240 Millionen Euro "
        "geschlossen, deutlich über dem Ziel von 200 Millionen Euro. Zu den Geldgebern zählen die Förderbank "
        "Kestner Bank und mehrere Family Offices.",
        [("other", "Dornfeld Ventures", "240 Millionen Euro", "completed", {"Kestner Bank": "investor"})],
        id="a-fund-closed-above-its-goal-with-its-backers",
    ),
    pytest.param(
        "Der Augsburger Infrastrukturinvestor Wertach Capital hat seinen dritten Fonds bei 1,1 Mrd. Euro "
        "geschlossen, deutlich mehr als die ursprünglich angepeilten 800 Mill. Euro.",
        [("other", "Wertach Capital", "1,1 Mrd. Euro", "completed", {})],
        id="an-amount-aimed-at-is-no-deal",
    ),
    pytest.param(
        "Das Kölner Start-up Korvano hat 30 Millionen Euro in einer Serie-B-Runde eingesammelt. Insgesamt hat "
        "Korvano damit mehr als 50 Millionen Euro an Eigenkapital eingeworben.",
        [("funding_round", "Korvano", "30 Millionen Euro", "completed", {})],
        id="the-rounds-so-far-added-up-are-no-round",
    ),
    pytest.param(
        "Der Kasseler Leasinganbieter Radwerk plant seinen Börsengang. Die Zeichnungsfrist beginnt am "
        "Dienstag, die Erstnotiz im Prime Standard der Frankfurter Wertpapierbörse ist für den 30. April geplant.",
        [("ipo", "Radwerk", None, "planned", {})],
        id="the-exchange-a-company-lists-on-is-not-going-public",
    ),
    pytest.param(
        "Das Münchner Start-up Lindora hat 20 Millionen Euro von Birchfield Capital eingesammelt.\n\n"
        "Der Münchner Wagniskapitalgeber Dornfeld Ventures hat seinen zweiten Fonds bei 240 Millionen Euro "
        "geschlossen. Ein erstes Closing gab es im Januar, zu den Geldgebern zählen die Kestner Bank und mehrere "
        "Family Offices.",
        [("funding_round", "Lindora", "20 Millionen Euro", "completed", {"Birchfield Capital": "investor"}),
         ("other", "Dornfeld Ventures", "240 Millionen Euro", "completed", {"Kestner Bank": "investor"})],
        id="a-funds-backers-join-no-round-stated-before",
    ),
]  # fmt: skip

# From blind set ab06: a takeover that failed in a ticker, its holders, and a buyer named by trade.
FAILED_OFFERS_AND_HOLDERS = [
    pytest.param(
        "Wendorf scheitert mit Offerte für Pfeiffer Klimatec\n\n"
        "Die Übernahme des Bielefelder Kältetechnik-Herstellers Pfeiffer Klimatec durch die norwegische Wendorf "
        "Gruppe ist geplatzt. Bis zum Ende der Annahmefrist am Mittwoch wurden Wendorf nur 41 Prozent der Aktien "
        "angedient. Damit ist das Angebot über 24,80 Euro je Aktie hinfällig. Der Vorstand von Pfeiffer hatte die "
        "Offerte, die das Unternehmen mit rund 310 Mill. Euro bewertete, im August noch unterstützt. Großaktionär "
        "Quirin Halbach, der knapp 20 Prozent hält, lehnte sie dagegen als zu niedrig ab.",
        [("acquisition", "Pfeiffer Klimatec", "rund 310 Mill. Euro", "rejected", {"Wendorf Gruppe": "acquirer"}),
         ("investment", "Pfeiffer Klimatec", None, "completed", {"Quirin Halbach": "investor"})],
        id="a-failed-offer-its-value-and-a-holder-against-it",
    ),
    pytest.param(
        "Wendorf bietet 24 Euro je Aktie für den Hersteller Pfeiffer Klimatec. Bis zum Ende der Annahmefrist "
        "wurden Wendorf 48,3 Prozent der Aktien angedient.",
        [("acquisition", "Pfeiffer Klimatec", None, "planned", {"Wendorf": "bidder"})],
        id="shares-tendered-are-no-stake",
    ),
    pytest.param(
        "Der Kältekonzern Wendorf scheitert mit seiner Offerte für den Hersteller Pfeiffer Klimatec. Das Angebot "
        "erreichte die Mindestannahmeschwelle nicht.",
        [("acquisition", "Pfeiffer Klimatec", None, "rejected", {"Wendorf": "bidder"})],
        id="a-bidder-failing-told-in-the-present",
    ),
    pytest.param(
        "Der Berner Gebäudetechnik-Konzern Wyssbrunn übernimmt das Zuger Softwarehaus Lignaro für 145 Mio. "
        "Franken. Vollzogen werden soll die Übernahme noch im Dezember.",
        [("acquisition", "Lignaro", "145 Mio. Franken", "planned", {"Wyssbrunn": "acquirer"})],
        id="a-buyer-named-by-its-trade-glued-to-konzern",
    ),
]  # fmt: skip

# From blind set ab04: a bid rebuffed, told before its price; a report denied; a share price shooting up.
REBUFFED_BIDS_AND_DENIED_REPORTS = [
    pytest.param(
        "Der US-Finanzinvestor Greyholt Partners ist mit einem ersten Übernahmeversuch beim Bochumer "
        "Medizintechnik-Hersteller Tannwald abgeblitzt. Vorstand und Aufsichtsrat hätten das Angebot einstimmig "
        "abgelehnt. Nach Informationen mehrerer mit dem Vorgang vertrauter Personen bot Greyholt 38 Euro je "
        "Aktie in bar. Insgesamt hätte der Finanzinvestor damit knapp 1,7 Mrd. Euro auf den Tisch gelegt.",
        [("acquisition", "Tannwald", "knapp 1,7 Mrd. Euro", "rejected", {"Greyholt Partners": "bidder"})],
        id="a-bid-rebuffed-and-its-price-told-after",
    ),
    pytest.param(
        "Der Vorstandschef wies zugleich einen Bericht zurück, wonach der Medizintechnikkonzern Solvik Health "
        "eine Übernahme von Tannwald prüfe.",
        [("acquisition", "Tannwald", None, "rumored", {"Solvik Health": "acquirer"})],
        id="a-report-turned-down-stays-a-report",
    ),
    pytest.param(
        "Das Start-up Kelvio hat 20 Mio. Euro eingesammelt. Die Tannwald-Aktie schoss am Mittwoch um 14 Prozent "
        "auf 36,20 Euro nach oben.",
        [("funding_round", "Kelvio", "20 Mio. Euro", "completed", {})],
        id="a-share-price-shooting-up-is-no-capital-paid-in",
    ),
    pytest.param(
        "Der Pumpenhersteller Kessbach kauft die britische Tolworth Pumps Ltd. Bei Zukäufen ist Kessbach auch "
        "schon abgeblitzt.",
        [("acquisition", "Tolworth Pumps", None, "completed", {"Kessbach": "acquirer"})],
        id="guard-a-legal-form-before-a-function-word-ends-the-sentence",
    ),
]  # fmt: skip

# Blind set ac06: an earn-out added to the price, holders in relative clauses and their own past.
EARN_OUTS_AND_HOLDERS_IN_RELATIVE_CLAUSES = [
    pytest.param(
        "Der Wägetechnik-Hersteller Tannberg übernimmt den britischen Konkurrenten Pellmoor Instruments. Der Kaufpreis "
        "liegt bei 62 Mio. Pfund, hinzu kommen erfolgsabhängige Zahlungen von bis zu 10 Mio. Pfund.",
        [("acquisition", "Pellmoor Instruments", "62 Mio. Pfund", "completed", {"Tannberg": "acquirer"})],
        id="an-earn-out-added-to-the-price-is-no-deal-of-its-own",
    ),
    pytest.param(
        "Das Start-up Furlow hat 72 Mio. Dollar eingesammelt. Hinzu kommt eine Kreditlinie der Hanseatischen "
        "Kreditbank von bis zu 20 Mio. Dollar.",
        [("funding_round", "Furlow", "72 Mio. Dollar", "completed", {}),
         ("other", "Furlow", "bis zu 20 Mio. Dollar", "completed", {"Hanseatische Kreditbank": "investor"})],
        id="guard-an-amount-added-with-a-party-of-its-own-is-a-deal",
    ),
    pytest.param(
        "Die Würzhaus Brenner AG und die Aromatica Lenz AG wollen fusionieren. Die Stiftung Eichwald, die "
        "31 Prozent an Aromatica Lenz hält, stimmt zu.",
        [("acquisition", "Aromatica Lenz", None, "planned", {"Würzhaus Brenner": "acquirer"}),
         ("investment", "Aromatica Lenz", None, "completed", {"Stiftung Eichwald": "investor"})],
        id="a-stake-in-a-relative-clause-is-no-list-of-names",
    ),
    pytest.param(
        "Der Windparkentwickler Kolbeck Energiesysteme hat seinen Börsengang abgesagt. Eigentümer Ebbing Partners, "
        "der 2020 bei Kolbeck eingestiegen war, will im zweiten Quartal 2026 einen neuen Anlauf nehmen.",
        [("ipo", "Kolbeck Energiesysteme", None, "rejected", {}),
         ("investment", "Kolbeck Energiesysteme", None, "completed", {"Ebbing Partners": "investor"})],
        id="a-relative-clause-told-in-the-past-plans-nothing",
    ),
    # blind set ad: an earlier round and its lead; an issue's volume; those taking part are no target
    pytest.param(
        "Das Hamburger Software-Unternehmen Navorik hat eine Finanzierungsrunde der Serie B über 62 Mio. Euro "
        "abgeschlossen. Bei der Serie-A-Runde über 18 Mio. Euro im März 2024, angeführt von Kapstein Ventures, war "
        "das Unternehmen mit 95 Mio. Euro bewertet worden.",
        [("funding_round", "Navorik", "62 Mio. Euro", "completed", {}),
         ("funding_round", "Navorik", "18 Mio. Euro", "completed", {"Kapstein Ventures": "lead_investor"})],
        id="guard-an-earlier-round-valued-after-its-lead",
    ),
    pytest.param(
        "Die Hotelkette Rastmoor will an die Frankfurter Börse. Geplant ist eine Platzierung mit einem Volumen von "
        "bis zu 450 Mio. Euro. Davon sollen rund 150 Mio. Euro über neue Aktien in die Kasse des Unternehmens fließen.",
        [("ipo", "Rastmoor", "bis zu 450 Mio. Euro", "planned", {})],
        id="a-placement-after-an-ipo-is-its-volume",
    ),
    pytest.param(
        "Der Investor Rheinmoor übernimmt den Fahrraddienst Kronmoor. Der Fonds Greenmoor Ventures hatte 2021 eine "
        "Finanzierungsrunde über 45 Mio. Euro angeführt, an der sich auch das Hamburger Family Office Hallvik beteiligte.",
        [("acquisition", "Kronmoor", None, "completed", {"Rheinmoor": "acquirer"}),
         ("funding_round", "Kronmoor", "45 Mio. Euro", "completed",
          {"Hallvik": "investor", "Greenmoor Ventures": "lead_investor"})],
        id="an-investor-taking-part-is-not-the-round-s-company",
    ),
]  # fmt: skip

# blind set af: an IPO's gross proceeds; the IPO as a point in time; a share price range; an owner named by its
# role; a stake raised and the price of the extra shares; a right to raise a stake
PROCEEDS_AND_STAKES_RAISED = [
    pytest.param(
        "Der Kölner Softwareanbieter Nordhang Systems macht Ernst mit dem Börsengang. Nordhang will durch die "
        "Ausgabe neuer Aktien einen Bruttoerlös von rund 180 Millionen Euro erzielen.",
        [("ipo", "Nordhang Systems", "rund 180 Millionen Euro", "planned", {})],
        id="an-ipo-s-gross-proceeds-are-its-amount",
    ),
    pytest.param(
        "Der Kölner Softwareanbieter Nordhang Systems plant den Börsengang. Begleitet wird die Emission vom Bankhaus "
        "Quellmann. Nach dem Börsengang wird der Finanzinvestor Tarrow Equity noch gut die Hälfte der Anteile halten.",
        [("ipo", "Nordhang Systems", None, "planned", {})],
        id="the-ipo-as-a-point-in-time-is-no-ipo-of-its-own",
    ),
    pytest.param(
        "Der Kölner Softwareanbieter Nordhang Systems plant den Börsengang. Die Aktien sollen zu einem Preis zwischen "
        "18 und 22 Euro angeboten werden, teilte das Unternehmen am Dienstag mit.",
        [("ipo", "Nordhang Systems", None, "planned", {})],
        id="a-share-price-range-is-no-programme",
    ),
    pytest.param(
        "Den Großteil der Aktien gibt Mehrheitseigner Tarrow Equity ab. Tarrow hatte Nordhang Systems im Jahr 2020 "
        "für rund 300 Millionen Euro von den Gründern übernommen.",
        [("acquisition", "Nordhang Systems", "rund 300 Millionen Euro", "completed", {"Tarrow Equity": "acquirer"})],
        id="an-owner-named-after-its-role-noun-is-named-without-it",
    ),
    pytest.param(
        "Der Cottbuser Verteilnetzbetreiber Spreewald Netz baut aus. Bis 2030 will das Unternehmen 900 Mio. Euro in "
        "neue Leitungen investieren.",
        [("other", "Spreewald Netz", "900 Mio. Euro", "planned", {})],
        id="a-grid-company-named-by-german-words-and-netz",
    ),
    pytest.param(
        "Die Zuger Pensionskasse Arvenhof Vorsorge hat ihren Anteil am Bündner Wasserkraftbetreiber Tschiertschen "
        "Energie von 10 auf 20 Prozent aufgestockt. Für das zusätzliche Aktienpaket zahlt sie rund 40 Mill. Franken.",
        [("investment", "Tschiertschen Energie", "rund 40 Mill. Franken", "completed", {"Arvenhof Vorsorge": "investor"})],
        id="a-stake-raised-and-the-price-of-the-extra-shares",
    ),
    pytest.param(
        "Die Hamburger Reederei Tellwald hat ihren Anteil am Terminalbetreiber Nordkai Services von 20 auf 45 Prozent "
        "aufgestockt. Das zusätzliche Aktienpaket erwarb Tellwald für rund 60 Millionen Euro.",
        [("investment", "Nordkai Services", "rund 60 Millionen Euro", "completed", {"Tellwald": "investor"})],
        id="the-extra-shares-bought-for-a-price-are-the-stake-s",
    ),
    pytest.param(
        "Die Reederei Tellwald beteiligt sich mit 30 Prozent am Terminalbetreiber Nordkai Services. Der Vertrag räumt "
        "Tellwald zudem eine Option ein, den Anteil bis 2029 auf 51 Prozent aufzustocken.",
        [("investment", "Nordkai Services", None, "completed", {"Tellwald": "investor"})],
        id="guard-a-right-to-raise-a-stake-is-no-deal",
    ),
    pytest.param(
        "Das Berliner Start-up Quellwerk hat seine Serie-A-Runde auf 30 Mio. Euro aufgestockt.",
        [("funding_round", "Quellwerk", "30 Mio. Euro", "completed", {})],
        id="guard-a-round-topped-up-is-a-round",
    ),
    pytest.param(
        "Der Mischkonzern Hallwiler gibt seine Verpackungssparte ab: Mit dem Finanzinvestor Birchmoor Capital hat "
        "Hallwiler am Montag einen Vertrag über den Verkauf der Hallwiler Packaging unterzeichnet. Der Kaufpreis liegt "
        "bei 210 Mill. Franken.",
        [("acquisition", "Hallwiler Packaging", "210 Mill. Franken", "completed", {"Birchmoor Capital": "acquirer"})],
        id="the-other-side-of-a-sale-contract-buys",
    ),
    pytest.param(
        "Der Finanzinvestor Birchmoor Capital bietet 28 Euro je Aktie für die Ulmer Tessin Verkehrstechnik AG. Die "
        "Annahmefrist läuft bis Ende Januar. Der Vorstand prüft das Angebot. Der Investor will in den kommenden fünf "
        "Jahren zusätzlich rund 90 Millionen Euro in die Entwicklung neuer Software stecken.",
        [("acquisition", "Tessin Verkehrstechnik", None, "planned", {"Birchmoor Capital": "bidder"}),
         ("other", "Tessin Verkehrstechnik", "rund 90 Millionen Euro", "planned", {"Birchmoor Capital": "investor"})],
        id="a-financial-investor-s-programme-is-for-the-company-it-bids-for",
    ),
]  # fmt: skip

# blind set ae: an offer's equity value after the takeover's total; a stake held through a vehicle by "sie"
EQUITY_VALUES_AND_VEHICLES = [
    pytest.param(
        "Der US-Konzern Brightwater Medical will die Sennhof Klinikbedarf AG für 1,6 Mrd. Euro übernehmen. "
        "Brightwater bietet 38,20 Euro je Aktie in bar. Das Angebot bewertet Sennhof mit rund 1,25 Mrd. Euro.",
        [("acquisition", "Sennhof Klinikbedarf", "1,6 Mrd. Euro", "planned", {"Brightwater Medical": "acquirer"})],
        id="an-offer-s-equity-value-after-the-takeover-s-total-is-no-second-takeover",
    ),
    pytest.param(
        "Der US-Konzern Brightwater Medical bietet für die Sennhof Klinikbedarf AG 38,20 Euro je Aktie in bar. Das "
        "Angebot bewertet Sennhof mit rund 1,25 Mrd. Euro.",
        [("acquisition", "Sennhof Klinikbedarf", "rund 1,25 Mrd. Euro", "planned", {"Brightwater Medical": "bidder"})],
        id="guard-an-offer-s-value-is-the-total-of-a-bid-without-one",
    ),
    pytest.param(
        "Der US-Konzern Brightwater Medical will die Sennhof Klinikbedarf AG übernehmen. Entscheidend ist die "
        "Gründerfamilie: Sie hält über ihre Beteiligungsgesellschaft Sennhof Familien-Holding 29 Prozent der Anteile "
        "und hat sich verpflichtet, diese Aktien anzudienen.",
        [("acquisition", "Sennhof Klinikbedarf", None, "planned", {"Brightwater Medical": "acquirer"}),
         ("investment", "Sennhof Klinikbedarf", None, "completed", {"Sennhof Familien-Holding": "investor"})],
        id="a-stake-held-through-a-vehicle-by-a-pronoun-is-the-vehicle-s",
    ),
]  # fmt: skip

# blind set af/x: two main clauses joined by a comma, each with its deal; a closing ahead told in a clause of its
# own; a company's own programme told in the present tense is announced (planned), told in the perfect it is spent
COMMA_SPLICES_AND_ANNOUNCED_PROGRAMMES = [
    pytest.param(
        "Der britische Konkurrent Kelvor Subsea hatte im Sommer 30 Millionen Pfund eingesammelt, der dänische "
        "Anbieter Skarnholm Robotics wurde im Herbst vom Ölausrüster Tarvik übernommen.",
        [("funding_round", "Kelvor Subsea", "30 Millionen Pfund", "completed", {}),
         ("acquisition", "Skarnholm Robotics", None, "completed", {"Tarvik": "acquirer"})],
        id="two-main-clauses-after-a-comma-each-state-their-deal",
    ),
    pytest.param(
        "Die Norvik AG kauft den Zulieferer Helmbrecht für 120 Mio. Euro, der Abschluss wird für das "
        "zweite Quartal erwartet.",
        [("acquisition", "Helmbrecht", "120 Mio. Euro", "planned", {"Norvik": "acquirer"})],
        id="a-closing-ahead-in-a-main-clause-of-its-own",
    ),
    pytest.param(
        "Der Waferhersteller Selmitz baut sein Werk in Freiberg für 1,2 Mrd. Euro aus, die zusätzliche Produktion "
        "soll Mitte 2028 anlaufen.",
        [("other", "Selmitz", "1,2 Mrd. Euro", "planned", {})],
        id="a-build-out-told-in-the-present-is-announced",
    ),
    pytest.param(
        "Der Chemiekonzern Bervik steckt 400 Mio. Euro in sein Werk in Jena.",
        [("other", "Bervik", "400 Mio. Euro", "planned", {})],
        id="money-put-into-its-own-plant-in-the-present-is-announced",
    ),
    pytest.param(
        "Der Chemiekonzern Bervik hat im vergangenen Jahr 400 Mio. Euro in sein Werk in Jena investiert.",
        [],
        id="money-put-into-its-own-plant-in-the-perfect-is-spent",
    ),
    pytest.param(
        "Die Norvik AG übernimmt den Zulieferer Helmbrecht, der Norvik seit Jahren beliefert.",
        [("acquisition", "Helmbrecht", None, "completed", {"Norvik": "acquirer"})],
        id="a-relative-clause-after-a-comma-is-no-main-clause",
    ),
    pytest.param(
        "Der Chiphersteller Dornhagen Elektronik plant eine Kapitalerhöhung. Ausgegeben werden sollen bis zu "
        "4,2 Millionen neue Aktien, der Bruttoerlös soll bei rund 95 Millionen Euro liegen.",
        [("funding_round", "Dornhagen Elektronik", "rund 95 Millionen Euro", "planned", {})],
        id="the-gross-proceeds-after-a-capital-increase-are-its-amount",
    ),
    pytest.param(
        "Der Softwareanbieter Nordhang Systems plant den Börsengang in Frankfurt. Der Bruttoerlös soll bei rund "
        "180 Millionen Euro liegen.",
        [("ipo", "Nordhang Systems", "rund 180 Millionen Euro", "planned", {})],
        id="the-gross-proceeds-after-an-ipo-are-its-amount",
    ),
    pytest.param(
        "Der Elektronikhersteller Dornhagen Elektronik und der Zulieferer Sakurada Denshi wollen gemeinsam ein Werk "
        "errichten. Beide Unternehmen gründen dafür das Gemeinschaftsunternehmen Elbsilicon Packaging. In den "
        "kommenden drei Jahren sollen insgesamt 480 Millionen Euro in die Fabrik fließen. Dornhagen übernimmt "
        "51 Prozent an Elbsilicon, Sakurada die übrigen 49 Prozent.",
        [("other", "Elbsilicon Packaging", "480 Millionen Euro", "planned",
          {"Dornhagen Elektronik": "investor", "Sakurada Denshi": "investor"})],
        id="a-venture-s-partners-told-by-beide-its-amount-after-it-and-their-shares",
    ),
    pytest.param(
        "Der Zulieferer Sakurada Denshi ist in Deutschland bereits über eine Minderheitsbeteiligung von 15 Prozent "
        "am Stuttgarter Sensorhersteller Merkling Mikrosysteme präsent.",
        [("investment", "Merkling Mikrosysteme", None, "completed", {"Sakurada Denshi": "investor"})],
        id="a-company-named-by-mikrosysteme",
    ),
    pytest.param(
        "Das Hamburger Start-up Sonarix hat eine Finanzierungsrunde über 68 Millionen Euro abgeschlossen. Angeführt "
        "wird die Runde vom Wagniskapitalgeber Fjordline Capital. Die Bewertung liegt damit dreimal so hoch wie bei "
        "der Serie A. Diese hatte Kranich Capital im Oktober des vergangenen Jahres mit 21 Millionen Euro angeführt.",
        [("funding_round", "Sonarix", "68 Millionen Euro", "completed", {"Fjordline Capital": "lead_investor"}),
         ("funding_round", "Sonarix", "21 Millionen Euro", "completed", {"Kranich Capital": "lead_investor"})],
        id="a-demonstrative-lead-with-an-amount-states-the-round-named-before",
    ),
    pytest.param(
        "Das Hamburger Start-up Sonarix hat eine Finanzierungsrunde über 68 Millionen Euro abgeschlossen. Angeführt "
        "wird die Runde vom Wagniskapitalgeber Fjordline Capital. Die Bewertung liegt damit dreimal so hoch wie bei "
        "der Serie B. Diese hatte Kranich Capital angeführt.",
        [("funding_round", "Sonarix", "68 Millionen Euro", "completed",
          {"Fjordline Capital": "lead_investor", "Kranich Capital": "lead_investor"})],
        id="guard-a-demonstrative-lead-without-an-amount-joins-the-round",
    ),
    pytest.param(
        "Der Bremer Mischkonzern Harlinger trennt sich von seiner Yachtsparte. Die Werfttochter Harlinger Yachtbau "
        "geht für 410 Millionen Pfund an den Londoner Finanzinvestor Solent Harbour Partners.",
        [("acquisition", "Harlinger Yachtbau", "410 Millionen Pfund", "completed",
          {"Solent Harbour Partners": "acquirer"})],
        id="a-company-going-for-a-price-to-a-buyer-is-sold-to-it",
    ),
    pytest.param(
        "Die Werfttochter Harlinger Yachtbau wird für 40 Millionen Pfund an den Finanzinvestor Harbor Lane "
        "Partners verkauft.",
        [("acquisition", "Harlinger Yachtbau", "40 Millionen Pfund", "completed", {"Harbor Lane Partners": "acquirer"})],
        id="a-company-sold-in-the-passive-to-a-buyer-after-an",
    ),
    pytest.param(
        "Die Werfttochter Harlinger Yachtbau baut in Bremen Motoryachten. Die Werft selbst plant bis 2027 "
        "Investitionen von rund 75 Millionen Pfund in eine neue Trockendockhalle.",
        [("other", "Harlinger Yachtbau", "rund 75 Millionen Pfund", "planned", {})],
        id="a-yard-s-own-programme-told-by-die-werft-into-a-hall",
    ),
    pytest.param(
        "Der Zürcher Laborautomatisierer Pipettra plant den Börsengang. Den Emissionserlös will Pipettra vor allem "
        "in die Fertigung stecken. Bis 2027 sollen rund 120 Millionen Franken in ein neues Werk in Winterthur "
        "fließen, zudem sind kleinere Zukäufe in den USA geplant.",
        [("ipo", "Pipettra", None, "planned", {}),
         ("other", "Pipettra", "rund 120 Millionen Franken", "planned", {})],
        id="a-programme-with-no-subject-is-the-spender-s-of-the-sentence-before",
    ),
    pytest.param(
        "Der Zürcher Laborautomatisierer Pipettra hatte im November 2021 einen Börsengang vorbereitet, die Pläne "
        "aber auf Eis gelegt. Anschließend schoss Greifried Capital eine Kapitalspritze von 45 Millionen Franken nach.",
        [("ipo", "Pipettra", None, "rejected", {}),
         ("funding_round", "Pipettra", "45 Millionen Franken", "completed", {"Greifried Capital": "investor"})],
        id="an-ipo-shelved-and-an-investor-s-capital-injection-after-it",
    ),
    pytest.param(
        "Der Zürcher Laborautomatisierer Pipettra plant den Börsengang. Als Ankerinvestoren haben der norwegische "
        "Vermögensverwalter Kvitfjell Forvaltning und die Vorsorgestiftung Tössfeld zugesagt, Aktien für zusammen "
        "90 Millionen Franken zu zeichnen.",
        [("ipo", "Pipettra", None, "planned", {}),
         ("investment", "Pipettra", "90 Millionen Franken", "planned",
          {"Kvitfjell Forvaltning": "investor", "Vorsorgestiftung Tössfeld": "investor"})],
        id="anchor-investors-sharing-one-amount",
    ),
]  # fmt: skip


EARLIER_RAISES_AND_COST_ESTIMATES = [
    pytest.param(
        "Das Kölner Start-up Brandwerk Bio hat in einer Serie B 60 Millionen Euro eingesammelt. Damals hatte das "
        "Start-up 18 Millionen Euro eingesammelt, angeführt von Rheinfeld Capital.",
        [("funding_round", "Brandwerk Bio", "60 Millionen Euro", "completed", {}),
         ("funding_round", "Brandwerk Bio", "18 Millionen Euro", "completed", {"Rheinfeld Capital": "lead_investor"})],
        id="a-raise-in-the-pluperfect-with-its-lead-is-an-earlier-round",
    ),
    pytest.param(
        "Das Kölner Start-up Brandwerk Bio hat in einer Serie B 60 Millionen Euro eingesammelt. Angeführt wird die "
        "Runde von Rheinfeld Capital, der Investor steuerte 25 Millionen Euro bei.",
        [("funding_round", "Brandwerk Bio", "60 Millionen Euro", "completed", {"Rheinfeld Capital": "lead_investor"})],
        id="guard-a-lead-s-own-money-stays-part-of-the-round",
    ),
    pytest.param(
        "Das Kölner Start-up Brandwerk Bio hat in einer Serie B 60 Millionen Euro eingesammelt. Die Altinvestoren "
        "Rheinfeld Capital und Domblick Ventures ziehen ebenfalls mit.",
        [("funding_round", "Brandwerk Bio", "60 Millionen Euro", "completed",
          {"Rheinfeld Capital": "investor", "Domblick Ventures": "investor"})],
        id="investors-pulling-along-with-a-word-between-verb-and-particle",
    ),
    pytest.param(
        "Das Kölner Start-up Brandwerk Bio hat in einer Serie B 60 Millionen Euro eingesammelt. Konkurrenten wie "
        "Gerstmann Labs ziehen mit eigenen Runden nach.",
        [("funding_round", "Brandwerk Bio", "60 Millionen Euro", "completed", {})],
        id="guard-mit-before-a-noun-is-a-preposition-no-particle",
    ),
    pytest.param(
        "Der Hersteller Brandwerk Bio hat 60 Millionen Euro eingesammelt. Bis Ende 2027 soll in Leverkusen ein "
        "Werk entstehen. Die Investitionen dafür beziffert das Unternehmen auf rund 45 Millionen Euro.",
        [("funding_round", "Brandwerk Bio", "60 Millionen Euro", "completed", {}),
         ("other", "Brandwerk Bio", "rund 45 Millionen Euro", "planned", {})],
        id="a-programme-s-cost-estimated-in-the-present-is-announced",
    ),
]  # fmt: skip


BACKED_BIDDERS_AND_HELD_STAKES = [
    pytest.param(
        "Der Hörgerätehersteller Tannberg bietet den Aktionären der Optikerkette Brillwerk 24,10 Euro je Aktie. "
        "Rückendeckung erhält Tannberg vom größten Aktionär der Kette: Die Gründerfamilie, die über ihre Holding "
        "Valmira Beteiligungen 31,2 Prozent der Anteile an Brillwerk hält, hat sich verpflichtet, ihre Aktien "
        "anzudienen.",
        [("acquisition", "Brillwerk", None, "planned", {"Tannberg": "bidder"}),
         ("investment", "Brillwerk", None, "completed", {"Valmira Beteiligungen": "investor"})],
        id="backing-from-a-holder-is-no-stake-of-the-bidder-and-the-stake-held-is-held",
    ),
    pytest.param(
        "Der Hörgerätehersteller Tannberg bietet den Aktionären der Optikerkette Brillwerk 24,10 Euro je Aktie. "
        "Tannberg ist bereits größter Aktionär der Kette.",
        [("acquisition", "Brillwerk", None, "planned", {"Tannberg": "bidder"}),
         ("investment", "Brillwerk", None, "completed", {"Tannberg": "investor"})],
        id="guard-a-bidder-that-is-the-largest-holder-holds-a-stake",
    ),
    pytest.param(
        "Die dänische Reederei Skagerholm beteiligt sich an dem Kieler Fährbetreiber Förde Fähren. Die "
        "Familienholding Ostufer Beteiligungen, über die die Familie Petersen das Unternehmen bislang kontrolliert, "
        "verkauft 24,9 Prozent der Anteile an die Dänen. Förde-Fähren-Chef Hauke Brodersen begrüßte den Schritt.",
        [("investment", "Förde Fähren", None, "completed",
          {"Skagerholm": "investor", "Ostufer Beteiligungen": "seller"})],
        id="a-stake-sold-to-a-reference-to-the-investor-just-stated",
    ),
]  # fmt: skip


FUND_NAMES_AND_NEWCOMERS = [
    pytest.param(
        "Das Leipziger Start-up Lohnkompass hat in einer Serie B 64 Millionen Dollar eingesammelt. Neu an Bord ist "
        "zudem die Beteiligungsgesellschaft Elstertal Invest. Auch die Altinvestoren Saalbach Capital und Grünau "
        "Seed ziehen mit. Im Oktober des vergangenen Jahres hatte das Start-up in einer Serie-A-Runde 18 Millionen "
        "Euro erhalten.",
        [("funding_round", "Lohnkompass", "64 Millionen Dollar", "completed",
          {"Elstertal Invest": "investor", "Saalbach Capital": "investor", "Grünau Seed": "investor"}),
         ("funding_round", "Lohnkompass", "18 Millionen Euro", "completed", {})],
        id="a-fund-named-seed-is-no-seed-round-and-an-invest-fund-no-start-up",
    ),
    pytest.param(
        "Das Berliner Start-up Trassify hat in einer Serie B 48 Millionen Euro eingesammelt. Neu eingestiegen sind "
        "zudem der Investor Harbor Peak Capital und KfW Capital, die Wagniskapitaltochter der staatlichen Förderbank "
        "KfW. Auch die Altinvestoren Isar Seed Partners und das Brückner Family Office stocken ihre Anteile auf.",
        [("funding_round", "Trassify", "48 Millionen Euro", "completed",
          {"Harbor Peak Capital": "investor", "KfW Capital": "investor", "Isar Seed Partners": "investor",
           "Brückner Family Office": "investor"})],
        id="newcomers-and-holders-raising-their-shares-join-the-round-not-the-arm-s-parent",
    ),
    pytest.param(
        "Der Chemiekonzern Bervik stockt seinen Anteil an dem Zulieferer Helmbrecht von 20 auf 35 Prozent auf.",
        [("investment", "Helmbrecht", None, "completed", {"Bervik": "investor"})],
        id="a-stake-raised-with-the-verb-first",
    ),
    pytest.param(
        "Der Uhrenzulieferer Spiralwerk will im März an die Börse. Einschließlich einer Mehrzuteilungsoption soll "
        "das Platzierungsvolumen bis zu 420 Mio. Franken erreichen. Vor zwei Jahren hatte Spiralwerk schon einmal "
        "einen Börsengang vorbereitet, die Pläne aber Ende Mai 2024 auf Eis gelegt.",
        [("ipo", "Spiralwerk", "bis zu 420 Mio. Franken", "planned", {}),
         ("ipo", "Spiralwerk", None, "rejected", {})],
        id="an-ipo-shelved-before-told-in-the-pluperfect-is-no-report-of-the-one-planned",
    ),
    pytest.param(
        "Der Windparkentwickler Kolbeck hat seinen geplanten Börsengang abgesagt. Die Preisspanne hatte bei 21 bis "
        "25 Euro je Aktie gelegen, das Emissionsvolumen bei bis zu 400 Millionen Euro.",
        [("ipo", "Kolbeck", "bis zu 400 Millionen Euro", "rejected", {})],
        id="guard-an-ipo-called-off-and-its-volume-told-in-the-pluperfect-are-one",
    ),
    pytest.param(
        "Der Waagenhersteller Gramwerk soll in japanische Hände übergehen. Der Messtechnikkonzern Kuroshima Seiki "
        "bietet den Aktionären 47,20 Euro je Aktie. Vor zwei Jahren war der US-Finanzinvestor Brackwater Partners "
        "mit einer Offerte von 36 Euro je Aktie an der Familie Strobelt gescheitert, die das Angebot als zu niedrig "
        "zurückgewiesen hatte.",
        [("acquisition", "Gramwerk", None, "planned", {"Kuroshima Seiki": "bidder"}),
         ("acquisition", "Gramwerk", None, "rejected", {"Brackwater Partners": "bidder"})],
        id="a-bidder-that-failed-is-no-target-of-a-refusal-in-a-relative-clause",
    ),
]  # fmt: skip

# blind set ac/y: a takeover "geschluckt" in a headline; a price per share paid in cash; the company a relative
# clause buys; a bid turned down after a semicolon
SWALLOWED_ANTECEDENTS_AND_ANSWERED_BIDS = [
    pytest.param(
        "Der Logistikkonzern Harlan Freight will den Hersteller Tessmar Fördertechnik für 900 Mio. Euro schlucken.",
        [("acquisition", "Tessmar Fördertechnik", "900 Mio. Euro", "planned", {"Harlan Freight": "acquirer"})],
        id="a-takeover-told-by-schlucken",
    ),
    pytest.param(
        "Der Logistikkonzern Harlan Freight will die Tessmar Fördertechnik AG übernehmen und bietet 31,20 Euro in "
        "bar je Tessmar-Aktie.",
        [("acquisition", "Tessmar Fördertechnik", None, "planned", {"Harlan Freight": "bidder"})],
        id="a-price-per-share-in-cash-per-named-share-is-no-total",
    ),
    pytest.param(
        "Der Konzern Harlan Freight ist in Polen über den Spediteur Wolnik präsent, den die Amerikaner 2021 für "
        "210 Millionen Dollar übernommen hatten.",
        [("acquisition", "Wolnik", "210 Millionen Dollar", "completed", {"Harlan Freight": "acquirer"})],
        id="the-company-a-relative-clause-bought-is-its-antecedent",
    ),
    pytest.param(
        "Die Tessmar Fördertechnik AG wehrt sich gegen den Logistikkonzern Harlan Freight. Schon 2019 hatte Harlan "
        "versucht, den Konkurrenten zu übernehmen, und 650 Mio. Euro geboten.",
        [("acquisition", "Tessmar Fördertechnik", "650 Mio. Euro", "planned", {"Harlan Freight": "bidder"})],
        id="guard-an-article-after-a-comma-opens-no-relative-clause",
    ),
    pytest.param(
        "Der Logistikkonzern Harlan Freight bietet für die Tessmar Fördertechnik AG nun 34 Euro je Aktie. Im Mai "
        "hatte Harlan 29 Euro je Aktie geboten; der Vorstand hatte das Angebot als zu niedrig zurückgewiesen.",
        [("acquisition", "Tessmar Fördertechnik", None, "planned", {"Harlan Freight": "bidder"}),
         ("acquisition", "Tessmar Fördertechnik", None, "rejected", {"Harlan Freight": "bidder"})],
        id="a-bid-turned-down-after-a-semicolon-is-rejected",
    ),
]  # fmt: skip

# blind set ae: the parts of an IPO's placement; its proceeds spent; a holder's past takeover before a plan
PLACEMENT_PARTS_AND_PAST_TAKEOVERS = [
    pytest.param(
        "Der Pumpenhersteller Sandtorf AG wagt den Börsengang. Das Platzierungsvolumen soll bis zu 380 Millionen "
        "Euro betragen. Der Börsenwert läge bei 1,1 Milliarden Euro. Rund 150 Millionen Euro sollen aus einer "
        "Kapitalerhöhung stammen.",
        [("ipo", "Sandtorf", "bis zu 380 Millionen Euro", "planned", {})],
        id="the-new-shares-part-of-a-placement-is-no-deal-of-its-own",
    ),
    pytest.param(
        "Die Sandtorf AG sammelt in einer Finanzierungsrunde 60 Mio. Euro ein. Weitere 80 Mio. Euro stammen aus "
        "einer Kapitalerhöhung, die der Großaktionär Welfenhof Capital zeichnet.",
        [("funding_round", "Sandtorf", "60 Mio. Euro", "completed", {}),
         ("funding_round", "Sandtorf", "80 Mio. Euro", "completed", {"Welfenhof Capital": "investor"})],
        id="guard-a-larger-sum-stemming-from-a-capital-increase-is-a-deal",
    ),
    pytest.param(
        "Die Sandtorf AG will im Oktober an die Börse. Mit dem Emissionserlös will Sandtorf unter anderem "
        "Bankschulden von rund 90 Millionen Euro ablösen.",
        [("ipo", "Sandtorf", None, "planned", {})],
        id="debt-repaid-with-the-ipo-proceeds-is-no-ipo-amount",
    ),
    pytest.param(
        "Die Sandtorf AG will im Oktober an die Börse. Mit dem Emissionserlös von rund 300 Millionen Euro will "
        "Sandtorf Schulden tilgen.",
        [("ipo", "Sandtorf", "rund 300 Millionen Euro", "planned", {})],
        id="guard-the-proceeds-own-amount-after-their-noun-is-the-ipo-s",
    ),
    pytest.param(
        "Die Sandtorf AG wagt den Börsengang. Den Großteil der Aktien gibt der Finanzinvestor Larchmont Partners "
        "ab, der 2018 die Mehrheit an Sandtorf übernommen hatte und nach dem Börsengang noch 35 Prozent halten soll.",
        [("ipo", "Sandtorf", None, "planned", {}),
         ("acquisition", "Sandtorf", None, "completed", {"Larchmont Partners": "acquirer"})],
        id="a-takeover-in-the-pluperfect-before-and-a-plan-is-over",
    ),
]  # fmt: skip

# blind set ad: a share of the money told later; money spent from a round; the rest still held; off the table
SHARES_OF_THE_MONEY_AND_SPENT_PROCEEDS = [
    pytest.param(
        "Der Chemiekonzern Takanori Holdings übernimmt 25 Prozent an der Weidenfels Mühlen AG und zahlt dafür rund "
        "140 Mio. Euro. Damit wird die Gruppe mit 560 Mio. Euro bewertet. Die Verträge sind unterzeichnet. Die "
        "Familie hatte lange gezögert. Der Großteil des Geldes fließt ins Unternehmen: Rund 90 Mio. Euro stammen aus "
        "einer Kapitalerhöhung.",
        [("investment", "Weidenfels Mühlen", "rund 140 Mio. Euro", "completed", {"Takanori Holdings": "investor"})],
        id="a-share-of-the-money-told-sentences-later-is-no-deal-of-its-own",
    ),
    pytest.param(
        "Der Netzbetreiber Havelstrom will bis 2030 rund 2 Mrd. Euro in neue Umspannwerke investieren. Einen Teil "
        "des Geldes soll eine Kapitalerhöhung bringen: Der Pensionsfonds Nordkap Pension zeichnet neue Aktien für "
        "300 Mio. Euro.",
        [("other", "Havelstrom", "rund 2 Mrd. Euro", "planned", {}),
         ("investment", "Havelstrom", "300 Mio. Euro", "completed", {"Nordkap Pension": "investor"})],
        id="guard-a-share-of-a-programme-s-money-raised-by-an-investor-is-a-deal",
    ),
    pytest.param(
        "Die Weidenfels Mühlen AG mahlt jährlich 900.000 Tonnen Getreide. Mit dem Geld aus der Kapitalerhöhung will "
        "das Unternehmen bis 2028 rund 75 Mio. Euro in ein neues Silo investieren.",
        [("other", "Weidenfels Mühlen", "rund 75 Mio. Euro", "planned", {})],
        id="money-spent-from-a-capital-increase-is-no-round",
    ),
    pytest.param(
        "Der Finanzinvestor Kestrel Bay übernimmt 60 Prozent an der Weidenfels Mühlen AG. Die übrigen 40 Prozent "
        "liegen weiterhin beim Gründer-Clan über die Holding Lindwurm Beteiligungen.",
        [("acquisition", "Weidenfels Mühlen", None, "completed", {"Kestrel Bay": "acquirer"}),
         ("investment", "Weidenfels Mühlen", None, "completed", {"Lindwurm Beteiligungen": "investor"})],
        id="the-rest-of-the-shares-still-lying-with-a-holder",
    ),
    pytest.param(
        "Die Weidenfels Mühlen AG bleibt in Familienhand. Ein Börsengang von Weidenfels, über den vor drei Jahren "
        "spekuliert worden war, ist damit vom Tisch.",
        [("ipo", "Weidenfels Mühlen", None, "rejected", {})],
        id="a-deal-off-the-table-is-called-off",
    ),
    pytest.param(
        "Die Fitnesskette Kraftwerk Gyms wächst rasant. Bis 2028 will die Kette rund 90 Mio. Euro in neue Studios "
        "stecken.",
        [("other", "Kraftwerk Gyms", "rund 90 Mio. Euro", "planned", {})],
        id="a-chain-called-the-chain",
    ),
    pytest.param(
        "Die Drogeriekette Lindholm baut ihr Netz aus. Rund 400 Mio. Euro hat die Kette seit 2019 in neue Filialen "
        "gesteckt; bis 2029 sollen weitere 300 Mio. Euro folgen.",
        [("other", "Lindholm", "300 Mio. Euro", "planned", {})],
        id="money-put-into-facilities-in-the-perfect-is-spent-a-further-sum-planned",
    ),
    pytest.param(
        "Der Maschinenbauer Okerwerk hat 45 Mio. Euro in ein neues Werk in Braunschweig investiert. Im nächsten Jahr "
        "folgte eine weitere Halle.",
        [],
        id="money-invested-in-a-plant-in-the-perfect-is-no-deal",
    ),
    pytest.param(
        "Der Autozulieferer Okerwerk übernimmt den Sensorhersteller Taubner für 80 Mio. Euro. Die Lieferkette des "
        "Zulieferers soll damit robuster werden.",
        [("acquisition", "Taubner", "80 Mio. Euro", "completed", {"Okerwerk": "acquirer"})],
        id="guard-a-supply-chain-is-no-company",
    ),
]  # fmt: skip

# Blind set ae: a roundup's entries labelled with German words, their bids turned down, closings and owners.
ROUNDUP_ENTRIES_DESCRIBED = [
    pytest.param(
        "Wochenüberblick\n\n"
        "Glaskessel: Der Thüringer Flaschenhersteller soll Insidern zufolge vom Konkurrenten Vetrano Packaging "
        "übernommen werden.\n\n"
        "Kranwerk Süd: Der Münchner Baumaschinenvermieter hat eine Übernahmeofferte des Konkurrenten Boltmoor "
        "Industries über 180 Mio. Euro zurückgewiesen.\n\n"
        "Lumivox: Das Start-up hat 12 Mio. Euro eingesammelt.",
        [("acquisition", "Glaskessel", None, "rumored", {"Vetrano Packaging": "acquirer"}),
         ("acquisition", "Kranwerk Süd", "180 Mio. Euro", "rejected", {"Boltmoor Industries": "bidder"}),
         ("funding_round", "Lumivox", "12 Mio. Euro", "completed", {})],
        id="roundup-entries-labelled-with-german-words-describe-their-company",
    ),
    pytest.param(
        "Wochenüberblick\n\n"
        "Taurant: Die EU-Kommission hat die Übernahme des Sensorherstellers Belmonte Optics durch den US-Konzern "
        "Taurant Systems genehmigt. Taurant muss Patente lizenzieren. Die Behörde hatte Bedenken. Belmonte setzte "
        "zuletzt 300 Mio. Euro um. Der Abschluss wird Anfang März erwartet.\n\n"
        "Fennwerk: Der Kölner Softwareanbieter hat die Übernahme des Konkurrenten Dockly abgeschlossen. Fennwerk "
        "zahlt rund 40 Mio. Euro. Das Unternehmen gehört mehrheitlich dem Finanzinvestor Halewood Equity.\n\n"
        "Lumivox: Das Start-up hat 12 Mio. Euro eingesammelt.",
        [("acquisition", "Belmonte Optics", None, "planned", {"Taurant Systems": "acquirer"}),
         ("acquisition", "Dockly", "rund 40 Mio. Euro", "completed", {"Fennwerk": "acquirer"}),
         ("investment", "Fennwerk", None, "completed", {"Halewood Equity": "investor"}),
         ("funding_round", "Lumivox", "12 Mio. Euro", "completed", {})],
        id="a-roundup-entry-tells-of-its-deal-and-its-company-to-its-end",
    ),
    pytest.param(
        "Energie-Start-ups: Die Investoren kehren zurück\n\n"
        "Voltnet: Das Start-up hat 8 Mio. Euro eingesammelt.\n\n"
        "Gridly: Das Start-up hat 5 Mio. Euro eingesammelt.",
        [("funding_round", "Voltnet", "8 Mio. Euro", "completed", {}),
         ("funding_round", "Gridly", "5 Mio. Euro", "completed", {})],
        id="guard-a-plural-after-a-heading-describes-no-company",
    ),
]  # fmt: skip

IPO_VOLUMES_AND_HEDGED_REPORTS = [
    pytest.param(
        "Der Münchner Batteriehersteller Voltrion will im Oktober an die Frankfurter Börse. Über eine Kapitalerhöhung "
        "sollen dem Unternehmen 300 Millionen Euro zufließen. Einschließlich einer Mehrzuteilungsoption könnte das "
        "Platzierungsvolumen auf bis zu 650 Millionen Euro steigen.",
        [("ipo", "Voltrion", "bis zu 650 Millionen Euro", "planned", {})],
        id="the-new-shares-are-a-part-of-the-whole-placement-and-a-hedged-volume-keeps-the-ipo-planned",
    ),
    pytest.param(
        "Der Hersteller Lavendo hat die Preisspanne für seinen Börsengang festgelegt. Das Angebot umfasst neue Aktien "
        "aus einer Kapitalerhöhung, die brutto rund 250 Millionen Euro einbringen sollen. Inklusive Greenshoe könnte "
        "das Emissionsvolumen bis zu 430 Millionen Euro erreichen.",
        [("ipo", "Lavendo", "bis zu 430 Millionen Euro", "planned", {})],
        id="the-issue-volume-with-the-greenshoe-is-the-ipo-s-amount",
    ),
    pytest.param(
        "Der Drohnenhersteller Aerix Systems kündigte am Dienstag seinen Börsengang an. Angeboten werden sollen neue "
        "Aktien im Volumen von rund 500 Millionen Euro. Mit der Emission könnte Aerix auf einen Börsenwert von "
        "3 Milliarden Euro kommen, hieß es in Finanzkreisen.",
        [("ipo", "Aerix Systems", "rund 500 Millionen Euro", "planned", {})],
        id="a-value-hedged-in-financial-circles-leaves-the-announced-ipo-planned",
    ),
    pytest.param(
        "Der Zahlungsdienstleister Kolibri Pay bereitet Insidern zufolge einen Börsengang in Frankfurt vor. "
        "Geplant sei, rund 400 Millionen Euro einzusammeln.",
        [("ipo", "Kolibri Pay", "rund 400 Millionen Euro", "rumored", {})],
        id="guard-an-ipo-first-told-by-insiders-stays-rumored",
    ),
]

LISTED_UNITS_REPAID_DEBT_AND_WOULD_BE_VALUES = [
    pytest.param(
        "Der Chemiekonzern Auerbach Chemie bringt seine Schmierstoffsparte Lubrana an die Börse.",
        [("ipo", "Lubrana", None, "completed", {})],
        id="a-unit-its-owner-brings-to-the-exchange-is-the-one-listed",
    ),
    pytest.param(
        "Der Chemiekonzern Auerbach Chemie will seine Tochter Lubrana an die Börse bringen.",
        [("ipo", "Lubrana", None, "planned", {})],
        id="a-unit-brought-to-the-exchange-the-verb-last",
    ),
    pytest.param(
        "Der Chemiekonzern Auerbach Chemie will im Herbst an die Börse.",
        [("ipo", "Auerbach Chemie", None, "planned", {})],
        id="guard-a-company-going-to-the-exchange-itself",
    ),
    pytest.param(
        "Der Chipausrüster Velmora sammelt 500 Millionen Euro ein. Mit dem Geld will der Konzern die 2027 fällige "
        "Wandelanleihe über 300 Millionen Euro ablösen.",
        [("funding_round", "Velmora", "500 Millionen Euro", "completed", {})],
        id="a-bond-paid-back-is-no-financing",
    ),
    pytest.param(
        "Der Chipausrüster Velmora will eine Wandelanleihe über 300 Millionen Euro begeben.",
        [("other", "Velmora", "300 Millionen Euro", "planned", {})],
        id="guard-a-bond-issued-is-one",
    ),
    pytest.param(
        "Der Textilhersteller Hallwyl hat ein Übernahmeangebot des Finanzinvestors Brixental Capital abgelehnt. "
        "Die gebotenen 18,50 Euro je Aktie seien zu wenig, erklärte die Chefin. Insgesamt hätte sie Hallwyl mit rund "
        "210 Millionen Euro bewertet.",
        [("acquisition", "Hallwyl", "rund 210 Millionen Euro", "rejected", {"Brixental Capital": "bidder"})],
        id="the-value-a-refused-bid-would-have-given-is-its-total",
    ),
]

STAKES_HELD_WITHOUT_A_COMPANY_NAMED = [
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Widerstand kommt vom "
        "aktivistischen Investor Grauwald Capital, der seit dem Frühjahr knapp 8 Prozent der Anteile hält. Druck "
        "kommt auch vom Hedgefonds Larkspur Capital, der rund 5 Prozent der Anteile hält.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Grauwald Capital": "investor"}),
            ("investment", "Brasselt", None, "completed", {"Larkspur Capital": "investor"}),
        ],
        id="the-name-before-a-relative-clause-holds-the-stake-whatever-its-case",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Entscheidend dürfte die "
        "Erwin-Tannhof-Stiftung sein, die mit 28 Prozent größter Aktionär ist.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Erwin-Tannhof-Stiftung": "investor"}),
        ],
        id="a-relative-clause-names-its-antecedent-the-largest-shareholder",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Die Rotwald Holding ist mit "
        "rund 35 Prozent größter Einzelgesellschafter.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Rotwald Holding": "investor"}),
        ],
        id="a-subject-with-a-stake-is-the-largest-shareholder",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Rotwald ist ein Investor.",
        [("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"})],
        id="guard-an-investor-is-a-kind-of-company-no-holder",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Die Mehrheit von 65 Prozent "
        "bleibt bei der Rotwald Holding. Die übrigen 18 Prozent liegen seit 2019 bei der Zuger "
        "Beteiligungsgesellschaft Rätia Invest.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Rotwald Holding": "investor"}),
            ("investment", "Brasselt", None, "completed", {"Rätia Invest": "investor"}),
        ],
        id="a-majority-stays-with-its-holder-and-the-rest-lies-with-another-since-a-year",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Weitere 15 Prozent hält seit "
        "2019 die Rotwald Capital.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Rotwald Capital": "investor"}),
        ],
        id="guard-a-further-stake-held-by-the-name-after-the-verb",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Weitere Details hält die "
        "Rotwald Capital geheim.",
        [("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"})],
        id="guard-further-details-are-no-stake",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Seit 2022 ist zudem der "
        "Staatsfonds Rotwald Capital aus Singapur mit knapp zehn Prozent beteiligt.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Rotwald Capital": "investor"}),
        ],
        id="a-stake-of-a-holder-involved-with-no-company-named-is-in-the-article-s-company",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Die Rotwald Capital bleibt "
        "vorerst mit 4,9 Prozent an Brasselt beteiligt.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Rotwald Capital": "investor"}),
        ],
        id="a-holder-stays-involved",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Die Rotwald Capital hält "
        "derzeit 62 Prozent.",
        [
            ("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"}),
            ("investment", "Brasselt", None, "completed", {"Rotwald Capital": "investor"}),
        ],
        id="a-subject-holds-the-stake-closing-its-clause",
    ),
    pytest.param(
        "Der Konzern Minoda bietet 1,3 Mrd. Euro für den Küchenausrüster Brasselt. Die Rotwald Capital hält die "
        "Marge stabil bei 12 Prozent. Beide Partner halten je 50 Prozent.",
        [("acquisition", "Brasselt", "1,3 Mrd. Euro", "planned", {"Minoda": "bidder"})],
        id="guard-an-object-before-the-figure-and-no-holder-named-make-no-stake",
    ),
    pytest.param(
        "Der Armaturenhersteller Oberkamp verkauft die Mehrheit an den Finanzinvestor Seebeck Capital.",
        [("acquisition", "Oberkamp", None, "completed", {"Seebeck Capital": "acquirer", "Oberkamp": "seller"})],
        id="a-majority-sold-to-an-investor-is-of-the-seller",
    ),
    pytest.param(
        "Familienunternehmen Oberkamp verkauft Mehrheit an Finanzinvestor Seebeck",
        [("acquisition", "Oberkamp", None, "completed", {"Seebeck": "acquirer", "Oberkamp": "seller"})],
        id="a-majority-sold-to-an-investor-in-a-headline-is-of-the-seller",
    ),
    pytest.param(
        "Cinven verkauft seine Mehrheit an dem Labordienstleister Synlab an Ares.",
        [("acquisition", "Synlab", None, "completed", {"Ares Management": "acquirer", "Cinven": "seller"})],
        id="guard-a-majority-in-a-company-sold-to-another",
    ),
]

SELLERS_OF_STAKES_AND_LATER_VOLUMES = [
    pytest.param(
        "Der Spielwarenkonzern Pemberton Toys steigt beim Brettspielverlag Lindholz Spiele ein. Pemberton übernimmt "
        "25,1 Prozent der Anteile vom Finanzinvestor Quayside Partners. Wie aus Finanzkreisen verlautete, zahlt "
        "Pemberton rund 85 Millionen Pfund.",
        [("investment", "Lindholz", "rund 85 Millionen Pfund", "completed", {"Pemberton Toys": "investor"})],
        id="shares-bought-from-a-seller-are-not-the-seller-s",
    ),
    pytest.param(
        "Der Schraubenhersteller Vollmert, an dem Taunusfeld Capital im Oktober die Mehrheit übernommen hat, wächst.",
        [("acquisition", "Vollmert", None, "completed", {"Taunusfeld Capital": "acquirer"})],
        id="a-majority-bought-in-a-relative-clause-is-of-its-antecedent",
    ),
    pytest.param(
        "Der Finanzinvestor Granite Shoal Partners will die Fitnessstudiokette Formwerk übernehmen. Den Aktionären "
        "werden 27,40 Euro je Aktie geboten. Das entspricht einem Aufschlag von 38 Prozent. Die Studios laufen gut. "
        "Das Angebot hat ein Volumen von rund 1,15 Milliarden Euro.",
        [("acquisition", "Formwerk", "rund 1,15 Milliarden Euro", "planned", {"Granite Shoal Partners": "acquirer"})],
        id="an-offer-s-volume-a-few-sentences-on-is-the-planned-takeover-s-total",
    ),
    pytest.param(
        "Der Finanzinvestor Granite Shoal Partners will die Fitnessstudiokette Formwerk übernehmen. Formwerk hat "
        "410 Studios. Die Kette wächst. Sie hat 900.000 Mitglieder. Die Mieten steigen. Die Kosten auch. Das Personal "
        "ist knapp. Die Kette sucht Trainer. Die Preise steigen. Der Investor will in den kommenden fünf Jahren mehr "
        "als 300 Millionen Euro in die Modernisierung der bundesweit 410 Studios und in neue Standorte in Österreich "
        "stecken.",
        [("acquisition", "Formwerk", None, "planned", {"Granite Shoal Partners": "acquirer"}),
         ("other", "Formwerk", "mehr als 300 Millionen Euro", "planned", {"Granite Shoal Partners": "investor"})],
        id="a-financial-investor-s-programme-is-for-the-company-it-takes-over-however-far-back",
    ),
]

# A rival's bid with no company named is for the company the article's takeover is after, not one bought years ago.
RIVAL_BIDS_AFTER_BACKGROUND_TAKEOVERS = [
    pytest.param(
        "Der Finanzinvestor Corvane Partners übernimmt den Kältetechnikspezialisten Frosthaven. Frosthaven wächst. "
        "2021 übernahm das Unternehmen den österreichischen Kältetechniker Eisgrat Kältetechnik aus Linz. Auch der "
        "Finanzinvestor Norrvik Capital hatte Gebote abgegeben. Norrvik soll bis zu 300 Millionen Euro geboten haben.",
        [
            ("acquisition", "Frosthaven", None, "completed", {"Corvane Partners": "acquirer"}),
            ("acquisition", "Eisgrat Kältetechnik", None, "completed", {"Frosthaven": "acquirer"}),
            ("acquisition", "Frosthaven", "bis zu 300 Millionen Euro", "rumored", {"Norrvik Capital": "bidder"}),
        ],
        id="a-rival-bid-is-not-for-a-company-bought-in-a-year-named",
    ),
    pytest.param(
        "Der Finanzinvestor Corvane Partners übernimmt den Kältetechnikspezialisten Frosthaven. Frosthaven wächst. "
        "Im Mai übernahm das Unternehmen den Kältetechniker Eisgrat Kältetechnik aus Linz. Auch der "
        "Finanzinvestor Norrvik Capital soll für Eisgrat bis zu 30 Millionen Euro geboten haben.",
        [
            ("acquisition", "Frosthaven", None, "completed", {"Corvane Partners": "acquirer"}),
            ("acquisition", "Eisgrat Kältetechnik", None, "completed", {"Frosthaven": "acquirer"}),
            ("acquisition", "Eisgrat Kältetechnik", "bis zu 30 Millionen Euro", "rumored", {"Norrvik Capital": "bidder"}),
        ],
        id="a-bid-for-a-company-named-stays-its",
    ),
]

# Blind set al: a ticker's entries opened by datelines speak of their own companies; debt secured by a verb of
# raising money; a company before its takeover; proceeds "erlöst"; a unit's noun standing for another.
TICKER_DATELINES_DEBT_AND_UNITS = [
    pytest.param(
        "Kurzmeldungen\n\nSTOCKHOLM. Die Werftgruppe Sjöqvist Marin hat 25 Millionen Euro eingesammelt.\n\n"
        "BERLIN. Die Mühlengruppe Oderland Mühlen übernimmt die Mehrheit an dem Backmittelhersteller. Der "
        "Kaufpreis liegt bei etwa 85 Millionen Euro.\n\nWIEN. Der Leuchtenhersteller Grabnerlicht wächst.",
        [("funding_round", "Sjöqvist Marin", "25 Millionen Euro", "completed", {})],
        id="a-ticker-entry-opened-by-a-dateline-is-no-other-entry-s-company",
    ),
    pytest.param(
        "Der Leuchtenhersteller Grabnerlicht sichert sich bei Banken eine Kreditlinie über 150 Millionen Euro.",
        [("other", "Grabnerlicht", "150 Millionen Euro", "completed", {})],
        id="a-credit-line-secured-is-debt",
    ),
    pytest.param(
        "Das Start-up Grabnerlicht sammelt 50 Millionen Euro ein, davon 10 Millionen Euro als Wandeldarlehen.",
        [("funding_round", "Grabnerlicht", "50 Millionen Euro", "completed", {})],
        id="a-round-raised-with-a-loan-in-it-stays-a-round",
    ),
    pytest.param(
        "Der Lebensmittelkonzern Harbourne Foods steht vor der Übernahme durch den Finanzinvestor Redfield Summit. "
        "Die Amerikaner bieten knapp 2 Mrd. Pfund.",
        [("acquisition", "Harbourne Foods", "knapp 2 Mrd. Pfund", "planned", {"Redfield Summit": "acquirer"})],
        id="a-company-before-its-takeover-is-not-taken-over-yet",
    ),
    pytest.param(
        "Der Reiseveranstalter Fernblick Touristik bereitet einen Börsengang vor. Dabei sollen rund 300 Millionen "
        "Euro über neue Aktien erlöst werden.",
        [("ipo", "Fernblick Touristik", "rund 300 Millionen Euro", "planned", {})],
        id="proceeds-erloest-are-the-ipo-s",
    ),
    pytest.param(
        "Der Immobilien-Software-Anbieter Domvera wächst. Bereits Ende Januar hatte Domvera den Wiener Konkurrenten "
        "Zinshaus Digital übernommen.",
        [("acquisition", "Zinshaus Digital", None, "completed", {"Domvera": "acquirer"})],
        id="a-german-noun-before-digital-names-a-company",
    ),
    pytest.param(
        "Der Mischkonzern Hollenstedt wächst. Seine Bahnsignalsparte Signavia ist profitabel. Hollenstedt spart. "
        "Der Finanzinvestor Ashgrove Partners übernimmt 45 Prozent an der Tochter.",
        [("investment", "Signavia", None, "completed", {"Ashgrove Partners": "investor"})],
        id="a-unit-s-noun-stands-for-a-unit-introduced-with-another",
    ),
]

FACILITY_COSTS_AND_TITLED_ORGANS = [
    pytest.param(
        "Der Dämmstoffhersteller Faserwerk Lindau will bis 2028 in Kempten eine zweite Fertigungslinie aufbauen, "
        "die rund 70 Millionen Euro kosten soll.",
        [("other", "Faserwerk Lindau", "rund 70 Millionen Euro", "planned", {})],
        id="a-facility-costing-a-sum-ahead-in-a-relative-clause-is-its-builder-s-programme",
    ),
    pytest.param(
        "Für eine erste Großanlage, die rund 300 Millionen Euro kosten soll, fehlte dem Recycler Polyvera bislang "
        "das Kapital. Polyvera sammelt Geld ein.",
        [("other", "Polyvera", "rund 300 Millionen Euro", "planned", {})],
        id="the-builder-named-after-the-facility-s-cost",
    ),
    pytest.param(
        "Der Rüstungszulieferer Wehrbach will ein zweites Werk bei Halle bauen. Die Kosten dafür beziffert Wehrbach "
        "auf rund 150 Millionen Euro.",
        [("other", "Wehrbach", "rund 150 Millionen Euro", "planned", {})],
        id="a-cost-estimated-for-the-works-of-the-sentence-before",
    ),
    pytest.param(
        "Der Finanzinvestor Kardinal Capital übernimmt 40 Prozent an der Zellhütte Anhalt GmbH. Insgesamt soll das "
        "Werk rund 1,8 Milliarden Euro kosten.",
        [("investment", "Zellhütte Anhalt", None, "completed", {"Kardinal Capital": "investor"}),
         ("other", "Zellhütte Anhalt", "rund 1,8 Milliarden Euro", "planned", {})],
        id="a-facility-s-cost-with-no-builder-named-is-the-article-s-company-s",
    ),
    pytest.param(
        "Der Autozulieferer Kettwig streicht 800 Stellen. Die Kosten dafür beziffert Kettwig auf rund 120 Millionen "
        "Euro.",
        [],
        id="guard-a-cost-of-no-facility-is-no-programme",
    ),
    pytest.param(
        "Die Aktien der Bremer Linnhoff AG sollen zwischen 18 und 22 Euro kosten.",
        [],
        id="guard-shares-priced-are-no-facility",
    ),
    pytest.param(
        "Die erste Ausbaustufe der Elbmarsch Hydrogen GmbH hatte rund 850 Mio. Euro gekostet.",
        [],
        id="guard-a-cost-paid-is-money-already-spent",
    ),
    pytest.param(
        "Der Rechenzentrumsbetreiber Nordhalle will bis 2028 rund drei Milliarden Euro in neue Rechenzentren "
        "stecken. Allein der Campus in Hanau soll mehr als eine Milliarde Euro kosten.",
        [("other", "Nordhalle", "rund drei Milliarden Euro", "planned", {})],
        id="guard-a-part-of-a-programme-costing-its-share-is-no-programme-of-its-own",
    ),
    pytest.param(
        "Der Chemiekonzern Arvelis steigt bei dem Start-up Polymira ein. Arvelis will für Polymira eine Anlage bauen, "
        "die rund 450 Millionen Euro kosten soll. Eine weitere Milliarde hält der Konzern nach Angaben von "
        "Finanzvorstand Jan Köhler für Zukäufe bereit.",
        [("investment", "Polymira", None, "completed", {"Arvelis": "investor"}),
         ("other", "Arvelis", "rund 450 Millionen Euro", "planned", {})],
        id="a-board-member-s-title-before-a-name-is-no-board-speaking-for-a-company",
    ),
    pytest.param(
        "Der Frankfurter Wachstumsinvestor Kornhaus Capital hat seinen vierten Fonds, Kornhaus Growth IV, bei 1,2 Mrd. "
        "Euro geschlossen und damit das Zielvolumen von 1 Mrd. Euro übertroffen.",
        [("other", "Kornhaus Growth IV", "1,2 Mrd. Euro", "completed", {})],
        id="a-fund-closed-with-its-name-is-the-fund-s-not-its-manager-s",
    ),
    pytest.param(
        "Der Münchner Wagniskapitalgeber Tannried Ventures hat seinen dritten Fonds bei 310 Millionen Euro geschlossen.",
        [("other", "Tannried Ventures", "310 Millionen Euro", "completed", {})],
        id="guard-a-fund-closed-without-a-name-is-its-manager-s",
    ),
    pytest.param(
        "Der Laborausrüster Ferrando unternimmt einen neuen Versuch, den Glashersteller Kuhnert Laborglas zu "
        "übernehmen. Den Aktionären sollen 31,50 Euro je Aktie angeboten werden, teilte Ferrando am Mittwoch in "
        "Mailand mit. Insgesamt bewertet die Offerte das Unternehmen aus Ilmenau mit rund 1,4 Milliarden Euro.",
        [("acquisition", "Kuhnert Laborglas", "rund 1,4 Milliarden Euro", "planned", {"Ferrando": "acquirer"})],
        id="an-attempt-to-take-over-is-planned-and-the-offer-valuing-a-reference-gives-its-total",
    ),
    pytest.param(
        "Der Laborausrüster Ferrando will den Glashersteller Kuhnert Laborglas übernehmen, teilte Ferrando am Mittwoch "
        "in Mailand mit. Finanzieren wollen die Mailänder die Übernahme zum Teil über eine Kapitalerhöhung über 400 "
        "Millionen Euro. Der Großaktionär Corvetto Partners, der 22 Prozent an Ferrando hält, hat zugesagt, sich daran zu beteiligen.",
        [("acquisition", "Kuhnert Laborglas", None, "planned", {"Ferrando": "acquirer"}),
         ("funding_round", "Ferrando", "400 Millionen Euro", "planned", {"Corvetto Partners": "investor"}),
         ("investment", "Ferrando", None, "completed", {"Corvetto Partners": "investor"})],
        id="the-people-of-the-town-a-company-spoke-in-and-a-holder-joining-the-issue-daran",
    ),
    pytest.param(
        "Der norwegische Konzern Tovåg übernimmt 35 Prozent an dem Skihersteller Brunnalp für knapp 40 Millionen "
        "Franken. Vor vier Jahren hatte der Sportartikelhersteller Kaprunwerk eine Übernahme angeboten und soll dafür "
        "rund 90 Millionen Franken geboten haben. Die Familie lehnte damals ab.",
        [("investment", "Brunnalp", "knapp 40 Millionen Franken", "completed", {"Tovåg": "investor"}),
         ("acquisition", "Brunnalp", "rund 90 Millionen Franken", "rejected", {"Kaprunwerk": "bidder"})],
        id="a-priced-bid-of-the-past-naming-no-company-is-for-the-article-s-and-refused-then",
    ),
    pytest.param(
        "Der Konzern Tovåg übernimmt 35 Prozent an dem Skihersteller Brunnalp für knapp 40 Millionen Franken. Tovåg "
        "erwirbt dabei den gesamten Anteil von 20 Prozent, den die Beteiligungsgesellschaft Rigistock Capital 2019 für "
        "6 Millionen Franken gekauft hatte, sowie weitere 15 Prozent aus dem Besitz der Familie. Für Rigistock ist der "
        "Verkauf ein gutes Geschäft. Insgesamt bewertet der Preis Brunnalp mit etwa 110 Millionen Franken. Der Vollzug "
        "wird bis Ende Januar erwartet.",
        [("investment", "Brunnalp", "knapp 40 Millionen Franken", "planned", {"Tovåg": "investor"}),
         ("investment", "Brunnalp", "6 Millionen Franken", "completed", {"Rigistock Capital": "investor"})],
        id="a-purchase-told-in-a-relative-clause-is-its-subject-s-and-has-no-closing-ahead",
    ),
    pytest.param(
        "Der Verpackungshersteller Hülsenberg soll verkauft werden. Zuletzt hatte der Finanzinvestor Stonebridge "
        "Partners rund 180 Mio. Euro geboten; Hülsenberg lehnte ab.",
        [("acquisition", "Hülsenberg", None, "planned", {}),
         ("acquisition", "Hülsenberg", "rund 180 Mio. Euro", "rejected", {"Stonebridge Partners": "bidder"})],
        id="a-bid-refused-after-a-semicolon-naming-nothing",
    ),
]


# A trailing source clause with its verb first ("…, teilte Bramwell mit") names no party, and a bid may
# be told in reported speech ("biete"), as reaching for the company ("greift nach") or as a plain plan to
# buy ("will … kaufen").
SOURCES_AND_BIDS_TOLD_OTHERWISE = [
    pytest.param(
        "Der Logistikkonzern Korvin greift nach dem Spediteur Talmann. Korvin biete den Aktionären 42 Euro je "
        "Aktie in bar, teilte der Großaktionär Bramwell am Dienstag mit. Insgesamt bewertet die Offerte Talmann "
        "mit rund 900 Mio. Euro.",
        [("acquisition", "Talmann", "rund 900 Mio. Euro", "planned", {"Korvin": "bidder"})],
        id="a-bid-in-reported-speech-its-source-after-it",
    ),
    pytest.param(
        "Der US-Industriekonzern Abrexa Industries will den Schleifmittelhersteller Korndörfer kaufen.",
        [("acquisition", "Korndörfer", None, "planned", {"Abrexa Industries": "acquirer"})],
        id="a-plan-to-buy-with-the-bare-infinitive",
    ),
    pytest.param(
        "Der US-Industriekonzern Abrexa Industries greift nach dem Remscheider Schleifmittelhersteller Korndörfer.",
        [("acquisition", "Korndörfer", None, "planned", {"Abrexa Industries": "bidder"})],
        id="a-bid-told-as-reaching-for-the-company",
    ),
    pytest.param(
        "Der norwegische Outdoor-Konzern Tovik übernimmt den Skihersteller Firnwerk. „Mit Firnwerk können wir "
        "wachsen“, sagte Tovik-Chefin Ingrid Solbakken. In den kommenden drei Jahren sollen rund 12 Millionen "
        "Franken in die Fertigung fließen.",
        [("acquisition", "Firnwerk", None, "completed", {"Tovik": "acquirer"})],
        id="the-speaker-spends-nothing-of-the-next-sentence",
    ),
]


# Blind set am: a rival named after "mehr als" is compared with, not bid for; a chain store is a company
# ("der Brillenfilialist X"); a board's two organs turn a bid down in the plural.
COMPARED_RIVALS_AND_BOARDS = [
    pytest.param(
        "Im Übernahmekampf um den Brillenfilialisten Sehhaus hat sich ein zweiter Bieter gemeldet. Der "
        "Finanzinvestor Ashgrove bietet 26,50 Euro je Aktie in bar und damit gut zehn Prozent mehr als der "
        "Optikkonzern Marvénac. Das Angebot bewertet Sehhaus mit knapp 800 Millionen Euro.",
        [("acquisition", "Sehhaus", "knapp 800 Millionen Euro", "planned", {"Ashgrove": "bidder"})],
        id="a-rival-outbid-is-compared-with-not-bid-for",
    ),
    pytest.param(
        "Der Finanzinvestor Ashgrove bietet für den Brillenfilialisten Sehhaus 26,50 Euro je Aktie. Der "
        "Optikkonzern Marvénac hatte Anfang August rund 720 Millionen Euro geboten. Vorstand und Aufsichtsrat "
        "von Sehhaus wiesen die Offerte als zu niedrig zurück.",
        [("acquisition", "Sehhaus", None, "planned", {"Ashgrove": "bidder"}),
         ("acquisition", "Sehhaus", "rund 720 Millionen Euro", "rejected", {"Marvénac": "bidder"})],
        id="board-and-supervisory-board-turn-a-bid-down",
    ),
]

# Sales told over several sentences: the price as the selling price or as money the seller receives, suitors
# showing interest, a stake sold and its buyer paying in a relative clause, the seller keeping the rest; names a
# possessive, an adjective or a foreign noun opens; a subsidiary named with its parent's name; a roundup's sections.
SALE_PRICES_AND_SUITORS = [
    pytest.param(
        "Der Chemiekonzern Brakewell Industries prüft Berichten zufolge den Verkauf seiner Tochter Brakewell Coatings. "
        "Der Verkaufspreis könnte bei rund 300 Millionen Pfund liegen, das wären gut 350 Millionen Euro.",
        [("acquisition", "Brakewell Coatings", "rund 300 Millionen Pfund", "rumored", {"Brakewell Industries": "seller"})],
        id="a-selling-price-restated-in-euro-after-das-waeren",
    ),
    pytest.param(
        "Die Holding Norrwick prüft den Verkauf ihrer Tochter Felsgrund Kabel. Die Finanzinvestoren Ardent Hill Capital "
        "und Kestrel Partners haben Interesse signalisiert.",
        [("acquisition", "Felsgrund Kabel", None, "rumored",
          {"Norrwick": "seller", "Ardent Hill Capital": "bidder", "Kestrel Partners": "bidder"})],
        id="suitors-showing-interest-bid-in-the-sale-before",
    ),
    pytest.param(
        "Der Baustoffkonzern Wendler hat die Übernahme des Zementherstellers Grauach abgesagt. Der irische Konzern "
        "Corrib Materials habe Interesse signalisiert und könnte rund 200 Millionen Euro bieten, hieß es.",
        [("acquisition", "Grauach", None, "rejected", {"Wendler": "acquirer"}),
         ("acquisition", "Grauach", "rund 200 Millionen Euro", "rumored", {"Corrib Materials": "bidder"})],
        id="interest-and-a-price-bid-for-the-company-another-gave-up",
    ),
    pytest.param(
        "Die Industrieholding Ravensbühl verkauft ihre Logistiktochter Lagerkontor Süd an die Spedition Orlenhoff. "
        "Ravensbühl erhält nach eigenen Angaben rund 95 Millionen Euro.",
        [("acquisition", "Lagerkontor Süd", "rund 95 Millionen Euro", "completed",
          {"Orlenhoff": "acquirer", "Ravensbühl": "seller"})],
        id="the-seller-receives-the-price-and-a-possessive-opens-the-name",
    ),
    pytest.param(
        "Der Finanzinvestor Ostmark Capital trennt sich von seiner Beteiligung am Laborausrüster Vitralis. Das Paket "
        "von 25 Prozent geht an den Pharmahändler Kelbra Medical, der nach Angaben von Insidern rund 60 Mio. Euro zahlt.",
        [("investment", "Vitralis", "rund 60 Mio. Euro", "completed",
          {"Ostmark Capital": "seller", "Kelbra Medical": "investor"})],
        id="a-stake-parted-with-and-its-buyer-paying-in-a-relative-clause",
    ),
    pytest.param(
        "Der Versorger Rheinmark Energie verkauft eine Minderheitsbeteiligung an seiner Netztochter Rheinmark Netz an "
        "den Pensionsfonds Tallis Pension. Rheinmark behält 74,9 Prozent und damit die Kontrolle.",
        [("investment", "Rheinmark Netz", None, "completed",
          {"Rheinmark Energie": "seller", "Tallis Pension": "investor"}),
         ("investment", "Rheinmark Netz", None, "completed", {"Rheinmark Energie": "investor"})],
        id="a-stake-sold-and-the-rest-kept-by-the-seller",
    ),
    pytest.param(
        "Der Snackhersteller Dunmore Foods übernimmt die fränkische Großbäckerei Backstube Lindenberg. Die Holding "
        "Salvenach verkauft ihre Tochter Ternavia an die italienische Gruppo Ferrante.",
        [("acquisition", "Backstube Lindenberg", None, "completed", {"Dunmore Foods": "acquirer"}),
         ("acquisition", "Ternavia", None, "completed", {"Gruppo Ferrante": "acquirer", "Salvenach": "seller"})],
        id="a-bakery-after-an-adjective-and-an-italian-group-are-companies",
    ),
    pytest.param(
        "Deals kompakt: Harlund, Mervik, Osterkamp\n\nHarlund prüft Verkauf der Kabelsparte\n\n"
        "Der Elektrokonzern Harlund prüft den Verkauf seiner Tochter Kabelwerk Ostrava.\n\n"
        "Osterkamp will Versandhändler kaufen\n\n"
        "Die Versandapotheke Osterkamp will einen polnischen Konkurrenten übernehmen.\n\n"
        "Mervik schließt Brenntal-Kauf ab\n\n"
        "Der Softwareanbieter Mervik hat die Übernahme des Konkurrenten Brenntal abgeschlossen.",
        [("acquisition", "Kabelwerk Ostrava", None, "rumored", {"Harlund": "seller"}),
         ("acquisition", "Brenntal", None, "completed", {"Mervik": "acquirer"})],
        id="a-section-buys-no-company-for-sale-in-the-section-before",
    ),
    pytest.param(
        "Der Elektrokonzern Harlund prüft den Verkauf seiner Tochter Harlund Kabel.",
        [("acquisition", "Harlund Kabel", None, "rumored", {"Harlund": "seller"})],
        id="a-subsidiary-named-with-its-parents-name-is-for-sale",
    ),
]  # fmt: skip

# Bids raised by their verb ("legten nach", "erhöhten auf"), and joint ventures whose partners put money in together.
RAISED_BIDS_AND_VENTURE_SUMS = [
    pytest.param(
        "Der Landmaschinenkonzern Wexford Implements hatte im Herbst ein Übernahmeangebot von 24 Euro je Aktie für den "
        "Pflughersteller Rabenau vorgelegt, das der Vorstand ablehnte. Vor zwei Wochen legten die Iren nach und "
        "erhöhten auf 27,50 Euro je Aktie, insgesamt rund 420 Millionen Euro.",
        [("acquisition", "Rabenau", "rund 420 Millionen Euro", "rejected", {"Wexford Implements": "bidder"})],
        id="a-bid-raised-by-its-verb-states-its-total",
    ),
    pytest.param(
        "Der Finanzinvestor Pellmont hatte Ende Januar 27,80 Euro je Aktie für den Hörgerätehändler Auralis geboten. "
        "Die Auralis-Chefin wies das Angebot zurück. Anfang Februar legte Pellmont auf 29,40 Euro nach, doch auch "
        "diese Offerte lehnte der Vorstand ab.",
        [("acquisition", "Auralis", None, "rejected", {"Pellmont": "bidder"})],
        id="a-raised-price-per-share-is-no-bids-total",
    ),
    pytest.param(
        "Der Chemiekonzern Veitsberg und der Werkstoffhersteller Daesol bündeln ihr Recycling im "
        "Gemeinschaftsunternehmen Circora. Beide Partner halten je 50 Prozent. Bis 2028 wollen sie gemeinsam rund "
        "150 Mio. Euro in eine Anlage in Antwerpen investieren.",
        [("other", "Circora", "rund 150 Mio. Euro", "planned", {"Veitsberg": "investor", "Daesol": "investor"})],
        id="partners-investing-together-state-the-ventures-sum",
    ),
    pytest.param(
        "Die Reederei Tjarksen und der Hafenbetreiber Kaiholm gründen das Gemeinschaftsunternehmen Kaistrom, das "
        "Landstromanlagen baut. Beide Partner bringen zusammen 90 Millionen Euro ein und halten je die Hälfte.",
        [("other", "Kaistrom", "90 Millionen Euro", "completed", {"Tjarksen": "investor", "Kaiholm": "investor"})],
        id="both-partners-bringing-money-in-state-the-ventures-sum",
    ),
    pytest.param(
        "Die Reederei Tjarksen und der Hafenbetreiber Kaiholm gründen das Gemeinschaftsunternehmen Kaistrom. Tjarksen "
        "will zudem gemeinsam mit der Stadt 20 Millionen Euro in neue Kaianlagen stecken.",
        [("other", "Kaistrom", None, "completed", {"Tjarksen": "investor", "Kaiholm": "investor"}),
         ("other", "Tjarksen", "20 Millionen Euro", "planned", {})],
        id="one-partner-spending-with-another-is-not-the-ventures-sum",
    ),
]  # fmt: skip


# Stakes held, told in the ways news tell them: a share of the company's compound shares, the company fronted,
# a later predicate's denial, ownership by a reference's company, the rest held, a pronoun's holder.
HELD_STAKES_TOLD_OTHERWISE = [
    pytest.param(
        "Der Kranhersteller Lohberg bietet 410 Millionen Euro für die Hubwerk Sieger AG. Die Beteiligungsgesellschaft "
        "Rautenfels Capital hält knapp 8 Prozent der Hubwerk-Aktien.",
        [
            ("acquisition", "Hubwerk Sieger", "410 Millionen Euro", "planned", {"Lohberg": "bidder"}),
            ("investment", "Hubwerk Sieger", None, "completed", {"Rautenfels Capital": "investor"}),
        ],
        id="a-stake-of-the-companys-compound-shares",
    ),
    pytest.param(
        "Die Pellinger Foods AG will 60 Mio. Euro in ein neues Werk stecken. An Pellinger hält der dänische "
        "Pensionsfonds Skovlund Pension derzeit knapp 30 Prozent.",
        [
            ("other", "Pellinger Foods", "60 Mio. Euro", "planned", {}),
            ("investment", "Pellinger Foods", None, "completed", {"Skovlund Pension": "investor"}),
        ],
        id="the-company-fronted-before-the-verb-of-holding",
    ),
    pytest.param(
        "Die Pellinger Foods AG will 60 Mio. Euro in ein neues Werk stecken. An dem Konzern hält der dänische "
        "Pensionsfonds Skovlund Pension derzeit knapp 30 Prozent.",
        [("other", "Pellinger Foods", "60 Mio. Euro", "planned", {})],
        id="a-fronted-reference-names-no-company",
    ),
    pytest.param(
        "Das Kölner Start-up Fluxmint hat 25 Mio. Euro eingesammelt. Der Energieversorger Domstadt Energie ist seit "
        "2021 an Fluxmint beteiligt, hat sich an der neuen Runde aber nicht beteiligt.",
        [
            ("funding_round", "Fluxmint", "25 Mio. Euro", "completed", {}),
            ("investment", "Fluxmint", None, "completed", {"Domstadt Energie": "investor"}),
        ],
        id="a-later-predicates-denial-keeps-the-stake",
    ),
    pytest.param(
        "Das Kölner Start-up Fluxmint hat 25 Mio. Euro eingesammelt. Der Energieversorger Domstadt Energie ist nicht "
        "an Fluxmint beteiligt.",
        [("funding_round", "Fluxmint", "25 Mio. Euro", "completed", {})],
        id="a-stake-denied-in-its-own-predicate",
    ),
    pytest.param(
        "Die Baumarktkette Hobelhaus will bis 2028 rund 200 Mio. Euro in neue Filialen investieren. Die 1981 "
        "gegründete Kette gehört zu 80 Prozent der Familienholding Gerstel Vermögensverwaltung; der Finanzinvestor "
        "Quarry Lane hält seit 2019 die übrigen 20 Prozent.",
        [
            ("other", "Hobelhaus", "rund 200 Mio. Euro", "planned", {}),
            ("investment", "Hobelhaus", None, "completed", {"Gerstel Vermögensverwaltung": "investor"}),
            ("investment", "Hobelhaus", None, "completed", {"Quarry Lane": "investor"}),
        ],
        id="owned-by-a-holding-and-the-rest-held",
    ),
    pytest.param(
        "Der Sicherheitskonzern Harcliff bietet 2,1 Mrd. Euro für die Riegelwerk Velbert AG. Eine wichtige Rolle "
        "dürfte der Hedgefonds Tollmarsh Capital spielen. Er hält nach eigenen Angaben 6,2 Prozent an dem Unternehmen.",
        [
            ("acquisition", "Riegelwerk Velbert", "2,1 Mrd. Euro", "planned", {"Harcliff": "bidder"}),
            ("investment", "Riegelwerk Velbert", None, "completed", {"Tollmarsh Capital": "investor"}),
        ],
        id="a-pronoun-opening-its-sentence-holds",
    ),
    pytest.param(
        "Das Kölner Start-up Fluxmint hat 25 Mio. Euro eingesammelt. Gründer Jonas Riebe bleibt Chef. Er hält "
        "weiterhin 30 Prozent an dem Unternehmen.",
        [("funding_round", "Fluxmint", "25 Mio. Euro", "completed", {})],
        id="a-pronoun-after-a-person-is-no-company",
    ),
]


# From blind set ao: a takeover's result and its offer are no deals of their own, a headline's investor left
# unnamed is the stake told in full, an agreement in principle and a buyer sought are plans, a price appraised is
# a price, and more nouns of trade describe ("Schulcaterer", "Gleisvermesser") or open a name ("Privatstiftung").
RESULTS_OFFERS_AND_SALES_SOUGHT = [
    pytest.param(
        "Der Möbelkonzern Ashcombe hat die Übernahme des Ladenbauers Vollmer abgeschlossen. Ashcombe zahlt 612 "
        "Millionen Euro. Ashcombe hatte Ende Juli ein Angebot von 28,40 Euro je Aktie in bar vorgelegt.",
        [("acquisition", "Vollmer", "612 Millionen Euro", "completed", {"Ashcombe": "acquirer"})],
        id="the-offer-of-a-takeover-done-is-that-takeover",
    ),
    pytest.param(
        "Der Möbelkonzern Ashcombe hat die Übernahme des Ladenbauers Vollmer für 612 Millionen Euro abgeschlossen. "
        "Ashcombe hält damit 91,4 Prozent an dem Unternehmen.",
        [("acquisition", "Vollmer", "612 Millionen Euro", "completed", {"Ashcombe": "acquirer"})],
        id="the-stake-a-takeover-left-is-no-deal-of-its-own",
    ),
    pytest.param(
        "Der Möbelkonzern Ashcombe bietet 612 Millionen Euro für den Ladenbauer Vollmer. Ashcombe hält bereits 9,9 "
        "Prozent an dem Unternehmen.",
        [
            ("acquisition", "Vollmer", "612 Millionen Euro", "planned", {"Ashcombe": "bidder"}),
            ("investment", "Vollmer", None, "completed", {"Ashcombe": "investor"}),
        ],
        id="a-bidders-stake-held-before-is-a-deal",
    ),
    pytest.param(
        "Neuer Ankerinvestor steigt bei Voltwerk ein. Die Beteiligungsgesellschaft Nordkap Capital will 9,9 Prozent "
        "an Voltwerk übernehmen und dafür rund 41 Millionen Euro zahlen.",
        [("investment", "Voltwerk", "rund 41 Millionen Euro", "planned", {"Nordkap Capital": "investor"})],
        id="a-headlines-unnamed-investor-is-the-stake-told-in-full",
    ),
    pytest.param(
        "Die Essener Kantinor AG und die Linzer Tellerhaus AG haben eine Grundsatzvereinbarung über eine Fusion "
        "unterzeichnet.",
        [("acquisition", "Tellerhaus", None, "planned", {"Kantinor": "acquirer"})],
        id="an-agreement-in-principle-is-a-plan",
    ),
    pytest.param(
        "Der Mischkonzern Wellershoff sucht einen Käufer für seine Tochter Stahlburg Sicherheitstechnik. Insider "
        "taxieren den möglichen Kaufpreis auf rund 600 Millionen Euro.",
        [
            ("acquisition", "Stahlburg Sicherheitstechnik", "rund 600 Millionen Euro", "planned",
             {"Wellershoff": "seller"}),
        ],
        id="a-buyer-sought-and-the-price-appraised",
    ),
    pytest.param(
        "Der Ingenieurdienstleister Kellmann übernimmt den britischen Gleisvermesser Thistlewood Surveys für 48 "
        "Millionen Pfund.",
        [("acquisition", "Thistlewood", "48 Millionen Pfund", "completed", {"Kellmann": "acquirer"})],
        id="a-trade-noun-in-vermesser-describes",
    ),
    pytest.param(
        "Kantinor hatte im Herbst den Münchner Schulcaterer Brotzeitwerk übernommen und dafür 52 Millionen Euro "
        "gezahlt.",
        [("acquisition", "Brotzeitwerk", "52 Millionen Euro", "completed", {"Kantinor": "acquirer"})],
        id="a-caterer-describes",
    ),
    pytest.param(
        "Die Kantinor AG will die Tellerhaus AG übernehmen. Die Linzer Privatstiftung Aichberger, die 28 Prozent an "
        "Tellerhaus hält, hat sich verpflichtet, für den Zusammenschluss zu stimmen.",
        [
            ("acquisition", "Tellerhaus", None, "planned", {"Kantinor": "acquirer"}),
            ("investment", "Tellerhaus", None, "completed", {"Privatstiftung Aichberger": "investor"}),
        ],
        id="a-privatstiftung-opens-its-name",
    ),
]


# A roundup whose subheadings run straight into their paragraphs; the company in its people's title is what a
# reference stands for; a bid's beginning told after its rejection; a roastery's name.
SECTION_LINES_AND_SPEAKERS_COMPANIES = [
    pytest.param(
        "Wochenüberblick: Tannhöfer, Morlacher, Quellwerk\n\n"
        "Tannhöfer gibt Brauerei nach Dänemark ab\n"
        "Der Getränkekonzern Tannhöfer verkauft seine Tochter Bräustätt Kulmbach an den dänischen Bierbrauer "
        "Hvidsten. Der Kaufpreis beträgt 210 Mio. Euro.\n\n"
        "Morlacher weist Koreaner ab\n"
        "Die Gespräche über eine Übernahme des Aargauer Ventilherstellers Morlacher Armaturen durch die koreanische "
        "Daehan Precision sind gescheitert. Der Verwaltungsrat von Morlacher lehnte am Montag ein verbessertes Angebot "
        "von rund 310 Millionen Franken ab. Daehan hatte im Frühjahr erstmals Interesse bekundet. Morlacher-Präsident "
        "Beat Gysin kündigte an, das Unternehmen werde rund 25 Millionen Franken in ein neues Prüfzentrum "
        "investieren.\n\n"
        "Quellwerk kauft Abfüller\n"
        "Der Mineralwasserhersteller Quellwerk hat den Abfüller Brunnhold übernommen. Quellwerk zahlt 64 Mio. Euro.",
        [("acquisition", "Bräustätt Kulmbach", "210 Mio. Euro", "completed", {"Hvidsten": "acquirer", "Tannhöfer": "seller"}),
         ("acquisition", "Morlacher", "rund 310 Millionen Franken", "rejected", {"Daehan Precision": "bidder"}),
         ("other", "Morlacher", "rund 25 Millionen Franken", "planned", {}),
         ("acquisition", "Brunnhold", "64 Mio. Euro", "completed", {"Quellwerk": "acquirer"})],
        id="a-roundups-subheadings-may-run-into-their-paragraphs",
    ),
    pytest.param(
        "Das Münchner Family Office Ambros Beteiligungen übernimmt 30 Prozent an der Kaffeerösterei Bohnwerk.",
        [("investment", "Bohnwerk", None, "completed", {"Ambros Beteiligungen": "investor"})],
        id="a-roastery-describes",
    ),
    pytest.param(
        "Der Mischkonzern Hallbeck trennt sich von der Mehrheit an seinem Geschäft mit Dämmstoffen. Wie die Hallbeck "
        "SE mitteilte, übernimmt der niederländische Konkurrent Verhoeven Isolatie 70 Prozent an der Tochter Hallbeck "
        "Insulation. Hallbeck behält 30 Prozent der Anteile und bleibt im Aufsichtsrat vertreten. Das Unternehmen aus "
        "Utrecht finanziert den Kaufpreis aus vorhandenen Mitteln.",
        [("acquisition", "Hallbeck Insulation", None, "completed", {"Verhoeven Isolatie": "acquirer"}),
         ("investment", "Hallbeck Insulation", None, "completed", {"Hallbeck": "investor"})],
        id="a-parent-keeps-a-stake-in-its-unit-named-with-its-name",
    ),
    pytest.param(
        "Graubünden verkauft 49 Prozent von Rhinwerk an Pensionskassen. Der Kanton Graubünden hat einen Käufer für "
        "knapp die Hälfte seines Stromversorgers gefunden. Die Pensionskasse Calanda übernimmt 49 Prozent der Aktien "
        "der Rhinwerk AG. Der Kanton, der bisher sämtliche Aktien hält, behält 51 Prozent und damit die Kontrolle über "
        "das Unternehmen.",
        [("investment", "Rhinwerk", None, "completed", {"Graubünden": "seller", "Pensionskasse Calanda": "investor"}),
         ("investment", "Rhinwerk", None, "completed", {"Graubünden": "investor"})],
        id="the-canton-keeping-the-rest-after-a-relative-clause-of-holding",
    ),
]  # fmt: skip

# A unit sold under its new name, told after a headline naming only its seller; the seller's loan, what the sale
# brings the seller and takeovers in general are no deals of their own.
UNITS_NAMED_AND_SALE_PROCEEDS = [
    pytest.param(
        "Ostermark verkauft Ventilsparte an Harrowgate\n"
        "Der Dortmunder Industriekonzern Ostermark trennt sich von seinem Geschäft mit Industrieventilen. Der britische "
        "Finanzinvestor Harrowgate Capital übernimmt 75 Prozent der Sparte, die künftig unter dem Namen Valvion "
        "firmieren soll. Die restlichen 25 Prozent behält Ostermark. Ostermark gewährt dem Käufer ein "
        "Verkäuferdarlehen über 90 Millionen Euro. Nach Steuern und Kosten fließen Ostermark rund 610 Millionen Euro "
        "zu. Harrowgate-Partner Simon Ashby kündigte an, Valvion durch Zukäufe in Asien zu verstärken.",
        [("acquisition", "Valvion", None, "completed", {"Harrowgate Capital": "acquirer", "Ostermark": "seller"}),
         ("investment", "Valvion", None, "completed", {"Ostermark": "investor"})],
        id="a-unit-sold-under-its-new-name",
    ),
]  # fmt: skip

@pytest.mark.parametrize(
    "text, expected", FUNDING_ROUNDS + INVESTMENTS + ACQUISITIONS + IPOS_AND_OTHER + PROBED + GAPS + BLIND + BLIND_C
    + RESTATED_AND_REJECTED + BLIND_D + BLIND_E + STAKES + PRICE_FIRST_BIDS + ENTRIES + PRICES_LATER
    + FOLLOW_UPS + INTRODUCED + EARLIER_ROUNDS_AND_CLOSINGS + CONTROL_CLOSINGS_PAYMENTS + PLACES_ORGANS_ROUNDS
    + BID_TOTALS_AND_REFERENCES + RAISED_BIDS_AND_STAKES + MERGERS + NAMED_ROUNDS_AND_FINANCING
    + ROUNDUPS_AND_SOURCES + MERGERS_AND_HOLDERS + GROUPS_AND_UNITS + CONTESTED_BIDS
    + ROUND_SHARES + MAJORITIES_AND_EARLIER_TAKEOVERS + OFFERS_TURNED_DOWN + PRONOUN_SUBJECTS + PUBLIC_STAKES + SALES_IN_STEPS
    + BUDGETS_BIDS_AND_BLOCKS + ROUNDS_IN_STEPS + PUBLIC_OWNERS_AND_OFFICES + HOLDERS_BUYBACKS_AND_TENDERS
    + INSOLVENCY_SALES_AND_PLEDGES
    + LICENCES_AND_HOLDERS
    + SALES_BIDS_AND_ISSUES
    + HOLDERS_TOLD_AFTER
    + EARLIER_BIDS_TURNED_DOWN
    + CALLED_OFF_SALES_AND_BUILD_OUTS
    + LEADS_DESCRIBED_AND_PARTS_KEPT
    + TOEHOLDS_ARMS_AND_BREAKDOWNS
    + EARLIER_LEADS_AND_BUYERS
    + ROUNDUP_SECTIONS
    + TAKEOVERS_WITH_MORE_SAID
    + TAKE_PRIVATES_AND_HOLDERS
    + CARVE_OUTS_AND_RIVALS
    + LABELLED_ENTRIES_AND_FUNDS
    + FAILED_OFFERS_AND_HOLDERS
    + REBUFFED_BIDS_AND_DENIED_REPORTS
    + EARN_OUTS_AND_HOLDERS_IN_RELATIVE_CLAUSES
    + SHARES_OF_THE_MONEY_AND_SPENT_PROCEEDS
    + ROUNDUP_ENTRIES_DESCRIBED
    + PLACEMENT_PARTS_AND_PAST_TAKEOVERS
    + SWALLOWED_ANTECEDENTS_AND_ANSWERED_BIDS
    + EQUITY_VALUES_AND_VEHICLES
    + PROCEEDS_AND_STAKES_RAISED
    + COMMA_SPLICES_AND_ANNOUNCED_PROGRAMMES
    + EARLIER_RAISES_AND_COST_ESTIMATES
    + BACKED_BIDDERS_AND_HELD_STAKES
    + FUND_NAMES_AND_NEWCOMERS
    + FACILITY_COSTS_AND_TITLED_ORGANS
    + IPO_VOLUMES_AND_HEDGED_REPORTS
    + LISTED_UNITS_REPAID_DEBT_AND_WOULD_BE_VALUES
    + STAKES_HELD_WITHOUT_A_COMPANY_NAMED
    + SELLERS_OF_STAKES_AND_LATER_VOLUMES
    + RIVAL_BIDS_AFTER_BACKGROUND_TAKEOVERS
    + TICKER_DATELINES_DEBT_AND_UNITS
    + SOURCES_AND_BIDS_TOLD_OTHERWISE
    + COMPARED_RIVALS_AND_BOARDS
    + SALE_PRICES_AND_SUITORS
    + RAISED_BIDS_AND_VENTURE_SUMS
    + HELD_STAKES_TOLD_OTHERWISE
    + RESULTS_OFFERS_AND_SALES_SOUGHT
    + SECTION_LINES_AND_SPEAKERS_COMPANIES
    + UNITS_NAMED_AND_SALE_PROCEEDS,
)
def test_deals_extracted(nlp, text: str, expected: list[Expected]) -> None:
    assert [record(d) for d in deals_of(nlp, text)] == expected


def test_merge_drafts_joins_reports_whose_status_agrees_only_after_a_fold() -> None:
    """A headline report (planned) has no candidate with an amount until the next statement (planned)
    folds into the price stated after it (completed): it must still join them."""
    from decimal import Decimal

    from pipeline.deal_discourse import Draft, merge_drafts
    from pipeline.facts import Money, MoneyMention

    def report(sentence: int, statuses: list[str], amount: MoneyMention | None = None) -> Draft:
        draft = Draft("acquisition", "Wendholt", statuses[-1], sentence, 0, 10, amount=amount, statuses=statuses)
        draft.add_party("Marusaki", "acquirer")
        return draft

    price = MoneyMention(0, 20, "rund 420 Mio. Euro", Money(Decimal("420000000"), "EUR"))
    headline, statement = report(0, ["completed", "planned"]), report(2, ["completed", "planned"])
    paid = report(3, ["completed"], price)
    paid.continues = statement
    merged = merge_drafts([headline, statement, paid])
    assert merged == [paid] and headline.merged_into is paid and statement.merged_into is paid


@pytest.mark.parametrize("text", NOT_DEALS)
def test_deals_not_extracted(nlp, text: str) -> None:
    assert deals_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Der Finanzinvestor Bramwell Capital will den Softwareanbieter Sundermann von der Börse nehmen. Die "
         "Bietergesellschaft Parkland Bidco bietet den Aktionären 27,80 Euro je Aktie, teilte Bramwell am Montag mit.",
         "Bramwell Capital"),
        ("Der Kranhersteller Feldrich bleibt in Familienhand. Ein Börsengang, über den vor zwei Jahren spekuliert "
         "worden war, sei damit vom Tisch, sagte Feldrich.", "Feldrich"),
    ],
)
def test_deals_a_source_after_the_claim_is_no_target(nlp, text: str, speaker: str) -> None:
    """ "…, teilte X mit": X tells of the deal; the company a bid or a plan is for is another."""
    assert speaker not in [d.target for d in deals_of(nlp, text)]


def test_deals_repeated_statement_is_one_deal(nlp) -> None:
    text = (
        "Nvidia steckt 100 Mio. Dollar in Helsing.\n\n"
        "Der Chipkonzern Nvidia investiert nach eigenen Angaben 100 Mio. Dollar in Helsing, um die Zusammenarbeit zu vertiefen."
    )
    assert [record(d) for d in deals_of(nlp, text)] == [
        ("investment", "Helsing", "100 Mio. Dollar", "completed", {"Nvidia": "investor"})
    ]


ARTICLE = """Microsoft baut Engagement bei Mistral AI aus

Der US-Softwarekonzern Microsoft stockt seine Beteiligung an dem französischen KI-Entwickler Mistral AI auf. \
Wie die Financial Times unter Berufung auf vertraute Personen berichtet, will der Konzern weitere 2 Mrd. Euro \
in das Start-up investieren. Microsoft hatte bereits im Februar 15 Mio. Euro in Mistral gesteckt.

Mistral-Chef Arthur Mensch sagte, man wolle das Geld in den Ausbau der Rechenkapazitäten stecken. Die Investitionen \
der großen Tech-Konzerne in künstliche Intelligenz summieren sich in diesem Jahr auf mehr als 300 Mrd. Dollar.

Auch Nvidia ist an Mistral beteiligt. Der Chipkonzern hält nach eigenen Angaben rund 2 Prozent an dem Unternehmen. \
Zuletzt war Mistral bei einer Finanzierungsrunde im Juni mit 5,8 Mrd. Euro bewertet worden. Damals hatte das \
Start-up 600 Mio. Euro eingesammelt, angeführt von General Catalyst.

Die Bundesregierung will in den nächsten Jahren 5 Mrd. Euro in KI-Förderprogramme investieren."""


def test_deals_article_with_references(nlp) -> None:
    """References ("der Konzern", "das Start-up", "dem Unternehmen") resolve across sentences; a stake
    without money, a sunk total and public spending on no named company are handled."""
    doc = nlp(ARTICLE)
    assert [record(d) for d in doc._.deals] == [
        ("investment", "Mistral AI", "2 Mrd. Euro", "rumored", {"Microsoft": "investor"}),
        ("investment", "Mistral AI", "15 Mio. Euro", "completed", {"Microsoft": "investor"}),
        ("investment", "Mistral AI", None, "completed", {"Nvidia": "investor"}),
        ("funding_round", "Mistral AI", "600 Mio. Euro", "completed", {"General Catalyst": "lead_investor"}),
    ]
    assert doc._.deals[0].attribution == "Financial Times"
    (valuation,) = doc._.valuations
    assert (valuation.company, valuation.amount.text, valuation.deal) == ("Mistral AI", "5,8 Mrd. Euro", doc._.deals[3])


def test_deals_attribution_round_and_date(nlp) -> None:
    doc = nlp("Wie das Handelsblatt berichtet, sammelte N26 im März eine Serie-E-Runde über 900 Mio. Dollar ein.")
    (deal,) = doc._.deals
    assert (deal.attribution, deal.round, deal.status) == ("Handelsblatt", "Series E", "rumored")
    assert deal.announced is not None and deal.announced.text.endswith("März")
    sentence = doc.text[deal.evidence_start : deal.evidence_end]
    assert sentence.startswith("Wie das Handelsblatt") and sentence.rstrip().endswith("ein.")


def test_deals_use_dependency_slots_when_parsed(nlp) -> None:
    """With a parse, slots come from it: here a (hand-made) parse marks Siemens as the subject."""
    from spacy.tokens import Doc

    from pipeline.deal_mentions import Mention, assign_slots

    words = ["Aleph", "Alpha", "erhält", "von", "Siemens", "Geld", "."]
    heads = [1, 2, 2, 2, 3, 2, 2]
    deps = ["pnc", "sb", "ROOT", "sbp", "nk", "oa", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, False], heads=heads, deps=deps,
              pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"])  # fmt: skip
    mentions = [Mention(0, 11, "Aleph Alpha", "Aleph Alpha", "ORG"), Mention(23, 30, "Siemens", "Siemens", "ORG")]
    assign_slots(doc.text, 0, mentions, doc)
    assert [m.slot for m in mentions] == ["subject", "von"]


PIECES = list("aäbcdeinrstu ABCDEFGÄÖÜ.,;:–-„“()%0123456789€$\n") + [
    "Mrd. ", "Mio. Euro ", "Dollar ", "investiert ", "in ", "Finanzierungsrunde ", "das Start-up ", "übernimmt ",
    "Bewertung von ", "laut Insidern ", "Siemens ", "Celonis ", "Börsengang ", "Joint Venture „", "Sutskevers Firma ",
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_deals_never_crash_on_arbitrary_text(nlp, text: str) -> None:
    doc = nlp(text)
    assert isinstance(doc._.deals, list) and isinstance(doc._.valuations, list)


def test_deal_rules_round_words_casefold_as_the_regex_matches() -> None:
    """may_name_round may skip round_label's regex only if every character the regex (IGNORECASE) takes for a
    letter of a round word case-folds to that letter, but for the listed exceptions."""
    import re
    import sys

    from pipeline.deal_rules import CASEFOLD_EXCEPTIONS, deal_rules

    every_character = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in sorted(set("".join(deal_rules().round_words)) - {"-"}):
        matched = set(re.findall(re.escape(letter), every_character, re.IGNORECASE))
        assert {c for c in matched if c.casefold() != letter} <= set(CASEFOLD_EXCEPTIONS), letter


@pytest.mark.parametrize("text", ["Die Serie-B-Runde", "eine PRE-SEED-Finanzierung", "Bridge", "SERİES A", "ſeed-Runde"])
def test_deal_rules_may_name_round_where_the_round_pattern_matches(text: str) -> None:
    from pipeline.deal_rules import deal_rules, may_name_round

    assert deal_rules().round_label.search(text) is not None and may_name_round(text)


@pytest.mark.parametrize(
    "reference, expected",
    [("", "Lumo"), ("der Zulieferer", "Kessmann"), ("das Unternehmen", "Lumo")],
    ids=["empty-is-the-company-spoken-of-last", "trade-noun-is-the-introduced", "generic-noun-is-the-nearest"],
)
def test_discourse_resolves_references(reference: str, expected: str) -> None:
    text = "Der Zulieferer Kessmann wächst. Die Firma Lumo auch. "
    discourse = Discourse(text, [PartyMention(15, 23, "Kessmann", "ORG", "Kessmann", "pattern"),
                                 PartyMention(42, 46, "Lumo", "ORG", "Lumo", "pattern")])
    discourse.sentences += [[Mention(15, 23, "Kessmann", "Kessmann", "ORG")], [Mention(42, 46, "Lumo", "Lumo", "ORG")]]
    mention = Mention(len(text), len(text) + len(reference), reference, None, "ORG", is_anaphor=True)
    assert discourse.resolve(mention, "target", 2, set()) == expected


# What joins two names of one list (deal_rules grammar.list_gap): a comma or conjunction, an article and the
# words of a descriptor, never a preposition or a verb (blind sets ac, ad).
@pytest.mark.parametrize(
    "gap, joins",
    [
        (", der japanische Technologieinvestor ", True),
        (" und die Ankerinvestoren ", True),
        (" sowie der Fonds ", True),
        (", die 31 Prozent an ", False),
        (", war das ", False),
        (", hatte die ", False),
        (" und wird von ", False),
    ],
)
def test_deals_list_gap(gap: str, joins: bool) -> None:
    assert bool(deal_rules().grammar.list_gap.fullmatch(gap)) is joins
