"""Figures for outlet comparisons (seaborn/matplotlib), readable by default.

Each function takes the table of the matching :mod:`framing.compare` or
:mod:`framing.comparison.distinctive` function and returns a
:class:`matplotlib.figure.Figure`, so it shows inline in a notebook and saves
with ``fig.savefig("x.png")``. Axes are labelled with units, groups and
categories are sorted, colours come from seaborn's colour-blind-safe palettes,
and missing intervals are drawn as open markers with a note, not hidden.
Functions never change matplotlib's global style.

In scripts and tests, select a non-interactive backend first::

    import matplotlib
    matplotlib.use("Agg")

Functions
---------
heatmap       outlet x feature, standardised per feature (from ``compare``)
rates         means with bootstrap intervals, one panel per feature (``compare``)
voice         journalist's voice vs quoted voices (``compare_voice``)
sourcing      stacked shares of quotes by type (``sourcing``)
distinctive   most distinctive words per outlet (``distinctive_words``)
confusion     out-of-fold confusion matrix (``separability``)
kwic          keyword in context of lexicon matches (an ``Analysis``)
"""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["confusion", "distinctive", "heatmap", "kwic", "kwic_table", "rates", "sourcing", "voice"]

_PALETTE = "colorblind"
_DIVERGING = "vlag"
_SEQUENTIAL = "mako_r"
_MISSING_GREY = "#777777"
_OTHER_GREY = "#cccccc"
_MISSING_LABEL = "(missing)"


def _plt() -> Any:
    import matplotlib.pyplot as plt

    return plt


def _sns() -> Any:
    import seaborn as sns

    return sns


def _need(table: Any, columns: Sequence[str], source: str) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"expected the DataFrame returned by {source}, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"the table lacks columns {missing}; expected the output of {source}")
    if not len(table):
        raise ValueError(f"nothing to plot: the table is empty (expected the output of {source})")
    return table


def feature_label(feature: str) -> str:
    """A readable label: ``loaded_retaliation_per_1k`` -> ``loaded: retaliation``.

    Examples
    --------
    >>> [feature_label(f) for f in ("loaded_retaliation_per_1k", "hedges_per_1k", "agentless_share")]
    ['loaded: retaliation', 'hedges', 'agentless (share)']
    """
    name, note = feature, ""
    if name.endswith("_per_1k"):
        name = name[: -len("_per_1k")]
    elif name.endswith("_share"):
        name, note = name[: -len("_share")], " (share)"
    head, _, tail = name.partition("_")
    return (f"{head}: {tail.replace('_', ' ')}" if tail else head) + note


def _pick_stratum(table: pd.DataFrame, stratum: str | None) -> tuple[pd.DataFrame, str]:
    strata = sorted(table["stratum"].astype(str).unique()) if "stratum" in table.columns else ["all"]
    if stratum is None:
        if len(strata) == 1:
            stratum = strata[0]
        else:  # the stratum where most groups meet (an event covered by most outlets)
            counts = table.groupby("stratum")["group"].nunique()
            stratum = str(counts.sort_values(ascending=False, kind="mergesort").index[0])
    elif stratum not in strata:
        raise ValueError(f"stratum: {stratum!r} is not in the table; strata: {strata}")
    sub = table if "stratum" not in table.columns else table.loc[table["stratum"].astype(str) == stratum]
    return sub, stratum


def _title_suffix(stratum: str) -> str:
    return "" if stratum == "all" else f"\n{textwrap.shorten(stratum, 70)}"


def _short(v: float) -> str:
    """1 decimal for values from 1 up, 2 significant digits below (rare features stay readable)."""
    if not np.isfinite(v):
        return ""
    return f"{v:.1f}" if abs(v) >= 1 or v == 0 else f"{v:.2g}"


def _star(p: float) -> str:
    return "" if not np.isfinite(p) else "***" if p < 0.001 else "**" if p < 0.01 else "*" if p < 0.05 else ""


