"""Running the feature families over a corpus: sentences, matches, article table.

Each document is processed once: one sentence-boundary scan, one word scan,
one shared lexicon scan, one passive scan and one quote scan over the whole
text; sentence ids are then assigned to matches, passives and quotes by offset
(binary search), never by re-scanning sentences.

Documents are handled in chunks (``chunksize``): a chunk is analysed one
feature family at a time over all its documents (sentences, words and
syllables, lexicon matches, passives, then quotes) and turned into tables in
one go, in this process or on a worker, and the chunks' tables are joined in
corpus order at the end, so ``n_jobs`` never changes a result.
"""

from __future__ import annotations

import collections
import functools
import gc
import itertools
import logging
import multiprocessing
import re
import sys
from itertools import chain
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing.features.quotes._tables import doc_quote_info, match_voice, quote_tables
from framing._text import fold
from framing.features.agency import _find_passives
from framing.clean import CleanedText, clean_text
from framing.corpus import Corpus, _read, iter_corpus
from framing.features._matcher import _matcher_for
from framing.dictionary._lexicon import Lexicon, LexiconLike, load_lexicon
from framing.features.quotes._find import QUOTE_COLUMNS, QUOTE_PROBLEM_COLUMNS, scan_quotes
from framing.features.readability import Readability, syllables_in
from framing.sentences import sentence_spans

__all__ = ["Analysis", "analyze", "analyze_iter", "DEFAULT_LEXICONS"]

logger = logging.getLogger(__name__)

#: Lexicons used when ``analyze`` is not told otherwise.
DEFAULT_LEXICONS: tuple[str, ...] = ("hedges", "loaded")

# A word: letters/digits, with inner apostrophes, hyphens or dots ("Kata'ib",
# "Iran-backed", "U.S") kept as one word, as a reader would count them.
_WORD = re.compile(r"\w+(?:['\u2019.\u2011-]\w+)*")

SENTENCE_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "n_words"]
MATCH_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "lexicon", "category", "term", "weight"]
PASSIVE_COLUMNS = [
    "doc_id", "sent_id", "start", "end", "text", "auxiliary", "participle",
    "agent", "agent_start", "agent_end", "agentless",
]


