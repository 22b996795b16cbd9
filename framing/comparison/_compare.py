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
    One row per pair of the groups asked for (or the largest ones) x feature.

Everything scales with the number of articles, not with the number of
groups squared: group means and counts are sums over contiguous rows, every
rank statistic (the across-group test, each group's effect size against the
rest) comes from one ranking per feature, and the bootstrap resamples each
group's articles once (a matrix product per group). Hundreds of outlets take
seconds. Input checks and feature selection are in
:mod:`framing.comparison._prepare`.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

import framing.comparison._stats as _stats
from framing.comparison._groups import _bootstrap, _rng, _Stratum
from framing.comparison._prepare import (  # noqa: F401 (re-exported for voice, distinctive, output)
    RATE_SUFFIXES,
    _articles_of,
    _check_column,
    _check_options,
    _per_sentence,
    _grouped,
    _prepare,
    _unit,
    _warn,
    _warn_small_groups,
    select_features,
)

__all__ = ["RATE_SUFFIXES", "compare", "compare_pairs", "select_features"]

logger = logging.getLogger(__name__)

COMPARE_COLUMNS = [
    "stratum", "group", "feature", "unit", "n_articles", "mean", "ci_low", "ci_high", "median",
    "share_with", "mean_per_sentence", "mean_rest", "cliffs_delta", "rate_ratio", "rr_ci_low",
    "rr_ci_high", "test", "statistic", "p_value", "p_adjusted", "correction", "note",
]
PAIR_COLUMNS = [
    "stratum", "feature", "unit", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
    "cliffs_delta", "rate_ratio", "rr_ci_low", "rr_ci_high", "test", "statistic", "p_value",
    "p_adjusted", "correction", "n_tests", "note",
]
#: Default number of groups (largest first) whose pairs :func:`compare_pairs` tests.
TOP_PAIRS = 10


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


