"""`python -m pipeline explain FILE`: highlighted spans and the facts found, in the terminal and as HTML."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import explain
from pipeline.facts import DateMention, Deal, DealParty, Money, MoneyMention, PartyMention, TemporalValue, Valuation

ARTICLES = Path(__file__).parent / "fixtures_analyst" / "articles"
TEXT = "Polarstern Ventures investiert 120 Millionen Euro in Nordlicht Robotics. Die Bewertung liegt bei 800 Mio. Euro."


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def money(text: str, part: str, value: int, role: str = "raised") -> MoneyMention:
    return MoneyMention(*at(text, part), part, Money(Decimal(value), "EUR"), role=role)


def party(text: str, part: str, label: str = "ORG") -> PartyMention:
    return PartyMention(*at(text, part), part, label, part, "gazetteer")


def annotated(text: str = TEXT) -> Doc:
    """A doc annotated by hand as the extractors would, so these tests do not depend on them."""
    doc = spacy.blank("de")(text)
    raised, valued = money(text, "120 Millionen Euro", 120_000_000), money(text, "800 Mio. Euro", 800_000_000, "valuation")
    doc._.money = [raised, valued]
    doc._.dates = []
    doc._.parties = [party(text, "Polarstern Ventures"), party(text, "Nordlicht Robotics")]
    first_sentence_end = text.index(".") + 1
    deal = Deal("investment", "Nordlicht Robotics", "completed", 0, first_sentence_end, amount=raised,
                parties=[DealParty("Polarstern Ventures", "investor")])
    doc._.deals = [deal]
    doc._.valuations = [Valuation("Nordlicht Robotics", valued, "completed", first_sentence_end + 1, len(text), deal=deal)]
    doc._.published_date, doc._.published_precision, doc._.published_source = date(2025, 3, 10), "day", "header"
    return doc


def test_explain_brackets_labels_without_a_terminal() -> None:
    assert explain.highlight(annotated(), color=False) == (
        "[Polarstern Ventures|ORG] investiert [120 Millionen Euro|MONEY] in [Nordlicht Robotics|ORG]. "
        "Die Bewertung liegt bei [800 Mio. Euro|MONEY]."
    )


def test_explain_colours_labels_on_a_terminal() -> None:
    coloured = explain.highlight(annotated(), color=True)
    assert f"{explain.ANSI['MONEY']}120 Millionen Euro{explain.RESET}" in coloured
    assert "|MONEY]" not in coloured
    assert re.sub(r"\x1b\[[\d;]*m|\[(MONEY|ORG)\]", "", coloured) == TEXT


OVERLAPS = [
    ("date inside a longer party", [("Ende März", "DATE"), ("Ende März Capital", "ORG")], "[Ende März Capital|ORG] zahlt."),
    ("same start, longer wins", [("Ende", "DATE"), ("Ende März", "DATE")], "[Ende März|DATE] Capital zahlt."),
    ("empty span ignored", [("", "ORG")], "Ende März Capital zahlt."),
]


@pytest.mark.parametrize("spans,expected", [(s, e) for _, s, e in OVERLAPS], ids=[i for i, _, _ in OVERLAPS])
def test_explain_overlapping_spans(spans: list[tuple[str, str]], expected: str) -> None:
    text = "Ende März Capital zahlt."
    doc = spacy.blank("de")(text)
    doc._.money, doc._.dates, doc._.parties = [], [], []
    for part, label in spans:
        start, end = at(text, part)
        if label == "DATE":
            doc._.dates.append(DateMention(start, end, part, TemporalValue("2025-03", "month")))
        else:
            doc._.parties.append(PartyMention(start, end, part, label, part, "pattern"))
    assert explain.highlight(doc, color=False) == expected


def test_explain_lists_the_facts() -> None:
    lines = "\n".join(explain.fact_lines(annotated()))
    assert "published: 2025-03-10 (day, from header)" in lines
    assert "'120 Millionen Euro' -> 120,000,000 EUR  [raised]" in lines
    assert "investment of Nordlicht Robotics: '120 Millionen Euro' = 120,000,000 EUR, completed; investor: Polarstern Ventures" in lines
    assert "\u201cPolarstern Ventures investiert 120 Millionen Euro in Nordlicht Robotics.\u201d" in lines
    assert "Nordlicht Robotics valued '800 Mio. Euro' = 800,000,000 EUR, unknown, completed" in lines


def test_explain_lists_nothing_on_an_unannotated_doc() -> None:
    # a doc the extractors left untouched (attributes still None) must not crash
    lines = explain.fact_lines(spacy.blank("de")("Kein Geld, kein Datum."))
    assert "money (0):" in lines and "deals (0):" in lines
    assert explain.highlight(spacy.blank("de")("Kein Geld."), color=False) == "Kein Geld."


def test_explain_html_uses_displacy_and_escapes() -> None:
    text = "Fjord <Capital> & Co investiert 120 Millionen Euro."
    doc = spacy.blank("de")(text)
    doc._.money, doc._.dates = [money(text, "120 Millionen Euro", 120_000_000)], []
    doc._.parties = [party(text, "Fjord <Capital> & Co")]
    page = explain.displacy_html(doc, "Titel <b>")
    assert page.count('<mark class="entity"') == 2
    assert explain.HTML_COLORS["MONEY"] in page
    assert "Fjord &lt;Capital&gt; &amp; Co" in page and "<Capital>" not in page
    assert "<title>Titel &lt;b&gt; – explain</title>" in page
    assert not re.search(r"(src|href)=", page)  # nothing to load: it opens offline


@Language.component("explain_test_annotator")
def explain_test_annotator(doc: Doc) -> Doc:
    """Stands in for the extractors in the CLI test: marks the fixed phrases of the fixture article."""
    text = doc.text
    doc._.money = [money(text, m.group(0), 120_000_000) for m in re.finditer(r"120 Millionen Euro", text)]
    doc._.dates, doc._.deals, doc._.valuations = [], [], []
    doc._.parties = [party(text, "Nordlicht Robotics")] if "Nordlicht Robotics" in text else []
    return doc


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    import pipeline.nlp

    models: list[str | None] = []

    def build_nlp(model: str | None = None) -> Language:
        models.append(model)
        nlp = spacy.blank("de")
        nlp.add_pipe("explain_test_annotator")
        return nlp

    monkeypatch.setattr(pipeline.nlp, "build_nlp", build_nlp)
    return models


def test_explain_command_reads_cleans_and_prints(fake_pipeline: list, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_html = tmp_path / "explain.html"
    status = explain.main_explain([str(ARTICLES / "02_nordlicht_runde.txt"), "--model", "none", "--html", str(out_html)])
    printed = capsys.readouterr().out
    assert status == 0 and fake_pipeline == ["none"]
    assert "Nordlicht Robotics sammelt 120 Millionen Euro ein" in printed  # the title from the header
    assert "[Nordlicht Robotics|ORG] hat in einer Serie-B-Runde [120 Millionen Euro|MONEY] eingesammelt." in printed
    assert "date: 2025-03-10" not in printed  # header lines are metadata, not text
    assert "published: 2025-03-10 (day, from header)" in printed
    assert out_html.exists() and '<mark class="entity"' in out_html.read_text(encoding="utf-8")


def test_explain_command_reports_unreadable_input(fake_pipeline: list, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert explain.main_explain([str(empty)]) == 3
    assert "empty" in capsys.readouterr().err
    assert explain.main_explain([str(tmp_path / "fehlt.txt")]) == 2


def test_explain_writes_colour_only_to_a_terminal() -> None:
    buffer = io.StringIO()
    explain.explain([("Titel", annotated())], buffer, color=False)
    assert "\x1b[" not in buffer.getvalue() and "[120 Millionen Euro|MONEY]" in buffer.getvalue()


def test_explain_end_to_end_with_the_real_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    for module in ("pipeline.money", "pipeline.dates", "pipeline.parties", "pipeline.deals"):
        pytest.importorskip(module)
    assert explain.main_explain([str(ARTICLES / "02_nordlicht_runde.txt"), "--model", "none", "--color", "never"]) == 0
    printed = capsys.readouterr().out
    assert "|MONEY]" in printed and "money (" in printed and "deals (" in printed
