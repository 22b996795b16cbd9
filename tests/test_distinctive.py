"""framing.comparison.distinctive: Fightin' Words log-odds and the outlet classifier."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from framing.comparison.distinctive import distinctive_words, separability

FRAME = pd.DataFrame({
    "outlet": ["A"] * 4 + ["B"] * 4 + ["C"] * 4,
    "text": [
        "The reprisal strikes hit the base.", "Another reprisal, officials said.",
        "A reprisal was expected.", "Strikes hit the depot at night.",
        "Defensive strikes hit the base.", "The defensive action, officials said.",
        "Defensive measures were expected.", "Strikes hit the depot at dawn.",
        "Strikes hit the base.", "Officials said little.", "Nothing was expected.", "Strikes hit the depot.",
    ],
})


def test_monroe_formula_by_hand():
    w = distinctive_words(FRAME, top=None, min_df=1, stop_words=None)
    row = w[(w.group == "A") & (w.word == "reprisal")].iloc[0]
    counts = {g: " ".join(FRAME.text[FRAME.outlet == g]).lower() for g in "ABC"}
    import re

    tokens = {g: re.findall(r"[a-z]{2,}", t) for g, t in counts.items()}
    y_i, y_j = tokens["A"].count("reprisal"), tokens["B"].count("reprisal") + tokens["C"].count("reprisal")
    n_i, n_j = len(tokens["A"]), len(tokens["B"]) + len(tokens["C"])
    a, a0 = y_i + y_j, n_i + n_j  # prior: the corpus counts
    delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
    se = math.sqrt(1 / (y_i + a) + 1 / (y_j + a))
    assert (row["count"], row["count_rest"]) == (3, 0)
    assert row["log_odds_ratio"] == pytest.approx(delta) and row["z"] == pytest.approx(delta / se)
    assert (row["n_articles"], row["share_articles"], row["n_group_articles"]) == (3, 0.75, 4)


def test_planted_words_rank_first_and_shared_words_do_not():
    w = distinctive_words(FRAME, top=2, min_df=1)
    top = w[w["rank"] == 1].set_index("group")["word"]
    assert top["A"] == "reprisal" and top["B"] == "defensive"
    shared = distinctive_words(FRAME, top=None, min_df=1).query("word == 'strikes'")
    assert shared["z"].abs().max() < 1.0


def test_curly_and_straight_apostrophes_are_one_word():
    frame = pd.DataFrame({"outlet": ["A", "B"], "text": ["It\u2019s a reprisal", "It's a response"]})
    with pytest.warns(UserWarning, match="single article"):
        words = set(distinctive_words(frame, top=None, min_df=1, stop_words=None)["word"])
    assert "it's" in words and "it\u2019s" not in words


def test_bad_input():
    with pytest.raises(ValueError, match=r"by='source': no such column"):
        distinctive_words(FRAME, by="source")
    with pytest.raises(ValueError, match=r"only one group \['A'\]"):
        distinctive_words(FRAME[FRAME.outlet == "A"])
    with pytest.raises(ValueError, match=r"no word left to count"):
        distinctive_words(FRAME, min_df=50)
    with pytest.warns(UserWarning, match=r"single article"):
        distinctive_words(pd.concat([FRAME, pd.DataFrame({"outlet": ["D"], "text": ["a reprisal"]})]), min_df=1)


def _feature_frame(n: int = 20, shift: float = 5.0) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({
        "doc_id": [f"d{i:03d}" for i in range(2 * n)],
        "outlet": ["A"] * n + ["B"] * n,
        "hedges_per_1k": np.r_[rng.normal(2, 1, n), rng.normal(2 + shift, 1, n)],
        "loaded_per_1k": rng.normal(3, 1, 2 * n),
    })


def test_separability_beats_baseline_on_separable_features():
    s = separability(_feature_frame(), cv=5, n_permutations=9)
    assert s.accuracy > 0.9 and s.baseline_accuracy == pytest.approx(0.5)
    assert s.p_value == pytest.approx(1 / 10)  # no shuffled labelling does as well
    assert s.confusion.to_numpy().sum() == 40 and list(s.confusion.index) == ["A", "B"]
    top = s.features.query("rank == 1").set_index("group")["feature"]
    assert top.to_dict() == {"A": "hedges_per_1k", "B": "hedges_per_1k"}
    assert s.features.query("group == 'B' and feature == 'hedges_per_1k'")["coefficient"].iloc[0] > 0
    assert "against 50.0% for always guessing the largest group" in s.summary()


def test_separability_at_chance_on_noise():
    s = separability(_feature_frame(n=30, shift=0.0), cv=5)
    assert s.accuracy < 0.75


def test_separability_small_groups():
    frame = pd.concat([_feature_frame(n=3), pd.DataFrame({"doc_id": ["x"], "outlet": ["C"],
                                                         "hedges_per_1k": [1.0], "loaded_per_1k": [1.0]})])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s = separability(frame, cv=5)
    messages = " ".join(str(w.message) for w in caught)
    assert "['C']" in messages and "using 3 folds instead of 5" in messages
    assert s.n_groups == 2 and s.n_splits == 3
    with pytest.raises(ValueError, match="fewer than 2 groups with at least 2 articles"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            separability(frame.iloc[[0, 3, 6]])


def test_each_groups_own_name_is_dropped_by_default():
    # issue 15: an outlet's own name tops its distinctive words ("told Reuters", "CNN's").
    frame = pd.DataFrame({
        "outlet": ["CNN (Web News)"] * 3 + ["Reuters"] * 3,
        "text": ["CNN's anchor said the strikes hit", "the CNN report on strikes", "strikes hit, CNN said",
                 "officials told Reuters the raid failed", "Reuters saw the raid", "the raid, Reuters said"],
    })
    kept = distinctive_words(frame, top=None, min_df=1)
    own = {"CNN (Web News)": {"cnn", "cnn's", "web", "news"}, "Reuters": {"reuters"}}
    assert not any(w in own[g] for g, w in zip(kept["group"], kept["word"]))
    assert "cnn" in set(kept.loc[kept["group"] == "Reuters", "word"])  # another group's name stays
    assert {"strikes", "raid"} <= set(kept["word"])
    everything = distinctive_words(frame, top=None, min_df=1, drop_own_name=False)
    assert set(everything.loc[everything["group"] == "Reuters", "word"]) >= {"reuters"}
    assert set(everything.loc[everything["group"] == "CNN (Web News)", "word"]) >= {"cnn", "cnn's"}
    two = distinctive_words(frame, top=None, min_df=1, ngram_range=(1, 2))
    assert "told reuters" in set(two.loc[two["group"] == "Reuters", "word"])  # not only name words
    assert "reuters" not in set(two.loc[two["group"] == "Reuters", "word"])
