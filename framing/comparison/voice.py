"""Who speaks: the journalist's voice against quoted voices, and sourcing profiles.

Both comparisons need quote detection (:mod:`framing.features.quotes`):
:func:`compare_voice` splits lexicon rates three ways by the ``voice``
column of ``result.matches`` (journalist, paraphrase, quoted);
:func:`sourcing` profiles ``result.quotes`` by speaker type, anonymity,
actor group, reporting-verb class and cue type (speech, belief, evidence). Both reuse the
article-level statistics of :func:`framing.compare` (bootstrap intervals over
articles, tests on article-level values, corrected p-values): a per-article
rate or share is built first, then compared like any other feature.

Scare quotes (quote ``kind`` ``"scare"``: quotation marks around a word with
no speaker) are nobody's speech: their words count in the journalist's voice
and they are not sources.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.comparison._compare import _articles_of, _check_options, _core, _prepare, _warn, _warn_small_groups
from framing.comparison._prepare import _grouped
from framing.features.quotes._records import NOT_WORDING_CLASSES

__all__ = ["SOURCING_DIMENSIONS", "VOICES", "compare_voice", "sourcing"]

#: Quote columns profiled by :func:`sourcing` by default (those present are used).
SOURCING_DIMENSIONS: tuple[str, ...] = (
    "speaker_type", "anonymous", "actor_group", "speaker_group", "cue_class", "cue_type",
)

#: The voices of :func:`compare_voice`: the journalist's own words, the
#: journalist's paraphrase of a source (reported speech without quotation
#: marks) and the source's own words (inside quotation marks).
VOICES = ("journalist", "paraphrase", "quoted")
#: Quote kinds that are nobody's speech (``kind`` column of the quote table).
NOT_SPEECH = frozenset({"scare"})
_SEP = "|"
#: Characters a word of ``framing.analysis._run._WORD`` may contain.
_IN_WORD = re.compile(r"[\w'\u2019.\u2011-]")


def _pieces(parts: Any) -> list[tuple[int, int]]:
    """Quoted pieces from a ``parts`` value: ``"53:165;200:210"`` or a sequence of (start, end)."""
    if isinstance(parts, str):
        out = []
        for piece in parts.split(";"):
            a, sep, b = piece.partition(":")
            if sep and a.strip().isdigit() and b.strip().isdigit():
                out.append((int(a), int(b)))
        return out
    if isinstance(parts, (list, tuple, np.ndarray)):
        return [(int(a), int(b)) for a, b in parts]
    return []


def _quote_pieces(quotes: pd.DataFrame) -> pd.DataFrame:
    """``doc_id, start, end`` of every quoted piece: a quote's ``parts`` where given, else its span."""
    doc = quotes["doc_id"].to_numpy().astype(str)
    start = quotes["start"].to_numpy(dtype=np.int64)
    end = quotes["end"].to_numpy(dtype=np.int64)
    if "parts" not in quotes.columns:
        return pd.DataFrame({"doc_id": doc, "start": start, "end": end})
    parts = quotes["parts"].to_numpy(dtype=object)
    several = np.fromiter((not isinstance(v, str) or v != f"{a}:{b}" for v, a, b in zip(parts, start, end)),
                          dtype=bool, count=len(parts))
    docs, starts, ends = [doc[~several]], [start[~several]], [end[~several]]
    for k in np.flatnonzero(several):
        pieces = _pieces(parts[k]) or [(int(start[k]), int(end[k]))]
        docs.append(np.array([doc[k]] * len(pieces)))
        starts.append(np.array([a for a, _ in pieces], dtype=np.int64))
        ends.append(np.array([b for _, b in pieces], dtype=np.int64))
    return pd.DataFrame({"doc_id": np.concatenate(docs), "start": np.concatenate(starts),
                         "end": np.concatenate(ends)})


