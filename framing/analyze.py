"""Running the feature families over a corpus: sentences, matches, article table.

Each document is processed once: one sentence-boundary scan, one word scan and
one lexicon scan over the whole text; sentence ids are then assigned to words
and matches by offset (binary search), never by re-scanning sentences.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import logging
import multiprocessing
import re
import sys
from itertools import chain
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ._quote_tables import doc_quote_info, match_voice, quote_tables
from .agency import find_passives
from .corpus import Corpus, iter_corpus, read_corpus
from ._matching import _matcher_for
from .lexicon import Lexicon, LexiconLike, load_lexicon
from .quotes import QUOTE_COLUMNS, QUOTE_PROBLEM_COLUMNS, scan_quotes
from .readability import Readability, syllables_in
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

    def feature_columns(self) -> list[str]:
        """Names of the numeric feature columns of :attr:`articles`."""
        base = set(self.corpus.frame.columns) - {"text"}
        return [c for c in self.articles.columns if c not in base]


def _analyze_one(text: str, matcher: Any, quotes: bool = True) -> dict[str, Any]:
    """Everything found in one document, in one pass per feature family.

    Returns a dict so that feature families add their own keys: ``bounds``
    (n x 2 sentence offsets), ``words`` (words per sentence), ``matches``
    (list of Match) and ``sent_of_match`` (sentence index of each match),
    ``passives`` and ``sent_of_passive``, ``syllables`` (for readability,
    counted on the words already found), ``quotes`` (a QuoteScan),
    ``quote_of_match`` and ``quote_words`` (when `quotes`).
    """
    spans = sentence_spans(text)
    bounds = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    sent_starts = bounds[:, 0]
    # Sentences partition the text, so counting within each sentence reads every
    # character once; findall with pos/endpos copies nothing and is 2x faster
    # than collecting every word's offset.
    findall = _WORD.findall
    found = [findall(text, s, e) for s, e in spans]
    words = np.array([len(f) for f in found], dtype=np.int64)
    matches = matcher.find(text) if matcher is not None else []
    starts = np.fromiter((m.start for m in matches), dtype=np.int64, count=len(matches))
    passives = find_passives(text)
    p_starts = np.fromiter((p.start for p in passives), dtype=np.int64, count=len(passives))
    out = {
        "bounds": bounds,
        "words": words,
        "matches": matches,
        "sent_of_match": _sentence_of(sent_starts, starts),
        "passives": passives,
        "sent_of_passive": _sentence_of(sent_starts, p_starts),
        "syllables": syllables_in(chain.from_iterable(found)),
    }
    if quotes:
        out["quotes"] = scan = scan_quotes(text, sentences=spans)
        out.update(doc_quote_info(text, scan, starts, _WORD))
    return out


def _sentence_of(sent_starts: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Index of the sentence containing each offset (binary search, not a rescan).

    Offsets before the first sentence (only possible for whitespace) map to 0.
    """
    if not len(sent_starts):
        return np.zeros(len(offsets), dtype=np.int64)
    return np.maximum(np.searchsorted(sent_starts, offsets, side="right") - 1, 0)


# Each worker process compiles the lexicons once, not once per chunk.
_WORKER_MATCHER: Any = None
_WORKER_QUOTES = True


def _init_worker(lexicons: tuple[Lexicon, ...], quotes: bool = True) -> None:
    global _WORKER_MATCHER, _WORKER_QUOTES
    _WORKER_MATCHER = _matcher_for(lexicons) if lexicons else None
    _WORKER_QUOTES = quotes


def _analyze_chunk(texts: list[str]) -> list[dict[str, Any]]:
    return [_analyze_one(t, _WORKER_MATCHER, _WORKER_QUOTES) for t in texts]


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
    actor_lex = load_lexicon(actors) if actors is not None else None
    # Kept as the corpus column: Python strings are made chunk by chunk, only
    # for the chunks in flight, not for the whole corpus at once.
    texts = corpus.frame["text"]
    bar = _progress(total=len(texts), enabled=progress)
    pool = _pool(n_jobs, lexs, quotes) if n_jobs > 1 and len(texts) > chunksize else None
    pieces: list[Analysis] = []
    try:
        docs = _iter_docs(texts, lexs, pool=pool, chunksize=chunksize, bar=bar, quotes=quotes, workers=n_jobs)
        # Tables are built block by block while the workers go on, so the
        # per-document intermediate objects of only one block are alive at a
        # time: peak memory follows the tables, not every document's objects.
        for lo in range(0, max(len(texts), 1), _BLOCK):
            block = list(itertools.islice(docs, _BLOCK))
            part = Corpus(corpus.frame.iloc[lo : lo + _BLOCK].reset_index(drop=True), corpus.removed)
            pieces.append(_assemble(part, block, lexs, quotes=quotes, actors=actor_lex))
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()
    return _concat(pieces, corpus, lexs)