def _group_rows(
    st: _Stratum, features: list[str], nonneg: np.ndarray, *, stratum: str, test: str, correction: str,
    n_boot: int, n_permutations: int, level: float, min_articles: int, entropy: int, si: int,
) -> dict[str, np.ndarray]:
    """The compare table of one stratum (group x feature) as columns, every statistic vectorised over groups."""
    n_groups, n_feat = len(st.groups), len(features)
    rng = _rng(entropy, si, 2**31 - 1)
    n_g = st.sums(st.valid.astype(np.int64))
    sums = st.sums(st.X0)
    n_tot, s_tot = n_g.sum(axis=0), sums.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(n_g > 0, sums / np.maximum(n_g, 1), np.nan)
        mean_rest = np.where(n_tot - n_g > 0, (s_tot - sums) / np.maximum(n_tot - n_g, 1), np.nan)
        share = np.where(n_g > 0, st.sums((st.X0 > 0).astype(np.float64)) / np.maximum(n_g, 1), np.nan)
        s_valid = ~np.isnan(st.S)
        n_s = st.sums(s_valid.astype(np.int64))
        per_sent = np.where(n_s > 0, st.sums(np.where(s_valid, st.S, 0.0)) / np.maximum(n_s, 1), np.nan)
    with warnings.catch_warnings():  # an all-NaN column of a group: NaN, said in the note
        warnings.simplefilter("ignore", RuntimeWarning)
        median = np.array([np.nanmedian(st.X[st.block(g)], axis=0) for g in range(n_groups)]).reshape(
            n_groups, n_feat)
    delta = np.full((n_groups, n_feat), np.nan)
    stat = np.full(n_feat, np.nan)
    pval = np.full(n_feat, np.nan)
    tnote = [""] * n_feat
    for j in range(n_feat):
        v = st.valid[:, j]
        delta[:, j] = _stats.delta_vs_rest(st.X[v, j], st.codes[v], n_groups)
        inc = v & (n_g[st.codes, j] >= min_articles)
        if test == "permutation":
            stat[j], pval[j], tnote[j] = _stats.permutation_codes(
                st.X[inc, j], st.codes[inc], n_groups, n_permutations=n_permutations, rng=rng)
        else:
            stat[j], pval[j], tnote[j] = _stats.kruskal_codes(st.X[inc, j], st.codes[inc], n_groups)
        if n_groups < 2:
            tnote[j] = "only one group in this stratum: no test"
    ci_low, ci_high, rr_low, rr_high = _bootstrap(
        st, n_boot=n_boot, level=level, min_articles=min_articles, entropy=entropy, si=si)
    few = n_g < min_articles
    ci_low[few] = ci_high[few] = np.nan
    rr_low[few | ~nonneg] = rr_high[few | ~nonneg] = np.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(nonneg & (mean_rest > 0), mean / np.where(mean_rest > 0, mean_rest, 1.0), np.nan)
    rest_exists = (len(st.X) - st.sizes)[:, None] > 0
    notes = np.empty((n_groups, n_feat), dtype=object)
    for g in range(n_groups):
        for j in range(n_feat):
            parts = []
            if few[g, j]:
                parts.append(f"{int(n_g[g, j])} article(s): no interval")
            if not nonneg[j]:
                parts.append("negative values: no rate ratio")
            elif not mean_rest[g, j] > 0 and rest_exists[g, 0]:
                parts.append("rest mean is 0: no rate ratio")
            if np.isnan(ci_low[g, j]) and not few[g, j]:
                parts.append("interval undefined")
            if tnote[j]:
                parts.append(tnote[j])
            notes[g, j] = "; ".join(parts)
    n_rows = n_groups * n_feat
    return {  # plain arrays: one DataFrame is built for all strata at the end (thousands of strata)
        "stratum": np.full(n_rows, stratum, dtype=object), "group": np.repeat(st.groups, n_feat),
        "feature": np.tile(np.array(features, dtype=object), n_groups),
        "unit": np.tile([_unit(f) for f in features], n_groups), "n_articles": n_g.ravel(),
        "mean": mean.ravel(), "ci_low": ci_low.ravel(), "ci_high": ci_high.ravel(), "median": median.ravel(),
        "share_with": share.ravel(), "mean_per_sentence": per_sent.ravel(), "mean_rest": mean_rest.ravel(),
        "cliffs_delta": delta.ravel(), "rate_ratio": ratio.ravel(), "rr_ci_low": rr_low.ravel(),
        "rr_ci_high": rr_high.ravel(), "test": np.full(n_rows, _test_name(test, n_groups), dtype=object),
        "statistic": np.tile(stat, n_groups), "p_value": np.tile(pval, n_groups),
        "p_adjusted": np.full(n_rows, np.nan), "correction": np.full(n_rows, correction, dtype=object),
        "note": notes.ravel(),
    }


