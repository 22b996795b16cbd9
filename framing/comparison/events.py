"""Finding the same story without labels: articles grouped into events by text similarity inside a date window.

:func:`match_events` gives every document an ``event`` id shared with the
articles (of any outlet) that cover the same story, so that outlets can be
compared on the same stories (``compare(..., within="event")``,
:func:`framing.compare_within`). It uses scikit-learn only: TF-IDF vectors
of each article's title and lead, cosine similarity between articles
published within `days` of each other (sparse products over a sliding date
window: no all-pairs matrix), and a union of the most similar pairs first,
which never lets an event span more than `max_span` days. Nothing is
downloaded.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pandas as pd

from framing.comparison._prepare import _parse_dates, _warn

__all__ = ["EVENT_COLUMNS", "match_events"]

logger = logging.getLogger(__name__)

EVENT_COLUMNS = ["doc_id", "event", "event_size", "n_outlets", "similarity", "terms", "note"]


def _frame_of(corpus: Any) -> pd.DataFrame:
    if isinstance(corpus, pd.DataFrame):
        return corpus
    for attr in ("frame", "corpus"):
        inner = getattr(corpus, attr, None)
        if isinstance(inner, pd.DataFrame):
            return inner
        if inner is not None and isinstance(getattr(inner, "frame", None), pd.DataFrame):
            return inner.frame
    raise TypeError(f"expected a framing.Corpus, an Analysis or a DataFrame with text and dates, "
                    f"got {type(corpus).__name__}")


class _Union:
    """Union-find over documents, keeping each set's first and last date."""

    def __init__(self, day: np.ndarray) -> None:
        self.parent = np.arange(len(day))
        self.size = np.ones(len(day), dtype=np.int64)
        self.low = day.astype(np.float64).copy()
        self.high = day.astype(np.float64).copy()

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int, max_span: float, max_size: float) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        low, high = min(self.low[ra], self.low[rb]), max(self.high[ra], self.high[rb])
        if high - low > max_span:  # chaining across weeks would merge different stories
            return
        if self.size[ra] + self.size[rb] > max_size:  # a big event absorbs neighbouring stories
            return
        self.parent[rb] = ra
        self.low[ra], self.high[ra] = low, high
        self.size[ra] += self.size[rb]


