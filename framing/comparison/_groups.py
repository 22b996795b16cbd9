"""Per-stratum arrays and the group bootstrap behind :func:`framing.compare`, for any number of groups.

Rows are sorted by group, so each group is a contiguous block: sums per group
are one ``np.add.reduceat``; each group's articles are resampled once, and the
rest of the stratum's resampled mean is the total minus the group (a
bootstrap stratified by group).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import framing.comparison._stats as _stats

__all__: list[str] = []

#: Bootstrap sums kept in memory between the two bootstrap passes (bytes); the rest is redrawn.
_KEEP_BYTES = 128 * 2**20


def _rng(entropy: int, *key: int) -> np.random.Generator:
    """An independent generator per (stratum, group): results do not depend on processing order."""
    return np.random.default_rng(np.random.SeedSequence(entropy, spawn_key=key))


class _Stratum:
    """One stratum's articles as arrays: rows sorted by group, so each group is a contiguous block."""

    def __init__(self, frame: pd.DataFrame, X: np.ndarray, S: np.ndarray) -> None:
        labels = frame["_group"].to_numpy()
        self.groups, self.starts, sizes = np.unique(labels, return_index=True, return_counts=True)
        self.sizes = sizes
        self.codes = np.repeat(np.arange(len(self.groups)), sizes)
        self.X, self.S = X, S
        self.valid = ~np.isnan(X)
        self.X0 = np.where(self.valid, X, 0.0)
        # Resampled article counts are needed only for columns with missing values; elsewhere
        # every resample of a group has exactly its size.
        self.nan_cols = np.flatnonzero(~self.valid.all(axis=0))
        self.valid_f = self.valid[:, self.nan_cols].astype(np.float64)

    def block(self, g: int) -> slice:
        return slice(int(self.starts[g]), int(self.starts[g] + self.sizes[g]))

    def sums(self, values: np.ndarray) -> np.ndarray:
        return np.add.reduceat(values, self.starts, axis=0) if len(values) else values


def _bootstrap(st: _Stratum, *, n_boot: int, level: float, min_articles: int, entropy: int,
               si: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each group's interval and its rate ratio's interval against the rest, resampling articles.

    Every group's articles are resampled once (with replacement, within the
    group); the rest's resampled mean is the pooled resample of all other
    groups (a bootstrap stratified by group), so the rest costs no extra
    resampling: ``rest = (total - group) / (total count - group count)``.
    """
    n_groups, n_feat = len(st.groups), st.X.shape[1]
    ci = np.full((2, n_groups, n_feat), np.nan)
    rr = np.full((2, n_groups, n_feat), np.nan)
    total_num = np.zeros((n_boot, n_feat))
    total_den = np.zeros((n_boot, n_feat))
    stored: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    budget = _KEEP_BYTES

    def resample(g: int) -> tuple[np.ndarray, np.ndarray]:
        w = _stats.bootstrap_weights(int(st.sizes[g]), n_boot, _rng(entropy, si, g))
        b = st.block(g)
        den = np.full((n_boot, n_feat), float(st.sizes[g]))
        if len(st.nan_cols):
            den[:, st.nan_cols] = w @ st.valid_f[b]
        return w @ st.X0[b], den

    for g in np.argsort(-st.sizes, kind="mergesort"):  # largest first: they are the ones worth keeping
        num, den = resample(g)
        total_num += num
        total_den += den
        if st.sizes[g] >= min_articles:
            with np.errstate(invalid="ignore", divide="ignore"):
                d = np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
            ci[0, g], ci[1, g] = _stats.percentile_ci(d, level)
            if budget >= 2 * num.nbytes:
                stored[g] = (num, den)
                budget -= 2 * num.nbytes
    for g in range(n_groups):
        if st.sizes[g] < min_articles or len(st.X) - st.sizes[g] < min_articles:
            continue
        num, den = stored.pop(g) if g in stored else resample(g)
        with np.errstate(invalid="ignore", divide="ignore"):
            d = np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
            rest_den = total_den - den
            rest = np.where(rest_den > 0, (total_num - num) / np.where(rest_den > 0, rest_den, 1.0), np.nan)
            rr[0, g], rr[1, g] = _stats.percentile_ci(d / rest, level)
    return ci[0], ci[1], rr[0], rr[1]
