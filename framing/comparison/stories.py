"""Outlets compared on the same stories: one test inside the strata, and what an unstratified comparison mixes.

:func:`compare_within` answers "do outlets differ *within* stories?" with one
test per feature (outlet labels permuted inside each story) and a paired
effect size per outlet (its mean within-story difference from the other
outlets covering the same story, with a bootstrap over stories), where
``compare(..., within=...)`` gives one table per story and, with hundreds of
stories, nothing that survives correction. :func:`mix` shows what
``compare`` without ``within=`` does not control: each group's share of
topics or of periods.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

import framing.comparison._stats as _stats
from framing.comparison._prepare import (
    _articles_of,
    _parse_dates,
    _check_column,
    _check_options,
    _grouped,
    _prepare,
    _unit,
    _warn,
    select_features,
)

__all__ = ["compare_within", "mix"]

WITHIN_COLUMNS = [
    "feature", "unit", "group", "n_stories", "n_articles", "mean_difference", "ci_low", "ci_high",
    "test", "statistic", "p_value", "p_adjusted", "correction", "n_stories_used", "n_stories_single",
    "n_articles_used", "note",
]
_TEST = "within-story permutation (rank)"


def _centred_ranks(x: np.ndarray, story: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Ranks inside each story, centred and scaled to (-0.5, 0.5): each story weighs by its articles only.

    NaN stays NaN (left out of its story's ranking).
    """
    from scipy import stats

    out = np.full(len(x), np.nan)
    bounds = np.append(starts, len(x))
    for a, b in zip(bounds[:-1], bounds[1:]):
        v = ~np.isnan(x[a:b])
        n = int(v.sum())
        if n:
            out[a:b][v] = (stats.rankdata(x[a:b][v]) - (n + 1) / 2.0) / (n + 1)
    return out


