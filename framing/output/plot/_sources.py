"""Sourcing profiles, distinctive words and the outlet classifier's confusion matrix."""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.output.plot._style import (
    _MISSING_GREY,
    _MISSING_LABEL,
    _OTHER_GREY,
    _PALETTE,
    _SEQUENTIAL,
    _grid,
    _need,
    _pick_stratum,
    _plt,
    _resolve_colours,
    _resolve_order,
    _sns,
    _title_suffix,
    _wrap,
    group_order,
    words,
)

__all__ = ["confusion", "distinctive", "sourcing"]


def _category_colours(n: int) -> list[Any]:
    """Colour-blind-safe colours without the palette's grey (kept for missing and "other")."""
    base = [c for i, c in enumerate(_sns().color_palette(_PALETTE, 10)) if i != 7]
    return [base[i % len(base)] for i in range(n)]


def sourcing(
    profile: pd.DataFrame,
    *,
    dimension: str | None = None,
    stratum: str | None = None,
    max_categories: int = 7,
    order: Sequence[str] | None = None,
    ax: Any = None,
) -> Any:
    """Stacked shares of each group's quotes by type (speaker type, anonymity...).

    Groups keep the one order of every figure (top to bottom); categories are
    written in words (``iran_aligned_militias`` -> "Iran aligned militias").

    Parameters
    ----------
    profile : pandas.DataFrame
        Output of :func:`framing.sourcing`.
    dimension : str, optional
        Which quote dimension; default: the first in the table.
    max_categories : int, default 7
        The most frequent categories drawn; the rest are summed as "other"
        (light grey); missing values are dark grey.
    stratum : str, optional
    order : sequence of str, optional
        Group order (default: numbers by value, then names alphabetically).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    profile = _need(profile, ["group", "dimension", "value", "n_quotes", "share_of_quotes"], "framing.sourcing")
    sub, stratum = _pick_stratum(profile, stratum)
    sub = sub.assign(group=sub["group"].astype(str), value=sub["value"].astype(str))
    dims = list(dict.fromkeys(sub["dimension"]))
    dimension = dimension or dims[0]
    if dimension not in dims:
        raise ValueError(f"dimension: {dimension!r} not in the profile; dimensions: {dims}")
    part = sub.loc[sub["dimension"] == dimension]
    groups = _resolve_order(part, order)
    wide = part.pivot_table(index="group", columns="value", values="share_of_quotes", aggfunc="first").fillna(0.0)
    totals = part.groupby("group")["n_quotes"].sum()
    # Largest overall category first; beyond `max_categories` the rest are summed as "other";
    # "(missing)" last and grey.
    ranked = wide.mean().sort_values(ascending=False, kind="mergesort").index.tolist()
    named = [v for v in ranked if v != _MISSING_LABEL]
    if len(named) > max_categories:
        rest = named[max_categories:]
        wide = wide.assign(other=wide[rest].sum(axis=1)).drop(columns=rest)
        named = named[:max_categories] + ["other"]
    cats = named + [v for v in ranked if v == _MISSING_LABEL]
    wide = wide.reindex(index=groups, columns=cats).fillna(0.0)
    plt, sns = _plt(), _sns()
    if ax is None:
        with sns.axes_style("whitegrid"):
            fig, ax = plt.subplots(figsize=(9, max(2.6, 0.45 * len(wide) + 1.6)))
    fig = ax.figure
    colours = _category_colours(len(named))
    left = np.zeros(len(wide))
    y = np.arange(len(wide))
    for k, v in enumerate(cats):
        c = _MISSING_GREY if v == _MISSING_LABEL else _OTHER_GREY if v == "other" else colours[k]
        label = "not identified" if v == _MISSING_LABEL else words(v)
        ax.barh(y, wide[v].to_numpy(), left=left, color=c, label=label, edgecolor="white")
        left += wide[v].to_numpy()
    ax.set_yticks(y, [f"{_wrap(g, 28)} (n={int(totals.get(g, 0))})" for g in wide.index], fontsize=8)
    ax.set_ylim(len(wide) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_percent())
    what = words(dimension).lower()
    ax.set_xlabel(f"share of the group's quotes (%), by {what}; n = quotes")
    ax.legend(title=words(dimension), bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    ax.set_title(f"Who is quoted: {what}{_title_suffix(stratum)}")
    fig.tight_layout()
    return fig


def _percent() -> Any:
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(xmax=1.0, decimals=0)


def distinctive(
    words_table: pd.DataFrame,
    *,
    top: int = 10,
    ncols: int = 3,
    order: Sequence[str] | None = None,
    colours: Mapping[str, Any] | None = None,
) -> Any:
    """Most distinctive words of each group (z-scores of the log-odds ratio), one panel per group.

    Parameters
    ----------
    words_table : pandas.DataFrame
        Output of :func:`framing.distinctive_words`.
    top : int, default 10
    ncols : int, default 3
    order : sequence of str, optional
        Group order (default: numbers by value, then names alphabetically).
    colours : mapping of group to colour, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    table = _need(words_table, ["group", "word", "z", "count"], "framing.distinctive_words")
    table = table.assign(group=table["group"].astype(str))
    groups = _resolve_order(table, order)
    palette = _resolve_colours(table, order, colours)
    fig, axes = _grid(len(groups), ncols, 4.4, max(2.6, 0.28 * top + 1.3))
    for ax, g in zip(axes, groups):
        part = table.loc[table["group"] == g].sort_values("z", ascending=False, kind="mergesort").head(top)[::-1]
        ax.barh(np.arange(len(part)), part["z"].to_numpy(), color=palette.get(g, _MISSING_GREY))
        ax.set_yticks(np.arange(len(part)), [f"{w} ({n})" for w, n in zip(part["word"], part["count"])], fontsize=8)
        ax.set_title(textwrap.shorten(g, 40), fontsize=10)
        ax.set_xlabel("z-score of the log-odds ratio vs other groups", fontsize=8)
    fig.suptitle("Distinctive words (in brackets: times used; Monroe et al. 2008)")
    fig.tight_layout()
    return fig