def _pair_rows(
    st: _Stratum, chosen: list[str], features: list[str], nonneg: np.ndarray, *, stratum: str, test: str,
    correction: str, n_boot: int, n_permutations: int, level: float, min_articles: int, entropy: int, si: int,
) -> list[dict[str, Any]]:
    """Pairwise follow-ups among the `chosen` groups present in this stratum."""
    index = {g: i for i, g in enumerate(st.groups)}
    present = [index[g] for g in sorted(chosen) if g in index]
    if len(present) < 2:
        return []
    draws = {}
    for g in present:  # the same resamples as the group's interval in compare (same generator)
        if st.sizes[g] >= min_articles:
            w = _stats.bootstrap_weights(int(st.sizes[g]), n_boot, _rng(entropy, si, g))
            draws[g] = _stats.bootstrap_means(st.X[st.block(g)], w)
    rng = _rng(entropy, si, 2**31 - 2)
    rows = []
    for ia, a in enumerate(present):
        for b in present[ia + 1:]:
            xa, xb = st.X[st.block(a)], st.X[st.block(b)]
            na, nb = (~np.isnan(xa)).sum(axis=0), (~np.isnan(xb)).sum(axis=0)
            ma, mb = _stats.nanmean_cols(xa), _stats.nanmean_cols(xb)
            u1, p, delta = _stats.mann_whitney_cols(xa, xb)
            rr_low = rr_high = np.full(len(features), np.nan)
            if a in draws and b in draws:
                with np.errstate(invalid="ignore", divide="ignore"):
                    rr_low, rr_high = _stats.percentile_ci(draws[a] / draws[b], level)
            for j, f in enumerate(features):
                notes, stat, pj = [], u1[j], p[j]
                if min(na[j], nb[j]) < min_articles:
                    stat = pj = np.nan
                    notes.append(f"fewer than {min_articles} articles on a side: no test")
                elif test == "permutation":
                    va, vb = xa[~np.isnan(xa[:, j]), j], xb[~np.isnan(xb[:, j]), j]
                    codes = np.repeat([0, 1], [len(va), len(vb)])
                    stat, pj, note = _stats.permutation_codes(np.concatenate([va, vb]), codes, 2,
                                                              n_permutations=n_permutations, rng=rng)
                    if note:
                        notes.append(note)
                elif np.isnan(pj):
                    stat = np.nan
                    notes.append("same value in every article: no test")
                with np.errstate(invalid="ignore", divide="ignore"):
                    rr = ma[j] / mb[j] if nonneg[j] and mb[j] > 0 else np.nan
                rows.append({
                    "stratum": stratum, "feature": f, "unit": _unit(f), "group_a": st.groups[a],
                    "group_b": st.groups[b], "n_a": int(na[j]), "n_b": int(nb[j]), "mean_a": ma[j],
                    "mean_b": mb[j], "difference": ma[j] - mb[j], "cliffs_delta": delta[j], "rate_ratio": rr,
                    "rr_ci_low": rr_low[j] if nonneg[j] else np.nan,
                    "rr_ci_high": rr_high[j] if nonneg[j] else np.nan,
                    "test": "permutation (rank H)" if test == "permutation" else "mann-whitney",
                    "statistic": stat, "p_value": pj, "correction": correction, "note": "; ".join(notes),
                })
    return rows


def _chosen_groups(frame: pd.DataFrame, *, by: str, groups: Sequence[str] | None, top: int | None) -> list[str]:
    """The groups whose pairs are tested: those named, else the `top` largest (all if None)."""
    sizes = frame["_group"].value_counts()
    if groups is not None:
        names = [str(g) for g in ([groups] if isinstance(groups, str) else groups)]
        unknown = [g for g in names if g not in sizes.index]
        if unknown:
            raise ValueError(f"groups: {unknown} are not {by} values of the compared articles; "
                             f"largest ones: {sizes.index[:10].tolist()}")
        if len(set(names)) < 2:
            raise ValueError(f"groups: expected at least 2 distinct {by} values, got {names}")
        return sorted(set(names))
    if top is not None and top < 2:
        raise ValueError(f"top: expected at least 2 groups (or None for all), got {top}")
    order = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
    return [g for g, _ in (order if top is None else order[:top])]


