from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing import LexiconError, coverage, kwic, learn_terms


@pytest.fixture(scope="module")
def small_result():
    corpus = framing.read_corpus(pd.DataFrame({
        "outlet": ["A", "B", "C"],
        "text": [
            "The strike was a reprisal, officials said.\nAnother reprisal followed.",
            "It was not clear who fired. Revenge was vowed.",
            "Nothing to see.",
        ],
    }))
    return framing.analyze(corpus, lexicons=["hedges", "loaded", "conflict"])


def test_kwic_contexts_and_filters(small_result):
    table = kwic(small_result, category="retaliation", width=13)
    assert list(table.columns[:10]) == [
        "doc_id", "sent_id", "start", "end", "left", "text", "right", "lexicon", "category", "term",
    ]
    assert table["text"].tolist() == ["reprisal", "reprisal", "Revenge"]
    first, second = table.iloc[0], table.iloc[1]
    assert first["left"] == "strike was a " and first["right"] == ", officials s"
    assert "\n" not in second["left"]  # line breaks shown as spaces
    assert second["left"] == "aid. Another "  # the line break collapsed to one space
    texts = small_result.corpus.frame.set_index("doc_id")["text"]
    for row in table.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    assert kwic(small_result, term="revenge", lexicon="conflict")["text"].tolist() == ["Revenge"]
    assert kwic(small_result, lexicon="hedges")["category"].tolist() == ["uncertainty"]
    assert kwic(small_result, category=["nope"]).empty
    assert (kwic(small_result, width=0)["left"] == "").all()
    with pytest.raises(ValueError, match="width must be 0 or more"):
        kwic(small_result, width=-1)


def test_coverage_most_matched_first_and_never_matched(small_result):
    cov = coverage(small_result, "conflict")
    assert len(cov) == len(framing.load_lexicon("conflict"))
    top = cov.iloc[0]
    assert (top["term"], top["n_matches"], top["n_docs"]) == ("reprisal", 2, 1)
    assert top["share"] == pytest.approx(2 / 3)
    assert cov["n_matches"].is_monotonic_decreasing
    assert cov["n_matches"].sum() == (small_result.matches["lexicon"] == "conflict").sum()
    assert (cov["n_matches"] == 0).sum() == len(cov) - 2
    assert cov.loc[cov["term"] == "revenge", "forms_seen"].item() == "revenge"
    with pytest.raises(LexiconError, match="was not used by this analysis"):
        coverage(small_result, "boosters")


def test_coverage_counts_flipped_matches_for_their_entry(tmp_path):
    path = tmp_path / "pol.yaml"
    path.write_text(
        "name: pol\nversion: '1'\ndescription: polarity\ncategories:\n"
        "  pos:\n    description: positive\n    terms:\n      - term: good\n        negated: {flip: neg}\n"
        "  neg:\n    description: negative\n    terms: [bad]\n",
        encoding="utf-8",
    )
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A"], "text": ["Not good. Good. Bad."]}))
    result = framing.analyze(corpus, lexicons=[path])
    assert result.matches["category"].tolist() == ["neg", "pos", "neg"]
    cov = coverage(result, result.lexicons[0]).set_index("term")
    assert cov.loc["good", "n_matches"] == 2 and cov.loc["bad", "n_matches"] == 1


SENTENCES = (
    ["The senator slammed the reckless and outrageous plan."] * 4
    + ["Critics blasted the disastrous scheme as a sham."] * 4
    + ["The senator presented the plan on Tuesday."] * 4
    + ["The committee published the scheme and the budget."] * 4
)
LABELS = ["biased"] * 8 + ["neutral"] * 8


def test_learn_terms_returns_a_reviewable_table():
    table = learn_terms(SENTENCES, LABELS, positive="biased", ngram_range=(1, 1), min_df=2, top=10, known="loaded")
    assert list(table.columns) == ["term", "weight", "n_sentences", "n_positive", "share_positive", "known", "example"]
    assert len(table) <= 10 and table["weight"].is_monotonic_decreasing and (table["weight"] > 0).all()
    words = set(table["term"])
    assert {"reckless", "outrageous", "sham"} <= words
    assert not words & {"the", "and", "as", "on"}  # stop words alone are never candidates
    assert not words & {"presented", "committee", "tuesday"}  # neutral-only words are not
    row = table.set_index("term").loc["sham"]
    assert (row["n_sentences"], row["n_positive"], row["share_positive"]) == (4, 4, 1.0)
    assert row["known"] == "loaded:pejorative_labels" and "sham" in row["example"]
    assert (table.set_index("term").loc["reckless", "known"]) == "loaded:evaluative"


def test_learn_terms_never_changes_a_lexicon_and_can_drop_known():
    before = framing.load_lexicon("loaded")
    n = len(before)
    table = learn_terms(SENTENCES, LABELS, positive="biased", min_df=2, known=["loaded", "hedges"], drop_known=True)
    assert (table["known"] == "").all()
    assert len(framing.load_lexicon("loaded")) == n


def test_learn_terms_is_reproducible():
    a = learn_terms(SENTENCES, LABELS, positive="biased", min_df=2)
    b = learn_terms(SENTENCES, LABELS, positive="biased", min_df=2)
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize(
    "labels, message",
    [
        (["biased"] * 3, "differ in length"),
        (["neutral"] * len(SENTENCES), "must hold the positive class"),
    ],
)
def test_learn_terms_errors(labels, message):
    with pytest.raises(ValueError, match=message):
        learn_terms(SENTENCES, labels, positive="biased")
