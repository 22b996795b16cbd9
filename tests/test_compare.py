"""framing.compare: article-level statistics, honest intervals, clear errors on bad input."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import stats

from framing.comparison import _stats
from framing.comparison._compare import compare, compare_pairs, select_features


def _articles(values: dict[str, list[float]], feature: str = "hedges_per_1k") -> pd.DataFrame:
    rows = [(g, v) for g, vs in values.items() for v in vs]
    return pd.DataFrame({
        "doc_id": [f"d{i:03d}" for i in range(len(rows))],
        "outlet": [g for g, _ in rows],
        feature: [v for _, v in rows],
    })


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


# --------------------------------------------------------------------------- statistics


def test_means_intervals_and_effect_sizes():
    t = compare(_articles({"A": [1, 2, 3, 4], "B": [6, 7, 8, 9]}), n_boot=500)
    a, b = t.set_index("group").loc["A"], t.set_index("group").loc["B"]
    assert (a["n_articles"], a["mean"], a["median"]) == (4, 2.5, 2.5)
    assert a["ci_low"] <= a["mean"] <= a["ci_high"] and a["ci_low"] >= 1 and a["ci_high"] <= 4
    assert a["mean_rest"] == 7.5
    assert a["cliffs_delta"] == -1.0 and b["cliffs_delta"] == 1.0
    assert a["rate_ratio"] == pytest.approx(2.5 / 7.5)
    assert a["rr_ci_low"] <= a["rate_ratio"] <= a["rr_ci_high"]
    assert a["unit"] == "per 1,000 words"
    assert t["test"].unique().tolist() == ["mann-whitney"]
    assert t["p_value"].iloc[0] == pytest.approx(stats.mannwhitneyu([1, 2, 3, 4], [6, 7, 8, 9]).pvalue)


def test_kruskal_p_value_matches_scipy_and_is_corrected_over_features():
    values = {"A": [1, 2, 3, 2.5], "B": [2, 3, 4, 3.5], "C": [7, 8, 9, 8.5]}
    frame = _articles(values)
    frame["loaded_per_1k"] = np.arange(len(frame), dtype=float) % 3  # unrelated to outlet
    t = compare(frame, n_boot=200)
    tests = t.drop_duplicates("feature").set_index("feature")
    assert tests.loc["hedges_per_1k", "test"] == "kruskal-wallis"
    assert tests.loc["hedges_per_1k", "p_value"] == pytest.approx(stats.kruskal(*values.values()).pvalue)
    noise = [frame.loc[frame.outlet == g, "loaded_per_1k"] for g in "ABC"]
    assert tests.loc["loaded_per_1k", "p_value"] == pytest.approx(stats.kruskal(*noise).pvalue)
    # Holm over the two features' tests, each test counted once (not once per group row)
    p_small, p_large = sorted(tests["p_value"])
    expected = {p_small: min(1, 2 * p_small), p_large: min(1, max(2 * p_small, p_large))}
    for p, adj in zip(tests["p_value"], tests["p_adjusted"]):
        assert adj == pytest.approx(expected[p])
    assert set(t["correction"]) == {"holm"}
    assert set(compare(frame, n_boot=200, correction="bh")["correction"]) == {"bh"}


def test_share_with_and_per_sentence():
    frame = pd.DataFrame({
        "doc_id": list("abcd"), "outlet": list("AABB"),
        "hedges_n": [0, 2, 1, 1], "hedges_per_1k": [0.0, 20.0, 10.0, 10.0], "n_sentences": [5, 4, 2, 1],
    })
    t = compare(frame, n_boot=200).set_index("group")
    assert t.loc["A", "share_with"] == 0.5 and t.loc["B", "share_with"] == 1.0
    assert t.loc["A", "mean_per_sentence"] == pytest.approx((0 / 5 + 2 / 4) / 2)
    assert t.loc["B", "mean_per_sentence"] == pytest.approx((1 / 2 + 1 / 1) / 2)


def test_permutation_test_separates_clear_groups():
    frame = _articles({"A": [1, 2, 3, 1.5, 2.5], "B": [8, 9, 10, 8.5, 9.5]})
    t = compare(frame, test="permutation", n_permutations=199, n_boot=200)
    assert t["test"].iloc[0] == "permutation (rank H)"
    assert t["p_value"].iloc[0] == pytest.approx(1 / 200, abs=0.02)
    same = compare(_articles({"A": [1, 2, 3, 4], "B": [1, 2, 3, 4]}), test="permutation", n_permutations=199,
                   n_boot=200)
    assert same["p_value"].iloc[0] > 0.5


def test_same_seed_same_table_and_seed_matters():
    frame = _articles({"A": [1, 5, 2, 8, 3], "B": [2, 9, 4, 4, 7]})
    pd.testing.assert_frame_equal(compare(frame, n_boot=300), compare(frame, n_boot=300))
    other = compare(frame, n_boot=300, random_state=1)
    assert not np.allclose(compare(frame, n_boot=300)["ci_low"], other["ci_low"])


@pytest.mark.parametrize(
    ("method", "p", "expected"),
    [
        pytest.param("holm", [0.01, 0.04, 0.03, np.nan], [0.03, 0.06, 0.06, np.nan], id="holm-step-down"),
        pytest.param("holm", [0.5, 0.9], [1.0, 1.0], id="holm-capped-at-1"),
        pytest.param("bh", [0.01, 0.04, 0.03, 0.2], [0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.2], id="bh"),
    ],
)
def test_corrections(method, p, expected):
    np.testing.assert_allclose(_stats.adjust_pvalues(np.array(p), method), expected, equal_nan=True)


def test_bh_agrees_with_scipy():
    p = np.random.default_rng(3).uniform(0, 0.2, 25)
    np.testing.assert_allclose(_stats.adjust_pvalues(p, "bh"), stats.false_discovery_control(p))


def test_cliffs_delta_counts_ties_half():
    assert _stats.cliffs_delta(np.array([[1.0], [2.0]]), np.array([[2.0], [3.0]]))[0] == pytest.approx(-0.75)


# --------------------------------------------------------------------------- honest small groups


def test_group_of_one_article_gets_no_interval_and_a_warning():
    frame = _articles({"A": [1, 2, 3], "B": [4, 5, 6], "Solo": [9]})
    with pytest.warns(UserWarning, match=r"'Solo' \(1 article\)"):
        t = compare(frame, n_boot=200)
    solo = t.set_index("group").loc["Solo"]
    assert np.isnan(solo["ci_low"]) and np.isnan(solo["ci_high"]) and np.isnan(solo["rr_ci_low"])
    assert solo["mean"] == 9 and "no interval" in solo["note"]
    # the test runs on the groups that have 2 or more articles
    assert t["p_value"].iloc[0] == pytest.approx(stats.mannwhitneyu([1, 2, 3], [4, 5, 6]).pvalue)


def test_seed_corpus_within_event_is_descriptive_only(example_result):
    with pytest.warns(UserWarning) as record:
        t = compare(example_result, within="event")
    messages = " ".join(str(w.message) for w in record)
    assert "fewer than 2 articles" in messages and "single outlet" in messages
    story = t[t.stratum.str.startswith("2019-12-29")]
    assert story["group"].nunique() == 3
    assert story["ci_low"].isna().all() and story["p_value"].isna().all()
    assert (story["mean"].notna()).all()
    assert set(t["group"]) == set(example_result.articles["outlet"])  # nothing lost


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"by": "nope"}, r"by='nope': no such column", id="missing-by"),
        pytest.param({"within": "nope"}, r"within='nope': no such column", id="missing-within"),
        pytest.param({"features": ["hedges_typo_per_1k"]}, r"unknown feature 'hedges_typo_per_1k'", id="feature"),
        pytest.param({"features": "outlet"}, r"column 'outlet' is not numeric", id="text-feature"),
        pytest.param({"test": "t-test"}, r"test: expected 'kruskal' or 'permutation'", id="test"),
        pytest.param({"correction": "bonferroni"}, r"correction: expected one of", id="correction"),
        pytest.param({"n_boot": 5}, r"n_boot: expected at least 100", id="n-boot"),
        pytest.param({"within": "outlet"}, r"same column as by", id="within-is-by"),
    ],
)
def test_bad_arguments_name_what_was_expected(kwargs, message):
    with pytest.raises(ValueError, match=message):
        compare(_articles({"A": [1, 2], "B": [3, 4]}), **kwargs)


def test_single_group_is_an_error():
    with pytest.raises(ValueError, match=r"only one group \['A'\].*at least 2 groups"):
        compare(_articles({"A": [1, 2, 3]}))


def test_within_where_no_stratum_has_two_groups_is_an_error():
    frame = _articles({"A": [1, 2], "B": [3, 4]})
    frame["event"] = ["e1", "e1", "e2", "e2"]
    with pytest.raises(ValueError, match=r"no event has articles from 2 or more outlet groups"):
        compare(frame, within="event")


def test_all_zero_feature_warns_and_is_not_tested():
    frame = _articles({"A": [0, 0, 0], "B": [0, 0, 0]})
    frame["loaded_per_1k"] = [1.0, 2, 3, 4, 5, 6]
    with pytest.warns(UserWarning, match=r"zero in every article.*hedges_per_1k"):
        t = compare(frame, n_boot=200)
    zero = t[t.feature == "hedges_per_1k"]
    assert zero["p_value"].isna().all() and zero["note"].str.contains("same value in every article").all()
    assert zero["rate_ratio"].isna().all()
    assert t[t.feature == "loaded_per_1k"]["p_value"].notna().all()


def test_missing_metadata_is_left_out_with_a_warning():
    frame = _articles({"A": [1, 2, 3], "B": [4, 5, 6]})
    frame.loc[0, "outlet"] = np.nan
    with pytest.warns(UserWarning, match=r"1 article\(s\) have no outlet.*\['d000'\]"):
        t = compare(frame, n_boot=200)
    assert t.set_index("group").loc["A", "n_articles"] == 2


def test_all_metadata_missing_is_an_error():
    frame = _articles({"A": [1, 2], "B": [3, 4]}).assign(outlet=np.nan)
    with pytest.raises(ValueError, match=r"by='outlet': every article has a missing value"):
        _quiet(compare, frame)


def test_missing_feature_values_are_left_out_of_that_feature():
    frame = _articles({"A": [1, np.nan, 3], "B": [4, 5, 6]})
    with pytest.warns(UserWarning, match=r"1 article\(s\) have no value \(NaN\) for some features.*\['d001'\]"):
        t = compare(frame, n_boot=200)
    assert t.set_index("group").loc["A", ["n_articles", "mean"]].tolist() == [2, 2.0]


def test_negative_features_get_no_rate_ratio():
    frame = _articles({"A": [-1, 2, 3], "B": [4, 5, 6]}, feature="tone")
    t = compare(frame, features=["tone"], n_boot=200)
    assert t["rate_ratio"].isna().all() and t["note"].str.contains("negative values").all()
    assert t["unit"].iloc[0] == "value"


def test_feature_selection_rule():
    frame = pd.DataFrame({"outlet": ["A"], "n_words": [3], "hedges_n": [1], "hedges_per_1k": [1.0],
                          "quote_anonymous_share": [0.5], "flag": [True]})
    assert select_features(frame) == ["hedges_per_1k", "quote_anonymous_share"]
    assert select_features(frame, ["n_words", "hedges_*"]) == ["n_words", "hedges_n", "hedges_per_1k"]
    with pytest.raises(ValueError, match=r"no feature columns ending with"):
        select_features(frame[["outlet", "n_words"]])


# --------------------------------------------------------------------------- invariants

_VALUES = st.lists(st.floats(min_value=0, max_value=50, allow_nan=False), min_size=2, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_VALUES, min_size=2, max_size=3), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_document_order(groups, rnd):
    frame = _articles({f"G{i}": g for i, g in enumerate(groups)})
    frame["loaded_per_1k"] = frame["hedges_per_1k"][::-1].to_numpy()
    order = list(range(len(frame)))
    rnd.shuffle(order)
    shuffled = frame.iloc[order].reset_index(drop=True)
    a = _quiet(compare, frame, n_boot=100)
    b = _quiet(compare, shuffled, n_boot=100)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(_quiet(compare_pairs, frame, n_boot=100), _quiet(compare_pairs, shuffled, n_boot=100))
    assert (a["mean"] >= 0).all() and ((a["ci_low"] <= a["mean"] + 1e-9) | a["ci_low"].isna()).all()


# --------------------------------------------------------------------------- pairs


def test_pairs_cover_every_pair_and_feature():
    frame = _articles({"A": [1, 2, 3], "B": [7, 8, 9], "C": [1, 2, 4]})
    frame["loaded_per_1k"] = 1.0 + np.arange(len(frame)) % 2
    p = compare_pairs(frame, n_boot=200)
    assert len(p) == 3 * 2
    ab = p[(p.feature == "hedges_per_1k") & (p.group_a == "A") & (p.group_b == "B")].iloc[0]
    assert (ab["difference"], ab["cliffs_delta"], ab["rate_ratio"]) == (-6.0, -1.0, pytest.approx(2 / 8))
    assert ab["p_value"] == pytest.approx(stats.mannwhitneyu([1, 2, 3], [7, 8, 9]).pvalue)
    assert (p["p_adjusted"] >= p["p_value"]).all() and set(p["correction"]) == {"holm"}
