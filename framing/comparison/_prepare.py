"""Comparison inputs: which features, which groups, checked and put in a canonical order.

Shared by :mod:`framing.comparison._compare`, :mod:`framing.comparison.voice`,
:mod:`framing.comparison.stories` and the output stage: the article table is
taken from an :class:`~framing.Analysis` (or used as given), the features are
chosen by a documented rule (:func:`select_features`), articles without a
group are left out with a warning, and every option is checked before any
statistic is computed.

Which features are compared by default is a documented rule, not a list of
names: every numeric column of the article table whose name ends with one of
:data:`RATE_SUFFIXES` (``_per_1k`` rates per 1,000 words, ``_share``
proportions). New feature families that follow the naming are picked up
without changes here.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import types
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

import framing.comparison._stats as _stats

__all__ = ["RATE_SUFFIXES", "group_labels", "select_features"]


def _warn(message: str) -> None:
    """Warn, attributing the warning to the first caller outside this package."""
    import sys

    frame, level = sys._getframe(0), 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith("framing."):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, UserWarning, stacklevel=level)

#: Numeric article columns with these endings are compared by default.
RATE_SUFFIXES: tuple[str, ...] = ("_per_1k", "_share")


_UNITS = {"_per_1k": "per 1,000 words", "_share": "share (0-1)"}
_ALL = "all"

COMPARE_COLUMNS = [
    "stratum", "group", "feature", "unit", "n_articles", "mean", "ci_low", "ci_high", "median",
    "share_with", "mean_per_sentence", "mean_rest", "cliffs_delta", "rate_ratio", "rr_ci_low",
    "rr_ci_high", "test", "statistic", "p_value", "p_adjusted", "correction", "note",
]
PAIR_COLUMNS = [
    "stratum", "feature", "unit", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
    "cliffs_delta", "rate_ratio", "rr_ci_low", "rr_ci_high", "test", "statistic", "p_value",
    "p_adjusted", "correction", "note",
]


# --------------------------------------------------------------------------- group labels


def _label(value: Any) -> Any:
    """A group label as written: 2012.0 (a year read with missing values) becomes "2012"."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return pd.NA
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def group_labels(articles: pd.DataFrame | Any, by: str | Sequence[str]) -> tuple[pd.Series, str]:
    """The group label of every article, several columns combined, and the name of that grouping.

    Parameters
    ----------
    articles : pandas.DataFrame or Analysis
    by : str or sequence of str
        One column, or several whose combinations are the groups.

    Returns
    -------
    labels : pandas.Series
        Text labels (object dtype, ``<NA>`` where any of the columns is
        missing), on the article table's index. Numbers are written as
        written: a year read as ``2012.0`` is ``"2012"``. Several columns are
        joined with ``" / "`` (``"CNN / left"``).
    name : str
        The column name the labels go by: the column itself, or the names
        joined with ``" / "`` (``"outlet / bias"``).

    Raises
    ------
    ValueError
        `by` is empty or names a column the table does not have.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["CNN", "Fox", "CNN"], "year": [2012.0, None, 2013.0]})
    >>> labels, name = group_labels(t, ["outlet", "year"])
    >>> name, labels.tolist()
    ('outlet / year', ['CNN / 2012', <NA>, 'CNN / 2013'])
    """
    articles = _articles_of(articles)
    columns = [by] if isinstance(by, str) else list(by)
    if not columns or not all(isinstance(c, str) for c in columns):
        raise ValueError(f"by: expected a column name or a list of column names, got {by!r}")
    for c in columns:
        _check_column(articles, c, "by")
    name = " / ".join(columns)
    parts = [articles[c].map(_label).astype("object") for c in columns]
    parts = [part.where(part.notna(), pd.NA) for part in parts]
    labels = parts[0]
    for part in parts[1:]:
        missing = labels.isna() | part.isna()
        labels = (labels.fillna("") + " / " + part.fillna("")).astype("object").mask(missing, pd.NA)
    return labels.rename(name), name


def _needs_labels(articles: pd.DataFrame, by: str | Sequence[str]) -> bool:
    if not isinstance(by, str):
        return True
    if by not in articles.columns:
        return False  # the caller's column check names the problem
    return pd.api.types.is_float_dtype(articles[by]) or articles[by].dtype == object and bool(
        articles[by].map(lambda v: isinstance(v, (float, np.floating))).any())


