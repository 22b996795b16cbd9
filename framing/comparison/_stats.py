"""Statistical building blocks for :mod:`framing.compare`, with the article as the unit.

Every function here takes article-level values (one row per article, one
column per feature) and never pools words across articles: Lijffijt et al.
(2016) showed that pooled word-count tests overstate significance because
words in one article are not independent. All functions are vectorised over
features, handle NaN (an article without a value for a feature is left out
of that feature only) and never let scipy raise on degenerate input (constant
values, groups too small): they return NaN and say why.

References
----------
Lijffijt, J., Nevalainen, T., Säily, T., Papapetrou, P., Puolamäki, K., &
Mannila, H. (2016). Significance testing of word frequencies in corpora.
Digital Scholarship in the Humanities, 31(2), 374-397.
Cliff, N. (1993). Dominance statistics: Ordinal analyses to answer ordinal
questions. Psychological Bulletin, 114(3), 494-509.
Holm, S. (1979). A simple sequentially rejective multiple test procedure.
Scandinavian Journal of Statistics, 6(2), 65-70.
Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery rate.
Journal of the Royal Statistical Society B, 57(1), 289-300.
"""

from __future__ import annotations

import warnings

import numpy as np

__all__: list[str] = []

#: Multiple-comparison corrections understood by :func:`adjust_pvalues`.
CORRECTIONS = ("holm", "bh")


