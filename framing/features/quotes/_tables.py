"""Quote tables and article columns for :func:`framing.analyze`."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any

from framing._text import CACHE_SIZE as _CACHE_SIZE
from framing.features._matcher import _matcher_for
from framing.features.quotes._records import (
    CUE_TYPES,
    NOT_WORDING_CLASSES,
    QUOTE_COLUMNS,
    QUOTE_KINDS,
    QUOTE_PROBLEM_COLUMNS,
    SPEAKER_TYPES,
    Quote,
    QuoteScan,
)
from framing.features.quotes._speakers import name_of

#: Quote kinds that are somebody's speech (not scare quotes).
SPEECH_KINDS = frozenset({"direct", "indirect", "partial"})

#: The values of the ``voice`` column of ``analyze(...).matches``.
VOICES: tuple[str, ...] = ("journalist", "paraphrase", "quoted")

#: The voice of a word inside a quote's parts, by the quote's kind.
_VOICE_OF_KIND = {"direct": "quoted", "partial": "quoted", "indirect": "paraphrase", "scare": "journalist"}


def doc_quote_info(text: str, scan: QuoteScan, match_starts: Sequence[int], word_re: re.Pattern[str]) -> dict[str, Any]:
    """Per-document quote data for ``analyze``: the quote each match lies in
    (by the quoted parts, -1 for none; None when no match is in a quote) and
    the words inside speech quotes.

    Plain Python: a document has a few dozen matches and quotes, too few for
    NumPy's per-call costs to pay off.
    """
    part_starts: list[int] = []
    part_ends: list[int] = []
    part_quote: list[int] = []
    words = 0
    findall = word_re.findall
    for i, q in enumerate(scan.quotes):
        speech = q.kind in SPEECH_KINDS and not (q.kind == "indirect" and q.cue_class in NOT_WORDING_CLASSES)
        for s, e in q.parts:
            part_starts.append(s)
            part_ends.append(e)
            part_quote.append(i)
            if speech:
                words += len(findall(text, s, e))
    of_match: list[int] | None = None
    if part_starts and len(match_starts):
        # parts are in text order and do not overlap: the part a match may lie
        # in is the last one starting at or before it
        find = bisect.bisect_right
        of = [-1] * len(match_starts)
        hit = False
        for j, m in enumerate(match_starts):
            k = find(part_starts, m) - 1
            if k >= 0 and m < part_ends[k]:
                of[j] = part_quote[k]
                hit = True
        if hit:
            of_match = of
    # a match between the quoted fragments of a reported clause (a partial quote): the paraphrase
    claim_of: list[int] | None = None
    claims = [(q.start, q.end, i) for i, q in enumerate(scan.quotes)
              if q.kind == "partial" and q.parts != ((q.start, q.end),) and q.cue_class not in NOT_WORDING_CLASSES]
    if claims and len(match_starts):
        c_starts = [c[0] for c in claims]
        find = bisect.bisect_right
        claim_of = [-1] * len(match_starts)
        for j, m in enumerate(match_starts):
            if of_match is not None and of_match[j] >= 0:
                continue
            k = find(c_starts, m) - 1
            if k >= 0 and m < claims[k][1]:
                claim_of[j] = claims[k][2]
    return {"quote_of_match": of_match, "claim_of_match": claim_of, "quote_words": words}


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _speaker_key(speaker: str, resolved: str, speaker_type: str) -> str:
    """A speaker identity for counting distinct speakers ("" when unknown)."""
    if resolved:
        return " ".join(name_of(resolved).lower().split()) or resolved.lower()
    if not speaker or speaker_type == "pronoun":
        return ""
    if speaker_type == "person":
        return " ".join(name_of(speaker).lower().split())
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(speaker.lower().split()))


_EMPTY_DTYPES = {"sent_id": "int64", "quote_id": "int64", "start": "int64", "end": "int64", "anonymous": "bool",
                 "speaker_start": "Int64", "speaker_end": "Int64", "cue_start": "Int64", "cue_end": "Int64"}


def quote_tables(
    doc_ids: list[str], per_doc: list[dict[str, Any]], *, cue_classes: Sequence[str], actors: Any = None,
    n_words: Any = None,
) -> tuple[Any, Any, dict[str, Any]]:
    """Build ``.quotes``, ``.quote_problems`` and the article columns from the
    per-document scans (columns documented on :class:`framing.Analysis`).
    `n_words` holds the words of each document when the caller has counted
    them already (an int64 array).

    Column by column over all quotes of the chunk, and counts per document by
    ``np.bincount``: one Python step per quote only where a quote needs one
    (its actor group, distinct speakers).
    """
    import numpy as np
    import pandas as pd

    n_docs = len(doc_ids)
    qs: list[Quote] = []
    prob: list[tuple] = []
    n_quotes_of = np.zeros(n_docs, np.int64)
    problems = np.zeros(n_docs, np.int64)
    words = np.zeros(n_docs, np.int64)
    speakers = np.zeros(n_docs, np.int64)
    for i, d in enumerate(per_doc):
        scan: QuoteScan = d["quotes"]
        words[i] = d["quote_words"]
        if scan.problems:
            problems[i] = len(scan.problems)
            doc_id = doc_ids[i]
            prob.extend((doc_id, p.start, p.end, p.text, p.reason) for p in scan.problems)
        quotes = scan.quotes
        if not quotes:
            continue
        n_quotes_of[i] = len(quotes)
        qs.extend(quotes)
        # distinct speakers: one key per distinct (speaker, resolved, type) of the document
        keys = {_speaker_key(*t) for t in {(q.speaker, q.speaker_resolved, q.speaker_type) for q in quotes
                                            if q.speaker_type}}
        keys.discard("")
        speakers[i] = len(keys)
    groups = list(actors.categories) if actors is not None else []
    if actors is not None:
        actor_matcher = _matcher_for([actors])
        group_col = []
        group_of = {"": ""}  # speakers recur ("he", "Trump"): each phrase is looked up once a chunk
        for q in qs:
            phrase = (q.speaker_resolved or q.speaker) if q.speaker else ""
            group = group_of.get(phrase)
            if group is None:
                found = actor_matcher.find(phrase)
                group = group_of[phrase] = found[0].category if found else ""
            group_col.append(group)
    else:
        group_col = [""] * len(qs)
    doc_idx = np.repeat(np.arange(n_docs, dtype=np.int64), n_quotes_of)
    quote_ids = np.arange(len(qs), dtype=np.int64) - np.repeat(np.cumsum(n_quotes_of) - n_quotes_of, n_quotes_of)
    q_start = np.array([q.start for q in qs], dtype=np.int64)
    sent_ids = _sentence_ids(per_doc, doc_idx, q_start)

    def per_doc_counts(values: list[str], names: Sequence[str]) -> dict[str, np.ndarray]:
        """How many quotes of each document have each of `names` (other values are not counted)."""
        code = {name: c for c, name in enumerate(names)}
        k = len(names)
        codes = np.array(list(map(code.get, values, itertools.repeat(k, len(values)))), dtype=np.int64)
        flat = np.bincount(doc_idx * (k + 1) + codes, minlength=n_docs * (k + 1)).reshape(n_docs, k + 1)
        return {name: flat[:, c] for c, name in enumerate(names)}

    kind_col = [q.kind for q in qs]
    type_col = [q.speaker_type for q in qs]
    cue_col = [q.cue_class for q in qs]
    ctype_col = [q.cue_type for q in qs]
    anon_col = [q.anonymous for q in qs]
    kinds = per_doc_counts(kind_col, QUOTE_KINDS)
    types = per_doc_counts(type_col, SPEAKER_TYPES)
    cues = per_doc_counts(cue_col, list(cue_classes))
    ctypes = per_doc_counts(ctype_col, CUE_TYPES)
    acts = per_doc_counts(group_col, groups)
    anon = np.bincount(doc_idx, weights=np.asarray(anon_col, dtype=np.int64), minlength=n_docs).astype(np.int64)

    def nullable(values: list[int | None]) -> pd.arrays.IntegerArray:
        # offsets are never negative: -1 marks a missing one
        data = np.array([-1 if v is None else v for v in values], dtype=np.int64)
        mask = data < 0
        data[mask] = 0
        return pd.arrays.IntegerArray(data, mask)

    columns = {
        "doc_id": np.asarray(doc_ids, dtype=object)[doc_idx],
        "sent_id": sent_ids,
        "quote_id": quote_ids,
        "start": q_start,
        "end": np.array([q.end for q in qs], dtype=np.int64),
        "text": [q.text for q in qs],
        "kind": kind_col,
        "speaker": [q.speaker for q in qs],
        "speaker_start": nullable([q.speaker_start for q in qs]),
        "speaker_end": nullable([q.speaker_end for q in qs]),
        "speaker_resolved": [q.speaker_resolved for q in qs],
        "speaker_type": type_col,
        "anonymous": np.asarray(anon_col, dtype=bool),
        "cue": [q.cue for q in qs],
        "cue_start": nullable([q.cue_start for q in qs]),
        "cue_end": nullable([q.cue_end for q in qs]),
        "cue_class": cue_col,
        "cue_type": ctype_col,
        "actor_group": group_col,
        "parts": [f"{q.parts[0][0]}:{q.parts[0][1]}" if len(q.parts) == 1 else ";".join(f"{a}:{b}" for a, b in q.parts)
                  for q in qs],
        "note": [q.note for q in qs],
    }
    if qs:
        quotes_frame = pd.DataFrame(columns, columns=QUOTE_COLUMNS)
    else:  # the dtypes pandas gives an empty frame of records (object columns), as before
        quotes_frame = pd.DataFrame.from_records([], columns=QUOTE_COLUMNS).astype(_EMPTY_DTYPES)
    quote_problems = pd.DataFrame.from_records(prob, columns=QUOTE_PROBLEM_COLUMNS).astype(
        {"start": "int64", "end": "int64"}
    )
    n_quotes = kinds["direct"] + kinds["indirect"] + kinds["partial"]
    if n_words is None:
        n_words = np.array([int(d["words"].sum()) for d in per_doc], dtype=np.int64)
    cols: dict[str, Any] = {"n_quotes": n_quotes}
    for k in QUOTE_KINDS:
        cols[f"quotes_{k}_n"] = kinds[k]
    cols["quote_word_share"] = np.where(n_words > 0, words / np.maximum(n_words, 1), np.nan)
    cols["n_speakers"] = speakers
    cols["anonymous_quote_share"] = np.where(n_quotes > 0, anon / np.maximum(n_quotes, 1), np.nan)
    for t in SPEAKER_TYPES:
        cols[f"quotes_speaker_{t}_n"] = types[t]
    for c in cue_classes:
        cols[f"quotes_cue_{c}_n"] = cues[c]
    for t in CUE_TYPES:
        cols[f"quotes_{t}_n"] = ctypes[t]
    for g in groups:
        cols[f"quotes_actor_{g}_n"] = acts[g]
    cols["n_quote_problems"] = problems
    return quotes_frame, quote_problems, cols


def _sentence_ids(per_doc: list[dict[str, Any]], doc_idx: Any, offsets: Any) -> Any:
    """The sentence (index within its document) of each offset, given the
    document of each (`doc_idx`); 0 before a document's first sentence.

    One binary search over the whole chunk: a document's index, shifted
    above any offset (texts are far shorter than 2**40 characters), keeps
    each search within its own document's sentences.
    """
    import numpy as np

    if not len(offsets):
        return np.zeros(0, dtype=np.int64)
    n_sent = np.array([len(d["bounds"]) for d in per_doc], dtype=np.int64)
    starts = np.concatenate([d["bounds"][:, 0] for d in per_doc])
    first = np.cumsum(n_sent) - n_sent  # each document's first sentence in `starts`
    keys = np.repeat(np.arange(len(per_doc), dtype=np.int64) << 40, n_sent) + starts
    found = np.searchsorted(keys, (doc_idx << 40) + offsets, side="right") - 1 - first[doc_idx]
    return np.maximum(found, 0)


def match_voice(doc_ids: list[str], per_doc: list[dict[str, Any]], n_matches: int) -> dict[str, Any]:
    """``in_quote, quote_id, speaker, quote_kind, voice`` for every row of
    ``.matches`` (in the order ``_matches_table`` builds them), by offset.

    ``voice`` is ``quoted`` inside the quoted parts of a direct or partial
    quote (the source's own words), ``paraphrase`` inside reported speech
    without quotation marks (an indirect quote, or the words of a reported
    clause around its quoted fragments: the journalist's wording of the
    source's claim) and ``journalist`` elsewhere, scare quotes included, as
    is the object of a stance ("endorsed Clinton": nobody's wording).
    """
    import numpy as np
    import pandas as pd

    in_quote = np.zeros(n_matches, dtype=bool)
    quote_id = np.full(n_matches, -1, dtype=np.int64)
    speaker = np.full(n_matches, "", dtype=object)
    kind = np.full(n_matches, "", dtype=object)
    voice = np.full(n_matches, "journalist", dtype=object)
    k = 0
    for d in per_doc:
        of = d["quote_of_match"]
        if of is not None:  # some match of this document is in a quote
            quotes = d["quotes"].quotes
            for j, qi in enumerate(of, k):
                if qi >= 0:
                    q = quotes[qi]
                    in_quote[j] = True
                    quote_id[j] = qi
                    speaker[j] = q.speaker
                    kind[j] = q.kind
                    # a stance's object is nobody's wording: the journalist's voice (its quoted fragments stay quoted)
                    voice[j] = "journalist" if q.kind == "indirect" and q.cue_class in NOT_WORDING_CLASSES else _VOICE_OF_KIND[q.kind]
        claim_of = d.get("claim_of_match")
        if claim_of is not None:
            for j, qi in enumerate(claim_of, k):
                if qi >= 0:
                    voice[j] = "paraphrase"
        k += len(d["matches"])
    return {
        "in_quote": in_quote,
        "quote_id": pd.arrays.IntegerArray(np.maximum(quote_id, 0), quote_id < 0),
        "speaker": speaker,
        "quote_kind": kind,
        "voice": voice,
    }