def _grouped(result: Any, by: str | Sequence[str]) -> tuple[Any, str]:
    """`result` with its grouping as one column of text labels (:func:`group_labels`), and that column's name.

    A single column that already holds text is used as it is (no copy); a
    float column or several columns are turned into a labelled column added
    to the article table (of a copy: the caller's analysis is not changed).
    """
    articles = result if isinstance(result, pd.DataFrame) else getattr(result, "articles", None)
    if not isinstance(articles, pd.DataFrame):
        return result, by if isinstance(by, str) else " / ".join(map(str, by))
    if isinstance(by, (list, tuple)) and len(by) == 1 and isinstance(by[0], str):
        by = by[0]
    if not _needs_labels(articles, by):
        return result, by
    labels, name = group_labels(articles, by)
    articles = articles.assign(**{name: labels})
    if isinstance(result, pd.DataFrame):
        return articles, name
    if dataclasses.is_dataclass(result):
        return dataclasses.replace(result, articles=articles), name
    return types.SimpleNamespace(**{**vars(result), "articles": articles}), name


# --------------------------------------------------------------------------- input checks


def _articles_of(result: Any) -> pd.DataFrame:
    if isinstance(result, pd.DataFrame):
        return result
    articles = getattr(result, "articles", None)
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"expected a framing.Analysis (from framing.analyze) or an article DataFrame, "
            f"got {type(result).__name__}"
        )
    return articles


def _numeric_columns(articles: pd.DataFrame) -> list[str]:
    return [
        c for c in articles.columns
        if pd.api.types.is_numeric_dtype(articles[c]) and not pd.api.types.is_bool_dtype(articles[c])
    ]


def select_features(articles: pd.DataFrame | Any, features: Sequence[str] | str | None = None) -> list[str]:
    """The feature columns to compare, by the documented rule or by name/pattern.

    Parameters
    ----------
    articles : pandas.DataFrame or Analysis
        The article table (``Analysis.articles``).
    features : str or sequence of str, optional
        Column names or shell-style patterns (``"hedges_*_per_1k"``). Default:
        every numeric column ending with one of :data:`RATE_SUFFIXES`.

    Returns
    -------
    list of str
        Column names in table order.

    Raises
    ------
    ValueError
        A name or pattern matches no numeric column (the message lists the
        available ones), or a named column is not numeric.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"], "n_words": [10], "hedges_per_1k": [1.0], "x_share": [0.5]})
    >>> select_features(t)
    ['hedges_per_1k', 'x_share']
    >>> select_features(t, "hedges_*")
    ['hedges_per_1k']
    """
    articles = _articles_of(articles)
    numeric = _numeric_columns(articles)
    if features is None:
        chosen = [c for c in numeric if c.endswith(RATE_SUFFIXES)]
        if not chosen:
            raise ValueError(
                f"no feature columns ending with {RATE_SUFFIXES} in the article table; "
                f"name them with features=[...]; numeric columns present: {numeric}"
            )
        return chosen
    if isinstance(features, str):
        features = [features]
    chosen: list[str] = []
    for name in features:
        if name in articles.columns:
            if name not in numeric:
                raise ValueError(
                    f"features: column {name!r} is not numeric (dtype {articles[name].dtype}); "
                    "expected article-level numbers such as rates per 1,000 words"
                )
            hits = [name]
        else:
            hits = [c for c in numeric if fnmatch.fnmatchcase(c, name)]
        if not hits:
            import difflib

            close = difflib.get_close_matches(name, numeric, n=3)
            hint = f" Did you mean {close}?" if close else ""
            raise ValueError(
                f"features: unknown feature {name!r}.{hint} Available numeric columns: {numeric}"
            )
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def _unit(feature: str) -> str:
    for suffix, unit in _UNITS.items():
        if feature.endswith(suffix):
            return unit
    return "value"


def _check_column(articles: pd.DataFrame, name: str, param: str) -> None:
    if name not in articles.columns:
        raise ValueError(
            f"{param}={name!r}: no such column in the article table; columns present: "
            f"{[c for c in articles.columns]}. Expected a metadata column such as 'outlet' or 'event'"
        )


