"""Comparing outlets: rates with bootstrap intervals, tests on articles, corrected p-values.

The article is the unit of evidence (Lijffijt et al. 2016): a feature's value
for an outlet is the mean of its articles' values (each article weighs the
same), the 95% interval comes from resampling *articles*, and the tests
compare article-level values across outlets. Pooling words across articles
would treat 40 uses of "reprisal" in one article as 40 independent
observations and overstate significance.

Functions
---------
:func:`compare`
    One row per group x feature: mean, interval, share of articles with the
    feature, the across-group test and the group-vs-rest effect size.
:func:`compare_pairs`
    One row per pair of groups x feature: the pairwise follow-ups.

The voice split and sourcing profiles, which need quotes, are in
:mod:`framing.comparison.voice` and use the same machinery.

Which features are compared by default is a documented rule, not a list of
names: every numeric column of the article table whose name ends with one of
:data:`RATE_SUFFIXES` (``_per_1k`` rates per 1,000 words, ``_share``
proportions). New feature families that follow the naming are picked up
without changes here.
"""

from __future__ import annotations

import fnmatch
import itertools
import logging
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.comparison import _stats as _stats

__all__ = ["RATE_SUFFIXES", "compare", "compare_pairs", "select_features"]

logger = logging.getLogger(__name__)


def _warn(message: str) -> None:
    """Warn, attributing the warning to the first caller outside this package."""
    import sys

    frame, level = sys._getframe(0), 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith("framing."):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, UserWarning, stacklevel=level)

#: Numeric article columns with these endings are compared by default.
RATE_SUFFIXES: tuple[str, ...] = ("_per_1k", "_share")


_UNITS = {"_per_1k": "per 1,000 words", "_share": "share (0-1)"}
_ALL = "all"

COMPARE_COLUMNS = [
    "stratum", "group", "feature", "unit", "n_articles", "mean", "ci_low", "ci_high", "median",
    "share_with", "mean_per_sentence", "mean_rest", "cliffs_delta", "rate_ratio", "rr_ci_low",
    "rr_ci_high", "test", "statistic", "p_value", "p_adjusted", "correction", "note",
]
PAIR_COLUMNS = [
    "stratum", "feature", "unit", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
    "cliffs_delta", "rate_ratio", "rr_ci_low", "rr_ci_high", "test", "statistic", "p_value",
    "p_adjusted", "correction", "note",
]


# --------------------------------------------------------------------------- input checks


def _articles_of(result: Any) -> pd.DataFrame:
    if isinstance(result, pd.DataFrame):
        return result
    articles = getattr(result, "articles", None)
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"expected a framing.Analysis (from framing.analyze) or an article DataFrame, "
            f"got {type(result).__name__}"
        )
    return articles


def _numeric_columns(articles: pd.DataFrame) -> list[str]:
    return [
        c for c in articles.columns
        if pd.api.types.is_numeric_dtype(articles[c]) and not pd.api.types.is_bool_dtype(articles[c])
    ]


def select_features(articles: pd.DataFrame | Any, features: Sequence[str] | str | None = None) -> list[str]:
    """The feature columns to compare, by the documented rule or by name/pattern.

    Parameters
    ----------
    articles : pandas.DataFrame or Analysis
        The article table (``Analysis.articles``).
    features : str or sequence of str, optional
        Column names or shell-style patterns (``"hedges_*_per_1k"``). Default:
        every numeric column ending with one of :data:`RATE_SUFFIXES`.

    Returns
    -------
    list of str
        Column names in table order.

    Raises
    ------
    ValueError
        A name or pattern matches no numeric column (the message lists the
        available ones), or a named column is not numeric.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"], "n_words": [10], "hedges_per_1k": [1.0], "x_share": [0.5]})
    >>> select_features(t)
    ['hedges_per_1k', 'x_share']
    >>> select_features(t, "hedges_*")
    ['hedges_per_1k']
    """
    articles = _articles_of(articles)
    numeric = _numeric_columns(articles)
    if features is None:
        chosen = [c for c in numeric if c.endswith(RATE_SUFFIXES)]
        if not chosen:
            raise ValueError(
                f"no feature columns ending with {RATE_SUFFIXES} in the article table; "
                f"name them with features=[...]; numeric columns present: {numeric}"
            )
        return chosen
    if isinstance(features, str):
        features = [features]
    chosen: list[str] = []
    for name in features:
        if name in articles.columns:
            if name not in numeric:
                raise ValueError(
                    f"features: column {name!r} is not numeric (dtype {articles[name].dtype}); "
                    "expected article-level numbers such as rates per 1,000 words"
                )
            hits = [name]
        else:
            hits = [c for c in numeric if fnmatch.fnmatchcase(c, name)]
        if not hits:
            import difflib

            close = difflib.get_close_matches(name, numeric, n=3)
            hint = f" Did you mean {close}?" if close else ""
            raise ValueError(
                f"features: unknown feature {name!r}.{hint} Available numeric columns: {numeric}"
            )
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def _unit(feature: str) -> str:
    for suffix, unit in _UNITS.items():
        if feature.endswith(suffix):
            return unit
    return "value"


