"""Running the feature families over a corpus: :func:`analyze` and :func:`analyze_iter`.

What is found in each document, and how, is in :mod:`framing.analysis._docs`;
the result's tables are described on :class:`framing.Analysis`.

Documents are handled in chunks (``chunksize``): a chunk is analysed one
feature family at a time over all its documents (sentences, words and
syllables, lexicon matches, passives, then quotes) and turned into tables in
one go, in this process or on a worker, and the chunks' tables are joined in
corpus order at the end, so ``n_jobs`` never changes a result.
"""

from __future__ import annotations

import collections
import functools
import itertools
import logging
import sys
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import chain
from typing import Any

import pandas as pd

import framing.analysis._docs as _docs
from framing.analysis._columns import check_lexicon_columns, check_metadata_columns
from framing.analysis._docs import _init_worker, _Worker, _worker_tables_of
from framing.analysis._pool import start_pool
from framing.analysis._result import Analysis
from framing.clean import CleanedText, clean_text
from framing.corpus import Corpus, _read, iter_corpus
from framing.dictionary import Lexicon, LexiconLike, load_lexicon

__all__ = ["Analysis", "analyze", "analyze_iter", "DEFAULT_LEXICONS"]

logger = logging.getLogger(__name__)

#: Lexicons used when ``analyze`` is not told otherwise.
DEFAULT_LEXICONS: tuple[str, ...] = ("hedges", "loaded")