def confusion(sep: Any, *, order: Sequence[str] | None = None, ax: Any = None) -> Any:
    """Out-of-fold confusion matrix of :func:`framing.separability`: colour and numbers are shares of the row.

    Each cell prints the share of the true group's articles predicted as the
    column's group, with the article count in brackets.

    Returns
    -------
    matplotlib.figure.Figure
    """
    table = getattr(sep, "confusion", None)
    if not isinstance(table, pd.DataFrame) or not len(table):
        raise TypeError(f"expected the Separability returned by framing.separability, got {type(sep).__name__}")
    table = table.rename(index=str, columns=str)
    groups = [g for g in (order or group_order(table.index)) if g in table.index]
    table = table.reindex(index=groups, columns=groups).fillna(0).astype(int)
    shares = table.div(table.sum(axis=1).replace(0, np.nan), axis=0)
    labels = np.array([[f"{s:.0%}\n({n})" if np.isfinite(s) else f"({n})" for s, n in zip(srow, nrow)]
                       for srow, nrow in zip(shares.to_numpy(dtype=float), table.to_numpy())])
    plt, sns = _plt(), _sns()
    if ax is None:
        n = len(table)
        fig, ax = plt.subplots(figsize=(max(5.5, 1.0 * n + 3), max(4.2, 0.75 * n + 2)))
    fig = ax.figure
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*set_bad")
        sns.heatmap(shares, ax=ax, cmap=_SEQUENTIAL, vmin=0, vmax=1, annot=labels, fmt="",
                    annot_kws={"fontsize": 8}, cbar_kws={"label": "share of the true group's articles"},
                    linewidths=0.5)
    ax.collections[0].colorbar.ax.yaxis.set_major_formatter(_percent())
    ax.set_xticks(np.arange(len(groups)) + 0.5, [_wrap(g) for g in groups], rotation=0 if len(groups) <= 6 else 45,
                  ha="center" if len(groups) <= 6 else "right", fontsize=8)
    ax.set_yticks(np.arange(len(groups)) + 0.5, [_wrap(g, 24) for g in groups], rotation=0, fontsize=8)
    ax.set_xlabel("predicted group")
    ax.set_ylabel("true group")
    ax.set_title(f"Predicting the group from framing features: accuracy {sep.accuracy:.0%} "
                 f"vs {sep.baseline_accuracy:.0%} baseline\n(cells: share of the row's articles, count in brackets)",
                 fontsize=10)
    fig.tight_layout()
    return fig