@dataclass(frozen=True)
class Analysis:
    """What :func:`analyze` found in a corpus, as tidy DataFrames.

    Attributes
    ----------
    articles : pandas.DataFrame
        One row per input document, in corpus order, empty documents
        included. Columns: the corpus metadata (``doc_id, outlet, date,
        title, problems`` and any others; not the text), then ``n_words``,
        ``n_sentences``, and for every lexicon ``L`` and each of its
        categories ``C``: ``L_C_n`` (matches) and ``L_C_per_1k`` (matches per
        1,000 words), plus lexicon totals ``L_n`` and ``L_per_1k``; agency:
        ``n_passives``, ``agentless_passives`` (no *by*-agent named),
        ``passives_per_1k``, ``agentless_per_1k`` and ``agentless_share``
        (agentless / all passives, NaN without passives); readability:
        ``flesch_reading_ease``, ``flesch_kincaid_grade`` and
        ``mean_sentence_length`` (words per sentence), from the same word and
        sentence counts (see :mod:`framing.readability`). Rates are NaN for
        a document with no words.
    sentences : pandas.DataFrame
        One row per sentence: ``doc_id, sent_id`` (0-based within the
        document), ``start, end`` (offsets into the cleaned text), ``text``
        (``== corpus text[start:end]``), ``n_words``.
    matches : pandas.DataFrame
        One row per lexicon match: ``doc_id, sent_id, start, end, text,
        lexicon, category, term`` (the lexicon entry that matched, e.g.
        ``retaliat*``), ``weight``.
    corpus : Corpus
        The corpus analysed (its ``text`` is what the offsets refer to).
    lexicons : tuple of Lexicon
        The lexicons used, with names and versions for the methods section.
    passives : pandas.DataFrame
        One row per passive verb group (:func:`framing.find_passives`):
        ``doc_id, sent_id, start, end, text`` (auxiliary to participle,
        ``== corpus text[start:end]``), ``auxiliary, participle, agent``
        (the *by*-agent, ``""`` if none), ``agent_start, agent_end``
        (nullable integers), ``agentless`` (bool).
    quotes : pandas.DataFrame
        One row per quote or piece of reported speech
        (:func:`framing.find_quotes`): ``doc_id, sent_id`` (sentence of the
        quote's start), ``quote_id`` (0-based within the document, in text
        order), ``start, end, text`` (the content, ``== corpus
        text[start:end]``), ``kind`` (direct, indirect, partial, scare),
        ``speaker, speaker_start, speaker_end`` (nullable integers),
        ``speaker_resolved, speaker_type, anonymous, cue, cue_start,
        cue_end, cue_class``, ``actor_group`` (the group of the `actors`
        lexicon naming the speaker, ``""`` without one), ``parts`` (the
        quoted pieces as ``"start:end"`` separated by ``";"``: a quote split
        by its attribution, "“A,” he said, “B.”", has two, and its
        ``start, end`` span the attribution too) and ``note`` (why a speaker
        was inherited or left unresolved). Empty when ``quotes=False``.
    quote_problems : pandas.DataFrame
        Quotation marks the quote finder skipped: ``doc_id, start, end,
        text, reason`` (e.g. "opening quotation mark not closed before the
        end of the paragraph").

    With quotes (the default), :attr:`matches` also has ``in_quote``
    (bool: the match lies inside a quote's quoted parts), ``quote_id``
    (nullable), ``speaker`` and ``quote_kind`` (``""`` outside quotes), so
    that a loaded word in an official's quoted statement is told apart from
    the journalist's own; and :attr:`articles` has ``n_quotes`` (direct,
    indirect and partial quotes; scare quotes are counted apart),
    ``quotes_direct_n, quotes_indirect_n, quotes_partial_n, quotes_scare_n``,
    ``quote_word_share`` (words inside those quotes / ``n_words``),
    ``n_speakers`` (distinct named or described sources; unresolved pronouns
    are not counted), ``anonymous_quote_share`` (NaN without quotes),
    ``quotes_speaker_T_n`` for each speaker type ``T``,
    ``quotes_cue_C_n`` for each reporting-verb class ``C``,
    ``quotes_actor_G_n`` for each group ``G`` of the `actors` lexicon (when
    given) and ``n_quote_problems``.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    matches: pd.DataFrame
    corpus: Corpus
    lexicons: tuple[Lexicon, ...] = field(default=())
    passives: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PASSIVE_COLUMNS))
    quotes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=QUOTE_COLUMNS))
    quote_problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=QUOTE_PROBLEM_COLUMNS))

    def __repr__(self) -> str:
        return (
            f"<Analysis: {len(self.articles)} articles, {len(self.sentences)} sentences, "
            f"{len(self.matches)} matches; lexicons "
            + ", ".join(f"{lx.name} {lx.version}" for lx in self.lexicons)
            + ">"
        )

    def _repr_html_(self) -> str:  # Jupyter's rich display
        from framing.analysis._display import analysis_html

        return analysis_html(self)

    def save(self, path: str | Path, *, format: str | None = None) -> Path:
        """Write every table and the metadata to a folder; read it back with :func:`framing.read_analysis`.

        Parameters
        ----------
        path : str or Path
            Folder, created if missing.
        format : {"parquet", "csv"}, optional
            Table files; default Parquet when ``pyarrow`` is installed
            (``pip install media-framing[parquet]``), else CSV. Both read
            back exactly (dtypes are recorded in ``analysis.json``).

        Returns
        -------
        Path
            The folder.
        """
        from framing.analysis._store import save_analysis

        return save_analysis(self, path, format=format)

    def feature_columns(self) -> list[str]:
        """Names of the numeric feature columns of :attr:`articles`."""
        base = set(self.corpus.frame.columns) - {"text"}
        return [c for c in self.articles.columns if c not in base]


def _analyze_docs(texts: list[str], matcher: Any) -> list[dict[str, Any]]:
    """Everything but quotes found in each document, in one pass per feature family.

    Each family runs over all the documents before the next one starts (one
    stage after another, not document by document): each stage's regexes,
    word tables and caches then stay in the CPU caches, which made this 13%
    faster on news than the same passes document by document, with the same
    results. A chunk holds at most ``chunksize`` documents.

    Returns one dict per document, so that feature families add their own
    keys: ``bounds`` (n x 2 sentence offsets), ``spans`` (the same as a list
    of pairs, for :func:`_add_quotes`), ``words`` (words per sentence),
    ``matches`` (list of Match) and ``sent_of_match`` (sentence index of each
    match), ``passives`` and ``sent_of_passive``, ``syllables`` (for
    readability, counted on the words already found).
    """
    spans = [sentence_spans(t) for t in texts]
    # Sentences partition the text, so counting within each sentence reads every
    # character once; findall with pos/endpos copies nothing and is 2x faster
    # than collecting every word's offset. The words are dropped once their
    # syllables are counted.
    findall = _WORD.findall
    words: list[np.ndarray] = []
    syllables: list[int] = []
    for text, sp in zip(texts, spans):
        found = [findall(text, s, e) for s, e in sp]
        words.append(np.array([len(f) for f in found], dtype=np.int64))
        syllables.append(syllables_in(chain.from_iterable(found)))
    lowers = [fold(t) for t in texts]  # one folded copy each, shared by the matcher and the passive finder
    matches = [matcher.find(t, lower=lw) for t, lw in zip(texts, lowers)] if matcher is not None else [[] for _ in texts]
    passives = [_find_passives(t, lw) for t, lw in zip(texts, lowers)]
    out = []
    for sp, w, ms, ps, sy in zip(spans, words, matches, passives, syllables):
        bounds = np.asarray(sp, dtype=np.int64).reshape(-1, 2)
        sent_starts = bounds[:, 0]
        out.append({
            "bounds": bounds,
            "spans": sp,
            "words": w,
            "matches": ms,
            "sent_of_match": _sentence_of(sent_starts, np.array([m.start for m in ms], dtype=np.int64)),
            "passives": ps,
            "sent_of_passive": _sentence_of(
                sent_starts, np.fromiter((p.start for p in ps), dtype=np.int64, count=len(ps))
            ),
            "syllables": sy,
        })
    return out


def _add_quotes(text: str, found: dict[str, Any]) -> None:
    """Add the quotes of a document to what :func:`_analyze_docs` found in it:
    ``quotes`` (a QuoteScan), ``quote_of_match`` and ``quote_words``."""
    found["quotes"] = scan = scan_quotes(text, sentences=found["spans"])
    found.update(doc_quote_info(text, scan, [m.start for m in found["matches"]], _WORD))


def _sentence_of(sent_starts: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Index of the sentence containing each offset (binary search, not a rescan).

    Offsets before the first sentence (only possible for whitespace) map to 0.
    """
    if not len(sent_starts):
        return np.zeros(len(offsets), dtype=np.int64)
    return np.maximum(np.searchsorted(sent_starts, offsets, side="right") - 1, 0)


