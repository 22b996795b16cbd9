"""Stage 7, comparison: outlets compared on the tables of an :class:`~framing.Analysis`.

- ``_prepare``: :func:`select_features` and the input checks every comparison shares.
- ``_compare``: :func:`compare`, :func:`compare_pairs`.
- ``events``: :func:`match_events` (the same story found without labels).
- ``stories``: :func:`compare_within` (one test within stories) and :func:`mix`
  (each group's share of topics or periods).
- ``_stats``: the vectorised statistics they share (bootstrap, rank tests,
  corrections).
- ``trends``: :func:`rates_over_time` (per period or per day since a story broke).
- ``voice``: :func:`compare_voice` and :func:`sourcing` (whose words, which sources).
- ``tone``: :func:`tone_by_voice` (a weighted lexicon's rates per article, in each voice).
- ``distinctive``: :func:`distinctive_words` and :func:`separability`.
- ``lexicon_tools``: the concordance (:func:`kwic`), :func:`coverage` and
  :func:`learn_terms`.
- ``validation``: :func:`validation_sample` and :func:`validation_report`
  (hits drawn for human coding, precision with Wilson intervals).
- ``vectorize``: :class:`FramingVectorizer`, the scikit-learn transformer.

It imports the stages before it (up to :mod:`framing.analysis`), never output.
"""

from __future__ import annotations

from framing.comparison._compare import compare, compare_pairs, select_features
from framing.comparison.distinctive import Separability, distinctive_words, separability
from framing.comparison.lexicon_tools import coverage, kwic, learn_terms
from framing.comparison.events import match_events
from framing.comparison.stories import compare_within, mix
from framing.comparison.trends import rates_over_time
from framing.comparison.tone import tone_by_voice
from framing.comparison.validation import ValidationReport, validation_report, validation_sample
from framing.comparison.voice import compare_voice, sourcing

__all__ = [
    "Separability",
    "ValidationReport",
    "compare",
    "compare_pairs",
    "compare_voice",
    "compare_within",
    "coverage",
    "distinctive_words",
    "kwic",
    "learn_terms",
    "match_events",
    "mix",
    "rates_over_time",
    "select_features",
    "separability",
    "sourcing",
    "tone_by_voice",
    "validation_report",
    "validation_sample",
]
