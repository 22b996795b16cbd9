"""Rates over time as a seaborn line plot with interval bands (from ``framing.rates_over_time``).

Kept apart from :mod:`framing.output.plot` so that each figure module stays
one sitting long; the conventions are the same (a Figure is returned, the
global style is never changed).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["over_time"]


def over_time(
    table: pd.DataFrame,
    *,
    feature: str | None = None,
    measure: str = "per_1k",
    top: int = 6,
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
    >>> fig = over_time(framing.rates_over_time(t))
    >>> fig.axes[0].get_ylabel()
    'hedges per 1,000 words (mean over articles)'
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

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
    groups = sorted(sizes.index[:top])
    sub = sub.loc[sub["group"].isin(groups)]
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 4.5))
    else:
        fig = ax.figure
    colours = dict(zip(groups, sns.color_palette("colorblind", len(groups))))
    sns.lineplot(data=sub, x="period", y=measure, hue="group", hue_order=groups, palette=colours, marker="o",
                 errorbar=None, ax=ax)
    for g, cell in sub.groupby("group"):
        ax.fill_between(cell["period"], cell[f"{measure}_low"], cell[f"{measure}_high"], color=colours[g],
                        alpha=0.15, linewidth=0)
    name = feature[: -len("_per_1k")] if feature.endswith("_per_1k") else feature
    unit = "per 1,000 words (mean over articles)" if measure == "per_1k" else "per article (mean count)"
    ax.set_ylabel(f"{name} {unit}")
    since = table.attrs.get("since")
    ax.set_xlabel(f"days since the {since}'s first article" if since else "period")
    shown = "" if len(sizes) <= top else f" ({top} largest of {len(sizes)} groups)"
    ax.set_title(f"{name} over time{shown}; bands: {table.attrs.get('level', 0.95):.0%} t intervals")
    ax.legend(title=table.attrs.get("by") or "group", fontsize="small")
    return fig
