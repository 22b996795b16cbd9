"""Feature figures from :func:`framing.compare` and :func:`framing.compare_voice`: heatmap, rates, voice."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.output.plot._style import (
    _DIVERGING,
    _MISSING_GREY,
    _SEQUENTIAL,
    _grid,
    _need,
    _pick_stratum,
    _plt,
    _resolve_colours,
    _resolve_order,
    _short,
    _sns,
    _star,
    _title_suffix,
    _wrap,
    feature_label,
)

__all__ = ["heatmap", "rates", "voice"]

_UNIT_ORDER = {"per 1,000 words": 0, "share (0-1)": 1}


def _effect_order(sub: pd.DataFrame) -> list[str]:
    """Features by their largest group-vs-rest effect size (|Cliff's delta|), then by name."""
    size = sub.assign(_d=sub["cliffs_delta"].abs() if "cliffs_delta" in sub else 0.0).groupby("feature")["_d"].max()
    frame = size.fillna(-1.0).rename("d").reset_index()
    return frame.sort_values(["d", "feature"], ascending=[False, True], kind="mergesort")["feature"].tolist()


def heatmap(
    table: pd.DataFrame,
    *,
    value: str = "mean",
    features: Sequence[str] | None = None,
    stratum: str | None = None,
    standardize: bool = True,
    annotate: bool = True,
    max_features: int | None = None,
    order: Sequence[str] | None = None,
    ax: Any = None,
) -> Any:
    """Feature x group heatmap, one panel per unit, coloured by the value standardised per feature.

    Rows are features, sorted by effect size (the largest group-vs-rest
    |Cliff's delta| first); columns are groups in the one order every figure
    uses. Colours show how far each group sits from the others on a feature
    (z-score across groups); the numbers printed are the raw values, and each
    panel holds one unit (rates per 1,000 words, shares 0-1, ...), named in
    its title. Features that are zero in every group are left out (the
    figure says how many). Stars mark the corrected across-group test
    (``* p_adjusted < .05``, ``**`` < .01, ``***`` < .001), only when a test ran.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.compare`.
    value : str, default "mean"
    features : sequence of str, optional
        Subset and order of features; default: all non-zero ones, by effect size.
    stratum : str, optional
        Which stratum of a ``within=`` table; default: the one with most groups.
    standardize : bool, default True
    annotate : bool, default True
    max_features : int, optional
        Keep the first features only (by effect size).
    order : sequence of str, optional
        Group order (default: numbers by value, then names alphabetically).
    ax : matplotlib Axes, optional
        Only for features of a single unit.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd, framing
    >>> t = pd.DataFrame({"doc_id": list("abcd"), "outlet": list("AABB"),
    ...                   "hedges_per_1k": [1.0, 2.0, 5.0, 6.0], "loaded_per_1k": [3.0, 1.0, 2.0, 2.0]})
    >>> fig = heatmap(framing.compare(t, n_boot=200))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['hedges', 'loaded']
    """
    table = _need(table, ["group", "feature", value], "framing.compare")
    sub, stratum = _pick_stratum(table, stratum)
    sub = sub.assign(group=sub["group"].astype(str))
    wide = sub.pivot_table(index="feature", columns="group", values=value, aggfunc="first", dropna=False)
    if features is not None:
        feats = list(features)
        unknown = [f for f in feats if f not in wide.index]
        if unknown:
            raise ValueError(f"features: {unknown} not in the table; features: {sorted(wide.index)}")
        hidden = 0
    else:
        feats = [f for f in _effect_order(sub) if f in wide.index]
        nonzero = [f for f in feats if (wide.loc[f].fillna(0) != 0).any()]
        hidden, feats = len(feats) - len(nonzero), nonzero
    cut = max(0, len(feats) - max_features) if max_features is not None else 0
    if cut:
        feats = feats[:max_features]
    groups = _resolve_order(sub, order)
    wide = wide.reindex(index=feats, columns=groups)
    if not len(feats) or wide.isna().all().all():
        raise ValueError(f"nothing to plot: every {value!r} is missing or zero")
    units = (sub.drop_duplicates("feature").set_index("feature")["unit"].reindex(feats).fillna("value")
             if "unit" in sub.columns else pd.Series("value", index=feats))
    panels = sorted(dict.fromkeys(units), key=lambda u: (_UNIT_ORDER.get(u, 2), u))
    if ax is not None and len(panels) > 1:
        raise ValueError(f"ax: the features span several units {panels}; pass features of one unit")
    pvals = sub.drop_duplicates("feature").set_index("feature")["p_adjusted"] if "p_adjusted" in sub else pd.Series()
    tested = bool(np.isfinite(pvals.to_numpy(dtype=float)).any()) if len(pvals) else False
    plt, sns = _plt(), _sns()
    sizes = [int((units == u).sum()) for u in panels]
    width = min(18.0, 3.4 + 1.05 * len(groups) + 1.2)
    if ax is None:
        fig, axes = plt.subplots(len(panels), 1, figsize=(width, 0.34 * sum(sizes) + 1.35 * len(panels) + 0.9),
                                 gridspec_kw={"height_ratios": [s + 2.2 for s in sizes]}, squeeze=False)
        axes = axes.ravel()
    else:
        fig, axes = ax.figure, [ax]
    by = table.attrs.get("by", "group")
    for a, unit in zip(axes, panels):
        part = wide.loc[units[units == unit].index]
        colours = part
        if standardize:
            sd = part.std(axis=1, ddof=0).replace(0, np.nan)
            colours = part.sub(part.mean(axis=1), axis=0).div(sd, axis=0).fillna(0.0).where(part.notna())
        lim = float(np.nanmax(np.abs(colours.to_numpy(dtype=float)))) if standardize else None
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*set_bad")
            sns.heatmap(
                colours, ax=a, cmap=_DIVERGING if standardize else _SEQUENTIAL, center=0 if standardize else None,
                vmin=-lim if lim else None, vmax=lim if lim else None,
                annot=np.vectorize(_short)(part.to_numpy(dtype=float)) if annotate else False, fmt="",
                annot_kws={"fontsize": 8}, linewidths=0.5, linecolor="white",
                cbar_kws={"label": "z-score across groups" if standardize else f"{value} ({unit})", "shrink": 0.8},
            )
        labels = [feature_label(f) + (_star(float(pvals.get(f, np.nan))) if tested else "") for f in part.index]
        a.set_yticks(np.arange(len(part)) + 0.5, labels, rotation=0, fontsize=9)
        a.set_xticks(np.arange(len(groups)) + 0.5, [_wrap(g) for g in groups],
                     rotation=0 if len(groups) <= 8 else 45, ha="center" if len(groups) <= 8 else "right", fontsize=9)
        a.set_ylabel("feature")
        a.set_xlabel(by)
        a.set_title(f"Numbers: {value} {unit}", fontsize=10, loc="left")
    notes = ["colour: distance from the other groups on that feature (z-score); rows by effect size"]
    if tested:
        notes.append("* corrected p < .05, ** < .01, *** < .001")
    else:
        notes.append("no test ran, so no stars")
    if hidden:
        notes.append(f"{hidden} feature(s) zero in every group not shown")
    if cut:
        notes.append(f"{cut} feature(s) with smaller effects not shown (all in the table)")
    if ax is None:
        fig.suptitle(f"Framing features by {by}{_title_suffix(stratum)}", fontsize=12)
        fig.text(0.01, 0.005, "; ".join(notes) + ".", fontsize=8, color="#444444", ha="left", va="bottom")
        fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def rates(
    table: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    stratum: str | None = None,
    ncols: int = 3,
    order: Sequence[str] | None = None,
    colours: Mapping[str, Any] | None = None,
) -> Any:
    """Mean per group with its bootstrap interval, one panel per feature, groups in one fixed order.

    Every panel lists the groups in the same order (top to bottom) and colour,
    so an outlet can be followed across panels. A group without an interval
    (fewer than 2 articles) is an open circle, and the figure says so; an
    axis mentions a 95% interval only when it draws one.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.compare`.
    features : sequence of str, optional
        Default: every feature in the table, by effect size.
    stratum : str, optional
    ncols : int, default 3
    order : sequence of str, optional
        Group order (default: numbers by value, then names alphabetically).
    colours : mapping of group to colour, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd, framing
    >>> t = pd.DataFrame({"doc_id": list("abc"), "outlet": list("AAB"), "hedges_per_1k": [1.0, 2.0, 5.0]})
    >>> fig = rates(framing.compare(t, n_boot=200))  # doctest: +SKIP
    """
    table = _need(table, ["group", "feature", "mean", "ci_low", "ci_high"], "framing.compare")
    sub, stratum = _pick_stratum(table, stratum)
    sub = sub.assign(group=sub["group"].astype(str))
    feats = list(features) if features is not None else _effect_order(sub)
    unknown = [f for f in feats if f not in set(sub["feature"])]
    if unknown:
        raise ValueError(f"features: {unknown} not in the table")
    groups = _resolve_order(sub, order)
    palette = _resolve_colours(sub, order, colours)
    n_of = sub.groupby("group")["n_articles"].max() if "n_articles" in sub else pd.Series(dtype=float)
    fig, axes = _grid(len(feats), ncols, 3.7, max(2.4, 0.36 * len(groups) + 1.5), sharey=True)
    open_marks = any_ci = False
    y = np.arange(len(groups))
    for ax, f in zip(axes, feats):
        part = sub.loc[sub["feature"] == f].set_index("group").reindex(groups)
        drawn = False
        for yi, (g, row) in zip(y, part.iterrows()):
            if not np.isfinite(row["mean"]):
                ax.annotate("no articles", (0, yi), xytext=(3, 0), textcoords="offset points", va="center",
                            fontsize=7, color=_MISSING_GREY)
                continue
            c = palette.get(g, _MISSING_GREY)
            if np.isfinite(row["ci_low"]) and np.isfinite(row["ci_high"]):
                ax.errorbar(row["mean"], yi, xerr=[[row["mean"] - row["ci_low"]], [row["ci_high"] - row["mean"]]],
                            fmt="o", color=c, capsize=3)
                drawn = True
            else:
                ax.plot(row["mean"], yi, "o", mfc="white", color=c, ms=7)
                open_marks = True
        ax.set_yticks(y, [f"{_wrap(g, 24)} (n={int(n_of.get(g, 0))})" if len(n_of) else _wrap(g, 24)
                          for g in groups], fontsize=9)
        ax.set_ylim(len(groups) - 0.5, -0.5)  # first group at the top; same order in every panel
        p = part["p_adjusted"].dropna().iloc[0] if "p_adjusted" in part and part["p_adjusted"].notna().any() else np.nan
        corr = str(part["correction"].dropna().iloc[0]) if "correction" in part and part["correction"].notna().any() else ""
        ptxt = f"p = {p:.2g}, {corr}" if np.isfinite(p) else "no test"
        ax.set_title(f"{feature_label(f)} ({ptxt})", fontsize=9)
        unit = part["unit"].dropna().iloc[0] if "unit" in part and part["unit"].notna().any() else "value"
        ax.set_xlabel(f"mean, {unit}", fontsize=9)
        any_ci = any_ci or drawn
        values = part[["mean", "ci_low", "ci_high"]].to_numpy(dtype=float)
        if np.isfinite(values).any():
            lo, hi = min(0.0, float(np.nanmin(values))), float(np.nanmax(values))
            ax.set_xlim(lo, hi + 0.08 * (hi - lo or 1.0))
    by = table.attrs.get("by", "group")
    fig.suptitle(f"Mean per article, by {by}{_title_suffix(stratum)}")
    notes = (["Lines: 95% bootstrap intervals (articles resampled)."] if any_ci else []) + (
        ["Open circles: no interval (fewer than 2 articles in the group)."] if open_marks else [])
    if notes:
        fig.text(0.01, 0.005, " ".join(notes), fontsize=8, color="#444444")
    height = fig.get_figheight()  # keep half an inch for the title and a quarter for the notes, whatever the height
    fig.tight_layout(rect=(0, 0.25 / height if notes else 0, 1, 1 - 0.5 / height))
    return fig


def voice(
    table: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    stratum: str | None = None,
    ncols: int = 3,
    order: Sequence[str] | None = None,
) -> Any:
    """Journalist's voice against quoted voices, per group, one panel per feature.

    A group with no words in a voice gets no bar and the words "no words";
    a rate of zero is a labelled ``0``, so the two are never confused.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.compare_voice`.
    features : sequence of str, optional
    stratum : str, optional
    ncols : int, default 3
    order : sequence of str, optional
        Group order (default: numbers by value, then names alphabetically).

    Returns
    -------
    matplotlib.figure.Figure
    """
    table = _need(table, ["group", "feature", "voice", "mean", "ci_low", "ci_high"], "framing.compare_voice")
    sub, stratum = _pick_stratum(table, stratum)
    sub = sub.assign(group=sub["group"].astype(str))
    feats = list(features) if features is not None else sorted(sub["feature"].unique())
    groups = _resolve_order(sub, order)
    fig, axes = _grid(len(feats), ncols, 3.7, max(2.6, 0.5 * len(groups) + 1.5), sharey=True)
    # voices, not groups: dark grey, sky blue and orange (colour-blind safe); three since issue 14
    colour = {"journalist": "#4d4d4d", "paraphrase": "#56b4e9", "quoted": "#e69f00"}
    voices = [v for v in ("journalist", "paraphrase", "quoted") if v in set(sub["voice"])]
    palette = [colour[v] for v in voices]
    height = 0.76 / max(len(voices), 1)
    labels = {"journalist": "journalist's voice", "paraphrase": "paraphrase of sources", "quoted": "quoted voices"}
    any_ci = False
    for ax, f in zip(axes, feats):
        part = sub.loc[sub["feature"] == f].set_index(["group", "voice"])
        y = np.arange(len(groups))
        for k, v in enumerate(voices):
            means = np.array([part["mean"].get((g, v), np.nan) for g in groups], dtype=float)
            lo = np.array([part["ci_low"].get((g, v), np.nan) for g in groups], dtype=float)
            hi = np.array([part["ci_high"].get((g, v), np.nan) for g in groups], dtype=float)
            pos = y + (k - (len(voices) - 1) / 2) * height  # journalist's bar on top
            ax.barh(pos, np.where(np.isfinite(means), means, 0.0), height=height, color=palette[k], label=labels[v])
            for yi, m in zip(pos, means):
                if not np.isfinite(m):
                    ax.annotate("no words", (0, yi), xytext=(3, 0), textcoords="offset points", va="center",
                                fontsize=7, color=_MISSING_GREY, style="italic")
                elif m == 0:
                    ax.annotate("0", (0, yi), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7)
            ok = np.isfinite(lo) & np.isfinite(hi)
            if ok.any():
                any_ci = True
                ax.errorbar(means[ok], pos[ok], xerr=[means[ok] - lo[ok], hi[ok] - means[ok]], fmt="none",
                            ecolor="black", capsize=2, lw=0.8)
        ax.set_yticks(y, [_wrap(g, 24) for g in groups], fontsize=9)
        ax.set_ylim(len(groups) - 0.5, -0.5)
        ax.set_title(feature_label(f), fontsize=10)
        ax.set_xlabel("per 1,000 words in that voice" + (" (95% CI)" if any_ci else ""), fontsize=8)
        top = np.nanmax(part[["mean", "ci_high"]].to_numpy(dtype=float), initial=0.0)
        ax.set_xlim(0, top * 1.08 if top > 0 else 1.0)  # rates are never negative
    handles, labels = axes[0].get_legend_handles_labels()
    fig.suptitle(f"Who uses the words: journalist, paraphrase, quoted sources{_title_suffix(stratum)}")
    fig.set_figheight(fig.get_figheight() + 1.0)
    height = fig.get_figheight()
    fig.tight_layout(rect=(0, 0.35 / height, 1, 1 - 0.6 / height))  # title above, legend below
    fig.legend(handles, labels, loc="lower center", fontsize=9, ncols=len(voices), frameon=False)
    return fig