def _core(
    frame: pd.DataFrame, features: list[str], *, test: str, correction: str, n_boot: int,
    n_permutations: int, level: float, min_articles: int, random_state: int | None,
    pair_groups: list[str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The group table, and the pair table among `pair_groups` (empty when None), for prepared articles."""
    entropy = np.random.SeedSequence(random_state).entropy
    X_all = frame[features].to_numpy(dtype=np.float64)
    S_all = _per_sentence(frame, features)
    nonneg = ~(np.nan_to_num(X_all) < 0).any(axis=0)
    tables, pair_rows = [], []
    opts = dict(test=test, correction=correction, n_boot=n_boot, n_permutations=n_permutations, level=level,
                min_articles=min_articles, entropy=entropy)
    for si, (stratum, sub) in enumerate(frame.groupby("_stratum", sort=True)):
        pos = sub.index.to_numpy()
        st = _Stratum(sub, X_all[pos], S_all[pos])
        if pair_groups is None:
            tables.append(_group_rows(st, features, nonneg, stratum=stratum, si=si, **opts))
        else:
            pair_rows.extend(_pair_rows(st, pair_groups, features, nonneg, stratum=stratum, si=si, **opts))
    if tables:
        table = pd.DataFrame({c: np.concatenate([t[c] for t in tables]) for c in COMPARE_COLUMNS},
                             columns=COMPARE_COLUMNS)
        for c in ("stratum", "group", "feature", "unit", "test", "correction", "note"):
            table[c] = table[c].astype(str)
    else:
        table = pd.DataFrame(columns=COMPARE_COLUMNS)
    table["p_adjusted"] = _adjust_unique(table, ["stratum", "feature"], correction)
    pairs = pd.DataFrame(pair_rows, columns=PAIR_COLUMNS)
    pairs["p_adjusted"] = _stats.adjust_pvalues(pairs["p_value"].to_numpy(dtype=np.float64), correction)
    pairs["n_tests"] = int(pairs["p_value"].notna().sum())
    return table, pairs


def _run(
    result: Any, *, by: str, features: Sequence[str] | str | None, within: str | None, test: str,
    correction: str, n_boot: int, n_permutations: int, level: float, min_articles: int,
    random_state: int | None, groups: Sequence[str] | None = None, top: int | None = TOP_PAIRS,
    table: bool = True, pairs: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    _check_options(test, correction, n_boot, level, min_articles)
    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    articles = _articles_of(result)
    feats = select_features(articles, features)
    frame = _prepare(articles, by=by, within=within, features=feats)
    _warn_small_groups(frame, by=by, within=within, min_articles=min_articles)
    opts = dict(test=test, correction=correction, n_boot=n_boot, n_permutations=n_permutations, level=level,
                min_articles=min_articles, random_state=random_state)
    group_table = _core(frame, feats, **opts)[0] if table else pd.DataFrame(columns=COMPARE_COLUMNS)
    pair_table = pd.DataFrame(columns=PAIR_COLUMNS)
    if pairs:
        chosen = _chosen_groups(frame, by=by, groups=groups, top=top)
        n_all = frame["_group"].nunique()
        if groups is None and len(chosen) < n_all:
            _warn(f"pairwise tests among the {len(chosen)} largest of {n_all} {by} groups only "
                  f"({len(chosen) * (len(chosen) - 1) // 2} pairs); name others with groups=[...] or use top=")
        pair_table = _core(frame, feats, pair_groups=chosen, **opts)[1]
        pair_table.attrs.update(groups=chosen, n_groups=n_all)
    for t in (group_table, pair_table):
        t.attrs.update(by=by, within=within, within_column=within)  # plot labels
    if within is None:
        group_table.attrs["confounding"] = _confounding(articles, by=by)
    return group_table, pair_table


def _confounding(articles: pd.DataFrame, *, by: str) -> str:
    """What an outlet comparison without ``within=`` does not control, said out loud."""
    present = [c for c in ("topic", "date", "event") if c in articles.columns and c != by]
    text = (f"{by} groups are compared on all their articles: differences in topic and time mix are not "
            "controlled (pass within= a story column, e.g. from framing.match_events)")
    if present:
        text += f"; see framing.mix(result, by={by!r}, of=...) for each group's share of {present}"
    return text
def compare(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
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
    by : str or sequence of str, default "outlet"
        Column defining the groups; several columns (``["outlet", "bias"]``)
        compare their combinations, labelled ``"CNN / left"`` in a group
        column named ``"outlet / bias"``. Numbers are labelled as written
        (a year read as ``2012.0`` is ``"2012"``).
    features : str or sequence of str, optional
        Column names or patterns (``"loaded_*_per_1k"``); default: the rule of
        :func:`select_features` (numeric columns ending ``_per_1k`` or ``_share``).
    within : str, optional
        Compare groups inside each value of this column, e.g. ``"event"``
        (from :func:`framing.match_events`): outlets are then compared on the
        same story only, one table per story, and the one test over all
        stories of :func:`framing.compare_within` is attached as
        ``attrs["within"]`` (see Returns). Default: one stratum, ``"all"``;
        a warning then says that topic and time mix are not controlled
        (also in ``attrs["confounding"]``).
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

        With `within`, ``table.attrs["within"]`` holds the answer over all
        strata, as a list of records (``pd.DataFrame(table.attrs["within"])``
        is the table :func:`framing.compare_within` returns for the
        same `by`, `within`, `features`, `correction`, `n_boot`,
        `n_permutations` (at least 19), `level` and `random_state` (one row per feature x
        group: the within-stratum permutation test and each group's mean
        within-stratum difference; strata with one group are counted in its
        ``n_stories_single`` and a warning names them); the column's name is
        in ``attrs["within_column"]``. Without `within`, ``attrs["within"]``
        is None and ``attrs["confounding"]`` holds the warning's text.
        Plain records rather than a DataFrame, so that ``pd.concat`` of such
        tables works (pandas compares ``attrs`` when concatenating).

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
                    random_state=random_state, pairs=False)
    if within is None:
        _warn(table.attrs["confounding"])
    else:
        table.attrs["within"] = _within_answer(
            result, by=by, within=within, features=features, correction=correction, n_boot=n_boot,
            n_permutations=max(n_permutations, 19), level=level, random_state=random_state,
        ).to_dict("records")
    return table


def _within_answer(result: Any, *, by: str, within: str, **options: Any) -> pd.DataFrame:
    """compare_within's table for compare(within=...), without repeating compare's warnings."""
    from framing.comparison.stories import compare_within

    with warnings.catch_warnings():  # compare has already warned about missing values and small groups
        warnings.filterwarnings("ignore", message=r".*(missing|left out of the tests|zero everywhere).*",
                                category=UserWarning)
        return compare_within(result, by=by, within=within, **options)


def compare_pairs(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    features: Sequence[str] | str | None = None,
    within: str | None = None,
    test: str = "kruskal",
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    level: float = 0.95,
    min_articles: int = 2,
    random_state: int | None = 0,
    groups: Sequence[str] | None = None,
    top: int | None = TOP_PAIRS,
) -> pd.DataFrame:
    """Pairwise follow-ups among the groups asked for (default: the 10 largest), feature by feature.

    With hundreds of outlets, every pair is tens of thousands of tests that
    no correction leaves much power to; pairs are a follow-up for the groups a
    researcher is asking about. With ``test="kruskal"`` each pair gets a
    two-sided Mann-Whitney U test on article-level values (scipy's p-value,
    computed for all features of a pair from one ranking); with
    ``"permutation"`` a permutation test of the rank statistic. The
    correction runs over every pairwise test in the table, and ``n_tests``
    says how many that was.

    Parameters
    ----------
    groups : sequence of str, optional
        The `by` values whose pairs to test (at least 2).
    top : int or None, default 10
        Without `groups`: the `top` groups with most articles (ties by name);
        None tests every pair. A warning says when groups were left out.
    by, features, within, test, correction, n_boot, n_permutations, level, min_articles, random_state
        As in :func:`compare`.

    Returns
    -------
    pandas.DataFrame
        One row per stratum x feature x pair (``group_a`` < ``group_b``):
        ``stratum, feature, unit, group_a, group_b, n_a, n_b, mean_a, mean_b,
        difference`` (``mean_a - mean_b``), ``cliffs_delta`` (a against b),
        ``rate_ratio`` (``mean_a / mean_b``), ``rr_ci_low, rr_ci_high``
        (bootstrap), ``test, statistic, p_value, p_adjusted, correction``,
        ``n_tests`` (p-values corrected together: the size of the family) and
        ``note``. ``attrs["groups"]`` lists the groups whose pairs were tested.

    Raises
    ------
    ValueError
        A name in `groups` is not a group, fewer than 2 groups, `top` below 2,
        and the errors of :func:`compare`.

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
                    random_state=random_state, groups=groups, top=top, table=False)
    return pairs
