"""Tests for framing.comparison.validation: samples to code by hand, and what the coding says."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.comparison._stats import wilson_interval
from framing.comparison.validation import SAMPLE_COLUMNS

TEXTS = {
    "A": ["It may rain. Officials reportedly fear it could spread. It might. Perhaps.",
          "The plan may fail, and it is not clear who fired. It could widen."],
    "B": ["Nothing here at all.", "It may be true, reportedly, and it might not."],
}


@pytest.fixture(scope="module")
def result():
    rows = [(o, t) for o, ts in TEXTS.items() for t in ts]
    corpus = framing.read_corpus(pd.DataFrame(rows, columns=["outlet", "text"]))
    return framing.analyze(corpus, lexicons=["hedges"])


def quiet_sample(result, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return framing.validation_sample(result, **kw)


def test_sample_is_stratified_with_context_and_empty_verdicts(result):
    sample = quiet_sample(result, n=2, seed=3, width=20)
    assert list(sample.columns[: len(SAMPLE_COLUMNS)]) == SAMPLE_COLUMNS
    sizes = (result.matches["lexicon"] + ":" + result.matches["category"]).value_counts()
    assert sample.groupby("stratum").size().to_dict() == {s: min(2, k) for s, k in sizes.items()}
    assert (sample["stratum_size"] == sample["stratum"].map(sizes)).all()
    assert (sample["correct"] == "").all() and sample["sample_id"].tolist() == list(range(len(sample)))
    texts = result.corpus.frame.set_index("doc_id")["text"]
    for row in sample.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text  # offsets are the truth
        assert texts[row.doc_id][: row.start].endswith(row.left[-5:]) or row.left.endswith(" ")
    assert sample["definition"].str.len().gt(20).all()  # the yardstick travels with every row


def test_sample_is_reproducible_and_strata_independent(result):
    one = quiet_sample(result, n=2, seed=7)
    assert one.equals(quiet_sample(result, n=2, seed=7))
    modal = one[one["stratum"] == "hedges:modal"][["doc_id", "start"]].values.tolist()
    only_modal = framing.analyze(result.corpus, lexicons=[framing.load_lexicon("hedges").select(["modal"])])
    alone = quiet_sample(only_modal, n=2, seed=7)
    assert alone[["doc_id", "start"]].values.tolist() == modal
    other_seeds = {tuple(map(tuple, quiet_sample(result, n=2, seed=s)[["doc_id", "start"]].values)) for s in range(6)}
    assert len(other_seeds) > 1


def test_sample_warns_about_small_and_empty_strata(result):
    with pytest.warns(UserWarning) as record:
        sample = framing.validation_sample(result, n=50)
    assert len(sample) == len(result.matches)
    messages = [str(w.message) for w in record]
    assert any("fewer than n=50 hits; all of them" in m for m in messages)
    assert any("no match in this result" in m and "hedges:approximation" in m for m in messages)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"of": "sentences"}, "of must be one of", id="unknown-of"),
        pytest.param({"n": 0}, "n must be a whole number", id="n-zero"),
        pytest.param({"n": 2.5}, "n must be a whole number", id="n-float"),
        pytest.param({"by": "nope"}, "have no column 'nope'", id="unknown-by"),
        pytest.param({"width": -1}, "width must be 0 or more", id="width"),
    ],
)
def test_sample_bad_options(result, kwargs, message):
    with pytest.raises(ValueError, match=message):
        quiet_sample(result, **kwargs)


def test_sample_of_nothing_is_an_error():
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A"], "text": ["Nothing to see."]}))
    with pytest.raises(ValueError, match="result has no matches"):
        framing.validation_sample(framing.analyze(corpus, lexicons=["hedges"]))
    with pytest.raises(TypeError, match="what framing.analyze returned"):
        framing.validation_sample(pd.DataFrame())


def test_quotes_and_passives_samples():
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B"], "text": [
        '"We will respond," the minister said. The base was hit by rockets.',
        'Officials said the talks had failed. Three people were killed.']}))
    res = framing.analyze(corpus, lexicons=["hedges"])
    quotes = quiet_sample(res, of="quotes", n=5)
    assert set(quotes["stratum"]) == set(res.quotes["kind"]) and {"speaker", "cue"} <= set(quotes.columns)
    passives = quiet_sample(res, of="passives", n=5)
    assert set(passives["stratum"]) == {"agentless", "with agent"}
    assert "Is this a passive" in passives["question"].iloc[0]
    by_term = quiet_sample(res, of="passives", by="participle", n=1)
    assert sorted(by_term["stratum"]) == sorted(res.passives["participle"].unique())


def coded_frame(verdicts, strata=None, sizes=None):
    n = len(verdicts)
    return pd.DataFrame({
        "sample_id": range(n), "of": "matches", "by": "category", "group": "hedges",
        "stratum": strata or ["hedges:modal"] * n, "stratum_size": sizes or [100] * n, "correct": verdicts,
    })


def test_report_precision_and_wilson_interval():
    report = framing.validation_report(coded_frame(["y"] * 15 + ["n"] * 5))
    row = report.precision.iloc[0]
    assert (row["n_judged"], row["n_correct"], row["precision"]) == (20, 15, 0.75)
    assert row["ci_low"] == pytest.approx(0.5313, abs=1e-3) and row["ci_high"] == pytest.approx(0.8881, abs=1e-3)
    perfect = framing.validation_report(coded_frame(["yes"] * 15)).precision.iloc[0]
    assert perfect["precision"] == 1 and perfect["ci_low"] == pytest.approx(0.7961, abs=1e-3)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("y", True), ("Yes", True), ("1", True), (1, True), (True, True), ("TRUE", True), ("correct", True),
     ("n", False), ("No", False), ("0", False), (0, False), (False, False), ("wrong", False)],
)
def test_report_reads_verdict_spellings(value, expected):
    coded = coded_frame(["y", value])
    coded["correct"] = coded["correct"].astype(object)
    row = framing.validation_report(coded).precision.iloc[0]
    assert row["n_correct"] == 1 + expected


def test_report_rejects_unknown_verdicts_naming_rows():
    with pytest.raises(ValueError, match=r"2 verdicts are neither yes nor no \(sample_id 1: 'maybe'; sample_id 3: '\?'"):
        framing.validation_report(coded_frame(["y", "maybe", "n", "?"]))


def test_report_unjudged_rows_and_strata():
    coded = coded_frame(["y", "", None, "n", np.nan, ""],
                        strata=["a:x", "a:x", "a:x", "a:x", "a:y", "a:y"], sizes=[30] * 4 + [10] * 2)
    with pytest.warns(UserWarning) as record:
        report = framing.validation_report(coded)
    messages = " | ".join(str(w.message) for w in record)
    assert "4 of 6 sampled hits have no verdict" in messages and "no judged hit in 1 strata" in messages
    per = report.precision.set_index("stratum")
    assert per.loc["a:x", "n_judged"] == 2 and per.loc["a:x", "precision"] == 0.5
    assert per.loc["a:y", "n_judged"] == 0 and np.isnan(per.loc["a:y", ["precision", "ci_low", "ci_high"]]).all()
    weighted = report.weighted.iloc[0]
    assert weighted["precision"] == 0.5 and weighted["share_covered"] == pytest.approx(0.75)
    with pytest.raises(ValueError, match="no row has a verdict"):
        framing.validation_report(coded_frame(["", None]))


def test_report_weighted_precision_follows_population_shares():
    coded = coded_frame(["y"] * 10 + ["y"] * 5 + ["n"] * 5,
                        strata=["h:a"] * 10 + ["h:b"] * 10, sizes=[300] * 10 + [100] * 10)
    w = framing.validation_report(coded).weighted.iloc[0]
    assert w["precision"] == pytest.approx(0.75 * 1.0 + 0.25 * 0.5)
    assert w["ci_low"] < w["precision"] < w["ci_high"] <= 1 and w["population"] == 400


def test_report_bad_frames(tmp_path):
    with pytest.raises(ValueError, match=r"columns \['correct'\] are missing"):
        framing.validation_report(coded_frame(["y"]).drop(columns="correct"))
    with pytest.raises(ValueError, match="has no rows"):
        framing.validation_report(coded_frame([]).iloc[:0])
    with pytest.raises(ValueError, match="level must be between 0 and 1"):
        framing.validation_report(coded_frame(["y"]), level=95)


def test_round_trip_through_csv_with_corrected_rates(result, tmp_path):
    sample = quiet_sample(result, n=3, seed=1)
    path = tmp_path / "to_code.csv"
    sample.to_csv(path, index=False)
    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    coded["correct"] = np.where(coded["text"].str.lower() == "could", "n", "y")  # a coder rejecting "could"
    coded.to_csv(path, index=False)
    report = framing.validation_report(path, result=result)
    modal = report.precision.set_index("stratum").loc["hedges:modal"]
    assert modal["precision"] == pytest.approx((modal["n_sampled"] - (sample.loc[sample.stratum == "hedges:modal", "text"].str.lower() == "could").sum()) / modal["n_sampled"])
    corrected = report.corrected
    assert set(corrected["outlet"]) == {"A", "B"}
    arts = result.articles
    for row in corrected[corrected["stratum"] == "hedges:modal"].itertuples():
        expected = arts.loc[arts["outlet"] == row.outlet, "hedges_modal_per_1k"].mean()
        assert row.per_1k == pytest.approx(expected)
        assert row.corrected_per_1k == pytest.approx(expected * modal["precision"])
        assert row.corrected_low <= row.corrected_per_1k <= row.corrected_high
    assert framing.validation_report(path).corrected.empty  # no result, no rates


def test_report_refuses_a_sample_from_another_analysis(result):
    other = framing.analyze(framing.read_corpus(pd.DataFrame({"doc_id": ["x"], "outlet": ["Z"],
                                                               "text": ["It may rain."]}), id_col="doc_id"),
                            lexicons=["hedges"])
    coded = quiet_sample(other, n=1).assign(correct="y")
    with pytest.raises(ValueError, match="not in result"):
        framing.validation_report(coded, result=result)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_interval_contains_the_estimate(kn):
    k, n = kn
    low, high = wilson_interval(k, n)
    if n == 0:
        assert np.isnan(low) and np.isnan(high)
    else:
        assert 0 <= low <= k / n <= high <= 1
        assert high - low > 0


def test_docstring_examples_run():
    # tests/test_docstrings.py covers top-level modules only; this module's examples are run here.
    import doctest

    from framing.comparison import validation

    result = doctest.testmod(validation, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 5 and result.failed == 0
