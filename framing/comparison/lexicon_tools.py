"""Tools for reviewing and growing lexicons: concordance, coverage, candidate terms.

A lexicon is only as good as a researcher's review of it. These tools help
with that review, never replace it:

* :func:`kwic` shows every match in its context (keyword in context), so
  that a category's matches can be read before its counts are trusted;
* :func:`coverage` lists which terms of a lexicon matched most in a corpus
  and which never matched;
* :func:`learn_terms` proposes candidate terms for a category from labelled
  sentences (regularised logistic regression over word n-grams) and returns
  them as a table to review. Nothing is added to a lexicon by it: add the
  terms you accept with :meth:`framing.Lexicon.extend`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.features._matcher import _matcher_for
from framing.dictionary import Lexicon, LexiconError, LexiconLike, load_lexicon

__all__ = ["coverage", "kwic", "learn_terms"]

_SPACES = re.compile(r"\s+")

KWIC_COLUMNS = ["doc_id", "sent_id", "start", "end", "left", "text", "right", "lexicon", "category", "term"]
COVERAGE_COLUMNS = ["lexicon", "category", "term", "n_matches", "n_docs", "share", "forms_seen", "line"]
LEARN_COLUMNS = ["term", "weight", "n_sentences", "n_positive", "share_positive", "known", "example"]


def kwic(
    result: Any,
    *,
    category: str | Sequence[str] | None = None,
    term: str | Sequence[str] | None = None,
    lexicon: str | Sequence[str] | None = None,
    width: int = 60,
) -> pd.DataFrame:
    """Keyword-in-context concordance of the matches of an analysis.

    Parameters
    ----------
    result : Analysis
        What :func:`framing.analyze` returned.
    category, term, lexicon : str or sequence of str, optional
        Keep only these categories, lexicon entries (as written in the
        lexicon, e.g. ``"retaliat*"``) or lexicons.
    width : int, default 60
        Characters of context on each side; line breaks and runs of spaces
        are shown as one space.

    Returns
    -------
    pandas.DataFrame
        One row per match, in corpus and text order: ``doc_id, sent_id,
        start, end`` (offsets into the document), ``left`` (context before,
        right-aligned), ``text`` (the match as written), ``right`` (context
        after), ``lexicon, category, term``, then any further columns of
        ``result.matches`` (such as voice columns).

    Raises
    ------
    ValueError
        `width` below 0.

    Examples
    --------
    >>> import framing, pandas as pd
    >>> corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A"],
    ...     "text": ["The strike was a reprisal, officials said. It was not clear who fired."]}))
    >>> result = framing.analyze(corpus, lexicons=["hedges", "conflict"])
    >>> kwic(result, category="retaliation", width=17)[["left", "text", "right"]]
                    left      text              right
    0  The strike was a   reprisal  , officials said.
    """
    if width < 0:
        raise ValueError(f"width must be 0 or more, got {width}")
    matches = result.matches
    keep = np.ones(len(matches), dtype=bool)
    for column, wanted in (("category", category), ("term", term), ("lexicon", lexicon)):
        if wanted is not None:
            values = [wanted] if isinstance(wanted, str) else list(wanted)
            keep &= matches[column].isin(values).to_numpy()
    sub = matches.loc[keep].reset_index(drop=True)
    left, right = contexts(result.corpus, sub, width=width)
    out = sub.assign(left=left, right=right)
    rest = [c for c in out.columns if c not in KWIC_COLUMNS]
    return out[KWIC_COLUMNS + rest]


def contexts(corpus: Any, spans: pd.DataFrame, *, width: int) -> tuple[list[str], list[str]]:
    """The `width` characters before and after each span (``doc_id, start, end``)
    of `spans` in the texts of `corpus`, line breaks and runs of spaces shown as one space.

    The one concordance rule of the package: :func:`kwic` and
    :func:`framing.validation_sample` both show their spans through it.
    """
    texts = corpus.frame.set_index("doc_id")["text"]
    left, right = [], []
    for doc_id, start, end in zip(spans["doc_id"], spans["start"], spans["end"]):
        text = texts[doc_id]
        start, end = int(start), int(end)
        # Take extra characters so that collapsed whitespace still fills `width`.
        before = _SPACES.sub(" ", text[max(0, start - 3 * width) : start])
        after = _SPACES.sub(" ", text[end : end + 3 * width])
        left.append(before[-width:] if width else "")
        right.append(after[:width])
    return left, right


def coverage(result: Any, lexicon: LexiconLike) -> pd.DataFrame:
    """Which terms of a lexicon matched in an analysed corpus, and how often.

    Parameters
    ----------
    result : Analysis
        What :func:`framing.analyze` returned; `lexicon` must be one of the
        lexicons it used (matched by name).
    lexicon : str, Path or Lexicon
        The lexicon to report on.

    Returns
    -------
    pandas.DataFrame
        One row per lexicon entry, the most matched first, never-matched
        entries last (``n_matches == 0``): ``lexicon, category, term,
        n_matches, n_docs`` (documents with at least one match), ``share``
        (of all the lexicon's matches), ``forms_seen`` (the matched texts,
        lower-cased, most frequent first, ``"; "``-separated), ``line`` (in
        the lexicon file). A negated match moved to another category by a
        ``flip`` rule is counted for its entry.

    Raises
    ------
    framing.LexiconError
        `lexicon` was not used by the analysis.

    Examples
    --------
    >>> import framing, pandas as pd
    >>> corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B"],
    ...     "text": ["A reprisal. Another reprisal.", "Revenge, they said."]}))
    >>> result = framing.analyze(corpus, lexicons=["conflict"])
    >>> cov = coverage(result, "conflict")
    >>> cov.head(2)[["term", "n_matches", "n_docs", "forms_seen"]]
           term  n_matches  n_docs forms_seen
    0  reprisal          2       1   reprisal
    1   revenge          1       1    revenge
    >>> int((cov["n_matches"] == 0).sum()) > 100
    True
    """
    lex = load_lexicon(lexicon)
    used = {lx.name for lx in result.lexicons}
    if lex.name not in used:
        raise LexiconError(
            f"coverage: lexicon {lex.name!r} was not used by this analysis (it used {sorted(used)})"
        )
    m = result.matches
    m = m[m["lexicon"] == lex.name]
    total = len(m)
    groups = {key: g for key, g in m.groupby(["category", "term"], sort=False)}
    rows = []
    for t in lex.terms:
        parts = [groups.get((t.category, t.term))]
        if t.negated == "flip":
            parts.append(groups.get((t.flip_to, t.term)))
        parts = [p for p in parts if p is not None]
        g = pd.concat(parts) if parts else m.iloc[:0]
        forms = g["text"].str.lower().value_counts()
        rows.append(
            {
                "lexicon": lex.name,
                "category": t.category,
                "term": t.term,
                "n_matches": len(g),
                "n_docs": g["doc_id"].nunique(),
                "share": len(g) / total if total else float("nan"),
                "forms_seen": "; ".join(forms.index),
                "line": t.line,
            }
        )
    out = pd.DataFrame(rows, columns=COVERAGE_COLUMNS)
    out = out.sort_values(["n_matches", "n_docs"], ascending=False, kind="stable").reset_index(drop=True)
    return out.astype({"n_matches": "int64", "n_docs": "int64", "share": "float64"})


def learn_terms(
    sentences: Sequence[str],
    labels: Sequence[Any],
    *,
    positive: Any = True,
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int = 3,
    C: float = 1.0,
    top: int = 50,
    known: LexiconLike | Sequence[LexiconLike] | None = None,
    drop_known: bool = False,
    random_state: int = 0,
) -> pd.DataFrame:
    """Candidate terms for a category, learned from labelled sentences, for review.

    Fits an L2-regularised logistic regression (scikit-learn, balanced class
    weights) of ``label == positive`` on binary word n-gram features and
    returns the n-grams with the largest positive weights. The result is a
    table to read, not a lexicon: add only the terms you accept, with
    :meth:`framing.Lexicon.extend`. Candidates made only of stop words are
    left out.

    Parameters
    ----------
    sentences : sequence of str
        The texts (usually sentences).
    labels : sequence
        One label per sentence.
    positive : object, default True
        The label of the category to learn terms for.
    ngram_range : (int, int), default (1, 2)
        Smallest and largest n-gram length, in words.
    min_df : int, default 3
        Ignore n-grams found in fewer sentences.
    C : float, default 1.0
        Inverse regularisation strength (smaller: fewer, safer candidates).
    top : int, default 50
        How many candidates to return.
    known : lexicon or sequence of lexicons, optional
        Mark candidates these lexicons already match (column ``known``).
    drop_known : bool, default False
        Leave out candidates `known` already matches.
    random_state : int, default 0
        Seed of the solver, for reproducible tables.

    Returns
    -------
    pandas.DataFrame
        The candidates, highest weight first: ``term`` (the n-gram,
        lower-cased), ``weight`` (its coefficient), ``n_sentences``
        (sentences containing it), ``n_positive`` (of them, positive),
        ``share_positive``, ``known`` (``"lexicon:category"`` of the first
        match of a known lexicon inside the n-gram, or ``""``), ``example``
        (the first positive sentence containing it).

    Raises
    ------
    ValueError
        `sentences` and `labels` differ in length, or the labels do not hold
        both the positive class and another one.
    ImportError
        scikit-learn is not installed.

    Examples
    --------
    >>> sentences = ["The senator slammed the reckless plan."] * 3 + ["The senator presented the plan."] * 3
    >>> labels = [True] * 3 + [False] * 3
    >>> table = learn_terms(sentences, labels, ngram_range=(1, 1), min_df=2, top=3, known="loaded")
    >>> table[["term", "n_sentences", "n_positive", "known"]]
           term  n_sentences  n_positive                 known
    0  reckless            3           3     loaded:evaluative
    1   slammed            3           3  loaded:speech_attack
    2      plan            6           3
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
    from sklearn.linear_model import LogisticRegression

    sentences = list(sentences)
    labels = list(labels)
    if len(sentences) != len(labels):
        raise ValueError(f"sentences and labels differ in length: {len(sentences)} and {len(labels)}")
    y = np.array([label == positive for label in labels], dtype=bool)
    if y.all() or not y.any():
        raise ValueError(
            f"labels must hold the positive class {positive!r} and at least one other label"
        )
    vectorizer = CountVectorizer(
        lowercase=True,
        ngram_range=ngram_range,
        min_df=min_df,
        binary=True,
        token_pattern=r"(?u)\b[^\W\d_][\w'\u2019-]*\b",
    )
    X = vectorizer.fit_transform(sentences)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=random_state)
    model.fit(X, y)
    names = vectorizer.get_feature_names_out()
    weights = model.coef_[0]
    order = np.argsort(-weights, kind="stable")
    present = X.tocsc()
    n_sent = np.asarray(present.sum(axis=0)).ravel()
    n_pos = np.asarray(present[y].sum(axis=0)).ravel()
    matcher = None
    if known is not None:
        lexs = [load_lexicon(known)] if isinstance(known, (str, Lexicon)) or hasattr(known, "is_file") \
            else [load_lexicon(k) for k in known]
        matcher = _matcher_for(lexs)
    rows = []
    for j in order:
        if weights[j] <= 0 or len(rows) >= top:
            break
        term = names[j]
        if all(w in ENGLISH_STOP_WORDS for w in term.split()):
            continue
        hit = ""
        if matcher is not None:
            found = matcher.find(term)
            if found:
                hit = f"{found[0].lexicon}:{found[0].category}"
        if drop_known and hit:
            continue
        col = present[:, j]
        first_pos = next((int(i) for i in col.indices if y[i]), int(col.indices[0]))
        rows.append(
            {
                "term": term,
                "weight": float(weights[j]),
                "n_sentences": int(n_sent[j]),
                "n_positive": int(n_pos[j]),
                "share_positive": float(n_pos[j] / n_sent[j]) if n_sent[j] else float("nan"),
                "known": hit,
                "example": sentences[first_pos],
            }
        )
    return pd.DataFrame(rows, columns=LEARN_COLUMNS)
