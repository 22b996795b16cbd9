"""Tone in each voice: the journalist's own words against the words of the people quoted.

A weighted lexicon such as the shipped ``tone`` (VADER's word ratings,
``positive`` and ``negative``) gives each article a tone rate per 1,000
words. Quoted speech carries the sources' tone, not the outlet's: an outlet
that quotes angry officials is not itself angry. :func:`tone_by_voice`
splits every article's rates by voice (the ``in_quote`` column of
``result.matches``, words in scare quotes staying the journalist's) and
returns an article table that :func:`framing.compare` compares across
outlets with its usual intervals and tests.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from framing.comparison.voice import _SEP, VOICES, _voice_frame
from framing.comparison.voice import _voice_words as _words_by_voice

__all__ = ["tone_by_voice"]


def tone_by_voice(result: Any, *, lexicon: str = "tone") -> pd.DataFrame:
    """Per-article rates of a (weighted) lexicon in the journalist's voice and in quoted voices.

    Parameters
    ----------
    result : Analysis
        Output of :func:`framing.analyze` run with quotes (the default) and
        with `lexicon` among its lexicons.
    lexicon : str, default "tone"
        The lexicon to split; any lexicon works (weights 1 give counts).

    Returns
    -------
    pandas.DataFrame
        One row per article, in the article table's order: its metadata
        (``doc_id``, ``outlet``... as in ``result.articles``), ``n_words``,
        then for each voice ``V`` (``journalist``, ``paraphrase``, ``quoted``:
        see :func:`framing.compare_voice`):
        ``L_V_words`` (words in that voice), ``L_V_C_per_1k`` for each
        category ``C`` (sum of match weights per 1,000 words of that voice,
        NaN without words in it) and ``L_V_per_1k`` (all categories); when the
        lexicon has ``positive`` and ``negative`` categories, also
        ``L_V_net_per_1k`` (positive minus negative) and
        ``L_gap_net_per_1k`` (journalist minus quoted: how much warmer the
        outlet's own words are than its sources'). Pass it to
        :func:`framing.compare` (``by="outlet"``) for outlet means with
        intervals and tests.

    Raises
    ------
    ValueError
        No ``in_quote`` column (run with quotes) or `lexicon` not analysed.

    Examples
    --------
    >>> import framing, pandas as pd
    >>> corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A"], "text": [
    ...     'The plan is a good, fair deal. "It is a terrible, corrupt scheme," the senator said.']}))
    >>> result = framing.analyze(corpus, lexicons=["tone"], progress=False)
    >>> t = tone_by_voice(result)
    >>> t[["tone_journalist_net_per_1k", "tone_quoted_net_per_1k"]].round(1)
       tone_journalist_net_per_1k  tone_quoted_net_per_1k
    0                       320.0                  -350.0
    """
    frame, _features, _denominator = _voice_frame(result, lexicon)
    articles = frame
    feature_cols = set(result.feature_columns()) if hasattr(result, "feature_columns") else set()
    meta = [c for c in articles.columns if c not in feature_cols and _SEP not in c and c != "n_words"]
    out = articles[meta].copy()
    out["n_words"] = articles["n_words"].to_numpy()
    suffix = "_per_1k" + _SEP + VOICES[0]
    cats = [c[len(lexicon) + 1 : -len(suffix)] for c in articles.columns
            if c.startswith(lexicon + "_") and c.endswith(suffix) and c != lexicon + suffix]
    words = _voice_words(result, articles)
    columns: dict[str, Any] = {}
    for v in VOICES:
        columns[f"{lexicon}_{v}_words"] = words[v]
        for cat in cats:
            columns[f"{lexicon}_{v}_{cat}_per_1k"] = articles[f"{lexicon}_{cat}_per_1k{_SEP}{v}"].to_numpy()
        columns[f"{lexicon}_{v}_per_1k"] = articles[f"{lexicon}_per_1k{_SEP}{v}"].to_numpy()
        if {"positive", "negative"} <= set(cats):
            columns[f"{lexicon}_{v}_net_per_1k"] = (
                columns[f"{lexicon}_{v}_positive_per_1k"] - columns[f"{lexicon}_{v}_negative_per_1k"]
            )
    if {"positive", "negative"} <= set(cats):
        columns[f"{lexicon}_gap_net_per_1k"] = (
            columns[f"{lexicon}_{VOICES[0]}_net_per_1k"] - columns[f"{lexicon}_{VOICES[-1]}_net_per_1k"]
        )
    return pd.concat([out.reset_index(drop=True), pd.DataFrame(columns)], axis=1)


def _voice_words(result: Any, articles: pd.DataFrame) -> dict[str, np.ndarray]:
    n_words = articles["n_words"].to_numpy(dtype=np.float64)
    by_voice = _words_by_voice(result, articles["doc_id"].astype(str).tolist())
    if by_voice is None:
        by_voice = {"quoted": np.zeros(len(articles)), "paraphrase": np.zeros(len(articles))}
    return {"journalist": n_words - by_voice["quoted"] - by_voice["paraphrase"], **by_voice}