def heatmap(
    table: pd.DataFrame,
    *,
    value: str = "mean",
    features: Sequence[str] | None = None,
    stratum: str | None = None,
    standardize: bool = True,
    annotate: bool = True,
    ax: Any = None,
) -> Any:
    """Outlet x feature heatmap, coloured by the value standardised per feature.

    Colours show how far each group sits from the others on a feature
    (z-score across groups), so rare and frequent features share one scale;
    the numbers printed are the raw values (e.g. rates per 1,000 words).
    Feature labels carry stars for the corrected across-group test
    (``* p_adjusted < .05``, ``**`` < .01, ``***`` < .001).

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.compare`.
    value : str, default "mean"
    features : sequence of str, optional
        Subset and order of features; default: all, sorted by name.
    stratum : str, optional
        Which stratum of a ``within=`` table; default: the one with most groups.
    standardize : bool, default True
    annotate : bool, default True
    ax : matplotlib Axes, optional

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
    >>> fig.axes[0].get_ylabel()
    'outlet'
    """
    table = _need(table, ["group", "feature", value], "framing.compare")
    sub, stratum = _pick_stratum(table, stratum)
    wide = sub.pivot_table(index="group", columns="feature", values=value, aggfunc="first", dropna=False)
    feats = list(features) if features is not None else sorted(wide.columns)
    unknown = [f for f in feats if f not in wide.columns]
    if unknown:
        raise ValueError(f"features: {unknown} not in the table; features: {sorted(wide.columns)}")
    wide = wide.reindex(columns=feats).sort_index()
    if wide.isna().all().all():
        raise ValueError(f"nothing to plot: every {value!r} is missing")
    colours = wide
    if standardize:
        sd = wide.std(axis=0, ddof=0).replace(0, np.nan)
        colours = ((wide - wide.mean(axis=0)) / sd).fillna(0.0).where(wide.notna())
    pvals = sub.drop_duplicates("feature").set_index("feature")["p_adjusted"] if "p_adjusted" in sub else {}
    labels = [feature_label(f) + _star(float(pvals.get(f, np.nan))) for f in feats]
    plt, sns = _plt(), _sns()
    if ax is None:
        fig, ax = plt.subplots(figsize=(max(6.0, 0.55 * len(feats) + 3), max(3.0, 0.45 * len(wide) + 2.2)))
    fig = ax.figure
    units = sorted(set(sub["unit"])) if "unit" in sub.columns else ["value"]
    unit = units[0] if len(units) == 1 else "mixed units: " + ", ".join(units)
    lim = float(np.nanmax(np.abs(colours.to_numpy(dtype=float)))) if standardize else None
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*set_bad")
        sns.heatmap(
            colours, ax=ax, cmap=_DIVERGING if standardize else _SEQUENTIAL, center=0 if standardize else None,
            vmin=-lim if lim else None, vmax=lim if lim else None,
            annot=np.vectorize(_short)(wide.to_numpy(dtype=float)) if annotate else False, fmt="",
            linewidths=0.5, linecolor="white",
            cbar_kws={"label": "z-score across groups, per feature" if standardize else f"{value} ({unit})"},
        )
    ax.set_xticklabels(labels, rotation=40, ha="right")
    by = table.attrs.get("by", "group")
    ax.set_ylabel(by)
    ax.set_xlabel(f"feature (numbers: {value}, {unit}; * corrected p < .05)")
    ax.set_title(f"Framing features by {by}{_title_suffix(stratum)}")
    fig.tight_layout()
    return fig


def _grid(n: int, ncols: int, width: float, height: float) -> tuple[Any, np.ndarray]:
    plt, sns = _plt(), _sns()
    ncols = max(1, min(ncols, n))
    nrows = int(np.ceil(n / ncols))
    with sns.axes_style("whitegrid"):
        fig, axes = plt.subplots(nrows, ncols, figsize=(width * ncols, height * nrows), squeeze=False)
    for extra in axes.ravel()[n:]:
        extra.set_visible(False)
    return fig, axes.ravel()