def _words_in(pieces: pd.DataFrame, texts: dict[str, str], doc_ids: list[str]) -> np.ndarray:
    """Words per document starting inside the union of `pieces` (``doc_id, start, end``).

    The pieces of a document are merged into disjoint intervals (overlapping
    or nested pieces count each word once), and words are counted in each
    interval only, with the same word pattern (and word boundaries) as
    ``n_words``.
    """
    from framing.analysis._docs import _WORD  # the same word definition as n_words

    out = np.zeros(len(doc_ids), dtype=np.float64)
    if not len(pieces):
        return out
    pieces = pieces.sort_values(["doc_id", "start", "end"], kind="mergesort")
    doc = pieces["doc_id"].to_numpy()
    start, end = pieces["start"].to_numpy(), pieces["end"].to_numpy()
    # Disjoint unions per document: a piece opens a new interval unless it starts inside the running one.
    run_end = pieces.groupby("doc_id", sort=False)["end"].cummax().to_numpy()
    new = np.ones(len(pieces), dtype=bool)
    new[1:] = (doc[1:] != doc[:-1]) | (start[1:] > run_end[:-1])
    u_doc = doc[new]
    u_start = start[new]
    u_end = np.maximum.reduceat(end, np.flatnonzero(new)) if len(end) else end
    index = {d: i for i, d in enumerate(doc_ids)}
    for d, a, b in zip(u_doc, u_start.tolist(), u_end.tolist()):
        i = index.get(d)
        text = texts.get(d)
        if i is None or text is None:
            continue
        # A word is made of word characters and inner joiners only: scanning from just after the
        # last other character (a space, a quotation mark) tokenises exactly as scanning from 0.
        p = a
        while p > 0 and _IN_WORD.match(text, p - 1):
            p -= 1
        if p == a:
            out[i] += len(_WORD.findall(text, a, b))
        else:
            out[i] += sum(1 for m in _WORD.finditer(text, p, b) if m.start() >= a)
    return out


def _speech_quotes(result: Any) -> tuple[pd.DataFrame, dict[str, str]] | None:
    quotes = getattr(result, "quotes", None)
    corpus = getattr(result, "corpus", None)
    if not isinstance(quotes, pd.DataFrame) or corpus is None or not {"doc_id", "start", "end"} <= set(quotes.columns):
        return None
    if "kind" in quotes.columns:  # scare quotes are nobody's speech: their words stay the journalist's
        keep = ~quotes["kind"].isin(NOT_SPEECH)
        if "cue_class" in quotes.columns:
            # a stance's object ("endorsed Clinton") is nobody's wording: without quoted fragments
            # its words stay the journalist's (a partial stance keeps its fragments only)
            keep &= ~(quotes["cue_class"].isin(NOT_WORDING_CLASSES) & (quotes["kind"] == "indirect"))
        quotes = quotes.loc[keep].reset_index(drop=True)
    return quotes, dict(zip(corpus.frame["doc_id"].astype(str), corpus.frame["text"]))


def _quoted_words(result: Any, doc_ids: list[str]) -> np.ndarray | None:
    """Words inside quotes per document (the parts of every speech quote, indirect ones
    included), from ``result.quotes``; None without a quote table."""
    found = _speech_quotes(result)
    if found is None:
        return None
    quotes, texts = found
    # A quote interrupted by its attribution ("...," he said, "...") lists its pieces in `parts`:
    # count the words of the pieces, not of the attribution between them.
    return _words_in(_quote_pieces(quotes), texts, doc_ids)


def _voice_words(result: Any, doc_ids: list[str]) -> dict[str, np.ndarray] | None:
    """Words per document in the quoted and the paraphrase voice, from
    ``result.quotes``; None without a quote table.

    Quoted: the quoted parts of direct and partial quotes. Paraphrase: the
    words of indirect quotes, and those of a partial quote's reported clause
    outside its quoted fragments. A word in both (nested quotes) is quoted.
    """
    found = _speech_quotes(result)
    if found is None:
        return None
    quotes, texts = found
    kind = quotes["kind"].astype(str).to_numpy() if "kind" in quotes.columns else np.full(len(quotes), "direct")
    own = quotes.loc[kind != "indirect"].reset_index(drop=True)
    quoted_pieces = _quote_pieces(own)
    # every word of reported speech: the quoted pieces, indirect quotes, the whole clause of a partial quote
    wording = ~quotes["cue_class"].isin(NOT_WORDING_CLASSES).to_numpy() if "cue_class" in quotes.columns else True
    clauses = quotes.loc[(kind == "partial") & wording, ["doc_id", "start", "end"]].astype({"doc_id": str})
    indirect = _quote_pieces(quotes.loc[kind == "indirect"].reset_index(drop=True))
    speech = pd.concat([quoted_pieces, indirect, clauses], ignore_index=True)
    quoted = _words_in(quoted_pieces, texts, doc_ids)
    return {"quoted": quoted, "paraphrase": _words_in(speech, texts, doc_ids) - quoted}


