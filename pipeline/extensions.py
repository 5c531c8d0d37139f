"""Custom attributes the pipeline's components read and write on ``Doc``.

Set before the components run (by ``pipeline.runner``):
  doc._.article_id, doc._.published_date, doc._.published_precision, doc._.published_source

Written by the components, in pipeline order (each a list of ``pipeline.facts`` objects):
  newsfacts_money   -> doc._.money        list[MoneyMention]
  newsfacts_dates   -> doc._.dates        list[DateMention]   (may also estimate doc._.published_*)
  newsfacts_parties -> doc._.parties      list[PartyMention]
  newsfacts_deals   -> doc._.deals        list[Deal], doc._.valuations list[Valuation]
"""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

# doc.user_data key of the article's text: the runner sets it before the components run, doc_text
# fills it otherwise.
TEXT_KEY = "newsfacts_text"

_DOC_ATTRIBUTES = (
    "article_id",
    "published_date",
    "published_precision",
    "published_source",
    "money",
    "dates",
    "parties",
    "deals",
    "valuations",
)


def register_extensions() -> None:
    """Register every ``Doc._`` attribute once; safe to call repeatedly."""
    for name in _DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data["newsfacts_text"]``.

    The property builds a Token object per token on every access and cost the sentence, money
    and dates components more than their own work; this rebuilds it once from the token array.

    >>> import spacy
    >>> doc = spacy.blank("de")("Seit  2019:\\n wächst der Umsatz. ")
    >>> doc_text(doc) == doc.text
    True
    """
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str):
        return cached
    strings = doc.vocab.strings
    text = "".join([strings[orth] + " " if space else strings[orth] for orth, space in doc.to_array([ORTH, SPACY]).tolist()])
    doc.user_data[TEXT_KEY] = text
    return text
