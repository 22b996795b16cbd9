"""Quote tables and article columns for :func:`framing.analyze`."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._quote_speakers import name_of
from ._text import CACHE_SIZE as _CACHE_SIZE

if TYPE_CHECKING:
    from .quotes import QuoteScan

#: Columns of ``analyze(...).quotes``.
QUOTE_COLUMNS = [
    "doc_id", "sent_id", "quote_id", "start", "end", "text", "kind", "speaker", "speaker_start",
    "speaker_end", "speaker_resolved", "speaker_type", "anonymous", "cue", "cue_start", "cue_end",
    "cue_class", "actor_group", "parts", "note",
]


#: Columns of ``analyze(...).quote_problems``.
QUOTE_PROBLEM_COLUMNS = ["doc_id", "start", "end", "text", "reason"]


#: Quote kinds that are somebody's speech (not scare quotes).
SPEECH_KINDS = frozenset({"direct", "indirect", "partial"})


def doc_quote_info(text: str, scan: QuoteScan, match_starts: Any, word_re: re.Pattern[str]) -> dict[str, Any]:
    """Per-document quote data for ``analyze``: the quote each match lies in
    (by the quoted parts, -1 for none) and the words inside speech quotes."""
    import numpy as np

    part_starts, part_ends, part_quote = [], [], []
    words = 0
    for i, q in enumerate(scan.quotes):
        for s, e in q.parts:
            part_starts.append(s)
            part_ends.append(e)
            part_quote.append(i)
            if q.kind in SPEECH_KINDS:
                words += len(word_re.findall(text, s, e))
    of_match = np.full(len(match_starts), -1, dtype=np.int64)
    if part_starts and len(match_starts):
        ps = np.asarray(part_starts, dtype=np.int64)
        k = np.searchsorted(ps, match_starts, side="right") - 1
        ok = (k >= 0) & (match_starts < np.asarray(part_ends, dtype=np.int64)[np.maximum(k, 0)])
        of_match[ok] = np.asarray(part_quote, dtype=np.int64)[k[ok]]
    return {"quote_of_match": of_match, "quote_words": words}


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


def quote_tables(
    doc_ids: list[str], per_doc: list[dict[str, Any]], *, cue_classes: Sequence[str], actors: Any = None
) -> tuple[Any, Any, dict[str, Any]]:
    """Build ``.quotes``, ``.quote_problems`` and the article columns from the
    per-document scans (columns documented on :class:`framing.Analysis`)."""
    import numpy as np
    import pandas as pd

    from ._matching import _matcher_for
    from .quotes import QUOTE_KINDS, SPEAKER_TYPES

    actor_matcher = _matcher_for([actors]) if actors is not None else None
    groups = list(actors.categories) if actors is not None else []
    records: list[tuple] = []
    prob: list[tuple] = []
    n_docs = len(doc_ids)
    kinds = {k: np.zeros(n_docs, np.int64) for k in QUOTE_KINDS}
    types = {t: np.zeros(n_docs, np.int64) for t in SPEAKER_TYPES}
    cues = {c: np.zeros(n_docs, np.int64) for c in cue_classes}
    acts = {g: np.zeros(n_docs, np.int64) for g in groups}
    anon = np.zeros(n_docs, np.int64)
    speakers = np.zeros(n_docs, np.int64)
    problems = np.zeros(n_docs, np.int64)
    words = np.zeros(n_docs, np.int64)
    for i, (doc_id, d) in enumerate(zip(doc_ids, per_doc)):
        scan: QuoteScan = d["quotes"]
        words[i] = d["quote_words"]
        if scan.problems:
            problems[i] = len(scan.problems)
            prob.extend((doc_id, p.start, p.end, p.text, p.reason) for p in scan.problems)
        if not scan.quotes:
            continue
        sent_starts = d["bounds"][:, 0]
        starts = [q.start for q in scan.quotes]
        sent_ids = (np.maximum(np.searchsorted(sent_starts, starts, side="right") - 1, 0).tolist()
                    if len(sent_starts) else [0] * len(starts))
        seen: set[str] = set()
        for qid, (q, sid) in enumerate(zip(scan.quotes, sent_ids)):
            group = ""
            if actor_matcher is not None and q.speaker:
                found = actor_matcher.find(q.speaker_resolved or q.speaker)
                group = found[0].category if found else ""
            records.append((
                doc_id, sid, qid, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_start, q.speaker_end,
                q.speaker_resolved, q.speaker_type, q.anonymous, q.cue, q.cue_start, q.cue_end, q.cue_class,
                group, f"{q.start}:{q.end}" if len(q.parts) == 1 else ";".join(f"{a}:{b}" for a, b in q.parts),
                q.note,
            ))
            kinds[q.kind][i] += 1
            if q.speaker_type:
                types[q.speaker_type][i] += 1
                key = _speaker_key(q.speaker, q.speaker_resolved, q.speaker_type)
                if key and key not in seen:
                    seen.add(key)
                    speakers[i] += 1
            if q.cue_class in cues:
                cues[q.cue_class][i] += 1
            if group:
                acts[group][i] += 1
            if q.anonymous:
                anon[i] += 1
    quotes = pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS).astype(
        {"sent_id": "int64", "quote_id": "int64", "start": "int64", "end": "int64", "anonymous": "bool",
         "speaker_start": "Int64", "speaker_end": "Int64", "cue_start": "Int64", "cue_end": "Int64"}
    )
    quote_problems = pd.DataFrame.from_records(prob, columns=QUOTE_PROBLEM_COLUMNS).astype(
        {"start": "int64", "end": "int64"}
    )
    n_quotes = kinds["direct"] + kinds["indirect"] + kinds["partial"]
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
    for g in groups:
        cols[f"quotes_actor_{g}_n"] = acts[g]
    cols["n_quote_problems"] = problems
    return quotes, quote_problems, cols


def match_voice(doc_ids: list[str], per_doc: list[dict[str, Any]], n_matches: int) -> dict[str, Any]:
    """``in_quote, quote_id, speaker, quote_kind`` for every row of ``.matches``
    (in the order ``_matches_table`` builds them), by offset."""
    import numpy as np
    import pandas as pd

    in_quote = np.zeros(n_matches, dtype=bool)
    quote_id = np.full(n_matches, -1, dtype=np.int64)
    speaker = np.full(n_matches, "", dtype=object)
    kind = np.full(n_matches, "", dtype=object)
    k = 0
    for d in per_doc:
        n = len(d["matches"])
        if not n:
            continue
        of = d["quote_of_match"]
        hit = np.flatnonzero(of >= 0)
        if len(hit):
            quotes = d["quotes"].quotes
            in_quote[k + hit] = True
            quote_id[k + hit] = of[hit]
            speaker[k + hit] = [quotes[j].speaker for j in of[hit].tolist()]
            kind[k + hit] = [quotes[j].kind for j in of[hit].tolist()]
        k += n
    return {
        "in_quote": in_quote,
        "quote_id": pd.arrays.IntegerArray(np.maximum(quote_id, 0), quote_id < 0),
        "speaker": speaker,
        "quote_kind": kind,
    }
