"""One chunk of documents analysed: every feature family in one pass each, then its tables.

Each document is processed once: one sentence-boundary scan, one word scan,
one shared lexicon scan, one passive scan and one quote scan over the whole
text; sentence ids are then assigned to matches, passives and quotes by offset
(binary search), never by re-scanning sentences. The same code runs in this
process and in worker processes (:class:`_Worker`).
"""

from __future__ import annotations

import collections
import gc
import re
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd

from framing._text import fold
from framing.analysis._result import MATCH_COLUMNS, PASSIVE_COLUMNS, SENTENCE_COLUMNS
from framing.dictionary import Lexicon, load_lexicon
from framing.features._matcher import _matcher_for
from framing.features.agency import _find_passives
from framing.features.quotes._find import scan_quotes
from framing.features.quotes._tables import doc_quote_info, match_voice, quote_tables
from framing.features.readability import Readability, syllables_in
from framing.sentences import sentence_spans

# A word: letters/digits, with inner apostrophes, hyphens or dots ("Kata'ib",
# "Iran-backed", "U.S") kept as one word, as a reader would count them.
_WORD_PLAIN = r"\w+(?:['\u2019.\u2011-]\w+)*"
# The same words: the quantifiers are possessive, which changes no match (a
# separator is never a word character, so giving characters back could not
# let anything else match) and spares the engine its backtracking records,
# 8% of the word count's time on news.
_WORD = re.compile(r"\w++(?:['\u2019.\u2011-]\w++)*+")

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
    """``L_C_n, L_C_per_1k, L_n, L_per_1k`` for every lexicon ``L`` and category ``C``.

    A rate is the sum of the matches' weights per 1,000 words (with weight 1,
    the number of matches); a weighted lexicon also gets ``L_C_mean`` and
    ``L_mean``, the mean weight per match (NaN without a match).
    """
    counts = {(lx.name, cat): np.zeros(len(per_doc), dtype=np.int64) for lx in lexs for cat in lx.categories}
    weighted = {lx.name for lx in lexs if lx.weighted}
    sums = {key: np.zeros(len(per_doc)) for key in counts if key[0] in weighted}
    for i, d in enumerate(per_doc):
        if d["matches"]:
            for key, n in collections.Counter((m.lexicon, m.category) for m in d["matches"]).items():
                if key in counts:
                    counts[key][i] = n
            if weighted:
                for m in d["matches"]:
                    if (m.lexicon, m.category) in sums:
                        sums[(m.lexicon, m.category)][i] += m.weight
    cols: dict[str, Any] = {}
    for lx in lexs:
        total = np.zeros(len(per_doc), dtype=np.int64)
        total_w = np.zeros(len(per_doc))
        for cat in lx.categories:
            col = counts[(lx.name, cat)]
            cols[f"{lx.name}_{cat}_n"] = col
            if lx.name in weighted:
                w = sums[(lx.name, cat)]
                cols[f"{lx.name}_{cat}_per_1k"] = w * per_1k
                cols[f"{lx.name}_{cat}_mean"] = _mean(w, col)
                total_w += w
            else:
                cols[f"{lx.name}_{cat}_per_1k"] = col * per_1k
            total += col
        cols[f"{lx.name}_n"] = total
        if lx.name in weighted:
            cols[f"{lx.name}_per_1k"] = total_w * per_1k
            cols[f"{lx.name}_mean"] = _mean(total_w, total)
        else:
            cols[f"{lx.name}_per_1k"] = total * per_1k
    return cols


def _mean(weights: np.ndarray, counts: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, weights / np.maximum(counts, 1), np.nan)


def _passives_table(doc_ids: list[str], per_doc: list[dict[str, Any]]) -> pd.DataFrame:
    rows: dict[str, list] = {c: [] for c in PASSIVE_COLUMNS}
    for doc_id, d in zip(doc_ids, per_doc):
        passives = d["passives"]
        if not passives:
            continue
        rows["doc_id"].extend([doc_id] * len(passives))
        rows["sent_id"].extend(d["sent_of_passive"].tolist())
        for c in ("start", "end", "text", "auxiliary", "participle", "agent", "agent_start", "agent_end", "agentless", "form"):
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
