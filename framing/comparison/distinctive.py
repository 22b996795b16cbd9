"""What tells outlets apart: distinctive words and how separable outlets are by framing.

:func:`distinctive_words`
    Words each outlet uses more (or less) than the others: the log-odds ratio
    with an informative Dirichlet prior of Monroe, Colaresi and Quinn (2008),
    "Fightin' Words", one outlet against the rest, for any number of outlets.
:func:`separability`
    A cross-validated scikit-learn classifier predicting the outlet from the
    framing features, reported against the majority baseline with the most
    discriminative features.

References
----------
Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words:
Lexical feature selection and evaluation for identifying the content of
political conflict. Political Analysis, 16(4), 372-403.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from framing.comparison._compare import _articles_of, _check_column, _warn, select_features
from framing.comparison._prepare import _grouped

__all__ = ["Separability", "distinctive_words", "separability"]

logger = logging.getLogger(__name__)

WORD_COLUMNS = [
    "group", "rank", "word", "z", "log_odds_ratio", "se", "count", "count_rest", "per_1k", "per_1k_rest",
    "n_articles", "share_articles", "n_group_articles",
]
# Words of two or more letters (digits and underscores are not words here).
_TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)*\b"


def _preprocess(text: str) -> str:
    # Lower-case, and one apostrophe: outlets differ in typography ("it’s" vs "it's"), not in words.
    return text.lower().replace("\u2019", "'")


def _name_word_test(name: str) -> Any:
    """A test: is a counted word (or n-gram) made only of words of the group name `name`?"""
    import re

    parts = re.findall(_TOKEN_PATTERN, _preprocess(name))
    words = set(parts) | {a + b for a, b in zip(parts, parts[1:])}  # "foxnews", "nytimes"

    def is_name(word: str) -> bool:
        return all(w.split("'")[0] in words for w in word.split())

    return is_name


def _texts_and_groups(result: Any, by: str) -> tuple[list[str], pd.Series]:
    """Texts and group labels, aligned by document, missing groups dropped with a warning."""
    corpus = getattr(result, "corpus", None)
    if isinstance(result, pd.DataFrame):
        frame = result
    elif corpus is not None:
        meta = _articles_of(result)
        frame = corpus.frame[["doc_id", "text"]].merge(
            meta.drop(columns=[c for c in ("text",) if c in meta.columns]), on="doc_id", how="left")
    else:
        raise TypeError(f"expected a framing.Analysis or a DataFrame with a text column, got {type(result).__name__}")
    if "text" not in frame.columns:
        raise ValueError(f"distinctive_words: no 'text' column; columns present: {list(frame.columns)}")
    _check_column(frame, by, "by")
    missing = frame[by].isna()
    if missing.any():
        _warn(f"{int(missing.sum())} article(s) have no {by} (missing value) and are left out of the word counts")
    frame = frame.loc[~missing]
    return frame["text"].fillna("").astype(str).tolist(), frame[by].astype(str).reset_index(drop=True)


def distinctive_words(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    top: int | None = 20,
    min_df: int = 2,
    stop_words: str | Sequence[str] | None = "english",
    ngram_range: tuple[int, int] = (1, 1),
    prior_scale: float = 1.0,
    drop_own_name: bool = True,
) -> pd.DataFrame:
    """Words distinctive of each group against all others (Monroe et al. 2008).

    For group *i* and the rest *j*, with word counts ``y`` and totals ``n``
    and an informative Dirichlet prior ``a_w = prior_scale * (count of w in
    the whole corpus)``, ``a0 = sum(a_w)``::

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
        se_w    = sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))
        z_w     = delta_w / se_w

    The prior shrinks rare words towards zero, so a word used twice by one
    outlet does not top the list. Words (two or more letters, lower-cased,
    curly apostrophes made straight) are counted with scikit-learn's
    ``CountVectorizer``.

    The z-scores treat words as independent draws, which they are not:
    Lijffijt et al. (2016) show that such scores overstate significance. Read
    them as a ranking, not as tests, and check ``share_articles``: a word used
    by a single article of an outlet is that article's topic, not the
    outlet's voice. Scraped news also carries boilerplate (photo captions,
    "contributed to this report", the outlet's own name) that tops such
    lists: remove it when cleaning, or pass it in `stop_words`.

    Parameters
    ----------
    result : Analysis or pandas.DataFrame
        An :class:`~framing.Analysis` (texts from its corpus) or a table with
        ``text`` and the `by` column.
    by : str or sequence of str, default "outlet"
        The groups; several columns are combined as in :func:`framing.compare`.
    top : int or None, default 20
        Words kept per group, highest z first; None keeps every word.
    min_df : int, default 2
        Ignore words found in fewer articles (corpus-wide).
    stop_words : "english", list or None, default "english"
        Passed to ``CountVectorizer``; None keeps function words (which the
        prior already damps).
    ngram_range : (int, int), default (1, 1)
        ``(1, 2)`` adds two-word phrases.
    prior_scale : float, default 1.0
        Strength of the prior relative to the corpus counts.
    drop_own_name : bool, default True
        Leave the words of each group's own name out of its list: "cnn"
        (and "cnn's", "web", "news") for ``"CNN (Web News)"``, "foxnews" and
        "fox news" for ``"Fox News"``. An outlet's own name (a byline, "told
        Reuters", a dateline) tops its list and says nothing about its
        framing. Other groups' names are kept; False keeps every word.

    Returns
    -------
    pandas.DataFrame
        One row per group x word: ``group, rank`` (1 = most distinctive),
        ``word, z, log_odds_ratio`` (delta), ``se, count, count_rest,
        per_1k, per_1k_rest`` (rates per 1,000 counted words),
        ``n_articles`` (the group's articles using the word),
        ``share_articles`` and ``n_group_articles``.

    Raises
    ------
    ValueError
        `by` is not a column, fewer than 2 groups, or no word survives
        `min_df`/`stop_words`.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
    ...     "text": ["reprisal strikes hit", "reprisal strikes again",
    ...              "defensive strikes hit", "defensive strikes again"]})
    >>> w = distinctive_words(t, top=1, min_df=1)
    >>> w[["group", "word", "count", "count_rest"]]
      group       word  count  count_rest
    0     A   reprisal      2           0
    1     B  defensive      2           0
    """
    from sklearn.feature_extraction.text import CountVectorizer

    if prior_scale <= 0:
        raise ValueError(f"prior_scale: expected a positive number, got {prior_scale}")
    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    texts, groups = _texts_and_groups(result, by)
    names = sorted(groups.unique())
    if len(names) < 2:
        raise ValueError(f"by={by!r}: only one group {names}; distinctive words need at least 2 groups")
    sizes = groups.value_counts()
    small = sizes[sizes < 2]
    if len(small):
        _warn(f"{len(small)} {by} group(s) have a single article, so their distinctive words are that "
              f"article's words: {sorted(small.index)[:8]}")
    cv = CountVectorizer(min_df=min_df, stop_words=stop_words, ngram_range=ngram_range,
                         token_pattern=_TOKEN_PATTERN, preprocessor=_preprocess)
    try:
        X = cv.fit_transform(texts).tocsr()
    except ValueError as exc:  # empty vocabulary
        raise ValueError(f"distinctive_words: no word left to count ({exc}); lower min_df or drop stop_words") from None
    vocab = cv.get_feature_names_out()
    labels = groups.to_numpy()
    Y = np.vstack([np.asarray(X[labels == g].sum(axis=0)).ravel() for g in names]).astype(np.float64)
    DF = np.vstack([np.asarray((X[labels == g] > 0).sum(axis=0)).ravel() for g in names])
    y = Y.sum(axis=0)
    alpha = prior_scale * y
    a0 = alpha.sum()
    n_total = y.sum()
    frames = []
    for k, g in enumerate(names):
        yi, yj = Y[k], y - Y[k]
        ni, nj = yi.sum(), n_total - yi.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((yi + alpha) / (ni + a0 - yi - alpha)) - np.log((yj + alpha) / (nj + a0 - yj - alpha))
            se = np.sqrt(1.0 / (yi + alpha) + 1.0 / (yj + alpha))
            z = delta / se
        n_docs = int(sizes[g])
        part = pd.DataFrame({
            "group": g, "word": vocab, "z": z, "log_odds_ratio": delta, "se": se,
            "count": yi.astype(np.int64), "count_rest": yj.astype(np.int64),
            "per_1k": 1000.0 * yi / ni if ni else np.nan, "per_1k_rest": 1000.0 * yj / nj if nj else np.nan,
            "n_articles": DF[k].astype(np.int64), "share_articles": DF[k] / n_docs, "n_group_articles": n_docs,
        })
        if drop_own_name:
            part = part[~part["word"].map(_name_word_test(g))]
        part = part.sort_values(["z", "word"], ascending=[False, True], kind="mergesort")
        if top is not None:
            part = part.head(top)
        part.insert(1, "rank", np.arange(1, len(part) + 1))
        frames.append(part)
    return pd.concat(frames, ignore_index=True)[WORD_COLUMNS]


@dataclass(frozen=True)
class Separability:
    """How well framing features predict the outlet (cross-validated).

    Attributes
    ----------
    accuracy, balanced_accuracy : float
        Mean out-of-fold scores of the classifier.
    baseline_accuracy, baseline_balanced_accuracy : float
        The same for always predicting the most frequent outlet.
    p_value : float
        Permutation test of the accuracy (scikit-learn
        ``permutation_test_score``, labels shuffled); NaN when
        ``n_permutations=0``.
    n_articles, n_groups, n_splits : int
    folds : pandas.DataFrame
        ``fold, accuracy, balanced_accuracy, baseline_accuracy``.
    confusion : pandas.DataFrame
        Out-of-fold counts, index true outlet, columns predicted outlet.
    features : pandas.DataFrame
        ``group, feature, coefficient, rank``: standardised coefficients of
        the classifier fitted on all articles (log-odds per standard
        deviation; positive = more typical of the group), ranked by size
        within each group.
    """

    accuracy: float
    balanced_accuracy: float
    baseline_accuracy: float
    baseline_balanced_accuracy: float
    p_value: float
    n_articles: int
    n_groups: int
    n_splits: int
    folds: pd.DataFrame
    confusion: pd.DataFrame
    features: pd.DataFrame

    def summary(self) -> str:
        """One sentence for a report."""
        p = "" if np.isnan(self.p_value) else f", permutation p = {self.p_value:.3g}"
        return (
            f"{self.n_splits}-fold cross-validated accuracy {self.accuracy:.1%} "
            f"(folds {self.folds['accuracy'].min():.0%}-{self.folds['accuracy'].max():.0%}; "
            f"balanced {self.balanced_accuracy:.1%}) "
            f"predicting {self.n_groups} groups from {self.n_articles} articles, against "
            f"{self.baseline_accuracy:.1%} for always guessing the largest group{p}"
        )


def separability(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    features: Sequence[str] | str | None = None,
    cv: int = 5,
    n_permutations: int = 0,
    estimator: Any = None,
    random_state: int | None = 0,
) -> Separability:
    """How separable are outlets by their framing? A cross-validated classifier against the baseline.

    Parameters
    ----------
    result : Analysis or pandas.DataFrame
    by : str or sequence of str, default "outlet"
        The groups; several columns are combined as in :func:`framing.compare`.
    features : str or sequence of str, optional
        As in :func:`framing.compare`; default: every rate/share column.
    cv : int, default 5
        Stratified folds (fewer if the smallest group has fewer articles).
    n_permutations : int, default 0
        Label permutations for a p-value (each costs `cv` fits).
    estimator : scikit-learn classifier, optional
        Default: median imputation, standardisation and multinomial logistic
        regression, whose coefficients give ``Separability.features``. Any
        other estimator gets an empty ``features`` table.
    random_state : int or None, default 0

    Returns
    -------
    Separability

    Raises
    ------
    ValueError
        Fewer than 2 groups with at least 2 articles, and the errors of
        :func:`framing.select_features`.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"] * 6 + ["B"] * 6,
    ...                   "hedges_per_1k": [1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9]})
    >>> s = separability(t, cv=3)
    >>> s.accuracy, s.baseline_accuracy
    (1.0, 0.5)
    """
    from sklearn.base import clone
    from sklearn.dummy import DummyClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, balanced_accuracy_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict, permutation_test_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    articles = _articles_of(result)
    feats = select_features(articles, features)
    _check_column(articles, by, "by")
    frame = articles.loc[articles[by].notna()].copy()
    if len(frame) < len(articles):
        _warn(f"{len(articles) - len(frame)} article(s) have no {by} and are left out of the classifier")
    frame["_group"] = frame[by].astype(str)
    key = frame["doc_id"].astype(str) if "doc_id" in frame.columns else frame.index.astype(str)
    frame = frame.assign(_key=key).sort_values(["_group", "_key"], kind="mergesort").reset_index(drop=True)
    sizes = frame["_group"].value_counts()
    small = sorted(sizes.index[sizes < 2])
    if small:
        _warn(f"{len(small)} {by} group(s) with fewer than 2 articles are left out of the classifier: {small[:8]}")
        frame = frame.loc[~frame["_group"].isin(small)].reset_index(drop=True)
    names = sorted(frame["_group"].unique())
    if len(names) < 2:
        raise ValueError(f"by={by!r}: fewer than 2 groups with at least 2 articles ({names}); nothing to separate")
    n_splits = int(min(cv, frame["_group"].value_counts().min()))
    if n_splits < cv:
        _warn(f"the smallest {by} group has {n_splits} articles: using {n_splits} folds instead of {cv}")
    X = np.array(frame[feats].to_numpy(dtype=np.float64), copy=True)
    X[np.isnan(X).all(axis=1)] = 0.0  # an article with no value at all cannot be imputed from itself
    y = frame["_group"].to_numpy()
    model = estimator if estimator is not None else make_pipeline(
        SimpleImputer(strategy="median", keep_empty_features=True), StandardScaler(),
        LogisticRegression(max_iter=2000),
    )
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter on tiny or constant inputs
        pred = cross_val_predict(clone(model), X, y, cv=folds)
        base = cross_val_predict(DummyClassifier(strategy="most_frequent"), X, y, cv=folds)
        p_value = np.nan
        if n_permutations > 0:
            _, _, p_value = permutation_test_score(clone(model), X, y, cv=folds, n_permutations=n_permutations,
                                                   random_state=random_state)
        fitted = clone(model).fit(X, y)
    fold_rows = []
    for i, (_, test_idx) in enumerate(folds.split(X, y)):
        fold_rows.append({
            "fold": i, "accuracy": accuracy_score(y[test_idx], pred[test_idx]),
            "balanced_accuracy": balanced_accuracy_score(y[test_idx], pred[test_idx]),
            "baseline_accuracy": accuracy_score(y[test_idx], base[test_idx]),
        })
    fold_table = pd.DataFrame(fold_rows)
    confusion = pd.crosstab(pd.Series(y, name="true"), pd.Series(pred, name="predicted")).reindex(
        index=names, columns=names, fill_value=0)
    return Separability(
        accuracy=float(fold_table["accuracy"].mean()),
        balanced_accuracy=float(balanced_accuracy_score(y, pred)),
        baseline_accuracy=float(fold_table["baseline_accuracy"].mean()),
        baseline_balanced_accuracy=float(balanced_accuracy_score(y, base)),
        p_value=float(p_value), n_articles=len(frame), n_groups=len(names), n_splits=n_splits,
        folds=fold_table, confusion=confusion, features=_coefficients(fitted, feats),
    )


def _coefficients(model: Any, feats: list[str]) -> pd.DataFrame:
    columns = ["group", "feature", "coefficient", "rank"]
    last = model.steps[-1][1] if hasattr(model, "steps") else model
    coef = getattr(last, "coef_", None)
    if coef is None:
        return pd.DataFrame(columns=columns)
    classes = [str(c) for c in last.classes_]
    coef = np.asarray(coef)
    if coef.shape[0] == 1 and len(classes) == 2:  # binary: one row, positive = second class
        coef = np.vstack([-coef[0], coef[0]])
    rows = []
    for g, row in zip(classes, coef):
        order = np.argsort(-np.abs(row), kind="mergesort")
        rows.extend({"group": g, "feature": feats[j], "coefficient": float(row[j]), "rank": r + 1}
                    for r, j in enumerate(order))
    return pd.DataFrame(rows, columns=columns)
