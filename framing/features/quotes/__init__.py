"""Stage 5, features: attributed quotes, indirect speech and scare quotes, with speakers.

One scan per document, in this order of responsibility:

- ``_marks``: pairing quotation marks into regions (straight, curly, nested).
- ``_words``, ``_tokens``: the word lists (``framing/data/quote_words.yaml``)
  and token-level facts the rules consult.
- ``_cues``: reporting verbs and frames from the ``reporting_verbs`` lexicon.
- ``_speakers``, ``_rules``: reading a speaker phrase (names, roles,
  institutions, anonymity) and the noun-phrase rules around a cue.
- ``_attribution``: attributions (cue + speaker + content) and their
  assignment to quotation-mark regions.
- ``_resolve``: pronouns and short names resolved to full names written earlier.
- ``_tables``: quotes as DataFrame rows, per-document summaries and the voice
  of each lexicon match.
- ``_find``: the :class:`Quote` record and the public entry points.

It imports earlier stages only (:mod:`framing.sentences`,
:mod:`framing.dictionary`, :mod:`framing.features._matcher`).
"""

from __future__ import annotations

from framing.features.quotes._find import (
    QUOTE_COLUMNS,
    QUOTE_KINDS,
    QUOTE_PROBLEM_COLUMNS,
    SPEAKER_TYPES,
    Quote,
    QuoteProblem,
    QuoteScan,
    find_quotes,
    scan_quotes,
)

__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_KINDS",
    "QUOTE_PROBLEM_COLUMNS",
    "SPEAKER_TYPES",
    "Quote",
    "QuoteProblem",
    "QuoteScan",
    "find_quotes",
    "scan_quotes",
]
