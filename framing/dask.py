"""Public entry point for the Dask runner: ``import framing.dask``.

The runner lives with the pandas one in :mod:`framing.analysis.dask`; this
module keeps the documented import path ``framing.dask.analyze``.
"""

from __future__ import annotations

from framing.analysis.dask import DaskAnalysis, analyze

__all__ = ["DaskAnalysis", "analyze"]