def _check_column(articles: pd.DataFrame, name: str, param: str) -> None:
    if name not in articles.columns:
        raise ValueError(
            f"{param}={name!r}: no such column in the article table; columns present: "
            f"{[c for c in articles.columns]}. Expected a metadata column such as 'outlet' or 'event'"
        )


def _prepare(
    articles: pd.DataFrame, *, by: str, within: str | None, features: list[str]
) -> pd.DataFrame:
    """Articles with ``_group``/``_stratum``/``_key`` columns, missing metadata dropped, in canonical order.

    The canonical order (stratum, group, doc_id) makes every resample and
    permutation a function of the *set* of articles, so results never depend
    on the order of the input.
    """
    _check_column(articles, by, "by")
    if within is not None:
        _check_column(articles, within, "within")
        if within == by:
            raise ValueError(f"within={within!r} is the same column as by=; expected a different column (e.g. 'event')")
    frame = articles.copy()
    if "doc_id" in frame.columns:
        keys = frame["doc_id"].astype(str)
    else:
        keys = pd.Series(frame.index.astype(str), index=frame.index)
    missing = frame[by].isna()
    if within is not None:
        missing |= frame[within].isna()
    if missing.any():
        cols = by if within is None else f"{by}/{within}"
        examples = keys[missing].tolist()[:5]
        _warn(
            f"{int(missing.sum())} article(s) have no {cols} (missing value) and are left out of the "
            f"comparison: {examples}{' ...' if missing.sum() > 5 else ''}")
    frame = frame.loc[~missing]
    frame["_group"] = frame[by].astype(str)
    frame["_stratum"] = frame[within].astype(str) if within is not None else _ALL
    frame["_key"] = keys[~missing]
    frame = frame.sort_values(["_stratum", "_group", "_key"], kind="mergesort").reset_index(drop=True)
    if not len(frame):
        raise ValueError(f"by={by!r}: every article has a missing value; expected group labels (e.g. outlet names)")
    if frame["_group"].nunique() < 2:
        groups = frame["_group"].unique().tolist()
        raise ValueError(
            f"by={by!r}: only one group {groups} among {len(frame)} article(s); nothing to compare. "
            "Expected at least 2 groups (e.g. outlets)"
        )
    if within is not None:
        n_groups = frame.groupby("_stratum")["_group"].nunique()
        if (n_groups < 2).all():
            raise ValueError(
                f"within={within!r}: no {within} has articles from 2 or more {by} groups; nothing to "
                f"compare inside a {within}. Compare without within= or check the metadata"
            )
        single = n_groups.index[n_groups < 2].tolist()
        if single:
            _warn(
                f"{len(single)} {within}(s) have a single {by} and get no test: {single[:5]}"
                f"{' ...' if len(single) > 5 else ''}")
    values = frame[features].to_numpy(dtype=np.float64)
    missing_values = np.isnan(values)
    if missing_values.any():
        rows = missing_values.any(axis=1)
        cols = [f for f, m in zip(features, missing_values.any(axis=0)) if m]
        keys = frame.loc[rows, "_key"].tolist()
        _warn(
            f"{int(rows.sum())} article(s) have no value (NaN) for some features (an undefined rate or share, "
            f"e.g. an article without words); they are left out of those features only: {keys[:5]}"
            f"{' ...' if len(keys) > 5 else ''}; features: {cols[:8]}{' ...' if len(cols) > 8 else ''}")
    zero = [f for f, any_value in zip(features, np.nan_to_num(values).any(axis=0)) if not any_value]
    if zero:
        _warn(f"{len(zero)} feature(s) are zero in every article, so there is nothing to test: {zero}")
    return frame