class _Worker:
    """What one process needs to analyse chunks: compiled once, used for every chunk."""

    def __init__(self, lexicons: tuple[Lexicon, ...], quotes: bool, actors: Lexicon | None) -> None:
        self.lexicons = lexicons
        self.matcher = _matcher_for(lexicons) if lexicons else None
        self.quotes = quotes
        self.actors = actors
        self.cue_classes = list(load_lexicon("reporting_verbs").categories) if quotes else []

    def tables(self, doc_ids: list[str], texts: list[str]) -> dict[str, pd.DataFrame]:
        """Every table of a chunk of documents (article features without the metadata)."""
        # The cyclic garbage collector is paused for the chunk: it would walk
        # the chunk's hundreds of thousands of new objects again and again
        # (about 6% of the time). Objects here are freed by reference counting;
        # a cycle, if any, is collected once the collector resumes.
        paused = gc.isenabled()
        gc.disable()
        try:
            per_doc = _analyze_docs(texts, self.matcher)
            if self.quotes:
                # The quotes of the chunk are found after everything else in
                # it, not document by document in between: the quote pass
                # then costs 10-25% less (measured on news), most likely as
                # the two passes' regexes, word lists and caches no longer
                # push each other out of the CPU caches at every document.
                for t, d in zip(texts, per_doc):
                    _add_quotes(t, d)
            return _chunk_tables(
                doc_ids, texts, per_doc, self.lexicons, quotes=self.quotes, actors=self.actors,
                cue_classes=self.cue_classes,
            )
        finally:
            if paused:
                gc.enable()


# The state of a worker process, set once by the pool's initializer.
_WORKER: _Worker | None = None


def _init_worker(lexicons: tuple[Lexicon, ...], quotes: bool, actors: Lexicon | None) -> None:
    global _WORKER
    _WORKER = _Worker(lexicons, quotes, actors)


