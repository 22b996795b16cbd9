"""Stage 5, features: what is found in one document's text, as spans with offsets.

- ``terms``: :func:`find_terms`, the public face of the lexicon matching
  engine ``_matcher`` (one compiled scan per document, context rules,
  negation); ``_match``: the :class:`Match` record.
- ``quotes/``: attributed quotes and sourcing.
- ``agency``: agentless passives.
- ``readability``: Flesch scores from the shipped syllable table.

Every finder takes a string and returns records whose ``start``/``end`` index
into it. Features import earlier stages only (:mod:`framing._text`,
:mod:`framing.sentences`, :mod:`framing.dictionary`), never the corpus-level
stages after them.
"""

from __future__ import annotations

from framing.features.agency import Passive, find_passives
from framing.features.quotes import Quote, QuoteProblem, find_quotes, scan_quotes
from framing.features.readability import Readability, readability
from framing.features.terms import Match, find_terms

__all__ = [
    "Match",
    "Passive",
    "Quote",
    "QuoteProblem",
    "Readability",
    "find_passives",
    "find_quotes",
    "find_terms",
    "readability",
    "scan_quotes",
]