def _warn_small_groups(frame: pd.DataFrame, *, by: str, within: str | None, min_articles: int) -> None:
    sizes = frame.groupby(["_stratum", "_group"]).size()
    small = sizes[sizes < min_articles]
    if len(small):
        shown = ", ".join(
            (f"{g!r}" if within is None else f"{g!r} in {s!r}") + f" ({n} article{'s' if n != 1 else ''})"
            for (s, g), n in list(small.items())[:8]
        )
        _warn(
            f"{len(small)} {by} group(s) have fewer than {min_articles} articles: no confidence interval "
            f"(NaN) and left out of the tests: {shown}{' ...' if len(small) > 8 else ''}")


def _check_options(test: str, correction: str, n_boot: int, level: float, min_articles: int) -> None:
    if test not in ("kruskal", "permutation"):
        raise ValueError(f"test: expected 'kruskal' or 'permutation', got {test!r}")
    if correction not in _stats.CORRECTIONS:
        raise ValueError(f"correction: expected one of {_stats.CORRECTIONS}, got {correction!r}")
    if n_boot < 100:
        raise ValueError(f"n_boot: expected at least 100 resamples, got {n_boot}")
    if not 0 < level < 1:
        raise ValueError(f"level: expected a confidence level between 0 and 1, got {level}")
    if min_articles < 2:
        raise ValueError(f"min_articles: expected at least 2 (an interval needs 2 articles), got {min_articles}")