#: Documents per block of table assembly in :func:`analyze`.
_BLOCK = 2000


def _concat(pieces: list[Analysis], corpus: Corpus, lexs: tuple[Lexicon, ...]) -> Analysis:
    """One Analysis from block analyses: every table concatenated in order."""
    if len(pieces) == 1:
        return dataclasses.replace(pieces[0], corpus=corpus)
    tables = {}
    for f in dataclasses.fields(Analysis):
        first = getattr(pieces[0], f.name)
        if not isinstance(first, pd.DataFrame):
            continue
        frames = [getattr(p, f.name) for p in pieces]
        # Empty blocks carry no dtype information: leave them out of the concat.
        filled = [t for t in frames if len(t)] or frames[:1]
        tables[f.name] = pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0].reset_index(drop=True)
    return Analysis(corpus=corpus, lexicons=lexs, **tables)


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
    if isinstance(lexicons, (str, Lexicon)):
        lexicons = [lexicons]
    lexs = tuple(load_lexicon(x) for x in lexicons)
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
    pool = _pool(n_jobs, lexs, quotes) if n_jobs > 1 else None
    try:
        for corpus in chunks:
            texts = corpus.frame["text"].tolist()
            per_doc = _run(texts, lexs, pool=pool, chunksize=max(1, min(200, len(texts) // (2 * n_jobs) or 1)), bar=bar,
                           quotes=quotes)
            yield _assemble(corpus, per_doc, lexs, quotes=quotes, actors=actor_lex)
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()


def _pool(n_jobs: int, lexs: tuple[Lexicon, ...], quotes: bool = True) -> ProcessPoolExecutor:
    # Workers start from a clean server process where one is available, not as
    # forks of a process that may already hold a large corpus in memory.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
    return ProcessPoolExecutor(
        max_workers=n_jobs, mp_context=context, initializer=_init_worker, initargs=(lexs, quotes)
    )


def _run(
    texts: list[str], lexs: tuple[Lexicon, ...], *, pool: ProcessPoolExecutor | None, chunksize: int, bar: Any,
    quotes: bool = True,
) -> list[dict[str, Any]]:
    """Per-document results in input order, in this process or on `pool`."""
    return list(_iter_docs(texts, lexs, pool=pool, chunksize=chunksize, bar=bar, quotes=quotes))


def _iter_docs(
    texts: Sequence[str] | pd.Series, lexs: tuple[Lexicon, ...], *, pool: ProcessPoolExecutor | None,
    chunksize: int, bar: Any, quotes: bool = True, workers: int = 2,
) -> Iterator[dict[str, Any]]:
    """Per-document results in input order, as they come.

    On a pool at most ``4 * workers`` chunks are in flight at once, so the
    texts sent and the results waiting stay bounded whatever the corpus size.
    """
    def chunk(i: int) -> list[str]:
        part = texts.iloc[i : i + chunksize] if isinstance(texts, pd.Series) else texts[i : i + chunksize]
        return list(part)

    starts = range(0, len(texts), chunksize)
    if pool is None:
        matcher = _matcher_for(lexs) if lexs else None
        for i in starts:
            docs = chunk(i)
            for t in docs:
                yield _analyze_one(t, matcher, quotes)
            bar.update(len(docs))
        return
    pending: collections.deque = collections.deque()
    window = 4 * max(1, workers)
    it = iter(starts)
    for i in itertools.islice(it, window):
        pending.append(pool.submit(_analyze_chunk, chunk(i)))
    while pending:
        res = pending.popleft().result()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(pool.submit(_analyze_chunk, chunk(nxt)))
        yield from res
        bar.update(len(res))


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


def _assemble(
    corpus: Corpus, per_doc: list[dict[str, Any]], lexs: tuple[Lexicon, ...], *, quotes: bool = True,
    actors: Lexicon | None = None,
) -> Analysis:
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
    articles = _add_columns(articles, _agency_columns(per_doc, per_1k))
    articles = _add_columns(articles, _readability_columns(per_doc, n_words))
    passives = _passives_table(doc_ids, per_doc)
    extra: dict[str, Any] = {}
    if quotes:
        cue_classes = list(load_lexicon("reporting_verbs").categories)
        extra["quotes"], extra["quote_problems"], cols = quote_tables(
            doc_ids, per_doc, cue_classes=cue_classes, actors=actors
        )
        articles = _add_columns(articles, cols)
        matches = _add_columns(matches, match_voice(doc_ids, per_doc, len(matches)))
    return Analysis(
        articles=articles, sentences=sentences, matches=matches, corpus=corpus, lexicons=lexs,
        passives=passives, **extra,
    )


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
