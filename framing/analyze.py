"""Running the feature families over a corpus: sentences, matches, article table.

Each document is processed once: one sentence-boundary scan, one word scan and
one lexicon scan over the whole text; sentence ids are then assigned to words
and matches by offset (binary search), never by re-scanning sentences.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Corpus, iter_corpus, read_corpus
from .lexicon import Lexicon, LexiconLike, _matcher_for, load_lexicon
from .sentences import sentence_spans

__all__ = ["Analysis", "analyze", "analyze_iter", "DEFAULT_LEXICONS"]

logger = logging.getLogger(__name__)

#: Lexicons used when ``analyze`` is not told otherwise.
DEFAULT_LEXICONS: tuple[str, ...] = ("hedges", "loaded")

# A word: letters/digits, with inner apostrophes, hyphens or dots ("Kata'ib",
# "Iran-backed", "U.S") kept as one word, as a reader would count them.
_WORD = re.compile(r"\w+(?:['\u2019.\u2011-]\w+)*")

SENTENCE_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "n_words"]
MATCH_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "lexicon", "category", "term", "weight"]


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
        1,000 words), plus lexicon totals ``L_n`` and ``L_per_1k``. Rates are
        NaN for a document with no words.
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
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    matches: pd.DataFrame
    corpus: Corpus
    lexicons: tuple[Lexicon, ...] = field(default=())

    def __repr__(self) -> str:
        return (
            f"<Analysis: {len(self.articles)} articles, {len(self.sentences)} sentences, "
            f"{len(self.matches)} matches; lexicons "
            + ", ".join(f"{lx.name} {lx.version}" for lx in self.lexicons)
            + ">"
        )

    def feature_columns(self) -> list[str]:
        """Names of the numeric feature columns of :attr:`articles`."""
        base = set(self.corpus.frame.columns) - {"text"}
        return [c for c in self.articles.columns if c not in base]


def _analyze_one(text: str, matcher: Any) -> dict[str, Any]:
    """Everything found in one document, in one pass per feature family.

    Returns a dict so that feature families add their own keys: ``bounds``
    (n x 2 sentence offsets), ``words`` (words per sentence), ``matches``
    (list of Match) and ``sent_of_match`` (sentence index of each match).
    """
    spans = sentence_spans(text)
    bounds = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    sent_starts = bounds[:, 0]
    # Sentences partition the text, so counting within each sentence reads every
    # character once; findall with pos/endpos copies nothing and is 2x faster
    # than collecting every word's offset.
    findall = _WORD.findall
    words = np.array([len(findall(text, s, e)) for s, e in spans], dtype=np.int64)
    matches = matcher.find(text) if matcher is not None else []
    starts = np.fromiter((m.start for m in matches), dtype=np.int64, count=len(matches))
    return {
        "bounds": bounds,
        "words": words,
        "matches": matches,
        "sent_of_match": _sentence_of(sent_starts, starts),
    }


def _sentence_of(sent_starts: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Index of the sentence containing each offset (binary search, not a rescan).

    Offsets before the first sentence (only possible for whitespace) map to 0.
    """
    if not len(sent_starts):
        return np.zeros(len(offsets), dtype=np.int64)
    return np.maximum(np.searchsorted(sent_starts, offsets, side="right") - 1, 0)


# Each worker process compiles the lexicons once, not once per chunk.
_WORKER_MATCHER: Any = None


def _init_worker(lexicons: tuple[Lexicon, ...]) -> None:
    global _WORKER_MATCHER
    _WORKER_MATCHER = _matcher_for(lexicons) if lexicons else None


def _analyze_chunk(texts: list[str]) -> list[dict[str, Any]]:
    return [_analyze_one(t, _WORKER_MATCHER) for t in texts]


