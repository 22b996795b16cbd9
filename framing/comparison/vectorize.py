"""Framing features as a scikit-learn transformer: raw texts in, feature matrix out.

:class:`FramingVectorizer` runs :func:`framing.analyze` on the texts it is
given and returns the article feature columns, so the framing features drop
into any scikit-learn model, ``Pipeline`` or ``ColumnTransformer``. It holds no
feature logic of its own: whatever :func:`framing.analyze` computes (lexicon
rates today; quotes, agency or readability as those families land) is what
comes out, selected by the same rule as :func:`framing.compare`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from framing.analysis._run import DEFAULT_LEXICONS, analyze
from framing.comparison._compare import select_features
from framing.corpus import read_corpus

__all__ = ["FramingVectorizer"]

_COUNT_SUFFIX = "_n"


class FramingVectorizer(TransformerMixin, BaseEstimator):
    """Turn raw texts into the framing feature matrix (one row per text).

    Parameters
    ----------
    lexicons : sequence of str, Path or Lexicon, default ("hedges", "loaded")
        Passed to :func:`framing.analyze`.
    features : {"rates", "counts", "all"} or sequence of str, default "rates"
        ``"rates"``: the columns :func:`framing.compare` compares by default
        (ending ``_per_1k`` or ``_share``); ``"counts"``: counts (ending
        ``_n``) plus ``n_words`` and ``n_sentences``; ``"all"``: every
        feature column (``Analysis.feature_columns()``); or column names and
        patterns such as ``["loaded_*_per_1k"]``.
    clean : bool, default True
        Remove scraping debris first (:func:`framing.clean_text`).
    fill_value : float or None, default 0.0
        Replaces NaN (a rate of a text with no words) so that any model
        accepts the matrix; None keeps NaN.
    text_col : str, default "text"
        Column read when `X` is a DataFrame.
    n_jobs : int, default 1
        Worker processes for :func:`framing.analyze`.

    Attributes
    ----------
    feature_names_out_ : numpy.ndarray of str
        The output columns, fixed at ``fit`` (they depend on the lexicons,
        not on the texts).
    lexicons_ : tuple of Lexicon
        The lexicons loaded at ``fit``.

    Examples
    --------
    >>> vec = FramingVectorizer(features=["hedges_per_1k", "loaded_per_1k"])
    >>> vec.fit_transform(["Critics reportedly slammed it.", "Nothing here."])
    array([[250., 250.],
           [  0.,   0.]])
    >>> list(vec.get_feature_names_out())
    ['hedges_per_1k', 'loaded_per_1k']

    With ``set_output(transform="pandas")`` the result is a DataFrame, and
    the vectorizer works inside a ``Pipeline``:

    >>> from sklearn.pipeline import make_pipeline
    >>> from sklearn.linear_model import LogisticRegression
    >>> texts = ["a reprisal", "a reprisal again", "reportedly calm", "possibly calm"]
    >>> model = make_pipeline(FramingVectorizer(), LogisticRegression()).fit(texts, [1, 1, 0, 0])
    >>> model.predict(["another reprisal"]).tolist()
    [1]
    """

    def __init__(
        self,
        *,
        lexicons: Sequence[Any] = DEFAULT_LEXICONS,
        features: str | Sequence[str] = "rates",
        clean: bool = True,
        fill_value: float | None = 0.0,
        text_col: str = "text",
        n_jobs: int = 1,
    ) -> None:
        self.lexicons = lexicons
        self.features = features
        self.clean = clean
        self.fill_value = fill_value
        self.text_col = text_col
        self.n_jobs = n_jobs

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags

    def _texts(self, X: Any) -> list[str]:
        if isinstance(X, str):
            raise TypeError("X: expected an iterable of texts, got a single string; wrap it in a list")
        if isinstance(X, pd.DataFrame):
            if self.text_col in X.columns:
                X = X[self.text_col]
            elif X.shape[1] == 1:
                X = X.iloc[:, 0]
            else:
                raise ValueError(f"X: no text column {self.text_col!r}; columns: {list(X.columns)}. Set text_col=")
        values = np.asarray(list(X) if not isinstance(X, np.ndarray) else X, dtype=object)
        if values.ndim == 2 and values.shape[1] == 1:
            values = values[:, 0]
        if values.ndim != 1:
            raise ValueError(f"X: expected a 1-d sequence of texts, got an array of shape {values.shape}")
        return [v if isinstance(v, str) else ("" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
                for v in values]

    def _analyze(self, texts: list[str]) -> Any:
        frame = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": None, "text": texts})
        return analyze(read_corpus(frame, clean=self.clean), lexicons=self.lexicons, n_jobs=self.n_jobs)

    def _select(self, result: Any) -> list[str]:
        if isinstance(self.features, str) and self.features in ("rates", "counts", "all"):
            cols = result.feature_columns()
            if self.features == "all":
                return cols
            if self.features == "counts":
                return [c for c in cols if c.endswith(_COUNT_SUFFIX) or c in ("n_words", "n_sentences")]
            return select_features(result.articles[cols])
        return select_features(result.articles, self.features)

    def fit(self, X: Any, y: Any = None) -> FramingVectorizer:
        """Load the lexicons and fix the output columns (the texts are only checked)."""
        self._texts(X)
        probe = self._analyze(["probe"])  # the columns depend on the lexicons, not on the texts
        self.lexicons_ = probe.lexicons
        self.feature_names_out_ = np.asarray(self._select(probe), dtype=object)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Analyse the texts and return the feature matrix (n_texts x n_features, float64)."""
        check_is_fitted(self, "feature_names_out_")
        texts = self._texts(X)
        result = self._analyze(texts)
        matrix = result.articles.reindex(columns=list(self.feature_names_out_)).to_numpy(dtype=np.float64)
        if self.fill_value is not None:
            matrix = np.where(np.isnan(matrix), self.fill_value, matrix)
        return matrix

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Names of the output columns."""
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()
