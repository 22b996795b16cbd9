"""Running :func:`framing.analyze` on Dask, partition by partition.

Dask is an optional extra: ``pip install "media-framing[dask]"``. Point it at
a cluster the usual Dask way, then hand over a Dask DataFrame of articles::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")          # or LocalCluster()
    ddf = dask.dataframe.read_parquet("s3://bucket/articles/")
    res = framing.dask.analyze(ddf, lexicons=["hedges", "loaded"])
    articles, matches = dask.compute(res.articles, res.matches)   # one pass, shared
    framing.compare(res.compute(), by="outlet")

Each partition is read with :func:`framing.read_corpus` and analysed with
:func:`framing.analyze` on a worker; every table of the pandas result becomes a
Dask DataFrame with one partition per input partition, so rows are the same as
the pandas path on the same data.

Document ids are unique across partitions, or nothing is computed.
Without an id column, ``doc_id`` is the Dask index when its divisions are
known (sorted partitions, as ``from_pandas`` and ``set_index`` make them:
row numbers for a default index, as in the pandas path), else the row number
across all partitions (``dd.read_csv("part*.csv")`` restarts its index at 0
in every file; its rows are numbered 0, 1, 2, ... through the files instead).
With an id column, a duplicate id in two partitions raises
:class:`framing.CorpusError` when the tables are computed.
"""

from __future__ import annotations

import dataclasses
import operator
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from framing.analysis._run import DEFAULT_LEXICONS, Analysis
from framing.analysis._run import analyze as _analyze_pandas
from framing.corpus import Corpus, CorpusError, read_corpus
from framing.dictionary import LexiconLike, load_lexicon

__all__ = ["DaskAnalysis", "analyze"]


def _require_dask() -> Any:
    try:
        import dask
        import dask.dataframe as dd
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError(
            'framing.dask needs Dask: pip install "media-framing[dask]"'
        ) from exc
    return dask, dd


@dataclass(frozen=True)
class DaskAnalysis:
    """Lazy tables of an analysis on Dask.

    Attributes
    ----------
    tables : dict of str to dask.dataframe.DataFrame
        ``articles``, ``sentences``, ``matches`` and every other table that
        :class:`framing.Analysis` has (e.g. ``quotes``), with the same columns.
        Also reachable as attributes (``res.articles``). They share one
        analysis per partition when computed together (``dask.compute``).
    lexicons : tuple of Lexicon
    """

    tables: dict[str, Any]
    lexicons: tuple[Any, ...]

    def __getattr__(self, name: str) -> Any:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(f"DaskAnalysis has no table {name!r}; tables: {sorted(tables)}")

    def compute(self, **kwargs: Any) -> Analysis:
        """Compute every table in one pass and return a pandas :class:`~framing.Analysis`.

        The returned analysis has no article texts (``corpus`` holds the
        article metadata with an empty ``text`` column): the texts stay
        where Dask keeps them.
        """
        dask, _ = _require_dask()
        names = list(self.tables)
        computed = dict(zip(names, dask.compute(*(self.tables[n] for n in names), **kwargs)))
        computed = {n: f.reset_index(drop=True) for n, f in computed.items()}
        arts = computed["articles"]
        meta_cols = [c for c in arts.columns if c in _corpus_columns(arts)]
        frame = arts[meta_cols].copy()
        frame.insert(4, "text", "")
        corpus = Corpus(frame, pd.DataFrame(columns=["doc_id", "rule", "raw_start", "raw_end", "text"]))
        fields = {f.name for f in dataclasses.fields(Analysis)}
        return Analysis(
            corpus=corpus,
            lexicons=self.lexicons,
            **{n: f for n, f in computed.items() if n in fields},
        )


def _corpus_columns(articles: pd.DataFrame) -> list[str]:
    # Metadata columns come first in .articles, up to the first feature column.
    cols = list(articles.columns)
    return cols[: cols.index("n_words")] if "n_words" in cols else cols


def _tables(result: Analysis) -> dict[str, pd.DataFrame]:
    return {
        f.name: getattr(result, f.name)
        for f in dataclasses.fields(result)
        if isinstance(getattr(result, f.name), pd.DataFrame)
    }


def _offsets(lengths: list[Any]) -> list[int]:
    """The row number of each partition's first row (a length may come as a one-value Series)."""
    out, total = [], 0
    for n in lengths:
        out.append(total)
        total += int(n.sum()) if isinstance(n, pd.Series) else int(n)
    return out