def match_events(
    corpus: Any,
    *,
    days: float = 3,
    threshold: float = 0.18,
    max_span: float | None = None,
    max_size: int | None = 30,
    date: str = "date",
    by: str = "outlet",
    lead_chars: int = 1500,
    n_terms: int = 5,
    min_df: int = 2,
    chunk: int = 1000,
) -> pd.DataFrame:
    """Group articles that cover the same story, across outlets, without labels.

    Each article is represented by TF-IDF weights (English stop words
    removed, sublinear term frequency) of its title and its first
    `lead_chars` characters, where news puts the who, what and where. Two
    articles are linked when their cosine similarity is at least `threshold`
    and their dates are at most `days` apart; linked articles are joined into
    events, the most similar pairs first, and a join that would make an event
    span more than `max_span` days is refused (so stories do not chain
    through weeks of coverage), and so is a join that would make an event
    larger than `max_size` articles (so one big story does not absorb its
    neighbours). Articles linked to nothing are their own event.

    The defaults come from judged AllSides pairs (``benchmarks/eval_events.py``).
    At ``threshold=0.18, max_size=30`` the estimated pairwise precision and
    recall are 0.78 and 0.77 on the 80 pairs the method was built on, and
    0.71 and 0.51 (F1 0.59, noisy) on 85 pairs judged before the method was
    scored on them. The earlier default (0.3, no size limit) had 0.90 / 0.23
    and 1.00 / 0.09. Raise `threshold` for purer, smaller events.

    Parameters
    ----------
    corpus : Corpus, Analysis or pandas.DataFrame
        Needs ``doc_id``, ``text`` and the `date` column; ``title`` and the
        `by` column are used when present.
    days : float, default 3
        Largest date difference between two linked articles.
    threshold : float, default 0.18
        Smallest cosine similarity of a link (0-1). Higher: fewer, purer events.
    max_span : float, optional
        Largest span of an event in days; default ``2 * days``.
    max_size : int or None, default 30
        Largest event, in articles; None: no limit.
    date : str, default "date"
    by : str, default "outlet"
        Outlet column, for ``n_outlets``.
    lead_chars : int, default 1500
    n_terms : int, default 5
        Top terms of each event's centre given as evidence.
    min_df : int, default 2
        A term must occur in this many articles to count.
    chunk : int, default 1000
        Articles per sparse product (memory only; results do not depend on it).

    Returns
    -------
    pandas.DataFrame
        One row per input document, in input order: ``doc_id``, ``event``
        (``"e000001"``...; ``""`` never appears), ``event_size`` (articles),
        ``n_outlets`` (distinct `by` values, NaN without the column),
        ``similarity`` (cosine similarity to the event's centre, NaN for a
        single-article event), ``terms`` (the event centre's top terms, joined
        by ``"; "``), ``note`` (why a document could not be matched).

    Raises
    ------
    ValueError
        No `date` or ``text`` column, or no parseable date at all, or an
        option out of range.

    Warns
    -----
    UserWarning
        Documents with a missing or unparseable date (each its own event).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({
    ...     "doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
    ...     "date": ["2020-01-01", "2020-01-02", "2020-01-02"],
    ...     "text": ["Senate passes the border funding bill after a long night of votes.",
    ...              "The Senate passed border funding bill overnight after votes.",
    ...              "A heat wave hits Spain as temperatures reach records."]})
    >>> ev = match_events(t, min_df=1)
    >>> ev[["doc_id", "event", "event_size", "n_outlets"]]
      doc_id    event  event_size  n_outlets
    0      a  e000001           2        2.0
    1      b  e000001           2        2.0
    2      c  e000002           1        1.0
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if days < 0:
        raise ValueError(f"days: expected a non-negative number of days, got {days}")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold: expected a cosine similarity in (0, 1], got {threshold}")
    max_span = 2.0 * days if max_span is None else float(max_span)
    if max_size is not None and max_size < 2:
        raise ValueError(f"max_size: expected at least 2 articles per event (or None), got {max_size}")
    cap = np.inf if max_size is None else float(max_size)
    frame = _frame_of(corpus)
    for col in ("doc_id", "text"):
        if col not in frame.columns:
            raise ValueError(f"match_events: no {col!r} column; columns: {list(frame.columns)}")
    if date not in frame.columns:
        raise ValueError(
            f"date={date!r}: no such column; match_events needs publication dates to keep the "
            f"comparison inside a time window. Columns: {list(frame.columns)}")
    n = len(frame)
    parsed = _parse_dates(frame[date])
    missing = frame[date].isna().to_numpy()
    bad = parsed.isna().to_numpy() & ~missing
    note = np.full(n, "", dtype=object)
    note[missing] = "no date: own event"
    note[bad] = "unparseable date: own event"
    if missing.any() or bad.any():
        examples = frame.loc[bad, date].astype(str).tolist()[:3]
        _warn(f"match_events: {int(missing.sum())} document(s) without a {date!r} and {int(bad.sum())} with an "
              f"unparseable one{f' (e.g. {examples})' if examples else ''} are each their own event")
    dated = np.flatnonzero(parsed.notna().to_numpy())
    if n and not len(dated):
        raise ValueError(f"date={date!r}: no value could be read as a date (e.g. "
                         f"{frame[date].astype(str).tolist()[:3]}); expected dates such as '2020-01-31'")
    titles = frame["title"].fillna("").astype(str) + ". " if "title" in frame.columns else ""
    docs = (titles + frame["text"].fillna("").astype(str).str.slice(0, lead_chars)).tolist() if n else []
    day = np.full(n, np.nan)
    day[dated] = (parsed.iloc[dated].dt.tz_localize(None) - pd.Timestamp("1970-01-01")).dt.total_seconds() / 86400
    uf = _Union(np.nan_to_num(day))
    X = None
    if len(dated) >= 2:
        vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=min(min_df, len(dated)),
                              max_df=0.5 if len(dated) >= 20 else 1.0, dtype=np.float32,
                              token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")
        try:
            X = vec.fit_transform([docs[i] for i in dated]).tocsr()
        except ValueError:  # every term pruned (tiny corpora): nothing to link
            X = None
    if X is not None:
        order = np.argsort(day[dated], kind="mergesort")
        d_sorted, X_sorted = day[dated][order], X[order]
        pairs = []
        for a in range(0, len(order), chunk):
            b = min(a + chunk, len(order))
            hi = int(np.searchsorted(d_sorted, d_sorted[b - 1] + days, side="right"))
            sims = (X_sorted[a:b] @ X_sorted[a:hi].T).tocoo()
            i, j, s = sims.row + a, sims.col + a, sims.data
            keep = (j > i) & (s >= threshold) & (d_sorted[j] - d_sorted[i] <= days)
            pairs.append((i[keep], j[keep], s[keep]))
        i = np.concatenate([p[0] for p in pairs])
        j = np.concatenate([p[1] for p in pairs])
        s = np.concatenate([p[2] for p in pairs])
        logger.info("match_events: %d links among %d dated documents", len(s), len(dated))
        for k in np.argsort(-s, kind="mergesort"):  # most similar first
            uf.union(int(dated[order[i[k]]]), int(dated[order[j[k]]]), max_span, cap)
    roots = np.array([uf.find(k) for k in range(n)], dtype=np.int64)
    # Event ids numbered by first appearance in the input: stable and readable.
    _, first, inverse = np.unique(roots, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="mergesort")] = np.arange(len(first))
    event_no = rank[inverse]
    size = np.bincount(event_no, minlength=len(first))[event_no] if n else np.zeros(0, np.int64)
    out = pd.DataFrame({"doc_id": frame["doc_id"].astype(str).to_numpy(),
                        "event": [f"e{k + 1:06d}" for k in event_no], "event_size": size})
    if by in frame.columns:
        out["n_outlets"] = pd.Series(frame[by].to_numpy()).groupby(event_no).transform("nunique").astype(
            np.float64).to_numpy()
    else:
        out["n_outlets"] = np.nan
    out["similarity"] = np.nan
    out["terms"] = ""
    if X is not None:
        _evidence(out, X, dated, event_no, vec.get_feature_names_out(), n_terms)
    out["note"] = note
    return out[EVENT_COLUMNS]


def _evidence(out: pd.DataFrame, X: Any, dated: np.ndarray, event_no: np.ndarray, names: np.ndarray,
              n_terms: int) -> None:
    """Similarity of each member to its event's centre, and the centre's top terms (events of 2+)."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    ev = event_no[dated]
    multi = out["event_size"].to_numpy()[dated] > 1
    if not multi.any():
        return
    rows, evs = np.flatnonzero(multi), ev[multi]
    uniq, codes = np.unique(evs, return_inverse=True)
    member = sparse.csr_matrix((np.ones(len(rows)), (codes, np.arange(len(rows)))),
                               shape=(len(uniq), len(rows)))
    centres = normalize(member @ X[rows])
    sim = np.asarray(X[rows].multiply(centres[codes]).sum(axis=1)).ravel()
    similarity = out["similarity"].to_numpy().copy()
    similarity[dated[rows]] = sim
    out["similarity"] = similarity
    labels = []
    for c in range(len(uniq)):
        row = centres.getrow(c)
        top = row.indices[np.argsort(-row.data, kind="mergesort")[:n_terms]]
        labels.append("; ".join(names[top]))
    terms = out["terms"].to_numpy().copy()
    terms[dated[rows]] = np.asarray(labels, dtype=object)[codes]
    out["terms"] = terms
