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

from spacy.tokens import Doc

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
