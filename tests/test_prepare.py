"""Group labels shared by every comparison: several `by` columns combined, numbers labelled as written."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.comparison._prepare import _grouped, group_labels


@pytest.mark.parametrize(
    "values, expected",
    [
        ([2012.0, 2019.0, None], ["2012", "2019", pd.NA]),  # a year read with a missing value
        ([2012, 2019, 2019], ["2012", "2019", "2019"]),
        ([0.5, 1.0, np.nan], ["0.5", "1", pd.NA]),
        (["CNN", None, "Fox"], ["CNN", pd.NA, "Fox"]),
        ([True, False, True], ["True", "False", "True"]),
    ],
)
def test_labels_are_written_as_written(values, expected):
    labels, name = group_labels(pd.DataFrame({"x": values}), "x")
    assert name == "x"
    assert [None if v is pd.NA else v for v in labels.tolist()] == [None if v is pd.NA else v for v in expected]


def test_several_columns_combine_and_any_missing_part_is_missing():
    t = pd.DataFrame({"outlet": ["CNN", "Fox", "CNN", None], "bias": ["left", "right", None, "left"],
                      "year": [2012.0, 2013.0, 2012.0, 2012.0]})
    labels, name = group_labels(t, ["outlet", "bias", "year"])
    assert name == "outlet / bias / year"
    assert labels.tolist()[:2] == ["CNN / left / 2012", "Fox / right / 2013"]
    assert labels.isna().tolist() == [False, False, True, True]


@pytest.mark.parametrize("by", [[], "nope", ["outlet", "nope"], [1]])
def test_bad_by_is_a_clear_error(by):
    with pytest.raises(ValueError, match="by"):
        group_labels(pd.DataFrame({"outlet": ["A"]}), by)


def test_text_column_is_used_without_a_copy():
    t = pd.DataFrame({"outlet": ["A", "B"], "x_per_1k": [1.0, 2.0]})
    same, name = _grouped(t, "outlet")
    assert same is t and name == "outlet"
    other, name = _grouped(t, ["outlet"])
    assert other is t and name == "outlet"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["CNN", "Fox", "NPR"]), st.sampled_from([2012.0, 2013.0, np.nan])),
                min_size=1, max_size=12))
def test_combined_label_is_the_parts_joined(rows):
    t = pd.DataFrame(rows, columns=["outlet", "year"])
    before = t.copy()
    labels, _ = group_labels(t, ["outlet", "year"])
    for (outlet, year), label in zip(rows, labels):
        if year != year:
            assert label is pd.NA
        else:
            assert label == f"{outlet} / {int(year)}"
    pd.testing.assert_frame_equal(t, before)  # the caller's table is not changed


def _articles(n: int = 6, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, bias in (("CNN", "left"), ("Fox", "right"), ("NPR", "left")):
        for year in (2012.0, 2013.0):
            for k in range(n):
                rows.append({"doc_id": f"{outlet}-{year:.0f}-{k}", "outlet": outlet, "bias": bias, "year": year,
                             "event": f"e{k}", "date": f"{year:.0f}-0{1 + k % 3}-10",
                             "hedges_per_1k": rng.gamma(2.0, 2.0) + (outlet == "Fox"),
                             "hedges_n": int(rng.integers(0, 5)), "n_words": 300})
    return pd.DataFrame(rows)


def test_compare_by_two_columns():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = framing.compare(_articles(), by=["outlet", "bias"], n_boot=200)
    assert set(table["group"]) == {"CNN / left", "Fox / right", "NPR / left"}
    assert table.attrs["by"] == "outlet / bias"
    assert table["n_articles"].tolist() == [12, 12, 12]


def test_compare_labels_a_float_year_as_written():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = framing.compare(_articles(), by="year", n_boot=200)
    assert sorted(table["group"]) == ["2012", "2013"]


@pytest.mark.parametrize("call", [
    lambda t: framing.compare_pairs(t, by=["outlet", "year"], n_boot=200)[["group_a", "group_b"]],
    lambda t: framing.compare_within(t, by=["outlet", "year"], within="event", n_boot=200, n_permutations=99),
    lambda t: framing.mix(t, by=["outlet", "year"], of="bias"),
    lambda t: framing.rates_over_time(t, by=["outlet", "year"], freq="M"),
    lambda t: framing.separability(t, by=["outlet", "year"], cv=2, n_permutations=0),
], ids=["compare_pairs", "compare_within", "mix", "rates_over_time", "separability"])
def test_every_comparison_takes_several_columns(call):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = call(_articles())
    if isinstance(out, pd.DataFrame):
        labels = set(np.ravel(out[[c for c in ("group", "group_a", "group_b") if c in out.columns]].to_numpy()))
    else:
        labels = set(out.confusion.index)
    assert "Fox / 2012" in labels and not any(str(v).endswith(".0") for v in labels)


def test_voice_sourcing_and_words_take_several_columns():
    texts, outlets, years = [], [], []
    for outlet in ("A", "B"):
        for year in (2012.0, 2013.0):
            for k in range(3):
                texts.append(f'"We reportedly saw a reprisal {k}," said the minister. The {outlet} talks went on.')
                outlets.append(outlet)
                years.append(year)
    corpus = framing.read_corpus(pd.DataFrame({"outlet": outlets, "year": years, "text": texts}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = framing.analyze(corpus)
        voice = framing.compare_voice(res, by=["outlet", "year"], n_boot=200)
        profile = framing.sourcing(res, by=["outlet", "year"], n_boot=200)
        words = framing.distinctive_words(res, by=["outlet", "year"], min_df=1)
    for table in (voice, profile, words):
        assert {"A / 2012", "B / 2013"} <= set(table["group"])
    assert "outlet / year" not in res.articles.columns  # the caller's analysis is not changed