def _match_voices(m: pd.DataFrame) -> np.ndarray:
    """The voice of each match: the ``voice`` column when analyze gave one,
    else from ``in_quote`` and ``quote_kind`` (an indirect quote is a
    paraphrase; scare quotes are the journalist's)."""
    if "voice" in m.columns:
        return m["voice"].astype(str).to_numpy()
    inside = np.array(m["in_quote"].astype(bool).to_numpy(), dtype=bool)  # a writable copy
    if "quote_kind" in m.columns:  # a word in scare quotes is the journalist's choice, not a source's speech
        kind = m["quote_kind"].astype(str).to_numpy()
        inside &= ~np.isin(kind, list(NOT_SPEECH))
        return np.where(inside, np.where(kind == "indirect", "paraphrase", "quoted"), "journalist")
    return np.where(inside, "quoted", "journalist")


def _lexicon_categories(result: Any, matches: pd.DataFrame, lexicon: str) -> list[str]:
    for lx in getattr(result, "lexicons", ()) or ():
        if getattr(lx, "name", None) == lexicon:
            return list(lx.categories)
    return sorted(matches.loc[matches["lexicon"] == lexicon, "category"].astype(str).unique())


def _voice_frame(result: Any, lexicon: str) -> tuple[pd.DataFrame, list[str], str]:
    matches = getattr(result, "matches", None)
    if not isinstance(matches, pd.DataFrame):
        raise TypeError(f"compare_voice needs a framing.Analysis with .matches, got {type(result).__name__}")
    if "in_quote" not in matches.columns and "voice" not in matches.columns:
        raise ValueError(
            "compare_voice needs quotes: result.matches has neither a 'voice' nor an 'in_quote' column saying "
            "which matches lie inside quotations or reported speech. Run framing.analyze with quote detection "
            "(framing.features.quotes) so that matches carry them"
        )
    articles = _articles_of(result)
    for col in ("doc_id", "n_words"):
        if col not in articles.columns:
            raise ValueError(f"compare_voice: the article table has no {col!r} column; expected analyze output")
    names = sorted(set(matches["lexicon"].astype(str)) | {lx.name for lx in getattr(result, "lexicons", ()) or ()})
    if lexicon not in names:
        raise ValueError(f"lexicon: {lexicon!r} is not among the lexicons of this analysis: {names}")
    cats = _lexicon_categories(result, matches, lexicon)
    doc_ids = articles["doc_id"].astype(str).tolist()
    n_words = articles["n_words"].to_numpy(dtype=np.float64)
    by_voice = _voice_words(result, doc_ids)
    if by_voice is None:
        denominator = "article words (no quote table: per 1,000 words of the whole article)"
        words = {v: n_words for v in VOICES}
    else:
        denominator = "words in that voice"
        words = {"journalist": n_words - by_voice["quoted"] - by_voice["paraphrase"], **by_voice}
    m = matches.loc[matches["lexicon"].astype(str) == lexicon]
    col = "voice" if "voice" in m.columns else "in_quote"
    unknown = m[col].isna()
    if unknown.any():
        _warn(
            f"{int(unknown.sum())} {lexicon!r} match(es) have no {col} value (voice unknown) and are "
            "left out of the voice split")
        m = m.loc[~unknown]
    voice = _match_voices(m)
    counts = pd.DataFrame({"doc_id": m["doc_id"].to_numpy().astype(str),
                           "category": m["category"].to_numpy().astype(str), "voice": voice,
                           "weight": m["weight"].to_numpy(dtype=np.float64) if "weight" in m.columns else 1.0})
    per_doc = counts.groupby(["voice", "category", "doc_id"])["weight"].sum()  # weights 1: the match count
    frame = articles.copy()
    columns: dict[str, np.ndarray] = {}
    features = []
    for v in VOICES:
        total = np.zeros(len(doc_ids))
        with np.errstate(invalid="ignore", divide="ignore"):
            scale = np.where(words[v] > 0, 1000.0 / np.where(words[v] > 0, words[v], 1), np.nan)
        for cat in cats:
            n = per_doc.xs((v, cat), level=("voice", "category")).reindex(doc_ids, fill_value=0).to_numpy(
                dtype=np.float64) if (v, cat) in per_doc.droplevel("doc_id").index else np.zeros(len(doc_ids))
            total += n
            columns[f"{lexicon}_{cat}_per_1k{_SEP}{v}"] = n * scale
        columns[f"{lexicon}_per_1k{_SEP}{v}"] = total * scale
    order = [f"{lexicon}_{c}_per_1k" for c in cats] + [f"{lexicon}_per_1k"]
    features = [f"{f}{_SEP}{v}" for f in order for v in VOICES]
    frame = pd.concat([frame.drop(columns=[c for c in columns if c in frame.columns]),
                       pd.DataFrame(columns, index=frame.index)], axis=1)
    return frame, features, denominator