def rates(
    table: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    stratum: str | None = None,
    ncols: int = 3,
) -> Any:
    """Mean per group with its bootstrap interval, one panel per feature.

    Groups are sorted by their mean; a group without an interval (fewer than
    2 articles) is drawn as an open marker labelled "no CI".

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.compare`.
    features : sequence of str, optional
        Default: every feature in the table (sorted by name).
    stratum : str, optional
    ncols : int, default 3

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
    feats = list(features) if features is not None else sorted(sub["feature"].unique())
    unknown = [f for f in feats if f not in set(sub["feature"])]
    if unknown:
        raise ValueError(f"features: {unknown} not in the table")
    n_groups = sub["group"].nunique()
    fig, axes = _grid(len(feats), ncols, 4.6, max(2.4, 0.38 * n_groups + 1.4))
    colours = dict(zip(sorted(sub["group"].unique()), _sns().color_palette(_PALETTE, n_groups)))
    for ax, f in zip(axes, feats):
        part = sub.loc[sub["feature"] == f].sort_values(["mean", "group"], kind="mergesort")
        y = np.arange(len(part))
        for yi, (_, row) in zip(y, part.iterrows()):
            has_ci = np.isfinite(row["ci_low"]) and np.isfinite(row["ci_high"])
            c = colours[row["group"]]
            if has_ci:
                ax.errorbar(row["mean"], yi, xerr=[[row["mean"] - row["ci_low"]], [row["ci_high"] - row["mean"]]],
                            fmt="o", color=c, capsize=3)
            else:
                ax.plot(row["mean"], yi, "o", mfc="white", color=c)
                ax.annotate(f"n={int(row.get('n_articles', 0))}, no CI", (row["mean"], yi), xytext=(6, 0),
                            textcoords="offset points", va="center", fontsize=7, color=_MISSING_GREY)
        ax.set_yticks(y, [textwrap.shorten(str(g), 28) for g in part["group"]])
        p = part["p_adjusted"].iloc[0] if "p_adjusted" in part else np.nan
        ptxt = f"p_adj = {p:.2g}" if np.isfinite(p) else "no test"
        ax.set_title(f"{feature_label(f)} ({ptxt})", fontsize=10)
        unit = part["unit"].iloc[0] if "unit" in part else "value"
        ax.set_xlabel(f"mean {unit} (95% CI, articles resampled)", fontsize=8)
        values = part[["mean", "ci_low", "ci_high"]].to_numpy(dtype=float)
        if np.isfinite(values).any():
            lo, hi = min(0.0, float(np.nanmin(values))), float(np.nanmax(values))
            ax.set_xlim(lo, hi + 0.25 * (hi - lo or 1.0))  # room for the "no CI" notes
    fig.suptitle(f"Rates by {table.attrs.get('by', 'group')}{_title_suffix(stratum)}")
    fig.tight_layout()
    return fig


def voice(
    table: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    stratum: str | None = None,
    ncols: int = 3,
) -> Any:
    """Journalist's voice, paraphrase and quoted voices, per group, one panel per feature.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`framing.compare_voice`.
    features : sequence of str, optional
    stratum : str, optional
    ncols : int, default 3

    Returns
    -------
    matplotlib.figure.Figure
    """
    table = _need(table, ["group", "feature", "voice", "mean", "ci_low", "ci_high"], "framing.compare_voice")
    sub, stratum = _pick_stratum(table, stratum)
    feats = list(features) if features is not None else sorted(sub["feature"].unique())
    groups = sorted(sub["group"].unique())
    fig, axes = _grid(len(feats), ncols, 4.6, max(2.6, 0.5 * len(groups) + 1.4))
    voices = [v for v in ("journalist", "paraphrase", "quoted") if v in set(sub["voice"])]  # 3 since issue 14
    palette = _sns().color_palette(_PALETTE, len(voices))
    height = 0.76 / max(len(voices), 1)
    labels = {"journalist": "journalist's voice", "paraphrase": "paraphrase of sources", "quoted": "quoted voices"}
    for ax, f in zip(axes, feats):
        part = sub.loc[sub["feature"] == f].set_index(["group", "voice"])
        y = np.arange(len(groups))
        for k, v in enumerate(voices):
            means = np.array([part["mean"].get((g, v), np.nan) for g in groups], dtype=float)
            lo = np.array([part["ci_low"].get((g, v), np.nan) for g in groups], dtype=float)
            hi = np.array([part["ci_high"].get((g, v), np.nan) for g in groups], dtype=float)
            pos = y + (k - (len(voices) - 1) / 2) * height  # journalist's bar on top (y axis inverted)
            ax.barh(pos, np.nan_to_num(means), height=height, color=palette[k], label=labels[v])
            for yi in pos[~np.isfinite(means)]:  # no words in that voice: say so rather than draw a 0
                ax.annotate("n/a", (0, yi), xytext=(3, 0), textcoords="offset points", va="center",
                            fontsize=7, color=_MISSING_GREY)
            ok = np.isfinite(lo) & np.isfinite(hi)
            if ok.any():
                ax.errorbar(means[ok], pos[ok], xerr=[means[ok] - lo[ok], hi[ok] - means[ok]], fmt="none",
                            ecolor="black", capsize=2, lw=0.8)
        ax.set_yticks(y, [textwrap.shorten(g, 28) for g in groups])
        ax.invert_yaxis()  # alphabetical from the top
        ax.set_title(feature_label(f), fontsize=10)
        ax.set_xlabel("per 1,000 words in that voice (95% CI)", fontsize=8)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.suptitle(f"Who uses the words: journalist, paraphrase, quoted sources{_title_suffix(stratum)}")
    fig.tight_layout(rect=(0, 0, 1, 0.94))
    fig.legend(handles, labels, loc="upper right", fontsize=8, ncols=len(voices), frameon=False)
    return fig


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
    ax: Any = None,
) -> Any:
    """Stacked shares of each group's quotes by type (speaker type, anonymity...).

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
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    profile = _need(profile, ["group", "dimension", "value", "n_quotes", "share_of_quotes"], "framing.sourcing")
    sub, stratum = _pick_stratum(profile, stratum)
    dims = list(dict.fromkeys(sub["dimension"]))
    dimension = dimension or dims[0]
    if dimension not in dims:
        raise ValueError(f"dimension: {dimension!r} not in the profile; dimensions: {dims}")
    part = sub.loc[sub["dimension"] == dimension]
    wide = part.pivot_table(index="group", columns="value", values="share_of_quotes", aggfunc="first").fillna(0.0)
    totals = part.groupby("group")["n_quotes"].sum()
    # Largest overall category first; beyond `max_categories` the rest are summed as "other";
    # "(missing)" last and grey.
    order = wide.mean().sort_values(ascending=False, kind="mergesort").index.tolist()
    named = [v for v in order if v != _MISSING_LABEL]
    if len(named) > max_categories:
        rest = named[max_categories:]
        wide = wide.assign(other=wide[rest].sum(axis=1)).drop(columns=rest)
        named = named[:max_categories] + ["other"]
    order = named + [v for v in order if v == _MISSING_LABEL]
    wide = wide[order].sort_values([order[0]], kind="mergesort")
    plt, sns = _plt(), _sns()
    if ax is None:
        with sns.axes_style("whitegrid"):
            fig, ax = plt.subplots(figsize=(8, max(2.6, 0.45 * len(wide) + 1.6)))
    fig = ax.figure
    colours = _category_colours(len(named))
    left = np.zeros(len(wide))
    for k, v in enumerate(order):
        c = _MISSING_GREY if v == _MISSING_LABEL else _OTHER_GREY if v == "other" else colours[k]
        ax.barh(np.arange(len(wide)), wide[v].to_numpy(), left=left, color=c, label=v, edgecolor="white")
        left += wide[v].to_numpy()
    ax.set_yticks(np.arange(len(wide)), [f"{textwrap.shorten(g, 28)} (n={int(totals.get(g, 0))})" for g in wide.index])
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of the group's quotes by {dimension.replace('_', ' ')} (n = quotes)")
    ax.legend(title=dimension.replace("_", " "), bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    ax.set_title(f"Sourcing profile: {dimension.replace('_', ' ')}{_title_suffix(stratum)}")
    fig.tight_layout()
    return fig


def distinctive(words: pd.DataFrame, *, top: int = 10, ncols: int = 3) -> Any:
    """Most distinctive words of each group (z-scores of the log-odds ratio).

    Parameters
    ----------
    words : pandas.DataFrame
        Output of :func:`framing.distinctive_words`.
    top : int, default 10
    ncols : int, default 3

    Returns
    -------
    matplotlib.figure.Figure
    """
    words = _need(words, ["group", "word", "z", "count"], "framing.distinctive_words")
    groups = sorted(words["group"].unique())
    fig, axes = _grid(len(groups), ncols, 4.2, max(2.6, 0.28 * top + 1.2))
    colours = _sns().color_palette(_PALETTE, len(groups))
    for ax, g, c in zip(axes, groups, colours):
        part = words.loc[words["group"] == g].sort_values("z", ascending=False, kind="mergesort").head(top)[::-1]
        ax.barh(np.arange(len(part)), part["z"].to_numpy(), color=c)
        ax.set_yticks(np.arange(len(part)), [f"{w} ({n})" for w, n in zip(part["word"], part["count"])], fontsize=8)
        ax.set_title(textwrap.shorten(g, 40), fontsize=10)
        ax.set_xlabel("z-score vs other groups (word count)", fontsize=8)
    fig.suptitle("Distinctive words (log-odds ratio, informative Dirichlet prior; Monroe et al. 2008)")
    fig.tight_layout()
    return fig


def confusion(sep: Any, *, ax: Any = None) -> Any:
    """Out-of-fold confusion matrix of :func:`framing.separability`, row-normalised.

    Returns
    -------
    matplotlib.figure.Figure
    """
    table = getattr(sep, "confusion", None)
    if not isinstance(table, pd.DataFrame) or not len(table):
        raise TypeError(f"expected the Separability returned by framing.separability, got {type(sep).__name__}")
    shares = table.div(table.sum(axis=1).replace(0, np.nan), axis=0)
    plt, sns = _plt(), _sns()
    if ax is None:
        n = len(table)
        fig, ax = plt.subplots(figsize=(max(5.0, 0.7 * n + 3), max(4.0, 0.6 * n + 2)))
    fig = ax.figure
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*set_bad")
        sns.heatmap(shares, ax=ax, cmap=_SEQUENTIAL, vmin=0, vmax=1, annot=table.to_numpy(), fmt="d",
                    cbar_kws={"label": "share of the true group's articles"}, linewidths=0.5)
    ax.set_xlabel("predicted group")
    ax.set_ylabel("true group")
    ax.set_title(f"Predicting the group from framing features: accuracy {sep.accuracy:.0%} "
                 f"vs {sep.baseline_accuracy:.0%} baseline", fontsize=10)
    fig.tight_layout()
    return fig


def kwic_table(
    result: Any,
    *,
    lexicon: str | None = None,
    category: str | None = None,
    term: str | None = None,
    by: str = "outlet",
    width: int = 45,
    max_rows: int | None = 25,
) -> pd.DataFrame:
    """Keyword in context: each lexicon match with the words around it.

    Parameters
    ----------
    result : Analysis
    lexicon, category, term : str, optional
        Filters on ``result.matches`` (``term`` is the lexicon entry, e.g.
        ``"retaliat*"``, or the matched text, case-insensitive).
    by : str, default "outlet"
    width : int, default 45
        Characters of context on each side.
    max_rows : int or None, default 25
        Rows kept, spread over groups (sorted by group, document, offset).

    Returns
    -------
    pandas.DataFrame
        ``group, doc_id, start, end, left, match, right, category`` and
        ``in_quote`` when the matches carry it. Contexts are whitespace-
        normalised, cut at whole words and marked ``...`` where cut;
        ``right`` starts with a space when the text does.

    Examples
    --------
    >>> import framing, pandas as pd
    >>> r = framing.analyze(framing.read_corpus(pd.DataFrame(
    ...     {"outlet": ["A"], "text": ["Officials called the strikes a reprisal for the attack."]})),
    ...     lexicons=["hedges", "loaded", "conflict"])
    >>> kwic_table(r, category="retaliation", width=12)[["left", "match", "right"]]
                left     match         right
    0  ... strikes a  reprisal   for the ...
    """
    matches = getattr(result, "matches", None)
    corpus = getattr(result, "corpus", None)
    if not isinstance(matches, pd.DataFrame) or corpus is None:
        raise TypeError(f"expected a framing.Analysis, got {type(result).__name__}")
    m = matches
    if lexicon is not None:
        m = m.loc[m["lexicon"] == lexicon]
    if category is not None:
        m = m.loc[m["category"] == category]
    if term is not None:
        t = term.lower()
        m = m.loc[(m["term"].str.lower() == t) | (m["text"].str.lower() == t)]
    columns = ["group", "doc_id", "start", "end", "left", "match", "right", "category"]
    if "in_quote" in matches.columns:
        columns.append("in_quote")
    if not len(m):
        return pd.DataFrame(columns=columns)
    texts = dict(zip(corpus.frame["doc_id"].astype(str), corpus.frame["text"]))
    meta = result.articles.set_index(result.articles["doc_id"].astype(str))
    group = meta[by] if by in meta.columns else pd.Series("", index=meta.index)
    rows = []
    for rec in m.itertuples(index=False):
        text = texts.get(str(rec.doc_id), "")
        left_cut, right_cut = rec.start > width, rec.end + width < len(text)
        left = text[max(0, rec.start - width): rec.start].split()
        right = text[rec.end: rec.end + width].split()
        if left_cut and len(left) > 1 and not text[rec.start - width - 1].isspace():
            left = left[1:]  # drop the word cut in half
        if right_cut and len(right) > 1 and not text[rec.end + width].isspace():
            right = right[:-1]
        row = {"group": str(group.get(str(rec.doc_id), "")), "doc_id": rec.doc_id, "start": rec.start,
               "end": rec.end, "left": ("... " if left_cut else "") + " ".join(left), "match": rec.text,
               "right": (" " if rec.end < len(text) and text[rec.end].isspace() else "") + " ".join(right)
               + (" ..." if right_cut else ""), "category": rec.category}
        if "in_quote" in columns:
            row["in_quote"] = rec.in_quote
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns).sort_values(["group", "doc_id", "start"], kind="mergesort")
    if max_rows is not None and len(out) > max_rows:
        # Round-robin over groups so every outlet is shown.
        out = out.assign(_k=out.groupby("group").cumcount()).sort_values(["_k", "group"], kind="mergesort")
        out = out.head(max_rows).drop(columns="_k").sort_values(["group", "doc_id", "start"], kind="mergesort")
    return out.reset_index(drop=True)


