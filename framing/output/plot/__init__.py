"""Figures for outlet comparisons (seaborn/matplotlib), readable by default.

Each function takes the table of the matching :mod:`framing.compare` or
:mod:`framing.comparison.distinctive` function and returns a
:class:`matplotlib.figure.Figure`, so it shows inline in a notebook and saves
with ``fig.savefig("x.png")``. Every figure lists groups in one order
(:func:`group_order`: numbers by value, then names alphabetically) and gives
each group one colour (:func:`group_colours`), so an outlet can be followed
from figure to figure; pass ``order=`` to choose another. Axes name their
units, codes are written in words, a figure mentions an interval only when it
draws one, and a heatmap panel holds one unit. Functions never change
matplotlib's global style.

In scripts and tests, select a non-interactive backend first::

    import matplotlib
    matplotlib.use("Agg")

Functions
---------
heatmap       feature x group, standardised per feature, one panel per unit (``compare``)
rates         means with bootstrap intervals, one panel per feature (``compare``)
voice         journalist's voice, paraphrase, quoted voices (``compare_voice``)
sourcing      stacked shares of quotes by type (``sourcing``)
distinctive   most distinctive words per group (``distinctive_words``)
confusion     out-of-fold confusion matrix (``separability``)
kwic_table    :func:`framing.kwic` with each match's group
kwic          the same as a figure, keywords aligned
over_time     rates per group over time with interval bands (``rates_over_time``)

Modules: ``_style`` (order, colours, labels), ``_features`` (heatmap, rates,
voice), ``_sources`` (sourcing, distinctive, confusion), ``_kwic``, ``_time``
(over_time).
"""

from __future__ import annotations

from framing.output.plot._features import heatmap, rates, voice
from framing.output.plot._kwic import kwic, kwic_table
from framing.output.plot._sources import confusion, distinctive, sourcing
from framing.output.plot._time import over_time
from framing.output.plot._style import feature_label, group_colours, group_order, words

__all__ = ["confusion", "distinctive", "feature_label", "group_colours", "group_order", "heatmap", "kwic",
           "kwic_table", "over_time", "rates", "sourcing", "voice", "words"]
