"""Validation kit: a random sample of hits for human coding, and the precision it shows.

A rate per 1,000 words is only as good as the hits behind it. Before a figure
is published, read a random sample of what was counted and say, hit by hit,
whether it is what the category means:

1. :func:`validation_sample` draws a stratified random sample of matches,
   quotes or passives (``n`` per stratum, e.g. per lexicon category), each
   with its context and an empty ``correct`` column, ready to write to CSV
   (``sample.to_csv("to_code.csv", index=False)``) or HTML and to be coded;
2. :func:`validation_report` reads the coded sample back and returns the
   precision of every stratum with a Wilson interval, the precision of each
   lexicon weighted by how often its categories occur, and, given the
   analysis, the rate of every outlet corrected for precision
   (rate x precision).

Nothing is computed on nothing: a stratum without judged hits has no
precision (NaN, with a warning), verdicts that are neither yes nor no are an
error naming the rows, and unjudged rows are left out with a warning.
"""

from __future__ import annotations

import warnings
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing.comparison._stats import wilson_interval
from framing.comparison.lexicon_tools import contexts

__all__ = ["ValidationReport", "validation_report", "validation_sample"]

#: What can be validated, with the question a coder answers for each row.
QUESTIONS = {
    "matches": "Is the highlighted text an instance of the category, by its definition?",
    "quotes": "Is this speech by someone, and is the speaker right (empty speaker: rightly unknown)?",
    "passives": "Is this a passive verb group, and is the agent right (agentless: none named)?",
}

#: Extra columns of each kind shown to the coder.
_SHOWN = {
    "matches": ["lexicon", "category", "term", "definition"],
    "quotes": ["kind", "speaker", "cue"],
    "passives": ["participle", "agent", "agentless"],
}

SAMPLE_COLUMNS = [
    "sample_id", "of", "by", "group", "stratum", "stratum_size", "doc_id", "outlet",
    "start", "end", "left", "text", "right", "question", "correct", "coder_note",
]
PRECISION_COLUMNS = [
    "group", "stratum", "stratum_size", "n_sampled", "n_judged", "n_correct", "precision", "ci_low", "ci_high",
]
WEIGHTED_COLUMNS = [
    "group", "population", "n_strata", "n_judged", "precision", "ci_low", "ci_high", "share_covered",
]
CORRECTED_COLUMNS = [
    "outlet", "group", "stratum", "n_articles", "per_1k", "precision", "corrected_per_1k",
    "corrected_low", "corrected_high",
]

_YES = {"1", "1.0", "y", "yes", "true", "t", "correct", "right", "ok"}
_NO = {"0", "0.0", "n", "no", "false", "f", "wrong", "incorrect"}


def _strata(table: pd.DataFrame, of: str, by: str | Sequence[str]) -> tuple[pd.Series, pd.Series, str]:
    """Stratum and group label of every row of `table`, and `by` as written in the sample."""
    if by == "category":
        if of == "matches":
            cols = ["lexicon", "category"]
        elif of == "quotes":
            cols = ["kind"]
        else:
            agentless = table["agentless"].astype(bool)
            labels = pd.Series(np.where(agentless, "agentless", "with agent"), index=table.index, dtype=object)
            return labels, pd.Series("passives", index=table.index, dtype=object), "category"
    else:
        cols = [by] if isinstance(by, str) else list(by)
    missing = [c for c in cols if c not in table.columns]
    if missing:
        raise ValueError(f"by: {of} have no column {missing[0]!r}; columns are {list(table.columns)}")
    labels = table[cols[0]].astype(str)
    for c in cols[1:]:
        labels = labels + ":" + table[c].astype(str)
    group = table["lexicon"].astype(str) if of == "matches" and "lexicon" in cols else pd.Series(of, index=table.index)
    return labels.astype(object), group.astype(object), "category" if by == "category" else "+".join(cols)


def _population(result: Any, of: str) -> pd.DataFrame:
    if of not in QUESTIONS:
        raise ValueError(f"of must be one of {sorted(QUESTIONS)}, got {of!r}")
    table = getattr(result, of, None)
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"result must be what framing.analyze returned (with a .{of} table), got {type(result).__name__}")
    return table