def analyze(
    corpus: Corpus | pd.DataFrame | str | Any,
    *,
    lexicons: Sequence[LexiconLike] = DEFAULT_LEXICONS,
    n_jobs: int = 1,
    progress: bool = False,
    chunksize: int = 200,
) -> Analysis:
    """Split every document into sentences and find lexicon terms, with offsets.

    Parameters
    ----------
    corpus : Corpus, pandas.DataFrame or path
        A :class:`~framing.Corpus`; anything else is passed to
        :func:`~framing.read_corpus` first.
    lexicons : sequence of str, Path or Lexicon, default ("hedges", "loaded")
        Built-in names, lexicon files or loaded lexicons.
    n_jobs : int, default 1
        Worker processes. Results are identical and in corpus order whatever
        the value.
    progress : bool, default False
        Show a progress bar (tqdm) when on a terminal.
    chunksize : int, default 200
        Documents per task sent to a worker.

    Returns
    -------
    Analysis
        ``.articles``, ``.sentences``, ``.matches`` (columns documented on
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
    if not isinstance(corpus, Corpus):
        corpus = read_corpus(corpus)
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be at least 1, got {n_jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if isinstance(lexicons, (str, Lexicon)):
        lexicons = [lexicons]
    lexs = tuple(load_lexicon(x) for x in lexicons)
    names = [lx.name for lx in lexs]
    if len(set(names)) != len(names):
        raise ValueError(f"lexicons: names must be distinct, got {names}")
    texts = corpus.frame["text"].tolist()
    bar = _progress(total=len(texts), enabled=progress)
    try:
        if n_jobs == 1 or len(texts) <= chunksize:
            per_doc = _run(texts, lexs, pool=None, chunksize=chunksize, bar=bar)
        else:
            with _pool(n_jobs, lexs) as pool:
                per_doc = _run(texts, lexs, pool=pool, chunksize=chunksize, bar=bar)
    finally:
        bar.close()
    return _assemble(corpus, per_doc, lexs)


def analyze_iter(
    source: Corpus | pd.DataFrame | str | Any,
    *,
    chunksize: int = 1000,
    lexicons: Sequence[LexiconLike] = DEFAULT_LEXICONS,
    n_jobs: int = 1,
    progress: bool = False,
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
    lexicons, n_jobs, progress
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
    if isinstance(lexicons, (str, Lexicon)):
        lexicons = [lexicons]
    lexs = tuple(load_lexicon(x) for x in lexicons)
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
    pool = _pool(n_jobs, lexs) if n_jobs > 1 else None
    try:
        for corpus in chunks:
            texts = corpus.frame["text"].tolist()
            per_doc = _run(texts, lexs, pool=pool, chunksize=max(1, min(200, len(texts) // (2 * n_jobs) or 1)), bar=bar)
            yield _assemble(corpus, per_doc, lexs)
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()


def _pool(n_jobs: int, lexs: tuple[Lexicon, ...]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n_jobs, initializer=_init_worker, initargs=(lexs,))


def _run(
    texts: list[str], lexs: tuple[Lexicon, ...], *, pool: ProcessPoolExecutor | None, chunksize: int, bar: Any
) -> list[dict[str, Any]]:
    """Per-document results in input order, in this process or on `pool`."""
    out: list[dict[str, Any]] = []
    chunks = [texts[i : i + chunksize] for i in range(0, len(texts), chunksize)]
    if pool is None:
        matcher = _matcher_for(lexs) if lexs else None
        for chunk in chunks:
            out.extend(_analyze_one(t, matcher) for t in chunk)
            bar.update(len(chunk))
    else:
        for chunk, res in zip(chunks, pool.map(_analyze_chunk, chunks)):
            out.extend(res)
            bar.update(len(chunk))
    return out


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(*, total: int | None, enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return _NoBar()
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return _NoBar()
    return tqdm(total=total, unit="doc", desc="analyze")


def _assemble(corpus: Corpus, per_doc: list[dict[str, Any]], lexs: tuple[Lexicon, ...]) -> Analysis:
    doc_ids = corpus.frame["doc_id"].tolist()
    texts = corpus.frame["text"].tolist()
    sentences = _sentences_table(doc_ids, texts, per_doc)
    matches = _matches_table(doc_ids, per_doc)
    articles = corpus.metadata.copy()
    n_words = np.array([int(d["words"].sum()) for d in per_doc], dtype=np.int64)
    articles["n_words"] = n_words
    articles["n_sentences"] = np.array([len(d["bounds"]) for d in per_doc], dtype=np.int64)
    per_1k = np.where(n_words > 0, 1000.0 / np.maximum(n_words, 1), np.nan)
    articles = _add_columns(articles, _lexicon_columns(matches, lexs, doc_ids, per_1k))
    return Analysis(articles=articles, sentences=sentences, matches=matches, corpus=corpus, lexicons=lexs)


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


def _lexicon_columns(
    matches: pd.DataFrame, lexs: tuple[Lexicon, ...], doc_ids: list[str], per_1k: np.ndarray
) -> dict[str, Any]:
    counts = (
        matches.groupby(["doc_id", "lexicon", "category"]).size() if len(matches) else pd.Series(dtype="int64")
    )
    cols: dict[str, Any] = {}
    for lx in lexs:
        total = np.zeros(len(doc_ids), dtype=np.int64)
        for cat in lx.categories:
            col = _category_counts(counts, (lx.name, cat), doc_ids)
            cols[f"{lx.name}_{cat}_n"] = col
            cols[f"{lx.name}_{cat}_per_1k"] = col * per_1k
            total += col
        cols[f"{lx.name}_n"] = total
        cols[f"{lx.name}_per_1k"] = total * per_1k
    return cols


def _category_counts(counts: pd.Series, key: tuple[str, str], doc_ids: list[str]) -> np.ndarray:
    if not len(counts):
        return np.zeros(len(doc_ids), dtype=np.int64)
    try:
        sub = counts.xs(key, level=("lexicon", "category"))
    except KeyError:
        return np.zeros(len(doc_ids), dtype=np.int64)
    return sub.reindex(doc_ids, fill_value=0).to_numpy(dtype=np.int64)