def analyze(
    corpus: Corpus | pd.DataFrame | str | Any,
    *,
    lexicons: Sequence[LexiconLike] = DEFAULT_LEXICONS,
    n_jobs: int = 1,
    progress: bool = False,
    chunksize: int = 200,
    quotes: bool = True,
    actors: LexiconLike | None = None,
) -> Analysis:
    """Split every document into sentences and find lexicon terms, with offsets.

    Parameters
    ----------
    corpus : Corpus, pandas.DataFrame or path
        A :class:`~framing.Corpus`; anything else is read as
        :func:`~framing.read_corpus` reads it with its default options (with
        `n_jobs` above 1 the texts are cleaned on the worker processes).
    lexicons : sequence of str, Path or Lexicon, default ("hedges", "loaded")
        Built-in names, lexicon files or loaded lexicons.
    n_jobs : int, default 1
        Worker processes. Results are identical and in corpus order whatever
        the value. Each worker analyses whole chunks of documents and sends
        back their tables; when `corpus` is a path or a DataFrame, the
        workers also clean the texts as they are read. On Linux workers are
        forked (code from a script without a main guard, from stdin or from
        ``python -m`` all work); on macOS and Windows they re-import the main
        script, which needs ``if __name__ == "__main__":``. When workers
        cannot start, the analysis runs in this process with a warning.
    progress : bool, default False
        Show a progress bar (tqdm.auto: a text bar on a terminal, a widget in Jupyter).
    chunksize : int, default 200
        Documents per chunk: the unit of work sent to a worker, and of table
        building in this process with ``n_jobs=1``.
    quotes : bool, default True
        Find quotes and their speakers (:func:`~framing.find_quotes`):
        ``.quotes``, ``.quote_problems``, the voice columns of ``.matches``
        (``in_quote, quote_id, speaker, quote_kind``) and the quote columns
        of ``.articles``. False skips them (the tables are empty and those
        columns absent).
    actors : str, Path or Lexicon, optional
        A lexicon whose categories are actor groups (e.g. the built-in
        ``"actors"``): each quote's speaker is assigned to the group that
        names it (``.quotes.actor_group``) and ``.articles`` counts quotes
        per group (``quotes_actor_G_n``).

    Returns
    -------
    Analysis
        ``.articles``, ``.sentences``, ``.matches``, ``.passives``,
        ``.quotes``, ``.quote_problems`` (columns documented on
        :class:`Analysis`).

    Raises
    ------
    framing.LexiconError
        An unknown lexicon name or an invalid lexicon file.
    ValueError
        `n_jobs` or `chunksize` below 1.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import read_corpus
    >>> corpus = read_corpus(pd.DataFrame({
    ...     "outlet": ["A", "B"],
    ...     "text": ["The strike was reportedly a reprisal. Officials said so.", "No words here."]}))
    >>> result = analyze(corpus, lexicons=["hedges", "loaded", "conflict"])
    >>> result.sentences[["doc_id", "sent_id", "start", "end", "n_words"]]
      doc_id  sent_id  start  end  n_words
    0      0        0      0   37        6
    1      0        1     38   56        3
    2      1        0      0   14        3
    >>> result.articles[["doc_id", "n_words", "hedges_n", "conflict_retaliation_per_1k"]]
      doc_id  n_words  hedges_n  conflict_retaliation_per_1k
    0      0        9         1                   111.111111
    1      1        3         0                     0.000000
    """
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be at least 1, got {n_jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    lexs = _load_lexicons(lexicons)
    actor_lex = load_lexicon(actors) if actors is not None else None
    read = not isinstance(corpus, Corpus)
    pool = None
    if n_jobs > 1 and (read or len(corpus.frame) > chunksize):
        pool = _pool(n_jobs, lexs, quotes, actor_lex)
    bar: Any = _NoBar()
    try:
        if read:
            # Read here, cleaning the texts on the workers when there are any.
            cleaner = None if pool is None else functools.partial(
                _clean_on, pool, chunksize=chunksize, window=4 * n_jobs
            )
            corpus = _read(corpus, clean_many=cleaner)
        bar = _progress(total=len(corpus.frame), enabled=progress)
        pieces = list(_iter_tables(corpus, _Worker(lexs, quotes, actor_lex) if pool is None else None, pool=pool,
                                   chunksize=chunksize, bar=bar, window=4 * n_jobs))
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()
    return _combine(corpus, pieces, lexs, quotes=quotes)


def _clean_on(pool: ProcessPoolExecutor, texts: list[str], *, chunksize: int, window: int) -> list[Any]:
    """:func:`~framing.clean_text` of each text, computed on `pool`, in order."""
    parts = (texts[i : i + chunksize] for i in range(0, len(texts), chunksize))
    cleaned = chain.from_iterable(_ordered_map(pool, _clean_chunk, parts, window=window))
    # A text cleaning left alone comes back as None: the original is kept, not a copy.
    return [CleanedText(t, ()) if c is None else c for t, c in zip(texts, cleaned)]


def _clean_chunk(texts: list[str]) -> list[CleanedText | None]:
    out: list[CleanedText | None] = []
    for t in texts:
        c = clean_text(t)
        out.append(c if c.removed else None)
    return out


def _ordered_map(pool: ProcessPoolExecutor, fn: Any, items: Iterator[Any], *, window: int) -> Iterator[Any]:
    """``fn(item)`` for each item on `pool`, in order, with at most `window` in flight.

    The window keeps the inputs sent and the results waiting bounded whatever
    the number of items.
    """
    pending: collections.deque = collections.deque()
    for item in itertools.islice(items, max(1, window)):
        pending.append(pool.submit(fn, item))
    while pending:
        res = pending.popleft().result()
        nxt = next(items, None)
        if nxt is not None:
            pending.append(pool.submit(fn, nxt))
        yield res


def _load_lexicons(lexicons: Sequence[LexiconLike] | LexiconLike) -> tuple[Lexicon, ...]:
    if isinstance(lexicons, (str, Lexicon)):
        lexicons = [lexicons]
    lexs = tuple(load_lexicon(x) for x in lexicons)  # type: ignore[union-attr]
    names = [lx.name for lx in lexs]
    if len(set(names)) != len(names):
        raise ValueError(f"lexicons: names must be distinct, got {names}")
    check_lexicon_columns(lexs)
    return lexs


_TABLES = ("sentences", "matches", "passives", "quotes", "quote_problems")


def _combine(corpus: Corpus, pieces: list[dict[str, pd.DataFrame]], lexs: tuple[Lexicon, ...], *,
             quotes: bool) -> Analysis:
    """One Analysis from the chunks' tables, concatenated in corpus order.

    Each table is taken out of the chunks as it is joined, so at the peak the
    chunks' tables are held once plus one joined table, not twice over.
    """
    tables: dict[str, pd.DataFrame] = {}
    for name in ("features", *_TABLES):
        if not quotes and name in ("quotes", "quote_problems"):
            continue
        frames = [p.pop(name) for p in pieces]
        if not frames:
            frames = [_Worker(lexs, quotes, None).tables([], [])[name]]
        # Empty chunks carry no dtype information: leave them out of the concat.
        filled = [t for t in frames if len(t)] or frames[:1]
        tables[name] = pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0].reset_index(drop=True)
    features = tables.pop("features")
    articles = corpus.metadata.reset_index(drop=True)
    check_metadata_columns(articles.columns, features.columns)
    articles = pd.concat([articles, features.set_axis(articles.index)], axis=1)
    return Analysis(articles=articles, corpus=corpus, lexicons=lexs, **tables)