def validation_sample(
    result: Any,
    *,
    of: str = "matches",
    by: str | Sequence[str] = "category",
    n: int = 20,
    seed: int = 0,
    width: int = 100,
) -> pd.DataFrame:
    """A stratified random sample of hits, with context and an empty ``correct`` column, to code by hand.

    Parameters
    ----------
    result : Analysis
        What :func:`framing.analyze` returned.
    of : {"matches", "quotes", "passives"}, default "matches"
        What to validate: lexicon matches, quotes (is the speaker right?) or
        passives (is it a passive, is the agent right?).
    by : str or sequence of str, default "category"
        The strata. ``"category"`` means lexicon and category for matches
        (``"hedges:modal"``), the kind for quotes (``"direct"``) and
        ``"agentless"`` / ``"with agent"`` for passives; otherwise one or
        more columns of the table (``by="term"``, ``by=["lexicon", "term"]``).
    n : int, default 20
        Hits drawn at random, without replacement, from each stratum (all of
        them, with a warning, where a stratum has fewer).
    seed : int, default 0
        Seed of the draw. Each stratum is drawn with its own generator seeded
        by `seed` and the stratum's name, so adding a lexicon leaves the
        other strata's sample unchanged.
    width : int, default 100
        Characters of context on each side.

    Returns
    -------
    pandas.DataFrame
        One row per sampled hit, ordered by stratum: ``sample_id`` (0-based),
        ``of, by`` (as given, so that :func:`validation_report` can read the
        file alone), ``group`` (the lexicon for matches, else `of`),
        ``stratum``, ``stratum_size`` (hits of the stratum in the whole
        result), ``doc_id, outlet, start, end``, ``left, text, right`` (the
        hit in context), ``question`` (what to answer), ``correct`` (empty:
        fill with yes/no, y/n, 1/0 or true/false), ``coder_note`` (empty),
        then for matches ``lexicon, category, term, definition`` (the
        category's description, the yardstick of a verdict), for quotes
        ``kind, speaker, cue``, for passives ``participle, agent, agentless``.

    Raises
    ------
    ValueError
        `of` unknown, `n` below 1, `by` naming no column, or nothing to sample.

    Warns
    -----
    UserWarning
        A stratum with fewer hits than `n` (all are taken), and lexicon
        categories with no hit at all (they cannot be validated).

    Examples
    --------
    >>> import framing, pandas as pd
    >>> corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B"], "text": [
    ...     "The strike was a reprisal. It may spread, officials said.",
    ...     "It could widen. Officials reportedly fear it might."]}))
    >>> result = framing.analyze(corpus, lexicons=["hedges"])
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     sample = framing.validation_sample(result, n=2, seed=1)
    >>> sample[["stratum", "text", "correct"]]
                 stratum        text correct
    0  hedges:evidential  reportedly
    1       hedges:modal         may
    2       hedges:modal       might
    >>> sample.to_csv("to_code.csv", index=False)  # doctest: +SKIP
    """
    table = _population(result, of)
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a whole number of hits per stratum, 1 or more, got {n!r}")
    if width < 0:
        raise ValueError(f"width must be 0 or more, got {width}")
    if table.empty:
        raise ValueError(f"result has no {of}: there is nothing to validate")
    table = table.reset_index(drop=True)
    strata, groups, by_label = _strata(table, of, by)
    if of == "matches" and by == "category":
        found = set(strata)
        empty = [f"{lex.name}:{cat}" for lex in getattr(result, "lexicons", ())
                 for cat in lex.categories if f"{lex.name}:{cat}" not in found]
        if empty:
            warnings.warn(f"{len(empty)} categories have no match in this result and cannot be validated: "
                          f"{', '.join(empty)}", UserWarning, stacklevel=2)
    picked: list[np.ndarray] = []
    small: list[str] = []
    sizes = strata.value_counts()
    for stratum in sorted(sizes.index):
        rows = np.flatnonzero((strata == stratum).to_numpy())
        rng = np.random.default_rng([seed, zlib.crc32(str(stratum).encode("utf-8"))])
        if len(rows) <= n:
            if len(rows) < n:
                small.append(f"{stratum} ({len(rows)})")
            picked.append(rng.permutation(rows))
        else:
            picked.append(rng.choice(rows, size=n, replace=False))
    if small:
        warnings.warn(f"{len(small)} strata have fewer than n={n} hits; all of them are in the sample: "
                      f"{', '.join(small)}", UserWarning, stacklevel=2)
    idx = np.concatenate(picked)
    sub = table.iloc[idx].reset_index(drop=True)
    left, right = contexts(result.corpus, sub, width=width)
    outlets = result.corpus.frame.set_index("doc_id")["outlet"]
    out = pd.DataFrame({
        "sample_id": np.arange(len(sub)),
        "of": of,
        "by": by_label,
        "group": groups.iloc[idx].to_numpy(),
        "stratum": strata.iloc[idx].to_numpy(),
        "stratum_size": sizes.reindex(strata.iloc[idx]).to_numpy(),
        "doc_id": sub["doc_id"].to_numpy(),
        "outlet": outlets.reindex(sub["doc_id"]).to_numpy(),
        "start": sub["start"].to_numpy(),
        "end": sub["end"].to_numpy(),
        "left": left,
        "text": sub["text"].to_numpy(),
        "right": right,
        "question": QUESTIONS[of],
        "correct": "",
        "coder_note": "",
    })
    if of == "matches":
        definitions = {(lex.name, cat): " ".join(str(desc or "").split())
                       for lex in getattr(result, "lexicons", ()) for cat, desc in lex.categories.items()}
        sub = sub.assign(definition=[definitions.get((lx, c), "") for lx, c in zip(sub["lexicon"], sub["category"])])
    for col in _SHOWN[of]:
        if col in sub.columns:
            out[col] = sub[col].to_numpy()
    return out


