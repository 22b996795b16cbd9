"""Rates over time: each outlet's feature rates per period (or per day since a story broke), with intervals.

:func:`rates_over_time` gives, for every group x period x feature, the mean
rate per 1,000 words and the mean count per article, each with a t interval
over the articles of the cell (the article is the unit, as in
:func:`framing.compare`). :func:`framing.plot.over_time` draws it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.comparison._prepare import _articles_of, _check_column, _grouped, _parse_dates, _unit, _warn, select_features

__all__ = ["TIME_COLUMNS", "rates_over_time"]

TIME_COLUMNS = [
    "group", "period", "feature", "unit", "n_articles", "per_1k", "per_1k_low", "per_1k_high",
    "per_article", "per_article_low", "per_article_high", "note",
]


def _dates(articles: pd.DataFrame, date: str) -> pd.Series:
    """Parsed dates (timezone-naive); unparseable ones NaT with a warning; none at all is an error."""
    if date not in articles.columns:
        raise ValueError(f"date={date!r}: no such column in the article table; rates over time need "
                         f"publication dates. Columns: {list(articles.columns)}")
    raw = articles[date]
    parsed = _parse_dates(raw).dt.tz_localize(None)
    bad = parsed.isna() & raw.notna()
    if parsed.notna().sum() == 0:
        raise ValueError(f"date={date!r}: no value could be read as a date (e.g. {raw.astype(str).tolist()[:3]}); "
                         "expected dates such as '2020-01-31'")
    if bad.any() or raw.isna().any():
        parts = [f"{int(raw.isna().sum())} article(s) without a {date!r}"] if raw.isna().any() else []
        if bad.any():
            parts.append(f"{int(bad.sum())} with an unparseable one (e.g. {raw[bad].astype(str).tolist()[:3]})")
        _warn(f"{' and '.join(parts)} are left out of the rates over time")
    return parsed


def _t_interval(mean: np.ndarray, sd: np.ndarray, n: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    from scipy import stats

    with np.errstate(invalid="ignore", divide="ignore"):
        half = stats.t.ppf(0.5 + level / 2, np.maximum(n - 1, 1)) * sd / np.sqrt(n)
    half = np.where(n >= 2, half, np.nan)
    return mean - half, mean + half


def rates_over_time(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    features: Sequence[str] | str | None = None,
    freq: str = "M",
    date: str = "date",
    since: str | None = None,
    level: float = 0.95,
) -> pd.DataFrame:
    """Rates per group and period, per 1,000 words and per article, with intervals.

    Parameters
    ----------
    result : Analysis or pandas.DataFrame
        The article table (``Analysis.articles``) with a date column.
    by : str or sequence of str, default "outlet"
        The groups; several columns are combined as in :func:`framing.compare`.
    features : str or sequence of str, optional
        ``_per_1k`` rate columns (or patterns); default: the lexicon totals
        and every other ``_per_1k`` column whose ``_n`` count column exists.
        The per-article count comes from the ``_n`` column (NaN without one).
    freq : str, default "M"
        Period of the calendar axis (pandas period alias: ``"W"``, ``"M"``,
        ``"Q"``, ``"Y"``); ``period`` is the period's start date.
    date : str, default "date"
    since : str, optional
        A story column (e.g. ``"event"`` from :func:`framing.match_events`):
        the axis becomes whole days since the story's first article
        (``period`` 0, 1, 2...) instead of the calendar.
    level : float, default 0.95
        Level of the t intervals over the cell's articles.

    Returns
    -------
    pandas.DataFrame
        One row per group x period x feature: ``group, period, feature,
        unit, n_articles``, ``per_1k`` (mean of the articles' rates) with
        ``per_1k_low, per_1k_high``, ``per_article`` (mean count) with
        ``per_article_low, per_article_high``, ``note`` (why an interval is
        missing). Cells without articles are absent (a period with no
        article of a group is not a zero).

    Raises
    ------
    ValueError
        No `date` column or no parseable date; a missing `by`/`since` column;
        a bad `freq`.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "A", "B"],
    ...                   "date": ["2020-01-03", "2020-01-20", "2020-02-01", "2020-01-05"],
    ...                   "hedges_n": [1, 3, 2, 0], "hedges_per_1k": [2.0, 6.0, 4.0, 0.0]})
    >>> r = rates_over_time(t, freq="M")
    >>> r[["group", "period", "n_articles", "per_1k", "per_article"]]
      group     period  n_articles  per_1k  per_article
    0     A 2020-01-01           2     4.0          2.0
    1     A 2020-02-01           1     4.0          2.0
    2     B 2020-01-01           1     0.0          0.0
    """
    if not 0 < level < 1:
        raise ValueError(f"level: expected a confidence level between 0 and 1, got {level}")
    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    articles = _articles_of(result)
    _check_column(articles, by, "by")
    if features is None:
        rates = [c for c in select_features(articles) if c.endswith("_per_1k")]
        feats = [c for c in rates if c[: -len("_per_1k")] + "_n" in articles.columns] or rates
    else:
        feats = select_features(articles, features)
    when = _dates(articles, date)
    keep = when.notna() & articles[by].notna()
    if since is not None:
        _check_column(articles, since, "since")
        keep &= articles[since].notna()
        first = when.where(keep).groupby(articles[since]).transform("min")
        period = ((when - first).dt.total_seconds() // 86400).astype("Int64")
    else:
        try:
            period = when.dt.to_period(freq).dt.start_time
        except (ValueError, TypeError) as err:
            raise ValueError(f"freq: {freq!r} is not a pandas period alias (expected 'W', 'M', 'Q', 'Y'...): {err}")
    frame = pd.DataFrame({"group": articles[by].astype(str), "period": period})[keep.to_numpy()]
    tables = []
    for f in feats:
        count = f[: -len("_per_1k")] + "_n" if f.endswith("_per_1k") else None
        values = pd.DataFrame({"rate": articles[f].to_numpy(dtype=np.float64),
                               "count": articles[count].to_numpy(dtype=np.float64)
                               if count and count in articles.columns else np.nan})[keep.to_numpy()]
        cells = pd.concat([frame, values], axis=1).groupby(["group", "period"], sort=True)
        agg = cells.agg(n_articles=("rate", "count"), per_1k=("rate", "mean"), sd=("rate", "std"),
                        per_article=("count", "mean"), sd_n=("count", "std")).reset_index()
        n = agg["n_articles"].to_numpy(dtype=np.float64)
        agg["per_1k_low"], agg["per_1k_high"] = _t_interval(agg["per_1k"].to_numpy(), agg["sd"].to_numpy(), n, level)
        agg["per_article_low"], agg["per_article_high"] = _t_interval(
            agg["per_article"].to_numpy(), agg["sd_n"].to_numpy(), n, level)
        agg["feature"], agg["unit"] = f, _unit(f)
        agg["note"] = np.where(n < 2, "fewer than 2 articles: no interval", "")
        tables.append(agg[TIME_COLUMNS])
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=TIME_COLUMNS)
    if not len(table):
        raise ValueError(f"no article has both a date and a {by!r} value: nothing to put over time")
    table = table.sort_values(["group", "feature", "period"], kind="mergesort").reset_index(drop=True)
    table.attrs.update(by=by, freq=freq if since is None else None, since=since, level=level)
    return table
