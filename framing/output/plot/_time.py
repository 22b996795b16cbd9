"""Rates over time as a seaborn line plot with interval bands (from ``framing.rates_over_time``).

Same conventions as the other figures of :mod:`framing.output.plot`: a Figure
is returned, groups keep the one order and colour of :func:`group_order` /
:func:`group_colours` (pass ``order=`` to match the other figures), labels
are in words, the global style is never changed.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from framing.output.plot._style import _plt, _sns, feature_label, group_colours, group_order

__all__ = ["over_time"]


def over_time(
    table: pd.DataFrame,
    *,
    feature: str | None = None,
    measure: str = "per_1k",
    top: int = 6,
    order: Any = None,
    ax: Any = None,
) -> Any:
    """One line per group over time, with its interval as a band.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.rates_over_time`.
    feature : str, optional
        Which feature (default: the first in the table).
    measure : {"per_1k", "per_article"}, default "per_1k"
    top : int, default 6
        Groups drawn: those with most articles (a plot of 400 lines is unreadable).
    order : sequence of str, optional
        The group order that fixes each group's colour (the report passes the
        order of every other figure); default: :func:`group_order` of the
        table's groups.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd, framing
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "date": ["2020-01-03", "2020-02-20", "2020-01-05", "2020-02-07"],
    ...                   "hedges_n": [1, 3, 2, 0], "hedges_per_1k": [2.0, 6.0, 4.0, 0.0]})
    >>> fig = framing.plot.over_time(framing.rates_over_time(t))
    >>> fig.axes[0].get_ylabel()
    'hedges per 1,000 words (mean over articles)'
    """
    plt, sns = _plt(), _sns()

    need = {"group", "period", "feature", "n_articles", measure, f"{measure}_low", f"{measure}_high"}
    if not isinstance(table, pd.DataFrame) or not need <= set(table.columns):
        raise ValueError(f"over_time: expected the table of framing.rates_over_time (columns {sorted(need)})")
    if measure not in ("per_1k", "per_article"):
        raise ValueError(f"measure: expected 'per_1k' or 'per_article', got {measure!r}")
    if not len(table):
        raise ValueError("over_time: the table is empty")
    feature = feature or str(table["feature"].iloc[0])
    sub = table.loc[table["feature"] == feature]
    if not len(sub):
        raise ValueError(f"feature: {feature!r} not in the table; features: {sorted(table['feature'].unique())}")
    sizes = sub.groupby("group")["n_articles"].sum().sort_values(ascending=False, kind="mergesort")
    order = list(order) if order is not None else group_order(sub["group"].astype(str).unique())
    groups = [g for g in order if g in set(sizes.index[:top])] + sorted(set(sizes.index[:top]) - set(order))
    sub = sub.loc[sub["group"].isin(groups)]
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 4.5))
    else:
        fig = ax.figure
    colours = group_colours(order + [g for g in groups if g not in order])
    sns.lineplot(data=sub, x="period", y=measure, hue="group", hue_order=groups, palette=colours, marker="o",
                 errorbar=None, ax=ax)
    for g, cell in sub.groupby("group"):
        ax.fill_between(cell["period"], cell[f"{measure}_low"], cell[f"{measure}_high"], color=colours[g],
                        alpha=0.15, linewidth=0)
    name = feature_label(feature)
    unit = "per 1,000 words (mean over articles)" if measure == "per_1k" else "per article (mean count)"
    ax.set_ylabel(f"{name} {unit}")
    since = table.attrs.get("since")
    ax.set_xlabel(f"days since the {since}'s first article" if since else "period start")
    ax.set_ylim(bottom=0)
    shown = "" if len(sizes) <= top else f" ({top} largest of {len(sizes)} groups)"
    low, high = sub[f"{measure}_low"], sub[f"{measure}_high"]
    drawn = bool((low.notna() & high.notna() & (high > low)).any())  # never claim an interval not drawn
    bands = (f"bands: {table.attrs.get('level', 0.95):.0%} t intervals" if drawn
             else "no interval (a single article per period)")
    top = float(sub[measure].max()) * 1.6 if sub[measure].notna().any() else 0.0
    if drawn and top > 0 and float(high.max()) > top:  # a cell of 2 articles must not flatten every line
        ax.set_ylim(0, top)
        bands += ", cut at the top of the axis"
    ax.set_title(f"{name} over time{shown}; {bands}")
    ax.legend(title=table.attrs.get("by") or "group", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    if not since:
        fig.autofmt_xdate()
    fig.tight_layout()
    return fig