def _verdicts(coded: pd.DataFrame) -> pd.Series:
    """``correct`` as True / False / NA; an error naming the rows for anything else."""
    values = coded["correct"]
    verdict = pd.Series(pd.NA, index=coded.index, dtype="boolean")
    bad = []
    for i, v in values.items():
        if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
            continue
        key = str(v).strip().lower()
        if key == "" or key == "nan":
            continue
        if isinstance(v, (bool, np.bool_)):
            verdict[i] = bool(v)
        elif key in _YES:
            verdict[i] = True
        elif key in _NO:
            verdict[i] = False
        else:
            bad.append(f"sample_id {coded.at[i, 'sample_id'] if 'sample_id' in coded else i}: {v!r}")
    if bad:
        raise ValueError(f"correct: {len(bad)} verdicts are neither yes nor no ({'; '.join(bad[:5])}"
                         f"{'; ...' if len(bad) > 5 else ''}); expected yes/no, y/n, 1/0, true/false "
                         "or empty for not judged")
    return verdict


@dataclass(frozen=True)
class ValidationReport:
    """What a coded validation sample says (see :func:`validation_report`).

    Attributes
    ----------
    precision : pandas.DataFrame
        One row per stratum: ``group, stratum, stratum_size, n_sampled,
        n_judged, n_correct, precision, ci_low, ci_high`` (Wilson interval;
        NaN where nothing was judged).
    weighted : pandas.DataFrame
        One row per group (lexicon): ``group, population`` (hits of the
        judged strata), ``n_strata, n_judged``, ``precision`` (strata
        weighted by their share of the hits: the precision of a hit drawn at
        random from the result), ``ci_low, ci_high`` (normal interval of the
        stratified estimate, on Agresti-Coull-adjusted strata so that a
        stratum judged all right still counts as uncertain) and
        ``share_covered`` (share of the group's hits in judged strata; the
        estimate says nothing about the rest).
    corrected : pandas.DataFrame
        With `result` given: one row per outlet and stratum: ``outlet, group,
        stratum, n_articles, per_1k`` (mean rate per 1,000 words over the
        outlet's articles), ``precision``, ``corrected_per_1k`` (rate x
        precision), ``corrected_low, corrected_high`` (rate x the Wilson
        bounds). Empty (same columns) without `result`.
    """

    precision: pd.DataFrame
    weighted: pd.DataFrame
    corrected: pd.DataFrame

    def __repr__(self) -> str:
        judged = int(self.precision["n_judged"].sum())
        return f"<ValidationReport: {len(self.precision)} strata, {judged} judged hits>"


