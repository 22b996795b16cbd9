"""Stage 6, analysis: running every feature over a corpus, with pandas or Dask.

- ``_run``: :func:`analyze`, :func:`analyze_iter` and the :class:`Analysis`
  tables (one scan per document and feature family, mapped to sentences by
  offset; worker processes with ``n_jobs``).
- ``dask``: the same per-partition on a Dask DataFrame (public path
  :mod:`framing.dask`).

It imports the stages before it (corpus, cleaning, sentences, dictionaries,
features) and nothing after.
"""

from __future__ import annotations

from framing.analysis._run import DEFAULT_LEXICONS, Analysis, analyze, analyze_iter

__all__ = ["DEFAULT_LEXICONS", "Analysis", "analyze", "analyze_iter"]