def _statistic(onehot: Any, scores: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Per feature: sum over groups of (sum of scores)^2 / count, a stratified Kruskal-Wallis-like statistic."""
    sums = np.asarray(onehot @ scores)
    counts = np.asarray(onehot @ valid)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums**2 / np.where(counts > 0, counts, 1), 0.0).sum(axis=0)


def compare_within(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    within: str = "event",
    features: Sequence[str] | str | None = None,
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    level: float = 0.95,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """One answer to "do outlets differ within stories?": a stratified permutation test and paired effects.

    Only stories covered by two or more groups carry information about group
    differences; the others are counted (``n_stories_single``) and left out,
    with a warning. For each feature:

    - the **test** ranks articles inside each story (ranks centred and scaled
      by the story's size) and sums each group's ranks over stories; the
      statistic ``sum_g S_g^2 / n_g`` is compared with `n_permutations`
      relabellings that permute the group labels *inside each story* (so
      story effects, topic and time cannot create a difference), p-value
      ``(1 + #{T* >= T}) / (1 + n_permutations)``;
    - the **effect** of each group is its mean within-story difference: in
      every story it shares with another group, the mean of its articles
      minus the mean of the other groups' articles, averaged over those
      stories (each story weighs the same), with a percentile interval from
      resampling *stories*.

    Parameters
    ----------
    result : Analysis or pandas.DataFrame
        As in :func:`framing.compare`.
    by : str or sequence of str, default "outlet"
        The groups; several columns are combined as in :func:`framing.compare`.
    within : str, default "event"
        The story column, e.g. the ``event`` of :func:`framing.match_events`
        joined onto the article table.
    features : str or sequence of str, optional
        As in :func:`framing.compare`.
    correction : {"holm", "bh"}, default "holm"
        Over the features' tests.
    n_boot, n_permutations, level, random_state
        Resamples of stories, relabellings, interval level, seed.

    Returns
    -------
    pandas.DataFrame
        One row per feature x group: ``feature, unit, group``,
        ``n_stories`` (stories of the group with another group),
        ``n_articles`` (its articles in them), ``mean_difference, ci_low,
        ci_high``, and the feature's test repeated on its rows: ``test,
        statistic, p_value, p_adjusted, correction``, ``n_stories_used``,
        ``n_stories_single`` (left out: one group only), ``n_articles_used``;
        ``note``.

    Raises
    ------
    ValueError
        A column is missing, no story has two groups, or an option is out of range.

    Examples
    --------
    >>> import pandas as pd, warnings
    >>> t = pd.DataFrame({"doc_id": [f"d{i}" for i in range(8)], "outlet": list("ABABABAB"),
    ...                   "event": [0, 0, 1, 1, 2, 2, 3, 3], "hedges_per_1k": [2., 1, 5, 4, 9, 8, 3, 2]})
    >>> w = compare_within(t, n_boot=200, n_permutations=99)
    >>> w[["group", "n_stories", "mean_difference", "n_stories_used"]]
      group  n_stories  mean_difference  n_stories_used
    0     A          4              1.0               4
    1     B          4             -1.0               4
    """
    _check_options("permutation", correction, n_boot, level, 2)
    if n_permutations < 19:
        raise ValueError(f"n_permutations: expected at least 19 relabellings, got {n_permutations}")
    from scipy import sparse

    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    articles = _articles_of(result)
    if within is None:
        raise ValueError("within: expected a story column (e.g. 'event' from framing.match_events), got None")
    feats = select_features(articles, features)
    with warnings.catch_warnings():  # single-outlet stories are reported below, with what happens to them
        warnings.filterwarnings("ignore", message=r".* have a single .* and get no test")
        frame = _prepare(articles, by=by, within=within, features=feats)
    n_groups_in = frame.groupby("_stratum")["_group"].transform("nunique").to_numpy()
    single = frame.loc[n_groups_in < 2, "_stratum"].nunique()
    if single:
        _warn(f"{single} {within}(s) are covered by a single {by} and carry no information about {by} "
              f"differences: left out of compare_within ({int((n_groups_in < 2).sum())} article(s))")
    frame = frame.loc[n_groups_in >= 2].reset_index(drop=True)
    story_names, story_starts, story = np.unique(frame["_stratum"].to_numpy(), return_index=True,
                                                 return_inverse=True)
    groups, codes = np.unique(frame["_group"].to_numpy(), return_inverse=True)
    n, n_stories, n_groups = len(frame), len(story_names), len(groups)
    X = frame[feats].to_numpy(dtype=np.float64)
    valid = ~np.isnan(X)
    scores = np.column_stack([_centred_ranks(X[:, j], story, story_starts) for j in range(len(feats))])
    scores0 = np.where(valid, scores, 0.0)
    validf = valid.astype(np.float64)
    rng = np.random.default_rng(random_state)

    def onehot(labels: np.ndarray) -> Any:
        return sparse.csr_matrix((np.ones(n), (labels, np.arange(n))), shape=(n_groups, n))

    observed = _statistic(onehot(codes), scores0, validf)
    exceed = np.zeros(len(feats))
    for _ in range(n_permutations):  # rows are sorted by story: lexsort shuffles labels inside each story
        order = np.lexsort((rng.random(n), story))
        exceed += _statistic(onehot(codes[order]), scores0, validf) >= observed - 1e-12
    varies = np.array([np.nanstd(scores[:, j]) > 0 for j in range(len(feats))]) if n else np.zeros(0, bool)
    p = np.where(varies, (1.0 + exceed) / (1.0 + n_permutations), np.nan)
    stat = np.where(varies, observed, np.nan)
    p_adj = _stats.adjust_pvalues(p, correction)

    # Paired effects: story x group means and the mean of the rest of the story, per feature.
    cell = story * n_groups + codes
    rows = []
    weights = _stats.bootstrap_weights(n_stories, n_boot, rng)
    for j, f in enumerate(feats):
        sums = np.bincount(cell, weights=np.where(valid[:, j], X[:, j], 0.0), minlength=n_stories * n_groups)
        cnt = np.bincount(cell, weights=validf[:, j], minlength=n_stories * n_groups)
        sums, cnt = sums.reshape(n_stories, n_groups), cnt.reshape(n_stories, n_groups)
        rest_n = cnt.sum(axis=1, keepdims=True) - cnt
        with np.errstate(invalid="ignore", divide="ignore"):
            diff = sums / cnt - (sums.sum(axis=1, keepdims=True) - sums) / rest_n
        has = (cnt > 0) & (rest_n > 0)
        D = sparse.csr_matrix(np.where(has, diff, 0.0))
        H = sparse.csr_matrix(has.astype(np.float64))
        n_st = np.asarray(H.sum(axis=0)).ravel()
        with np.errstate(invalid="ignore", divide="ignore"):
            point = np.asarray(D.sum(axis=0)).ravel() / n_st
            draws = np.asarray((D.T @ weights.T).T) / np.asarray((H.T @ weights.T).T)
        low, high = _stats.percentile_ci(draws, level)
        n_art = np.bincount(codes, weights=validf[:, j] * has[story, codes], minlength=n_groups)
        for g in range(n_groups):
            note = "" if n_st[g] >= 2 else f"{int(n_st[g])} shared {within}(s): no interval"
            if not varies[j]:
                note = "; ".join(filter(None, [note, "same rank everywhere: no test"]))
            rows.append({
                "feature": f, "unit": _unit(f), "group": groups[g], "n_stories": int(n_st[g]),
                "n_articles": int(n_art[g]), "mean_difference": point[g],
                "ci_low": low[g] if n_st[g] >= 2 else np.nan, "ci_high": high[g] if n_st[g] >= 2 else np.nan,
                "test": _TEST, "statistic": stat[j], "p_value": p[j], "p_adjusted": p_adj[j],
                "correction": correction, "n_stories_used": n_stories, "n_stories_single": int(single),
                "n_articles_used": int(valid[:, j].sum()), "note": note,
            })
    table = pd.DataFrame(rows, columns=WITHIN_COLUMNS)
    table.attrs.update(by=by, within=within, n_stories_single=int(single))
    return table


def mix(result: Any, *, by: str | Sequence[str] = "outlet", of: str = "topic", freq: str = "Y") -> pd.DataFrame:
    """Each group's share of topics (or of periods): what a comparison without ``within=`` mixes.

    Parameters
    ----------
    result : Analysis or pandas.DataFrame
        The article table (``Analysis.articles``).
    by : str or sequence of str, default "outlet"
        The groups; several columns are combined as in :func:`framing.compare`.
    of : str, default "topic"
        A metadata column; a date column (or a column named ``date``) is
        binned into periods of `freq`.
    freq : str, default "Y"
        Period for dates (pandas period alias: ``"Y"``, ``"Q"``, ``"M"``).

    Returns
    -------
    pandas.DataFrame
        ``group, value, n_articles, share`` (of the group's articles with a
        value); missing values appear as ``"(missing)"``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": list("AAAB"), "topic": ["x", "x", "y", "y"]})
    >>> mix(t)
      group value  n_articles     share
    0     A     x           2  0.666667
    1     A     y           1  0.333333
    2     B     y           1  1.000000
    """
    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    articles = _articles_of(result)
    _check_column(articles, by, "by")
    _check_column(articles, of, "of")
    values = articles[of]
    if of == "date" or pd.api.types.is_datetime64_any_dtype(values):
        parsed = _parse_dates(values)
        bad = parsed.isna() & values.notna()
        if bad.any():
            _warn(f"of={of!r}: {int(bad.sum())} value(s) are not dates and count as missing, e.g. "
                  f"{values[bad].astype(str).tolist()[:3]}")
        values = parsed.dt.tz_localize(None).dt.to_period(freq).astype(str).where(parsed.notna())
    frame = pd.DataFrame({"group": articles[by].astype(str),
                          "value": values.astype("string").fillna("(missing)").astype(str)})
    frame = frame.loc[articles[by].notna().to_numpy()]
    out = frame.groupby(["group", "value"]).size().rename("n_articles").reset_index()
    out["share"] = out["n_articles"] / out.groupby("group")["n_articles"].transform("sum")
    return out