def _read_coded(coded: pd.DataFrame | str | Path) -> pd.DataFrame:
    if isinstance(coded, (str, Path)):
        coded = pd.read_csv(coded, dtype={"correct": str, "stratum": str, "group": str, "doc_id": str},
                            keep_default_na=False)
    if not isinstance(coded, pd.DataFrame):
        raise TypeError(f"coded must be a DataFrame or the path of a CSV file, got {type(coded).__name__}")
    needed = ["of", "by", "group", "stratum", "stratum_size", "correct"]
    missing = [c for c in needed if c not in coded.columns]
    if missing:
        raise ValueError(f"coded: columns {missing} are missing; expected a sample from "
                         "framing.validation_sample with its 'correct' column filled in")
    if coded.empty:
        raise ValueError("coded: the sample has no rows")
    return coded.reset_index(drop=True)


def validation_report(
    coded: pd.DataFrame | str | Path, *, result: Any = None, level: float = 0.95
) -> ValidationReport:
    """Precision per stratum, with Wilson intervals, from a coded validation sample.

    Parameters
    ----------
    coded : pandas.DataFrame or path
        A sample from :func:`validation_sample` (or the CSV it was written
        to) with ``correct`` filled in: yes/no, y/n, 1/0, true/false
        (any case, also correct/wrong); empty for a hit not judged.
    result : Analysis, optional
        The analysis the sample was drawn from: with it, the report also
        holds every outlet's rate corrected for precision.
    level : float, default 0.95
        Confidence level of the intervals.

    Returns
    -------
    ValidationReport
        ``precision`` per stratum, ``weighted`` per group (lexicon) and
        ``corrected`` rates per outlet (see :class:`ValidationReport`).

    Raises
    ------
    ValueError
        Columns of a sample missing, verdicts that are neither yes nor no
        (the rows are named), no verdict at all, or a sample that is not
        from `result`.

    Warns
    -----
    UserWarning
        Rows without a verdict (left out) and strata with no judged hit
        (precision NaN, and left out of the weighted precision).

    Examples
    --------
    >>> import framing, pandas as pd
    >>> coded = pd.DataFrame({"sample_id": range(6), "of": "matches", "by": "category",
    ...     "group": "hedges", "stratum": ["hedges:modal"] * 4 + ["hedges:evidential"] * 2,
    ...     "stratum_size": [40] * 4 + [10] * 2, "correct": ["y", "y", "n", "y", "yes", "1"]})
    >>> report = framing.validation_report(coded)
    >>> report.precision[["stratum", "n_judged", "precision", "ci_low", "ci_high"]].round(2)
                 stratum  n_judged  precision  ci_low  ci_high
    0  hedges:evidential         2       1.00    0.34     1.00
    1       hedges:modal         4       0.75    0.30     0.95
    >>> float(report.weighted["precision"].iloc[0])
    0.8
    """
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, got {level}")
    coded = _read_coded(coded)
    verdict = _verdicts(coded)
    unjudged = verdict.isna()
    if unjudged.all():
        raise ValueError("coded: no row has a verdict in 'correct'; there is no precision to compute")
    if unjudged.any():
        warnings.warn(f"{int(unjudged.sum())} of {len(coded)} sampled hits have no verdict and are left out",
                      UserWarning, stacklevel=2)
    frame = pd.DataFrame({
        "group": coded["group"].astype(str), "stratum": coded["stratum"].astype(str),
        "stratum_size": pd.to_numeric(coded["stratum_size"], errors="raise").astype(int),
        "judged": ~unjudged.to_numpy(), "right": verdict.fillna(False).to_numpy(dtype=bool),
    })
    per = frame.groupby(["group", "stratum"], sort=True).agg(
        stratum_size=("stratum_size", "max"), n_sampled=("judged", "size"),
        n_judged=("judged", "sum"), n_correct=("right", "sum")).reset_index()
    per["n_judged"] = per["n_judged"].astype(int)
    per["n_correct"] = per["n_correct"].astype(int)
    nothing = per["n_judged"] == 0
    if nothing.any():
        warnings.warn(f"no judged hit in {int(nothing.sum())} strata, which get no precision: "
                      f"{', '.join(per.loc[nothing, 'stratum'])}", UserWarning, stacklevel=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        per["precision"] = np.where(nothing, np.nan, per["n_correct"] / per["n_judged"].where(~nothing, 1))
    per["ci_low"], per["ci_high"] = wilson_interval(per["n_correct"], per["n_judged"], level)
    weighted = _weighted(per, level)
    corrected = (_corrected(coded, per, result) if result is not None
                 else pd.DataFrame(columns=CORRECTED_COLUMNS))
    return ValidationReport(per[PRECISION_COLUMNS], weighted, corrected)


def _weighted(per: pd.DataFrame, level: float) -> pd.DataFrame:
    from scipy.stats import norm

    z = float(norm.ppf(0.5 + level / 2))
    rows = []
    for group, sub in per.groupby("group", sort=True):
        judged = sub[sub["n_judged"] > 0]
        total = float(sub["stratum_size"].sum())
        pop = float(judged["stratum_size"].sum())
        w = judged["stratum_size"].to_numpy(float) / pop
        n_j = judged["n_judged"].to_numpy(float)
        p = judged["n_correct"].to_numpy(float) / n_j
        adj = (judged["n_correct"].to_numpy(float) + 2) / (n_j + 4)
        est = float(np.sum(w * p))
        half = z * float(np.sqrt(np.sum(w * w * adj * (1 - adj) / n_j)))
        rows.append({"group": group, "population": int(pop), "n_strata": len(judged),
                     "n_judged": int(n_j.sum()), "precision": est, "ci_low": max(0.0, est - half),
                     "ci_high": min(1.0, est + half), "share_covered": pop / total if total else np.nan})
    return pd.DataFrame(rows, columns=WEIGHTED_COLUMNS)


def _corrected(coded: pd.DataFrame, per: pd.DataFrame, result: Any) -> pd.DataFrame:
    of, by = str(coded["of"].iloc[0]), str(coded["by"].iloc[0])
    if coded["of"].nunique() != 1 or coded["by"].nunique() != 1:
        raise ValueError("coded: rows from different samples (several values of 'of' or 'by')")
    table = _population(result, of).reset_index(drop=True)
    articles = result.articles
    if "doc_id" in coded.columns:
        foreign = set(coded["doc_id"].astype(str)) - set(articles["doc_id"].astype(str))
        if foreign:
            raise ValueError(f"coded: {len(foreign)} sampled documents are not in result "
                             f"(e.g. {sorted(foreign)[0]!r}); was the sample drawn from another analysis?")
    by_arg: str | list[str] = "category" if by == "category" else by.split("+")
    strata, _, _ = _strata(table, of, by_arg)
    counts = (pd.crosstab(table["doc_id"].astype(str), strata)
              .reindex(articles["doc_id"].astype(str), fill_value=0))
    n_words = articles["n_words"].to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = counts.to_numpy(float) / n_words[:, None] * 1000
    rates[n_words == 0] = np.nan
    rates = pd.DataFrame(rates, columns=counts.columns)
    rates["outlet"] = articles["outlet"].astype(object).fillna("(no outlet)").to_numpy()
    mean = rates.groupby("outlet", sort=True).mean()
    n_art = rates.groupby("outlet", sort=True).size()
    rows = []
    for _, s in per.iterrows():
        if s["stratum"] not in mean.columns:
            continue
        for outlet, rate in mean[s["stratum"]].items():
            rows.append({"outlet": outlet, "group": s["group"], "stratum": s["stratum"],
                         "n_articles": int(n_art[outlet]), "per_1k": rate, "precision": s["precision"],
                         "corrected_per_1k": rate * s["precision"], "corrected_low": rate * s["ci_low"],
                         "corrected_high": rate * s["ci_high"]})
    return pd.DataFrame(rows, columns=CORRECTED_COLUMNS)
