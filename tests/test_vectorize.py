"""framing.FramingVectorizer: a scikit-learn transformer over analyze, not a second feature implementation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

import framing
from framing.comparison.vectorize import FramingVectorizer

# The empty text is there on purpose; read_corpus's warning about it is tested in test_corpus.py.
pytestmark = pytest.mark.filterwarnings("ignore:DataFrame.*empty text:UserWarning")

TEXTS = ["The strike was reportedly a disastrous reprisal.", "Officials said nothing.", "", "Possibly a brutal regime."]


def test_matches_analyze_feature_for_feature():
    vec = FramingVectorizer()
    matrix = vec.fit_transform(TEXTS)
    corpus = framing.read_corpus(pd.DataFrame({"outlet": None, "text": TEXTS}))
    articles = framing.analyze(corpus).articles
    names = list(vec.get_feature_names_out())
    assert names == framing.select_features(articles)
    expected = articles[names].to_numpy(dtype=float)
    np.testing.assert_allclose(matrix, np.nan_to_num(expected))  # the empty text: NaN rates -> 0
    assert matrix.shape == (4, len(names)) and matrix.dtype == np.float64


def test_feature_sets_and_fill_value():
    counts = FramingVectorizer(features="counts").fit(TEXTS)
    assert {"n_words", "n_sentences", "hedges_n"} <= set(counts.get_feature_names_out())
    assert not any(n.endswith("_per_1k") for n in counts.get_feature_names_out())
    some = FramingVectorizer(features=["loaded_*_per_1k"]).fit(TEXTS)
    assert all(n.startswith("loaded_") for n in some.get_feature_names_out())
    raw = FramingVectorizer(features=["hedges_per_1k"], fill_value=None).fit_transform(TEXTS)
    assert np.isnan(raw[2, 0]) and raw[0, 0] == pytest.approx(1000 / 7)


def test_pandas_output_and_pipeline():
    vec = FramingVectorizer(features=["hedges_per_1k", "loaded_per_1k"]).set_output(transform="pandas")
    out = vec.fit_transform(pd.Series(TEXTS, index=list("abcd")))
    assert isinstance(out, pd.DataFrame) and list(out.columns) == ["hedges_per_1k", "loaded_per_1k"]
    model = make_pipeline(clone(vec), LogisticRegression()).fit(TEXTS, [1, 0, 0, 1])
    assert model.predict(["Allegedly a reprisal."]).tolist() == [1]
    frame = pd.DataFrame({"body": TEXTS, "n": [1, 2, 3, 4]})
    ct = ColumnTransformer([("framing", FramingVectorizer(features=["loaded_per_1k"]), "body")])
    assert ct.fit_transform(frame).shape == (4, 1)


def test_dataframe_input_uses_text_col():
    frame = pd.DataFrame({"doc": TEXTS, "other": 1})
    vec = FramingVectorizer(features=["loaded_per_1k"], text_col="doc")
    assert vec.fit_transform(frame)[0, 0] > 0
    with pytest.raises(ValueError, match=r"X: no text column 'text'"):
        FramingVectorizer().fit(pd.DataFrame({"a": TEXTS, "b": TEXTS}))


@pytest.mark.parametrize(
    ("X", "error", "message"),
    [
        pytest.param("one text", TypeError, "got a single string", id="bare-string"),
        pytest.param(np.array([["a", "b"], ["c", "d"]]), ValueError, "1-d sequence of texts", id="2-d"),
    ],
)
def test_bad_input(X, error, message):
    with pytest.raises(error, match=message):
        FramingVectorizer().fit(X)


def test_unknown_feature_and_unfitted():
    with pytest.raises(ValueError, match="unknown feature 'nope'"):
        FramingVectorizer(features=["nope"]).fit(TEXTS)
    with pytest.raises(Exception, match="not fitted"):
        FramingVectorizer().transform(TEXTS)