def analyze_iter(
    source: Corpus | pd.DataFrame | str | Any,
    *,
    chunksize: int = 1000,
    lexicons: Sequence[LexiconLike] = DEFAULT_LEXICONS,
    n_jobs: int = 1,
    progress: bool = False,
    quotes: bool = True,
    actors: LexiconLike | None = None,
    **read_options: Any,
) -> Iterator[Analysis]:
    """Analyse a corpus chunk by chunk, so memory does not grow with its size.

    Parameters
    ----------
    source : Corpus, pandas.DataFrame or path
        As for :func:`analyze`; a path is streamed with
        :func:`~framing.iter_corpus` (JSON Lines and CSV are never read whole).
    chunksize : int, default 1000
        Documents per yielded :class:`Analysis`.
    lexicons, n_jobs, progress, quotes, actors
        As for :func:`analyze`; one pool of `n_jobs` workers serves all chunks.
    **read_options
        Passed to :func:`~framing.iter_corpus` (``text_col``, ``outlet_col``...).

    Yields
    ------
    Analysis
        One per chunk, in corpus order. Concatenating the chunks' tables
        gives the same rows as :func:`analyze` on the whole corpus.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"outlet": ["A", "B", "C"],
    ...                       "text": ["Critics slammed it.", "Reportedly so.", "Nothing."]})
    >>> parts = list(analyze_iter(frame, chunksize=2))
    >>> [len(p.articles) for p in parts]
    [2, 1]
    >>> int(pd.concat([p.articles for p in parts])["loaded_n"].sum())
    1
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be at least 1, got {n_jobs}")
    lexs = _load_lexicons(lexicons)
    actor_lex = load_lexicon(actors) if actors is not None else None
    if isinstance(source, Corpus):
        frame = source.frame
        chunks: Iterator[Corpus] = (
            Corpus(frame.iloc[i : i + chunksize].reset_index(drop=True),
                   source.removed[source.removed["doc_id"].isin(frame["doc_id"].iloc[i : i + chunksize])])
            for i in range(0, len(frame), chunksize)
        )
    else:
        chunks = iter_corpus(source, chunksize=chunksize, **read_options)
    bar = _progress(total=None, enabled=progress)
    pool = _pool(n_jobs, lexs, quotes, actor_lex) if n_jobs > 1 else None
    local = _Worker(lexs, quotes, actor_lex) if pool is None else None
    try:
        for corpus in chunks:
            # Split among the workers so that each gets work for every chunk.
            size = max(1, min(200, len(corpus.frame) // (2 * n_jobs) or 1))
            pieces = list(_iter_tables(corpus, local, pool=pool, chunksize=size, bar=bar, window=4 * n_jobs))
            yield _combine(corpus, pieces, lexs, quotes=quotes)
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()


def _set_worker(worker: _Worker) -> None:
    """Pool initializer of a forked worker: the worker state built in the parent, inherited."""
    _docs._WORKER = worker


def _pool(n_jobs: int, lexs: tuple[Lexicon, ...], quotes: bool, actors: Lexicon | None) -> ProcessPoolExecutor | None:
    """Started workers (see :mod:`framing.analysis._pool`), or None to analyse in this process."""
    # Forked workers share the lexicons compiled here once; fresh ones compile their own.
    return start_pool(
        n_jobs, inherit=lambda: (_set_worker, (_Worker(lexs, quotes, actors),)),
        rebuild=(_init_worker, (lexs, quotes, actors)),
    )


def _iter_tables(
    corpus: Corpus, local: _Worker | None, *, pool: ProcessPoolExecutor | None, chunksize: int, bar: Any,
    window: int,
) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of each chunk of `chunksize` documents, in corpus order.

    Each chunk is analysed and turned into tables where it is processed (in
    this process with `local`, else on `pool`), so only compact tables travel
    back and the main process does not rebuild them. On a pool at most
    `window` chunks are in flight at once: the texts sent and the results
    waiting stay bounded whatever the corpus size.
    """
    doc_ids = corpus.frame["doc_id"]
    texts = corpus.frame["text"]

    def chunk(i: int) -> tuple[list[str], list[str]]:
        # Python strings are made chunk by chunk, only for the chunks in flight.
        return doc_ids.iloc[i : i + chunksize].tolist(), texts.iloc[i : i + chunksize].tolist()

    starts = range(0, len(texts), chunksize)
    if pool is None:
        assert local is not None
        for i in starts:
            ids, docs = chunk(i)
            yield local.tables(ids, docs)
            bar.update(len(ids))
        return
    for res in _ordered_map(pool, _worker_tables_of, (chunk(i) for i in starts), window=window):
        yield res
        bar.update(len(res["features"]))


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _in_jupyter() -> bool:
    """True inside a Jupyter kernel (an IPython shell talking to a notebook), whatever else is imported."""
    ipython = sys.modules.get("IPython")
    shell = getattr(ipython, "get_ipython", lambda: None)() if ipython is not None else None
    return type(shell).__name__ == "ZMQInteractiveShell"


def _progress(*, total: int | None, enabled: bool) -> Any:
    # A terminal, or a Jupyter kernel (stderr is not a terminal there; tqdm.auto draws a widget).
    if not enabled or not (sys.stderr.isatty() or _in_jupyter()):
        return _NoBar()
    try:
        with warnings.catch_warnings():
            # Without ipywidgets tqdm.auto falls back to a text bar, which shows in Jupyter too; no need to warn.
            warnings.simplefilter("ignore")
            from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return _NoBar()
    return tqdm(total=total, unit="doc", desc="analyze")