def _worker_tables_of(chunk: tuple[list[str], list[str]]) -> dict[str, pd.DataFrame]:
    """The tables of a ``(doc_ids, texts)`` chunk, in a worker process."""
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.tables(*chunk)


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
        workers also clean the texts as they are read.
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
    >>> result = analyze(corpus, lexicons=["hedges", "loaded"])
    >>> result.sentences[["doc_id", "sent_id", "start", "end", "n_words"]]
      doc_id  sent_id  start  end  n_words
    0      0        0      0   37        6
    1      0        1     38   56        3
    2      1        0      0   14        3
    >>> result.articles[["doc_id", "n_words", "hedges_n", "loaded_retaliation_per_1k"]]
      doc_id  n_words  hedges_n  loaded_retaliation_per_1k
    0      0        9         1                 111.111111
    1      1        3         0                   0.000000
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
    ...                       "text": ["A reprisal.", "Reportedly so.", "Nothing."]})
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


def _pool(n_jobs: int, lexs: tuple[Lexicon, ...], quotes: bool, actors: Lexicon | None) -> ProcessPoolExecutor:
    # Workers start from a clean server process where one is available, not as
    # forks of a process that may already hold a large corpus in memory.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
    return ProcessPoolExecutor(
        max_workers=n_jobs, mp_context=context, initializer=_init_worker, initargs=(lexs, quotes, actors)
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


def _progress(*, total: int | None, enabled: bool) -> Any:
    # A terminal, or a Jupyter kernel (stderr is not a terminal there; tqdm.auto draws a widget).
    if not enabled or not (sys.stderr.isatty() or "ipykernel" in sys.modules):
        return _NoBar()
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return _NoBar()
    return tqdm(total=total, unit="doc", desc="analyze")


def _chunk_tables(
    doc_ids: list[str], texts: list[str], per_doc: list[dict[str, Any]], lexs: tuple[Lexicon, ...], *,
    quotes: bool, actors: Lexicon | None, cue_classes: list[str],
) -> dict[str, pd.DataFrame]:
    """The tables of a chunk from its documents' results; ``features`` holds
    the article columns computed here (the corpus metadata is joined later)."""
    sentences = _sentences_table(doc_ids, texts, per_doc)
    matches = _matches_table(doc_ids, per_doc)
    n_words = np.array([int(d["words"].sum()) for d in per_doc], dtype=np.int64)
    per_1k = np.where(n_words > 0, 1000.0 / np.maximum(n_words, 1), np.nan)
    columns: dict[str, Any] = {
        "n_words": n_words,
        "n_sentences": np.array([len(d["bounds"]) for d in per_doc], dtype=np.int64),
    }
    columns.update(_lexicon_columns(per_doc, lexs, per_1k))
    columns.update(_agency_columns(per_doc, per_1k))
    columns.update(_readability_columns(per_doc, n_words))
    out = {"sentences": sentences, "passives": _passives_table(doc_ids, per_doc)}
    if quotes:
        out["quotes"], out["quote_problems"], cols = quote_tables(
            doc_ids, per_doc, cue_classes=cue_classes, actors=actors, n_words=n_words
        )
        columns.update(cols)
        matches = _add_columns(matches, match_voice(doc_ids, per_doc, len(matches)))
    out["matches"] = matches
    out["features"] = pd.DataFrame(columns, index=pd.RangeIndex(len(doc_ids)))
    return out


def _add_columns(frame: pd.DataFrame, columns: dict[str, Any]) -> pd.DataFrame:
    """Append many columns at once (one concat, not one insert per column)."""
    if not columns:
        return frame
    return pd.concat([frame, pd.DataFrame(columns, index=frame.index)], axis=1)


def _sentences_table(doc_ids: list[str], texts: list[str], per_doc: list[dict[str, Any]]) -> pd.DataFrame:
    n_sent = np.array([len(d["bounds"]) for d in per_doc], dtype=np.int64)
    bounds = np.concatenate([d["bounds"] for d in per_doc]) if per_doc else np.zeros((0, 2), np.int64)
    words = np.concatenate([d["words"] for d in per_doc]) if per_doc else np.zeros(0, np.int64)
    sent_doc = np.repeat(np.arange(len(per_doc)), n_sent)
    return pd.DataFrame(
        {
            "doc_id": np.asarray(doc_ids, dtype=object)[sent_doc],
            "sent_id": np.concatenate([np.arange(n) for n in n_sent]) if len(n_sent) else np.zeros(0, np.int64),
            "start": bounds[:, 0],
            "end": bounds[:, 1],
            "text": [texts[d][s:e] for d, (s, e) in zip(sent_doc.tolist(), bounds.tolist())],
            "n_words": words.astype(np.int64),
        },
        columns=SENTENCE_COLUMNS,
    )


def _matches_table(doc_ids: list[str], per_doc: list[dict[str, Any]]) -> pd.DataFrame:
    rows: dict[str, list] = {c: [] for c in MATCH_COLUMNS}
    for doc_id, d in zip(doc_ids, per_doc):
        matches = d["matches"]
        if not matches:
            continue
        rows["doc_id"].extend([doc_id] * len(matches))
        rows["sent_id"].extend(d["sent_of_match"].tolist())
        for m in matches:
            rows["start"].append(m.start)
            rows["end"].append(m.end)
            rows["text"].append(m.text)
            rows["lexicon"].append(m.lexicon)
            rows["category"].append(m.category)
            rows["term"].append(m.term)
            rows["weight"].append(m.weight)
    return pd.DataFrame(rows, columns=MATCH_COLUMNS).astype(
        {"start": "int64", "end": "int64", "sent_id": "int64", "weight": "float64"}
    )


def _lexicon_columns(per_doc: list[dict[str, Any]], lexs: tuple[Lexicon, ...], per_1k: np.ndarray) -> dict[str, Any]:
    """``L_C_n, L_C_per_1k, L_n, L_per_1k`` for every lexicon ``L`` and category ``C``."""
    counts = {(lx.name, cat): np.zeros(len(per_doc), dtype=np.int64) for lx in lexs for cat in lx.categories}
    for i, d in enumerate(per_doc):
        if d["matches"]:
            for key, n in collections.Counter((m.lexicon, m.category) for m in d["matches"]).items():
                if key in counts:
                    counts[key][i] = n
    cols: dict[str, Any] = {}
    for lx in lexs:
        total = np.zeros(len(per_doc), dtype=np.int64)
        for cat in lx.categories:
            col = counts[(lx.name, cat)]
            cols[f"{lx.name}_{cat}_n"] = col
            cols[f"{lx.name}_{cat}_per_1k"] = col * per_1k
            total += col
        cols[f"{lx.name}_n"] = total
        cols[f"{lx.name}_per_1k"] = total * per_1k
    return cols


def _passives_table(doc_ids: list[str], per_doc: list[dict[str, Any]]) -> pd.DataFrame:
    rows: dict[str, list] = {c: [] for c in PASSIVE_COLUMNS}
    for doc_id, d in zip(doc_ids, per_doc):
        passives = d["passives"]
        if not passives:
            continue
        rows["doc_id"].extend([doc_id] * len(passives))
        rows["sent_id"].extend(d["sent_of_passive"].tolist())
        for c in ("start", "end", "text", "auxiliary", "participle", "agent", "agent_start", "agent_end", "agentless"):
            rows[c].extend([getattr(p, c) for p in passives])
    return pd.DataFrame(rows, columns=PASSIVE_COLUMNS).astype(
        {"start": "int64", "end": "int64", "sent_id": "int64", "agent_start": "Int64",
         "agent_end": "Int64", "agentless": "bool"}
    )


def _agency_columns(per_doc: list[dict[str, Any]], per_1k: np.ndarray) -> dict[str, Any]:
    n = np.array([len(d["passives"]) for d in per_doc], dtype=np.int64)
    agentless = np.array([sum(p.agentless for p in d["passives"]) for d in per_doc], dtype=np.int64)
    return {
        "n_passives": n,
        "agentless_passives": agentless,
        "passives_per_1k": n * per_1k,
        "agentless_per_1k": agentless * per_1k,
        "agentless_share": np.where(n > 0, agentless / np.maximum(n, 1), np.nan),
    }


def _readability_columns(per_doc: list[dict[str, Any]], n_words: np.ndarray) -> dict[str, Any]:
    scores = [
        Readability.from_counts(int(w), len(d["bounds"]), d["syllables"]) for w, d in zip(n_words, per_doc)
    ]
    return {
        "flesch_reading_ease": np.array([r.flesch_reading_ease for r in scores], dtype=float),
        "flesch_kincaid_grade": np.array([r.flesch_kincaid_grade for r in scores], dtype=float),
        "mean_sentence_length": np.array([r.mean_sentence_length for r in scores], dtype=float),
    }