def _check_ids(parts: list[pd.Series], column: str) -> bool:
    """Raise :class:`CorpusError` if an id occurs in two partitions (within one, read_corpus refuses it)."""
    first: dict[str, int] = {}
    clashes: list[str] = []
    for i, ids in enumerate(parts):
        for d in dict.fromkeys(str(x) for x in ids.tolist()):
            j = first.setdefault(d, i)
            if j != i and len(clashes) < 10:
                clashes.append(f"{d!r} (partitions {j} and {i})")
    if clashes:
        raise CorpusError(
            f"Dask DataFrame: duplicate document ids across partitions in column {column!r}: {', '.join(clashes)}; "
            "ids must be unique (drop the column to number documents by row)"
        )
    return True


def _analyze_partition(
    pdf: pd.DataFrame, options: dict[str, Any], lexicons: tuple[Any, ...], ids: Any = None, part: int = 0,
) -> dict[str, pd.DataFrame]:
    """The tables of one partition; `ids` is a list of partition offsets (row-number ids) or a check's result."""
    if isinstance(ids, list):
        pdf = pdf.assign(doc_id=[str(i) for i in range(ids[part], ids[part] + len(pdf))])
    with warnings.catch_warnings():
        # Per-document problems are kept in the 'problems' column of each row.
        warnings.simplefilter("ignore")
        corpus = read_corpus(pdf, **options)
        result = _analyze_pandas(corpus, lexicons=lexicons)
    return _tables(result)


def analyze(
    ddf: Any,
    *,
    lexicons: Sequence[LexiconLike] = DEFAULT_LEXICONS,
    text_col: str = "text",
    id_col: str | None = None,
    outlet_col: str = "outlet",
    date_col: str | None = None,
    title_col: str | None = None,
    clean: bool = True,
) -> DaskAnalysis:
    """Analyse a Dask DataFrame of articles, one task per partition.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One row per article, with a text column and any metadata.
    lexicons : sequence of str, Path or Lexicon
        As for :func:`framing.analyze`.
    text_col, id_col, outlet_col, date_col, title_col, clean
        As for :func:`framing.read_corpus`. Without an id column ``doc_id``
        is the Dask index if its divisions are known, else the row number
        across partitions; ids must be unique across partitions.

    Returns
    -------
    DaskAnalysis
        Lazy ``articles``, ``sentences``, ``matches`` (and the other tables
        of :class:`framing.Analysis`); ``.compute()`` gives a pandas
        :class:`framing.Analysis` that :func:`framing.compare` accepts.

    Raises
    ------
    TypeError
        `ddf` is not a Dask DataFrame.
    framing.CorpusError
        The text column (or a named column) is missing; when computed, an id
        occurs in two partitions.
    """
    dask, dd = _require_dask()
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"framing.dask.analyze expects a dask.dataframe.DataFrame, got {type(ddf).__name__}")
    if isinstance(lexicons, str):
        lexicons = [lexicons]
    lexs = tuple(load_lexicon(x) for x in lexicons)
    by_row = False
    if id_col is None and not any(c in ddf.columns for c in ("doc_id", "id")):
        if ddf.known_divisions:
            ddf = ddf.assign(doc_id=ddf.index.astype(str))
        else:
            by_row = True  # filled per partition from the partitions' lengths
            ddf = ddf.assign(doc_id="")
        id_col = "doc_id"
    options = dict(
        text_col=text_col, id_col=id_col, outlet_col=outlet_col, date_col=date_col, title_col=title_col, clean=clean
    )
    if text_col not in ddf.columns:
        raise CorpusError(
            f"Dask DataFrame: no text column {text_col!r}; columns present: {list(ddf.columns)}. "
            "Name the text column with text_col=..."
        )
    # Validate columns and learn every table's columns and dtypes on a tiny sample.
    sample = ddf._meta_nonempty.head(1).copy()
    sample[text_col] = "It was reportedly a reprisal, an official said."
    meta = _analyze_partition(sample, options, lexs)
    parts = ddf.to_delayed()
    if by_row:
        ids: Any = dask.delayed(_offsets)(ddf.map_partitions(len).to_delayed())
    else:
        column = id_col or next(c for c in ("doc_id", "id") if c in ddf.columns)
        ids = dask.delayed(_check_ids)(ddf[column].to_delayed(), column)
    results = [dask.delayed(_analyze_partition)(p, options, lexs, ids, i) for i, p in enumerate(parts)]
    tables = {
        name: dd.from_delayed(
            [dask.delayed(operator.getitem)(r, name) for r in results],
            meta=frame.iloc[:0],
            verify_meta=False,
        )
        for name, frame in meta.items()
    }
    return DaskAnalysis(tables=tables, lexicons=lexs)