def _per_sentence(frame: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Article-level counts per sentence for rate features whose ``_n`` count column exists."""
    out = np.full((len(frame), len(features)), np.nan)
    if "n_sentences" not in frame.columns:
        return out
    n_sent = frame["n_sentences"].to_numpy(dtype=np.float64)
    for j, f in enumerate(features):
        count = f[: -len("_per_1k")] + "_n" if f.endswith("_per_1k") else None
        if count and count in frame.columns:
            counts = frame[count].to_numpy(dtype=np.float64)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[:, j] = np.where(n_sent > 0, counts / np.where(n_sent > 0, n_sent, 1), np.nan)
    return out


# --------------------------------------------------------------------------- core


def _core(
    frame: pd.DataFrame,
    features: list[str],
    *,
    test: str,
    correction: str,
    n_boot: int,
    n_permutations: int,
    level: float,
    min_articles: int,
    random_state: int | None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The group table and the pair table for prepared articles."""
    rng = np.random.default_rng(random_state)
    X_all = frame[features].to_numpy(dtype=np.float64)
    S_all = _per_sentence(frame, features)
    nonneg = ~(np.nan_to_num(X_all) < 0).any(axis=0)
    rows: list[dict[str, Any]] = []
    pair_rows: list[dict[str, Any]] = []
    for stratum, sub in frame.groupby("_stratum", sort=True):
        pos = sub.index.to_numpy()
        X, S = X_all[pos], S_all[pos]
        labels = sub["_group"].to_numpy()
        groups = sorted(set(labels))
        valid = ~np.isnan(X)
        draws: dict[str, np.ndarray | None] = {}
        # The across-group test, one per feature, on groups with enough articles.
        tests = []
        for j in range(len(features)):
            vals = [X[(labels == g) & valid[:, j], j] for g in groups]
            vals = [v for v in vals if len(v) >= min_articles]
            stat, p, note = _stats.group_test(vals, method=test, n_permutations=n_permutations, rng=rng)
            if len(groups) < 2:
                note = "only one group in this stratum: no test"
            tests.append((stat, p, note))
        for g in groups:
            in_g = labels == g
            xg, xr = X[in_g], X[~in_g]
            n_g = valid[in_g].sum(axis=0)
            mean = _stats.nanmean_cols(xg)
            mean_rest = _stats.nanmean_cols(xr)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                median = np.nanmedian(xg, axis=0) if len(xg) else np.full(len(features), np.nan)
            share = _stats.nanmean_cols(np.where(np.isnan(xg), np.nan, (xg > 0).astype(np.float64)))
            per_sent = _stats.nanmean_cols(S[in_g])
            ci_low = ci_high = rr_low = rr_high = np.full(len(features), np.nan)
            draws[g] = None
            if in_g.sum() >= min_articles:
                d = _stats.bootstrap_means(xg, _stats.bootstrap_weights(int(in_g.sum()), n_boot, rng))
                draws[g] = d
                ci_low, ci_high = _stats.percentile_ci(d, level)
                if (~in_g).sum() >= min_articles:
                    dr = _stats.bootstrap_means(xr, _stats.bootstrap_weights(int((~in_g).sum()), n_boot, rng))
                    with np.errstate(invalid="ignore", divide="ignore"):
                        rr_low, rr_high = _stats.percentile_ci(d / dr, level)
            delta = _stats.cliffs_delta(xg, xr) if len(xr) else np.full(len(features), np.nan)
            for j, f in enumerate(features):
                notes = []
                if n_g[j] < min_articles:
                    notes.append(f"{int(n_g[j])} article(s): no interval")
                rr = np.nan
                if not nonneg[j]:
                    notes.append("negative values: no rate ratio")
                elif mean_rest[j] > 0:
                    rr = mean[j] / mean_rest[j]
                elif len(xr):
                    notes.append("rest mean is 0: no rate ratio")
                if np.isnan(ci_low[j]) and n_g[j] >= min_articles:
                    notes.append("interval undefined")
                stat, p, tnote = tests[j]
                if tnote:
                    notes.append(tnote)
                rows.append({
                    "stratum": stratum, "group": g, "feature": f, "unit": _unit(f),
                    "n_articles": int(n_g[j]), "mean": mean[j], "ci_low": ci_low[j], "ci_high": ci_high[j],
                    "median": median[j], "share_with": share[j], "mean_per_sentence": per_sent[j],
                    "mean_rest": mean_rest[j], "cliffs_delta": delta[j], "rate_ratio": rr,
                    "rr_ci_low": rr_low[j] if nonneg[j] and n_g[j] >= min_articles else np.nan,
                    "rr_ci_high": rr_high[j] if nonneg[j] and n_g[j] >= min_articles else np.nan,
                    "test": _test_name(test, len(groups)), "statistic": stat, "p_value": p,
                    "correction": correction, "note": "; ".join(notes),
                })
        pair_rows.extend(_pairs(X, labels, groups, draws, features, nonneg, stratum=stratum, test=test,
                                n_permutations=n_permutations, level=level, min_articles=min_articles,
                                correction=correction, rng=rng))
    table = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    table["p_adjusted"] = _adjust_unique(table, ["stratum", "feature"], correction)
    pairs = pd.DataFrame(pair_rows, columns=PAIR_COLUMNS)
    pairs["p_adjusted"] = _stats.adjust_pvalues(pairs["p_value"].to_numpy(dtype=np.float64), correction)
    return table, pairs


def _test_name(test: str, n_groups: int) -> str:
    if test == "permutation":
        return "permutation (rank H)"
    return "mann-whitney" if n_groups == 2 else "kruskal-wallis"


def _adjust_unique(table: pd.DataFrame, keys: list[str], correction: str) -> np.ndarray:
    """Correct each distinct test once (a feature's test is repeated on every group row)."""
    if not len(table):
        return np.zeros(0)
    first = table.drop_duplicates(keys)
    adjusted = pd.Series(_stats.adjust_pvalues(first["p_value"].to_numpy(dtype=np.float64), correction),
                         index=pd.MultiIndex.from_frame(first[keys]))
    return adjusted.reindex(pd.MultiIndex.from_frame(table[keys])).to_numpy()


def _pairs(
    X: np.ndarray, labels: np.ndarray, groups: list[str], draws: dict[str, np.ndarray | None],
    features: list[str], nonneg: np.ndarray, *, stratum: str, test: str, n_permutations: int,
    level: float, min_articles: int, correction: str, rng: np.random.Generator,
) -> list[dict[str, Any]]:
    rows = []
    valid = ~np.isnan(X)
    for a, b in itertools.combinations(groups, 2):
        xa, xb = X[labels == a], X[labels == b]
        delta = _stats.cliffs_delta(xa, xb)
        ma, mb = _stats.nanmean_cols(xa), _stats.nanmean_cols(xb)
        rr_low = rr_high = np.full(len(features), np.nan)
        if draws.get(a) is not None and draws.get(b) is not None:
            with np.errstate(invalid="ignore", divide="ignore"):
                rr_low, rr_high = _stats.percentile_ci(draws[a] / draws[b], level)
        for j, f in enumerate(features):
            va, vb = xa[valid[labels == a, j], j], xb[valid[labels == b, j], j]
            notes = []
            if min(len(va), len(vb)) < min_articles:
                stat, p = np.nan, np.nan
                notes.append(f"fewer than {min_articles} articles on a side: no test")
            else:
                stat, p, note = _stats.group_test([va, vb], method=test, n_permutations=n_permutations, rng=rng)
                if note:
                    notes.append(note)
            rr = ma[j] / mb[j] if nonneg[j] and mb[j] > 0 else np.nan
            rows.append({
                "stratum": stratum, "feature": f, "unit": _unit(f), "group_a": a, "group_b": b,
                "n_a": len(va), "n_b": len(vb), "mean_a": ma[j], "mean_b": mb[j], "difference": ma[j] - mb[j],
                "cliffs_delta": delta[j], "rate_ratio": rr,
                "rr_ci_low": rr_low[j] if nonneg[j] else np.nan, "rr_ci_high": rr_high[j] if nonneg[j] else np.nan,
                "test": "permutation (rank H)" if test == "permutation" else "mann-whitney",
                "statistic": stat, "p_value": p, "correction": correction, "note": "; ".join(notes),
            })
    return rows


def _run(
    result: Any, *, by: str, features: Sequence[str] | str | None, within: str | None, test: str,
    correction: str, n_boot: int, n_permutations: int, level: float, min_articles: int,
    random_state: int | None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    _check_options(test, correction, n_boot, level, min_articles)
    articles = _articles_of(result)
    feats = select_features(articles, features)
    frame = _prepare(articles, by=by, within=within, features=feats)
    _warn_small_groups(frame, by=by, within=within, min_articles=min_articles)
    table, pairs = _core(frame, feats, test=test, correction=correction, n_boot=n_boot,
                         n_permutations=n_permutations, level=level, min_articles=min_articles,
                         random_state=random_state)
    for t in (table, pairs):
        t.attrs.update(by=by, within=within)  # plot labels
    return table, pairs


def compare(
    result: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | str | None = None,
    within: str | None = None,
    test: str = "kruskal",
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    level: float = 0.95,
    min_articles: int = 2,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Compare groups of articles (outlets) feature by feature, with the article as the unit.

    Parameters
    ----------
    result : Analysis or pandas.DataFrame
        What :func:`framing.analyze` returned, or any article table with one
        row per article (a ``doc_id`` column makes the results independent of
        row order).
    by : str, default "outlet"
        Column defining the groups.
    features : str or sequence of str, optional
        Column names or patterns (``"loaded_*_per_1k"``); default: the rule of
        :func:`select_features` (numeric columns ending ``_per_1k`` or ``_share``).
    within : str, optional
        Compare groups inside each value of this column, e.g. ``"event"``:
        outlets are then compared on the same story only. Default: one
        stratum, ``"all"``.
    test : {"kruskal", "permutation"}, default "kruskal"
        Across-group test on article-level values: Kruskal-Wallis (Mann-Whitney
        U for two groups), or a permutation test of the same rank statistic
        (better for small groups).
    correction : {"holm", "bh"}, default "holm"
        Multiple-comparison correction over every test in the table (all
        features and strata): Holm (family-wise error) or Benjamini-Hochberg
        (false discovery rate). Named in the ``correction`` column.
    n_boot : int, default 2000
        Bootstrap resamples of articles for the intervals.
    n_permutations : int, default 999
        Relabellings for ``test="permutation"``.
    level : float, default 0.95
        Confidence level of the intervals.
    min_articles : int, default 2
        Groups with fewer articles get no interval (NaN), are left out of the
        tests, and a warning names them.
    random_state : int or None, default 0
        Seed of the resampling; the same seed gives the same table.

    Returns
    -------
    pandas.DataFrame
        One row per stratum x group x feature, columns:

        - ``stratum``: the `within` value, or ``"all"``;
        - ``group``: the `by` value (as text); ``feature``; ``unit``
          (``"per 1,000 words"``, ``"share (0-1)"`` or ``"value"``);
        - ``n_articles``: articles with a value for the feature;
        - ``mean``: mean of the articles' values (for ``_per_1k`` features,
          the mean rate per 1,000 words, each article weighing the same);
          ``ci_low``, ``ci_high``: percentile bootstrap interval resampling
          articles; ``median``;
        - ``share_with``: share of articles whose value is above 0 (that use
          the feature at all);
        - ``mean_per_sentence``: mean matches per sentence, for ``_per_1k``
          features whose ``_n`` count column exists (else NaN);
        - ``mean_rest``: mean of the other groups' articles (same stratum);
        - ``cliffs_delta``: effect size of this group against the rest, from
          -1 to 1 (P(group > rest) - P(group < rest), articles as units);
        - ``rate_ratio``, ``rr_ci_low``, ``rr_ci_high``: ``mean / mean_rest``
          with a bootstrap interval (NaN for features with negative values);
        - ``test``, ``statistic``, ``p_value``: the across-group test of the
          feature in the stratum (repeated on each group's row);
          ``p_adjusted``, ``correction``: corrected p-value and method;
        - ``note``: why a value is missing (too few articles, no variation...).

    Raises
    ------
    ValueError
        `by`/`within` name a missing column, a feature is unknown or not
        numeric, there is a single group, or an option is out of range.

    Warns
    -----
    UserWarning
        Groups with fewer than `min_articles` articles, articles with a
        missing `by`/`within` value (left out), features that are zero
        everywhere or missing in some articles.

    See Also
    --------
    compare_pairs : the pairwise follow-ups.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("AAABBB"),
    ...                   "hedges_per_1k": [1.0, 2.0, 3.0, 7.0, 8.0, 9.0]})
    >>> table = compare(t, n_boot=200)
    >>> table[["group", "n_articles", "mean", "cliffs_delta", "test", "correction"]]
      group  n_articles  mean  cliffs_delta          test correction
    0     A           3   2.0          -1.0  mann-whitney       holm
    1     B           3   8.0           1.0  mann-whitney       holm
    """
    table, _ = _run(result, by=by, features=features, within=within, test=test, correction=correction,
                    n_boot=n_boot, n_permutations=n_permutations, level=level, min_articles=min_articles,
                    random_state=random_state)
    return table


def compare_pairs(
    result: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | str | None = None,
    within: str | None = None,
    test: str = "kruskal",
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    level: float = 0.95,
    min_articles: int = 2,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Pairwise follow-ups: every pair of groups, feature by feature.

    Parameters are those of :func:`compare`. With ``test="kruskal"`` each pair
    gets a two-sided Mann-Whitney U test on article-level values; with
    ``"permutation"`` a permutation test of the rank statistic. The
    correction runs over every pairwise test in the table.

    Returns
    -------
    pandas.DataFrame
        One row per stratum x feature x pair (``group_a`` < ``group_b``):
        ``stratum, feature, unit, group_a, group_b, n_a, n_b, mean_a, mean_b,
        difference`` (``mean_a - mean_b``), ``cliffs_delta`` (a against b),
        ``rate_ratio`` (``mean_a / mean_b``), ``rr_ci_low, rr_ci_high``
        (bootstrap), ``test, statistic, p_value, p_adjusted, correction, note``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("AABBCC"),
    ...                   "hedges_per_1k": [1.0, 2.0, 5.0, 6.0, 1.5, 2.5]})
    >>> pairs = compare_pairs(t, n_boot=200)
    >>> pairs[["group_a", "group_b", "difference", "cliffs_delta"]]
      group_a group_b  difference  cliffs_delta
    0       A       B        -4.0          -1.0
    1       A       C        -0.5          -0.5
    2       B       C         3.5           1.0
    """
    _, pairs = _run(result, by=by, features=features, within=within, test=test, correction=correction,
                    n_boot=n_boot, n_permutations=n_permutations, level=level, min_articles=min_articles,
                    random_state=random_state)
    return pairs