def bootstrap_weights(n: int, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Resampling counts: row ``b`` says how often each of `n` articles is drawn in resample ``b``.

    Drawing counts rather than indices lets a bootstrap mean of many features
    be one matrix product (``W @ X``), fast even for thousands of articles.
    """
    if n == 0:
        return np.zeros((n_boot, 0))
    idx = rng.integers(0, n, size=(n_boot, n), dtype=np.int64)
    idx += np.arange(n_boot, dtype=np.int64)[:, None] * n
    flat = idx.ravel()
    return np.bincount(flat, minlength=n_boot * n).reshape(n_boot, n).astype(np.float64)


def nanmean_cols(x: np.ndarray) -> np.ndarray:
    """Column means ignoring NaN, NaN (no warning) for an all-NaN column."""
    valid = ~np.isnan(x)
    n = valid.sum(axis=0)
    total = np.where(valid, x, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, total / np.maximum(n, 1), np.nan)


def bootstrap_means(x: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Bootstrap means of each column of `x` (articles x features) under resampling `weights`.

    NaN entries are left out of their column's mean (a ratio estimator over
    the articles that have a value); a resample with no valid article gives NaN.
    """
    valid = (~np.isnan(x)).astype(np.float64)
    num = weights @ np.where(np.isnan(x), 0.0, x)
    den = weights @ valid
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def percentile_ci(draws: np.ndarray, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of bootstrap `draws` (resamples x features).

    A column with any non-finite draw (an undefined ratio in some resample)
    gets NaN: an interval that hides undefined resamples would be fake precision.
    """
    alpha = (1.0 - level) / 2.0
    finite = np.isfinite(draws).all(axis=0)
    safe = np.where(np.isfinite(draws), draws, 0.0)
    low, high = np.quantile(safe, [alpha, 1.0 - alpha], axis=0)
    return np.where(finite, low, np.nan), np.where(finite, high, np.nan)


def cliffs_delta(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Cliff's delta per column: P(X > Y) - P(X < Y), ties counting half.

    `x` and `y` are articles x features; NaN entries are left out per column.
    Ranges from -1 (every x below every y) to 1; NaN when a side has no value.
    """
    from scipy import stats  # imported on use: `import framing` stays fast

    x = np.atleast_2d(np.asarray(x, dtype=np.float64).T).T
    y = np.atleast_2d(np.asarray(y, dtype=np.float64).T).T
    out = np.full(x.shape[1], np.nan)
    for j in range(x.shape[1]):
        a = x[:, j][~np.isnan(x[:, j])]
        b = y[:, j][~np.isnan(y[:, j])]
        if len(a) == 0 or len(b) == 0:
            continue
        ranks = stats.rankdata(np.concatenate([a, b]))
        u = ranks[: len(a)].sum() - len(a) * (len(a) + 1) / 2.0
        out[j] = 2.0 * u / (len(a) * len(b)) - 1.0
    return out


def _h_statistic(ranks: np.ndarray, onehot: np.ndarray, n_per_group: np.ndarray) -> np.ndarray:
    """Kruskal-Wallis H without tie correction (enough for a permutation test)."""
    n = ranks.shape[0]
    mean_rank = (onehot.T @ ranks) / n_per_group[:, None]
    return 12.0 / (n * (n + 1)) * (n_per_group[:, None] * (mean_rank - (n + 1) / 2.0) ** 2).sum(axis=0)


def group_test(
    values: list[np.ndarray],
    *,
    method: str = "kruskal",
    n_permutations: int = 999,
    rng: np.random.Generator | None = None,
) -> tuple[float, float, str]:
    """Test whether one feature differs across groups of articles.

    Parameters
    ----------
    values : list of 1-d arrays
        One array of article-level values per group (NaN already removed).
        Two groups give a two-sample test.
    method : {"kruskal", "permutation"}
        ``"kruskal"``: Kruskal-Wallis H (Mann-Whitney U for two groups) with
        scipy's p-value. ``"permutation"``: the same rank statistic with a
        p-value from `n_permutations` random relabellings of the articles,
        ``(1 + #{H* >= H}) / (1 + n_permutations)``.

    Returns
    -------
    (statistic, p_value, note)
        NaN and a note saying why when there is nothing to test.
    """
    from scipy import stats

    groups = [np.asarray(v, dtype=np.float64) for v in values]
    if len(groups) < 2:
        return np.nan, np.nan, "fewer than 2 groups with enough articles: no test"
    pooled = np.concatenate(groups)
    if np.ptp(pooled) == 0:
        return np.nan, np.nan, "same value in every article: no test"
    if method == "kruskal":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            if len(groups) == 2:
                res = stats.mannwhitneyu(groups[0], groups[1], alternative="two-sided")
            else:
                res = stats.kruskal(*groups)
        return float(res.statistic), float(res.pvalue), ""
    if method != "permutation":
        raise ValueError(f"test: unknown method {method!r}; expected 'kruskal' or 'permutation'")
    rng = rng if rng is not None else np.random.default_rng(0)
    sizes = np.array([len(g) for g in groups], dtype=np.float64)
    labels = np.repeat(np.arange(len(groups)), sizes.astype(int))
    ranks = stats.rankdata(pooled)[:, None]
    eye = np.eye(len(groups))
    observed = float(_h_statistic(ranks, eye[labels], sizes)[0])
    exceed = 0
    for _ in range(n_permutations):
        perm = rng.permutation(labels)
        exceed += _h_statistic(ranks, eye[perm], sizes)[0] >= observed - 1e-12
    return observed, (1.0 + exceed) / (1.0 + n_permutations), ""


def adjust_pvalues(p: np.ndarray, method: str = "holm") -> np.ndarray:
    """Correct p-values for multiple comparisons; NaN entries are ignored and stay NaN.

    Parameters
    ----------
    p : array of float
    method : {"holm", "bh"}
        Holm (1979) step-down, controlling the family-wise error rate, or
        Benjamini-Hochberg (1995), controlling the false discovery rate.

    Returns
    -------
    numpy.ndarray
        Adjusted p-values, capped at 1, in the order of `p`.
    """
    p = np.asarray(p, dtype=np.float64)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    m = len(q)
    if m == 0:
        return out
    order = np.argsort(q, kind="mergesort")
    ranked = q[order]
    if method == "holm":
        adj = np.maximum.accumulate((m - np.arange(m)) * ranked)
    elif method == "bh":
        adj = np.minimum.accumulate((m / np.arange(m, 0, -1) * ranked[::-1]))[::-1]
    else:
        raise ValueError(f"correction: unknown method {method!r}; expected one of {CORRECTIONS}")
    result = np.empty(m)
    result[order] = np.minimum(adj, 1.0)
    out[ok] = result
    return out


# --------------------------------------------------------------------------- many groups in one pass
# The functions below take one feature's article values `x` (NaN removed) and
# integer group `codes` (0..n_groups-1), and compute what used to be one scipy
# call per group or per pair from a single ranking: rank sums per group come
# from one `bincount`, so hundreds of outlets cost one sort per feature.


def tie_term(x: np.ndarray) -> float:
    """Sum of ``t**3 - t`` over runs of tied values (the tie correction of rank tests)."""
    if len(x) < 2:
        return 0.0
    _, counts = np.unique(x, return_counts=True)
    counts = counts[counts > 1].astype(np.float64)
    return float((counts**3 - counts).sum())


def kruskal_codes(x: np.ndarray, codes: np.ndarray, n_groups: int) -> tuple[float, float, str]:
    """Kruskal-Wallis H (tie-corrected, chi-squared p-value) from group codes, as scipy.stats.kruskal.

    Groups without articles are ignored; two groups give scipy's Mann-Whitney U
    (as :func:`group_test`), so the statistic does not depend on the number of
    groups in the corpus.
    """
    from scipy import stats

    x = np.asarray(x, dtype=np.float64)
    sizes = np.bincount(codes, minlength=n_groups)
    present = np.flatnonzero(sizes)
    if len(present) < 2:
        return np.nan, np.nan, "fewer than 2 groups with enough articles: no test"
    if np.ptp(x) == 0:
        return np.nan, np.nan, "same value in every article: no test"
    if len(present) == 2:
        a, b = x[codes == present[0]], x[codes == present[1]]
        res = stats.mannwhitneyu(a, b, alternative="two-sided")
        return float(res.statistic), float(res.pvalue), ""
    n = float(len(x))
    ranks = stats.rankdata(x)
    sums = np.bincount(codes, weights=ranks, minlength=n_groups)[present]
    h = 12.0 / (n * (n + 1.0)) * (sums**2 / sizes[present]).sum() - 3.0 * (n + 1.0)
    h /= 1.0 - tie_term(x) / (n**3 - n)
    return float(h), float(stats.chi2.sf(h, len(present) - 1)), ""


def permutation_codes(
    x: np.ndarray, codes: np.ndarray, n_groups: int, *, n_permutations: int, rng: np.random.Generator
) -> tuple[float, float, str]:
    """Permutation p-value of the rank statistic H (as :func:`group_test` with ``method="permutation"``).

    Each relabelling costs one ``bincount``, whatever the number of groups.
    """
    from scipy import stats

    x = np.asarray(x, dtype=np.float64)
    sizes = np.bincount(codes, minlength=n_groups).astype(np.float64)
    present = sizes > 0
    if present.sum() < 2:
        return np.nan, np.nan, "fewer than 2 groups with enough articles: no test"
    if np.ptp(x) == 0:
        return np.nan, np.nan, "same value in every article: no test"
    n = float(len(x))
    centred = stats.rankdata(x) - (n + 1.0) / 2.0
    scale = 12.0 / (n * (n + 1.0))

    def h(labels: np.ndarray) -> float:
        sums = np.bincount(labels, weights=centred, minlength=n_groups)[present]
        return float(scale * (sums**2 / sizes[present]).sum())

    observed = h(codes)
    exceed = sum(h(rng.permutation(codes)) >= observed - 1e-12 for _ in range(n_permutations))
    return observed, (1.0 + exceed) / (1.0 + n_permutations), ""


def delta_vs_rest(x: np.ndarray, codes: np.ndarray, n_groups: int) -> np.ndarray:
    """Cliff's delta of each group against all other articles, from one ranking.

    ``U_g = R_g - n_g (n_g + 1) / 2`` with ``R_g`` the group's rank sum in the
    pooled ranking; ``delta = 2 U_g / (n_g n_rest) - 1``. NaN for a group
    with no article or no rest. Same value as :func:`cliffs_delta` of the
    group against the rest.
    """
    from scipy import stats

    out = np.full(n_groups, np.nan)
    if len(x) == 0:
        return out
    ranks = stats.rankdata(x)
    sums = np.bincount(codes, weights=ranks, minlength=n_groups)
    sizes = np.bincount(codes, minlength=n_groups).astype(np.float64)
    rest = len(x) - sizes
    ok = (sizes > 0) & (rest > 0)
    u = sums[ok] - sizes[ok] * (sizes[ok] + 1.0) / 2.0
    out[ok] = 2.0 * u / (sizes[ok] * rest[ok]) - 1.0
    return out


def mann_whitney_cols(xa: np.ndarray, xb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two-sided Mann-Whitney U for every column of two samples (articles x features), NaN left out.

    Returns ``(U1, p, delta)`` per column: the statistic of the first sample
    (as scipy reports it), the p-value and Cliff's delta ``2 U1 / (n_a n_b) - 1``.
    The p-value is scipy's: the tie-corrected normal approximation with
    continuity correction, or scipy's exact test where scipy would use it
    (a sample of 8 or fewer and no ties). NaN when a side is empty or every
    value is the same.
    """
    from scipy import stats

    xa = np.atleast_2d(np.asarray(xa, dtype=np.float64).T).T
    xb = np.atleast_2d(np.asarray(xb, dtype=np.float64).T).T
    n_feat = xa.shape[1]
    u1 = np.full(n_feat, np.nan)
    p = np.full(n_feat, np.nan)
    both = np.vstack([xa, xb])
    if not len(both):
        return u1, p, u1.copy()
    ranks = stats.rankdata(both, axis=0, nan_policy="omit")
    na = (~np.isnan(xa)).sum(axis=0).astype(np.float64)
    nb = (~np.isnan(xb)).sum(axis=0).astype(np.float64)
    ok = (na > 0) & (nb > 0)
    u1[ok] = np.nansum(ranks[: len(xa)], axis=0)[ok] - na[ok] * (na[ok] + 1.0) / 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        delta = np.where(ok, 2.0 * u1 / (na * nb) - 1.0, np.nan)
    asymptotic, z = [], []
    for j in np.flatnonzero(ok):
        col = both[:, j][~np.isnan(both[:, j])]
        if np.ptp(col) == 0:
            continue
        ties = tie_term(col)
        if min(na[j], nb[j]) <= 8 and ties == 0:  # scipy's "auto" rule: exact p-value
            a, b = xa[:, j], xb[:, j]
            p[j] = stats.mannwhitneyu(a[~np.isnan(a)], b[~np.isnan(b)], alternative="two-sided").pvalue
            continue
        n = na[j] + nb[j]
        mu = na[j] * nb[j] / 2.0
        s = np.sqrt(na[j] * nb[j] / 12.0 * ((n + 1.0) - ties / (n * (n - 1.0))))
        u = max(u1[j], na[j] * nb[j] - u1[j])
        asymptotic.append(j)
        z.append((u - mu - 0.5) / s)
    if asymptotic:  # one call for all columns: scipy's per-call overhead dominates otherwise
        p[asymptotic] = np.minimum(1.0, 2.0 * stats.norm.sf(np.array(z)))
    return u1, p, delta


def wilson_interval(k: np.ndarray | int, n: np.ndarray | int, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of a proportion `k` / `n`, vectorised; NaN where ``n == 0``.

    Unlike the normal ("Wald") interval it stays inside [0, 1] and does not
    shrink to a point at 0 or `n` successes, so 15 of 15 judged hits give
    [0.80, 1.00], not [1, 1] (Wilson 1927; Brown, Cai & DasGupta 2001).
    """
    from scipy.stats import norm

    k = np.asarray(k, dtype=np.float64)
    n = np.asarray(n, dtype=np.float64)
    z = float(norm.ppf(0.5 + level / 2))
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
        # At 0 or n successes the bound is exactly 0 or 1 (rounding leaves 5e-17).
        low = np.where(n > 0, np.where(k <= 0, 0.0, np.clip(centre - half, 0.0, 1.0)), np.nan)
        high = np.where(n > 0, np.where(k >= n, 1.0, np.clip(centre + half, 0.0, 1.0)), np.nan)
    return low, high