def kwic(result: Any, *, ax: Any = None, **filters: Any) -> Any:
    """Keyword-in-context view of lexicon matches, keywords aligned in one column.

    Parameters
    ----------
    result : Analysis
    ax : matplotlib Axes, optional
    **filters
        ``lexicon``, ``category``, ``term``, ``by``, ``width``, ``max_rows``
        as in :func:`kwic_table`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    rows = kwic_table(result, **filters)
    if not len(rows):
        raise ValueError(f"nothing to plot: no match for {filters or 'the analysis'}")
    width = int(filters.get("width", 45)) + 3
    plt = _plt()
    size = 8.0
    label_w = min(24, int(rows["group"].str.len().max() or 1))
    if ax is None:
        fig, ax = plt.subplots(figsize=(0.64 * size / 72 * (label_w + 2 * width + 24) + 0.5, 0.2 * len(rows) + 0.9))
    fig = ax.figure
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(len(rows), -1)
    quote_mark = "in_quote" in rows.columns
    for i, r in enumerate(rows.itertuples(index=False)):
        voice = ("Q " if bool(r.in_quote) else "  ") if quote_mark and pd.notna(r.in_quote) else ""
        label = r.group if len(r.group) <= label_w else r.group[: label_w - 3] + "..."
        prefix = f"{label:<{label_w}} {voice}{r.left[-width:]:>{width}} "
        # Two texts on the same character grid: the line with the keyword blanked, and the keyword alone
        # (after as many spaces), so the keyword lines up whatever the renderer's pixel snapping.
        ax.text(0, i, prefix + " " * len(r.match) + r.right[:width], family="monospace", fontsize=size,
                va="center", ha="left")
        ax.text(0, i, " " * len(prefix) + r.match, family="monospace", fontsize=size, va="center", ha="left",
                weight="bold", color="#0072B2")
    what = ", ".join(f"{k}={v}" for k, v in filters.items() if k in ("lexicon", "category", "term"))
    ax.set_title(f"Keyword in context{': ' + what if what else ''}" + ("  (Q = inside a quote)" if quote_mark else ""),
                 fontsize=10, loc="left")
    return fig
