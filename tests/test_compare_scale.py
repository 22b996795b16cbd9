"""Comparison at scale: the one-pass statistics equal scipy's, many groups, pairs for the groups asked."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from framing.comparison import _stats
from framing.comparison._compare import compare, compare_pairs


def _table(n_groups: int, per_group: int | list[int], seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sizes = per_group if isinstance(per_group, list) else [per_group] * n_groups
    outlet = np.repeat([f"g{i:05d}" for i in range(len(sizes))], sizes)
    n = len(outlet)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": outlet,
                         "hedges_per_1k": rng.poisson(3, n).astype(float),
                         "x_share": rng.random(n)})


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 6), min_size=1, max_size=12), min_size=3, max_size=6))
def test_kruskal_codes_equals_scipy(groups):
    x = np.concatenate([np.asarray(g, dtype=float) for g in groups])
    codes = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    stat, p, note = _stats.kruskal_codes(x, codes, len(groups))
    if np.ptp(x) == 0:
        assert np.isnan(p) and "same value" in note
        return
    ref = stats.kruskal(*[np.asarray(g, dtype=float) for g in groups])
    assert stat == pytest.approx(ref.statistic, rel=1e-9) and p == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=1, max_size=25), st.lists(st.integers(0, 9), min_size=1, max_size=25))
def test_mann_whitney_cols_equals_scipy(a, b):
    xa, xb = np.asarray(a, dtype=float)[:, None], np.asarray(b, dtype=float)[:, None]
    u1, p, delta = _stats.mann_whitney_cols(xa, xb)
    assert delta[0] == pytest.approx(_stats.cliffs_delta(xa, xb)[0])
    if np.ptp(np.concatenate([a, b])) == 0:
        assert np.isnan(p[0])
        return
    ref = stats.mannwhitneyu(a, b, alternative="two-sided")
    assert u1[0] == pytest.approx(ref.statistic) and p[0] == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-12)


def test_delta_vs_rest_equals_pairwise_definition():
    rng = np.random.default_rng(3)
    x = rng.integers(0, 5, 60).astype(float)
    codes = np.repeat(np.arange(4), 15)
    got = _stats.delta_vs_rest(x, codes, 4)
    for g in range(4):
        assert got[g] == pytest.approx(_stats.cliffs_delta(x[codes == g], x[codes != g])[0])


def test_many_groups_with_singletons_give_every_row_and_no_scipy_error():
    t = _table(300, [1] * 100 + [5] * 200)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = compare(t, n_boot=100)
    assert len(out) == 300 * 2
    single = out[out["group"] == "g00000"]
    assert single["ci_low"].isna().all() and single["note"].str.contains("1 article").all()
    assert out["p_value"].notna().all()  # the singletons are left out of the test, the test still runs


def test_ten_thousand_groups():
    t = _table(10_000, 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = compare(t, features="hedges_per_1k", n_boot=100)
    assert out["group"].nunique() == 10_000 and out["test"].iloc[0] == "kruskal-wallis"


def test_pairs_for_the_groups_asked_and_the_family_size():
    t = _table(30, [4 + i for i in range(30)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        asked = compare_pairs(t, groups=["g00001", "g00005", "g00007"], n_boot=100)
    assert set(zip(asked["group_a"], asked["group_b"])) == {("g00001", "g00005"), ("g00001", "g00007"),
                                                            ("g00005", "g00007")}
    assert (asked["n_tests"] == asked["p_value"].notna().sum()).all()
    with pytest.warns(UserWarning, match=r"10 largest of 30 outlet groups only \(45 pairs\)"):
        top = compare_pairs(t, n_boot=100)
    assert set(top["group_a"]) | set(top["group_b"]) == {f"g{i:05d}" for i in range(20, 30)}
    assert top.attrs["groups"][0] == "g00029"


@pytest.mark.parametrize(("kwargs", "message"), [
    pytest.param({"groups": ["g00001", "nope"]}, r"groups: \['nope'\]", id="unknown-group"),
    pytest.param({"groups": ["g00001"]}, "at least 2 distinct", id="one-group"),
    pytest.param({"top": 1}, "top: expected at least 2", id="top-1"),
])
def test_pairs_bad_groups(kwargs, message):
    with pytest.raises(ValueError, match=message):
        compare_pairs(_table(5, 3), n_boot=100, **kwargs)


def test_confounding_said_out_loud_without_within():
    t = _table(3, 5)
    t["topic"] = "x"
    with pytest.warns(UserWarning, match="topic and time mix are not controlled.*framing.mix"):
        out = compare(t, n_boot=100)
    assert "not controlled" in out.attrs["confounding"]


def test_results_do_not_depend_on_row_order():
    t = _table(8, 6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = compare(t, n_boot=200)
        b = compare(t.sample(frac=1, random_state=1), n_boot=200)
    pd.testing.assert_frame_equal(a, b)
