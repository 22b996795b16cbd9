"""Stage 6, analysis: running every feature over a corpus, with pandas or Dask.

- ``_run``: :func:`analyze`, :func:`analyze_iter` and the :class:`Analysis`
  tables (one scan per document and feature family, mapped to sentences by
  offset; worker processes with ``n_jobs``).
- ``_store``: :meth:`Analysis.save` and :func:`read_analysis` (a folder of
  Parquet or CSV tables plus ``analysis.json``).
- ``_display``: the rich HTML display of an :class:`Analysis` in Jupyter.
- ``dask``: the same per-partition on a Dask DataFrame (public path
  :mod:`framing.dask`).

It imports the stages before it (corpus, cleaning, sentences, dictionaries,
features) and nothing after.
"""

from __future__ import annotations

from framing.analysis._run import DEFAULT_LEXICONS, Analysis, analyze, analyze_iter
from framing.analysis._store import read_analysis

__all__ = ["DEFAULT_LEXICONS", "Analysis", "analyze", "analyze_iter", "read_analysis"]