def _prepare(
    articles: pd.DataFrame, *, by: str, within: str | None, features: list[str]
) -> pd.DataFrame:
    """Articles with ``_group``/``_stratum``/``_key`` columns, missing metadata dropped, in canonical order.

    The canonical order (stratum, group, doc_id) makes every resample and
    permutation a function of the *set* of articles, so results never depend
    on the order of the input.
    """
    _check_column(articles, by, "by")
    if within is not None:
        _check_column(articles, within, "within")
        if within == by:
            raise ValueError(f"within={within!r} is the same column as by=; expected a different column (e.g. 'event')")
    frame = articles.copy()
    if "doc_id" in frame.columns:
        keys = frame["doc_id"].astype(str)
    else:
        keys = pd.Series(frame.index.astype(str), index=frame.index)
    missing = frame[by].isna()
    if within is not None:
        missing |= frame[within].isna()
    if missing.any():
        cols = by if within is None else f"{by}/{within}"
        examples = keys[missing].tolist()[:5]
        _warn(
            f"{int(missing.sum())} article(s) have no {cols} (missing value) and are left out of the "
            f"comparison: {examples}{' ...' if missing.sum() > 5 else ''}")
    frame = frame.loc[~missing]
    frame["_group"] = frame[by].astype(str)
    frame["_stratum"] = frame[within].astype(str) if within is not None else _ALL
    frame["_key"] = keys[~missing]
    frame = frame.sort_values(["_stratum", "_group", "_key"], kind="mergesort").reset_index(drop=True)
    if not len(frame):
        raise ValueError(f"by={by!r}: every article has a missing value; expected group labels (e.g. outlet names)")
    if frame["_group"].nunique() < 2:
        groups = frame["_group"].unique().tolist()
        raise ValueError(
            f"by={by!r}: only one group {groups} among {len(frame)} article(s); nothing to compare. "
            "Expected at least 2 groups (e.g. outlets)"
        )
    if within is not None:
        n_groups = frame.groupby("_stratum")["_group"].nunique()
        if (n_groups < 2).all():
            raise ValueError(
                f"within={within!r}: no {within} has articles from 2 or more {by} groups; nothing to "
                f"compare inside a {within}. Compare without within= or check the metadata"
            )
        single = n_groups.index[n_groups < 2].tolist()
        if single:
            _warn(
                f"{len(single)} {within}(s) have a single {by} and get no test: {single[:5]}"
                f"{' ...' if len(single) > 5 else ''}")
    values = frame[features].to_numpy(dtype=np.float64)
    missing_values = np.isnan(values)
    if missing_values.any():
        rows = missing_values.any(axis=1)
        cols = [f for f, m in zip(features, missing_values.any(axis=0)) if m]
        keys = frame.loc[rows, "_key"].tolist()
        _warn(
            f"{int(rows.sum())} article(s) have no value (NaN) for some features (an undefined rate or share, "
            f"e.g. an article without words); they are left out of those features only: {keys[:5]}"
            f"{' ...' if len(keys) > 5 else ''}; features: {cols[:8]}{' ...' if len(cols) > 8 else ''}")
    zero = [f for f, any_value in zip(features, np.nan_to_num(values).any(axis=0)) if not any_value]
    if zero:
        _warn(f"{len(zero)} feature(s) are zero in every article, so there is nothing to test: {zero}")
    return frame


def _warn_small_groups(frame: pd.DataFrame, *, by: str, within: str | None, min_articles: int) -> None:
    sizes = frame.groupby(["_stratum", "_group"]).size()
    small = sizes[sizes < min_articles]
    if len(small):
        shown = ", ".join(
            (f"{g!r}" if within is None else f"{g!r} in {s!r}") + f" ({n} article{'s' if n != 1 else ''})"
            for (s, g), n in list(small.items())[:8]
        )
        _warn(
            f"{len(small)} {by} group(s) have fewer than {min_articles} articles: no confidence interval "
            f"(NaN) and left out of the tests: {shown}{' ...' if len(small) > 8 else ''}")


def _check_options(test: str, correction: str, n_boot: int, level: float, min_articles: int) -> None:
    if test not in ("kruskal", "permutation"):
        raise ValueError(f"test: expected 'kruskal' or 'permutation', got {test!r}")
    if correction not in _stats.CORRECTIONS:
        raise ValueError(f"correction: expected one of {_stats.CORRECTIONS}, got {correction!r}")
    if n_boot < 100:
        raise ValueError(f"n_boot: expected at least 100 resamples, got {n_boot}")
    if not 0 < level < 1:
        raise ValueError(f"level: expected a confidence level between 0 and 1, got {level}")
    if min_articles < 2:
        raise ValueError(f"min_articles: expected at least 2 (an interval needs 2 articles), got {min_articles}")


def _per_sentence(frame: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Article-level counts per sentence for rate features whose ``_n`` count column exists."""
    out = np.full((len(frame), len(features)), np.nan)
    if "n_sentences" not in frame.columns:
        return out
    n_sent = frame["n_sentences"].to_numpy(dtype=np.float64)
    for j, f in enumerate(features):
        count = f[: -len("_per_1k")] + "_n" if f.endswith("_per_1k") else None
        if count and count in frame.columns:
            counts = frame[count].to_numpy(dtype=np.float64)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[:, j] = np.where(n_sent > 0, counts / np.where(n_sent > 0, n_sent, 1), np.nan)
    return out




def _parse_dates(values: pd.Series) -> pd.Series:
    """Dates as UTC timestamps, NaT where a value is missing or not a date (pandas' format warning silenced:
    the callers count and report the values that could not be read)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Could not infer format")
        return pd.to_datetime(values, errors="coerce", utc=True)