def compare_voice(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    lexicon: str = "loaded",
    within: str | None = None,
    test: str = "kruskal",
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    level: float = 0.95,
    min_articles: int = 2,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Lexicon rates split into three voices: the journalist's own, paraphrase, quoted.

    "Did outlet A use 'reprisal' in its own voice, in its paraphrase of a
    source, or only quote officials who did?" Each match is assigned to a
    voice by the ``voice`` column of ``result.matches`` (set by quote
    detection: ``quoted`` inside quotation marks of a direct or partial
    quote, ``paraphrase`` in reported speech without marks, ``journalist``
    elsewhere); without that column, by ``in_quote`` and ``quote_kind`` (an
    indirect quote is paraphrase). Rates are per 1,000 words *of that voice*
    (from the spans and parts of ``result.quotes``; the rest is the
    journalist's), so an outlet that quotes more is not counted as more
    loaded in quotes just for quoting more. A paraphrase is the journalist's
    wording of someone's claim, so it is neither of the other two. Words in
    scare quotes stay in the journalist's voice: the journalist chose to
    print them.

    Parameters
    ----------
    result : Analysis
        Output of :func:`framing.analyze` with quotes (``matches.voice`` or
        ``matches.in_quote``).
    lexicon : str, default "loaded"
        Which lexicon's categories to split.
    by, within, test, correction, n_boot, n_permutations, level, min_articles, random_state
        As in :func:`compare`. Tests compare groups within each voice; the
        correction runs over every test in the table.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`compare` plus ``voice`` (``"journalist"``,
        ``"paraphrase"`` or ``"quoted"``) right after ``feature`` (e.g.
        ``loaded_retaliation_per_1k``; ``loaded_per_1k`` is the lexicon
        total) and ``denominator`` (what the rates are per). Articles
        without quoted (paraphrased) words have no rate in that voice (they
        count in ``n_articles`` of the other voices only).

    Raises
    ------
    ValueError
        ``result.matches`` has no ``in_quote`` column (quotes are needed), or
        the lexicon is not in the analysis; and the errors of :func:`compare`.

    Examples
    --------
    >>> import pandas as pd, types, warnings
    >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["A", "A", "B", "B"],
    ...                      "n_words": [100, 100, 100, 100]})
    >>> m = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "lexicon": "loaded", "category": "retaliation",
    ...                   "voice": ["journalist", "paraphrase", "quoted", "quoted"]})
    >>> result = types.SimpleNamespace(articles=arts, matches=m)
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     t = compare_voice(result, n_boot=200)
    >>> t.loc[t.feature == "loaded_retaliation_per_1k", ["group", "voice", "mean"]]
      group       voice  mean
    0     A  journalist   5.0
    1     A  paraphrase   5.0
    2     A      quoted   0.0
    6     B  journalist   0.0
    7     B  paraphrase   0.0
    8     B      quoted  10.0
    """
    _check_options(test, correction, n_boot, level, min_articles)
    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    frame, features, denominator = _voice_frame(result, lexicon)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".* have no value \(NaN\) for some features")
        warnings.filterwarnings("ignore", message=".* zero in every article")
        prepared = _prepare(frame, by=by, within=within, features=features)
    n_no_quote = int(np.isnan(prepared[features[-1]].to_numpy(dtype=np.float64)).sum())
    if n_no_quote:
        _warn(
            f"{n_no_quote} article(s) have no quoted words, so no quoted-voice rate; they count for the "
            "journalist voice only")
    _warn_small_groups(prepared, by=by, within=within, min_articles=min_articles)
    table, _ = _core(prepared, features, test=test, correction=correction, n_boot=n_boot,
                     n_permutations=n_permutations, level=level, min_articles=min_articles,
                     random_state=random_state)
    split = table["feature"].str.split(_SEP, n=1, regex=False)
    table["feature"] = split.str[0]
    table.insert(table.columns.get_loc("feature") + 1, "voice", split.str[1])
    table["unit"] = "per 1,000 words"
    table["denominator"] = denominator
    table.attrs.update(by=by, within=within)
    return table


SOURCING_COLUMNS = [
    "stratum", "group", "dimension", "value", "n_quotes", "share_of_quotes", "n_articles", "mean",
    "ci_low", "ci_high", "share_with", "cliffs_delta", "test", "statistic", "p_value", "p_adjusted",
    "correction", "note",
]
_UNKNOWN = "(missing)"


def _labels(values: pd.Series, dimension: str) -> pd.Series:
    """Category labels of a quote column; missing values become "(missing)", never dropped."""
    if pd.api.types.is_bool_dtype(values) or set(values.dropna().unique()) <= {True, False}:
        mapped = values.map({True: dimension, False: f"not {dimension}"})
        return mapped.where(values.notna(), _UNKNOWN).astype(str)
    text = values.astype("string").str.strip()
    return text.where(text.notna() & (text != ""), _UNKNOWN).astype(str)


def sourcing(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    dimensions: Sequence[str] | None = None,
    within: str | None = None,
    test: str = "kruskal",
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    level: float = 0.95,
    min_articles: int = 2,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Sourcing profiles: who each outlet quotes, and how.

    For every quote dimension (speaker type, anonymity, actor group,
    reporting-verb class) and each of its values, the share of each outlet's
    quotes. Two shares are given: pooled over the outlet's quotes
    (``share_of_quotes``, for stacked profiles) and the mean of per-article
    shares with a bootstrap interval over articles (``mean``), which is what
    the test compares (the article is the unit; a single article with 40
    quotes does not speak for its outlet). Missing values are kept as
    ``"(missing)"``.

    Parameters
    ----------
    result : Analysis
        Output of :func:`framing.analyze` with quotes (``result.quotes``).
    dimensions : sequence of str, optional
        Quote columns to profile; default: those of
        :data:`SOURCING_DIMENSIONS` present in ``result.quotes``.
    by, within, test, correction, n_boot, n_permutations, level, min_articles, random_state
        As in :func:`compare`.

    Returns
    -------
    pandas.DataFrame
        One row per stratum x group x dimension x value: ``stratum, group,
        dimension, value, n_quotes, share_of_quotes, n_articles`` (articles
        with at least one quote), ``mean, ci_low, ci_high`` (mean article
        share), ``share_with`` (share of those articles with at least one
        such quote), ``cliffs_delta`` (group against the rest), ``test,
        statistic, p_value, p_adjusted, correction, note``.

    Raises
    ------
    ValueError
        No quote table on `result`, a dimension that is not a quote column,
        and the errors of :func:`compare`.

    Examples
    --------
    >>> import pandas as pd, types, warnings
    >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["A", "A", "B", "B"]})
    >>> quotes = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "d", "d"],
    ...                        "anonymous": [True, False, True, False, False, False]})
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     t = sourcing(types.SimpleNamespace(articles=arts, quotes=quotes), n_boot=200)
    >>> t[["group", "value", "n_quotes", "share_of_quotes", "mean"]]
      group          value  n_quotes  share_of_quotes  mean
    0     A      anonymous         2         0.666667  0.75
    1     A  not anonymous         1         0.333333  0.25
    2     B      anonymous         0         0.000000  0.00
    3     B  not anonymous         3         1.000000  1.00
    """
    _check_options(test, correction, n_boot, level, min_articles)
    quotes = getattr(result, "quotes", None)
    if not isinstance(quotes, pd.DataFrame):
        raise ValueError(
            "sourcing needs quotes: the result has no .quotes table. Run framing.analyze with quote "
            "detection (framing.features.quotes)"
        )
    if "doc_id" not in quotes.columns:
        raise ValueError(f"sourcing: the quote table has no 'doc_id' column; columns: {list(quotes.columns)}")
    if "kind" in quotes.columns:  # scare quotes have no source
        quotes = quotes.loc[~quotes["kind"].isin(NOT_SPEECH)].reset_index(drop=True)
    if dimensions is None:
        dims = [d for d in SOURCING_DIMENSIONS if d in quotes.columns]
        if not dims:
            raise ValueError(
                f"sourcing: the quote table has none of the default dimensions {SOURCING_DIMENSIONS}; "
                f"name them with dimensions=[...]; columns: {list(quotes.columns)}"
            )
        empty = [d for d in dims if (_labels(quotes[d], d) == _UNKNOWN).all()]
        if empty:
            _warn(f"sourcing: {empty} empty for every quote (e.g. analyze ran without an actors lexicon); left out")
            dims = [d for d in dims if d not in empty]
            if not dims:
                raise ValueError(f"sourcing: every default dimension is empty in the quote table: {empty}")
    else:
        dims = [dimensions] if isinstance(dimensions, str) else list(dimensions)
        bad = [d for d in dims if d not in quotes.columns]
        if bad:
            raise ValueError(f"dimensions: {bad} not in the quote table; columns: {list(quotes.columns)}")
    result, by = _grouped(result, by)  # several columns combined, numbers labelled as written
    articles = _articles_of(result)
    if "doc_id" not in articles.columns:
        raise ValueError("sourcing: the article table has no 'doc_id' column; expected analyze output")
    doc_ids = articles["doc_id"].astype(str)
    q_doc = quotes["doc_id"].astype(str)
    frame = articles.copy()
    columns: dict[str, np.ndarray] = {}
    pooled_rows = []
    for dim in dims:
        labels = _labels(quotes[dim], dim)
        tab = pd.crosstab(q_doc, labels)
        shares = tab.div(tab.sum(axis=1), axis=0).reindex(doc_ids)  # NaN: article without quotes
        for value in sorted(tab.columns):
            columns[f"{dim}{_SEP}{value}"] = shares[value].to_numpy(dtype=np.float64)
            pooled_rows.append((dim, value))
    features = list(columns)
    frame = pd.concat([frame, pd.DataFrame(columns, index=frame.index)], axis=1)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".* have no value \(NaN\) for some features")
        prepared = _prepare(frame, by=by, within=within, features=features)
    has_quotes = prepared["doc_id"].astype(str).isin(set(q_doc))
    if (~has_quotes).any():
        _warn(f"{int((~has_quotes).sum())} article(s) have no quotes and are left out of the sourcing "
                      "profiles")
    _warn_small_groups(prepared.loc[has_quotes].reset_index(drop=True), by=by, within=within,
                       min_articles=min_articles)
    table, _ = _core(prepared, features, test=test, correction=correction, n_boot=n_boot,
                     n_permutations=n_permutations, level=level, min_articles=min_articles,
                     random_state=random_state)
    split = table["feature"].str.split(_SEP, n=1, regex=False)
    table["dimension"], table["value"] = split.str[0], split.str[1]
    # Pooled counts: every quote of the group, whatever its article.
    key = prepared.set_index(prepared["doc_id"].astype(str))[["_stratum", "_group"]]
    q = pd.DataFrame({"doc_id": q_doc}).join(key, on="doc_id")
    counts = []
    for dim in dims:
        lab = _labels(quotes[dim], dim)
        c = pd.DataFrame({"stratum": q["_stratum"], "group": q["_group"], "value": lab.to_numpy()}).dropna(
            subset=["group"]).groupby(["stratum", "group", "value"]).size().rename("n_quotes").reset_index()
        c["dimension"] = dim
        counts.append(c)
    counts_frame = pd.concat(counts, ignore_index=True)
    table = table.merge(counts_frame, on=["stratum", "group", "dimension", "value"], how="left")
    table["n_quotes"] = table["n_quotes"].fillna(0).astype(np.int64)
    totals = table.groupby(["stratum", "group", "dimension"])["n_quotes"].transform("sum")
    table["share_of_quotes"] = np.where(totals > 0, table["n_quotes"] / totals.where(totals > 0, 1), np.nan)
    table = table[SOURCING_COLUMNS]
    table.attrs.update(by=by, within=within)
    return table
