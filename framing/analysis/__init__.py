"""Stage 6, analysis: running every feature over a corpus, with pandas or Dask.

- ``_result``: the :class:`Analysis` tables and their columns.
- ``_docs``: one chunk of documents analysed (one scan per document and
  feature family, mapped to sentences by offset), in this process or a worker.
- ``_run``: :func:`analyze` and :func:`analyze_iter` (chunks, worker
  processes with ``n_jobs``, progress, joining the tables in corpus order).
- ``_store``: what :meth:`Analysis.save` and :func:`read_analysis` write and read (a folder of
  Parquet or CSV tables plus ``analysis.json``).
- ``_display``: the rich HTML display of an :class:`Analysis` in Jupyter.
- ``dask``: the same per-partition on a Dask DataFrame (public path
  :mod:`framing.dask`).

It imports the stages before it (corpus, cleaning, sentences, dictionaries,
features) and nothing after.
"""

from __future__ import annotations

from framing.analysis._run import DEFAULT_LEXICONS, Analysis, analyze, analyze_iter
from framing.analysis._result import read_analysis

__all__ = ["DEFAULT_LEXICONS", "Analysis", "analyze", "analyze_iter", "read_analysis"]
